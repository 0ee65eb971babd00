package public

import (
	"net/http/httptest"
	"testing"
	"time"
)

func TestPageCacheRules(t *testing.T) {
	var c pageCache
	page := func(n int) *cachedPage { return &cachedPage{body: make([]byte, n), stored: time.Now()} }

	// A render that began before an invalidation does not store.
	_, gen := c.get("/a")
	c.clear()
	c.put("/a", gen, page(10))
	if p, _ := c.get("/a"); p != nil {
		t.Error("a page rendered before Invalidate was kept")
	}
	_, gen = c.get("/a")
	c.put("/a", gen, page(10))
	if p, _ := c.get("/a"); p == nil {
		t.Error("a fresh page was not kept")
	}

	// Expired pages are not served.
	old := page(10)
	old.stored = time.Now().Add(-pageTTL - time.Second)
	c.put("/old", gen, old)
	if p, _ := c.get("/old"); p != nil {
		t.Error("an expired page was served")
	}

	// Replacing a page keeps the byte count right; a full cache starts again.
	c = pageCache{limit: 100}
	c.put("/a", 0, page(40))
	c.put("/a", 0, page(30))
	c.put("/b", 0, page(50))
	if c.bytes != 80 || len(c.entries) != 2 {
		t.Errorf("after a replacement: %d bytes in %d pages, want 80 in 2", c.bytes, len(c.entries))
	}
	c.put("/c", 0, page(30))
	if c.bytes != 30 || len(c.entries) != 1 {
		t.Errorf("over the limit: %d bytes in %d pages, want the new page alone", c.bytes, len(c.entries))
	}
}

func TestPageKey(t *testing.T) {
	for target, want := range map[string]string{
		"/":                            "/",
		"/nasional/":                   "/nasional/",
		"/nasional/?page=3":            "/nasional/?page=3",
		"/nasional/?page=03":           "",
		"/nasional/?page=":             "",
		"/nasional/?page=123456":       "",
		"/nasional/?page=2&x=1":        "",
		"/nasional/?utm_source=":       "/nasional/",
		"/cari?q=banjir":               "",
		"/cari?q=banjir&utm_source=wa": "",
		"/a/2026/11/27/b?utm_source=wa&utm_medium=social": "/a/2026/11/27/b",
		"/a/2026/11/27/b?fbclid=IwAR0abc":                 "/a/2026/11/27/b",
		"/nasional/?utm_campaign=x&page=2&gclid=1":        "/nasional/?page=2",
		"/nasional/?page=2&page=3":                        "",
		"/nasional/?utm=1":                                "",
	} {
		if got := pageKey(httptest.NewRequest("GET", target, nil)); got != want {
			t.Errorf("pageKey(%s) = %q, want %q", target, got, want)
		}
	}
	if got := pageKey(httptest.NewRequest("POST", "/", nil)); got != "" {
		t.Errorf("a POST has key %q", got)
	}
}
