package public_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"encoding/xml"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"warta"
	"warta/internal/body"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

const feedOrigin = "https://kabar.example"

// newFeedSite is newSite with the handler's own type, whose Invalidate
// the tests call after writing to the store as editorial would.
func newFeedSite(t *testing.T) (*webtest.Site, *webtest.Fixture, *public.Handler) {
	t.Helper()
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: feedOrigin, Logger: s.Logger(),
		Now: s.Now})
	if err != nil {
		t.Fatal(err)
	}
	return s, f, h
}

// feedFormats are the three documents every feed comes in.
var feedFormats = []struct{ name, suffix, contentType string }{
	{"rss", "/feed", "application/rss+xml; charset=utf-8"},
	{"atom", "/feed/atom", "application/atom+xml; charset=utf-8"},
	{"json", "/feed.json", "application/feed+json; charset=utf-8"},
}

// feedRequest sends a request with headers ("Name: value") and returns the answer.
func feedRequest(t *testing.T, h http.Handler, method, path string, headers ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for _, hd := range headers {
		k, v, _ := strings.Cut(hd, ": ")
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// mustFeed fetches a feed, checks its status and type and parses it.
func mustFeed(t *testing.T, h http.Handler, path, contentType string) (*gofeed.Feed, string) {
	t.Helper()
	res, raw := feedRequest(t, h, "GET", path)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d\n%.500s", path, res.StatusCode, raw)
	}
	if got := res.Header.Get("Content-Type"); got != contentType {
		t.Errorf("GET %s: Content-Type %q, want %q", path, got, contentType)
	}
	f, err := gofeed.NewParser().ParseString(raw)
	if err != nil {
		t.Fatalf("gofeed cannot read %s: %v\n%s", path, err, raw)
	}
	return f, raw
}

func setFeedSettings(t *testing.T, s *webtest.Site, h *public.Handler, change func(*warta.Settings)) {
	t.Helper()
	s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(context.Background())
		if err != nil {
			return err
		}
		change(st)
		return tx.SaveSettings(context.Background(), st)
	})
	h.Invalidate()
}

// TestFeeds reads every feed kind in every format with gofeed, in each of
// Indonesia's three zones, and checks it field by field.
func TestFeeds(t *testing.T) {
	s, f, h := newFeedSite(t)
	type story struct {
		a          *warta.Article
		section    string
		author     string
		categories []string
	}
	var (
		breaking = story{f.Breaking, "nasional", "Sari Lestari", []string{"Nasional"}}
		main     = story{f.Main, "nasional", "Sari Lestari", []string{"Nasional", "Banjir", "Cuaca"}}
		opinion  = story{f.Opinion, "nasional", "Sari Lestari", []string{"Nasional", "Opini"}}
		related  = story{f.Related, "ekonomi", "Agus Pratama", []string{"Ekonomi"}}
	)
	subjects := []struct {
		name, path, title, link, description string
		stories                              []story // newest first; no draft, no withdrawn story
	}{
		{"site", "", "Kabar Uji", feedOrigin + "/", "Situs berita untuk pengujian.", []story{breaking, main, opinion, related}},
		{"section", "/nasional", "Nasional – Kabar Uji", feedOrigin + "/nasional/", "Kabar dari seluruh Nusantara.", []story{breaking, main, opinion}},
		{"tag", "/tag/banjir", "Topik: Banjir – Kabar Uji", feedOrigin + "/tag/banjir", "Situs berita untuk pengujian.", []story{main}},
		{"author", "/penulis/sari-lestari", "Tulisan Sari Lestari – Kabar Uji", feedOrigin + "/penulis/sari-lestari",
			"Sari meliput isu lingkungan dan kebencanaan di Kalimantan sejak 2015.", []story{breaking, main, opinion}},
	}
	zones := []struct{ name, rfc1123, rfc3339 string }{
		{"Asia/Jakarta", "+0700", "+07:00"}, {"Asia/Makassar", "+0800", "+08:00"}, {"Asia/Jayapura", "+0900", "+09:00"},
	}
	for _, zone := range zones {
		setFeedSettings(t, s, h, func(st *warta.Settings) { st.TimeZone = zone.name })
		loc, err := time.LoadLocation(zone.name)
		if err != nil {
			t.Fatal(err)
		}
		for _, sub := range subjects {
			for _, fm := range feedFormats {
				t.Run(zone.name+"/"+sub.name+"/"+fm.name, func(t *testing.T) {
					path := sub.path + fm.suffix
					feed, _ := mustFeed(t, h, path, fm.contentType)
					offset := zone.rfc3339
					if fm.name == "rss" {
						offset = zone.rfc1123
					}
					if feed.FeedType != fm.name || feed.Title != sub.title || feed.Link != sub.link || feed.FeedLink != feedOrigin+path {
						t.Errorf("feed %s %q link %q self %q", feed.FeedType, feed.Title, feed.Link, feed.FeedLink)
					}
					if feed.Description != sub.description && fm.name != "atom" {
						t.Errorf("description %q, want %q", feed.Description, sub.description)
					}
					if fm.name == "atom" && feed.Description != sub.description {
						t.Errorf("subtitle %q, want %q", feed.Description, sub.description)
					}
					if feed.Language != "id" {
						t.Errorf("language %q", feed.Language)
					}
					var newest time.Time // of publications and updates
					for _, st := range sub.stories {
						for _, tm := range []time.Time{st.a.PublishedAt, st.a.UpdatedAt} {
							if tm.After(newest) {
								newest = tm
							}
						}
					}
					if fm.name != "json" && (!strings.HasSuffix(feed.Updated, offset) || feed.UpdatedParsed == nil ||
						!feed.UpdatedParsed.Equal(newest)) {
						t.Errorf("feed updated %q, want %v with %s", feed.Updated, newest, offset)
					}
					var titles, want []string
					for _, it := range feed.Items {
						titles = append(titles, it.Title)
					}
					for _, st := range sub.stories {
						want = append(want, st.a.Title)
					}
					if !slices.Equal(titles, want) {
						t.Fatalf("items %q\nwant %q", titles, want)
					}
					for i, st := range sub.stories {
						checkFeedItem(t, fm.name, feed.Items[i], st.a, st.section, st.author, st.categories, loc, offset)
					}
				})
			}
		}
	}
}

// checkFeedItem checks one parsed item against its article.
func checkFeedItem(t *testing.T, format string, it *gofeed.Item, a *warta.Article, section, author string, categories []string,
	loc *time.Location, offset string) {
	t.Helper()
	link := feedOrigin + "/" + section + a.PublishedAt.In(loc).Format("/2006/01/02/") + a.Slug
	if it.Link != link {
		t.Errorf("%s: link %q, want %q", a.Slug, it.Link, link)
	}
	if want := "tag:kabar.example,2026-11-27:article:" + strconv.FormatInt(a.ID, 10); it.GUID != want {
		t.Errorf("%s: id %q, want %q", a.Slug, it.GUID, want)
	}
	if !strings.HasSuffix(it.Published, offset) || it.PublishedParsed == nil || !it.PublishedParsed.Equal(a.PublishedAt) {
		t.Errorf("%s: published %q (%v), want %v with %s", a.Slug, it.Published, it.PublishedParsed, a.PublishedAt, offset)
	}
	switch {
	case format == "rss":
		// RSS has no update time.
	case a.UpdatedAt.IsZero():
		if format == "atom" && (it.UpdatedParsed == nil || !it.UpdatedParsed.Equal(a.PublishedAt)) {
			t.Errorf("%s: Atom updated %v, want the publication time", a.Slug, it.UpdatedParsed)
		}
		if format == "json" && it.Updated != "" {
			t.Errorf("%s: date_modified %q on a story never updated", a.Slug, it.Updated)
		}
	default:
		if !strings.HasSuffix(it.Updated, offset) || it.UpdatedParsed == nil || !it.UpdatedParsed.Equal(a.UpdatedAt) {
			t.Errorf("%s: updated %q (%v), want %v with %s", a.Slug, it.Updated, it.UpdatedParsed, a.UpdatedAt, offset)
		}
	}
	if len(it.Authors) != 1 || it.Authors[0].Name != author {
		t.Errorf("%s: authors %v, want %s", a.Slug, it.Authors, author)
	}
	if !slices.Equal(it.Categories, categories) {
		t.Errorf("%s: categories %q, want %q", a.Slug, it.Categories, categories)
	}
	summary := it.Description
	if format == "rss" {
		summary = html.UnescapeString(summary) // RSS descriptions are HTML
	}
	if summary != a.Dek {
		t.Errorf("%s: summary %q, want the dek %q", a.Slug, it.Description, a.Dek)
	}
	// Summary mode: no full content (JSON Feed's required content_text is the dek).
	if wantContent := map[bool]string{true: a.Dek}[format == "json"]; it.Content != wantContent {
		t.Errorf("%s: content %q in summary mode", a.Slug, it.Content)
	}
	photo := feedOrigin + "/media/uji/banjir.jpg"
	if len(it.Enclosures) != 1 || it.Enclosures[0].URL != photo || it.Enclosures[0].Type != "image/jpeg" ||
		it.Enclosures[0].Length != "22" { // the fixture's stand-in file
		t.Errorf("%s: enclosures %v", a.Slug, it.Enclosures)
	}
	if format != "atom" && (it.Image == nil || it.Image.URL != photo) {
		t.Errorf("%s: image %v", a.Slug, it.Image)
	}
}

// TestFeedFullContent turns the setting on: the story's HTML is in every
// format, with absolute URLs, exactly as the sanitiser leaves it.
func TestFeedFullContent(t *testing.T) {
	s, f, h := newFeedSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		m := &warta.Media{Key: "m/abc/960.jpg", MimeType: "image/jpeg", Width: 960, Height: 540, Caption: "Posko", Credit: "Kabar/Uji", Alt: "Tenda",
			Hash: "abc", Variants: []warta.MediaVariant{
				{Key: "m/abc/320.jpg", MimeType: "image/jpeg", Width: 320, Height: 180}, {Key: "m/abc/960.jpg", MimeType: "image/jpeg", Width: 960, Height: 540},
				{Key: "m/abc/960.webp", MimeType: "image/webp", Width: 960, Height: 540}}}
		if err := tx.CreateMedia(t.Context(), m); err != nil {
			return err
		}
		a, err := tx.FindArticleByID(t.Context(), f.Main.ID)
		if err != nil {
			return err
		}
		withPhoto := a.BodyHTML + `<figure class="image" data-media-id="` + strconv.FormatInt(m.ID, 10) + `"><img src="/media/m/abc/960.jpg" alt=""></figure>` +
			`<p><a href="/tag/banjir">Banjir</a> dan <a href="#posko">posko</a></p>`
		_, err = tx.UpdateArticle(t.Context(), a.ID, warta.ArticleUpdate{Version: a.Version, BodyHTML: &withPhoto})
		return err
	})
	setFeedSettings(t, s, h, func(st *warta.Settings) { st.FeedFullContent = true })
	for _, fm := range feedFormats {
		t.Run(fm.name, func(t *testing.T) {
			feed, _ := mustFeed(t, h, fm.suffix, fm.contentType)
			it := feed.Items[1]
			if it.Title != f.Main.Title {
				t.Fatalf("second item is %q", it.Title)
			}
			if it.Description != f.Main.Dek {
				t.Errorf("summary %q is not the dek", it.Description)
			}
			c := it.Content
			for _, want := range []string{
				"Kabar Uji, Samarinda",                                              // dateline
				"<h2>Posko pengungsian</h2>",                                        // sub-heading
				"Warga diminta menjauhi bantaran",                                   // the last paragraph
				`<a href="` + feedOrigin + `/ekonomi/2026/11/26/harga-cabai-turun"`, // Baca Juga, absolute
				`src="` + feedOrigin + `/media/m/abc/960.jpg"`,                      // library photo, absolute
				`srcset="` + feedOrigin + `/media/m/abc/320.jpg 320w, ` + feedOrigin + `/media/m/abc/960.jpg 960w"`,
				`<figcaption>Posko <span class="credit">Foto: Kabar/Uji</span></figcaption>`,
				`href="` + feedOrigin + `/tag/banjir"`, `href="` + feedOrigin + webtest.MainPath + `#posko"`,
			} {
				if !strings.Contains(c, want) {
					t.Errorf("content lacks %s\n%s", want, c)
				}
			}
			for _, relative := range []string{`href="/`, `src="/`, `srcset="/`, `href="#`} {
				if strings.Contains(c, relative) {
					t.Errorf("content has a relative URL (%s)", relative)
				}
			}
			if c != body.Sanitize(c) {
				t.Errorf("content is not what the sanitiser gives:\n%s\n%s", c, body.Sanitize(c))
			}
		})
	}
	setFeedSettings(t, s, h, func(st *warta.Settings) { st.FeedFullContent = false })
	if feed, _ := mustFeed(t, h, "/feed", feedFormats[0].contentType); feed.Items[1].Content != "" {
		t.Errorf("content still there with the setting off")
	}
}

// TestFeedConditional checks ETag, Last-Modified, 304 and HEAD, and that
// changes show.
func TestFeedConditional(t *testing.T) {
	s, f, h := newFeedSite(t)
	res, first := feedRequest(t, h, "GET", "/feed")
	etag, lastMod := res.Header.Get("ETag"), res.Header.Get("Last-Modified")
	if res.StatusCode != 200 || etag == "" || lastMod == "" {
		t.Fatalf("status %d, ETag %q, Last-Modified %q", res.StatusCode, etag, lastMod)
	}
	if mod, err := http.ParseTime(lastMod); err != nil || !mod.Equal(webtest.Now) {
		// The fixture's stories were all written at the fixed clock.
		t.Errorf("Last-Modified %q, want the stories' last change %v", lastMod, webtest.Now)
	}
	earlier := webtest.Now.Add(-time.Hour).Format(http.TimeFormat)
	cases := []struct {
		name, method string
		headers      []string
		status       int
	}{
		{"If-None-Match", "GET", []string{"If-None-Match: " + etag}, 304},
		{"If-None-Match among others", "GET", []string{`If-None-Match: "x", ` + etag}, 304},
		{"other ETag", "GET", []string{`If-None-Match: "x"`}, 200},
		{"If-Modified-Since", "GET", []string{"If-Modified-Since: " + lastMod}, 304},
		{"If-Modified-Since earlier", "GET", []string{"If-Modified-Since: " + earlier}, 200},
		{"ETag wins over date", "GET", []string{`If-None-Match: "x"`, "If-Modified-Since: " + lastMod}, 200},
		{"HEAD", "HEAD", nil, 200},
		{"HEAD If-None-Match", "HEAD", []string{"If-None-Match: " + etag}, 304},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, got := feedRequest(t, h, tc.method, "/feed", tc.headers...)
			if res.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", res.StatusCode, tc.status)
			}
			if res.Header.Get("ETag") != etag {
				t.Errorf("ETag %q, want %q", res.Header.Get("ETag"), etag)
			}
			if want := map[bool]string{true: first}[tc.status == 200 && tc.method == "GET"]; got != want {
				t.Errorf("body of %d bytes, want %d", len(got), len(want))
			}
		})
	}
	t.Run("gzip", func(t *testing.T) {
		res, got := feedRequest(t, h, "GET", "/feed", "Accept-Encoding: gzip")
		zr, err := gzip.NewReader(strings.NewReader(got))
		if err != nil || res.Header.Get("Content-Encoding") != "gzip" {
			t.Fatalf("not gzipped: %v %q", err, res.Header.Get("Content-Encoding"))
		}
		plain, _ := io.ReadAll(zr)
		gzTag := res.Header.Get("ETag")
		if string(plain) != first || gzTag == etag || gzTag == "" {
			t.Errorf("gzipped body differs, or shares the plain ETag %q", gzTag)
		}
		if res, _ := feedRequest(t, h, "GET", "/feed", "Accept-Encoding: gzip", "If-None-Match: "+gzTag); res.StatusCode != 304 {
			t.Errorf("gzipped If-None-Match: %d", res.StatusCode)
		}
	})

	// Rebuilding an unchanged feed keeps both validators.
	h.Invalidate()
	if res, _ := feedRequest(t, h, "GET", "/feed"); res.Header.Get("ETag") != etag || res.Header.Get("Last-Modified") != lastMod {
		t.Errorf("rebuilt unchanged feed: ETag %q, Last-Modified %q", res.Header.Get("ETag"), res.Header.Get("Last-Modified"))
	}

	// A changed headline changes the ETag and, although the fixed clock
	// gives the article the same modification time, Last-Modified.
	s.MustUpdate(t, func(tx warta.Tx) error {
		a, err := tx.FindArticleByID(t.Context(), f.Main.ID)
		if err != nil {
			return err
		}
		title := "Banjir Rendam Empat Kecamatan"
		_, err = tx.UpdateArticle(t.Context(), a.ID, warta.ArticleUpdate{Version: a.Version, Title: &title})
		return err
	})
	h.Invalidate()
	res, changed := feedRequest(t, h, "GET", "/feed", "If-None-Match: "+etag)
	if res.StatusCode != 200 || !strings.Contains(changed, "Banjir Rendam Empat Kecamatan") {
		t.Fatalf("changed feed: status %d", res.StatusCode)
	}
	etag2, lastMod2 := res.Header.Get("ETag"), res.Header.Get("Last-Modified")
	if etag2 == etag {
		t.Errorf("ETag unchanged after an article changed")
	}
	if res, _ := feedRequest(t, h, "GET", "/feed", "If-Modified-Since: "+lastMod); res.StatusCode != 200 {
		t.Errorf("If-Modified-Since the old date: %d, want 200 (Last-Modified %q → %q)", res.StatusCode, lastMod, lastMod2)
	}
	if res, _ := feedRequest(t, h, "GET", "/feed", "If-None-Match: "+etag2); res.StatusCode != 304 {
		t.Errorf("new ETag: %d", res.StatusCode)
	}

	// So does a setting that changes what the feed says.
	setFeedSettings(t, s, h, func(st *warta.Settings) { st.FeedFullContent = true })
	res, _ = feedRequest(t, h, "GET", "/feed", "If-None-Match: "+etag2)
	if res.StatusCode != 200 || res.Header.Get("ETag") == etag2 || res.Header.Get("Last-Modified") == lastMod2 {
		t.Errorf("after the full-content setting: %d, ETag %q, Last-Modified %q", res.StatusCode, res.Header.Get("ETag"), res.Header.Get("Last-Modified"))
	}
}

func TestFeedRoutes(t *testing.T) {
	s, _, h := newFeedSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error { return tx.CreateTag(t.Context(), &warta.Tag{Slug: "kosong", Name: "Kosong"}) })
	var scenarios []webtest.Scenario
	for _, fm := range feedFormats {
		typ := map[string]string{"Content-Type": fm.contentType}
		scenarios = append(scenarios,
			webtest.Scenario{Name: "site " + fm.name, Path: fm.suffix, Status: 200, Header: typ},
			webtest.Scenario{Name: "section " + fm.name, Path: "/ekonomi" + fm.suffix, Status: 200, Header: typ,
				Contains: []string{"Harga Cabai Turun"}, NotContains: []string{"Banjir Rendam"}},
			webtest.Scenario{Name: "empty tag " + fm.name, Path: "/tag/kosong" + fm.suffix, Status: 200, Header: typ},
			webtest.Scenario{Name: "unknown section " + fm.name, Path: "/olahraga" + fm.suffix, Status: 404},
			webtest.Scenario{Name: "unknown tag " + fm.name, Path: "/tag/tidak-ada" + fm.suffix, Status: 404},
			webtest.Scenario{Name: "unknown author " + fm.name, Path: "/penulis/tidak-ada" + fm.suffix, Status: 404},
			webtest.Scenario{Name: "POST " + fm.name, Method: "POST", Path: fm.suffix, Status: 405},
			webtest.Scenario{Name: "POST section " + fm.name, Method: "POST", Path: "/nasional" + fm.suffix, Status: 405},
			webtest.Scenario{Name: "DELETE tag " + fm.name, Method: "DELETE", Path: "/tag/banjir" + fm.suffix, Status: 405},
			webtest.Scenario{Name: "PUT author " + fm.name, Method: "PUT", Path: "/penulis/sari-lestari" + fm.suffix, Status: 405},
		)
	}
	scenarios = append(scenarios,
		webtest.Scenario{Name: "section feed with a slash", Path: "/nasional/feed/", Status: 404},
		webtest.Scenario{Name: "other feed name", Path: "/nasional/feed/rss", Status: 404},
		webtest.Scenario{Name: "feed of an article", Path: webtest.MainPath + "/feed", Status: 404},
		webtest.Scenario{Name: "site feed with a slash", Path: "/feed/", Status: 404},
		webtest.Scenario{Name: "article beside the feeds", Path: webtest.MainPath, Status: 200},
		webtest.Scenario{Name: "section page beside the feeds", Path: "/nasional/", Status: 200},
	)
	webtest.Run(t, h, scenarios)
	if feed, _ := mustFeed(t, h, "/tag/kosong/feed/atom", feedFormats[1].contentType); len(feed.Items) != 0 || feed.UpdatedParsed == nil {
		t.Errorf("empty feed: %d items, updated %v", len(feed.Items), feed.UpdatedParsed)
	}
}

// TestFeedLinks checks that pages announce their feeds and that the
// announced feeds exist.
func TestFeedLinks(t *testing.T) {
	_, _, h := newFeedSite(t)
	site := "Kabar Uji → " + feedOrigin + "/feed"
	pages := []struct {
		path string
		want []string
	}{
		{"/", []string{site}},
		{"/nasional/", []string{site, "Nasional – Kabar Uji → " + feedOrigin + "/nasional/feed"}},
		{"/tag/banjir", []string{site, "Topik: Banjir – Kabar Uji → " + feedOrigin + "/tag/banjir/feed"}},
		{"/penulis/sari-lestari", []string{site, "Tulisan Sari Lestari – Kabar Uji → " + feedOrigin + "/penulis/sari-lestari/feed"}},
		{webtest.MainPath, []string{site, "Nasional – Kabar Uji → " + feedOrigin + "/nasional/feed"}},
		{"/ekonomi/2026/11/26/harga-cabai-turun", []string{site, "Ekonomi – Kabar Uji → " + feedOrigin + "/ekonomi/feed"}},
		{"/indeks", []string{site}},
		{"/cari?q=banjir", []string{site}},
		{"/tidak-ada", []string{site}},
	}
	for _, pg := range pages {
		t.Run(pg.path, func(t *testing.T) {
			_, page := webtest.Do(t, h, "GET", pg.path)
			var got []string
			for _, l := range webtest.FindAll(webtest.Parse(t, page), "link", "rel", "alternate", "type", "application/rss+xml") {
				title, _ := webtest.Attr(l, "title")
				href, _ := webtest.Attr(l, "href")
				got = append(got, title+" → "+href)
				if res, _ := webtest.Do(t, h, "GET", strings.TrimPrefix(href, feedOrigin)); res.StatusCode != 200 {
					t.Errorf("announced feed %s answers %d", href, res.StatusCode)
				}
			}
			if !slices.Equal(got, pg.want) {
				t.Errorf("feed links %q\nwant %q", got, pg.want)
			}
		})
	}
}

// TestFeedSiteImages checks the logo as the channel image and the choice
// of photo variant: the JPEG nearest above 1280 px, with its real size.
func TestFeedSiteImages(t *testing.T) {
	s, f, h := newFeedSite(t)
	jpeg1280 := bytes.Repeat([]byte{0xff}, 4321)
	for key, data := range map[string][]byte{"m/def/1280.jpg": jpeg1280, "m/def/1920.jpg": bytes.Repeat([]byte{0}, 9000)} {
		if err := s.Blobs.Put(t.Context(), key, bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
	}
	s.MustUpdate(t, func(tx warta.Tx) error {
		m := &warta.Media{Key: "m/def/1920.jpg", MimeType: "image/jpeg", Width: 1920, Height: 1080, Bytes: 9000, Hash: "def",
			Caption: "Perahu karet", Credit: "Kabar/Uji"}
		for _, w := range []int{320, 640, 960, 1280, 1920} {
			for _, ext := range []string{"webp", "jpg"} {
				typ := map[string]string{"webp": "image/webp", "jpg": "image/jpeg"}[ext]
				m.Variants = append(m.Variants, warta.MediaVariant{Key: "m/def/" + strconv.Itoa(w) + "." + ext, MimeType: typ, Width: w, Height: w * 9 / 16})
			}
		}
		if err := tx.CreateMedia(t.Context(), m); err != nil {
			return err
		}
		a, err := tx.FindArticleByID(t.Context(), f.Main.ID)
		if err != nil {
			return err
		}
		_, err = tx.UpdateArticle(t.Context(), a.ID, warta.ArticleUpdate{Version: a.Version, FeaturedMediaID: &m.ID})
		return err
	})
	setFeedSettings(t, s, h, func(st *warta.Settings) { st.LogoMediaID = f.Photo.ID })
	for _, fm := range feedFormats {
		t.Run(fm.name, func(t *testing.T) {
			feed, raw := mustFeed(t, h, "/tag/banjir"+fm.suffix, fm.contentType)
			if fm.name != "json" && (feed.Image == nil || feed.Image.URL != feedOrigin+"/media/uji/banjir.jpg") {
				t.Errorf("logo %v", feed.Image)
			}
			enc := feed.Items[0].Enclosures
			if len(enc) != 1 || enc[0].URL != feedOrigin+"/media/m/def/1280.jpg" || enc[0].Type != "image/jpeg" || enc[0].Length != "4321" {
				t.Errorf("photo %v, want the 1280 px JPEG of 4321 bytes", enc)
			}
			if fm.name == "rss" && !strings.Contains(raw, `<media:content url="`+feedOrigin+`/media/m/def/1280.jpg" type="image/jpeg" medium="image" width="1280" height="720" fileSize="4321">`) {
				t.Errorf("media:content missing or wrong:\n%s", raw)
			}
		})
	}
	// A variant the blob store lost: no RSS enclosure, whose length is
	// required, but Media RSS still describes the photo.
	if err := s.Blobs.Delete(t.Context(), "m/def/1280.jpg"); err != nil {
		t.Fatal(err)
	}
	h.Invalidate()
	feed, raw := mustFeed(t, h, "/tag/banjir/feed", feedFormats[0].contentType)
	if len(feed.Items[0].Enclosures) != 0 || !strings.Contains(raw, `<media:content url="`+feedOrigin+`/media/m/def/1280.jpg"`) {
		t.Errorf("photo of unknown size: enclosures %v\n%s", feed.Items[0].Enclosures, raw)
	}
}

// TestFeedEnglish checks the feeds of a site in English.
func TestFeedEnglish(t *testing.T) {
	s, _, h := newFeedSite(t)
	setFeedSettings(t, s, h, func(st *warta.Settings) { st.Language = "en" })
	for path, title := range map[string]string{
		"/feed": "Kabar Uji", "/tag/banjir/feed/atom": "Topic: Banjir – Kabar Uji", "/penulis/sari-lestari/feed.json": "Stories by Sari Lestari – Kabar Uji",
	} {
		_, raw := feedRequest(t, h, "GET", path)
		feed, err := gofeed.NewParser().ParseString(raw)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if feed.Title != title || feed.Language != "en" {
			t.Errorf("%s: title %q language %q, want %q en", path, feed.Title, feed.Language, title)
		}
	}
}

// TestAdvertorialInFeeds checks that sponsored content says so where
// readers see no badge.
func TestAdvertorialInFeeds(t *testing.T) {
	s, f, h := newFeedSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		adv := warta.LabelAdvertorial
		_, err := tx.UpdateArticle(t.Context(), f.Opinion.ID, warta.ArticleUpdate{Version: 1, Label: &adv})
		return err
	})
	h.Invalidate()
	for _, fm := range feedFormats {
		feed, _ := mustFeed(t, h, fm.suffix, fm.contentType)
		it := feed.Items[2]
		if it.Title != "Advertorial: "+f.Opinion.Title || !slices.Contains(it.Categories, "Advertorial") {
			t.Errorf("%s: title %q, categories %q", fm.name, it.Title, it.Categories)
		}
	}
}

// assertFeedInert checks a feed of a site whose every field holds the XSS
// vectors, with full content on (TestXSSInert): the XML is well-formed
// with no element a vector could have opened and no unescaped markup, the
// JSON carries no raw angle bracket, and each story's HTML is inert and
// exactly what the sanitiser gives.
func assertFeedInert(t *testing.T, h http.Handler, path string) {
	t.Helper()
	res, raw := feedRequest(t, h, "GET", path)
	if res.StatusCode != http.StatusOK || !strings.Contains(raw, "alert(1)") {
		t.Fatalf("%s: status %d, or no hostile text to test", path, res.StatusCode)
	}
	if strings.HasSuffix(path, ".json") {
		if !json.Valid([]byte(raw)) || strings.ContainsAny(raw, "<>") {
			t.Errorf("%s: invalid JSON or a raw angle bracket", path)
		}
	} else {
		lower := strings.ToLower(raw)
		for _, tag := range []string{"<script", "<img", "<svg", "<iframe", "<body", "<style", "<math", "<details", "<a ", "</title><"} {
			if strings.Contains(lower, tag) {
				t.Errorf("%s: unescaped %s", path, tag)
			}
		}
		dec := xml.NewDecoder(strings.NewReader(raw))
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: not well-formed XML: %v", path, err)
			}
			if se, ok := tok.(xml.StartElement); ok {
				switch strings.ToLower(se.Name.Local) {
				case "script", "img", "svg", "iframe", "body", "style", "math", "details", "a", "div", "mi":
					t.Errorf("%s: a <%s> element", path, se.Name.Local)
				}
			}
		}
	}
	feed, err := gofeed.NewParser().ParseString(raw)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	full := 0
	for _, it := range feed.Items {
		if !strings.Contains(it.Content, "<p>") {
			continue
		}
		full++
		assertInert(t, it.Content)
		if it.Content != body.Sanitize(it.Content) {
			t.Errorf("%s: %q's content is not the sanitiser's output", path, it.Title)
		}
	}
	if full == 0 {
		t.Errorf("%s: no story with full content; the test proves nothing for it", path)
	}
}
