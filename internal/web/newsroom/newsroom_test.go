package newsroom_test

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"warta"
	"warta/internal/auth"
	"warta/internal/editorial"
	"warta/internal/trending"
	"warta/internal/web/newsroom"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

const password = "kata-sandi-uji-123"

type env struct {
	site  *webtest.Site
	f     *webtest.Fixture
	srv   *httptest.Server
	users map[warta.Role]*warta.User
	lib   *editorial.Library
	// refused counts the password checks refused, by reason.
	refused   map[string]int
	refusedMu sync.Mutex
}

func newEnv(t *testing.T, withUsers bool) *env {
	t.Helper()
	e := &env{site: webtest.NewSite(t), users: map[warta.Role]*warta.User{}, refused: map[string]int{}}
	e.f = e.site.NewFixture(t)
	inbox := &editorial.Notifications{Store: e.site.Store, Logger: e.site.Logger()}
	svc := &editorial.Service{Store: e.site.Store, Notify: func(ev warta.Event) { e.site.Notify(ev); inbox.Handle(ev) }}
	lib := &editorial.Library{Store: e.site.Store, Blobs: e.site.Blobs, Notify: e.site.Notify}
	e.lib = lib
	site, err := public.New(public.Config{Store: e.site.Store, Blobs: e.site.Blobs, BaseURL: "http://127.0.0.1", Logger: e.site.Logger()})
	if err != nil {
		t.Fatal(err)
	}
	e.site.Changed = site.Invalidate
	nr, err := newsroom.New(newsroom.Config{Store: e.site.Store, Editorial: svc, Library: lib, Logger: e.site.Logger(), BaseURL: "http://127.0.0.1", Notify: e.site.Notify,
		Preview: site.Preview, LoginRefused: func(reason string) { e.refusedMu.Lock(); e.refused[reason]++; e.refusedMu.Unlock() }})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/redaksi/", nr)
	mux.Handle("/", site)
	e.srv = httptest.NewServer(mux)
	t.Cleanup(e.srv.Close)
	if withUsers {
		hash, err := auth.HashPassword(password, auth.TestParams)
		if err != nil {
			t.Fatal(err)
		}
		e.site.MustUpdate(t, func(tx warta.Tx) error {
			for _, r := range warta.Roles {
				u := &warta.User{Email: string(r) + "@kabar.example", Name: "Akun " + string(r), Role: r, PasswordHash: hash, PersonID: e.f.Agus.ID}
				if err := tx.CreateUser(context.Background(), u); err != nil {
					return err
				}
				e.users[r] = u
			}
			return nil
		})
	}
	return e
}

// browser is a client with its own cookies that does not follow redirects.
type browser struct {
	t    *testing.T
	e    *env
	c    *http.Client
	csrf string
}

func (e *env) browser(t *testing.T) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, e: e, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func (b *browser) get(path string) (int, string, string) {
	b.t.Helper()
	res, err := b.c.Get(b.e.srv.URL + path)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if m := csrfField.FindStringSubmatch(string(body)); m != nil {
		b.csrf = m[1]
	}
	return res.StatusCode, res.Header.Get("Location"), string(body)
}

func (b *browser) post(path string, form url.Values) (int, string, string) {
	b.t.Helper()
	if form.Get("csrf") == "" && b.csrf != "" {
		form.Set("csrf", b.csrf)
	}
	req, _ := http.NewRequest("POST", b.e.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", b.e.srv.URL)
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Location"), string(body)
}

func (b *browser) login(role warta.Role) *browser {
	b.t.Helper()
	b.get("/redaksi/masuk")
	status, loc, body := b.post("/redaksi/masuk", url.Values{"email": {string(role) + "@kabar.example"}, "password": {password}})
	if status != http.StatusSeeOther || loc != "/redaksi/" {
		b.t.Fatalf("login as %s: %d %s\n%.500s", role, status, loc, body)
	}
	b.get("/redaksi/")
	return b
}

func TestFirstRunSetup(t *testing.T) {
	e := newEnv(t, false)
	b := e.browser(t)
	if _, loc, _ := b.get("/redaksi/masuk"); loc != "/redaksi/siapkan" {
		t.Fatalf("with no account, sign-in sends to %q", loc)
	}
	status, _, body := b.post("/redaksi/siapkan", url.Values{"name": {"Ratna"}, "email": {"ratna@kabar.example"},
		"password": {"sandi-kuat-sekali"}, "password2": {"sandi-lain-sekali"}})
	if status != 422 || !strings.Contains(body, "Kedua kata sandi tidak sama") {
		t.Fatalf("mismatched passwords: %d", status)
	}
	status, loc, _ := b.post("/redaksi/siapkan", url.Values{"name": {"Ratna"}, "email": {"ratna@kabar.example"},
		"password": {"sandi-kuat-sekali"}, "password2": {"sandi-kuat-sekali"}})
	if status != 303 || !strings.HasPrefix(loc, "/redaksi/") {
		t.Fatalf("setup: %d %s", status, loc)
	}
	if status, _, body := b.get("/redaksi/pengguna"); status != 200 || !strings.Contains(body, "ratna@kabar.example") {
		t.Fatalf("the new administrator cannot manage users: %d", status)
	}
	// Once an account exists, set-up is closed to everyone.
	other := e.browser(t)
	status, _, _ = other.post("/redaksi/siapkan", url.Values{"name": {"Penyusup"}, "email": {"x@kabar.example"},
		"password": {"sandi-kuat-sekali"}, "password2": {"sandi-kuat-sekali"}})
	if status == 303 {
		t.Fatal("a second set-up created an account")
	}
}

func TestLoginLockout(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t)
	for i := 0; i < auth.AccountFailures; i++ {
		status, _, body := b.post("/redaksi/masuk", url.Values{"email": {"editor@kabar.example"}, "password": {"salah-salah-salah"}})
		if status != http.StatusUnauthorized || !strings.Contains(body, "Surel atau kata sandi salah") {
			t.Fatalf("wrong password %d: %d", i, status)
		}
	}
	status, _, body := b.post("/redaksi/masuk", url.Values{"email": {"editor@kabar.example"}, "password": {password}})
	if status != http.StatusTooManyRequests || !strings.Contains(body, "Terlalu banyak percobaan") {
		t.Fatalf("after %d failures the right password got %d", auth.AccountFailures, status)
	}
	// Another account is not locked by it.
	e.browser(t).login(warta.RoleAuthor)
}

func TestCSRF(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleAdministrator)
	form := url.Values{"site_name": {"Diretas"}, "language": {"id"}, "time_zone": {"Asia/Jakarta"}, "csrf": {"palsu"}}
	if status, _, _ := b.post("/redaksi/pengaturan", form); status != http.StatusForbidden {
		t.Fatalf("a forged token got %d", status)
	}
	// A cross-site request is refused even with a token.
	b.get("/redaksi/pengaturan")
	req, _ := http.NewRequest("POST", e.srv.URL+"/redaksi/pengaturan", strings.NewReader(url.Values{"site_name": {"Diretas"}, "csrf": {b.csrf}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	res, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Fatalf("a cross-site post got %d", res.StatusCode)
	}
	var name string
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		s, err := tx.FindSettings(context.Background())
		name = s.SiteName
		return err
	})
	if name != "Kabar Uji" {
		t.Fatalf("settings changed to %q", name)
	}
	// With the page's token it works.
	form.Set("csrf", b.csrf)
	form.Set("site_name", "Kabar Baru")
	if status, _, _ := b.post("/redaksi/pengaturan", form); status != http.StatusSeeOther {
		t.Fatalf("a real save got %d", status)
	}
}

// TestRolesThroughUI drives the role rules through the newsroom's own
// handlers: who may open what, and who may publish.
func TestRolesThroughUI(t *testing.T) {
	e := newEnv(t, true)
	pages := []string{"/redaksi/rubrik", "/redaksi/topik", "/redaksi/orang", "/redaksi/pengalihan", "/redaksi/pengaturan", "/redaksi/pengguna", "/redaksi/log"}
	allowed := map[warta.Role]map[string]bool{
		warta.RoleAdministrator: {"/redaksi/rubrik": true, "/redaksi/topik": true, "/redaksi/orang": true, "/redaksi/pengalihan": true, "/redaksi/pengaturan": true, "/redaksi/pengguna": true, "/redaksi/log": true},
		warta.RoleEditor:        {"/redaksi/rubrik": true, "/redaksi/topik": true, "/redaksi/orang": true, "/redaksi/pengalihan": true},
		warta.RoleAuthor:        {},
		warta.RoleContributor:   {},
	}
	sectionID := strconv.FormatInt(e.f.Nasional.ID, 10)
	for _, role := range warta.Roles {
		t.Run(string(role), func(t *testing.T) {
			b := e.browser(t).login(role)
			for _, p := range pages {
				status, _, _ := b.get(p)
				want := http.StatusForbidden
				if allowed[role][p] {
					want = http.StatusOK
				}
				if status != want {
					t.Errorf("GET %s: %d, want %d", p, status, want)
				}
			}
			b.get("/redaksi/artikel/baru")
			status, loc, body := b.post("/redaksi/artikel/baru", url.Values{"title": {"Berita dari " + string(role)},
				"section": {sectionID}, "label": {"berita"}, "body_html": {"<p>Isi.</p>"}, "version": {"0"}, "action": {"publish"}})
			canPublish := role != warta.RoleContributor
			if canPublish && (status != 303 || !strings.Contains(loc, "saved_published")) {
				t.Errorf("publish as %s: %d %s", role, status, loc)
			}
			if !canPublish && status != http.StatusForbidden {
				t.Errorf("a contributor publishing got %d\n%.300s", status, body)
			}
			// Someone else's article: only editors and administrators may save it.
			b.get("/redaksi/artikel/" + strconv.FormatInt(e.f.Main.ID, 10))
			status, _, _ = b.post("/redaksi/artikel/"+strconv.FormatInt(e.f.Main.ID, 10), url.Values{"title": {"Diubah"},
				"section": {sectionID}, "label": {"berita"}, "version": {"1"}, "action": {"save"}})
			mayEdit := role == warta.RoleAdministrator || role == warta.RoleEditor
			if mayEdit != (status == 303 || status == http.StatusConflict) {
				t.Errorf("%s saving another's article: %d", role, status)
			}
		})
	}
}

func TestWriteSubmitReviewPublish(t *testing.T) {
	e := newEnv(t, true)
	sectionID := strconv.FormatInt(e.f.Nasional.ID, 10)
	c := e.browser(t).login(warta.RoleContributor)
	c.get("/redaksi/artikel/baru")
	status, loc, _ := c.post("/redaksi/artikel/baru", url.Values{"title": {"Perahu Nelayan Kembali Melaut"},
		"dek": {"Cuaca membaik setelah sepekan."}, "section": {sectionID}, "label": {"berita"}, "version": {"0"},
		"body_html": {`<h2>Pelabuhan ramai</h2><p>Isi <img src=x onerror=alert(1)>berita.</p>`}, "action": {"submit"}})
	if status != 303 || !strings.Contains(loc, "saved_review") {
		t.Fatalf("submit: %d %s", status, loc)
	}
	id := strings.TrimPrefix(strings.Split(loc, "?")[0], "/redaksi/artikel/")

	ed := e.browser(t).login(warta.RoleEditor)
	if _, _, body := ed.get("/redaksi/"); !strings.Contains(body, "Antrean tinjauan") || !strings.Contains(body, "Perahu Nelayan Kembali Melaut") {
		t.Fatal("the submitted article is not in the editor's review queue")
	}
	_, _, form := ed.get("/redaksi/artikel/" + id)
	version := regexp.MustCompile(`name="version" value="(\d+)"`).FindStringSubmatch(form)[1]
	status, loc, _ = ed.post("/redaksi/artikel/"+id, url.Values{"title": {"Perahu Nelayan Kembali Melaut"}, "dek": {"Cuaca membaik setelah sepekan."},
		"section": {sectionID}, "label": {"berita"}, "version": {version}, "authors": {strconv.FormatInt(e.f.Agus.ID, 10)},
		"body_html": {`<h2>Pelabuhan ramai</h2><p>Isi berita.</p>`}, "action": {"publish"}})
	if status != 303 || !strings.Contains(loc, "saved_published") {
		t.Fatalf("publish: %d %s", status, loc)
	}
	res, err := http.Get(e.srv.URL + "/nasional/" + e.site.Now().In(time.FixedZone("WIB", 7*3600)).Format("2006/01/02") + "/perahu-nelayan-kembali-melaut")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(page), "<h2>Pelabuhan ramai</h2>") || strings.Contains(string(page), "onerror") {
		t.Fatalf("public page %s: %d\n%s", res.Request.URL, res.StatusCode, e.site.Log.String())
	}
	// A stale save is refused, the writer's text stays on screen and is kept as a revision.
	status, _, body := ed.post("/redaksi/artikel/"+id, url.Values{"title": {"Judul dari Versi Lama"}, "section": {sectionID},
		"label": {"berita"}, "version": {version}, "body_html": {"<p>Teks yang tidak boleh hilang.</p>"}, "action": {"save"}})
	if status != http.StatusConflict || !strings.Contains(body, "Teks yang tidak boleh hilang") || !strings.Contains(body, "sudah diubah orang lain") {
		t.Fatalf("stale save: %d", status)
	}
	_, _, revs := ed.get("/redaksi/artikel/" + id + "/revisi")
	if !strings.Contains(revs, "Judul dari Versi Lama") {
		t.Fatal("the refused text is not among the revisions")
	}
}

func TestNewsroomInEnglish(t *testing.T) {
	e := newEnv(t, true)
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		u := e.users[warta.RoleEditor]
		u.Language = "en"
		return tx.UpdateUser(context.Background(), u)
	})
	b := e.browser(t).login(warta.RoleEditor)
	if _, _, body := b.get("/redaksi/"); !strings.Contains(body, "Write an article") || !strings.Contains(body, `lang="en"`) {
		t.Fatal("the newsroom ignores the user's language")
	}
}

func TestNewsroomPagesEscapeHostileText(t *testing.T) {
	e := newEnv(t, true)
	hostile := `"><img src=x onerror=alert(1)><script>alert(2)</script>`
	svc := &editorial.Service{Store: e.site.Store}
	sec := e.f.Nasional.ID
	a, err := svc.Create(context.Background(), e.users[warta.RoleEditor], editorial.Input{Title: strPtr("Judul " + hostile),
		Dek: strPtr(hostile), SectionID: &sec, BodyHTML: strPtr("<p>" + hostile + "</p>")}, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	b := e.browser(t).login(warta.RoleEditor)
	for _, p := range []string{"/redaksi/", "/redaksi/artikel/" + strconv.FormatInt(a.ID, 10), "/redaksi/artikel/" + strconv.FormatInt(a.ID, 10) + "/revisi"} {
		_, _, body := b.get(p)
		if !strings.Contains(body, "alert(") {
			t.Fatalf("%s does not show the text; the test proves nothing", p)
		}
		if strings.Contains(body, "<img src=x") || strings.Contains(body, "<script>alert") {
			t.Errorf("%s renders hostile markup", p)
		}
	}
}

func strPtr(s string) *string { return &s }

func TestTokenFromTheUIWorksOnTheAPI(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleAuthor)
	b.get("/redaksi/akun")
	status, _, body := b.post("/redaksi/akun/token", url.Values{"name": {"otomasi"}})
	m := regexp.MustCompile(`<code id="token">(wrt_[A-Za-z0-9_-]+)</code>`).FindStringSubmatch(body)
	if status != 200 || m == nil {
		t.Fatalf("token page: %d", status)
	}
	var userID int64
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		tok, err := tx.FindTokenByHash(context.Background(), auth.HashToken(m[1]))
		if err == nil {
			userID = tok.UserID
		}
		return err
	})
	if userID != e.users[warta.RoleAuthor].ID {
		t.Fatalf("token belongs to user %d", userID)
	}
}

func TestNewsroomHTMLValid(t *testing.T) {
	e := newEnv(t, true)
	pages := map[string]string{}
	_, _, pages["login"] = e.browser(t).get("/redaksi/masuk")
	b := e.browser(t).login(warta.RoleAdministrator)
	main := strconv.FormatInt(e.f.Main.ID, 10)
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		for i := 0; i < 60; i++ {
			if err := tx.CreateRedirect(context.Background(), &warta.Redirect{From: "/lama/" + strconv.Itoa(i), To: "https://arsip.kabar.example/?p=" + strconv.Itoa(i)}); err != nil {
				return err
			}
		}
		return nil
	})
	// Reads, so the dashboard's most-read card and the edit page's
	// counts are filled.
	e.read(t, trending.New(e.site.Store, e.site.Logger(), e.site.Now), map[*warta.Article]int{e.f.Main: 1234, e.f.Related: 5})
	for _, p := range []string{"/redaksi/", "/redaksi/artikel/baru", "/redaksi/artikel/" + main, "/redaksi/artikel/" + main + "/revisi",
		"/redaksi/artikel/" + strconv.FormatInt(e.f.Withdrawn.ID, 10),
		"/redaksi/rubrik", "/redaksi/topik", "/redaksi/orang", "/redaksi/pengaturan", "/redaksi/pengguna", "/redaksi/log", "/redaksi/akun", "/redaksi/tidak-ada",
		"/redaksi/media", "/redaksi/media/" + strconv.FormatInt(e.f.Photo.ID, 10), "/redaksi/pengalihan", "/redaksi/pengalihan?page=2&q=lama",
		"/redaksi/notifikasi", "/redaksi/pengaturan/surel"} {
		_, _, pages[p] = b.get(p)
	}
	// The complaints queue, one complaint worked (note, trail, reply
	// form) and a refused reply; the dashboard's complaints card.
	cp := e.complaint(t, &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: e.f.Main.ID, Name: "Camat Hadi", Email: "hadi@contoh.id", Phone: "+62 811", Body: "Angka keliru.\nBaris kedua."})
	cpPath := "/redaksi/pengaduan/" + strconv.FormatInt(cp.ID, 10)
	b.get(cpPath)
	b.post(cpPath+"/catatan", url.Values{"note": {"Cek BPBD."}})
	b.post(cpPath, url.Values{"status": {"diproses"}, "assignee": {strconv.FormatInt(e.users[warta.RoleEditor].ID, 10)}})
	for _, p := range []string{"/redaksi/pengaduan", "/redaksi/pengaduan?status=semua&terlambat=1", cpPath, "/redaksi/ (complaints)"} {
		_, _, pages[p] = b.get(strings.TrimSuffix(p, " (complaints)"))
	}
	_, _, pages["complaint: refused reply"] = b.post(cpPath+"/jawab", url.Values{"reply": {" "}})
	// The article list, its trash, the confirmation and a bulk report.
	manyStories(t, e, 60, 0)
	draft := strconv.FormatInt(e.f.Draft.ID, 10)
	_, _, pages["/redaksi/artikel/"+draft+"/hapus"] = b.get("/redaksi/artikel/" + draft + "/hapus")
	b.post("/redaksi/artikel/"+draft+"/hapus", url.Values{"confirm": {"1"}})
	for _, p := range []string{"/redaksi/?status=trashed", "/redaksi/?page=2&sort=title&dir=asc&q=cerita", "/redaksi/?label=opini&from=2026-01-01&until=2026-12-31", "/redaksi/?page=x"} {
		_, _, pages[p] = b.get(p)
	}
	_, _, pages["bulk report"] = b.post("/redaksi/artikel/massal", url.Values{"action": {"unpublish"}, "id": {main}})
	_, _, pages["bulk confirm"] = b.post("/redaksi/artikel/massal", url.Values{"action": {"trash"}, "id": {main}})
	// A refused addition, with its message above the form.
	_, _, pages["/redaksi/pengalihan (error)"] = b.post("/redaksi/pengalihan", url.Values{"from": {"/redaksi/x"}, "to": {"/y"}})
	// Static pages: the list, a new and an existing page's form, a refused
	// save and the delete confirmation.
	_, _, pages["/redaksi/halaman/baru"] = b.get("/redaksi/halaman/baru")
	_, loc, _ := b.post("/redaksi/halaman/baru", url.Values{"title": {"Tentang Kami"}, "status": {"published"}, "body_html": {"<p>Kami.</p>"}})
	edit := strings.SplitN(loc, "?", 2)[0]
	if !strings.HasPrefix(edit, "/redaksi/halaman/") {
		t.Fatalf("creating a page answered Location %q", loc)
	}
	for _, p := range []string{"/redaksi/halaman", edit, edit + "/hapus"} {
		_, _, pages[p] = b.get(p)
	}
	_, _, pages["page conflict"] = b.post(edit, url.Values{"title": {"Lama"}, "status": {"draft"}, "version": {"9"}})
	// The account page with tokens (one just made, one expired) and
	// another signed-in browser, and a refused token.
	e.browser(t).login(warta.RoleAdministrator)
	b.get("/redaksi/akun")
	b.post("/redaksi/akun/token", url.Values{"name": {"lama"}, "scope": {"write"}, "expires": {"30"}})
	e.site.Clock.Advance(31 * 24 * time.Hour)
	b = e.browser(t).login(warta.RoleAdministrator)
	b.get("/redaksi/akun")
	_, _, pages["account: token made"] = b.post("/redaksi/akun/token", url.Values{"name": {"dasbor"}, "scope": {"read"}})
	_, _, pages["account: tokens and sessions"] = b.get("/redaksi/akun")
	_, _, pages["account: token refused"] = b.post("/redaksi/akun/token", url.Values{"scope": {"admin"}})
	// An author's edit page shows the byline instead of the picker; a
	// forged byline is refused on the form.
	author := e.browser(t).login(warta.RoleAuthor)
	own, form := e.draftFor(t, e.users[warta.RoleAuthor], "Tulisan Penulis")
	ownPath := "/redaksi/artikel/" + strconv.FormatInt(own.ID, 10)
	_, _, pages["author's edit page"] = author.get(ownPath)
	form.Set("authors", strconv.FormatInt(e.f.Sari.ID, 10))
	_, _, pages["forged byline"] = author.post(ownPath, form)
	webtest.ValidateHTML(t, pages)
}

func TestAutosaveAnswersJSON(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleAuthor)
	svc := &editorial.Service{Store: e.site.Store}
	sec := e.f.Nasional.ID
	a, err := svc.Create(context.Background(), e.users[warta.RoleAuthor], editorial.Input{Title: strPtr("Draf Otomatis"), SectionID: &sec}, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	b.get("/redaksi/artikel/" + strconv.FormatInt(a.ID, 10))
	form := url.Values{"title": {"Draf Otomatis"}, "section": {strconv.FormatInt(sec, 10)}, "label": {"berita"},
		"version": {strconv.Itoa(a.Version)}, "body_html": {"<p>Ketikan terbaru.</p>"}, "csrf": {b.csrf}}
	req, _ := http.NewRequest("POST", e.srv.URL+"/redaksi/artikel/"+strconv.FormatInt(a.ID, 10), strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Requested-With", "fetch")
	res, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(got), `"version":2`) {
		t.Fatalf("autosave: %d %s", res.StatusCode, got)
	}
	// The same version again is stale: 409, and no page body to parse.
	req, _ = http.NewRequest("POST", e.srv.URL+"/redaksi/artikel/"+strconv.FormatInt(a.ID, 10), strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Requested-With", "fetch")
	res, err = b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusConflict {
		t.Fatalf("stale autosave: %d", res.StatusCode)
	}
}

// upload posts files and fields as the Foto page's form does: the file
// input comes first, then caption, credit and alt.
func (b *browser) upload(files map[string][]byte, fields url.Values) (int, string) {
	b.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for name, data := range files {
		fw, _ := mw.CreateFormFile("file", name)
		fw.Write(data)
	}
	for k, vs := range fields {
		for _, v := range vs {
			mw.WriteField(k, v)
		}
	}
	mw.Close()
	req, _ := http.NewRequest("POST", b.e.srv.URL+"/redaksi/media/unggah?csrf="+url.QueryEscape(b.csrf), &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	page, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(page)
}

func testJPEG(t *testing.T, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), 200, 255})
		}
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, img, nil)
	return buf.Bytes()
}

// TestPhotoToPublicPage: a journalist uploads a photo with caption and
// credit, makes it the featured image, and the public page serves a srcset
// of WebP and JPEG variants.
func TestPhotoToPublicPage(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleAuthor)
	b.get("/redaksi/media")
	status, page := b.upload(map[string][]byte{"dermaga.jpg": testJPEG(t, 900, 500), "skrip.svg": []byte(`<svg onload="alert(1)"></svg>`)},
		url.Values{"caption": {"Perahu bersandar di dermaga"}, "credit": {"Kabar Uji/Rina"}, "alt": {"Perahu kayu di dermaga"}})
	if status != 200 || !strings.Contains(page, "1 foto diunggah") || !strings.Contains(page, "skrip.svg:") {
		t.Fatalf("upload page: %d\n%.400s", status, page)
	}
	var m *warta.Media
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, _, err := tx.FindMedia(context.Background(), warta.MediaFilter{Query: "dermaga"})
		if len(list) == 1 {
			m = list[0]
		}
		return err
	})
	if m == nil || m.Credit != "Kabar Uji/Rina" {
		t.Fatalf("uploaded item: %+v", m)
	}
	sectionID := strconv.FormatInt(e.f.Nasional.ID, 10)
	b.get("/redaksi/artikel/baru")
	status, loc, _ := b.post("/redaksi/artikel/baru", url.Values{"title": {"Dermaga Baru Diresmikan"}, "section": {sectionID},
		"label": {"berita"}, "version": {"0"}, "featured_media": {strconv.FormatInt(m.ID, 10)}, "body_html": {"<p>Isi.</p>"}, "action": {"publish"}})
	if status != 303 {
		t.Fatalf("publish: %d %s", status, loc)
	}
	res, err := http.Get(e.srv.URL + "/nasional/" + e.site.Now().In(time.FixedZone("WIB", 7*3600)).Format("2006/01/02") + "/dermaga-baru-diresmikan")
	if err != nil {
		t.Fatal(err)
	}
	public, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, want := range []string{`<source type="image/webp" srcset="/media/m/`, `640w`, `Perahu bersandar di dermaga <span class="credit">Foto: Kabar Uji/Rina</span>`,
		`alt="Perahu kayu di dermaga"`} {
		if !strings.Contains(string(public), want) {
			t.Errorf("public page lacks %q", want)
		}
	}
	// A photo in use cannot be deleted.
	if status, _, _ := b.post("/redaksi/media/"+strconv.FormatInt(m.ID, 10)+"/hapus", url.Values{}); status != http.StatusConflict {
		t.Errorf("deleting a photo in use: %d", status)
	}
	// Contributors may not upload.
	c := e.browser(t).login(warta.RoleContributor)
	c.get("/redaksi/media")
	if status, _ := c.upload(map[string][]byte{"a.jpg": testJPEG(t, 50, 50)}, nil); status != http.StatusForbidden {
		t.Errorf("contributor upload: %d", status)
	}
}

func TestPickerJSON(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	res, err := b.c.Get(e.srv.URL + "/redaksi/media/cari?q=perahu")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), `"caption":"Warga mengungsi dengan perahu karet"`) || !strings.Contains(string(body), `"thumb":"/media/uji/banjir.jpg"`) {
		t.Fatalf("picker search: %d %s", res.StatusCode, body)
	}
	b.get("/redaksi/media")
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("caption", "Pasar apung")
	fw, _ := mw.CreateFormFile("file", "pasar.jpg")
	fw.Write(testJPEG(t, 400, 300))
	mw.Close()
	req, _ := http.NewRequest("POST", e.srv.URL+"/redaksi/media/unggah", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("X-CSRF-Token", b.csrf)
	req.Header.Set("X-Requested-With", "fetch")
	res, err = b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), `"caption":"Pasar apung"`) || !strings.Contains(string(body), `"errors":[]`) {
		t.Fatalf("picker upload: %d %s", res.StatusCode, body)
	}
}

// TestFeedFullContentSetting ticks and unticks "full content in feeds".
func TestFeedFullContentSetting(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleAdministrator)
	stored := func() bool {
		var on bool
		e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
			s, err := tx.FindSettings(context.Background())
			on = err == nil && s.FeedFullContent
			return err
		})
		return on
	}
	_, _, page := b.get("/redaksi/pengaturan")
	if !strings.Contains(page, `name="feed_full_content" value="1" aria-describedby="feed_full_content_help">`) || stored() {
		t.Fatalf("the setting is not offered, or not off by default")
	}
	form := url.Values{"site_name": {"Kabar Uji"}, "language": {"id"}, "time_zone": {"Asia/Jakarta"}, "feed_full_content": {"1"}}
	if status, _, _ := b.post("/redaksi/pengaturan", form); status != http.StatusSeeOther || !stored() {
		t.Fatalf("ticking it: status %d, stored %v", status, stored())
	}
	if _, _, page := b.get("/redaksi/pengaturan"); !strings.Contains(page, `aria-describedby="feed_full_content_help" checked>`) ||
		!strings.Contains(page, "Isi lengkap artikel di feed") {
		t.Errorf("the ticked setting is not shown ticked")
	}
	form.Del("feed_full_content")
	if status, _, _ := b.post("/redaksi/pengaturan", form); status != http.StatusSeeOther || stored() {
		t.Errorf("unticking it: status %d, stored %v", status, stored())
	}
}

// The Baca Juga dialog: typed text finds titles; without it, the dialog
// asks for stories like the one being written, leaving out the article
// itself and those it already links.
func TestBacaJugaSuggestions(t *testing.T) {
	e := newEnv(t, true)
	c := e.browser(t).login(warta.RoleContributor)
	type answer struct {
		Results []struct {
			ID    int64
			Title string
			URL   string
		}
		Suggested bool
	}
	ask := func(params url.Values) answer {
		t.Helper()
		status, _, body := c.get("/redaksi/cari-artikel?" + params.Encode())
		var a answer
		if err := json.Unmarshal([]byte(body), &a); status != 200 || err != nil {
			t.Fatalf("%v: %d %v\n%s", params, status, err, body)
		}
		return a
	}
	ids := func(a answer) (out []int64) {
		for _, r := range a.Results {
			out = append(out, r.ID)
		}
		return out
	}
	sec := strconv.FormatInt(e.f.Nasional.ID, 10)
	got := ask(url.Values{"about": {"Banjir Susulan Rendam Kota Sungai Banjir"}, "section": {sec}})
	if !got.Suggested || len(got.Results) == 0 || got.Results[0].ID != e.f.Main.ID || !strings.HasPrefix(got.Results[0].URL, "/nasional/") {
		t.Fatalf("suggestions about a flood: %+v", got)
	}
	for _, r := range got.Results {
		if r.ID == e.f.Draft.ID || r.ID == e.f.Withdrawn.ID {
			t.Errorf("suggested an article that is not public: %+v", r)
		}
	}
	got = ask(url.Values{"about": {"Banjir Susulan Rendam Kota Sungai"}, "skip": {strconv.FormatInt(e.f.Main.ID, 10) + ",x,-3"}})
	if slices.Contains(ids(got), e.f.Main.ID) {
		t.Errorf("a skipped article was suggested: %v", ids(got))
	}
	// Typed text searches titles, and is no suggestion.
	got = ask(url.Values{"q": {"jembatan"}, "about": {"Banjir Susulan"}})
	if got.Suggested || !slices.Equal(ids(got), []int64{e.f.Breaking.ID}) {
		t.Errorf("typed search: %+v", got)
	}
	// Nothing to go on: an empty list, not an error.
	if got = ask(url.Values{"q": {"j"}}); got.Suggested || len(got.Results) != 0 {
		t.Errorf("no text: %+v", got)
	}
	if got = ask(url.Values{"about": {strings.Repeat("banjir ", 400)}}); len(got.Results) != 0 {
		t.Errorf("an overlong about: %+v", got)
	}
}
