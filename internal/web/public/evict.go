package public

import (
	"slices"
	"strings"
	"time"

	"warta"
)

// Evict drops what a write changed and nothing else: the pages, feeds
// and sitemaps that show the article, section, tag, person or media item
// of e (by the dependencies their renders recorded, deps.go), the shared
// page parts when they show it, and the similar-story lists that hold it.
// Site-wide changes (settings, sections, static pages, breaking news, an
// import) drop everything. The paths evicted go to the CDN purger.
func (h *Handler) Evict(e warta.Event) {
	if e.Kind == warta.EventNoteAdded || e.Kind == warta.EventComplaintReceived {
		return
	}
	// Search answers are kept briefly and show any story with its byline,
	// photo and section: every public change drops them all.
	h.searches.clear()
	var paths []string
	switch e.Kind {
	case warta.EventPageChanged:
		// The footer lists static pages: every HTML page shows it.
		h.dropChrome()
		h.pageCache.clear()
		h.sitemaps.staleWhere(isSitemapPagesOrIndex)
		h.purge(nil)
		return
	case warta.EventSiteChanged:
		paths = h.evictSite(e)
	case warta.EventArticleChanged, warta.EventArticlePublished, warta.EventArticleRemoved:
		paths = h.evictArticle(e)
	default:
		h.Invalidate()
	}
	if paths != nil {
		h.purge(paths)
	}
}

// evictSite handles an EventSiteChanged; it returns the paths evicted, or
// nil after dropping everything.
func (h *Handler) evictSite(e warta.Event) []string {
	var ds []dep
	switch e.Subject {
	case warta.SubjectRedirect:
		return []string{} // redirects answer only what no page claims, and are never cached
	case warta.SubjectTag:
		ds = []dep{{depTag, e.SubjectID}, {depTagList, e.SubjectID}}
		h.archive.touchList(warta.ListTag, e.SubjectID) // renamed or deleted
	case warta.SubjectPerson:
		ds = []dep{{depPerson, e.SubjectID}, {depPersonList, e.SubjectID}, {depMasthead, 0}}
		h.archive.touchList(warta.ListAuthor, e.SubjectID)
		h.dropSimilars(nil) // the lists hold their stories' bylines
	case warta.SubjectMedia:
		ds = []dep{{depMedia, e.SubjectID}}
		h.dropSimilars(nil) // and their photos
		if c := h.currentChrome(); c != nil && c.settings.LogoMediaID == e.SubjectID {
			h.dropChrome()
		}
	default:
		// Settings and sections show on every page (the name, the menu);
		// an empty subject may be anything.
		h.Invalidate()
		h.purge(nil)
		return nil
	}
	paths := h.pageCache.evict(ds, false)
	paths = append(paths, h.feeds.evict(ds, false)...)
	match := isSitemapPagesOrIndex
	if e.Subject == warta.SubjectMedia {
		match = func(string) bool { return true } // image sitemaps name photos
	}
	return append(paths, h.sitemaps.staleWhere(match)...)
}

// evictArticle handles an article event: the pages that show the article,
// the lists it entered or left, and the sitemaps of its months.
func (h *Handler) evictArticle(e warta.Event) []string {
	if !e.Refs {
		h.Invalidate() // an importer's event: where it was is not known
		h.purge(nil)
		return nil
	}
	before, after := e.Before, e.After
	h.archive.touch(before, after)
	if (before != nil && before.Breaking) || (after != nil && after.Breaking) {
		// Breaking news shows in a banner on every page.
		h.dropChrome()
		h.dropSimilars(&e.ArticleID)
		h.pageCache.clear()
		h.feeds.evict(articleDeps(e), false)
		h.sitemaps.staleWhere(func(string) bool { return true })
		h.purge(nil)
		return nil
	}
	if c := h.currentChrome(); c != nil && c.shows(e.ArticleID) {
		h.dropChrome() // Trending holds the story as it was
	}
	h.dropSimilars(&e.ArticleID)
	ds := articleDeps(e)
	paths := h.pageCache.evict(ds, true)
	paths = append(paths, h.feeds.evict(ds, true)...)
	months := map[string]bool{}
	for _, r := range []*warta.ArticleRef{before, after} {
		if r != nil {
			for _, t := range zoneSpread(r.PublishedAt) {
				months[t.Format("-2006-01")] = true
			}
		}
	}
	paths = append(paths, h.sitemaps.staleWhere(func(path string) bool {
		if rest, ok := strings.CutPrefix(path, "/sitemap-articles"); ok {
			return len(rest) >= 8 && months[rest[:8]]
		}
		return true // the index, the news sitemap and the pages files
	})...)
	return append(paths, h.refPaths(before, after)...)
}

// articleDeps is what an article event changes: the article wherever it
// shows, and the lists it entered or left. A story that stays public in
// the same lists with the same publication time leaves their order as it
// was, so only the pages showing it change.
func articleDeps(e warta.Event) []dep {
	ds := append([]dep{{depArticle, e.ArticleID}}, followDeps(e)...)
	if e.Corrected || e.Kind == warta.EventArticleRemoved {
		// A note added or a story withdrawn: the public logs of notes
		// and takedowns (/koreksi) change whichever stories they show.
		ds = append(ds, dep{depTransparency, 0})
	}
	b, a := e.Before, e.After
	if b == nil && a == nil {
		return ds
	}
	if b == nil || a == nil || !b.PublishedAt.Equal(a.PublishedAt) {
		return append(append(ds, listDeps(b)...), listDeps(a)...)
	}
	if b.SectionID != a.SectionID {
		ds = append(ds, dep{depSectionList, b.SectionID}, dep{depSectionList, a.SectionID})
	}
	ds = appendChanged(ds, depTagList, b.TagIDs, a.TagIDs)
	return appendChanged(ds, depPersonList, b.AuthorIDs, a.AuthorIDs)
}

// listDeps are the lists a public article is on.
func listDeps(r *warta.ArticleRef) []dep {
	if r == nil {
		return nil
	}
	ds := []dep{{depLatest, 0}, {depSectionList, r.SectionID}}
	for _, id := range r.TagIDs {
		ds = append(ds, dep{depTagList, id})
	}
	for _, id := range r.AuthorIDs {
		ds = append(ds, dep{depPersonList, id})
	}
	for _, t := range zoneSpread(r.PublishedAt) {
		ds = append(ds, dep{depDay, dayNumber(t)})
	}
	return ds
}

// appendChanged adds kind deps for the ids in one of before and after but
// not the other.
func appendChanged(ds []dep, kind depKind, before, after []int64) []dep {
	for _, id := range before {
		if !slices.Contains(after, id) {
			ds = append(ds, dep{kind, id})
		}
	}
	for _, id := range after {
		if !slices.Contains(before, id) {
			ds = append(ds, dep{kind, id})
		}
	}
	return ds
}

// zoneSpread is t 14 hours either side, in UTC: whatever the site's zone
// (UTC−12 to UTC+14), its calendar day and month of t are among these
// three's, so the events need not carry the zone.
func zoneSpread(t time.Time) [3]time.Time {
	t = t.UTC()
	return [3]time.Time{t.Add(-14 * time.Hour), t, t.Add(14 * time.Hour)}
}

// refPaths are the public addresses of an article before and after, for
// the CDN: its page may be cached there although not here. They are
// known when the shared page parts (sections, zone) are loaded.
func (h *Handler) refPaths(refs ...*warta.ArticleRef) []string {
	c := h.currentChrome()
	if c == nil {
		return nil
	}
	var out []string
	for _, r := range refs {
		if r == nil || r.Slug == "" {
			continue
		}
		for _, s := range c.sections {
			if s.ID == r.SectionID {
				a := &warta.Article{Slug: r.Slug, Section: s, PublishedAt: r.PublishedAt}
				out = append(out, a.Path(c.settings.Location()))
			}
		}
	}
	return out
}

// isSitemapPagesOrIndex matches the sitemaps that list sections, tags,
// authors and static pages, and the index that links them.
func isSitemapPagesOrIndex(path string) bool {
	return path == sitemapIndexPath || strings.HasPrefix(path, "/sitemap-pages")
}

// currentChrome is the loaded chrome, or nil.
func (h *Handler) currentChrome() *chrome {
	h.chrome.mu.Lock()
	defer h.chrome.mu.Unlock()
	return h.chrome.current
}

// dropChrome makes the next page load the shared parts again.
func (h *Handler) dropChrome() {
	h.chrome.mu.Lock()
	h.chrome.current = nil
	h.chrome.mu.Unlock()
}

// shows reports whether the chrome holds article id (breaking, Trending).
func (c *chrome) shows(id int64) bool {
	for _, list := range [][]*warta.Article{c.breaking, c.trending} {
		for _, a := range list {
			if a.ID == id {
				return true
			}
		}
	}
	return false
}

// dropSimilars forgets the similar-story lists of article *id and those
// that hold it; nil forgets them all.
func (h *Handler) dropSimilars(id *int64) {
	c := &h.similars
	c.mu.Lock()
	defer c.mu.Unlock()
	if id == nil {
		c.entries = nil
		return
	}
	delete(c.entries, *id)
	for k, e := range c.entries {
		for _, a := range e.list {
			if a.ID == *id {
				delete(c.entries, k)
				break
			}
		}
	}
}
