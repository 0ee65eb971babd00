package public

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"warta/internal/trending"
	"warta/internal/web"
)

// The page cache keeps rendered public pages, so a popular story costs one
// render and then a map lookup per reader. Evict drops the pages that show
// what a write changed (evict.go), so a published or corrected story shows
// at once and the rest of the site stays cached; pageTTL bounds what only
// time changes (relative times such as "5 menit lalu", Trending, the
// breaking banner's 24 hours).
const (
	pageTTL        = 30 * time.Second
	pageCacheBytes = 64 << 20 // bodies and their gzip, all pages together
	pageMaxBytes   = 2 << 20  // a larger page is served, not kept
)

// cachedPage is one rendered page.
type cachedPage struct {
	body, gz  []byte // gz is nil when compressing does not pay
	etag      string
	articleID int64     // counted for Trending on each read
	stored    time.Time // monotonic: expiry follows the real clock
	route     string    // the route pattern that rendered it, for metrics
	// deps is what the page shows (deps.go); broad marks a page that
	// showed too much to list, or was kept without a record, which any
	// article change evicts.
	deps  []dep
	broad bool
}

func (p *cachedPage) size() int { return len(p.body) + len(p.gz) }

// pageCache maps a request's path and query to its page. gen counts
// invalidations and evictions: a render that began before one must not
// store its maybe-stale page. index says which pages show what (deps.go).
type pageCache struct {
	mu      sync.RWMutex
	entries map[string]*cachedPage
	index   depIndex
	bytes   int
	gen     uint64
	limit   int // most bytes kept; 0 means pageCacheBytes
}

// size returns the number of pages kept and their bytes.
func (c *pageCache) size() (entries, bytes int) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.entries), c.bytes
}

// clear drops every page.
func (c *pageCache) clear() {
	c.mu.Lock()
	c.entries, c.bytes = nil, 0
	c.index.reset()
	c.gen++
	c.mu.Unlock()
}

// evict drops the pages that show any of ds (and, with broad, those that
// showed too much to list) and returns their keys.
func (c *pageCache) evict(ds []dep, broad bool) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++ // a render under way may have read what changed
	var out []string
	for key := range c.index.match(ds, broad) {
		if p := c.entries[key]; p != nil {
			c.bytes -= p.size()
			delete(c.entries, key)
		}
		c.index.remove(key)
		out = append(out, key)
	}
	return out
}

func (c *pageCache) get(key string) (*cachedPage, uint64) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	p := c.entries[key]
	if p != nil && time.Since(p.stored) > pageTTL {
		p = nil
	}
	return p, c.gen
}

func (c *pageCache) put(key string, gen uint64, p *cachedPage) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if old := c.entries[key]; old != nil {
		c.bytes -= old.size()
		delete(c.entries, key)
		c.index.remove(key)
	}
	limit := c.limit
	if limit == 0 {
		limit = pageCacheBytes
	}
	if c.bytes+p.size() > limit {
		// Full: start again rather than track recency. The pages readers
		// want come back within a render each.
		c.entries, c.bytes = nil, 0
		c.index.reset()
	}
	if c.entries == nil {
		c.entries = map[string]*cachedPage{}
	}
	c.entries[key] = p
	c.bytes += p.size()
	c.index.add(key, p.deps, p.broad)
}

// CacheMetrics counts page cache lookups: a hit is a page served from the
// cache, a miss a page rendered for a request the cache could have kept.
// Requests the cache never keeps (searches, static files) count as
// neither, so the ratio says how well the pages readers want are kept.
type CacheMetrics interface {
	PageCacheHit()
	PageCacheMiss()
}

// CacheSize returns the number of pages in the page cache and their bytes
// (bodies and their gzip), for metrics read at scrape time.
func (h *Handler) CacheSize() (entries, bytes int) { return h.pageCache.size() }

// cacheSlot travels with a request that missed the cache, so that render
// can store the page it makes.
type cacheSlot struct {
	key       string
	gen       uint64
	articleID int64
	deps      *deps // what the render shows, recorded as it loads it
}

type cacheSlotKey struct{}

func slotFrom(r *http.Request) *cacheSlot {
	s, _ := r.Context().Value(cacheSlotKey{}).(*cacheSlot)
	return s
}

// pageKey is the cache key of a request, or "" for one whose answer is not
// kept: anything but GET and HEAD, and queries other than ?page=N (search
// results and the like) that would fill the cache with one-offs. Tracking
// parameters that social networks and newsletters add to shared links
// (utm_*, fbclid, …) change nothing on the page, so they are left out of
// the key: a story going round WhatsApp is still one page.
func pageKey(r *http.Request) string {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return ""
	}
	q := r.URL.RawQuery
	if q == "" {
		return r.URL.Path
	}
	page := ""
	for part := range strings.SplitSeq(q, "&") {
		name, value, _ := strings.Cut(part, "=")
		switch {
		case tracking(name):
		case name == "page" && page == "" && validPageNumber(value):
			page = value
		default:
			return ""
		}
	}
	if page == "" {
		return r.URL.Path
	}
	return r.URL.Path + "?page=" + page
}

// validPageNumber is a page number as the site writes it: 1 to 99999, no
// leading zero.
func validPageNumber(v string) bool {
	return v != "" && len(v) <= 5 && strings.Trim(v, "0123456789") == "" && v[0] != '0'
}

// trackingParams are query parameters that only tell analytics where a
// reader came from.
var trackingParams = map[string]bool{"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "igshid": true, "twclid": true, "ttclid": true, "yclid": true, "mc_cid": true, "mc_eid": true, "_ga": true}

func tracking(name string) bool {
	return strings.HasPrefix(name, "utm_") || trackingParams[name]
}

// cached answers from the page cache, or lets next render and keep the
// page (see keepPage).
func (h *Handler) cached(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := pageKey(r)
		if key == "" {
			next.ServeHTTP(w, r)
			return
		}
		p, gen := h.pageCache.get(key)
		if p == nil {
			slot := &cacheSlot{key: key, gen: gen, deps: newDeps()}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), cacheSlotKey{}, slot)))
			return
		}
		if p.articleID != 0 && h.views != nil && trending.Countable(r) {
			h.views.Hit(p.articleID)
		}
		if h.metrics != nil {
			h.metrics.PageCacheHit()
		}
		web.RecordRoute(w, p.route)
		servePage(w, r, p)
	})
}

// keepPage stores a page rendered for a request that missed the cache.
func (h *Handler) keepPage(r *http.Request, body []byte) *cachedPage {
	slot := slotFrom(r)
	if slot == nil {
		return nil
	}
	if h.metrics != nil {
		h.metrics.PageCacheMiss()
	}
	if len(body) > pageMaxBytes {
		return nil
	}
	sum := sha256.Sum256(body)
	p := &cachedPage{body: append([]byte(nil), body...), etag: `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`,
		articleID: slot.articleID, stored: time.Now(), route: r.Pattern}
	if len(body) >= 1024 {
		if gz, err := web.GzipBytes(body); err == nil {
			p.gz = gz
		}
	}
	p.deps, p.broad = slot.deps.list(), slot.deps == nil || slot.deps.broad
	h.pageCache.put(slot.key, slot.gen, p)
	return p
}

// servePage writes a kept page: gzip when the reader takes it, 304 when
// the reader has it.
func servePage(w http.ResponseWriter, r *http.Request, p *cachedPage) {
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Cache-Control", "public, max-age=60")
	hd.Set("ETag", p.etag)
	hd.Add("Vary", "Accept-Encoding")
	if inm := r.Header.Get("If-None-Match"); inm != "" && etagMatch(inm, p.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	out := p.body
	if p.gz != nil && web.AcceptsGzip(r) {
		hd.Set("Content-Encoding", "gzip")
		out = p.gz
	}
	hd.Set("Content-Length", strconv.Itoa(len(out)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(out)
	}
}

// etagMatch reports whether an If-None-Match header names etag (weakly, as
// RFC 9110 asks for GET).
func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
