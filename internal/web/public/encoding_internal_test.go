package public

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// The first visit to a page pays for gzip at most, and only for a reader
// who takes it; brotli is made once, on the page's first hit from a
// reader who takes a compressed page, and kept in the cache from then on.
func TestBrotliMadeOnTheFirstHit(t *testing.T) {
	h := &Handler{logger: slog.New(slog.NewTextHandler(io.Discard, nil)), limiter: newRenderLimiter(2, 1, time.Hour)}
	body := strings.Repeat("<p>Warga menanam bibit mangrove di pesisir.</p>", 100)
	srv := h.cached(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		servePage(w, r, h.keepPage(r, "article", []byte(body)))
	}))
	get := func(accept string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", "/a/2026/01/01/mangrove", nil)
		if accept != "" {
			r.Header.Set("Accept-Encoding", accept)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, r)
		return rec
	}
	kept := func() *cachedPage {
		p, _ := h.pageCache.get("/a/2026/01/01/mangrove")
		if p == nil {
			t.Fatal("the page was not kept")
		}
		return p
	}

	// A crawler that takes no compression: nothing is compressed.
	if rec := get(""); rec.Header().Get("Content-Encoding") != "" || rec.Body.String() != body {
		t.Fatalf("first visit: encoding %q", rec.Header().Get("Content-Encoding"))
	}
	if p := kept(); p.gz != nil || p.br != nil {
		t.Errorf("a page first read without compression was compressed: gzip %v, brotli %v", p.gz != nil, p.br != nil)
	}
	// The next reader who takes brotli gets it, and the cache keeps it.
	if rec := get("gzip, deflate, br"); rec.Header().Get("Content-Encoding") != "br" {
		t.Fatalf("first hit from a brotli reader: encoding %q", rec.Header().Get("Content-Encoding"))
	}
	p := kept()
	if p.gz == nil || p.br == nil {
		t.Fatalf("after a hit: gzip %v, brotli %v", p.gz != nil, p.br != nil)
	}
	if _, bytes := h.pageCache.size(); bytes != len(p.body)+len(p.gz)+len(p.br) {
		t.Errorf("cache counts %d bytes, the page holds %d", bytes, p.size())
	}
	if rec := get("gzip"); rec.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("a gzip reader after the upgrade: encoding %q", rec.Header().Get("Content-Encoding"))
	}

	// A page first read by a reader who takes gzip is kept in gzip only.
	h.pageCache.clear()
	if rec := get("gzip, br"); rec.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("first visit of a brotli reader: encoding %q, want gzip (brotli waits for a hit)", rec.Header().Get("Content-Encoding"))
	}
	if p := kept(); p.gz == nil || p.br != nil {
		t.Errorf("first visit kept gzip %v, brotli %v; want gzip only", p.gz != nil, p.br != nil)
	}
}
