package newsroom_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
)

// publicStatus is the status the public site answers for a path.
func (e *env) publicStatus(t *testing.T, path string) (int, string) {
	t.Helper()
	b := e.browser(t)
	status, _, body := b.get(path)
	return status, body
}

// TestDeletedStoryIsGone: an author deletes their own published story (to
// the trash, after a confirmation); its address answers 410, also after it
// is purged, never 404; a draft that was never public is simply not found.
func TestDeletedStoryIsGone(t *testing.T) {
	e := newEnv(t, true)
	ctx := context.Background()
	svc := &editorial.Service{Store: e.site.Store}
	au := e.users[warta.RoleAuthor]
	sec := e.f.Nasional.ID
	title, text := "Kabar yang Akan Dihapus", "<p>Isi.</p>"
	a, err := svc.Create(ctx, au, editorial.Input{Title: &title, BodyHTML: &text, SectionID: &sec}, warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	path := "/nasional" + a.PublishedAt.In(time.FixedZone("WIB", 7*3600)).Format("/2006/01/02/") + a.Slug
	if status, _ := e.publicStatus(t, path); status != http.StatusOK {
		t.Fatalf("published: %d", status)
	}
	b := e.browser(t).login(warta.RoleAuthor)
	id := strconv.FormatInt(a.ID, 10)
	b.get("/redaksi/artikel/" + id)
	// Without the confirmation nothing is deleted: the confirmation page.
	status, _, body := b.post("/redaksi/artikel/"+id+"/hapus", url.Values{})
	if status != http.StatusOK || !strings.Contains(body, `name="confirm"`) {
		t.Fatalf("delete without confirmation: %d\n%.400s", status, body)
	}
	if status, _ := e.publicStatus(t, path); status != http.StatusOK {
		t.Fatalf("deleted without confirmation: %d", status)
	}
	status, loc, _ := b.post("/redaksi/artikel/"+id+"/hapus", url.Values{"confirm": {"1"}})
	if status != http.StatusSeeOther || !strings.Contains(loc, "trashed") {
		t.Fatalf("delete: %d %s", status, loc)
	}
	status, body = e.publicStatus(t, path)
	if status != http.StatusGone {
		t.Fatalf("a deleted published story answers %d, want 410", status)
	}
	if strings.Contains(body, title) {
		t.Error("the gone page shows the deleted story's title")
	}
	ed := e.users[warta.RoleEditor]
	if err := svc.Purge(ctx, ed, a.ID); err != nil {
		t.Fatal(err)
	}
	if status, _ := e.publicStatus(t, path); status != http.StatusGone {
		t.Fatalf("a purged published story answers %d, want 410", status)
	}
	// A draft was never anyone's address.
	d, _ := svc.Create(ctx, au, editorial.Input{Title: strPtr("Draf Rahasia"), BodyHTML: &text, SectionID: &sec}, "", time.Time{})
	svc.Delete(ctx, au, d.ID)
	svc.Purge(ctx, ed, d.ID)
	draftPath := "/nasional" + e.site.Now().In(time.FixedZone("WIB", 7*3600)).Format("/2006/01/02/") + d.Slug
	if status, _ := e.publicStatus(t, draftPath); status != http.StatusNotFound {
		t.Fatalf("a purged draft answers %d, want 404", status)
	}
}
