package public

import (
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/search"
)

// The search cache keeps within its byte bound under a flood of distinct
// searches, refuses an answer too large to share the space, and does not
// keep what was searched before an invalidation.
func TestSearchCacheBounds(t *testing.T) {
	c := searchCache{limit: 64 << 10}
	article := &warta.Article{Title: strings.Repeat("judul ", 20), Dek: strings.Repeat("ringkasan ", 30)}
	for i := range 1000 {
		key := searchCacheKey(search.ParseQuery("banjir "+strconv.Itoa(i)), warta.SearchFilter{Limit: 20})
		_, gen := c.get(key)
		c.put(key, gen, &searchResults{list: []*warta.Article{article, article}, total: 2})
		if c.bytes > c.limit {
			t.Fatalf("after %d searches: %d bytes kept, limit %d", i+1, c.bytes, c.limit)
		}
	}
	big := &warta.Article{BodyHTML: strings.Repeat("x", 8<<10)}
	_, gen := c.get("big")
	c.put("big", gen, &searchResults{list: []*warta.Article{big}})
	if e, _ := c.get("big"); e != nil {
		t.Error("an answer larger than a sixteenth of the cache was kept")
	}
	_, gen = c.get("stale")
	c.clear()
	c.put("stale", gen, &searchResults{})
	if e, _ := c.get("stale"); e != nil {
		t.Error("a search that began before an invalidation was kept")
	}
	a := searchCacheKey(search.ParseQuery("Banjir  JAKARTA"), warta.SearchFilter{Limit: 20})
	b := searchCacheKey(search.ParseQuery("banjir jakarta"), warta.SearchFilter{Limit: 20})
	p2 := searchCacheKey(search.ParseQuery("banjir jakarta"), warta.SearchFilter{Limit: 20, Offset: 20})
	if a != b || a == p2 {
		t.Errorf("keys: equivalent queries equal = %v, other page differs = %v", a == b, a != p2)
	}
}
