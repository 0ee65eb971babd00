package storetest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"warta"
)

// testViewWindows counts reads at the edges of the hourly buckets: a read
// one millisecond before a window's first hour is outside it, a read at
// that hour's first instant inside.
func testViewWindows(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("a", base.Add(-30*24*time.Hour))
	b := f.article("b", base.Add(-30*24*time.Hour))
	c := f.article("c", base.Add(-30*24*time.Hour))
	c.SectionID = f.ekonomi.ID
	gone := f.article("gone", base.Add(-30*24*time.Hour))
	mustCreate(t, s, a, b, c, gone)

	now := base.Add(30 * time.Minute) // 03:30 UTC
	day := warta.ViewsSince(now, 24*time.Hour)
	week := warta.ViewsSince(now, 7*24*time.Hour)
	if want := time.Date(2026, 11, 19, 4, 0, 0, 0, time.UTC); !day.Equal(want) {
		t.Fatalf("24-hour window starts %v, want %v", day, want)
	}
	if want := time.Date(2026, 11, 13, 4, 0, 0, 0, time.UTC); !week.Equal(want) {
		t.Fatalf("7-day window starts %v, want %v", week, want)
	}
	ms := time.Millisecond
	mustUpdate(t, s, func(tx warta.Tx) error {
		for _, r := range []struct {
			id int64
			at time.Time
			n  int
		}{
			{a.ID, day.Add(-ms), 5}, // 7 days only
			{a.ID, day, 7},
			{a.ID, now, 2},
			{b.ID, week.Add(-ms), 10}, // neither
			{b.ID, week, 40},          // 7 days only
			{b.ID, base, 1},
			{c.ID, day.Add(8 * time.Hour), 30},
			{c.ID, day.Add(8*time.Hour + 59*time.Minute), 0},
			{gone.ID, now, 1000},
		} {
			if err := tx.RecordViews(ctx(), r.id, r.at, r.n); err != nil {
				return err
			}
		}
		return nil
	})
	// Reads of a story deleted since are refused as invalid, and the
	// transaction goes on: the counter skips them and writes the rest
	// (PostgreSQL aborts a transaction at its first failed statement).
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.RecordViews(ctx(), 1<<40, now, 9); warta.ErrorCode(err) != warta.EINVALID {
			t.Errorf("views of a missing article: %v, want %s", err, warta.EINVALID)
		}
		return tx.RecordViews(ctx(), c.ID, day.Add(8*time.Hour), 0)
	})
	trashed := warta.StatusTrashed
	mustUpdate(t, s, func(tx warta.Tx) error {
		_, err := tx.UpdateArticle(ctx(), gone.ID, warta.ArticleUpdate{Version: 1, Status: &trashed,
			Trashed: &warta.Trashing{At: base, From: warta.StatusPublished}})
		return err
	})

	mostRead := func(since time.Time, limit int) string {
		var out []string
		mustView(t, s, func(tx warta.ReadTx) error {
			list, err := tx.MostReadArticles(ctx(), since, limit)
			for _, v := range list {
				sec := "?"
				if v.Article.Section != nil {
					sec = v.Article.Section.Slug
				}
				out = append(out, fmt.Sprintf("%s/%s=%d", sec, v.Article.Slug, v.Views))
			}
			return err
		})
		return strings.Join(out, " ")
	}
	sections := func(since time.Time) string {
		var out []string
		mustView(t, s, func(tx warta.ReadTx) error {
			list, err := tx.SectionViews(ctx(), since)
			for _, v := range list {
				out = append(out, fmt.Sprintf("%s=%d", v.Section.Name, v.Views))
			}
			return err
		})
		return strings.Join(out, " ")
	}
	counts := func(since time.Time, ids ...int64) map[int64]int {
		var m map[int64]int
		mustView(t, s, func(tx warta.ReadTx) error {
			var err error
			m, err = tx.ArticleViewCounts(ctx(), ids, since)
			return err
		})
		return m
	}

	for _, tc := range []struct{ name, got, want string }{
		{"most read in 24 hours", mostRead(day, 10), "ekonomi/c=30 nasional/a=9 nasional/b=1"},
		{"most read in 7 days", mostRead(week, 10), "nasional/b=41 ekonomi/c=30 nasional/a=14"},
		{"most read, limited", mostRead(week, 2), "nasional/b=41 ekonomi/c=30"},
		{"sections in 24 hours", sections(day), "Ekonomi=30 Nasional=10"},
		{"sections in 7 days", sections(week), "Nasional=55 Ekonomi=30"},
		{"sections without reads, in order", sections(now.Add(time.Hour)), "Nasional=0 Ekonomi=0"},
		{"counts in 24 hours", fmt.Sprint(counts(day, a.ID, b.ID, c.ID, gone.ID)), fmt.Sprint(map[int64]int{a.ID: 9, b.ID: 1, c.ID: 30, gone.ID: 1000})},
		{"counts in 7 days", fmt.Sprint(counts(week, a.ID, b.ID)), fmt.Sprint(map[int64]int{a.ID: 14, b.ID: 41})},
		{"counts of all time", fmt.Sprint(counts(time.Time{}, b.ID)), fmt.Sprint(map[int64]int{b.ID: 51})},
		{"no ids", fmt.Sprint(counts(day)), fmt.Sprint(map[int64]int{})},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}

	// Pruning drops the hours before the cut and keeps the rest exactly.
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.PruneHourlyViews(ctx(), week) })
	if got, want := fmt.Sprint(counts(time.Time{}, a.ID, b.ID)), fmt.Sprint(map[int64]int{a.ID: 14, b.ID: 41}); got != want {
		t.Errorf("after pruning, counts = %s, want %s", got, want)
	}
	// The daily counts that rank Trending stay: b's 50 reads of the 13th
	// still put it first.
	mustView(t, s, func(tx warta.ReadTx) error {
		list, err := tx.TrendingArticles(ctx(), base.Add(-31*24*time.Hour), 3)
		if got := strings.Join(slugs(list), ","); err == nil && got != "b,c,a" {
			t.Errorf("after pruning, trending = %s, want b,c,a", got)
		}
		return err
	})

	ids := make([]int64, warta.MaxViewCountIDs+1)
	err := s.View(ctx(), func(tx warta.ReadTx) error {
		_, err := tx.ArticleViewCounts(ctx(), ids, day)
		return err
	})
	wantCode(t, err, warta.EINVALID)
	err = s.Update(ctx(), func(tx warta.Tx) error { return tx.RecordViews(ctx(), 999999, now, 1) })
	wantCode(t, err, warta.EINVALID)
}
