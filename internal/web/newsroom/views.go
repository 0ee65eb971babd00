package newsroom

import (
	"context"
	"time"

	"warta"
	"warta/internal/i18n"
)

// The newsroom's readership figures come from the cookie-free counts of
// package trending, summed over whole hours: the last 24 hours and the
// last 7 days (see warta.ViewsSince).
const (
	dayWindow  = 24 * time.Hour
	weekWindow = 7 * 24 * time.Hour
	// mostReadLen is how many stories each most-read list shows: enough
	// to see what leads, short enough to keep the article list in view.
	mostReadLen = 5
)

// mostRead is the dashboard's "most read" card: the top stories of each
// window and every section's reads in both.
type mostRead struct {
	Day, Week []warta.ArticleViews
	Sections  []sectionViews
	// Max is the largest 7-day count of a section, the bars' full length.
	Max int
}

// sectionViews is one row of the per-section table.
type sectionViews struct {
	Section   *warta.Section
	Day, Week int
}

// articleViews are one story's reads, shown on its edit page.
type articleViews struct {
	Day, Week int
}

// loadMostRead reads the card's lists; the sections keep the order of
// their 7-day reads.
func loadMostRead(ctx context.Context, tx warta.ReadTx, now time.Time) (*mostRead, error) {
	day, week := warta.ViewsSince(now, dayWindow), warta.ViewsSince(now, weekWindow)
	m := &mostRead{}
	var err error
	if m.Day, err = tx.MostReadArticles(ctx, day, mostReadLen); err != nil {
		return nil, err
	}
	if m.Week, err = tx.MostReadArticles(ctx, week, mostReadLen); err != nil {
		return nil, err
	}
	weekly, err := tx.SectionViews(ctx, week)
	if err != nil {
		return nil, err
	}
	daily, err := tx.SectionViews(ctx, day)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]int, len(daily))
	for _, s := range daily {
		byID[s.Section.ID] = s.Views
	}
	for _, s := range weekly {
		m.Sections = append(m.Sections, sectionViews{Section: s.Section, Day: byID[s.Section.ID], Week: s.Views})
		m.Max = max(m.Max, s.Views)
	}
	m.Max = max(m.Max, 1) // a meter's max must exceed its min
	return m, nil
}

// loadArticleViews reads one story's counts in both windows.
func loadArticleViews(ctx context.Context, tx warta.ReadTx, id int64, now time.Time) (*articleViews, error) {
	day, err := tx.ArticleViewCounts(ctx, []int64{id}, warta.ViewsSince(now, dayWindow))
	if err != nil {
		return nil, err
	}
	week, err := tx.ArticleViewCounts(ctx, []int64{id}, warta.ViewsSince(now, weekWindow))
	if err != nil {
		return nil, err
	}
	return &articleViews{Day: day[id], Week: week[id]}, nil
}

// Number writes a count the reader's way: 1.234 in Indonesian, 1,234 in
// English.
func (v *view) Number(n int) string { return i18n.Number(n, v.Lang) }
