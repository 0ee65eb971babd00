package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"warta"
)

// TestListRelationsInChunks checks that a list longer than one round of
// relation queries gets every story's section and byline. A whole
// archive's list (`warta reindex`, `warta demo` at 100,000 stories) asked
// SQLite for more values than one statement takes, and failed.
func TestListRelationsInChunks(t *testing.T) {
	defer func(n int) { relationChunk = n }(relationChunk)
	relationChunk = 2
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	at := time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)
	err = s.Update(ctx, func(tx warta.Tx) error {
		sec := &warta.Section{Slug: "nasional", Name: "Nasional"}
		if err := tx.CreateSection(ctx, sec); err != nil {
			return err
		}
		for i := range 5 {
			p := &warta.Person{Slug: fmt.Sprintf("penulis-%d", i), Name: fmt.Sprintf("Penulis %d", i)}
			if err := tx.CreatePerson(ctx, p); err != nil {
				return err
			}
			a := &warta.Article{Slug: fmt.Sprintf("berita-%d", i), Title: fmt.Sprintf("Berita %d", i), BodyHTML: "<p>Isi.</p>",
				Label: warta.LabelBerita, SectionID: sec.ID, AuthorIDs: []int64{p.ID}, Status: warta.StatusPublished,
				PublishedAt: at.Add(time.Duration(i) * time.Hour)}
			if err := tx.CreateArticle(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.View(ctx, func(tx warta.ReadTx) error {
		list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Order: warta.OrderOldest})
		if err != nil {
			return err
		}
		if len(list) != 5 {
			t.Fatalf("%d stories, want 5", len(list))
		}
		for i, a := range list {
			if a.Section == nil || len(a.Authors) != 1 || a.Authors[0].Name != fmt.Sprintf("Penulis %d", i) {
				t.Errorf("story %d: section %v, authors %v", i, a.Section, a.Authors)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
