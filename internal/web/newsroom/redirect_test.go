package newsroom_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/web/webtest"
)

// publicGet requests the public site without following redirects.
func (e *env) publicGet(t *testing.T, path string) (int, string, string) {
	t.Helper()
	return e.browser(t).get(path)
}

func TestRedirectsPage(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	status, _, body := b.get("/redaksi/pengalihan")
	if status != 200 || !strings.Contains(body, `href="/redaksi/pengalihan" aria-current="page">Pengalihan</a>`) || !strings.Contains(body, "Belum ada pengalihan.") {
		t.Fatalf("empty list: %d\n%.400s", status, body)
	}
	// Adding one; a full address on the site is taken as its path.
	status, loc, _ := b.post("/redaksi/pengalihan", url.Values{"from": {"/2019/05/banjir-lama/"}, "to": {"http://127.0.0.1" + webtest.MainPath}})
	if status != http.StatusSeeOther || loc != "/redaksi/pengalihan?ok=redirect_added" {
		t.Fatalf("add: %d %s", status, loc)
	}
	if got := e.site.Redirects(t); len(got) != 1 || got["/2019/05/banjir-lama"] != webtest.MainPath {
		t.Fatalf("stored: %v", got)
	}
	_, _, body = b.get("/redaksi/pengalihan?ok=redirect_added")
	for _, want := range []string{"Pengalihan ditambahkan.", "<code>/2019/05/banjir-lama</code>", "<code>" + webtest.MainPath + "</code>", "Akun editor", "1 pengalihan"} {
		if !strings.Contains(body, want) {
			t.Errorf("list lacks %q", want)
		}
	}
	if status, loc, _ := e.publicGet(t, "/2019/05/banjir-lama"); status != 301 || loc != webtest.MainPath {
		t.Errorf("the public site answers %d → %q", status, loc)
	}
	// A target that redirects is followed, so the new one is one hop too.
	b.post("/redaksi/pengalihan", url.Values{"from": {"/arsip/banjir"}, "to": {"/2019/05/banjir-lama"}})
	if got := e.site.Redirects(t); got["/arsip/banjir"] != webtest.MainPath {
		t.Errorf("a redirect to a redirect was stored as %q", got["/arsip/banjir"])
	}
	b.post("/redaksi/pengalihan", url.Values{"from": {"/p"}, "to": {"https://arsip.kabar.example/p"}})
	before := e.site.Redirects(t)

	refused := []struct{ name, from, to, message string }{
		{"not a path", "banjir-lama", "/x", "harus berupa alamat di situs ini"},
		{"newsroom", "/redaksi/log", "/x", "Alamat di bawah /redaksi tidak dapat dialihkan."},
		{"api", "/api/v1/articles", "/x", "Alamat di bawah /api tidak dapat dialihkan."},
		{"media", "/media/uji/banjir.jpg", "/x", "Alamat di bawah /media tidak dapat dialihkan."},
		{"same", "/sama", "/sama", "Alamat asal dan alamat tujuan tidak boleh sama."},
		{"script target", "/lama", "javascript:alert(1)", "Alamat tujuan “javascript:alert(1)” harus berupa"},
		{"scheme-relative target", "/lama", "//evil.example/x", "Alamat tujuan"},
		{"live article", webtest.MainPath, "/x", "alamat halaman yang sedang tayang"},
		{"section page", "/nasional/", "/x", "alamat halaman yang sedang tayang"},
		{"outside address as source", "https://arsip.kabar.example/p", "/p", "harus berupa alamat di situs ini"},
		{"empty", "", "", "harus berupa alamat di situs ini"},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			status, _, body := b.post("/redaksi/pengalihan", url.Values{"from": {tc.from}, "to": {tc.to}})
			if status != http.StatusUnprocessableEntity || !strings.Contains(body, `<p class="error" role="alert">`) || !strings.Contains(body, tc.message) {
				t.Fatalf("%d, message %q missing\n%s", status, tc.message, between(body, `class="error"`, "</p>"))
			}
			if strings.HasPrefix(tc.to, "/") && !strings.Contains(body, `name="to" value="`+tc.to+`"`) {
				t.Errorf("the form lost what was typed")
			}
		})
	}
	// A loop through a stored redirect: /x → /y, then /y → /x.
	b.post("/redaksi/pengalihan", url.Values{"from": {"/x"}, "to": {"/y"}})
	status, _, body = b.post("/redaksi/pengalihan", url.Values{"from": {"/y"}, "to": {"/x"}})
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "mengalihkan kembali ke /y") {
		t.Errorf("a loop: %d %s", status, between(body, `class="error"`, "</p>"))
	}
	before["/x"] = "/y"
	if got := e.site.Redirects(t); fmt.Sprint(got) != fmt.Sprint(before) {
		t.Errorf("refused additions changed the redirects:\n%v\nwant\n%v", got, before)
	}

	// Search and delete.
	_, _, body = b.get("/redaksi/pengalihan?q=arsip")
	if !strings.Contains(body, "/arsip/banjir") || strings.Contains(body, "<code>/2019/05/banjir-lama</code>") || !strings.Contains(body, `value="arsip"`) {
		t.Errorf("search by path shows the wrong rows")
	}
	status, loc, _ = b.post("/redaksi/pengalihan/hapus", url.Values{"from": {"/arsip/banjir"}})
	if status != http.StatusSeeOther || loc != "/redaksi/pengalihan?ok=redirect_deleted" {
		t.Fatalf("delete: %d %s", status, loc)
	}
	if _, ok := e.site.Redirects(t)["/arsip/banjir"]; ok {
		t.Error("the redirect is still there")
	}
	if status, _, _ := e.publicGet(t, "/arsip/banjir"); status != 404 {
		t.Errorf("a deleted redirect answers %d", status)
	}
	if status, _, _ := b.post("/redaksi/pengalihan/hapus", url.Values{"from": {"/arsip/banjir"}}); status != 404 {
		t.Errorf("deleting twice: %d", status)
	}
	var entries []*warta.AuditEntry
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		entries, _, _ = tx.FindAudit(context.Background(), warta.AuditFilter{Limit: 100})
		return nil
	})
	actions := map[string]int{}
	for _, a := range entries {
		if strings.HasPrefix(a.Subject, "redirect:") && a.UserID == e.users[warta.RoleEditor].ID {
			actions[a.Action]++
		}
	}
	if actions["redirect_add"] != 4 || actions["redirect_delete"] != 1 {
		t.Errorf("audit entries: %v", actions)
	}
}

func TestRedirectsPaged(t *testing.T) {
	e := newEnv(t, true)
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		for i := 0; i < 120; i++ {
			if err := tx.CreateRedirect(context.Background(), &warta.Redirect{From: fmt.Sprintf("/lama/%03d", i), To: "/baru"}); err != nil {
				return err
			}
		}
		return nil
	})
	b := e.browser(t).login(warta.RoleAdministrator)
	_, _, first := b.get("/redaksi/pengalihan")
	_, _, third := b.get("/redaksi/pengalihan?page=3")
	if n := strings.Count(first, "<code>/lama/"); n != 50 || !strings.Contains(first, `href="/redaksi/pengalihan?page=2" rel="next"`) || !strings.Contains(first, "120 pengalihan") {
		t.Errorf("first page: %d rows", n)
	}
	if n := strings.Count(third, "<code>/lama/"); n != 20 || !strings.Contains(third, `href="/redaksi/pengalihan?page=2" rel="prev"`) || strings.Contains(third, `rel="next"`) {
		t.Errorf("third page: %d rows", n)
	}
	if !strings.Contains(first, "Sistem") {
		t.Error("redirects made by the system are not shown as such")
	}
	_, _, q := b.get("/redaksi/pengalihan?q=%2Flama%2F1")
	if n := strings.Count(q, "<code>/lama/1"); n != 20 || !strings.Contains(q, "20 pengalihan") {
		t.Errorf("search: %d rows", n)
	}
}

func TestRedirectsGuarded(t *testing.T) {
	e := newEnv(t, true)
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		return tx.CreateRedirect(context.Background(), &warta.Redirect{From: "/lama", To: "/baru"})
	})
	for _, role := range []warta.Role{warta.RoleAuthor, warta.RoleContributor} {
		b := e.browser(t).login(role)
		if status, _, body := b.get("/redaksi/"); strings.Contains(body, "/redaksi/pengalihan") || status != 200 {
			t.Errorf("%s sees the redirects menu", role)
		}
		if status, _, _ := b.get("/redaksi/pengalihan"); status != http.StatusForbidden {
			t.Errorf("%s GET: %d", role, status)
		}
		if status, _, _ := b.post("/redaksi/pengalihan", url.Values{"from": {"/dari-" + string(role)}, "to": {"/ke"}}); status != http.StatusForbidden {
			t.Errorf("%s add: %d", role, status)
		}
		if status, _, _ := b.post("/redaksi/pengalihan/hapus", url.Values{"from": {"/lama"}}); status != http.StatusForbidden {
			t.Errorf("%s delete: %d", role, status)
		}
	}
	// Without the page's token, or from another site, nothing changes.
	b := e.browser(t).login(warta.RoleEditor)
	if status, _, _ := b.post("/redaksi/pengalihan", url.Values{"from": {"/palsu"}, "to": {"/ke"}, "csrf": {"palsu"}}); status != http.StatusForbidden {
		t.Errorf("forged token: %d", status)
	}
	if status, _, _ := b.post("/redaksi/pengalihan/hapus", url.Values{"from": {"/lama"}, "csrf": {"palsu"}}); status != http.StatusForbidden {
		t.Errorf("forged token on delete: %d", status)
	}
	req, _ := http.NewRequest("POST", e.srv.URL+"/redaksi/pengalihan", strings.NewReader(url.Values{"from": {"/silang"}, "to": {"/ke"}, "csrf": {b.csrf}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	res, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site post: %d", res.StatusCode)
	}
	if got := e.site.Redirects(t); len(got) != 1 || got["/lama"] != "/baru" {
		t.Errorf("refused requests changed the redirects: %v", got)
	}
}

func TestRedirectsInEnglish(t *testing.T) {
	e := newEnv(t, true)
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		u := e.users[warta.RoleEditor]
		u.Language = "en"
		return tx.UpdateUser(context.Background(), u)
	})
	b := e.browser(t).login(warta.RoleEditor)
	_, _, body := b.get("/redaksi/pengalihan")
	if !strings.Contains(body, "<h1>Redirects</h1>") || !strings.Contains(body, "Add a redirect") {
		t.Error("the redirects page ignores the user's language")
	}
	_, _, body = b.post("/redaksi/pengalihan", url.Values{"from": {"/redaksi/x"}, "to": {"/y"}})
	if !strings.Contains(body, "Addresses under /redaksi cannot be redirected.") {
		t.Errorf("error in English missing: %s", between(body, `class="error"`, "</p>"))
	}
}

// TestWithdrawAsksForReason takes the main story down from its edit page.
func TestWithdrawAsksForReason(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	id := strconv.FormatInt(e.f.Main.ID, 10)
	_, _, form := b.get("/redaksi/artikel/" + id)
	if !strings.Contains(form, `action="/redaksi/artikel/`+id+`/tarik"`) || !strings.Contains(form, `name="removal_reason" rows="3" maxlength="1000" required`) {
		t.Fatal("the edit page has no withdraw form with a required reason")
	}
	status, _, body := b.post("/redaksi/artikel/"+id+"/tarik", url.Values{"removal_reason": {"   "}})
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "Tuliskan alasan penarikan artikel.") {
		t.Fatalf("without a reason: %d %s", status, between(body, `class="error"`, "</p>"))
	}
	// The article form's own unpublish button needs the reason as well.
	status, _, _ = b.post("/redaksi/artikel/"+id, url.Values{"title": {e.f.Main.Title}, "section": {strconv.FormatInt(e.f.Nasional.ID, 10)},
		"label": {"berita"}, "version": {"1"}, "action": {"unpublish"}, "body_html": {e.f.Main.BodyHTML}})
	if status != http.StatusUnprocessableEntity {
		t.Fatalf("unpublish from the article form without a reason: %d", status)
	}
	if status, _, _ := e.publicGet(t, webtest.MainPath); status != 200 {
		t.Fatalf("refused withdrawals took the story down: %d", status)
	}
	c := e.browser(t).login(warta.RoleContributor)
	if status, _, _ := c.post("/redaksi/artikel/"+id+"/tarik", url.Values{"removal_reason": {"Alasan."}}); status != http.StatusForbidden {
		t.Errorf("a contributor withdrawing: %d", status)
	}
	status, loc, _ := b.post("/redaksi/artikel/"+id+"/tarik", url.Values{"removal_reason": {"Foto memuat wajah anak di bawah umur."}})
	if status != http.StatusSeeOther || !strings.Contains(loc, "saved_unpublished") {
		t.Fatalf("withdraw: %d %s", status, loc)
	}
	status, _, page := e.publicGet(t, webtest.MainPath)
	if status != http.StatusGone || !strings.Contains(page, "Foto memuat wajah anak di bawah umur.") || !strings.Contains(page, "dihapus oleh redaksi") {
		t.Errorf("public page after withdrawing: %d", status)
	}
	_, _, form = b.get("/redaksi/artikel/" + id)
	if !strings.Contains(form, "Alasan penarikan: Foto memuat wajah anak") || strings.Contains(form, `/tarik"`) {
		t.Error("the edit page of a withdrawn story does not show its reason, or still offers to withdraw it")
	}
}

// between returns the text of s from the first from to the next to.
func between(s, from, to string) string {
	i := strings.Index(s, from)
	if i < 0 {
		return ""
	}
	j := strings.Index(s[i:], to)
	if j < 0 {
		return s[i:]
	}
	return s[i : i+j]
}
