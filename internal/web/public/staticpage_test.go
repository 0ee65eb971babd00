package public_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/webtest"
)

// pagesService is the static-pages service on the site, as the server
// wires it: each write invalidates the public caches.
func pagesService(t *testing.T, s *webtest.Site) (*editorial.Pages, *warta.User) {
	t.Helper()
	u := &warta.User{Email: "halaman@kabar.example", Name: "Redaktur", Role: warta.RoleEditor}
	s.MustUpdate(t, func(tx warta.Tx) error { return tx.CreateUser(context.Background(), u) })
	return &editorial.Pages{Store: s.Store, Notify: s.Notify}, u
}

func TestStaticPage(t *testing.T) {
	s, f, h := newSite(t)
	svc, ed := pagesService(t, s)
	ctx := context.Background()
	about := &warta.Page{Title: "Tentang Kami", Status: warta.PagePublished,
		BodyHTML: `<p>Kabar adalah media daring yang berdiri sejak 2020 di Jakarta.</p>` +
			`<aside class="baca-juga" data-article-id="` + strconv.FormatInt(f.Main.ID, 10) + `"><a href="/x">Baca Juga</a></aside>` +
			`<figure class="embed" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">v</a></figure>`}
	draft := &warta.Page{Title: "Kontak", BodyHTML: "<p>Rahasia.</p>"}
	for _, p := range []*warta.Page{about, draft} {
		if err := svc.Create(ctx, ed, p); err != nil {
			t.Fatal(err)
		}
	}

	res, body := webtest.Do(t, h, "GET", "/tentang-kami")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /tentang-kami: %d\n%s", res.StatusCode, body)
	}
	doc := webtest.Parse(t, body)
	if h1 := webtest.FindAll(doc, "h1"); len(h1) != 1 || webtest.Text(h1[0]) != "Tentang Kami" {
		t.Errorf("h1 = %d elements", len(h1))
	}
	for _, want := range []string{
		`<link rel="canonical" href="https://kabar.example/tentang-kami">`,
		`<meta name="description" content="Kabar adalah media daring yang berdiri sejak 2020 di Jakarta.`,
		`<meta property="og:title" content="Tentang Kami">`,
		`<meta property="og:url" content="https://kabar.example/tentang-kami">`,
		"<title>Tentang Kami - ",
		"berdiri sejak 2020",
		`href="` + webtest.MainPath + `"`,              // the Baca Juga link, expanded
		`src="https://www.youtube-nocookie.com/embed/`, // the embed, expanded
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if len(webtest.FindAll(doc, "p", "class", "byline")) != 0 || strings.Contains(body, "article:published_time") {
		t.Error("a static page has no byline or publication time")
	}
	// The footer links the published pages only.
	links := webtest.FindAll(doc, "ul", "class", "footer-pages")
	if len(links) != 1 || !strings.Contains(webtest.Text(links[0]), "Tentang Kami") || strings.Contains(webtest.Text(links[0]), "Kontak") {
		t.Fatalf("footer pages list = %d lists", len(links))
	}
	_, home := webtest.Do(t, h, "GET", "/")
	if !strings.Contains(home, `<a href="/tentang-kami">Tentang Kami</a>`) {
		t.Error("the home page's footer does not link the page")
	}

	for path, want := range map[string]int{
		"/kontak":            http.StatusNotFound, // a draft
		"/kontak/":           http.StatusNotFound,
		"/tentang-kami/":     http.StatusMovedPermanently,
		"/tentang-kami/feed": http.StatusNotFound,
		"/nasional":          http.StatusMovedPermanently, // sections keep their slash
		"/nasional/":         http.StatusOK,
		"/robots.txt":        http.StatusOK,
		"/sitemap-pages.xml": http.StatusOK,
	} {
		res, body := webtest.Do(t, h, "GET", path)
		if res.StatusCode != want {
			t.Errorf("GET %s: %d, want %d", path, res.StatusCode, want)
		}
		if path == "/kontak" && strings.Contains(body, "Rahasia") {
			t.Error("a draft's body reached a reader")
		}
	}
	if res, _ := webtest.Do(t, h, "GET", "/tentang-kami/"); res.Header.Get("Location") != "/tentang-kami" {
		t.Errorf("/tentang-kami/ → %q", res.Header.Get("Location"))
	}
	_, sitemap := webtest.Do(t, h, "GET", "/sitemap-pages.xml")
	if !strings.Contains(sitemap, "<loc>https://kabar.example/tentang-kami</loc>") || strings.Contains(sitemap, "/kontak") {
		t.Errorf("pages sitemap:\n%s", sitemap)
	}

	// An update shows at once though the page was cached.
	webtest.Do(t, h, "GET", "/tentang-kami")
	if _, err := svc.Update(ctx, ed, about.ID, about.Version, editorial.PageInput{Title: new("Profil Redaksi")}); err != nil {
		t.Fatal(err)
	}
	if _, body := webtest.Do(t, h, "GET", "/tentang-kami"); !strings.Contains(body, "<h1>Profil Redaksi</h1>") {
		t.Error("the cached page was served after an update")
	}
	// Unpublishing takes it off the site and out of the footer.
	draftStatus := warta.PageDraft
	if _, err := svc.Update(ctx, ed, about.ID, about.Version+1, editorial.PageInput{Status: &draftStatus}); err != nil {
		t.Fatal(err)
	}
	if res, _ := webtest.Do(t, h, "GET", "/tentang-kami"); res.StatusCode != http.StatusNotFound {
		t.Errorf("unpublished page: %d", res.StatusCode)
	}
	if _, home := webtest.Do(t, h, "GET", "/"); strings.Contains(home, "footer-pages") {
		t.Error("the footer still lists an unpublished page")
	}
}

// TestStaticPageMoveRedirects: a published page whose slug changes
// answers 301 from its old address in one hop.
func TestStaticPageMoveRedirects(t *testing.T) {
	s, _, h := newSite(t)
	svc, ed := pagesService(t, s)
	ctx := context.Background()
	p := &warta.Page{Title: "Pedoman", Status: warta.PagePublished, BodyHTML: "<p>Pedoman media siber.</p>"}
	if err := svc.Create(ctx, ed, p); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Update(ctx, ed, p.ID, p.Version, editorial.PageInput{Slug: new("pedoman-media-siber")}); err != nil {
		t.Fatal(err)
	}
	res, _ := webtest.Do(t, h, "GET", "/pedoman")
	if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/pedoman-media-siber" {
		t.Errorf("old address: %d → %q", res.StatusCode, res.Header.Get("Location"))
	}
	checkOneHop(t, s, h)
}
