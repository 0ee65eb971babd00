package newsroom_test

import (
	"net/http"
	"testing"
	"time"

	"warta"
	"warta/internal/auth"
)

// TestSessionsFollowTheSiteClock signs in on a date far from today's and
// walks the site's clock through a session's life: the newsroom reads the
// one clock the store reads, so the suite passes on any date and idle and
// absolute expiry are decided by that clock alone.
func TestSessionsFollowTheSiteClock(t *testing.T) {
	e := newEnv(t, true)
	e.site.Clock.Set(time.Date(2031, 2, 3, 4, 5, 6, 0, time.UTC))
	b := e.browser(t).login(warta.RoleEditor)
	for _, step := range []struct {
		advance time.Duration
		want    int
	}{
		{0, http.StatusOK},
		{auth.SessionIdle - time.Minute, http.StatusOK}, // still active: the request touches it
		{auth.SessionIdle - time.Minute, http.StatusOK},
		{auth.SessionIdle + time.Minute, http.StatusSeeOther}, // idle too long
	} {
		e.site.Clock.Advance(step.advance)
		if status, _, _ := b.get("/redaksi/"); status != step.want {
			t.Fatalf("after %v more: status %d, want %d", step.advance, status, step.want)
		}
	}

	// A session used every few hours still ends at its absolute age.
	b = e.browser(t).login(warta.RoleEditor)
	for used := time.Duration(0); used < auth.SessionAbsolute-time.Hour; used += 6 * time.Hour {
		e.site.Clock.Advance(6 * time.Hour)
		if status, _, _ := b.get("/redaksi/"); status != http.StatusOK && used+6*time.Hour < auth.SessionAbsolute {
			t.Fatalf("after %v: status %d, want 200", used+6*time.Hour, status)
		}
	}
	e.site.Clock.Advance(12 * time.Hour)
	if status, loc, _ := b.get("/redaksi/"); status != http.StatusSeeOther {
		t.Fatalf("past the absolute age: status %d (%s), want a redirect to sign in", status, loc)
	}
}
