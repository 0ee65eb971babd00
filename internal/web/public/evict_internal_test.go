package public

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"warta"
)

// The dependency index follows the page cache: replaced pages leave their
// old deps behind, a full cache empties it, an eviction drops exactly the
// pages that show what changed, and a render under way during an eviction
// is not kept.
func TestPageCacheIndexFollowsEntries(t *testing.T) {
	c := pageCache{limit: 1000}
	page := func(ds ...dep) *cachedPage {
		return &cachedPage{body: make([]byte, 100), stored: time.Now(), deps: ds}
	}
	check := func(when string) {
		t.Helper()
		if c.index.len() != len(c.entries) {
			t.Errorf("%s: %d keys indexed for %d pages", when, c.index.len(), len(c.entries))
		}
		for k := range c.index.byKey {
			if c.entries[k] == nil {
				t.Errorf("%s: %s indexed but not cached", when, k)
			}
		}
	}
	c.put("/a", 0, page(dep{depArticle, 1}, dep{depLatest, 0}))
	c.put("/b", 0, page(dep{depArticle, 2}))
	c.put("/a", 0, page(dep{depArticle, 3})) // /a no longer shows 1
	check("after a replacement")
	if got := c.evict([]dep{{depArticle, 1}}, false); len(got) != 0 {
		t.Errorf("evicting what no page shows now dropped %v", got)
	}
	_, gen := c.get("/c") // a render begins…
	if got := c.evict([]dep{{depArticle, 3}}, false); len(got) != 1 || got[0] != "/a" {
		t.Errorf("evict article 3 dropped %v, want [/a]", got)
	}
	c.put("/c", gen, page(dep{depArticle, 9})) // …and ends after the eviction
	if p, _ := c.get("/c"); p != nil {
		t.Error("a page rendered during an eviction was kept")
	}
	if p, _ := c.get("/b"); p == nil {
		t.Error("an unrelated page was evicted")
	}
	check("after an eviction")
	for i := range 30 { // fills the cache several times over
		_, gen := c.get("")
		c.put(fmt.Sprint("/p", i), gen, page(dep{depArticle, int64(i)}, dep{depLatest, 0}))
	}
	check("after the cache filled up")
	if len(c.index.keys[dep{depLatest, 0}]) != len(c.entries) {
		t.Errorf("%d pages under latest, %d cached", len(c.index.keys[dep{depLatest, 0}]), len(c.entries))
	}
	c.evict([]dep{{depLatest, 0}}, false)
	if len(c.entries) != 0 || c.bytes != 0 || len(c.index.keys) != 0 {
		t.Errorf("after evicting every page: %d pages, %d bytes, %d deps indexed", len(c.entries), c.bytes, len(c.index.keys))
	}
}

// articleDeps evicts the lists a story entered or left, and only those
// when it stayed in place.
func TestArticleDeps(t *testing.T) {
	at := time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)
	ref := func(section int64, tags ...int64) *warta.ArticleRef {
		return &warta.ArticleRef{SectionID: section, TagIDs: tags, AuthorIDs: []int64{7}, PublishedAt: at}
	}
	has := func(ds []dep, d dep) bool {
		for _, x := range ds {
			if x == d {
				return true
			}
		}
		return false
	}
	moved := articleDeps(warta.Event{ArticleID: 1, Refs: true, Before: ref(1, 5), After: ref(2, 5, 6)})
	for _, d := range []dep{{depArticle, 1}, {depSectionList, 1}, {depSectionList, 2}, {depTagList, 6}} {
		if !has(moved, d) {
			t.Errorf("a story moved to section 2 and tagged 6 does not evict %v", d)
		}
	}
	for _, d := range []dep{{depTagList, 5}, {depLatest, 0}, {depPersonList, 7}} {
		if has(moved, d) {
			t.Errorf("a story moved between sections evicts %v, whose list did not change", d)
		}
	}
	published := articleDeps(warta.Event{ArticleID: 1, Refs: true, After: ref(1, 5)})
	for _, d := range []dep{{depLatest, 0}, {depSectionList, 1}, {depTagList, 5}, {depPersonList, 7}, {depDay, 20261127}} {
		if !has(published, d) {
			t.Errorf("a published story does not evict %v", d)
		}
	}
}

type recordPurges struct {
	mu    sync.Mutex
	calls [][]string
	done  chan struct{}
}

func (r *recordPurges) Purge(_ context.Context, paths []string) error {
	r.mu.Lock()
	r.calls = append(r.calls, paths)
	r.mu.Unlock()
	r.done <- struct{}{}
	return nil
}

// The purger hears the evicted paths in bounded batches, off the caller.
func TestPurgeBatches(t *testing.T) {
	r := &recordPurges{done: make(chan struct{}, 10)}
	h := &Handler{purger: r}
	paths := make([]string, purgeBatch+5)
	for i := range paths {
		paths[i] = fmt.Sprintf("/p%03d", i)
	}
	h.purge(append(paths, "/p000")) // a repeat is sent once
	for range 2 {
		select {
		case <-r.done:
		case <-time.After(5 * time.Second):
			t.Fatal("the purger was not called")
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.calls) != 2 || len(r.calls[0]) != purgeBatch || len(r.calls[1]) != 5 {
		t.Errorf("batches of %d and %d paths, want %d and 5", len(r.calls[0]), len(r.calls[1]), purgeBatch)
	}
}
