package public_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"

	"warta"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// newCountedSite is newSite with the handler's own type, for its counters.
func newCountedSite(t *testing.T) (*webtest.Site, *webtest.Fixture, *public.Handler) {
	t.Helper()
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: "https://kabar.example", Logger: s.Logger(), Now: s.Now})
	if err != nil {
		t.Fatal(err)
	}
	s.Changed = h.Invalidate
	return s, f, h
}

// Query parameters a page does not use never cost a render: they are
// redirected to the canonical address (keeping what the page uses and the
// tracking parameters), and tracking parameters alone are served from the
// cache.
func TestUnknownParametersCostNoRender(t *testing.T) {
	s, f, h := newCountedSite(t)
	s.Articles(t, f, f.Ekonomi, 25)
	for _, p := range []string{"/", webtest.MainPath, "/ekonomi/", "/ekonomi/?page=2"} {
		webtest.Do(t, h, "GET", p) // fill the cache
	}
	before := public.Renders(h)
	for target, want := range map[string]string{
		"/?x=1":                         "/",
		"/?x=2&y=3":                     "/",
		webtest.MainPath + "?amp=1":     webtest.MainPath,
		webtest.MainPath + "?page=2":    webtest.MainPath,
		"/ekonomi/?x=1&page=2":          "/ekonomi/?page=2",
		"/ekonomi/?page=1":              "/ekonomi/",
		"/ekonomi/?page=2&page=9":       "/ekonomi/?page=2",
		"/ekonomi/?ref=a&utm_source=wa": "/ekonomi/?utm_source=wa",
		"/cari?q=banjir&x=1&page=2":     "/cari?q=banjir&page=2",
		"/indeks?x=1":                   "/indeks",
	} {
		for _, method := range []string{"GET", "HEAD"} {
			res, _ := webtest.Do(t, h, method, target)
			if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != want {
				t.Errorf("%s %s: %d to %q, want 301 to %q", method, target, res.StatusCode, res.Header.Get("Location"), want)
			}
		}
	}
	for _, target := range []string{"/?utm_source=wa", webtest.MainPath + "?fbclid=abc&utm_medium=social", "/ekonomi/?page=2&gclid=1"} {
		if res, _ := webtest.Do(t, h, "GET", target); res.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", target, res.StatusCode)
		}
	}
	if n := public.Renders(h) - before; n != 0 {
		t.Errorf("%d renders for addresses whose pages were kept", n)
	}
	// A path the checks refuse is refused, not redirected: "//host" would
	// send the reader to another site.
	for _, target := range []string{"//evil.example/?x=1", "/a/../b?x=1"} {
		if res, _ := webtest.Do(t, h, "GET", target); res.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: %d to %q, want 400", target, res.StatusCode, res.Header.Get("Location"))
		}
	}
	// What the page uses still works: the WordPress permalinks on / and
	// the date picker of /indeks.
	if res, _ := webtest.Do(t, h, "GET", "/indeks?tanggal=2026-11-01"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("/indeks?tanggal: %d", res.StatusCode)
	}
}

// A page far past the end of a list is answered 404 from a count, without
// reading a page of the list, and is not kept.
func TestPagePastTheEndIsCheap(t *testing.T) {
	s, f, h := newCountedSite(t)
	s.Articles(t, f, f.Ekonomi, 25)
	if res, _ := webtest.Do(t, h, "GET", "/ekonomi/?page=2"); res.StatusCode != 200 {
		t.Fatalf("the last page: %d", res.StatusCode)
	}
	reads := public.ListReads(h)
	for _, p := range []string{"/ekonomi/?page=3", "/ekonomi/?page=9999", "/tag/banjir?page=500", "/penulis/x?page=7"} {
		for range 3 {
			res, _ := webtest.Do(t, h, "GET", p)
			if res.StatusCode != http.StatusNotFound {
				t.Fatalf("%s: %d", p, res.StatusCode)
			}
		}
	}
	if n := public.ListReads(h) - reads; n != 0 {
		t.Errorf("%d pages of lists read for pages past the end", n)
	}
	if entries, _ := h.CacheSize(); entries != 1 {
		t.Errorf("%d pages kept, want the one real page", entries)
	}
}

// Searches that mean the same share one result: the cache key is the
// analysed query, not the words typed.
func TestSearchCacheNormalisesQueries(t *testing.T) {
	s, f, h := newCountedSite(t)
	res, first := webtest.Do(t, h, "GET", "/cari?q=Banjir++kecamatan")
	if res.StatusCode != 200 || !strings.Contains(first, f.Main.Title) {
		t.Fatalf("first search: %d, finds the story = %v", res.StatusCode, strings.Contains(first, f.Main.Title))
	}
	hits, misses := public.SearchCacheCounts(h)
	for _, q := range []string{"banjir+kecamatan", "BANJIR%20Kecamatan", "banjir+kecamatan&rubrik=&penulis=&utm_source=wa"} {
		_, body := webtest.Do(t, h, "GET", "/cari?q="+q)
		if !strings.Contains(body, f.Main.Title) {
			t.Errorf("%s: the story is missing", q)
		}
	}
	h2, m2 := public.SearchCacheCounts(h)
	if h2-hits != 3 || m2 != misses {
		t.Errorf("equivalent searches: %d hits, %d more searches; want 3 and 0", h2-hits, m2-misses)
	}
	// Another page, a filter or other words are other searches.
	for _, q := range []string{"banjir+kecamatan&page=2", "banjir+kecamatan&rubrik=nasional", "banjir"} {
		webtest.Do(t, h, "GET", "/cari?q="+q)
	}
	if _, m3 := public.SearchCacheCounts(h); m3-m2 != 3 {
		t.Errorf("different searches: %d ran, want 3", m3-m2)
	}
	// A change is seen at once.
	s.Notify(warta.Event{})
	webtest.Do(t, h, "GET", "/cari?q=banjir+kecamatan")
	if _, m4 := public.SearchCacheCounts(h); m4 == m2+3 {
		t.Error("after a change the search came from the cache")
	}
}

// A kept page is sent in the encoding the reader takes best — brotli,
// gzip or none — each decoding to the same bytes, with its own length
// and ETag, and 304 for the representation the reader holds.
func TestPageEncodings(t *testing.T) {
	_, _, h := newSite(t)
	plain := request(h, "GET", webtest.MainPath, nil)
	want := []byte(readBody(t, plain))
	decoders := map[string]func(io.Reader) (io.Reader, error){
		"":     func(r io.Reader) (io.Reader, error) { return r, nil },
		"gzip": func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
		"br":   func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
	}
	etags := map[string]string{}
	for accept, enc := range map[string]string{"": "", "gzip": "gzip", "br": "br", "gzip, deflate, br": "br", "br;q=0.5, gzip": "gzip",
		"gzip;q=0, br;q=0": "", "identity": ""} {
		res := request(h, "GET", webtest.MainPath, map[string]string{"Accept-Encoding": accept})
		raw := []byte(readBody(t, res))
		if got := res.Header.Get("Content-Encoding"); got != enc {
			t.Errorf("Accept-Encoding %q: encoding %q, want %q", accept, got, enc)
			continue
		}
		if res.Header.Get("Vary") != "Accept-Encoding" || res.Header.Get("Content-Length") != strconv.Itoa(len(raw)) {
			t.Errorf("Accept-Encoding %q: Vary %q, length %q for %d bytes", accept, res.Header.Get("Vary"), res.Header.Get("Content-Length"), len(raw))
		}
		r, err := decoders[enc](bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := io.ReadAll(r); err != nil || !bytes.Equal(got, want) {
			t.Errorf("Accept-Encoding %q: decoded page differs (%v)", accept, err)
		}
		if old, ok := etags[enc]; ok && old != res.Header.Get("ETag") {
			t.Errorf("%q: two ETags for one representation", enc)
		}
		etags[enc] = res.Header.Get("ETag")
	}
	if etags[""] == etags["gzip"] || etags["gzip"] == etags["br"] || etags[""] == etags["br"] {
		t.Errorf("representations share an ETag: %v", etags)
	}
	res := request(h, "GET", webtest.MainPath, map[string]string{"Accept-Encoding": "br", "If-None-Match": etags["br"]})
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match of the brotli page: %d", res.StatusCode)
	}
	res = request(h, "GET", webtest.MainPath, map[string]string{"Accept-Encoding": "br", "If-None-Match": etags["gzip"]})
	if res.StatusCode != http.StatusOK {
		t.Errorf("If-None-Match of the gzip page, asking for brotli: %d", res.StatusCode)
	}
}

// Cache-Control fits a CDN: shared caches keep pages longer than
// browsers and may serve them stale while they fetch them again; errors
// but not-found are kept nowhere.
func TestCacheControlForCDN(t *testing.T) {
	_, _, h := newSite(t)
	for path, want := range map[string]string{
		webtest.MainPath:      "public, max-age=60, s-maxage=300, stale-while-revalidate=60",
		"/":                   "public, max-age=30, s-maxage=60, stale-while-revalidate=30",
		"/nasional/":          "public, max-age=30, s-maxage=60, stale-while-revalidate=30",
		"/cari?q=banjir":      "public, max-age=30, s-maxage=30",
		"/tidak-ada-sama":     "public, max-age=30, s-maxage=30",
		"/nasional/?page=abc": "no-store",
	} {
		for range 2 { // rendered, then kept
			res, _ := webtest.Do(t, h, "GET", path)
			if got := res.Header.Get("Cache-Control"); got != want {
				t.Errorf("%s (%d): Cache-Control %q, want %q", path, res.StatusCode, got, want)
			}
		}
	}
}
