package warta

import "time"

// Reads are counted per article and per hour (UTC). The newsroom's
// most-read lists look back over whole hours: the window of the last d is
// the current hour and the hours before it, d in all, so "24 hours" at
// 10:40 counts reads from 11:00 yesterday up to now.

// HourlyViewRetention is how long hourly counts are kept: the longest
// window, seven days, and a day to spare. Daily counts, which rank the
// public Trending list, are kept apart and longer.
const HourlyViewRetention = 8 * 24 * time.Hour

// MaxMostRead bounds the length of a most-read list.
const MaxMostRead = 100

// MaxViewCountIDs bounds how many articles' counts one query asks for.
const MaxViewCountIDs = 500

// ViewsSince returns the start of the oldest hourly bucket in the window
// of the last d at now; d is a whole number of hours, at least one.
func ViewsSince(now time.Time, d time.Duration) time.Time {
	return now.UTC().Truncate(time.Hour).Add(time.Hour - d)
}

// ArticleViews is an article and its reads in a window.
type ArticleViews struct {
	Article *Article
	Views   int
}

// SectionViews is a section and the reads of its articles in a window.
type SectionViews struct {
	Section *Section
	Views   int
}
