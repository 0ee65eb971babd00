package public_test

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the site zones must resolve on machines without tzdata

	"warta"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

const baseURL = "https://kabar.example"

// sitemapSite is the fixture plus what the sitemaps must tell apart: an
// article in September without a photo, one published at 00:30 on
// 1 November in Jakarta (still October in UTC), a photo with variants on
// the main story, a scheduled story for December, and the fixture's
// draft and withdrawn stories.
type sitemapSite struct {
	*webtest.Site
	F         *webtest.Fixture
	H         *public.Handler
	September *warta.Article
	Edge      *warta.Article
	Scheduled *warta.Article
}

func newSitemapSite(t *testing.T, perFile int) *sitemapSite {
	t.Helper()
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	site := &sitemapSite{Site: s, F: f}
	s.MustUpdate(t, func(tx warta.Tx) error {
		ctx := t.Context()
		m := &warta.Media{Key: "m/abc/960.jpg", MimeType: "image/jpeg", Width: 960, Height: 540, Hash: "abc", Variants: []warta.MediaVariant{
			{Key: "m/abc/320.jpg", MimeType: "image/jpeg", Width: 320, Height: 180}, {Key: "m/abc/320.webp", MimeType: "image/webp", Width: 320, Height: 180},
			{Key: "m/abc/960.jpg", MimeType: "image/jpeg", Width: 960, Height: 540}, {Key: "m/abc/1280.webp", MimeType: "image/webp", Width: 1280, Height: 720}}}
		if err := tx.CreateMedia(ctx, m); err != nil {
			return err
		}
		if _, err := tx.UpdateArticle(ctx, f.Main.ID, warta.ArticleUpdate{Version: 1, FeaturedMediaID: &m.ID}); err != nil {
			return err
		}
		site.September = &warta.Article{Slug: "panen-raya", Title: "Panen Raya & Harga Gabah", Label: warta.LabelBerita, SectionID: f.Ekonomi.ID,
			AuthorIDs: []int64{f.Agus.ID}, Status: warta.StatusPublished, PublishedAt: time.Date(2026, 9, 15, 5, 0, 0, 0, time.UTC)}
		site.Edge = &warta.Article{Slug: "awal-bulan", Title: "Awal Bulan", Label: warta.LabelBerita, SectionID: f.Nasional.ID,
			FeaturedMediaID: f.Photo.ID, Status: warta.StatusPublished, PublishedAt: time.Date(2026, 10, 31, 17, 30, 0, 0, time.UTC)}
		site.Scheduled = &warta.Article{Slug: "jadwal-desember", Title: "Terbit Desember", Label: warta.LabelBerita, SectionID: f.Nasional.ID,
			Status: warta.StatusScheduled, PublishAt: time.Date(2026, 12, 2, 3, 0, 0, 0, time.UTC)}
		for _, a := range []*warta.Article{site.September, site.Edge, site.Scheduled} {
			if err := tx.CreateArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
	site.H = site.handler(t, perFile)
	return site
}

func (s *sitemapSite) handler(t *testing.T, perFile int) *public.Handler {
	t.Helper()
	h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: baseURL, Logger: s.Logger(),
		Now: s.Now, SitemapURLs: perFile})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// setSite changes the site's zone and language.
func (s *sitemapSite) setSite(t *testing.T, zone, lang string) {
	t.Helper()
	s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(t.Context())
		if err != nil {
			return err
		}
		st.TimeZone, st.Language = zone, lang
		return tx.SaveSettings(t.Context(), st)
	})
	s.H.Invalidate()
}

// The documents as a crawler reads them, namespaces included.
type (
	xIndex struct {
		XMLName  xml.Name
		Sitemaps []struct {
			Loc     string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 loc"`
			LastMod string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 lastmod"`
		} `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemap"`
	}
	xURLSet struct {
		XMLName xml.Name
		URLs    []xURL `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 url"`
	}
	xURL struct {
		Loc     string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 loc"`
		LastMod string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 lastmod"`
		Images  []struct {
			Loc string `xml:"http://www.google.com/schemas/sitemap-image/1.1 loc"`
		} `xml:"http://www.google.com/schemas/sitemap-image/1.1 image"`
		News *xNews `xml:"http://www.google.com/schemas/sitemap-news/0.9 news"`
	}
	xNews struct {
		Publication struct {
			Name     string `xml:"http://www.google.com/schemas/sitemap-news/0.9 name"`
			Language string `xml:"http://www.google.com/schemas/sitemap-news/0.9 language"`
		} `xml:"http://www.google.com/schemas/sitemap-news/0.9 publication"`
		PublicationDate string `xml:"http://www.google.com/schemas/sitemap-news/0.9 publication_date"`
		Title           string `xml:"http://www.google.com/schemas/sitemap-news/0.9 title"`
	}
)

// getXML fetches a sitemap, checks its status and type, and decodes it.
func getXML(t *testing.T, h http.Handler, path string, v any) string {
	t.Helper()
	res, body := webtest.Do(t, h, "GET", path)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d\n%.400s", path, res.StatusCode, body)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/xml; charset=utf-8" {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	if !strings.HasPrefix(body, `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("GET %s: no XML declaration: %.80s", path, body)
	}
	if err := xml.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v\n%.400s", path, err, body)
	}
	return body
}

// children returns the paths the index links, checking they are absolute
// on the site.
func children(t *testing.T, idx xIndex) []string {
	t.Helper()
	var paths []string
	for _, s := range idx.Sitemaps {
		p, ok := strings.CutPrefix(s.Loc, baseURL+"/")
		if !ok {
			t.Errorf("child sitemap %q is not an absolute URL on the site", s.Loc)
			continue
		}
		paths = append(paths, "/"+p)
	}
	return paths
}

func locs(set xURLSet) []string {
	out := make([]string, len(set.URLs))
	for i, u := range set.URLs {
		out[i] = strings.TrimPrefix(u.Loc, baseURL)
	}
	return out
}

// w3cWith matches a W3C datetime with seconds and the given offset.
func w3cWith(offset string) *regexp.Regexp {
	return regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}` + regexp.QuoteMeta(offset) + `$`)
}

func TestSitemapIndexListsMonthsWithArticles(t *testing.T) {
	s := newSitemapSite(t, 0)
	var idx xIndex
	getXML(t, s.H, "/sitemap.xml", &idx)
	if idx.XMLName.Space != "http://www.sitemaps.org/schemas/sitemap/0.9" || idx.XMLName.Local != "sitemapindex" {
		t.Errorf("root is %v", idx.XMLName)
	}
	// August has nothing, October's only story is 1 November in Jakarta,
	// December's is scheduled, and the withdrawn one is no month at all.
	want := []string{"/sitemap-pages.xml", "/sitemap-articles-2026-11.xml", "/sitemap-articles-2026-09.xml"}
	if got := children(t, idx); !slices.Equal(got, want) {
		t.Fatalf("index lists %v, want %v", got, want)
	}
	wantMod := []string{
		"2026-11-27T09:30:00+07:00", // the breaking story, the newest publication
		"2026-11-27T09:30:00+07:00", // November: the breaking story, later than the main story's update
		"2026-09-15T12:00:00+07:00",
	}
	for i, sm := range idx.Sitemaps {
		if sm.LastMod != wantMod[i] {
			t.Errorf("%s lastmod %q, want %q", sm.Loc, sm.LastMod, wantMod[i])
		}
	}
}

func TestSitemapMonth(t *testing.T) {
	s := newSitemapSite(t, 0)
	var set xURLSet
	getXML(t, s.H, "/sitemap-articles-2026-11.xml", &set)
	want := []string{ // oldest first
		"/nasional/2026/11/01/awal-bulan",
		"/ekonomi/2026/11/26/harga-cabai-turun",
		"/nasional/2026/11/27/menata-kota-dari-sungai",
		webtest.MainPath,
		"/nasional/2026/11/27/jembatan-darurat-dibuka",
	}
	if got := locs(set); !slices.Equal(got, want) {
		t.Fatalf("November lists %v, want %v (no draft, withdrawn or scheduled story)", got, want)
	}
	byPath := map[string]xURL{}
	for _, u := range set.URLs {
		if !strings.HasPrefix(u.Loc, baseURL+"/") {
			t.Errorf("loc %q is not absolute", u.Loc)
		}
		byPath[strings.TrimPrefix(u.Loc, baseURL)] = u
	}
	main := byPath[webtest.MainPath]
	if main.LastMod != "2026-11-27T09:00:00+07:00" {
		t.Errorf("main story lastmod %q, want its update time 09:00 WIB", main.LastMod)
	}
	if len(main.Images) != 1 || main.Images[0].Loc != baseURL+"/media/m/abc/960.jpg" {
		t.Errorf("main story image %+v, want the largest JPEG variant, absolute", main.Images)
	}
	if u := byPath["/nasional/2026/11/01/awal-bulan"]; u.LastMod != "2026-11-01T00:30:00+07:00" ||
		len(u.Images) != 1 || u.Images[0].Loc != baseURL+"/media/uji/banjir.jpg" {
		t.Errorf("edge story %+v: want its publication time and the photo without variants", u)
	}
	var sep xURLSet
	getXML(t, s.H, "/sitemap-articles-2026-09.xml", &sep)
	if len(sep.URLs) != 1 || sep.URLs[0].Loc != baseURL+"/ekonomi/2026/09/15/panen-raya" || len(sep.URLs[0].Images) != 0 {
		t.Errorf("September = %+v, want the one story, without an image entry", sep.URLs)
	}
	for _, p := range []string{"/sitemap-articles-2026-10.xml", "/sitemap-articles-2026-12.xml", "/sitemap-articles-2026-08.xml"} {
		if res, _ := webtest.Do(t, s.H, "GET", p); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404 (no published article that month)", p, res.StatusCode)
		}
	}
}

func TestSitemapPages(t *testing.T) {
	s := newSitemapSite(t, 0)
	var set xURLSet
	getXML(t, s.H, "/sitemap-pages.xml", &set)
	want := []string{"/", "/indeks", "/ekonomi/", "/nasional/", "/penulis/agus-pratama", "/penulis/sari-lestari", "/tag/banjir", "/tag/cuaca"}
	if got := locs(set); !slices.Equal(got, want) {
		t.Fatalf("pages %v, want %v", got, want)
	}
	if set.URLs[2].LastMod != "2026-11-26T08:00:00+07:00" || set.URLs[0].LastMod != "2026-11-27T09:30:00+07:00" {
		t.Errorf("lastmod of home %q and Ekonomi %q", set.URLs[0].LastMod, set.URLs[2].LastMod)
	}
}

// TestSitemapSplit injects a limit of two URLs a file: November's five
// stories take three files, the eight pages four, and together the parts
// list each story once.
func TestSitemapSplit(t *testing.T) {
	s := newSitemapSite(t, 2)
	var idx xIndex
	getXML(t, s.H, "/sitemap.xml", &idx)
	want := []string{"/sitemap-pages.xml", "/sitemap-pages-2.xml", "/sitemap-pages-3.xml", "/sitemap-pages-4.xml",
		"/sitemap-articles-2026-11.xml", "/sitemap-articles-2026-11-2.xml", "/sitemap-articles-2026-11-3.xml",
		"/sitemap-articles-2026-09.xml"}
	if got := children(t, idx); !slices.Equal(got, want) {
		t.Fatalf("index lists %v, want %v", got, want)
	}
	var all []string
	for _, p := range want[4:7] {
		var set xURLSet
		getXML(t, s.H, p, &set)
		if len(set.URLs) == 0 || len(set.URLs) > 2 {
			t.Errorf("%s has %d URLs, want 1 or 2", p, len(set.URLs))
		}
		all = append(all, locs(set)...)
	}
	if len(all) != 5 || all[0] != "/nasional/2026/11/01/awal-bulan" || all[4] != "/nasional/2026/11/27/jembatan-darurat-dibuka" {
		t.Errorf("parts together list %v", all)
	}
	slices.Sort(all)
	if len(slices.Compact(all)) != 5 {
		t.Errorf("a story is in two parts: %v", all)
	}
	webtest.Run(t, s.H, []webtest.Scenario{
		{Name: "part past the end", Path: "/sitemap-articles-2026-11-4.xml", Status: 404},
		{Name: "pages past the end", Path: "/sitemap-pages-5.xml", Status: 404},
		{Name: "part one spelled out", Path: "/sitemap-articles-2026-11-1.xml", Status: 404},
		{Name: "part zero", Path: "/sitemap-articles-2026-11-0.xml", Status: 404},
	})
}

func TestSitemapNews(t *testing.T) {
	s := newSitemapSite(t, 0)
	s.MustUpdate(t, func(tx warta.Tx) error {
		for _, a := range []*warta.Article{
			{Slug: "empat-puluh-tujuh-jam", Title: "Masih Dalam Jendela", PublishedAt: webtest.Now.Add(-47 * time.Hour)},
			{Slug: "empat-puluh-sembilan-jam", Title: "Sudah Lewat", PublishedAt: webtest.Now.Add(-49 * time.Hour)},
			{Slug: "ditarik-pagi-ini", Title: "Ditarik Pagi Ini", PublishedAt: webtest.Now.Add(-3 * time.Hour), Status: warta.StatusUnpublished},
			{Slug: "promo-sponsor", Title: "Promo Sponsor", PublishedAt: webtest.Now.Add(-4 * time.Hour), Label: warta.LabelAdvertorial},
		} {
			if a.Label == "" {
				a.Label = warta.LabelBerita
			}
			a.SectionID = s.F.Nasional.ID
			if a.Status == "" {
				a.Status = warta.StatusPublished
			}
			if err := tx.CreateArticle(t.Context(), a); err != nil {
				return err
			}
		}
		return nil
	})
	s.H.Invalidate()
	var set xURLSet
	getXML(t, s.H, "/sitemap-news.xml", &set)
	want := []string{ // newest first; the withdrawn, sponsored and 49-hour-old stories are out
		"/nasional/2026/11/27/jembatan-darurat-dibuka",
		webtest.MainPath,
		"/nasional/2026/11/27/menata-kota-dari-sungai",
		"/ekonomi/2026/11/26/harga-cabai-turun",
		"/nasional/2026/11/25/empat-puluh-tujuh-jam",
	}
	if got := locs(set); !slices.Equal(got, want) {
		t.Fatalf("news sitemap lists %v, want %v", got, want)
	}
	for _, u := range set.URLs {
		if u.News == nil || u.News.Publication.Name != "Kabar Uji" || u.News.Publication.Language != "id" {
			t.Errorf("%s: publication %+v", u.Loc, u.News)
		}
	}
	main := set.URLs[1].News
	if main.Title != "Banjir Rendam Tiga Kecamatan di Kota Sungai" || main.PublicationDate != "2026-11-27T08:00:00+07:00" {
		t.Errorf("main story: title %q, date %q", main.Title, main.PublicationDate)
	}
}

// TestSitemapNewsEmpty: with nothing published in the last 48 hours the
// news sitemap is an empty urlset, served as usual, which Google's news
// sitemap guide accepts. The sitemaps.org schema wants at least one
// <url>, so the test checks that this is the document's only fault: the
// schema reports exactly the missing <url>, and the same document with
// one news entry added validates.
func TestSitemapNewsEmpty(t *testing.T) {
	s := newSitemapSite(t, 0)
	later, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: baseURL, Logger: s.Logger(),
		Now: func() time.Time { return webtest.Now.Add(72 * time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	var set xURLSet
	empty := getXML(t, later, "/sitemap-news.xml", &set)
	if set.XMLName != (xml.Name{Space: "http://www.sitemaps.org/schemas/sitemap/0.9", Local: "urlset"}) || len(set.URLs) != 0 {
		t.Fatalf("three days after the last story: root %v with %d URLs, want an empty urlset\n%s", set.XMLName, len(set.URLs), empty)
	}
	if !strings.Contains(empty, `xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"`) {
		t.Errorf("the empty news sitemap lost its news namespace:\n%s", empty)
	}

	lint := webtest.Tool(t, "xmllint", "libxml2-utils")
	out, err := lintOutput(t, lint, "sitemap-all.xsd", "/sitemap-news.xml", []byte(empty))
	faults := regexp.MustCompile(`(?m)validity error.*$`).FindAllString(out, -1)
	if err == nil || len(faults) != 1 || !strings.Contains(faults[0], "Missing child element(s)") ||
		!strings.Contains(faults[0], "{http://www.sitemaps.org/schemas/sitemap/0.9}url") {
		t.Errorf("want the schema's one objection to be the missing <url>; xmllint said (%v):\n%s", err, out)
	}
	// One entry from the news sitemap of the day the stories appeared.
	_, full := webtest.Do(t, s.H, "GET", "/sitemap-news.xml")
	entry := regexp.MustCompile(`(?s)<url>.*?</url>`).FindString(full)
	if entry == "" || !strings.Contains(entry, "<news:news>") {
		t.Fatalf("no news entry to add:\n%.600s", full)
	}
	withOne := strings.Replace(empty, "</urlset>", entry+"</urlset>", 1)
	if withOne == empty {
		t.Fatalf("no </urlset> in the empty news sitemap:\n%s", empty)
	}
	if err := validate(t, lint, "sitemap-all.xsd", "/sitemap-news-one.xml", []byte(withOne)); err != nil {
		t.Errorf("the empty news sitemap is wrong beyond its emptiness: %v", err)
	}
}

func TestSitemapNewsAtMost1000(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		for i := range 1010 {
			a := &warta.Article{Slug: fmt.Sprintf("kilat-%04d", i), Title: fmt.Sprintf("Kilat %d", i), Label: warta.LabelBerita,
				SectionID: f.Nasional.ID, Status: warta.StatusPublished, PublishedAt: webtest.Now.Add(-time.Duration(i+1) * time.Minute)}
			if err := tx.CreateArticle(t.Context(), a); err != nil {
				return err
			}
		}
		return nil
	})
	h := (&sitemapSite{Site: s}).handler(t, 0)
	var set xURLSet
	getXML(t, h, "/sitemap-news.xml", &set)
	if len(set.URLs) != 1000 {
		t.Fatalf("news sitemap has %d URLs, want 1000", len(set.URLs))
	}
	// Three of the fixture's stories are among the newest 1000 too.
	if !strings.HasSuffix(set.URLs[0].Loc, "/kilat-0000") || !strings.HasSuffix(set.URLs[999].Loc, "/kilat-0996") {
		t.Errorf("not the newest 1000: first %s, last %s", set.URLs[0].Loc, set.URLs[999].Loc)
	}
	for i := 1; i < len(set.URLs); i++ {
		if set.URLs[i].News.PublicationDate > set.URLs[i-1].News.PublicationDate {
			t.Fatalf("not newest first at %d: %s after %s", i, set.URLs[i].News.PublicationDate, set.URLs[i-1].News.PublicationDate)
		}
	}
}

// TestSitemapZones checks every date against the site's zone: WIB, WITA
// and WIT, and the news language of an English site.
func TestSitemapZones(t *testing.T) {
	s := newSitemapSite(t, 0)
	for _, tc := range []struct {
		zone, lang, offset, mainDate, mainPath string
	}{
		{"Asia/Jakarta", "id", "+07:00", "2026-11-27T08:00:00+07:00", webtest.MainPath},
		{"Asia/Makassar", "en", "+08:00", "2026-11-27T09:00:00+08:00", webtest.MainPath},
		{"Asia/Jayapura", "id", "+09:00", "2026-11-27T10:00:00+09:00", webtest.MainPath},
	} {
		t.Run(tc.zone, func(t *testing.T) {
			s.setSite(t, tc.zone, tc.lang)
			re := w3cWith(tc.offset)
			var news xURLSet
			getXML(t, s.H, "/sitemap-news.xml", &news)
			for _, u := range news.URLs {
				if !re.MatchString(u.News.PublicationDate) || u.News.Publication.Language != tc.lang {
					t.Errorf("%s: date %q language %q", u.Loc, u.News.PublicationDate, u.News.Publication.Language)
				}
				if strings.HasSuffix(u.Loc, tc.mainPath) && u.News.PublicationDate != tc.mainDate {
					t.Errorf("main story date %q, want %q", u.News.PublicationDate, tc.mainDate)
				}
			}
			var idx xIndex
			getXML(t, s.H, "/sitemap.xml", &idx)
			for _, sm := range idx.Sitemaps {
				if !re.MatchString(sm.LastMod) {
					t.Errorf("index: %s lastmod %q", sm.Loc, sm.LastMod)
				}
			}
			for _, p := range children(t, idx) {
				var set xURLSet
				getXML(t, s.H, p, &set)
				for _, u := range set.URLs {
					if !re.MatchString(u.LastMod) {
						t.Errorf("%s: %s lastmod %q", p, u.Loc, u.LastMod)
					}
				}
			}
		})
	}
}

func TestRobots(t *testing.T) {
	s := newSitemapSite(t, 0)
	webtest.Run(t, s.H, []webtest.Scenario{{Name: "robots.txt", Path: "/robots.txt", Status: 200,
		Header: map[string]string{"Content-Type": "text/plain; charset=utf-8"},
		Contains: []string{"User-agent: *\n", "\nAllow: /\n", "\nDisallow: /redaksi/\n", "\nDisallow: /api/v1/admin/\n", "\nDisallow: /cari?\n",
			"\nSitemap: https://kabar.example/sitemap.xml\n", "\nSitemap: https://kabar.example/sitemap-news.xml\n"},
		NotContains: []string{"Disallow: /\n"}}})
}

// TestSitemapRoutes checks that the fixed names win over /{section}, that
// the numbered names are picked out of it without hiding sections, and
// that odd names are plain 404s.
func TestSitemapRoutes(t *testing.T) {
	s := newSitemapSite(t, 0)
	xmlType := map[string]string{"Content-Type": "application/xml; charset=utf-8"}
	webtest.Run(t, s.H, []webtest.Scenario{
		{Name: "index", Path: "/sitemap.xml", Status: 200, Header: xmlType, Contains: []string{"<sitemapindex"}},
		{Name: "news", Path: "/sitemap-news.xml", Status: 200, Header: xmlType, Contains: []string{"<news:news>"}},
		{Name: "pages", Path: "/sitemap-pages.xml", Status: 200, Header: xmlType, Contains: []string{"<urlset"}},
		{Name: "month", Path: "/sitemap-articles-2026-11.xml", Status: 200, Header: xmlType, Contains: []string{"<image:image>"}},
		{Name: "robots", Path: "/robots.txt", Status: 200, Header: map[string]string{"Content-Type": "text/plain; charset=utf-8"}},
		{Name: "section still redirects", Path: "/nasional", Status: 301, Location: "/nasional/"},
		{Name: "section page", Path: "/nasional/", Status: 200},
		{Name: "unknown sitemap", Path: "/sitemap-foo.xml", Status: 404, Header: map[string]string{"Content-Type": "text/html; charset=utf-8"}},
		{Name: "bad month", Path: "/sitemap-articles-2026-13.xml", Status: 404},
		{Name: "short month", Path: "/sitemap-articles-2026-9.xml", Status: 404},
		{Name: "no extension", Path: "/sitemap-articles-2026-11", Status: 404},
		{Name: "under a section", Path: "/nasional/sitemap.xml", Status: 404},
		{Name: "POST", Method: "POST", Path: "/sitemap.xml", Status: 405},
	})
}

// TestSitemapConditional checks ETag, Last-Modified, 304, HEAD and gzip,
// and that Invalidate brings in a new month while an unchanged document
// keeps its Last-Modified.
func TestSitemapConditional(t *testing.T) {
	s := newSitemapSite(t, 0)
	do := func(method, path string, header ...string) (*http.Response, []byte) {
		req := httptest.NewRequest(method, path, nil)
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		rec := httptest.NewRecorder()
		s.H.ServeHTTP(rec, req)
		b, _ := io.ReadAll(rec.Result().Body)
		return rec.Result(), b
	}
	res, body := do("GET", "/sitemap.xml")
	etag, modified := res.Header.Get("ETag"), res.Header.Get("Last-Modified")
	if etag == "" || modified == "" {
		t.Fatalf("no ETag (%q) or Last-Modified (%q)", etag, modified)
	}
	if res, b := do("GET", "/sitemap.xml", "If-None-Match", etag); res.StatusCode != http.StatusNotModified || len(b) != 0 {
		t.Errorf("If-None-Match: status %d, %d bytes", res.StatusCode, len(b))
	}
	if res, _ := do("GET", "/sitemap.xml", "If-Modified-Since", modified); res.StatusCode != http.StatusNotModified {
		t.Errorf("If-Modified-Since: status %d", res.StatusCode)
	}
	if res, _ := do("GET", "/sitemap.xml", "If-None-Match", `"other"`); res.StatusCode != http.StatusOK {
		t.Errorf("stale If-None-Match: status %d", res.StatusCode)
	}
	if res, b := do("HEAD", "/sitemap.xml"); res.StatusCode != http.StatusOK || len(b) != 0 ||
		res.Header.Get("Content-Length") != fmt.Sprint(len(body)) || res.Header.Get("Content-Type") != "application/xml; charset=utf-8" {
		t.Errorf("HEAD: status %d, %d bytes, length %q", res.StatusCode, len(b), res.Header.Get("Content-Length"))
	}
	res, z := do("GET", "/sitemap-articles-2026-11.xml", "Accept-Encoding", "gzip")
	if res.Header.Get("Content-Encoding") != "gzip" || !strings.HasSuffix(res.Header.Get("ETag"), `-gz"`) {
		t.Errorf("gzip: encoding %q, ETag %q", res.Header.Get("Content-Encoding"), res.Header.Get("ETag"))
	} else if zr, err := gzip.NewReader(bytes.NewReader(z)); err != nil {
		t.Error(err)
	} else if plain, _ := io.ReadAll(zr); !bytes.Contains(plain, []byte("<urlset")) {
		t.Errorf("gzipped body is not the sitemap")
	}

	// Nothing changed: a rebuild keeps the tags.
	s.H.Invalidate()
	if res, _ := do("GET", "/sitemap.xml"); res.Header.Get("ETag") != etag || res.Header.Get("Last-Modified") != modified {
		t.Errorf("unchanged index after Invalidate: ETag %q→%q, Last-Modified %q→%q", etag, res.Header.Get("ETag"), modified, res.Header.Get("Last-Modified"))
	}
	// A story in August appears once the site is told.
	s.MustUpdate(t, func(tx warta.Tx) error {
		return tx.CreateArticle(t.Context(), &warta.Article{Slug: "agustus", Title: "Agustus", Label: warta.LabelBerita,
			SectionID: s.F.Nasional.ID, Status: warta.StatusPublished, PublishedAt: time.Date(2026, 8, 17, 3, 0, 0, 0, time.UTC)})
	})
	if _, b := do("GET", "/sitemap.xml"); bytes.Contains(b, []byte("2026-08")) {
		t.Errorf("the index changed before Invalidate: the cache is not used")
	}
	s.H.Invalidate()
	res, b := do("GET", "/sitemap.xml", "If-None-Match", etag)
	if res.StatusCode != http.StatusOK || !bytes.Contains(b, []byte("/sitemap-articles-2026-08.xml")) || res.Header.Get("ETag") == etag {
		t.Errorf("after Invalidate: status %d, ETag %q, August listed %v", res.StatusCode, res.Header.Get("ETag"), bytes.Contains(b, []byte("2026-08")))
	}
}

// validate runs xmllint with a schema from testdata/xsd over doc.
func validate(t *testing.T, lint, schema, name string, doc []byte) error {
	t.Helper()
	out, err := lintOutput(t, lint, schema, name, doc)
	if err != nil {
		return fmt.Errorf("%s: %v\n%s", name, err, out)
	}
	return nil
}

// lintOutput runs xmllint with a schema from testdata/xsd over doc and
// returns what it reported.
func lintOutput(t *testing.T, lint, schema, name string, doc []byte) (string, error) {
	t.Helper()
	file := filepath.Join(t.TempDir(), strings.TrimPrefix(name, "/"))
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(lint, "--noout", "--nonet", "--schema", filepath.Join("testdata", "xsd", schema), file).CombinedOutput()
	return string(out), err
}

// TestSitemapsValid validates everything the test site serves against
// the sitemaps.org and Google schemas: the index, each child (with a
// split, too) and the news sitemap.
func TestSitemapsValid(t *testing.T) {
	lint := webtest.Tool(t, "xmllint", "libxml2-utils")
	for _, perFile := range []int{0, 2} {
		t.Run(fmt.Sprintf("perFile=%d", perFile), func(t *testing.T) {
			s := newSitemapSite(t, perFile)
			var idx xIndex
			doc := getXML(t, s.H, "/sitemap.xml", &idx)
			if err := validate(t, lint, "siteindex.xsd", "/sitemap.xml", []byte(doc)); err != nil {
				t.Error(err)
			}
			paths := append(children(t, idx), "/sitemap-news.xml")
			for _, p := range paths {
				var set xURLSet
				doc := getXML(t, s.H, p, &set)
				if err := validate(t, lint, "sitemap-all.xsd", p, []byte(doc)); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

// TestSitemapValidationCatchesErrors feeds xmllint broken copies of real
// sitemaps, so a passing validation means something.
func TestSitemapValidationCatchesErrors(t *testing.T) {
	lint := webtest.Tool(t, "xmllint", "libxml2-utils")
	s := newSitemapSite(t, 0)
	_, month := webtest.Do(t, s.H, "GET", "/sitemap-articles-2026-11.xml")
	_, news := webtest.Do(t, s.H, "GET", "/sitemap-news.xml")
	_, index := webtest.Do(t, s.H, "GET", "/sitemap.xml")
	lastmod := regexp.MustCompile(`<lastmod>[^<]*</lastmod>`)
	for _, tc := range []struct{ name, schema, doc string }{
		{"month with a bad lastmod", "sitemap-all.xsd", lastmod.ReplaceAllLiteralString(month, "<lastmod>27/11/2026 08:00 WIB</lastmod>")},
		{"month with an unknown image element", "sitemap-all.xsd", strings.Replace(month, "</image:loc>", "</image:loc><image:size>9</image:size>", 1)},
		{"news with a language name", "sitemap-all.xsd", strings.ReplaceAll(news, "<news:language>id<", "<news:language>Indonesia<")},
		{"news without a title", "sitemap-all.xsd", regexp.MustCompile(`<news:title>[^<]*</news:title>`).ReplaceAllLiteralString(news, "")},
		{"index with a bad lastmod", "siteindex.xsd", lastmod.ReplaceAllLiteralString(index, "<lastmod>kemarin</lastmod>")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.doc == month || tc.doc == news || tc.doc == index {
				t.Fatal("the document was not broken")
			}
			if err := validate(t, lint, tc.schema, "/broken.xml", []byte(tc.doc)); err == nil {
				t.Errorf("xmllint accepted a broken sitemap")
			}
		})
	}
}

// TestSitemapConcurrent fetches sitemaps from several goroutines while the
// cache is invalidated, for the race detector (scripts/test.sh runs the
// web packages with -race).
func TestSitemapConcurrent(t *testing.T) {
	s := newSitemapSite(t, 2)
	paths := []string{"/sitemap.xml", "/sitemap-news.xml", "/sitemap-pages.xml", "/sitemap-pages-2.xml", "/sitemap-articles-2026-11-2.xml"}
	done := make(chan error)
	for g := range 8 {
		go func() {
			var err error
			for i := range 20 {
				p := paths[(g+i)%len(paths)]
				rec := httptest.NewRecorder()
				s.H.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
				if rec.Code != http.StatusOK && err == nil {
					err = fmt.Errorf("GET %s: status %d", p, rec.Code)
				}
				if i%5 == 0 {
					s.H.Invalidate()
				}
			}
			done <- err
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
