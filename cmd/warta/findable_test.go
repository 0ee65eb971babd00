package main

import (
	"context"
	"encoding/xml"
	"html"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/webtest"
)

// TestDemoFindable is issue 6's "done when": the demo site, started as
// `warta serve --demo`, serves feeds, sitemaps, structured data, link
// preview tags, redirects and takedowns that pass the same checks as the
// public package's fixture tests: gofeed reads every feed, xmllint
// validates every sitemap against the sitemaps.org and Google schemas,
// JSON-LD is decoded field by field, and every URL they name answers 200
// on the demo server itself. The demo is written once; the subtests read
// it in order and the last one changes it.
func TestDemoFindable(t *testing.T) {
	d := newDemoCrawler(t)
	t.Run("feeds", d.checkFeeds)
	t.Run("feed links", d.checkFeedLinks)
	t.Run("sitemaps", d.checkSitemaps)
	t.Run("structured data", d.checkStructuredData)
	t.Run("link previews", d.checkLinkPreviews)
	t.Run("redirects and takedowns", d.checkRedirects)
}

// The demo site's zone is Asia/Jakarta (WIB): every date it publishes
// carries this offset, in RFC 822 form in RSS.
const (
	demoZone   = "Asia/Jakarta"
	wib        = "+07:00"
	wibRFC822  = "+0700"
	newsWindow = 48 * time.Hour
)

// demoCrawler reads the running demo site as feed readers, crawlers and
// link previews do, and knows from the store what it should find.
type demoCrawler struct {
	m        *Main
	base     string
	client   *http.Client // never follows a redirect: 200 means 200
	checked  map[string]int
	loc      *time.Location
	site     *warta.Settings
	articles []*warta.Article          // published, newest first
	byURL    map[string]*warta.Article // by absolute URL
}

func newDemoCrawler(t *testing.T) *demoCrawler {
	t.Helper()
	m, base := startMain(t, t.TempDir())
	d := &demoCrawler{m: m, base: base, checked: map[string]int{}, byURL: map[string]*warta.Article{},
		client: &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	ctx := context.Background()
	published := warta.StatusPublished
	err := m.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		if d.site, err = tx.FindSettings(ctx); err != nil {
			return err
		}
		d.articles, _, err = tx.FindArticles(ctx, warta.ArticleFilter{Status: &published})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if d.site.TimeZone != demoZone {
		t.Fatalf("the demo's zone is %q; this test expects %s and its offset %s", d.site.TimeZone, demoZone, wib)
	}
	if d.loc, err = time.LoadLocation(d.site.TimeZone); err != nil {
		t.Fatal(err)
	}
	for _, a := range d.articles {
		d.byURL[d.base+a.Path(d.loc)] = a
	}
	if len(d.articles) < 300 {
		t.Fatalf("the demo published %d articles", len(d.articles))
	}
	return d
}

// get fetches a path or an absolute URL without following redirects.
func (d *demoCrawler) get(t *testing.T, target string) (*http.Response, string) {
	t.Helper()
	if strings.HasPrefix(target, "/") {
		target = d.base + target
	}
	res, err := d.client.Get(target)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	return res, string(b)
}

// mustGet fetches a path and fails unless it answers status.
func (d *demoCrawler) mustGet(t *testing.T, target string, status int) (*http.Response, string) {
	t.Helper()
	res, body := d.get(t, target)
	if res.StatusCode != status {
		t.Fatalf("GET %s: status %d, want %d (Location %q)\n%.300s", target, res.StatusCode, status, res.Header.Get("Location"), body)
	}
	return res, body
}

// answers200 checks that u is an absolute URL on the demo site and that
// it answers 200 itself, not through a redirect. Each URL is fetched once.
func (d *demoCrawler) answers200(t *testing.T, what, u string) {
	t.Helper()
	p, err := url.Parse(u)
	if err != nil || !p.IsAbs() || p.Scheme+"://"+p.Host != d.base || !strings.HasPrefix(p.Path, "/") {
		t.Errorf("%s: %q is not an absolute URL on the site %s", what, u, d.base)
		return
	}
	status, ok := d.checked[u]
	if !ok {
		res, _ := d.get(t, u)
		status, d.checked[u] = res.StatusCode, res.StatusCode
	}
	if status != http.StatusOK {
		t.Errorf("%s: %s answers %d", what, u, status)
	}
}

// hasOffset checks that a date string names instant want (when it is not
// zero) and ends with the site's offset.
func hasOffset(t *testing.T, what, s string, parsed *time.Time, offset string, want time.Time) {
	t.Helper()
	if !strings.HasSuffix(s, offset) || parsed == nil {
		t.Errorf("%s = %q, want a date with the site's offset %s", what, s, offset)
		return
	}
	if !want.IsZero() && !parsed.Equal(want) {
		t.Errorf("%s = %q, want the instant %s", what, s, want.In(time.UTC).Format(time.RFC3339))
	}
}

// feedFormats are the three documents of every feed.
var feedFormats = []struct{ name, suffix, contentType, offset string }{
	{"rss", "/feed", "application/rss+xml; charset=utf-8", wibRFC822},
	{"atom", "/feed/atom", "application/atom+xml; charset=utf-8", wib},
	{"json", "/feed.json", "application/feed+json; charset=utf-8", wib},
}

// feed fetches a feed and parses it with gofeed.
func (d *demoCrawler) feed(t *testing.T, path, contentType string) *gofeed.Feed {
	t.Helper()
	res, raw := d.mustGet(t, path, http.StatusOK)
	if ct := res.Header.Get("Content-Type"); ct != contentType {
		t.Errorf("GET %s: Content-Type %q, want %q", path, ct, contentType)
	}
	f, err := gofeed.NewParser().ParseString(raw)
	if err != nil {
		t.Fatalf("gofeed cannot read %s: %v\n%.500s", path, err, raw)
	}
	return f
}

// feedSubject is a feed's name and the path its three formats hang from.
type feedSubject struct{ name, prefix string }

// feedSubjects are the site's feed and those of the newest story's
// section, first tag and first author, so that none is empty.
func (d *demoCrawler) feedSubjects(t *testing.T) []feedSubject {
	t.Helper()
	ctx := context.Background()
	var newest *warta.Article
	d.m.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		newest, err = tx.FindArticleByID(ctx, d.articles[0].ID)
		return err
	})
	if newest == nil || newest.Section == nil || len(newest.Tags) == 0 || len(newest.Authors) == 0 {
		t.Fatalf("the newest demo story lacks a section, tag or author: %+v", newest)
	}
	return []feedSubject{
		{"site", ""},
		{"section", "/" + newest.Section.Slug},
		{"tag", "/tag/" + newest.Tags[0].Slug},
		{"author", "/penulis/" + newest.Authors[0].Slug},
	}
}

func (d *demoCrawler) checkFeeds(t *testing.T) {
	for _, sub := range d.feedSubjects(t) {
		for _, fm := range feedFormats {
			t.Run(sub.name+"/"+fm.name, func(t *testing.T) {
				path := sub.prefix + fm.suffix
				f := d.feed(t, path, fm.contentType)
				if f.FeedType != fm.name || f.FeedLink != d.base+path {
					t.Errorf("%s: type %q, self link %q", path, f.FeedType, f.FeedLink)
				}
				d.answers200(t, path+" home link", f.Link)
				if fm.name != "json" {
					hasOffset(t, path+" updated", f.Updated, f.UpdatedParsed, fm.offset, time.Time{})
				}
				if len(f.Items) == 0 || len(f.Items) > 30 {
					t.Fatalf("%s has %d items, want 1 to 30", path, len(f.Items))
				}
				for i, it := range f.Items {
					what := path + " item " + strconv.Itoa(i)
					d.answers200(t, what+" link", it.Link)
					a := d.byURL[it.Link]
					if a == nil {
						t.Errorf("%s: link %q is no published demo story", what, it.Link)
						continue
					}
					hasOffset(t, what+" published", it.Published, it.PublishedParsed, fm.offset, a.PublishedAt)
					if it.Updated != "" {
						hasOffset(t, what+" updated", it.Updated, it.UpdatedParsed, fm.offset, time.Time{})
					}
					if i > 0 && it.PublishedParsed != nil && f.Items[i-1].PublishedParsed != nil && it.PublishedParsed.After(*f.Items[i-1].PublishedParsed) {
						t.Errorf("%s: not newest first", what)
					}
					// Sponsored content says so in its title.
					if it.Title != a.Title && !(a.Label == warta.LabelAdvertorial && strings.HasSuffix(it.Title, ": "+a.Title)) {
						t.Errorf("%s: title %q, want %q", what, it.Title, a.Title)
					}
					if a.FeaturedMediaID == 0 {
						continue
					}
					if len(it.Enclosures) != 1 || it.Enclosures[0].Type != "image/jpeg" {
						t.Errorf("%s: the story has a photo, the item encloses %v", what, it.Enclosures)
					} else {
						d.answers200(t, what+" enclosure", it.Enclosures[0].URL)
					}
					if fm.name != "atom" { // Atom has no item image beside the enclosure
						if it.Image == nil {
							t.Errorf("%s: no image", what)
						} else {
							d.answers200(t, what+" image", it.Image.URL)
						}
					}
				}
			})
		}
	}
}

// alternates lists the feeds a page announces with <link rel="alternate">.
func alternates(t *testing.T, page string) []string {
	t.Helper()
	var out []string
	for _, l := range webtest.FindAll(webtest.Parse(t, page), "link", "rel", "alternate", "type", "application/rss+xml") {
		href, _ := webtest.Attr(l, "href")
		out = append(out, href)
	}
	return out
}

// checkFeedLinks checks that every kind of page announces the site's
// feed and its own, and that gofeed reads what they announce.
func (d *demoCrawler) checkFeedLinks(t *testing.T) {
	subjects := d.feedSubjects(t) // site, section, tag, author
	a := d.articles[0]
	section, tag, author := subjects[1].prefix, subjects[2].prefix, subjects[3].prefix
	pages := []struct{ kind, path, own string }{
		{"home", "/", ""},
		{"section", section + "/", section},
		{"tag", tag, tag},
		{"author", author, author},
		{"article", a.Path(d.loc), "/" + a.Section.Slug},
		{"index", "/indeks", ""},
	}
	for _, pg := range pages {
		t.Run(pg.kind, func(t *testing.T) {
			_, page := d.mustGet(t, pg.path, http.StatusOK)
			got := alternates(t, page)
			want := []string{d.base + "/feed"}
			if pg.own != "" {
				want = append(want, d.base+pg.own+"/feed")
			}
			for _, w := range want {
				if !slices.Contains(got, w) {
					t.Errorf("%s links the feeds %q, not %s", pg.path, got, w)
				}
			}
			for _, href := range got {
				if !strings.HasPrefix(href, d.base+"/") {
					t.Errorf("%s: feed link %q is not absolute on the site", pg.path, href)
					continue
				}
				if f := d.feed(t, strings.TrimPrefix(href, d.base), feedFormats[0].contentType); len(f.Items) == 0 {
					t.Errorf("%s: the linked feed %s is empty", pg.path, href)
				}
			}
		})
	}
}

// The sitemap documents as a crawler reads them.
type (
	smIndex struct {
		Sitemaps []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"sitemap"`
	}
	smURLSet struct {
		URLs []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
			Images  []struct {
				Loc string `xml:"loc"`
			} `xml:"http://www.google.com/schemas/sitemap-image/1.1 image"`
			News *struct {
				Name     string `xml:"publication>name"`
				Language string `xml:"publication>language"`
				Date     string `xml:"publication_date"`
				Title    string `xml:"title"`
			} `xml:"http://www.google.com/schemas/sitemap-news/0.9 news"`
		} `xml:"url"`
	}
)

// sitemap fetches a sitemap, decodes it into v and keeps its text in docs
// for the schema check.
func (d *demoCrawler) sitemap(t *testing.T, path string, v any, docs map[string]string) {
	t.Helper()
	res, body := d.mustGet(t, path, http.StatusOK)
	if ct := res.Header.Get("Content-Type"); ct != "application/xml; charset=utf-8" {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	if err := xml.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v\n%.300s", path, err, body)
	}
	if docs != nil {
		docs[path] = body
	}
}

// sitemapPaths returns the paths of the children the index lists.
func (d *demoCrawler) sitemapPaths(t *testing.T, idx smIndex) []string {
	t.Helper()
	var out []string
	for _, s := range idx.Sitemaps {
		p, ok := strings.CutPrefix(s.Loc, d.base+"/")
		if !ok {
			t.Errorf("child sitemap %q is not absolute on the site", s.Loc)
			continue
		}
		out = append(out, "/"+p)
	}
	return out
}

// sitemapLocs counts how often the sitemaps list each URL.
func (d *demoCrawler) sitemapLocs(t *testing.T) map[string]int {
	t.Helper()
	var idx smIndex
	d.sitemap(t, "/sitemap.xml", &idx, nil)
	out := map[string]int{}
	for _, p := range d.sitemapPaths(t, idx) {
		var set smURLSet
		d.sitemap(t, p, &set, nil)
		for _, u := range set.URLs {
			out[u.Loc]++
		}
	}
	return out
}

func (d *demoCrawler) checkSitemaps(t *testing.T) {
	_, robots := d.mustGet(t, "/robots.txt", http.StatusOK)
	for _, p := range []string{"/sitemap.xml", "/sitemap-news.xml"} {
		if !strings.Contains(robots, "\nSitemap: "+d.base+p+"\n") {
			t.Errorf("robots.txt does not name %s%s:\n%s", d.base, p, robots)
		}
	}
	docs := map[string]string{}
	var idx smIndex
	d.sitemap(t, "/sitemap.xml", &idx, docs)
	children := d.sitemapPaths(t, idx)
	if len(children) < 2 {
		t.Fatalf("the index lists %v, want the pages and at least one month", children)
	}
	for _, s := range idx.Sitemaps {
		if tm, err := time.Parse(time.RFC3339, s.LastMod); err != nil || !strings.HasSuffix(s.LastMod, wib) {
			t.Errorf("%s: lastmod %q, want a date with %s", s.Loc, s.LastMod, wib)
		} else if tm.After(time.Now()) {
			t.Errorf("%s: lastmod %s is in the future", s.Loc, s.LastMod)
		}
	}
	listed := map[string]int{}
	for _, p := range children {
		var set smURLSet
		d.sitemap(t, p, &set, docs)
		if len(set.URLs) == 0 {
			t.Errorf("%s is empty", p)
		}
		for _, u := range set.URLs {
			listed[u.Loc]++
			d.answers200(t, p+" loc", u.Loc)
			if _, err := time.Parse(time.RFC3339, u.LastMod); err != nil || !strings.HasSuffix(u.LastMod, wib) {
				t.Errorf("%s: %s lastmod %q, want a date with %s", p, u.Loc, u.LastMod, wib)
			}
			for _, img := range u.Images {
				d.answers200(t, p+" image of "+u.Loc, img.Loc)
			}
			if a := d.byURL[u.Loc]; a != nil && a.FeaturedMediaID != 0 && len(u.Images) != 1 {
				t.Errorf("%s: %s has a photo, the sitemap %d image entries", p, u.Loc, len(u.Images))
			}
		}
	}
	// Every published story is in exactly one monthly sitemap.
	for u := range d.byURL {
		if listed[u] != 1 {
			t.Errorf("%s is listed %d times in the sitemaps, want once", u, listed[u])
		}
	}

	var news smURLSet
	d.sitemap(t, "/sitemap-news.xml", &news, docs)
	// A minute's slack either side: the server read its clock a moment
	// before this test reads its own.
	now := time.Now()
	var recent, sponsored []string
	for _, a := range d.articles {
		switch {
		case now.Sub(a.PublishedAt) >= newsWindow-time.Minute:
		case a.Label == warta.LabelAdvertorial:
			sponsored = append(sponsored, d.base+a.Path(d.loc))
		default:
			recent = append(recent, d.base+a.Path(d.loc))
		}
	}
	if len(news.URLs) == 0 || len(news.URLs) > 1000 {
		t.Fatalf("the news sitemap has %d stories, want 1 to 1000 (the demo has %d from the last 48 hours)", len(news.URLs), len(recent))
	}
	var got []string
	for _, u := range news.URLs {
		got = append(got, u.Loc)
		d.answers200(t, "news loc", u.Loc)
		if u.News == nil || u.News.Name != d.site.SiteName || u.News.Language != d.site.Language || u.News.Title == "" {
			t.Errorf("news %s: %+v", u.Loc, u.News)
			continue
		}
		tm, err := time.Parse(time.RFC3339, u.News.Date)
		if err != nil || !strings.HasSuffix(u.News.Date, wib) {
			t.Errorf("news %s: publication date %q, want a date with %s", u.Loc, u.News.Date, wib)
		} else if now.Sub(tm) > newsWindow+time.Minute {
			t.Errorf("news %s: published %s, more than 48 hours ago", u.Loc, u.News.Date)
		}
	}
	for _, u := range recent {
		if !slices.Contains(got, u) {
			t.Errorf("the news sitemap lacks %s from the last 48 hours", u)
		}
	}
	for _, u := range sponsored {
		if slices.Contains(got, u) {
			t.Errorf("the news sitemap lists the advertorial %s", u)
		}
	}

	t.Run("schemas", func(t *testing.T) {
		lint := webtest.Tool(t, "xmllint", "libxml2-utils")
		dir := t.TempDir()
		var urlsets []string
		for p, doc := range docs {
			file := filepath.Join(dir, strings.TrimPrefix(p, "/"))
			if err := os.WriteFile(file, []byte(doc), 0o644); err != nil {
				t.Fatal(err)
			}
			if p != "/sitemap.xml" {
				urlsets = append(urlsets, file)
			}
		}
		slices.Sort(urlsets)
		xsd := filepath.Join("..", "..", "internal", "web", "public", "testdata", "xsd")
		for _, run := range []struct {
			schema string
			files  []string
		}{
			{"siteindex.xsd", []string{filepath.Join(dir, "sitemap.xml")}},
			{"sitemap-all.xsd", urlsets}, // the urlset schema with image and news entries
		} {
			args := append([]string{"--noout", "--nonet", "--schema", filepath.Join(xsd, run.schema)}, run.files...)
			if out, err := exec.Command(lint, args...).CombinedOutput(); err != nil {
				t.Errorf("xmllint --schema %s: %v\n%s", run.schema, err, out)
			}
		}
	})
}

// checkRedirects renames a story twice through editorial, as the newsroom
// would, and withdraws another with a reason.
func (d *demoCrawler) checkRedirects(t *testing.T) {
	ctx := context.Background()
	ed := &warta.User{Email: "redaktur@warta.example", Name: "Redaktur Uji", Role: warta.RoleEditor}
	if err := d.m.Store.Update(ctx, func(tx warta.Tx) error { return tx.CreateUser(ctx, ed) }); err != nil {
		t.Fatal(err)
	}
	a := d.articles[len(d.articles)/2]
	old := []string{d.base + a.Path(d.loc)}
	for _, slug := range []string{a.Slug + "-pembaruan", "judul-baru-" + a.Slug} {
		var err error
		if a, err = d.m.Editorial.Save(ctx, ed, a.ID, a.Version, editorial.Input{Slug: &slug}); err != nil {
			t.Fatal(err)
		}
		old = append(old, d.base+a.Path(d.loc))
	}
	current := old[2]
	old = old[:2]
	if current == old[0] || current == old[1] {
		t.Fatalf("the slug did not change: %v → %s", old, current)
	}
	for _, u := range old {
		res, _ := d.get(t, u)
		loc, err := res.Location()
		if res.StatusCode != http.StatusMovedPermanently || err != nil || loc.String() != current {
			t.Errorf("%s: %d → %q, want 301 → %s", u, res.StatusCode, res.Header.Get("Location"), current)
		}
	}
	_, body := d.mustGet(t, current, http.StatusOK)
	if !strings.Contains(body, html.EscapeString(a.Title)) {
		t.Errorf("%s does not show %q", current, a.Title)
	}
	listed := d.sitemapLocs(t)
	if listed[current] != 1 || listed[old[0]]+listed[old[1]] != 0 {
		t.Errorf("the sitemaps list the new address %d times and the old ones %d and %d times", listed[current], listed[old[0]], listed[old[1]])
	}

	gone := d.articles[0]
	reason := "Memuat identitas narasumber anak & keluarganya; dihapus atas permintaan Dewan Pers."
	if _, err := d.m.Editorial.Withdraw(ctx, ed, gone.ID, gone.Version, reason); err != nil {
		t.Fatal(err)
	}
	goneURL := d.base + gone.Path(d.loc)
	_, page := d.mustGet(t, goneURL, http.StatusGone)
	if !strings.Contains(page, html.EscapeString(reason)) {
		t.Errorf("the 410 page of %s does not give the reason:\n%.2000s", goneURL, page)
	}
	if _, feed := d.mustGet(t, "/feed", http.StatusOK); strings.Contains(feed, goneURL) {
		t.Errorf("the feed still lists the withdrawn %s", goneURL)
	}
	if _, news := d.mustGet(t, "/sitemap-news.xml", http.StatusOK); strings.Contains(news, goneURL) {
		t.Errorf("the news sitemap still lists the withdrawn %s", goneURL)
	}
}
