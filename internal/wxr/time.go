package wxr

import (
	"strings"
	"time"
)

// wxrTime is the layout of wp:post_date and its siblings (MySQL DATETIME).
const wxrTime = "2006-01-02 15:04:05"

// ParseTime parses a WXR "2006-01-02 15:04:05" in loc (UTC when nil); ok is
// false for empty dates and for MySQL's zero date "0000-00-00 00:00:00",
// which WordPress writes for drafts that were never given a date.
func ParseTime(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(s, "0000-00-00") {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	t, err := time.ParseInLocation(wxrTime, s, loc)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}
