-- Hourly read counts, for the newsroom's most-read lists over the last
-- 24 hours and 7 days; article_views keeps its daily rows for the public
-- Trending list. Flushing prunes rows older than eight days, so the table
-- holds at most 192 rows per article however old the archive grows, and
-- the window scans read only the (hour, …) index.
CREATE TABLE article_views_hourly (
	article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
	hour       BIGINT NOT NULL,
	views      BIGINT NOT NULL,
	PRIMARY KEY (article_id, hour)
);
CREATE INDEX article_views_hourly_hour ON article_views_hourly (hour, article_id, views);

-- The last eight days of daily counts carry over, each day's reads in its
-- first hour, so the lists are not empty on the first day after upgrading.
INSERT INTO article_views_hourly (article_id, hour, views)
	SELECT article_id, day, views FROM article_views
	WHERE day >= (SELECT max(day) FROM article_views) - 8 * 86400000;
