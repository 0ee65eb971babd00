package web_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"warta"
	"warta/internal/web"
)

func TestAcceptsGzip(t *testing.T) {
	cases := map[string]bool{
		"": false, "gzip": true, "br, gzip": true, "GZIP;q=0.5": true, "gzip;q=0": false, "gzip; q=0.0": false,
		"deflate, br": false, "x-gzip2": false,
	}
	for header, want := range cases {
		r := httptest.NewRequest("GET", "/", nil)
		r.Header.Set("Accept-Encoding", header)
		if got := web.AcceptsGzip(r); got != want {
			t.Errorf("AcceptsGzip(%q) = %v, want %v", header, got, want)
		}
	}
}

func TestGzip(t *testing.T) {
	page := []byte(strings.Repeat("<p>Berita hari ini.</p>", 200))
	r := httptest.NewRequest("GET", "/", nil)
	r.Header.Set("Accept-Encoding", "gzip")
	w := httptest.NewRecorder()
	out := web.Gzip(w, r, page)
	if w.Header().Get("Content-Encoding") != "gzip" || len(out) >= len(page) {
		t.Fatalf("not compressed: %d bytes, encoding %q", len(out), w.Header().Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(strings.NewReader(string(out)))
	if err != nil {
		t.Fatal(err)
	}
	back, _ := io.ReadAll(zr)
	if string(back) != string(page) {
		t.Fatal("round trip changed the page")
	}
	w = httptest.NewRecorder()
	if out := web.Gzip(w, httptest.NewRequest("GET", "/", nil), page); len(out) != len(page) || w.Header().Get("Content-Encoding") != "" {
		t.Fatal("compressed for a client that did not ask")
	}
}

func TestAssets(t *testing.T) {
	fsys := fstest.MapFS{"site.css": {Data: []byte(strings.Repeat("body{color:red}", 100))}, "logo.png": {Data: []byte("\x89PNG")}}
	a, err := web.NewAssets(fsys, "/static/")
	if err != nil {
		t.Fatal(err)
	}
	css := a.URL("site.css")
	if !strings.HasPrefix(css, "/static/site.") || !strings.HasSuffix(css, ".css") || css == "/static/site.css" {
		t.Fatalf("URL = %q", css)
	}
	if a.URL("missing.css") != "" {
		t.Error("URL of a missing file")
	}
	get := func(path, enc string) *http.Response {
		r := httptest.NewRequest("GET", path, nil)
		if enc != "" {
			r.Header.Set("Accept-Encoding", enc)
		}
		w := httptest.NewRecorder()
		a.ServeHTTP(w, r)
		return w.Result()
	}
	res := get(css, "gzip")
	if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "gzip" || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("css: %d %v", res.StatusCode, res.Header)
	}
	if res := get(a.URL("logo.png"), "gzip"); res.Header.Get("Content-Encoding") != "" {
		t.Error("a PNG was gzipped")
	}
	if res := get("/static/site.css", ""); res.StatusCode != 404 {
		t.Errorf("unfingerprinted name: %d", res.StatusCode)
	}
}

func TestStatusCode(t *testing.T) {
	cases := map[string]int{warta.EINVALID: 400, warta.ENOTFOUND: 404, warta.ECONFLICT: 409, warta.EFORBIDDEN: 403,
		warta.EUNAUTHORIZED: 401, warta.EGONE: 410, warta.ETOOLARGE: 413, warta.EINTERNAL: 500, "other": 500}
	for code, want := range cases {
		if got := web.StatusCode(code); got != want {
			t.Errorf("StatusCode(%s) = %d, want %d", code, got, want)
		}
	}
}

// An https site tells browsers to keep to https; an http one says nothing
// (a header sent over http is ignored, and a wrong one locks readers out).
func TestHSTSOnlyForHTTPS(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	for base, want := range map[string]string{
		"https://kabar.example": "max-age=31536000",
		"HTTPS://kabar.example": "max-age=31536000",
		"http://kabar.example":  "",
		"http://127.0.0.1:8080": "",
	} {
		rec := httptest.NewRecorder()
		web.HSTS(base, ok).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		if got := rec.Header().Get("Strict-Transport-Security"); got != want {
			t.Errorf("%s: Strict-Transport-Security %q, want %q", base, got, want)
		}
	}
}

// A compressed page is kept in a slice of its own size, not in the
// buffer it grew in: the page cache counts len, and memory is cap.
func TestGzipBytesFitsItsSlice(t *testing.T) {
	page := bytes.Repeat([]byte("<p>Berita hari ini dari Jakarta, dengan foto dan keterangan.</p>\n"), 400)
	for i := range page {
		page[i] ^= byte(i * 7 % 3) // some variety, so it compresses worse than the buffer's first guess
	}
	z, err := web.GzipBytes(page)
	if err != nil {
		t.Fatal(err)
	}
	if cap(z)-len(z) > len(z)/8 {
		t.Errorf("gzip of %d bytes in a slice of %d", len(z), cap(z))
	}
	if got := web.Fit(make([]byte, 10, 100)); cap(got) > 16 { // 16: the smallest size class above 10
		t.Errorf("Fit kept a capacity of %d for 10 bytes", cap(got))
	}
	small := make([]byte, 100, 105)
	if got := web.Fit(small); &got[0] != &small[0] {
		t.Error("Fit copied a slice with little room to spare")
	}
}
