package public

import (
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"warta"
	"warta/internal/search"
)

// Search results are kept briefly per normalised query, so that a query
// many readers type at once (a breaking story's name) costs one search
// per searchTTL, and so does a flood of spellings that mean the same
// ("Banjir  jakarta", "banjir jakarta", "BANJIR JAKARTA"): the key is
// what the analyser makes of the words, not the words typed. Results, not
// pages, are kept: the page shows the reader's own words back.
const (
	searchTTL   = 45 * time.Second
	searchBytes = 4 << 20 // all kept results together, estimated
)

// searchResults is one search's answer.
type searchResults struct {
	list    []*warta.Article // shared by every reader: never changed after it is kept
	total   int
	relaxed bool
	size    int
	stored  time.Time // monotonic: expiry follows the real clock
}

// searchCache maps normalised searches to their results, bounded in
// bytes; gen counts invalidations as the page cache's does.
type searchCache struct {
	mu      sync.Mutex
	entries map[string]*searchResults
	bytes   int
	gen     uint64
	limit   int // 0 means searchBytes

	hits, misses atomic.Int64 // searches answered from here, and searches run: for tests
}

// searchKey is the normalised form of a search: the analysed query, the
// filters after validation, the page.
func searchCacheKey(q search.Query, f warta.SearchFilter) string {
	var b strings.Builder
	for _, g := range q.Terms {
		b.WriteString(strings.Join(g, "|"))
		b.WriteByte(';')
	}
	b.WriteString("\x00" + strings.Join(q.Exact, " "))
	for _, id := range []*int64{f.SectionID, f.AuthorID} {
		b.WriteByte('\x00')
		if id != nil {
			b.WriteString(strconv.FormatInt(*id, 10))
		}
	}
	for _, t := range []*time.Time{f.From, f.Before} {
		b.WriteByte('\x00')
		if t != nil {
			b.WriteString(strconv.FormatInt(t.Unix(), 10))
		}
	}
	b.WriteString("\x00" + strconv.Itoa(f.Offset) + "," + strconv.Itoa(f.Limit))
	return b.String()
}

func (c *searchCache) get(key string) (*searchResults, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entries[key]
	if e != nil && time.Since(e.stored) > searchTTL {
		e = nil
	}
	return e, c.gen
}

func (c *searchCache) put(key string, gen uint64, e *searchResults) {
	e.size = len(key) + 64
	for _, a := range e.list {
		e.size += 512 + len(a.Slug) + len(a.Title) + len(a.Dek) + len(a.Dateline) + len(a.BodyHTML) + len(a.SEOTitle) + len(a.SEODescription)
	}
	e.stored = time.Now()
	limit := c.limit
	if limit == 0 {
		limit = searchBytes
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen || e.size > limit/16 {
		return // stale, or one answer would crowd out the rest
	}
	if old := c.entries[key]; old != nil {
		c.bytes -= old.size
	}
	if c.bytes+e.size > limit {
		// Full: start again, as the page cache does; a popular search
		// comes back within one query.
		c.entries, c.bytes = nil, 0
	}
	if c.entries == nil {
		c.entries = map[string]*searchResults{}
	}
	c.entries[key] = e
	c.bytes += e.size
}

// clear drops every result: a story published, changed or withdrawn shows
// in the next search.
func (c *searchCache) clear() {
	c.mu.Lock()
	c.entries, c.bytes = nil, 0
	c.gen++
	c.mu.Unlock()
}
