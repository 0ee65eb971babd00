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

// TestPageKey lists the query rules: a key for what the cache keeps, "→"
// and the canonical address for a parameter the page does not use, "" for
// what is passed to its handler uncached.
func TestPageKey(t *testing.T) {
	for target, want := range map[string]string{
		"/":                                   "/",
		"/nasional/":                          "/nasional/",
		"/nasional/?page=3":                   "/nasional/?page=3",
		"/nasional/?page=03":                  "",
		"/nasional/?page=":                    "",
		"/nasional/?page=123456":              "",
		"/nasional/?page=1":                   "→/nasional/",
		"/nasional/?page=2&x=1":               "→/nasional/?page=2",
		"/nasional/?x=1&page=2&utm_source=wa": "→/nasional/?page=2&utm_source=wa",
		"/nasional/?utm_source=":              "/nasional/",
		"/penulis/ani?page=2":                 "/penulis/ani?page=2",
		"/tag/banjir?page=2&y":                "→/tag/banjir?page=2",
		"/?x=1":                               "→/",
		"/?page=2":                            "→/",
		"/?p=123":                             "",
		"/?attachment_id=7&x=1":               "",
		"/indeks?tanggal=2026-11-01":          "",
		"/indeks?x=1":                         "→/indeks",
		"/static/app.css?v=1":                 "",
		"/feed?x=1":                           "→/feed",
		"/cari?q=banjir":                      "",
		"/cari?q=banjir&rubrik=&penulis=":     "",
		"/cari?q=banjir&utm_source=wa":        "",
		"/cari?x=1&page=2&q=banjir+jakarta&utm_source=wa": "→/cari?q=banjir+jakarta&page=2&utm_source=wa",
		"/cari?q=a&q=b":          "→/cari?q=a",
		"/a/2026/11/27/b?page=2": "→/a/2026/11/27/b",
		"/a/2026/11/27/b?utm_source=wa&utm_medium=social": "/a/2026/11/27/b",
		"/a/2026/11/27/b?fbclid=IwAR0abc":                 "/a/2026/11/27/b",
		"/nasional/?utm_campaign=x&page=2&gclid=1":        "/nasional/?page=2",
		"/nasional/?page=2&page=3":                        "→/nasional/?page=2",
		"/nasional/?utm=1":                                "→/nasional/",
	} {
		rule := pageKey(httptest.NewRequest("GET", target, nil))
		got := rule.key
		if rule.redirect != "" {
			got = "→" + rule.redirect
		}
		if got != want {
			t.Errorf("pageKey(%s) = %q, want %q", target, got, want)
		}
	}
	if got := pageKey(httptest.NewRequest("POST", "/", nil)); got != (keyRule{}) {
		t.Errorf("a POST has rule %+v", got)
	}
}
