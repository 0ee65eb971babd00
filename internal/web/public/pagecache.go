package public

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
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
	body, gz    []byte // gz is nil when compressing does not pay
	br          []byte // brotli; nil when compressing does not pay
	variants    [encodings]variant
	etag        string       // of the body; each encoding's adds its name
	compressing *atomic.Bool // set once a reader has begun compressing it (see compressed)
	cacheCtl    []string     // Cache-Control, by the kind of page (see cacheControl)
	articleID   int64        // counted for Trending on each read
	stored      time.Time    // monotonic: expiry follows the real clock
	route       string       // the route pattern that rendered it, for metrics
	// deps is what the page shows (deps.go); broad marks a page that
	// showed too much to list, or was kept without a record, which any
	// article change evicts.
	deps  []dep
	broad bool
}

func (p *cachedPage) size() int { return len(p.body) + len(p.gz) + len(p.br) }

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

// replace puts q in old's place under key, unless old is no longer there
// (evicted, replaced or expired since) or q would take the cache past its
// bound; the dependencies stay those of old, which q shares.
func (c *pageCache) replace(key string, old, q *cachedPage) {
	c.mu.Lock()
	defer c.mu.Unlock()
	limit := c.limit
	if limit == 0 {
		limit = pageCacheBytes
	}
	if c.entries[key] != old || c.bytes-old.size()+q.size() > limit {
		return
	}
	c.entries[key] = q
	c.bytes += q.size() - old.size()
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

// cached answers from the page cache, or lets next render and keep the
// page (see keepPage). A query the page does not use is redirected before
// anything is read. Whatever is not a hit renders within the render
// limiter; hits never wait for it.
func (h *Handler) cached(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(r.URL.RawQuery) > web.MaxQueryBytes {
			next.ServeHTTP(w, r) // refused by the checks
			return
		}
		rule := pageKey(r)
		if rule.redirect != "" && web.Check(r) == nil { // a bad path ("//host") is refused, never redirected
			web.PublicPolicy.Set(w.Header())
			// A WordPress plain permalink (/index.php?p=20, /blog/?p=3)
			// goes to what the item became, by its ID or by the old
			// address the import kept: indexed reads, no render.
			if hasAny(r.URL.RawQuery, wordpressIDParams) && (h.redirectImportedID(w, r) || h.redirectOld(w, r)) {
				return
			}
			http.Redirect(w, r, rule.redirect, http.StatusMovedPermanently)
			return
		}
		if rule.key == "" {
			if unlimited(r.URL.Path) {
				next.ServeHTTP(w, r)
				return
			}
			h.limited(w, r, next)
			return
		}
		p, gen := h.pageCache.get(rule.key)
		if p != nil {
			h.serveHit(w, r, rule.key, p)
			return
		}
		done, first := h.flights.join(rule.key)
		if !first {
			if h.awaitRender(w, r, rule.key, done) {
				return
			}
		} else {
			defer h.flights.land(rule.key, done)
		}
		slot := &cacheSlot{key: rule.key, gen: gen, deps: newDeps()}
		h.limited(w, r.WithContext(context.WithValue(r.Context(), cacheSlotKey{}, slot)), next)
	})
}

// serveHit answers from a kept page.
func (h *Handler) serveHit(w http.ResponseWriter, r *http.Request, key string, p *cachedPage) {
	p = h.compressed(r, key, p)
	if p.articleID != 0 && h.views != nil && trending.Countable(r) {
		h.views.Hit(r, p.articleID)
	}
	if h.metrics != nil {
		h.metrics.PageCacheHit()
	}
	web.RecordRoute(w, p.route)
	web.PublicPolicy.Set(w.Header())
	servePage(w, r, p)
}

// keepPage stores a page rendered for a request that missed the cache,
// in gzip too when its reader takes a compressed page (see compressed for
// brotli).
func (h *Handler) keepPage(r *http.Request, name string, body []byte) *cachedPage {
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
	p := &cachedPage{body: append([]byte(nil), body...), cacheCtl: []string{cacheControl(name, http.StatusOK)},
		articleID: slot.articleID, stored: time.Now(), route: r.Pattern}
	p.compressing = new(atomic.Bool)
	compressPage(p, `"`+base64.RawURLEncoding.EncodeToString(sum[:12])+`"`, takes(r) != encIdentity, false)
	p.deps, p.broad = slot.deps.list(), slot.deps == nil || slot.deps.broad
	h.pageCache.put(slot.key, slot.gen, p)
	return p
}

// Header values every kept page shares.
var (
	htmlType     = []string{"text/html; charset=utf-8"}
	varyEncoding = []string{"Accept-Encoding"}
)

// servePage writes a kept page in the encoding the reader takes best,
// or 304 when the reader has that representation. The header values are
// the page's own, prepared when it was kept.
func servePage(w http.ResponseWriter, r *http.Request, p *cachedPage) {
	enc := chooseEncoding(r.Header.Get("Accept-Encoding"), &p.variants)
	v := &p.variants[enc]
	hd := w.Header()
	hd["Content-Type"] = htmlType
	hd["Cache-Control"] = p.cacheCtl
	hd["Etag"] = v.etag
	hd["Vary"] = varyEncoding
	if inm := r.Header.Get("If-None-Match"); inm != "" && etagMatch(inm, v.etag[0]) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if enc != encIdentity {
		hd["Content-Encoding"] = contentEncodings[enc]
	}
	hd["Content-Length"] = v.length
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(v.body)
	}
}

// etagMatch reports whether an If-None-Match header names etag (weakly, as
// RFC 9110 asks for GET).
func etagMatch(header, etag string) bool {
	for t := range strings.SplitSeq(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
