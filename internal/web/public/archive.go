package public

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"warta"
)

// archiveRecount is how long a summary is trusted before it is counted
// afresh from the whole archive. Changes on this node and events from
// other nodes patch it as they come; the recount covers an event that
// never arrived (a node that was restarting when another published).
const archiveRecount = time.Hour

// archiveSummary keeps what the sitemap index and the pages sitemap are
// made from: how many stories each month holds, and which sections,
// authors and tags list any, with their newest. Counting them means
// reading the whole archive (a quarter of a second at 43,000 stories,
// growing with it), and every publish would redo that on the next
// crawler's visit. Here a change costs a recount of what it touched: the
// months of its publication times (an index range of about a month's
// stories) and the lists it entered or left (their newest story, one
// probe of an index). Recounting rather than adding and subtracting
// keeps it exact whatever order the events and the reads come in.
type archiveSummary struct {
	reading sync.Mutex // one read at a time; it alone changes months and lists

	mu      sync.Mutex     // guards what follows
	loc     *time.Location // the zone the months were cut in; nil when nothing is kept
	counted time.Time      // by the real clock, for archiveRecount
	months  map[int]warta.MonthCount
	lists   map[listID]archiveList
	// What changed since the last read: publication times (their months
	// in the site's zone are known only then) and lists by id.
	dirtyTimes []time.Time
	dirtyLists map[listID]struct{}
	resets     uint64 // counts reset calls: a count under way during one is not kept
}

type listID struct {
	kind warta.ListKind
	id   int64
}

// archiveList is a section, author or tag page with published stories.
type archiveList struct {
	kind warta.ListKind
	slug string
	last time.Time // its newest published story
}

// reset drops the summary: the next read counts the whole archive. For
// changes that rename lists (a section, tag or person) or whose reach is
// not known (an import, a setting that may move the zone).
func (s *archiveSummary) reset() {
	s.mu.Lock()
	s.loc, s.months, s.lists, s.dirtyTimes, s.dirtyLists = nil, nil, nil, nil, nil
	s.resets++
	s.mu.Unlock()
}

// touch records an article change: the months and lists the story was
// on before and is on after. It is kept even while nothing is counted
// yet, since a count under way may have read the archive before it.
func (s *archiveSummary) touch(refs ...*warta.ArticleRef) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dirtyLists == nil {
		s.dirtyLists = map[listID]struct{}{}
	}
	for _, r := range refs {
		if r == nil {
			continue
		}
		s.dirtyTimes = append(s.dirtyTimes, r.PublishedAt)
		s.dirtyLists[listID{warta.ListSection, r.SectionID}] = struct{}{}
		for _, id := range r.AuthorIDs {
			s.dirtyLists[listID{warta.ListAuthor, id}] = struct{}{}
		}
		for _, id := range r.TagIDs {
			s.dirtyLists[listID{warta.ListTag, id}] = struct{}{}
		}
	}
}

// touchList records a change of a list's own name or slug, or its
// removal.
func (s *archiveSummary) touchList(kind warta.ListKind, id int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dirtyLists == nil {
		s.dirtyLists = map[listID]struct{}{}
	}
	s.dirtyLists[listID{kind, id}] = struct{}{}
}

// read returns the months, oldest first, and the lists (sections, then
// authors, then tags, each by slug), bringing the summary up to date
// with tx first. now is the site's clock: a recounted month is dated by
// it, since its sitemap changed then.
func (s *archiveSummary) read(ctx context.Context, tx warta.ReadTx, loc *time.Location, now time.Time) ([]warta.MonthCount, []archiveList, error) {
	s.reading.Lock()
	defer s.reading.Unlock()
	s.mu.Lock()
	full := s.loc == nil || s.loc.String() != loc.String() || time.Since(s.counted) > archiveRecount
	months, lists, times, dirty, resets := s.months, s.lists, s.dirtyTimes, s.dirtyLists, s.resets
	s.dirtyTimes, s.dirtyLists = nil, nil
	s.mu.Unlock()

	var err error
	counted := time.Now()
	if full {
		months, lists, err = countArchive(ctx, tx, loc)
	} else {
		err = recountArchive(ctx, tx, loc, now, months, lists, times, dirty)
	}
	s.mu.Lock()
	switch {
	case err != nil:
		// What was taken to be recounted still is.
		s.dirtyTimes = append(s.dirtyTimes, times...)
		if s.dirtyLists == nil {
			s.dirtyLists = map[listID]struct{}{}
		}
		for id := range dirty {
			s.dirtyLists[id] = struct{}{}
		}
		if full {
			s.loc = nil
		}
	case s.resets != resets:
		s.loc = nil // reset while counting: what was read may be old
	default:
		s.months, s.lists = months, lists
		if full {
			s.loc, s.counted = loc, counted
		}
	}
	s.mu.Unlock()
	if err != nil {
		return nil, nil, err
	}

	outMonths := make([]warta.MonthCount, 0, len(months))
	for _, m := range months {
		outMonths = append(outMonths, m)
	}
	slices.SortFunc(outMonths, func(a, b warta.MonthCount) int { return a.Month.Compare(b.Month) })
	outLists := make([]archiveList, 0, len(lists))
	for _, l := range lists {
		outLists = append(outLists, l)
	}
	order := map[warta.ListKind]int{warta.ListSection: 0, warta.ListAuthor: 1, warta.ListTag: 2}
	slices.SortFunc(outLists, func(a, b archiveList) int {
		if a.kind != b.kind {
			return order[a.kind] - order[b.kind]
		}
		return strings.Compare(a.slug, b.slug)
	})
	return outMonths, outLists, nil
}

// monthOf keys a month by its number since year 0, as time.Time values
// of one instant may differ (their zone pointers) and make poor keys.
func monthOf(t time.Time) int { return t.Year()*12 + int(t.Month()) - 1 }

// countArchive counts the whole archive.
func countArchive(ctx context.Context, tx warta.ReadTx, loc *time.Location) (map[int]warta.MonthCount, map[listID]archiveList, error) {
	ms, err := tx.CountPublishedByMonth(ctx, loc)
	if err != nil {
		return nil, nil, err
	}
	ls, err := tx.CountPublishedByList(ctx)
	if err != nil {
		return nil, nil, err
	}
	months := make(map[int]warta.MonthCount, len(ms))
	for _, m := range ms {
		if m.Count > 0 {
			months[monthOf(m.Month)] = m
		}
	}
	lists := make(map[listID]archiveList, len(ls))
	for _, l := range ls {
		if l.Count > 0 {
			lists[listID{l.Kind, l.ID}] = archiveList{kind: l.Kind, slug: l.Slug, last: l.LastPublished}
		}
	}
	return months, lists, nil
}

// recountArchive brings months and lists up to date for the publication
// times and lists that changed.
func recountArchive(ctx context.Context, tx warta.ReadTx, loc *time.Location, now time.Time,
	months map[int]warta.MonthCount, lists map[listID]archiveList, times []time.Time, dirty map[listID]struct{}) error {
	published := warta.StatusPublished
	seen := map[int]bool{}
	for _, t := range times {
		t = t.In(loc)
		m := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, loc)
		key := monthOf(m)
		if seen[key] {
			continue
		}
		seen[key] = true
		before := m.AddDate(0, 1, 0)
		_, n, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &published, PublishedFrom: &m, PublishedBefore: &before, Limit: 1})
		if err != nil {
			return err
		}
		if n == 0 {
			delete(months, key)
			continue
		}
		months[key] = warta.MonthCount{Month: m, Count: n, LastMod: later(months[key].LastMod, now)}
	}
	var sections map[int64]string
	for id := range dirty {
		f := warta.ArticleFilter{Status: &published, Limit: 1, NoTotal: true}
		var slug string
		switch id.kind {
		case warta.ListSection:
			if sections == nil {
				all, err := tx.FindSections(ctx)
				if err != nil {
					return err
				}
				sections = make(map[int64]string, len(all))
				for _, sec := range all {
					sections[sec.ID] = sec.Slug
				}
			}
			slug, f.SectionID = sections[id.id], &id.id
		case warta.ListAuthor:
			p, err := tx.FindPersonByID(ctx, id.id)
			if warta.ErrorCode(err) == warta.ENOTFOUND {
				delete(lists, id)
				continue
			} else if err != nil {
				return err
			}
			slug, f.AuthorID = p.Slug, &id.id
		default:
			t, err := tx.FindTagByID(ctx, id.id)
			if warta.ErrorCode(err) == warta.ENOTFOUND {
				delete(lists, id)
				continue
			} else if err != nil {
				return err
			}
			slug, f.TagID = t.Slug, &id.id
		}
		newest, _, err := tx.FindArticles(ctx, f)
		if err != nil {
			return err
		}
		if len(newest) == 0 || slug == "" {
			delete(lists, id)
			continue
		}
		lists[id] = archiveList{kind: id.kind, slug: slug, last: newest[0].PublishedAt}
	}
	return nil
}
