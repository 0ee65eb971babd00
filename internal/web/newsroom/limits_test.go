package newsroom_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"warta"
)

// revisionBytes counts article id's revisions and the bytes of their text.
func (e *env) revisionBytes(t *testing.T, id int64) (n, size int) {
	t.Helper()
	err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, err := tx.FindRevisions(context.Background(), id)
		for _, r := range list {
			n, size = n+1, size+len(r.Title)+len(r.Dek)+len(r.BodyHTML)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n, size
}

// An oversized save is refused with a message whether it is current,
// stale (which used to be kept as a revision regardless of its size) or
// an autosave, and stores nothing.
func TestOversizedSavesStoreNothing(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	a, form := e.draftFor(t, e.users[warta.RoleEditor], "Banjir di Hilir")
	path := "/redaksi/artikel/" + strconv.FormatInt(a.ID, 10)
	b.get(path)
	n0, size0 := e.revisionBytes(t, a.ID)
	huge := "<p>" + strings.Repeat("kata ", 3900<<10/5) + "</p>"
	for _, version := range []int{a.Version, a.Version - 1} {
		f := clone(form)
		f.Set("body_html", huge)
		f.Set("version", strconv.Itoa(version))
		status, out := b.fetch(path, f)
		if errBody, _ := out["error"].(map[string]any); status != http.StatusRequestEntityTooLarge || errBody["message"] == "" {
			t.Errorf("autosave at version %d: %d %v", version, status, out)
		}
		status, _, page := b.post(path, f)
		if status != http.StatusRequestEntityTooLarge || !strings.Contains(page, "terlalu besar") {
			t.Errorf("form save at version %d: %d", version, status)
		}
	}
	if n, size := e.revisionBytes(t, a.ID); n != n0 || size != size0 {
		t.Fatalf("revisions %d (%d bytes) → %d (%d bytes): a refused save was stored", n0, size0, n, size)
	}
	if got := e.stored(t, a.ID); got.Version != a.Version || got.BodyHTML != a.BodyHTML {
		t.Fatalf("article changed: version %d", got.Version)
	}
}
