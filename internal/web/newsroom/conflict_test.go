package newsroom_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/webtest"
)

// fetch posts a form as the editor's script does and decodes the JSON.
func (b *browser) fetch(path string, form url.Values) (int, map[string]any) {
	b.t.Helper()
	req, _ := http.NewRequest("POST", b.e.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Requested-With", "fetch")
	req.Header.Set("X-CSRF-Token", b.csrf)
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		b.t.Fatalf("%s answered %d with no JSON: %s", path, res.StatusCode, raw)
	}
	return res.StatusCode, out
}

func (e *env) stored(t *testing.T, id int64) *warta.Article {
	t.Helper()
	var a *warta.Article
	err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		a, err = tx.FindArticleByID(context.Background(), id)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// draftFor creates a story as u, with the fields the edit form sends.
func (e *env) draftFor(t *testing.T, u *warta.User, title string) (*warta.Article, url.Values) {
	t.Helper()
	svc := &editorial.Service{Store: e.site.Store}
	sec := e.f.Nasional.ID
	a, err := svc.Create(context.Background(), u, editorial.Input{Title: &title, SectionID: &sec, BodyHTML: strPtr("<p>Air naik di tiga kecamatan sejak pagi.</p>")}, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	form := url.Values{"title": {title}, "section": {strconv.FormatInt(sec, 10)}, "label": {"berita"}, "slug": {a.Slug},
		"authors": {strconv.FormatInt(e.f.Agus.ID, 10)},
		"version": {strconv.Itoa(a.Version)}, "body_html": {a.BodyHTML}}
	return a, form
}

func clone(v url.Values) url.Values {
	out := url.Values{}
	for k, list := range v {
		out[k] = append([]string(nil), list...)
	}
	out.Del("csrf")
	return out
}

// After a stale save the page compares the fields and preselects the
// side that changed each one; saving that page again keeps the
// colleague's SEO title (it used to adopt the new version with the stale
// fields and overwrite it) and the writer's new title.
func TestConflictFormKeepsBothChanges(t *testing.T) {
	e := newEnv(t, true)
	author, editor := e.browser(t).login(warta.RoleAuthor), e.browser(t).login(warta.RoleEditor)
	a, form := e.draftFor(t, e.users[warta.RoleAuthor], "Banjir di Pesisir")
	path := "/redaksi/artikel/" + strconv.FormatInt(a.ID, 10)
	author.get(path)
	editor.get(path)

	theirs := clone(form)
	theirs.Set("seo_title", "Banjir Pesisir: Tiga Kecamatan Terendam")
	if status, _, _ := editor.post(path, theirs); status != http.StatusSeeOther {
		t.Fatalf("editor's save: %d", status)
	}
	mine := clone(form)
	mine.Set("title", "Banjir di Pesisir Utara")
	status, _, page := author.post(path, mine)
	if status != http.StatusConflict {
		t.Fatalf("stale save: %d", status)
	}
	for _, want := range []string{
		`name="resolve_seo_title" value="theirs" required checked`,
		`name="resolve_title" value="mine" required checked`,
		`Akun editor menyimpan versi yang lebih baru`,
		`<ins>Banjir Pesisir: Tiga Kecamatan Terendam</ins>`,
		`name="version" value="` + strconv.Itoa(a.Version+1) + `"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("conflict page lacks %s", want)
		}
	}
	if got := e.stored(t, a.ID); got.Title != "Banjir di Pesisir" {
		t.Fatalf("the stale save changed the story: %q", got.Title)
	}
	webtest.ValidateHTML(t, map[string]string{"conflict": page})
	// The page's form as it stands: the new version, the writer's fields
	// and the preselected choices.
	again := clone(mine)
	again.Set("version", strconv.Itoa(a.Version+1))
	again.Set("resolve_seo_title", "theirs")
	again.Set("resolve_title", "mine")
	if status, _, body := author.post(path, again); status != http.StatusSeeOther {
		t.Fatalf("resolved save: %d %s", status, body)
	}
	got := e.stored(t, a.ID)
	if got.Title != "Banjir di Pesisir Utara" || got.SEOTitle != "Banjir Pesisir: Tiga Kecamatan Terendam" {
		t.Fatalf("after resolving: title %q, SEO title %q", got.Title, got.SEOTitle)
	}
	// A second conflict in a row, from the page as it reloads after the
	// save; a merge takes the hand-merged text.
	again.Set("seo_title", got.SEOTitle)
	stale := clone(again)
	stale.Del("resolve_seo_title")
	stale.Del("resolve_title")
	stale.Set("dek", "Ringkasan penulis.")
	stale.Set("version", strconv.Itoa(got.Version))
	theirs = clone(again)
	theirs.Del("resolve_seo_title")
	theirs.Del("resolve_title")
	theirs.Set("dek", "Ringkasan penyunting.")
	theirs.Set("version", strconv.Itoa(got.Version))
	editor.get(path)
	if status, _, _ := editor.post(path, theirs); status != http.StatusSeeOther {
		t.Fatalf("editor's second save: %d", status)
	}
	if status, _, page := author.post(path, stale); status != http.StatusConflict || !strings.Contains(page, `name="resolve_dek" value="merge" required>`) {
		t.Fatalf("second conflict: %d", status)
	}
	stale.Set("version", strconv.Itoa(got.Version+1))
	stale.Set("resolve_dek", "merge")
	stale.Set("merge_dek", "Ringkasan penyunting dan penulis.")
	if status, _, _ := author.post(path, stale); status != http.StatusSeeOther {
		t.Fatalf("merged save: %d", status)
	}
	if got := e.stored(t, a.ID); got.Dek != "Ringkasan penyunting dan penulis." || got.SEOTitle != "Banjir Pesisir: Tiga Kecamatan Terendam" || got.Title != "Banjir di Pesisir Utara" {
		t.Fatalf("after merging: %+v", got)
	}
	// Both refused texts are kept as revisions.
	var refused int
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		revs, err := tx.FindRevisions(context.Background(), a.ID)
		for _, r := range revs {
			if r.Refused {
				refused++
			}
		}
		return err
	})
	if refused != 2 {
		t.Errorf("refused revisions = %d, want 2", refused)
	}
}

// The editor's autosave sends the token in a header; it creates a new
// story on its first save, and a stale autosave answers 409 with the
// three versions' fields and the comparison to show.
func TestAutosaveCreatesAndConflicts(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleAuthor)
	b.get("/redaksi/artikel/baru")
	sec := strconv.FormatInt(e.f.Nasional.ID, 10)
	form := url.Values{"title": {"Draf yang Belum Disimpan"}, "section": {sec}, "label": {"berita"}, "version": {"0"},
		"body_html": {"<p>Kalimat pertama yang diketik.</p>"}}
	status, out := b.fetch("/redaksi/artikel/baru", form)
	if status != http.StatusOK || out["url"] == nil || out["version"] != float64(1) {
		t.Fatalf("first autosave: %d %v", status, out)
	}
	path := out["url"].(string)
	id, _ := strconv.ParseInt(strings.TrimPrefix(path, "/redaksi/artikel/"), 10, 64)
	if a := e.stored(t, id); a.Status != warta.StatusDraft || !strings.Contains(a.BodyHTML, "Kalimat pertama") {
		t.Fatalf("stored draft: %+v", a)
	}
	form.Set("version", "1")
	form.Set("seo_title", "Judul mesin pencari")
	if status, out = b.fetch(path, form); status != http.StatusOK || out["version"] != float64(2) {
		t.Fatalf("second autosave: %d %v", status, out)
	}
	form.Set("version", "1")
	form.Set("seo_title", "")
	form.Set("title", "Judul yang basi")
	status, out = b.fetch(path, form)
	c, _ := out["conflict"].(map[string]any)
	if status != http.StatusConflict || c == nil {
		t.Fatalf("stale autosave: %d %v", status, out)
	}
	current, _ := c["current"].(map[string]any)
	base, _ := c["base"].(map[string]any)
	mine, _ := c["mine"].(map[string]any)
	html, _ := c["html"].(string)
	if current["seo_title"] != "Judul mesin pencari" || base["seo_title"] != "" || mine["title"] != "Judul yang basi" ||
		c["version"] != float64(2) || !strings.Contains(html, `name="resolve_seo_title" value="theirs"`) {
		t.Fatalf("conflict = %v", c)
	}
	if e, _ := out["error"].(map[string]any); e["code"] != "conflict" {
		t.Errorf("error = %v", out["error"])
	}
	// Bad input answers JSON too.
	form.Set("version", "2")
	form.Set("title", "")
	if status, out = b.fetch(path, form); status/100 != 4 || out["error"] == nil {
		t.Fatalf("empty title: %d %v", status, out)
	}
}

// The heartbeat tells each writer who else has the story open, and the
// edit page says so before anyone saves.
func TestPresence(t *testing.T) {
	e := newEnv(t, true)
	author, editor := e.browser(t).login(warta.RoleAuthor), e.browser(t).login(warta.RoleEditor)
	a, _ := e.draftFor(t, e.users[warta.RoleAuthor], "Pasar Terapung")
	path := "/redaksi/artikel/" + strconv.FormatInt(a.ID, 10)
	author.get(path)
	if status, out := author.fetch(path+"/hadir", url.Values{}); status != 200 || len(out["others"].([]any)) != 0 {
		t.Fatalf("alone: %d %v", status, out)
	}
	editor.get(path)
	status, out := editor.fetch(path+"/hadir", url.Values{})
	if others := out["others"].([]any); status != 200 || len(others) != 1 || others[0] != "Akun author" {
		t.Fatalf("editor sees %v", out)
	}
	_, _, page := editor.get(path)
	if !strings.Contains(page, "Sedang disunting juga oleh Akun author.") {
		t.Error("edit page does not name the other writer")
	}
	// Gone after 45 seconds without a heartbeat.
	e.site.Clock.Advance(46 * time.Second)
	if _, _, page := editor.get(path); strings.Contains(page, "oleh Akun author") {
		t.Error("a writer who left is still named")
	}
	// Without the token: refused.
	contributor := e.browser(t).login(warta.RoleContributor)
	contributor.get("/redaksi/")
	if status, _ := contributor.fetch(path+"/hadir", url.Values{}); status != http.StatusForbidden {
		t.Errorf("someone else's draft: %d", status)
	}
}

// Revisions name who saved them, and the comparison marks changed words
// and every field, the SEO title and dateline included.
func TestRevisionDiffMarksWordsAndFields(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleAuthor)
	a, form := e.draftFor(t, e.users[warta.RoleAuthor], "Harga Cabai Naik")
	path := "/redaksi/artikel/" + strconv.FormatInt(a.ID, 10)
	b.get(path)
	form.Set("body_html", "<p>Air surut di tiga kecamatan sejak pagi.</p>")
	form.Set("seo_title", "Cabai Mahal")
	form.Set("dateline", "Warta, Medan")
	if status, _, _ := b.post(path, form); status != http.StatusSeeOther {
		t.Fatalf("save: %d", status)
	}
	_, _, page := b.get(path + "/revisi")
	for _, want := range []string{
		`<p class="words">Air <del>naik</del> <ins>surut</ins> di tiga kecamatan sejak pagi.</p>`,
		`<ins>Judul SEO: Cabai Mahal</ins>`,
		`<ins>Dateline: Warta, Medan</ins>`,
		`<td>Akun author</td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("revisions page lacks %s", want)
		}
	}
	webtest.ValidateHTML(t, map[string]string{"revisions": page})
}
