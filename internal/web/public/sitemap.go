package public

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"warta"
	"warta/internal/media"
	"warta/internal/web"
)

// Sitemap limits: sitemaps.org's per file, Google News's window and size.
const (
	sitemapMaxURLs  = 50_000
	sitemapMaxBytes = 50 << 20
	newsWindow      = 48 * time.Hour
	newsMax         = 1000
)

// Cached sitemaps are dropped by Invalidate on every change; the TTLs bound
// how stale they get when the change happened on another node, and the
// news sitemap's window moves with the clock.
const (
	sitemapTTL        = 15 * time.Minute
	newsTTL           = time.Minute
	sitemapCacheBytes = 16 << 20
)

// The site's sitemaps: the index, the news sitemap and the first pages
// file have fixed names; the index links the monthly article files and
// further pages files by name (see sitemapName).
const (
	sitemapIndexPath = "/sitemap.xml"
	sitemapNewsPath  = "/sitemap-news.xml"
	sitemapPagesPath = "/sitemap-pages.xml"
)

func (h *Handler) handleSitemapIndex(w http.ResponseWriter, r *http.Request) {
	h.serveSitemap(w, r, sitemapIndexPath, sitemapTTL, h.buildSitemapIndex)
}

func (h *Handler) handleSitemapNews(w http.ResponseWriter, r *http.Request) {
	h.serveSitemap(w, r, sitemapNewsPath, newsTTL, h.buildSitemapNews)
}

func (h *Handler) handleSitemapPages(w http.ResponseWriter, r *http.Request) {
	h.serveSitemapFile(w, r, sitemapName{kind: "pages", part: 1})
}

// sitemapFiles serves the numbered sitemaps, whose names no route pattern
// can express (a wildcard is a whole segment), and hands every other
// top-level path to next. A section slug cannot contain a dot, so these
// names never hide a section.
func (h *Handler) sitemapFiles(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if n, ok := parseSitemapName(r.PathValue("section")); ok {
			h.serveSitemapFile(w, r, n)
			return
		}
		next(w, r)
	}
}

func (h *Handler) serveSitemapFile(w http.ResponseWriter, r *http.Request, n sitemapName) {
	h.serveSitemap(w, r, n.path(), sitemapTTL, func(ctx context.Context) ([]byte, error) {
		if n.kind == "pages" {
			return h.buildSitemapPages(ctx, n.part)
		}
		return h.buildSitemapMonth(ctx, n)
	})
}

// sitemapName is a child sitemap: sitemap-pages[-N].xml or
// sitemap-articles-YYYY-MM[-N].xml, where part N > 1 appears only when a
// list outgrows one file.
type sitemapName struct {
	kind  string // "pages" or "articles"
	year  int
	month time.Month
	part  int // from 1
}

func (n sitemapName) path() string {
	s := "/sitemap-" + n.kind
	if n.kind == "articles" {
		s += fmt.Sprintf("-%04d-%02d", n.year, int(n.month))
	}
	if n.part > 1 {
		s += "-" + strconv.Itoa(n.part)
	}
	return s + ".xml"
}

// parseSitemapName reads a child sitemap's file name, accepting only the
// one spelling path() writes (no "-1", no leading zeros).
func parseSitemapName(file string) (sitemapName, bool) {
	rest, ok := strings.CutPrefix(file, "sitemap-")
	if !ok {
		return sitemapName{}, false
	}
	rest, ok = strings.CutSuffix(rest, ".xml")
	if !ok {
		return sitemapName{}, false
	}
	f := strings.Split(rest, "-")
	var n sitemapName
	switch {
	case f[0] == "pages" && len(f) <= 2:
		n.kind = "pages"
		f = f[1:]
	case f[0] == "articles" && (len(f) == 3 || len(f) == 4):
		y, err1 := strconv.Atoi(f[1])
		m, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || y < 1000 || y > 9999 || m < 1 || m > 12 {
			return sitemapName{}, false
		}
		n.kind, n.year, n.month = "articles", y, time.Month(m)
		f = f[3:]
	default:
		return sitemapName{}, false
	}
	n.part = 1
	if len(f) == 1 {
		p, err := strconv.Atoi(f[0])
		if err != nil || p < 2 {
			return sitemapName{}, false
		}
		n.part = p
	}
	if "/"+file != n.path() {
		return sitemapName{}, false
	}
	return n, true
}

// buildSitemapIndex lists the pages files, then each month that has
// published articles, newest first, with as many parts as it needs.
func (h *Handler) buildSitemapIndex(ctx context.Context) ([]byte, error) {
	doc := sitemapIndex{XMLNS: nsSitemap}
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		c, err := h.loadChrome(ctx, tx)
		if err != nil {
			return err
		}
		loc := c.settings.Location()
		pages, months, err := h.sitemapPageURLs(ctx, tx, loc)
		if err != nil {
			return err
		}
		for part := 1; (part-1)*h.sitemapURLs < len(pages); part++ {
			list := pages[(part-1)*h.sitemapURLs : min(part*h.sitemapURLs, len(pages))]
			var last time.Time
			for _, u := range list {
				last = later(last, u.mod)
			}
			doc.Sitemaps = append(doc.Sitemaps, sitemapRef{Loc: h.baseURL + sitemapName{kind: "pages", part: part}.path(), LastMod: w3c(last, loc)})
		}
		for i := len(months) - 1; i >= 0; i-- {
			m := months[i]
			for part := 1; (part-1)*h.sitemapURLs < m.Count; part++ {
				n := sitemapName{kind: "articles", year: m.Month.Year(), month: m.Month.Month(), part: part}
				doc.Sitemaps = append(doc.Sitemaps, sitemapRef{Loc: h.baseURL + n.path(), LastMod: w3c(m.LastMod, loc)})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return encodeXML(doc)
}

// buildSitemapMonth lists one part of a month's published articles,
// oldest first, each with its featured photo.
func (h *Handler) buildSitemapMonth(ctx context.Context, n sitemapName) ([]byte, error) {
	doc := urlSet{XMLNS: nsSitemap, XMLNSImage: nsImage}
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		c, err := h.loadChrome(ctx, tx)
		if err != nil {
			return err
		}
		loc := c.settings.Location()
		from := time.Date(n.year, n.month, 1, 0, 0, 0, 0, loc)
		before := from.AddDate(0, 1, 0)
		published := warta.StatusPublished
		list, err := tx.FindArticleLinks(ctx, warta.ArticleFilter{Status: &published, PublishedFrom: &from, PublishedBefore: &before,
			Order: warta.OrderOldest, Offset: (n.part - 1) * h.sitemapURLs, Limit: h.sitemapURLs})
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "no sitemap " + n.path()}
		}
		doc.URLs = make([]sitemapURL, len(list))
		for i, a := range list {
			u := sitemapURL{Loc: h.baseURL + a.Path(loc), LastMod: w3c(later(a.PublishedAt, a.UpdatedAt), loc)}
			if img := h.sitemapImageURL(a.FeaturedMedia); img != "" {
				u.Images = []sitemapImage{{Loc: img}}
			}
			doc.URLs[i] = u
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	body, err := encodeXML(doc)
	if err == nil && len(body) > sitemapMaxBytes {
		// Not expected below 50,000 URLs of bounded slugs; say so if it happens.
		h.logger.Error("sitemap over 50 MB", "path", n.path(), "bytes", len(body))
	}
	return body, err
}

// buildSitemapPages lists one part of the home page, the daily index and
// the section, author and tag pages that list published articles.
func (h *Handler) buildSitemapPages(ctx context.Context, part int) ([]byte, error) {
	doc := urlSet{XMLNS: nsSitemap}
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		c, err := h.loadChrome(ctx, tx)
		if err != nil {
			return err
		}
		pages, _, err := h.sitemapPageURLs(ctx, tx, c.settings.Location())
		if err != nil {
			return err
		}
		start := (part - 1) * h.sitemapURLs
		if start >= len(pages) {
			return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "no such sitemap part"}
		}
		doc.URLs = pages[start:min(start+h.sitemapURLs, len(pages))]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return encodeXML(doc)
}

// sitemapPageURLs returns the pages sitemap's entries and the months
// that hold published stories, from the kept archive summary
// (archive.go): counting them from the archive is the costliest query of
// the sitemaps, and grows with it.
func (h *Handler) sitemapPageURLs(ctx context.Context, tx warta.ReadTx, loc *time.Location) ([]sitemapURL, []warta.MonthCount, error) {
	months, lists, err := h.archive.read(ctx, tx, loc, h.now())
	if err != nil {
		return nil, nil, err
	}
	var newest time.Time
	for _, l := range lists {
		newest = later(newest, l.last)
	}
	pages := []sitemapURL{
		{Loc: h.baseURL + "/", LastMod: w3c(newest, loc), mod: newest},
		{Loc: h.baseURL + "/indeks", LastMod: w3c(newest, loc), mod: newest},
	}
	for _, l := range lists {
		var path string
		switch l.kind {
		case warta.ListSection:
			path = "/" + l.slug + "/"
		case warta.ListAuthor:
			path = "/penulis/" + l.slug
		case warta.ListTag:
			path = "/tag/" + l.slug
		default:
			continue
		}
		pages = append(pages, sitemapURL{Loc: h.baseURL + path, LastMod: w3c(l.last, loc), mod: l.last})
	}
	public := warta.PagePublished
	statics, _, err := tx.FindPages(ctx, warta.PageFilter{Status: &public, Limit: sitemapStaticPages})
	if err != nil {
		return nil, nil, err
	}
	for _, p := range statics {
		pages = append(pages, sitemapURL{Loc: h.baseURL + p.Path(), LastMod: w3c(p.ModifiedAt, loc), mod: p.ModifiedAt})
	}
	return pages, months, nil
}

// buildSitemapNews lists the articles published in the last 48 hours,
// newest first, at most 1,000, as Google News asks.
//
// With nothing that recent the urlset is empty, on purpose. Google's
// news sitemap guide says to drop stories older than two days and that
// the file may then be empty for a while: Search Console shows an "Empty
// Sitemap" warning only to confirm it is intended, and Google Search has
// no problem with it. The sitemaps.org schema the news schema extends
// asks for at least one <url>, so this one document is not schema-valid;
// TestSitemapNewsEmpty checks that a missing <url> is its only fault.
// The alternatives are worse: older stories would break the two-day
// rule, a filler URL would be no news, and a 404 would make Search
// Console report a sitemap it cannot fetch.
func (h *Handler) buildSitemapNews(ctx context.Context) ([]byte, error) {
	doc := urlSet{XMLNS: nsSitemap, XMLNSNews: nsNews}
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		c, err := h.loadChrome(ctx, tx)
		if err != nil {
			return err
		}
		loc := c.settings.Location()
		now := h.now()
		from := now.Add(-newsWindow)
		published := warta.StatusPublished
		list, err := tx.FindArticleLinks(ctx, warta.ArticleFilter{Status: &published, PublishedFrom: &from, PublishedBefore: &now, Limit: newsMax})
		if err != nil {
			return err
		}
		pub := newsPublication{Name: c.settings.SiteName, Language: newsLanguage(c.settings.Language)}
		for _, a := range list {
			// Paid content is no news: Google News keeps sponsored
			// articles out, and the site marks them as such everywhere.
			if a.Label == warta.LabelAdvertorial {
				continue
			}
			doc.URLs = append(doc.URLs, sitemapURL{Loc: h.baseURL + a.Path(loc),
				News: &newsEntry{Publication: pub, PublicationDate: w3c(a.PublishedAt, loc), Title: a.Title}})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return encodeXML(doc)
}

// newsLanguage is the ISO 639 code Google News wants; the site's setting
// is already one ("id" or "en").
func newsLanguage(lang string) string {
	if lang == "" {
		return "id"
	}
	return lang
}

// sitemapImageURL is the absolute URL of a photo's largest JPEG variant,
// or of the photo itself when it has none and is served; "" otherwise.
func (h *Handler) sitemapImageURL(m *warta.Media) string {
	if m == nil || !m.Servable() {
		return ""
	}
	key, width := "", 0
	for _, v := range m.Variants {
		if v.MimeType == "image/jpeg" && v.Width > width {
			key, width = v.Key, v.Width
		}
	}
	if key == "" {
		if m.Key == "" || media.Private(m.Key) {
			return ""
		}
		key = m.Key
	}
	segs := strings.Split(key, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return h.baseURL + "/media/" + strings.Join(segs, "/")
}

// w3c formats a time as a W3C datetime with the site zone's offset
// ("2026-11-27T08:00:00+07:00"), or "" for the zero time.
func w3c(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(time.RFC3339)
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// handleRobots names both sitemaps and keeps crawlers out of the newsroom,
// the admin API and search results (which are noindex anyway). A section
// may start with "cari", so search is matched by "/cari?" and "/cari$"
// rather than the prefix "/cari".
func (h *Handler) handleRobots(w http.ResponseWriter, r *http.Request) {
	body := "User-agent: *\n" +
		"Allow: /\n" +
		"Disallow: /redaksi/\n" +
		"Disallow: /api/v1/admin/\n" +
		"Disallow: /cari?\n" +
		"Disallow: /cari$\n" +
		"\n" +
		"Sitemap: " + h.baseURL + sitemapIndexPath + "\n" +
		"Sitemap: " + h.baseURL + sitemapNewsPath + "\n"
	sum := sha256.Sum256([]byte(body))
	hd := w.Header()
	hd.Set("Content-Type", "text/plain; charset=utf-8")
	hd.Set("Cache-Control", "public, max-age=3600")
	hd.Set("ETag", `"`+hex.EncodeToString(sum[:10])+`"`)
	http.ServeContent(w, r, "", time.Time{}, strings.NewReader(body))
}

// serveSitemap answers a sitemap from the cache, building it on a miss.
// The ETag hashes the document; Last-Modified is when this content was
// first built, so a withdrawn article (which lowers no lastmod) still
// changes it. http.ServeContent answers conditional requests and HEAD.
func (h *Handler) serveSitemap(w http.ResponseWriter, r *http.Request, key string, ttl time.Duration, build func(context.Context) ([]byte, error)) {
	d, err := h.sitemaps.get(r.Context(), key, ttl, h.now, build)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	content, etag := d.body, d.etag
	hd := w.Header()
	hd.Add("Vary", "Accept-Encoding")
	if d.gz != nil && web.AcceptsGzip(r) {
		content, etag = d.gz, d.etag+"-gz" // another representation, another tag
		hd.Set("Content-Encoding", "gzip")
	}
	hd.Set("Content-Type", "application/xml; charset=utf-8")
	hd.Set("Cache-Control", "public, max-age="+strconv.Itoa(int(ttl.Seconds())))
	hd.Set("ETag", `"`+etag+`"`)
	http.ServeContent(w, r, "", d.modified, bytes.NewReader(content))
}

// sitemapCache keeps built sitemaps by path. Invalidate bumps gen, which
// makes every entry stale but keeps it, so a rebuild with the same bytes
// keeps its Last-Modified. One build runs at a time: concurrent misses
// wait for it rather than each querying the store.
type sitemapCache struct {
	building sync.Mutex

	mu     sync.Mutex
	gen    uint64
	evicts uint64 // counts staleWhere calls: a build under way during one is kept stale
	docs   map[string]*sitemapDoc
	bytes  int
}

type sitemapDoc struct {
	body, gz []byte // gz is nil for small documents
	etag     string
	modified time.Time // by the site clock: when these bytes were first built
	gen      uint64
	built    time.Time // by the real clock, for the TTL
	stale    bool      // something it lists changed (staleWhere)
}

// invalidate marks every cached sitemap stale.
func (c *sitemapCache) invalidate() {
	c.mu.Lock()
	c.gen++
	c.mu.Unlock()
}

// lookup returns the entry for key, fresh or not, and whether it is fresh.
func (c *sitemapCache) lookup(key string, ttl time.Duration) (*sitemapDoc, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d := c.docs[key]
	return d, d != nil && d.gen == c.gen && !d.stale && time.Since(d.built) < ttl
}

// staleWhere marks the cached sitemaps whose path match accepts stale,
// keeping them for their Last-Modified, and returns those paths.
func (c *sitemapCache) staleWhere(match func(path string) bool) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.evicts++
	var out []string
	for path, d := range c.docs {
		if match(path) && !d.stale && d.gen == c.gen {
			d.stale = true
			out = append(out, path)
		}
	}
	return out
}

func (c *sitemapCache) get(ctx context.Context, key string, ttl time.Duration, now func() time.Time,
	build func(context.Context) ([]byte, error)) (*sitemapDoc, error) {
	if d, fresh := c.lookup(key, ttl); fresh {
		return d, nil
	}
	c.building.Lock()
	defer c.building.Unlock()
	prev, fresh := c.lookup(key, ttl)
	if fresh {
		return prev, nil
	}
	c.mu.Lock()
	gen, evicts := c.gen, c.evicts // an Invalidate or eviction during the build leaves the result stale
	c.mu.Unlock()
	body, err := build(ctx)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(body)
	d := &sitemapDoc{body: body, etag: hex.EncodeToString(sum[:10]), modified: now(), gen: gen, built: time.Now()}
	if prev != nil && prev.etag == d.etag {
		d.modified = prev.modified
	}
	if len(body) >= 1024 {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		if _, err := zw.Write(body); err == nil && zw.Close() == nil {
			d.gz = buf.Bytes()
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	d.stale = evicts != c.evicts
	size := len(d.body) + len(d.gz)
	if c.docs == nil || c.bytes+size > sitemapCacheBytes {
		c.docs, c.bytes = make(map[string]*sitemapDoc), 0
	}
	if old := c.docs[key]; old != nil {
		c.bytes -= len(old.body) + len(old.gz)
	}
	if size <= sitemapCacheBytes {
		c.docs[key] = d
		c.bytes += size
	}
	return d, nil
}
