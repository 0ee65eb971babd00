package newsroom_test

import (
	"bytes"
	"context"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/mail"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/mail/mailtest"
	"warta/internal/web/webtest"
)

// TestNotesNeverPublic: a note shows on the edit page and nowhere a
// reader or a preview can see.
func TestNotesNeverPublic(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	id := strconv.FormatInt(e.f.Main.ID, 10)
	const secret = "Narasumber minta namanya tidak ditulis"
	status, loc, _ := b.post("/redaksi/artikel/"+id+"/catatan", url.Values{"note": {secret}})
	if status != http.StatusSeeOther || !strings.HasSuffix(loc, "#catatan") {
		t.Fatalf("add note: %d %s", status, loc)
	}
	if _, _, page := b.get("/redaksi/artikel/" + id); !strings.Contains(page, secret) || !strings.Contains(page, "Akun editor") {
		t.Fatalf("the edit page lacks the note and its author")
	}
	for _, p := range []string{webtest.MainPath, "/", "/feed", "/feed/atom", "/feed.json", "/nasional/", "/nasional/feed",
		"/penulis/agus-pratama", "/cari?q=narasumber", "/redaksi/artikel/" + id + "/pratinjau"} {
		_, _, body := b.get(p)
		if strings.Contains(body, secret) || strings.Contains(body, "Narasumber minta") {
			t.Errorf("%s shows the internal note", p)
		}
	}
	// A note without text, or on a story one may not touch, is refused.
	if status, _, body := b.post("/redaksi/artikel/"+id+"/catatan", url.Values{"note": {"  "}}); status != http.StatusBadRequest || !strings.Contains(body, "Catatan wajib diisi") {
		t.Errorf("empty note: %d", status)
	}
	other := e.browser(t).login(warta.RoleContributor)
	if status, _, _ := other.post("/redaksi/artikel/"+id+"/catatan", url.Values{"note": {"Boleh?"}}); status != http.StatusForbidden {
		t.Errorf("contributor on a story not theirs: %d", status)
	}
}

var unreadCount = regexp.MustCompile(`id="unread-count">(\d+)<`)

func unread(page string) int {
	m := unreadCount.FindStringSubmatch(page)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

var notificationLink = regexp.MustCompile(`href="/redaksi/notifikasi/(\d+)"`)

// TestNotificationsFlow: a submission reaches the editor's header, opening
// it marks it read, a return with a note reaches the writer.
func TestNotificationsFlow(t *testing.T) {
	e := newEnv(t, true)
	writer := e.browser(t).login(warta.RoleContributor)
	form := url.Values{"title": {"Harga Cabai Naik Lagi"}, "section": {strconv.FormatInt(e.f.Nasional.ID, 10)}, "label": {"berita"},
		"body_html": {"<p>Harga cabai rawit naik.</p>"}, "action": {"submit"}}
	status, loc, _ := writer.post("/redaksi/artikel/baru", form)
	if status != http.StatusSeeOther {
		t.Fatalf("submit: %d", status)
	}
	idStr := regexp.MustCompile(`/artikel/(\d+)`).FindStringSubmatch(loc)[1]
	id, _ := strconv.ParseInt(idStr, 10, 64)

	editor := e.browser(t).login(warta.RoleEditor)
	_, _, page := editor.get("/redaksi/")
	if unread(page) != 1 {
		t.Fatalf("editor's header count = %d", unread(page))
	}
	_, _, page = editor.get("/redaksi/notifikasi")
	if !strings.Contains(page, "Akun contributor mengajukan “Harga Cabai Naik Lagi” untuk ditinjau.") {
		t.Fatalf("notification text missing:\n%s", page)
	}
	m := notificationLink.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no link to the notification")
	}
	// Someone else cannot open (or mark) it.
	if status, _, _ := writer.get("/redaksi/notifikasi/" + m[1]); status != http.StatusNotFound {
		t.Errorf("another user's notification: %d", status)
	}
	status, loc, _ = editor.get("/redaksi/notifikasi/" + m[1])
	if status != http.StatusSeeOther || loc != "/redaksi/artikel/"+idStr+"#catatan" {
		t.Fatalf("open: %d %s", status, loc)
	}
	if _, _, page = editor.get("/redaksi/"); unread(page) != 0 {
		t.Errorf("after opening, count = %d", unread(page))
	}

	// The editor returns it with a note.
	_, _, page = editor.get("/redaksi/artikel/" + idStr)
	if !strings.Contains(page, `action="/redaksi/artikel/`+idStr+`/kembalikan-ke-penulis"`) {
		t.Fatal("no return form for a story in review")
	}
	a := articleByID(t, e, id)
	status, _, _ = editor.post("/redaksi/artikel/"+idStr+"/kembalikan-ke-penulis", url.Values{"version": {strconv.Itoa(a.Version)}, "note": {"Tambahkan data BPS."}})
	if status != http.StatusSeeOther {
		t.Fatalf("return: %d", status)
	}
	if a := articleByID(t, e, id); a.Status != warta.StatusDraft {
		t.Fatalf("returned story is %s", a.Status)
	}
	_, _, page = writer.get("/redaksi/")
	if unread(page) != 1 {
		t.Fatalf("writer's count = %d", unread(page))
	}
	_, _, page = writer.get("/redaksi/notifikasi")
	if !strings.Contains(page, "Akun editor mengembalikan “Harga Cabai Naik Lagi” dengan catatan.") || !strings.Contains(page, "Tambahkan data BPS.") {
		t.Fatalf("writer's notification:\n%s", page)
	}
	if _, _, page = writer.get("/redaksi/artikel/" + idStr); !strings.Contains(page, "Tambahkan data BPS.") {
		t.Error("the writer does not see the note on the story")
	}
	// Mark all read.
	if status, _, _ := writer.post("/redaksi/notifikasi/baca", url.Values{}); status != http.StatusSeeOther {
		t.Fatalf("mark all: %d", status)
	}
	if _, _, page = writer.get("/redaksi/notifikasi"); unread(page) != 0 || strings.Contains(page, "Tandai semua dibaca") {
		t.Errorf("after mark all, count %d", unread(page))
	}
	// An author may not return a story.
	_, _, _ = writer.post("/redaksi/artikel/"+idStr, url.Values{"title": {"Harga Cabai Naik Lagi"}, "section": {strconv.FormatInt(e.f.Nasional.ID, 10)},
		"label": {"berita"}, "version": {strconv.Itoa(articleByID(t, e, id).Version)}, "action": {"submit"}})
	author := e.browser(t).login(warta.RoleAuthor)
	if status, _, _ := author.post("/redaksi/artikel/"+idStr+"/kembalikan-ke-penulis", url.Values{"version": {strconv.Itoa(articleByID(t, e, id).Version)}, "note": {"x"}}); status != http.StatusForbidden {
		t.Errorf("author returning: %d", status)
	}

	// In English.
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		u, err := tx.FindUserByID(context.Background(), e.users[warta.RoleEditor].ID)
		if err != nil {
			return err
		}
		u.Language = "en"
		return tx.UpdateUser(context.Background(), u)
	})
	if _, _, page = editor.get("/redaksi/notifikasi"); !strings.Contains(page, "Akun contributor submitted “Harga Cabai Naik Lagi” for review.") ||
		!strings.Contains(page, ">Notifications") || unread(page) != 1 {
		t.Errorf("English notifications page wrong (count %d)", unread(page))
	}
}

func articleByID(t *testing.T, e *env, id int64) *warta.Article {
	t.Helper()
	var a *warta.Article
	if err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		a, err = tx.FindArticleByID(context.Background(), id)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return a
}

func mailSettings(t *testing.T, e *env) *warta.MailSettings {
	t.Helper()
	var m *warta.MailSettings
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		m, err = tx.FindMailSettings(context.Background())
		return err
	})
	return m
}

// TestMailSettingsPage: administrators only; bad input is refused with a
// message and changes nothing; the password is never shown; the test
// button reaches the (fake) server.
func TestMailSettingsPage(t *testing.T) {
	e := newEnv(t, true)
	if status, _, _ := e.browser(t).login(warta.RoleEditor).get("/redaksi/pengaturan/surel"); status != http.StatusForbidden {
		t.Errorf("editor: %d", status)
	}
	b := e.browser(t).login(warta.RoleAdministrator)
	if _, _, page := b.get("/redaksi/pengaturan"); !strings.Contains(page, `href="/redaksi/pengaturan/surel"`) {
		t.Error("settings do not link the e-mail settings")
	}
	srv := mailtest.New(t)
	fake := srv.Settings()
	good := url.Values{"host": {fake.Host}, "port": {strconv.Itoa(fake.Port)}, "username": {fake.Username}, "password": {fake.Password},
		"from": {fake.From}}
	if status, _, _ := b.post("/redaksi/pengaturan/surel", good); status != http.StatusSeeOther {
		t.Fatalf("save: %d", status)
	}
	saved := *mailSettings(t, e)
	if saved != *fake {
		t.Fatalf("saved %+v, want %+v", saved, *fake)
	}
	_, _, page := b.get("/redaksi/pengaturan/surel")
	if strings.Contains(page, fake.Password) {
		t.Error("the page shows the SMTP password")
	}
	for name, c := range map[string]struct {
		field, value, msg string
	}{
		"port text": {"port", "dua lima", "Port SMTP harus angka"},
		"port 0":    {"port", "0", "Port SMTP harus angka"},
		"port big":  {"port", "65536", "Port SMTP harus angka"},
		"from":      {"from", "bukan-alamat", "Alamat pengirim “bukan-alamat” tidak valid"},
		"host":      {"host", "smtp kabar", "Nama server SMTP"},
	} {
		form := url.Values{}
		for k, v := range good {
			form[k] = v
		}
		form.Set(c.field, c.value)
		form.Set("password", "sandi-baru-yang-bocor")
		status, _, body := b.post("/redaksi/pengaturan/surel", form)
		if status != http.StatusUnprocessableEntity || !strings.Contains(body, c.msg) {
			t.Errorf("%s: %d, message %q missing", name, status, c.msg)
		}
		if strings.Contains(body, "sandi-baru-yang-bocor") {
			t.Errorf("%s: the refused page shows the typed password", name)
		}
		if got := *mailSettings(t, e); got != saved {
			t.Errorf("%s changed the settings: %+v", name, got)
		}
	}

	// The test e-mail goes to the administrator, UTF-8 subject and all.
	status, _, body := b.post("/redaksi/pengaturan/surel/uji", url.Values{})
	if status != http.StatusOK || !strings.Contains(body, "Surel uji terkirim ke administrator@kabar.example") {
		t.Fatalf("test mail: %d\n%s", status, body)
	}
	select {
	case got := <-srv.Received:
		msg, err := mail.ReadMessage(strings.NewReader(got.Data))
		if err != nil {
			t.Fatal(err)
		}
		subject, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		if subject != "Surel uji dari Kabar Uji" || got.To[0] != "RCPT TO:<administrator@kabar.example>" {
			t.Errorf("test mail subject %q to %q", subject, got.To)
		}
		if d, _ := msg.Header.Date(); !d.Equal(e.site.Now().Truncate(time.Second)) {
			t.Errorf("Date = %v, want the site's clock", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the fake server got nothing")
	}

	// English administrators read English messages.
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		u, err := tx.FindUserByID(context.Background(), e.users[warta.RoleAdministrator].ID)
		if err != nil {
			return err
		}
		u.Language = "en"
		return tx.UpdateUser(context.Background(), u)
	})
	form := url.Values{"host": {"smtp.kabar.example"}, "port": {"99999"}, "from": {"a@kabar.example"}}
	if status, _, body := b.post("/redaksi/pengaturan/surel", form); status != 422 || !strings.Contains(body, "The SMTP port must be a number between 1 and 65535.") {
		t.Errorf("English bad port: %d", status)
	}
}

// TestProfileOnAccountPage: a user edits their own byline from the
// account page and the public author page shows it.
func TestProfileOnAccountPage(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleContributor)
	_, _, page := b.get("/redaksi/akun")
	if !strings.Contains(page, "Profil penulis") || !strings.Contains(page, `value="Agus Pratama"`) {
		t.Fatal("no author profile section with the current byline")
	}
	post := func(fields map[string]string, photo []byte) (int, string) {
		t.Helper()
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		for k, v := range fields {
			mw.WriteField(k, v)
		}
		if photo != nil {
			fw, _ := mw.CreateFormFile("photo", "agus.jpg")
			fw.Write(photo)
		}
		mw.Close()
		req, _ := http.NewRequest("POST", e.srv.URL+"/redaksi/akun/profil?csrf="+url.QueryEscape(b.csrf), &buf)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Origin", e.srv.URL)
		res, err := b.c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(body)
	}
	bio := "Agus kini meliput pasar dan harga pangan dari Surabaya."
	status, _ := post(map[string]string{"name": "Agus Pratama", "title": "Kontributor", "bio": bio, "links": "x https://x.com/agus"}, testJPEG(t, 300, 300))
	if status != http.StatusSeeOther {
		t.Fatalf("save profile: %d", status)
	}
	_, _, author := b.get("/penulis/agus-pratama")
	if !strings.Contains(author, bio) || !strings.Contains(author, `class="avatar avatar-lg" src="/media/`) {
		t.Errorf("public author page lacks the bio or photo")
	}
	// Bad input: a message, nothing changed.
	status, body := post(map[string]string{"name": "Agus Pratama", "bio": "Berubah", "links": "web javascript:alert(1)"}, nil)
	if status != http.StatusUnprocessableEntity || !strings.Contains(body, "javascript:alert(1)") {
		t.Errorf("bad link: %d", status)
	}
	status, _ = post(map[string]string{"name": "Agus Pratama", "bio": "Berubah"}, []byte("bukan gambar"))
	if status != http.StatusUnprocessableEntity {
		t.Errorf("bad photo: %d", status)
	}
	if _, _, author = b.get("/penulis/agus-pratama"); !strings.Contains(author, bio) || strings.Contains(author, "Berubah") {
		t.Error("a refused profile changed the author page")
	}
	// Without the form's token, nothing.
	req, _ := http.NewRequest("POST", e.srv.URL+"/redaksi/akun/profil", strings.NewReader("--x--"))
	req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
	res, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("no CSRF token: %d", res.StatusCode)
	}
}

// TestDeskPagesHTMLValid runs the W3C checker over the desk's pages with
// content in them.
func TestDeskPagesHTMLValid(t *testing.T) {
	e := newEnv(t, true)
	writer := e.browser(t).login(warta.RoleContributor)
	form := url.Values{"title": {"Naskah Uji"}, "section": {strconv.FormatInt(e.f.Nasional.ID, 10)}, "label": {"berita"},
		"body_html": {"<p>Isi.</p>"}, "action": {"submit"}}
	_, loc, _ := writer.post("/redaksi/artikel/baru", form)
	idStr := regexp.MustCompile(`/artikel/(\d+)`).FindStringSubmatch(loc)[1]
	b := e.browser(t).login(warta.RoleAdministrator)
	b.post("/redaksi/artikel/"+idStr+"/catatan", url.Values{"note": {"Baris satu.\nBaris <dua> & tiga."}})
	pages := map[string]string{}
	for _, p := range []string{"/redaksi/notifikasi", "/redaksi/artikel/" + idStr, "/redaksi/pengaturan/surel", "/redaksi/akun"} {
		_, _, pages[p] = b.get(p)
	}
	_, _, pages["/redaksi/pengaturan/surel (error)"] = b.post("/redaksi/pengaturan/surel", url.Values{"host": {"x"}, "port": {"0"}})
	_, _, pages["writer /redaksi/notifikasi"] = writer.get("/redaksi/notifikasi")
	_, _, pages["writer /redaksi/akun"] = writer.get("/redaksi/akun")
	webtest.ValidateHTML(t, pages)
}
