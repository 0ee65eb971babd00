package newsroom_test

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"warta"
)

// TestPagesFlow is an editor's round with JavaScript off: a new page from
// the nav, the list, an edit, the public page, a stale save that keeps
// what was typed, and a confirmed delete.
func TestPagesFlow(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	if _, _, body := b.get("/redaksi/"); !strings.Contains(body, `href="/redaksi/halaman"`) {
		t.Fatal("the nav has no Halaman entry for an editor")
	}
	status, _, body := b.get("/redaksi/halaman/baru")
	if status != http.StatusOK || !strings.Contains(body, `name="body_html"`) || !strings.Contains(body, `data-editor`) {
		t.Fatalf("new page form: %d", status)
	}
	status, loc, _ := b.post("/redaksi/halaman/baru", url.Values{"title": {"Tentang Kami"}, "slug": {""}, "status": {"published"},
		"position": {"1"}, "body_html": {`<p>Kabar media daring.</p><script>alert(1)</script>`}, "version": {"0"}})
	if status != http.StatusSeeOther || !strings.HasPrefix(loc, "/redaksi/halaman/") {
		t.Fatalf("create: %d %s", status, loc)
	}
	edit := strings.TrimSuffix(strings.SplitN(loc, "?", 2)[0], "/")
	status, _, body = b.get("/redaksi/halaman")
	if status != http.StatusOK || !strings.Contains(body, "Tentang Kami") || !strings.Contains(body, `href="http://127.0.0.1/tentang-kami"`) {
		t.Fatalf("list: %d\n%s", status, body)
	}
	if res, err := http.Get(e.srv.URL + "/tentang-kami"); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("public page: %v %v", res, err)
	}

	// Edit: the form carries the version; saving changes the public page.
	_, _, body = b.get(edit)
	if !strings.Contains(body, `name="version" value="1"`) || strings.Contains(body, "<script>alert") {
		t.Fatalf("edit form lacks its version or shows an unsanitised body:\n%s", body)
	}
	status, _, _ = b.post(edit, url.Values{"title": {"Profil Redaksi"}, "slug": {"tentang-kami"}, "status": {"published"},
		"position": {"1"}, "body_html": {"<p>Kabar media daring.</p>"}, "version": {"1"}})
	if status != http.StatusSeeOther {
		t.Fatalf("save: %d", status)
	}
	res, err := http.Get(e.srv.URL + "/tentang-kami")
	if err != nil {
		t.Fatal(err)
	}
	pub := readAll(t, res)
	if !strings.Contains(pub, "<h1>Profil Redaksi</h1>") {
		t.Error("the public page does not show the saved title")
	}

	// A stale save: 409, the message, and everything typed still there.
	status, _, body = b.post(edit, url.Values{"title": {"Judul Saya"}, "slug": {"tentang-kami"}, "status": {"published"},
		"position": {"1"}, "body_html": {"<p>Ketikan saya yang panjang.</p>"}, "version": {"1"}})
	if status != http.StatusConflict || !strings.Contains(body, "sudah diubah orang lain") ||
		!strings.Contains(body, `value="Judul Saya"`) || !strings.Contains(body, "Ketikan saya yang panjang.") ||
		!strings.Contains(body, `name="version" value="2"`) {
		t.Fatalf("stale save: %d\n%s", status, body)
	}
	var p *warta.Page
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		p, _ = tx.FindPageBySlug(context.Background(), "tentang-kami")
		return nil
	})
	if p == nil || p.Title != "Profil Redaksi" || p.Version != 2 {
		t.Fatalf("a stale save wrote: %+v", p)
	}

	// A slug a section has: 422 with the reason, the form kept.
	status, _, body = b.post("/redaksi/halaman/baru", url.Values{"title": {"Nasional"}, "slug": {"nasional"}, "status": {"draft"}, "body_html": {"<p>x</p>"}})
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "dipakai sebuah rubrik") || !strings.Contains(body, `value="Nasional"`) {
		t.Fatalf("section slug: %d", status)
	}

	// Delete asks first, then deletes on the confirmed POST.
	status, _, body = b.get(edit + "/hapus")
	if status != http.StatusOK || !strings.Contains(body, `name="confirm"`) {
		t.Fatalf("delete confirmation: %d", status)
	}
	if status, _, _ := b.post(edit+"/hapus", url.Values{}); status != http.StatusOK {
		t.Fatalf("an unconfirmed delete: %d, want the confirmation again", status)
	}
	if status, loc, _ := b.post(edit+"/hapus", url.Values{"confirm": {"1"}}); status != http.StatusSeeOther || !strings.HasPrefix(loc, "/redaksi/halaman") {
		t.Fatalf("delete: %d %s", status, loc)
	}
	if res, _ := http.Get(e.srv.URL + "/tentang-kami"); res.StatusCode != http.StatusNotFound {
		t.Errorf("deleted page answers %d", res.StatusCode)
	}
}

// TestPagesRefused: authors and contributors get 403 with the reason on
// every page route, and no nav entry.
func TestPagesRefused(t *testing.T) {
	e := newEnv(t, true)
	for _, role := range []warta.Role{warta.RoleContributor, warta.RoleAuthor} {
		b := e.browser(t).login(role)
		if _, _, body := b.get("/redaksi/"); strings.Contains(body, `href="/redaksi/halaman"`) {
			t.Errorf("%s sees the Halaman entry", role)
		}
		for _, path := range []string{"/redaksi/halaman", "/redaksi/halaman/baru", "/redaksi/halaman/1", "/redaksi/halaman/1/hapus"} {
			status, _, body := b.get(path)
			if status != http.StatusForbidden || !strings.Contains(body, "tidak memiliki izin untuk mengelola halaman statis") {
				t.Errorf("%s GET %s: %d", role, path, status)
			}
		}
		status, _, _ := b.post("/redaksi/halaman/baru", url.Values{"title": {"Kontak"}, "status": {"published"}})
		if status != http.StatusForbidden {
			t.Errorf("%s create: %d", role, status)
		}
	}
	var n int
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		_, n, _ = tx.FindPages(context.Background(), warta.PageFilter{})
		return nil
	})
	if n != 0 {
		t.Errorf("refused posts created %d pages", n)
	}
	// Unknown pages are 404 for an editor.
	b := e.browser(t).login(warta.RoleEditor)
	for _, path := range []string{"/redaksi/halaman/999", "/redaksi/halaman/abc"} {
		if status, _, _ := b.get(path); status != http.StatusNotFound {
			t.Errorf("GET %s: %d", path, status)
		}
	}
}

func readAll(t *testing.T, res *http.Response) string {
	t.Helper()
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
