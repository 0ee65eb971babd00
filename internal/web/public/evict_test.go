package public_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// renderCount counts page cache misses: each one is a render.
type renderCount struct {
	mu           sync.Mutex
	hits, misses int
}

func (c *renderCount) PageCacheHit()  { c.mu.Lock(); c.hits++; c.mu.Unlock() }
func (c *renderCount) PageCacheMiss() { c.mu.Lock(); c.misses++; c.mu.Unlock() }
func (c *renderCount) renders() int   { c.mu.Lock(); defer c.mu.Unlock(); return c.misses }

// evictSite is a site whose writes go through the editorial service and
// reach the handler's Evict, as in the server.
type evictSite struct {
	t   *testing.T
	s   *webtest.Site
	f   *webtest.Fixture
	h   *public.Handler
	n   *renderCount
	svc *editorial.Service
	u   *warta.User
	b   *warta.Article // a story in Ekonomi that shows nothing of Main
}

func newEvictSite(t *testing.T) *evictSite {
	t.Helper()
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	n := &renderCount{}
	h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: "https://kabar.example", Logger: s.Logger(),
		Now: s.Now, Metrics: n})
	if err != nil {
		t.Fatal(err)
	}
	s.Evict = h.Evict
	u := &warta.User{Email: "admin@kabar.example", Name: "Admin", Role: warta.RoleAdministrator}
	s.MustUpdate(t, func(tx warta.Tx) error { return tx.CreateUser(context.Background(), u) })
	e := &evictSite{t: t, s: s, f: f, h: h, n: n, u: u, svc: &editorial.Service{Store: s.Store, Now: s.Now, Notify: s.Notify}}
	// B picks four related stories by Agus itself, so no similar-story
	// search can put Main, or Sari's byline, on its page.
	story := func(slug, title string, hoursAgo int) *warta.Article {
		return &warta.Article{Slug: slug, Title: title, Dek: "Pasar.", Label: warta.LabelBerita, BodyHTML: "<p>" + title + ".</p>",
			SectionID: f.Ekonomi.ID, AuthorIDs: []int64{f.Agus.ID}, Status: warta.StatusPublished,
			PublishedAt: webtest.Now.Add(-time.Duration(hoursAgo) * time.Hour)}
	}
	others := []*warta.Article{story("ekspor-kopi-naik", "Ekspor Kopi Naik Tajam", 30), story("harga-gula-naik", "Harga Gula Naik", 31),
		story("pasar-saham-lesu", "Pasar Saham Lesu", 32)}
	e.b = story("harga-beras-stabil", "Harga Beras Stabil di Pasar Induk", 28)
	s.MustUpdate(t, func(tx warta.Tx) error {
		ctx := context.Background()
		e.b.RelatedIDs = []int64{f.Related.ID}
		for _, a := range others {
			if err := tx.CreateArticle(ctx, a); err != nil {
				return err
			}
			e.b.RelatedIDs = append(e.b.RelatedIDs, a.ID)
		}
		if err := tx.CreateArticle(ctx, e.b); err != nil {
			return err
		}
		// Trending, on every page, is what is read most: keep Main off
		// it, or every page would show Main.
		for _, id := range append(e.b.RelatedIDs, e.b.ID) {
			if err := tx.RecordViews(ctx, id, webtest.Now, 10); err != nil {
				return err
			}
		}
		return nil
	})
	return e
}

// get answers path and reports whether it was rendered (not served from
// the page cache).
func (e *evictSite) get(path string) (body string, rendered bool) {
	e.t.Helper()
	before := e.n.renders()
	res, body := webtest.Do(e.t, e.h, "GET", path)
	if res.StatusCode != http.StatusOK {
		e.t.Fatalf("GET %s: %d", path, res.StatusCode)
	}
	return body, e.n.renders() != before
}

// warm requests every path, so each is cached.
func (e *evictSite) warm(paths ...string) {
	e.t.Helper()
	for _, p := range paths {
		e.get(p)
		if _, rendered := e.get(p); rendered && !strings.Contains(p, "feed") && !strings.Contains(p, "sitemap") {
			e.t.Fatalf("%s was rendered twice: it is not cached, the test proves nothing", p)
		}
	}
}

// mustShow checks that each path, requested now, shows want.
func (e *evictSite) mustShow(want string, paths ...string) {
	e.t.Helper()
	for _, p := range paths {
		if body, _ := e.get(p); !strings.Contains(body, want) {
			e.t.Errorf("%s does not show %q after the change", p, want)
		}
	}
}

// mustStayCached checks that each page is served from the cache.
func (e *evictSite) mustStayCached(paths ...string) {
	e.t.Helper()
	for _, p := range paths {
		if _, rendered := e.get(p); rendered {
			e.t.Errorf("%s was rendered again although nothing on it changed", p)
		}
	}
}

func (e *evictSite) article(id int64) *warta.Article {
	e.t.Helper()
	var a *warta.Article
	err := e.s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		a, err = tx.FindArticleByID(context.Background(), id)
		return err
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return a
}

const (
	bPath     = "/ekonomi/2026/11/26/harga-beras-stabil"
	mainDay   = "/indeks/2026-11-27"
	mainMonth = "/sitemap-articles-2026-11.xml"
)

// Pages that show Main (A); Ekonomi's pages and B's do not.
var (
	showsMain = []string{webtest.MainPath, "/", "/nasional/", "/tag/banjir", "/tag/cuaca", "/penulis/sari-lestari", mainDay}
	feedsMain = []string{"/feed", "/nasional/feed", "/tag/banjir/feed", "/penulis/sari-lestari/feed", "/sitemap-news.xml"}
	notMain   = []string{bPath, "/ekonomi/", "/penulis/agus-pratama"}
)

func (e *evictSite) warmAll() {
	e.t.Helper()
	e.warm(append(append(append([]string{}, showsMain...), feedsMain...), notMain...)...)
	e.warm("/sitemap.xml", mainMonth)
	for _, p := range notMain {
		if body, _ := e.get(p); strings.Contains(body, e.f.Main.Title) {
			e.t.Fatalf("%s shows Main: it cannot prove that unrelated pages stay cached", p)
		}
	}
}

// A changed headline shows at once everywhere the story shows, and pages
// that do not show it stay cached.
func TestEvictArticleHeadline(t *testing.T) {
	e := newEvictSite(t)
	e.warmAll()
	month, _ := e.get(mainMonth)
	a := e.article(e.f.Main.ID)
	title := "Banjir Surut di Tiga Kecamatan Kota Sungai"
	if _, err := e.svc.Save(context.Background(), e.u, a.ID, a.Version, editorial.Input{Title: &title}); err != nil {
		t.Fatal(err)
	}
	e.mustStayCached(notMain...)
	e.mustShow(title, showsMain...)
	e.mustShow(title, feedsMain...)
	if body, _ := e.get(mainMonth); body == month {
		t.Error("the month's sitemap still has the story's old last modification")
	}
	e.mustStayCached(notMain...)
}

// A renamed section shows on every page (the menu).
func TestEvictSectionName(t *testing.T) {
	e := newEvictSite(t)
	e.warmAll()
	if _, err := e.svc.SaveSection(context.Background(), e.u, e.f.Ekonomi.ID, editorial.SectionInput{Name: "Bisnis", Slug: "ekonomi",
		Description: e.f.Ekonomi.Description, Position: e.f.Ekonomi.Position}); err != nil {
		t.Fatal(err)
	}
	e.mustShow(">Bisnis<", append(append([]string{}, showsMain...), notMain...)...)
	e.mustShow("Bisnis", "/ekonomi/feed")
}

// A changed author bio shows on the author's page and the stories with
// the byline; another author's pages stay cached.
func TestEvictPersonBio(t *testing.T) {
	e := newEvictSite(t)
	e.warmAll()
	bio := "Sari kini memimpin desk lingkungan dan iklim."
	if _, err := e.svc.SavePerson(context.Background(), e.u, e.f.Sari.ID, editorial.PersonInput{Bio: &bio}); err != nil {
		t.Fatal(err)
	}
	e.mustStayCached(notMain...)
	e.mustShow(bio, "/penulis/sari-lestari", webtest.MainPath)
}

// A changed setting (the site's name) shows on every page and feed.
func TestEvictSettings(t *testing.T) {
	e := newEvictSite(t)
	e.warmAll()
	var st *warta.Settings
	e.s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		st, err = tx.FindSettings(context.Background())
		return err
	})
	st.SiteName = "Kabar Baru Uji"
	if _, err := e.svc.SaveSettings(context.Background(), e.u, st); err != nil {
		t.Fatal(err)
	}
	e.mustShow("Kabar Baru Uji", append(append(append([]string{}, showsMain...), notMain...), "/feed", "/ekonomi/feed")...)
}

// A story moved to another section leaves the old section's pages and
// enters the new one's, both at once.
func TestEvictArticleMoved(t *testing.T) {
	e := newEvictSite(t)
	e.warmAll()
	e.warm("/ekonomi/feed")
	a := e.article(e.f.Main.ID)
	to := e.f.Ekonomi.ID
	if _, err := e.svc.Save(context.Background(), e.u, a.ID, a.Version, editorial.Input{SectionID: &to}); err != nil {
		t.Fatal(err)
	}
	if body, _ := e.get("/nasional/"); strings.Contains(body, a.Title) {
		t.Error("the old section still lists the moved story")
	}
	if body := readBody(t, request(e.h, "GET", "/nasional/feed", nil)); strings.Contains(body, a.Title) {
		t.Error("the old section's feed still lists the moved story")
	}
	e.mustShow(a.Title, "/ekonomi/", "/ekonomi/feed", "/")
	e.mustStayCached("/penulis/agus-pratama")
}

// A story that is published enters the lists it belongs to; lists of
// other sections, tags and authors stay cached.
func TestEvictArticlePublished(t *testing.T) {
	e := newEvictSite(t)
	e.warmAll()
	a := e.article(e.f.Draft.ID)
	if _, err := e.svc.Transition(context.Background(), e.u, a.ID, a.Version, warta.StatusPublished, time.Time{}); err != nil {
		t.Fatal(err)
	}
	e.s.Clock.Advance(time.Minute) // the news sitemap lists what was published before now
	e.mustShow(a.Title, "/", "/nasional/", "/penulis/sari-lestari", "/feed", "/sitemap-news.xml")
	e.mustStayCached("/ekonomi/", "/penulis/agus-pratama", "/tag/banjir")
	// The section's other stories keep their pages: their "more from
	// the section" block takes the new story in with the page's
	// time-to-live, or every publish would empty a section's archive.
	e.mustStayCached(webtest.MainPath)
}
