package newsroom_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"warta"
)

// An author sees their own byline, not the picker, and a forged POST
// crediting someone else is refused with 403 and stores nothing; an
// editor picks anyone.
func TestAuthorBylineIsTheirOwn(t *testing.T) {
	e := newEnv(t, true) // every account writes as Agus
	author, editor := e.browser(t).login(warta.RoleAuthor), e.browser(t).login(warta.RoleEditor)
	a, form := e.draftFor(t, e.users[warta.RoleAuthor], "Banjir di Pesisir")
	path := "/redaksi/artikel/" + strconv.FormatInt(a.ID, 10)

	_, _, page := author.get(path)
	if strings.Contains(page, `id="authors"`) || !strings.Contains(page, "Agus Pratama") ||
		!strings.Contains(page, `<input type="hidden" name="authors" value="`+strconv.FormatInt(e.f.Agus.ID, 10)+`">`) {
		t.Errorf("the author's edit page offers the byline picker or hides their name")
	}
	forged := clone(form)
	forged.Set("title", "Judul Palsu")
	forged.Set("authors", strconv.FormatInt(e.f.Sari.ID, 10))
	status, _, body := author.post(path, forged)
	if status != http.StatusForbidden || !strings.Contains(body, "Hanya editor dan administrator") {
		t.Errorf("forged byline: %d", status)
	}
	if got := e.stored(t, a.ID); got.Title != "Banjir di Pesisir" || got.Version != a.Version || len(got.AuthorIDs) != 1 || got.AuthorIDs[0] != e.f.Agus.ID {
		t.Fatalf("after the forged POST: %q v%d %v", got.Title, got.Version, got.AuthorIDs)
	}
	// The form as the page sends it saves.
	if status, _, _ := author.post(path, clone(form)); status != http.StatusSeeOther {
		t.Errorf("the author's own save: %d", status)
	}

	_, _, page = editor.get(path)
	if !strings.Contains(page, `<select id="authors" name="authors" multiple`) {
		t.Errorf("the editor has no byline picker")
	}
	credit := clone(form)
	credit.Set("version", strconv.Itoa(e.stored(t, a.ID).Version))
	credit["authors"] = []string{strconv.FormatInt(e.f.Agus.ID, 10), strconv.FormatInt(e.f.Sari.ID, 10)}
	if status, _, _ := editor.post(path, credit); status != http.StatusSeeOther {
		t.Fatalf("editor crediting Sari: %d", status)
	}
	if got := e.stored(t, a.ID).AuthorIDs; len(got) != 2 || got[1] != e.f.Sari.ID {
		t.Errorf("byline after the editor's save: %v", got)
	}
}
