package editorial_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"warta"
)

// TestRevisionCap: saves beyond the cap prune the oldest revisions, but
// the ones readers saw (at each publish) stay, and a stale save counts
// against the cap like any other.
func TestRevisionCap(t *testing.T) {
	e := newEnv(t)
	e.svc.MaxRevisions = 5
	ctx := context.Background()
	ed := e.users[warta.RoleEditor]
	a, err := e.svc.Create(ctx, ed, e.input("Versi 1"), "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if a, err = e.svc.Transition(ctx, ed, a.ID, a.Version, warta.StatusPublished, time.Time{}); err != nil {
		t.Fatal(err)
	}
	for i := 2; i <= 12; i++ {
		if a, err = e.svc.Save(ctx, ed, a.ID, a.Version, e.input(fmt.Sprintf("Versi %d", i))); err != nil {
			t.Fatal(err)
		}
	}
	_, err = e.svc.Save(ctx, ed, a.ID, a.Version-1, e.input("Basi"))
	wantCode(t, err, warta.ECONFLICT)
	var got []string
	for _, r := range e.revisions(t, a.ID) {
		got = append(got, r.Title)
	}
	// Newest five (the refused one included) plus the published first version.
	if want := "Basi Versi 12 Versi 11 Versi 10 Versi 9 Versi 1"; strings.Join(got, " ") != want {
		t.Fatalf("revisions %q, want %q", strings.Join(got, " "), want)
	}
}
