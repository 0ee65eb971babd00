package wpbody

import "time"

// The linearity test measures its own run time; nothing it asserts on
// depends on the date.
func testingNow() time.Time                  { return time.Now() }
func testingSince(t time.Time) time.Duration { return time.Since(t) }
