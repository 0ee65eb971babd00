package public_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"warta"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// countViews records Trending hits.
type countViews struct {
	mu   sync.Mutex
	hits map[int64]int
}

func (c *countViews) Hit(_ *http.Request, id int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.hits == nil {
		c.hits = map[int64]int{}
	}
	c.hits[id]++
}

func (c *countViews) count(id int64) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits[id]
}

// request sends one request with headers to h.
func request(h http.Handler, method, target string, header map[string]string) *http.Response {
	req := httptest.NewRequest(method, "http://127.0.0.1:8080"+target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func readBody(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A page is rendered once and then served from memory until the content
// changes (Invalidate, which every editorial change calls).
func TestPageCacheServesUntilInvalidated(t *testing.T) {
	s, f, h := newSite(t)
	_, before := webtest.Do(t, h, "GET", webtest.MainPath)
	if !strings.Contains(before, f.Main.Title) {
		t.Fatal("the article page lacks its title")
	}
	// A write that does not go through the editorial service (and so does
	// not invalidate) is not seen: the page comes from the cache.
	title := "Judul yang Diubah Diam-diam"
	err := s.Store.Update(context.Background(), func(tx warta.Tx) error {
		a, err := tx.FindArticleByID(context.Background(), f.Main.ID)
		if err != nil {
			return err
		}
		_, err = tx.UpdateArticle(context.Background(), f.Main.ID, warta.ArticleUpdate{Version: a.Version, Title: &title})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, again := webtest.Do(t, h, "GET", webtest.MainPath); again != before {
		t.Fatal("the second request was rendered again, not served from the cache")
	}
	s.Notify(warta.Event{}) // what the editorial service does after a change
	if _, after := webtest.Do(t, h, "GET", webtest.MainPath); !strings.Contains(after, title) {
		t.Fatal("after Invalidate the page still shows the old title")
	}
}

// What is kept and what is not: ?page=N is a page of its own, tracking
// parameters are the page without them, other queries and error pages
// are always rendered.
func TestPageCacheKeys(t *testing.T) {
	s, f, h := newSite(t)
	s.Articles(t, f, f.Ekonomi, 25)
	rename := func(name string) {
		t.Helper()
		err := s.Store.Update(context.Background(), func(tx warta.Tx) error {
			sec, err := tx.FindSectionBySlug(context.Background(), "ekonomi")
			if err != nil {
				return err
			}
			sec.Name = name
			return tx.UpdateSection(context.Background(), sec)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// Fill the cache, then rename the section behind its back: a kept page
	// still shows the old name, a rendered one the new in its heading.
	for _, p := range []string{"/ekonomi/", "/ekonomi/?page=2", "/cari?q=berita"} {
		webtest.Do(t, h, "GET", p)
	}
	rename("Keuangan")
	if res, _ := webtest.Do(t, h, "GET", "/ekonomi/?ref=x"); res.StatusCode != 301 || res.Header.Get("Location") != "/ekonomi/" {
		t.Errorf("/ekonomi/?ref=x: %d to %q, want 301 to the page without the parameter", res.StatusCode, res.Header.Get("Location"))
	}
	for p, cached := range map[string]bool{"/ekonomi/": true, "/ekonomi/?page=2": true, "/ekonomi/?utm_source=wa&fbclid=1": true} {
		res, body := webtest.Do(t, h, "GET", p)
		if res.StatusCode != 200 {
			t.Fatalf("%s: %d", p, res.StatusCode)
		}
		if got := !strings.Contains(body, "Keuangan"); got != cached {
			t.Errorf("%s: served from the cache = %v, want %v", p, got, cached)
		}
	}
	if res, _ := webtest.Do(t, h, "GET", "/ekonomi/?page=02"); res.StatusCode == 200 && res.Header.Get("ETag") != "" {
		t.Errorf("?page=02 was kept as a page of its own")
	}
	// A not-found page is never kept: once the story exists, it shows.
	if res, _ := webtest.Do(t, h, "GET", "/tag/baru-sekali"); res.StatusCode != 404 {
		t.Fatalf("unknown tag: %d", res.StatusCode)
	}
	s.MustUpdate(t, func(tx warta.Tx) error {
		return tx.CreateTag(context.Background(), &warta.Tag{Slug: "baru-sekali", Name: "Baru Sekali"})
	})
	if res, _ := webtest.Do(t, h, "GET", "/tag/baru-sekali"); res.StatusCode != 200 {
		t.Errorf("a tag created after a 404 answers %d", res.StatusCode)
	}
}

// Cached pages carry an ETag, answer 304 to it, come gzipped to readers
// who take gzip, and answer HEAD without a body.
func TestPageCacheHTTP(t *testing.T) {
	_, _, h := newSite(t)
	first := request(h, "GET", webtest.MainPath, nil)
	plain := readBody(t, first)
	etag := first.Header.Get("ETag")
	if first.StatusCode != 200 || etag == "" || !strings.HasPrefix(first.Header.Get("Cache-Control"), "public, max-age=60, s-maxage=") {
		t.Fatalf("first answer: %d, ETag %q, Cache-Control %q", first.StatusCode, etag, first.Header.Get("Cache-Control"))
	}
	for _, inm := range []string{etag, "W/" + etag, `"other", ` + etag, "*"} {
		if res := request(h, "GET", webtest.MainPath, map[string]string{"If-None-Match": inm}); res.StatusCode != http.StatusNotModified || readBody(t, res) != "" {
			t.Errorf("If-None-Match %s: %d", inm, res.StatusCode)
		}
	}
	if res := request(h, "GET", webtest.MainPath, map[string]string{"If-None-Match": `"other"`}); res.StatusCode != 200 {
		t.Errorf("a different ETag: %d", res.StatusCode)
	}
	res := request(h, "GET", webtest.MainPath, map[string]string{"Accept-Encoding": "gzip"})
	if res.Header.Get("Content-Encoding") != "gzip" || !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
		t.Fatalf("gzip: encoding %q, vary %q", res.Header.Get("Content-Encoding"), res.Header.Get("Vary"))
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	unzipped, _ := io.ReadAll(zr)
	if !bytes.Equal(unzipped, []byte(plain)) {
		t.Error("the gzipped page differs from the plain one")
	}
	head := request(h, "HEAD", webtest.MainPath, nil)
	if head.StatusCode != 200 || readBody(t, head) != "" || head.Header.Get("Content-Length") != first.Header.Get("Content-Length") {
		t.Errorf("HEAD: %d, length %q vs %q", head.StatusCode, head.Header.Get("Content-Length"), first.Header.Get("Content-Length"))
	}
	if head.Header.Get("X-Content-Type-Options") == "" {
		t.Error("a cached page lost the security headers")
	}
}

// Reads served from the cache still count for Trending, and crawlers
// still do not.
func TestPageCacheCountsReads(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	views := &countViews{}
	h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: "https://kabar.example", Logger: s.Logger(),
		Now: s.Now, Views: views})
	if err != nil {
		t.Fatal(err)
	}
	reader := map[string]string{"User-Agent": "Mozilla/5.0 (Linux; Android 14) Mobile"}
	for range 3 {
		request(h, "GET", webtest.MainPath, reader)
	}
	request(h, "GET", webtest.MainPath, map[string]string{"User-Agent": "Googlebot/2.1"})
	request(h, "HEAD", webtest.MainPath, reader)
	if got := views.count(f.Main.ID); got != 3 {
		t.Errorf("three reads counted %d times", got)
	}
}
