package public_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/config"
	"warta/internal/web"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

var formToken = regexp.MustCompile(`name="t" value="([^"]+)"`)

// post sends a reader form from the client at addr.
func post(t *testing.T, h http.Handler, path, addr string, form url.Values) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest("POST", "http://127.0.0.1:8080"+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.RemoteAddr = addr
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// formOf fetches a form page and returns its signed time field.
func formOf(t *testing.T, h http.Handler, path string) string {
	t.Helper()
	res, body := webtest.Do(t, h, "GET", path)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", path, res.StatusCode)
	}
	if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("GET %s: Cache-Control %q, want no-store", path, cc)
	}
	m := formToken.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("GET %s: no signed time field", path)
	}
	return m[1]
}

func countComplaints(t *testing.T, s *webtest.Site) int {
	t.Helper()
	var n int
	s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		_, total, err := tx.FindComplaints(context.Background(), warta.ComplaintFilter{})
		n = total
		return err
	})
	return n
}

// TestReplyFormSpamChecks: each protection refuses with a 4xx, shows the
// form again where a person could fix it, and stores nothing; a form
// that passes them lands in the queue with its 2×24-hour due time and
// redirects to the thank-you page.
func TestReplyFormSpamChecks(t *testing.T) {
	e := newEvictSite(t)
	path := "/hak-jawab/" + strconv.FormatInt(e.f.Main.ID, 10)
	tok := formOf(t, e.h, path)
	valid := func() url.Values {
		return url.Values{"t": {tok}, "nama": {"Andi Wijaya"}, "email": {"andi@contoh.id"}, "isi": {"Kutipan saya dalam berita ini keliru."}}
	}
	const client = "198.51.100.7:5000"
	check := func(name string, res *http.Response, body string, status int, want string) {
		t.Helper()
		if res.StatusCode != status {
			t.Errorf("%s: status %d, want %d", name, res.StatusCode, status)
		}
		if want != "" && !strings.Contains(body, want) {
			t.Errorf("%s: page does not say %q", name, want)
		}
		if n := countComplaints(t, e.s); n != 0 {
			t.Fatalf("%s: %d complaints stored", name, n)
		}
	}
	res, body := post(t, e.h, path, client, valid())
	check("too fast", res, body, http.StatusBadRequest, "terlalu cepat")
	e.s.Clock.Advance(5 * time.Second)
	f := valid()
	f.Set("situs", "http://spam.example")
	res, body = post(t, e.h, path, client, f)
	check("honeypot", res, body, http.StatusBadRequest, "tidak dapat diterima")
	f = valid()
	f.Set("t", strings.Replace(tok, ".", "0.", 1))
	res, body = post(t, e.h, path, client, f)
	check("forged time", res, body, http.StatusBadRequest, "tidak dapat diterima")
	f = valid()
	f.Set("email", "bukan-alamat")
	res, body = post(t, e.h, path, client, f)
	check("bad e-mail", res, body, http.StatusBadRequest, "alamat e-mail yang benar")
	if !strings.Contains(body, `value="Andi Wijaya"`) || !strings.Contains(body, `aria-invalid="true"`) {
		t.Errorf("the refused form lost what was typed or does not mark the field")
	}
	f = valid()
	f.Set("isi", strings.Repeat("a", warta.MaxComplaintRunes+1))
	res, body = post(t, e.h, path, client, f)
	check("text too long", res, body, http.StatusBadRequest, "paling banyak 5000")
	f = valid()
	f.Set("isi", strings.Repeat("a", 70<<10))
	res, body = post(t, e.h, path, client, f)
	check("request too large", res, body, http.StatusRequestEntityTooLarge, "terlalu besar")
	res, _ = post(t, e.h, "/hak-jawab/"+strconv.FormatInt(e.f.Draft.ID, 10), client, valid())
	check("unpublished story", res, "", http.StatusNotFound, "")
	if res, _ := webtest.Do(t, e.h, "GET", "/hak-jawab/abc"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /hak-jawab/abc: %d", res.StatusCode)
	}

	// A person's post goes through.
	received := e.s.Now()
	res, _ = post(t, e.h, path, client, valid())
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/pengaduan/terkirim" {
		t.Fatalf("valid post: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	res, body = webtest.Do(t, e.h, "GET", "/pengaduan/terkirim")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, "2×24 jam") {
		t.Errorf("thank-you page: %d, promise shown %v", res.StatusCode, strings.Contains(body, "2×24 jam"))
	}
	var list []*warta.Complaint
	e.s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, _, _ = tx.FindComplaints(context.Background(), warta.ComplaintFilter{})
		return nil
	})
	if len(list) != 1 || list[0].Kind != warta.ComplaintReply || list[0].ArticleID != e.f.Main.ID ||
		!list[0].DueAt.Equal(received.Add(48*time.Hour).Truncate(time.Millisecond)) || list[0].Status != warta.ComplaintNew {
		t.Fatalf("stored: %+v", list)
	}

	// A form kept open over two hours is refused, with a fresh one.
	e.s.Clock.Advance(2*time.Hour + time.Minute)
	res, body = post(t, e.h, path, client, valid())
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(body, "terlalu lama") || formToken.FindStringSubmatch(body)[1] == tok {
		t.Errorf("expired form: %d", res.StatusCode)
	}
}

// TestComplaintRateLimit: a client may send five complaints an hour; the
// sixth is refused with 429 and not stored, while another client may
// still send, and the first may again an hour later.
func TestComplaintRateLimit(t *testing.T) {
	e := newEvictSite(t)
	tok := formOf(t, e.h, "/pengaduan")
	e.s.Clock.Advance(10 * time.Second)
	send := func(addr string) int {
		res, _ := post(t, e.h, "/pengaduan", addr, url.Values{"t": {tok}, "nama": {"Sari"}, "email": {"sari@contoh.id"}, "telepon": {"+62 812 555"}, "isi": {"Iklan menutupi berita."}})
		return res.StatusCode
	}
	for i := range 5 {
		if got := send("203.0.113.9:1000"); got != http.StatusSeeOther {
			t.Fatalf("complaint %d: %d", i+1, got)
		}
	}
	if got := send("203.0.113.9:2000"); got != http.StatusTooManyRequests {
		t.Errorf("sixth complaint from one client: %d, want 429", got)
	}
	if n := countComplaints(t, e.s); n != 5 {
		t.Errorf("%d stored after the refusal, want 5", n)
	}
	if got := send("203.0.113.10:1000"); got != http.StatusSeeOther {
		t.Errorf("another client: %d", got)
	}
	e.s.Clock.Advance(time.Hour)
	tok = formOf(t, e.h, "/pengaduan")
	e.s.Clock.Advance(10 * time.Second)
	if got := send("203.0.113.9:1000"); got != http.StatusSeeOther {
		t.Errorf("an hour later: %d", got)
	}
}

// Behind a trusted proxy (web.ClientAddress, --trusted-proxies), each
// reader has a limit of their own, not one shared by everyone the proxy
// passes on.
func TestComplaintRateLimitBehindAProxy(t *testing.T) {
	e := newEvictSite(t)
	trusted, err := config.ParsePrefixes("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	h := web.ClientAddress(trusted, e.h)
	tok := formOf(t, h, "/pengaduan")
	e.s.Clock.Advance(10 * time.Second)
	send := func(client string) int {
		form := url.Values{"t": {tok}, "nama": {"Sari"}, "email": {"sari@contoh.id"}, "telepon": {"+62 812 555"}, "isi": {"Iklan menutupi berita."}}
		req := httptest.NewRequest("POST", "http://127.0.0.1:8080/pengaduan", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Forwarded-For", client)
		req.RemoteAddr = "127.0.0.1:40000" // the proxy
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	for i := range 5 {
		if got := send("203.0.113.9"); got != http.StatusSeeOther {
			t.Fatalf("complaint %d: %d", i+1, got)
		}
	}
	if got := send("203.0.113.9"); got != http.StatusTooManyRequests {
		t.Errorf("sixth complaint from one reader behind the proxy: %d, want 429", got)
	}
	if got := send("198.51.100.4"); got != http.StatusSeeOther {
		t.Errorf("another reader behind the same proxy: %d, want 303", got)
	}
}

// TestPublishedReplyOnStory: publishing a reply evicts the story's cached
// page, which then shows the reply in its box under the body, linked
// from the top, with its time; the form's link is on every story and the
// complaint form's in the footer.
func TestPublishedReplyOnStory(t *testing.T) {
	e := newEvictSite(t)
	body, _ := e.get(webtest.MainPath)
	if !strings.Contains(body, `href="/hak-jawab/`+strconv.FormatInt(e.f.Main.ID, 10)+`"`) || !strings.Contains(body, `href="/pengaduan"`) {
		t.Fatal("the story does not link its reply form and the complaint form")
	}
	if strings.Contains(body, `id="hak-jawab"`) {
		t.Fatal("a reply box without replies")
	}
	e.warm(webtest.MainPath)
	c := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: e.f.Main.ID, Name: "Bupati Andi", Email: "andi@contoh.id", Body: "Teks asli."}
	if err := e.svc.SubmitComplaint(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	e.mustStayCached(webtest.MainPath) // a complaint alone changes nothing public
	if _, err := e.svc.PublishReply(context.Background(), e.u, c.ID, "Paragraf pertama jawaban.\n\nParagraf kedua."); err != nil {
		t.Fatal(err)
	}
	body, rendered := e.get(webtest.MainPath)
	if !rendered {
		t.Fatal("the story's page was not evicted by the published reply")
	}
	doc := webtest.Parse(t, body)
	box := webtest.FindAll(doc, "section", "id", "hak-jawab")
	if len(box) != 1 {
		t.Fatalf("reply boxes: %d", len(box))
	}
	text := webtest.Text(box[0])
	for _, want := range []string{"Hak jawab dari Bupati Andi", "Paragraf pertama jawaban.", "Paragraf kedua."} {
		if !strings.Contains(text, want) {
			t.Errorf("reply box lacks %q: %s", want, text)
		}
	}
	if len(webtest.FindAll(box[0], "time")) != 1 || len(webtest.FindAll(box[0], "p")) < 3 {
		t.Errorf("reply box without its time or paragraphs")
	}
	if len(webtest.FindAll(doc, "a", "href", "#hak-jawab")) != 1 {
		t.Errorf("no link to the reply from the top of the story")
	}
	if !strings.Contains(body, "Berita ini memuat 1 hak jawab") {
		t.Errorf("the top link does not say a reply is there")
	}
}

// TestComplaintFormEnglish: an English site shows the forms in English.
func TestComplaintFormEnglish(t *testing.T) {
	e := newEvictSite(t)
	e.s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(context.Background())
		if err != nil {
			return err
		}
		st.Language = "en"
		return tx.SaveSettings(context.Background(), st)
	})
	_, body := webtest.Do(t, e.h, "GET", "/pengaduan")
	for _, want := range []string{"Reader complaint", "within 2×24 hours", "E-mail address"} {
		if !strings.Contains(body, want) {
			t.Errorf("English form lacks %q", want)
		}
	}
	tok := formToken.FindStringSubmatch(body)[1]
	res, body := post(t, e.h, "/pengaduan", "192.0.2.5:1", url.Values{"t": {tok}, "nama": {"Sam"}, "email": {"sam@example.com"}, "isi": {"x"}})
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(body, "too quickly") {
		t.Errorf("English refusal: %d", res.StatusCode)
	}
}

// TestFormKeySharedByNodes: a form served by one node is accepted by
// another that shares its FormKey (WARTA_FORM_KEY), and refused by one
// with a key of its own.
func TestFormKeySharedByNodes(t *testing.T) {
	e := newEvictSite(t)
	node := func(key string) *public.Handler {
		cfg := public.Config{Store: e.s.Store, Blobs: e.s.Blobs, BaseURL: "https://kabar.example", Logger: e.s.Logger(), Now: e.s.Now}
		if key != "" {
			cfg.FormKey = []byte(key)
		}
		h, err := public.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	a, b, c := node("kunci-bersama-yang-panjang"), node("kunci-bersama-yang-panjang"), node("")
	path := "/hak-jawab/" + strconv.FormatInt(e.f.Main.ID, 10)
	tok := formOf(t, a, path)
	e.s.Clock.Advance(5 * time.Second)
	form := func(name string) url.Values {
		return url.Values{"t": {tok}, "nama": {name}, "email": {"andi@contoh.id"}, "isi": {"Angka dalam berita ini keliru."}}
	}
	if res, body := post(t, c, path, "198.51.100.8:5000", form("Andi Wijaya")); res.StatusCode != http.StatusBadRequest || countComplaints(t, e.s) != 0 {
		t.Errorf("a node with its own key: status %d, %d stored\n%.300s", res.StatusCode, countComplaints(t, e.s), body)
	}
	if res, _ := post(t, b, path, "198.51.100.9:5000", form("Andi Wijaya")); res.StatusCode != http.StatusSeeOther || countComplaints(t, e.s) != 1 {
		t.Errorf("a node sharing the key: status %d, %d stored", res.StatusCode, countComplaints(t, e.s))
	}
}
