-- The stories most like each published article, found by the search index
-- when the article is published or saved (editorial.RefreshSimilar) and
-- kept here, so that a first visit reads a short list instead of running
-- a full-text ranking. The editor's own picks stay in article_related;
-- these fill the related list up after them. An article with no rows has
-- not been computed yet (the page then searches on read).
CREATE TABLE article_similar (
	article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
	position   BIGINT NOT NULL,
	similar_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
	PRIMARY KEY (article_id, position)
);

CREATE INDEX article_similar_to ON article_similar (similar_id);
