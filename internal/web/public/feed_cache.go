package public

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"time"
)

// Bounds of the feed cache. Readers poll feeds every few minutes and a
// full-content feed sanitises thirty stories, so built feeds are kept
// until a write changes what they show (Evict) or Invalidate; the TTL
// only covers writes that reach neither.
const (
	feedTTL         = 5 * time.Minute
	feedCacheBytes  = 32 << 20 // all documents together
	feedMaxVersions = 100_000  // remembered ETags; one per feed and format
)

// feedCache holds built feeds by path.
type feedCache struct {
	mu      sync.Mutex
	entries map[string]*feedEntry
	index   depIndex // which feeds show what (deps.go)
	size    int      // bytes of the entries' bodies
	gen     uint64   // counts evictions: a build under way during one is not kept
	// versions outlive evictions: they remember what each feed looked like
	// when last built, so that Last-Modified moves only when it changed.
	versions map[string]feedVersion
}

// feedEntry is one built feed document.
type feedEntry struct {
	body     []byte
	etag     string // unquoted
	modified time.Time
	built    time.Time // real clock, for feedTTL

	gzOnce sync.Once
	gz     []byte
}

type feedVersion struct {
	etag     string
	modified time.Time
}

// get returns the cached feed at path, or nil, and the eviction count a
// build started now passes to add.
func (c *feedCache) get(path string) (*feedEntry, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entries[path]
	if e == nil || time.Since(e.built) > feedTTL {
		return nil, c.gen
	}
	return e, c.gen
}

// add keeps a freshly built feed. Its Last-Modified is the newest change
// of its articles; when the document changed although no article did —
// a setting, a renamed section, a deleted story — it is now, so that
// If-Modified-Since never hides a change.
func (c *feedCache) add(path string, body []byte, changed, now time.Time, gen uint64, d *deps) *feedEntry {
	sum := sha256.Sum256(body)
	e := &feedEntry{body: body, etag: hex.EncodeToString(sum[:16]), modified: changed.Truncate(time.Second), built: time.Now()}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.versions[path]; ok {
		switch {
		case v.etag == e.etag:
			e.modified = v.modified
		case !e.modified.After(v.modified):
			e.modified = now.Truncate(time.Second)
			if !e.modified.After(v.modified) {
				e.modified = v.modified.Add(time.Second)
			}
		}
	}
	if c.versions == nil || len(c.versions) >= feedMaxVersions {
		c.versions = make(map[string]feedVersion)
	}
	c.versions[path] = feedVersion{etag: e.etag, modified: e.modified}
	if gen != c.gen {
		return e // built while something it may show changed: serve it, keep it not
	}
	if c.entries == nil || c.size+len(body) > feedCacheBytes {
		c.entries, c.size = make(map[string]*feedEntry), 0
		c.index.reset()
	}
	if old := c.entries[path]; old != nil {
		c.size -= len(old.body)
	}
	c.entries[path] = e
	c.size += len(body)
	c.index.add(path, d.list(), d == nil || d.broad)
	return e
}

// clear drops every built feed; the versions stay.
func (c *feedCache) clear() {
	c.mu.Lock()
	c.entries, c.size = nil, 0
	c.index.reset()
	c.gen++
	c.mu.Unlock()
}

// evict drops the feeds that show any of ds (with broad, also those that
// showed too much to list) and returns their paths.
func (c *feedCache) evict(ds []dep, broad bool) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	var out []string
	for path := range c.index.match(ds, broad) {
		if e := c.entries[path]; e != nil {
			c.size -= len(e.body)
			delete(c.entries, path)
		}
		c.index.remove(path)
		out = append(out, path)
	}
	return out
}

// gzipped is the body compressed, made once per entry.
func (e *feedEntry) gzipped() []byte {
	e.gzOnce.Do(func() {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(e.body)
		zw.Close() // writing to memory cannot fail
		e.gz = buf.Bytes()
	})
	return e.gz
}
