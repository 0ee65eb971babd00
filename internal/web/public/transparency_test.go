package public_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/feed"
	"warta/internal/web/webtest"
)

// correct adds a note through the editorial service, a minute after the
// last, and returns its id.
func (e *evictSite) correct(id int64, kind warta.CorrectionKind, note string) int64 {
	e.t.Helper()
	e.s.Clock.Advance(time.Minute)
	a, err := e.svc.Correct(context.Background(), e.u, id, kind, note)
	if err != nil {
		e.t.Fatal(err)
	}
	a = e.article(a.ID)
	return a.Corrections[len(a.Corrections)-1].ID
}

// entries counts the entries of a transparency log page.
func entries(body string) int { return strings.Count(body, `class="transp-entry"`) }

// /koreksi lists a correction, a clarification and an update with their
// kinds and times, newest first, each linking to its note on the story's
// page, which has the note's anchor; the page announces its feed.
func TestCorrectionsPage(t *testing.T) {
	e := newEvictSite(t)
	clarify := e.correct(e.f.Main.ID, warta.CorrectionClarify, "Jumlah pengungsi adalah perkiraan BPBD.")
	update := e.correct(e.b.ID, warta.CorrectionUpdate, "Ditambah tanggapan pedagang pasar induk.")
	body, _ := e.get("/koreksi")
	for _, want := range []string{">Koreksi<", ">Klarifikasi<", ">Pembaruan<",
		`href="` + webtest.MainPath + fmt.Sprintf("#koreksi-%d", clarify) + `"`, `href="` + bPath + fmt.Sprintf("#koreksi-%d", update) + `"`,
		"Jumlah pengungsi adalah perkiraan BPBD.", e.f.Main.Title, e.b.Title,
		`<time datetime="` + e.s.Now().UTC().Format(time.RFC3339) + `"`,
		`<link rel="alternate" type="application/rss+xml" title="Koreksi – Kabar Uji" href="https://kabar.example/koreksi/feed">`} {
		if !strings.Contains(body, want) {
			t.Errorf("/koreksi lacks %q", want)
		}
	}
	if n := entries(body); n != 3 {
		t.Errorf("/koreksi lists %d notes, want the fixture's correction and two more", n)
	}
	if i, j, k := strings.Index(body, "Ditambah tanggapan"), strings.Index(body, "Jumlah pengungsi"), strings.Index(body, ">Koreksi<"); !(i < j && j < k) {
		t.Errorf("notes not newest first: update at %d, clarification at %d, the older correction at %d", i, j, k)
	}
	if art, _ := e.get(webtest.MainPath); !strings.Contains(art, fmt.Sprintf(`id="koreksi-%d"`, clarify)) {
		t.Error("the story's page has no anchor for the note /koreksi links to")
	}
	// A story withdrawn takes its notes off the log.
	a := e.article(e.b.ID)
	if _, err := e.svc.Withdraw(context.Background(), e.u, a.ID, a.Version, "Salah sasaran."); err != nil {
		t.Fatal(err)
	}
	if body, _ := e.get("/koreksi"); strings.Contains(body, "Ditambah tanggapan") || entries(body) != 2 {
		t.Error("/koreksi still lists the note of a withdrawn story")
	}
}

// The log pages by perPage; past the last page is 404, a bad page 400.
func TestCorrectionsPages(t *testing.T) {
	e := newEvictSite(t)
	for i := range 24 {
		e.correct(e.f.Main.ID, warta.CorrectionUpdate, fmt.Sprintf("Pembaruan ke-%d.", i+1))
	}
	first, _ := e.get("/koreksi")
	if n := entries(first); n != 20 || !strings.Contains(first, `href="/koreksi?page=2" rel="next"`) {
		t.Errorf("first page lists %d notes or has no link to the next", n)
	}
	second, _ := e.get("/koreksi?page=2")
	if n := entries(second); n != 5 || !strings.Contains(second, "Pembaruan ke-1.") || !strings.Contains(second, `<link rel="canonical" href="https://kabar.example/koreksi?page=2">`) {
		t.Errorf("second page lists %d notes, want the 5 oldest, with its own canonical address", n)
	}
	for path, want := range map[string]int{"/koreksi?page=3": http.StatusNotFound, "/koreksi?page=0": http.StatusBadRequest,
		"/koreksi/pencabutan?page=2": http.StatusNotFound, "/koreksi?page=99999999": http.StatusNotFound} {
		if res, _ := webtest.Do(t, e.h, "GET", path); res.StatusCode != want {
			t.Errorf("GET %s: %d, want %d", path, res.StatusCode, want)
		}
	}
}

// /koreksi/feed is RSS that feed readers parse: one item per note, its
// kind and story as the title, the note on the story's page as the link.
func TestCorrectionsFeed(t *testing.T) {
	e := newEvictSite(t)
	id := e.correct(e.f.Main.ID, warta.CorrectionClarify, "Jumlah pengungsi adalah perkiraan BPBD.")
	f, _ := mustFeed(t, e.h, "/koreksi/feed", feed.RSSType)
	if len(f.Items) != 2 {
		t.Fatalf("feed has %d items, want 2", len(f.Items))
	}
	it := f.Items[0]
	if it.Title != "Klarifikasi: "+e.f.Main.Title || it.Link != "https://kabar.example"+webtest.MainPath+fmt.Sprintf("#koreksi-%d", id) ||
		it.Description != "Jumlah pengungsi adalah perkiraan BPBD." || it.PublishedParsed == nil || !it.PublishedParsed.Equal(e.s.Now()) {
		t.Errorf("item = %q %q %q %v", it.Title, it.Link, it.Description, it.PublishedParsed)
	}
	if f.Link != "https://kabar.example/koreksi" || f.Language != "id" {
		t.Errorf("feed link %q, language %q", f.Link, f.Language)
	}
}

// The takedown log shows a withdrawn story's date, reason and address,
// never its title or text; a story published again leaves it.
func TestTakedownLog(t *testing.T) {
	e := newEvictSite(t)
	e.warm("/koreksi/pencabutan", "/koreksi")
	e.s.Clock.Advance(time.Hour)
	a := e.article(e.f.Main.ID)
	if _, err := e.svc.Withdraw(context.Background(), e.u, a.ID, a.Version, "Memuat identitas anak korban."); err != nil {
		t.Fatal(err)
	}
	body, rendered := e.get("/koreksi/pencabutan")
	if !rendered {
		t.Error("the takedown log was not evicted by the withdrawal")
	}
	for _, want := range []string{"Memuat identitas anak korban.", `href="` + webtest.MainPath + `"`,
		`<time datetime="` + e.s.Now().UTC().Format(time.RFC3339) + `"`, `href="/nasional/2026/11/24/berita-ditarik"`} {
		if !strings.Contains(body, want) {
			t.Errorf("takedown log lacks %q", want)
		}
	}
	if !strings.Contains(body, "Terbit di rubrik Nasional, Jumat, 27 November 2026") {
		t.Error("takedown log does not say where and when the story was first published")
	}
	for _, never := range []string{e.f.Main.Title, e.f.Main.Dek, "Berita yang Ditarik", ">" + webtest.MainPath + "<"} {
		if strings.Contains(body, never) {
			t.Errorf("takedown log shows the removed story's text %q", never)
		}
	}
	if i, j := strings.Index(body, webtest.MainPath), strings.Index(body, "berita-ditarik"); i > j {
		t.Error("the latest withdrawal is not first")
	}
	// The notes of a withdrawn story leave /koreksi too.
	if body, _ := e.get("/koreksi"); entries(body) != 0 {
		t.Error("/koreksi still lists the withdrawn story's correction")
	}
	a = e.article(a.ID)
	if _, err := e.svc.Transition(context.Background(), e.u, a.ID, a.Version, warta.StatusPublished, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if body, _ := e.get("/koreksi/pencabutan"); strings.Contains(body, webtest.MainPath) || entries(body) != 1 {
		t.Error("a story published again is still in the takedown log")
	}
}

// A new note reaches /koreksi and its feed on the next request; pages
// that show nothing of it stay cached.
func TestEvictCorrectionLog(t *testing.T) {
	e := newEvictSite(t)
	e.warmAll()
	e.warm("/koreksi", "/koreksi/feed", "/koreksi/pencabutan")
	// The opinion piece is on neither log yet: only the log's own
	// dependency can evict them.
	e.correct(e.f.Opinion.ID, warta.CorrectionClarify, "Angka yang dikutip adalah perkiraan.")
	e.mustShow("Angka yang dikutip adalah perkiraan.", "/koreksi", "/koreksi/feed")
	e.mustStayCached(notMain...)
}

// setMasthead places people on the masthead through the editorial
// service, as the people page does.
func (e *evictSite) setMasthead(p *warta.Person, rank int, role string) {
	e.t.Helper()
	if _, err := e.svc.SavePerson(context.Background(), e.u, p.ID, editorial.PersonInput{MastheadRank: &rank, MastheadRole: &role}); err != nil {
		e.t.Fatal(err)
	}
}

// The masthead lists the people the newsroom placed on it in its order,
// grouped by heading, and changes on the next request when the order does.
func TestMasthead(t *testing.T) {
	e := newEvictSite(t)
	body, _ := e.get("/susunan-redaksi")
	if !strings.Contains(body, "Susunan redaksi belum diisi.") {
		t.Error("an empty masthead does not say so")
	}
	e.setMasthead(e.f.Agus, 10, "Pemimpin Redaksi")
	e.setMasthead(e.f.Sari, 20, "")
	body, _ = e.get("/susunan-redaksi")
	agus, sari := strings.Index(body, `href="/penulis/agus-pratama">`), strings.Index(body, `href="/penulis/sari-lestari">`)
	if agus < 0 || sari < 0 || agus > sari || !strings.Contains(body, "<h2>Pemimpin Redaksi</h2>") || !strings.Contains(body, "<h2>"+e.f.Sari.Title+"</h2>") {
		t.Fatalf("masthead order or headings wrong: agus at %d, sari at %d", agus, sari)
	}
	e.warm("/susunan-redaksi")
	e.setMasthead(e.f.Sari, 5, "")
	body, rendered := e.get("/susunan-redaksi")
	if !rendered {
		t.Error("the masthead was not evicted by the person's change")
	}
	if agus, sari := strings.Index(body, `href="/penulis/agus-pratama">`), strings.Index(body, `href="/penulis/sari-lestari">`); sari > agus {
		t.Error("the masthead does not follow the newsroom's new order")
	}
	e.setMasthead(e.f.Agus, 0, "")
	if body, _ := e.get("/susunan-redaksi"); strings.Contains(body, "agus-pratama") {
		t.Error("rank 0 still shows the person on the masthead")
	}
}

// Every page type links the transparency pages from its footer.
func TestFooterTransparencyLinks(t *testing.T) {
	s, f, h := newSite(t)
	_ = f
	s.MustUpdate(t, func(tx warta.Tx) error {
		return tx.CreatePage(t.Context(), &warta.Page{Slug: "tentang-kami", Title: "Tentang Kami", Status: warta.PagePublished,
			PublishedAt: s.Now(), BodyHTML: "<p>Kabar.</p>"})
	})
	for _, p := range []string{"/", webtest.MainPath, "/nasional/", "/penulis/sari-lestari", "/tag/banjir", "/indeks", "/cari?q=banjir",
		"/tentang-kami", "/tidak-ada", "/nasional/2026/11/24/berita-ditarik", "/koreksi", "/koreksi/pencabutan", "/susunan-redaksi"} {
		_, body := webtest.Do(t, h, "GET", p)
		foot := body[strings.LastIndex(body, "<footer"):]
		for _, link := range []string{`href="/koreksi"`, `href="/koreksi/pencabutan"`, `href="/susunan-redaksi"`} {
			if !strings.Contains(foot, link) {
				t.Errorf("%s: footer lacks %s", p, link)
			}
		}
	}
}

// An English site shows the transparency pages in English.
func TestTransparencyEnglish(t *testing.T) {
	s, _, h := newSite(t)
	setSettings(t, s, func(st *warta.Settings) { st.Language = "en" })
	for path, want := range map[string][]string{
		"/koreksi":            {"<h1>Corrections and clarifications</h1>", ">Correction<", "Follow the corrections by RSS"},
		"/koreksi/pencabutan": {"<h1>Withdrawn stories</h1>", "See the withdrawal notice", "The editors&#39; reason:"},
		"/susunan-redaksi":    {"<h1>Masthead</h1>", "The masthead has not been filled in yet."},
		"/":                   {`aria-label="Transparency"`, ">Withdrawn stories</a>"},
	} {
		body := mustGet(t, h, path, http.StatusOK)
		for _, w := range want {
			if !strings.Contains(body, w) {
				t.Errorf("%s lacks %q", path, w)
			}
		}
	}
	f, _ := mustFeed(t, h, "/koreksi/feed", feed.RSSType)
	if f.Title != "Corrections – Kabar Uji" || len(f.Items) != 1 || !strings.HasPrefix(f.Items[0].Title, "Correction: ") {
		t.Errorf("English feed title %q, items %d", f.Title, len(f.Items))
	}
}

// A story deleted while public answers 410 too, so it is in the log, from
// its deletion.
func TestTakedownLogTrashed(t *testing.T) {
	e := newEvictSite(t)
	e.warm("/koreksi/pencabutan")
	e.s.Clock.Advance(2 * time.Hour)
	if _, err := e.svc.Trash(context.Background(), e.u, e.f.Main.ID); err != nil {
		t.Fatal(err)
	}
	body, _ := e.get("/koreksi/pencabutan")
	if !strings.Contains(body, `href="`+webtest.MainPath+`"`) || !strings.Contains(body, `<time datetime="`+e.s.Now().UTC().Format(time.RFC3339)+`"`) ||
		!strings.Contains(body, "Redaksi tidak mencantumkan alasan.") {
		t.Error("the takedown log does not list the deleted story with its deletion time")
	}
}

// A published right of reply joins /koreksi and its feed at once: the
// log, kept in the page cache, is evicted by the reply's event.
func TestCorrectionsLogListsReplies(t *testing.T) {
	e := newEvictSite(t)
	// A story of its own: on no log, and not in Trending (which every
	// page shows, so a change to a story there evicts every page).
	title, body, sec := "Jembatan Gantung Desa Diresmikan", "<p>Warga kini menyeberang tanpa perahu.</p>", e.f.Ekonomi.ID
	a, err := e.svc.Create(context.Background(), e.u, editorial.Input{Title: &title, BodyHTML: &body, SectionID: &sec},
		warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	e.warm("/koreksi")
	c := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: a.ID, Name: "Lurah Wati", Email: "wati@contoh.id", Body: "Teks asli."}
	if err := e.svc.SubmitComplaint(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	e.mustStayCached("/koreksi") // a complaint alone is not public
	e.s.Clock.Advance(time.Minute)
	if _, err := e.svc.PublishReply(context.Background(), e.u, c.ID, "Jumlah warga terdampak 80 keluarga, bukan 800."); err != nil {
		t.Fatal(err)
	}
	page, rendered := e.get("/koreksi")
	if !rendered {
		t.Fatal("/koreksi was not evicted by the published reply")
	}
	doc := webtest.Parse(t, page)
	replies := webtest.FindAll(doc, "section", "class", "transp-replies")
	if len(replies) != 1 {
		t.Fatalf("reply sections on /koreksi: %d", len(replies))
	}
	text := webtest.Text(replies[0])
	for _, want := range []string{"Hak Jawab", "80 keluarga", a.Title} {
		if !strings.Contains(text, want) {
			t.Errorf("the replies on /koreksi lack %q: %s", want, text)
		}
	}
	if len(webtest.FindAll(replies[0], "a", "href", articlePathOf(a)+"#hak-jawab")) != 1 {
		t.Errorf("the reply does not link to the box on its story")
	}
	if len(webtest.FindAll(replies[0], "time")) != 1 {
		t.Errorf("the reply is shown without its time")
	}
	feed := readBody(t, request(e.h, "GET", "/koreksi/feed", nil))
	if !strings.Contains(feed, "Hak Jawab: "+a.Title) || !strings.Contains(feed, "80 keluarga") {
		t.Errorf("the feed does not carry the reply:\n%.1500s", feed)
	}
}

// articlePathOf is a story's address in the site's zone (Jakarta).
func articlePathOf(a *warta.Article) string {
	loc, _ := time.LoadLocation("Asia/Jakarta")
	return "/" + a.Section.Slug + a.PublishedAt.In(loc).Format("/2006/01/02/") + a.Slug
}
