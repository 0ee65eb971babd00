package public

import (
	"context"
	"sync"
	"time"

	"warta"
)

// chromeTTL bounds how stale the parts every page shares may be: the site
// settings, sections, breaking news, Trending and the footer pages. Writes
// that change them drop them (Evict), so the bound matters only for what
// time alone changes (Trending's window, breaking's 24 h).
const chromeTTL = 10 * time.Second

// chrome is what every page shows around its own content. Loading it costs
// a dozen queries, so it is shared between requests until it expires.
type chrome struct {
	settings *warta.Settings
	logo     *warta.Media
	sections []*warta.Section
	breaking []*warta.Article
	trending []*warta.Article
	pages    []*warta.Page // published static pages for the footer
	loaded   time.Time     // monotonic: expiry follows the real clock, not Now
}

// chromeCache holds the current chrome; the mutex also makes concurrent
// misses wait for one load instead of each running it.
type chromeCache struct {
	mu      sync.Mutex
	current *chrome
}

// Invalidate drops the shared page parts, the similar-story lists, the
// built feeds and sitemaps and the rendered pages, so the next request
// reloads them: for changes whose reach is not known (an import, a
// reindex). Writes that say what they changed go through Evict.
func (h *Handler) Invalidate() {
	h.chrome.mu.Lock()
	h.chrome.current = nil
	h.chrome.mu.Unlock()
	h.similars.mu.Lock()
	h.similars.entries = nil
	h.similars.mu.Unlock()
	h.sitemaps.invalidate()
	h.archive.reset()
	h.feeds.clear()
	h.pageCache.clear()
	h.searches.clear()
}

// loadChrome returns the shared page parts, reading them with tx when
// they are missing or expired.
func (h *Handler) loadChrome(ctx context.Context, tx warta.ReadTx) (*chrome, error) {
	c := &h.chrome
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.current != nil && time.Since(c.current.loaded) < chromeTTL {
		return c.current, nil
	}
	now := h.now()
	next := &chrome{loaded: time.Now()}
	var err error
	if next.settings, err = tx.FindSettings(ctx); err != nil {
		return nil, err
	}
	if id := next.settings.LogoMediaID; id != 0 {
		if next.logo, err = tx.FindMediaByID(ctx, id); err != nil && !warta.IsNotFound(err) {
			return nil, err // a deleted logo falls back to the name
		}
		if next.logo != nil && !next.logo.Servable() {
			next.logo = nil // so does one whose variants are being made
		}
	}
	if next.sections, err = tx.FindSections(ctx); err != nil {
		return nil, err
	}
	yes, published := true, warta.StatusPublished
	since := now.Add(-24 * time.Hour)
	next.breaking, _, err = tx.FindArticles(ctx, warta.ArticleFilter{Status: &published, Breaking: &yes, PublishedFrom: &since, Limit: 3, NoTotal: true})
	if err != nil {
		return nil, err
	}
	if next.trending, err = tx.TrendingArticles(ctx, now.Add(-trendWin), 5); err != nil {
		return nil, err
	}
	public := warta.PagePublished
	if next.pages, _, err = tx.FindPages(ctx, warta.PageFilter{Status: &public, Limit: footerPages}); err != nil {
		return nil, err
	}
	for i, p := range next.pages {
		next.pages[i] = &warta.Page{Slug: p.Slug, Title: p.Title} // the footer needs no more; bodies are not kept
	}
	c.current = next
	return next, nil
}

// similarTTL and similarMax bound the cache of similar stories: Evict
// drops the lists that hold a changed story, so the TTL only ages
// stories' recency and lets new stories in.
const (
	similarTTL = 10 * time.Minute
	similarMax = 5000
)

// similarCache keeps each article's similar stories between requests:
// finding them is the costliest query of an article page.
type similarCache struct {
	mu      sync.Mutex
	entries map[int64]similarEntry
}

type similarEntry struct {
	list   []*warta.Article
	asked  int // how many were asked for; the list may be shorter
	loaded time.Time
}

// similar returns the stories most like a: the list kept when it was
// published or saved (editorial.RefreshSimilar), else a search, cached.
// Both take the first n of warta.SimilarKept, so a page shows the same
// list either way.
func (h *Handler) similar(ctx context.Context, tx warta.ReadTx, a *warta.Article, n int) ([]*warta.Article, error) {
	if list, ok, err := tx.StoredSimilar(ctx, a.ID, n); err != nil || ok {
		return list, err
	}
	c := &h.similars
	c.mu.Lock()
	e, ok := c.entries[a.ID]
	c.mu.Unlock()
	if ok && time.Since(e.loaded) < similarTTL && e.asked >= n {
		return e.list[:min(n, len(e.list))], nil
	}
	list, err := tx.SimilarArticles(ctx, a, a.RelatedIDs, max(n, warta.SimilarKept))
	if err != nil {
		return nil, err
	}
	list = list[:min(n, len(list))]
	c.mu.Lock()
	if c.entries == nil || len(c.entries) >= similarMax {
		c.entries = make(map[int64]similarEntry)
	}
	c.entries[a.ID] = similarEntry{list: list, asked: n, loaded: time.Now()}
	c.mu.Unlock()
	return list, nil
}
