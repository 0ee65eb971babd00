package public_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// FuzzRequestTarget sends arbitrary request targets to the site: whatever
// arrives, the answer is a page or a 4xx, never a 5xx or a panic.
func FuzzRequestTarget(f *testing.F) {
	for _, seed := range []string{"/", webtest.MainPath, "/ekonomi/?page=2", "/indeks/2026-11-26", "/tag/banjir",
		"/penulis/sari-lestari", "/media/uji/banjir.jpg", "/static/site.css", "/nasional/2026/11/27/%ff", "/%2e%2e/",
		"/indeks?tanggal=2026-02-30", "/a/b/c/d/e/f", "/ekonomi/?page=9999999999999999999", "/?page=1&page=2"} {
		f.Add(seed)
	}
	s := webtest.NewSite(f)
	s.NewFixture(f)
	h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: "https://kabar.example", Logger: s.Logger(),
		Now: s.Now})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, target string) {
		if !strings.HasPrefix(target, "/") || strings.ContainsAny(target, " \r\n\t#") {
			return // not something an HTTP/1.1 request line can carry
		}
		res, body := webtest.Do(t, h, "GET", target)
		if res.StatusCode >= 500 {
			t.Fatalf("GET %q: %d\n%.300s\n%s", target, res.StatusCode, body, s.Log.String())
		}
	})
}

func TestHead(t *testing.T) {
	_, _, h := newSite(t)
	req := httptest.NewRequest(http.MethodHead, webtest.MainPath, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 || rec.Body.Len() != 0 || rec.Header().Get("Content-Length") == "" {
		t.Fatalf("HEAD: %d, %d body bytes, Content-Length %q", rec.Code, rec.Body.Len(), rec.Header().Get("Content-Length"))
	}
}
