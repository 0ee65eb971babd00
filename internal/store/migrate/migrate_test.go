package migrate_test

import (
	"context"
	"path/filepath"
	"testing"

	"warta"
	"warta/internal/store/migrate"
	"warta/internal/store/pgtest"
	"warta/internal/store/postgres"
	"warta/internal/web/webtest"
)

// TestCopyRoundTrip copies a small site from SQLite to PostgreSQL, reads
// it back through the PostgreSQL store, and copies again after a change.
func TestCopyRoundTrip(t *testing.T) {
	ctx := context.Background()
	site := webtest.NewSite(t)
	f := site.NewFixture(t)
	site.MustUpdate(t, func(tx warta.Tx) error {
		u := &warta.User{Email: "rina@kabar.example", Name: "Rina", Role: warta.RoleEditor, PasswordHash: "x", PersonID: f.Sari.ID}
		if err := tx.CreateUser(ctx, u); err != nil {
			return err
		}
		if err := tx.CreateSession(ctx, &warta.Session{UserID: u.ID, TokenHash: "abc", CreatedAt: site.Now(), LastSeenAt: site.Now()}); err != nil {
			return err
		}
		if err := tx.CreateRedirect(ctx, &warta.Redirect{From: "/2019/01/lama", To: "/nasional/"}); err != nil {
			return err
		}
		return tx.CreatePage(ctx, &warta.Page{Slug: "tentang-kami", Title: "Tentang Kami", BodyHTML: "<p>Kami.</p>", Status: warta.PagePublished, PublishedAt: site.Now()})
	})
	path := filepath.Join(site.Dir, "warta.db")
	url := pgtest.Fresh(t)
	res, err := migrate.Copy(ctx, path, url)
	if err != nil {
		t.Fatalf("copy: %v (%+v)", err, res)
	}
	counts := map[string]migrate.TableCount{}
	for _, c := range res.Tables {
		counts[c.Table] = c
	}
	for _, name := range []string{"articles", "people", "sections", "tags", "media", "users", "redirects", "pages", "corrections", "article_tags"} {
		if c := counts[name]; c.Source == 0 || c.Source != c.Target {
			t.Errorf("%s: %+v", name, c)
		}
	}
	if _, ok := counts["sessions"]; ok {
		t.Error("sessions were copied")
	}

	pg, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	err = pg.View(ctx, func(tx warta.ReadTx) error {
		a, err := tx.FindArticleBySlug(ctx, f.Main.Slug)
		if err != nil {
			return err
		}
		if a.ID != f.Main.ID || a.Title != f.Main.Title || len(a.Authors) != 1 || len(a.Tags) != 2 || a.FeaturedMedia == nil || len(a.Corrections) != 1 {
			t.Errorf("copied article = %+v", a)
		}
		found, _, err := tx.SearchArticles(ctx, warta.SearchFilter{Terms: [][]string{{"banjir"}}, Limit: 10})
		if err != nil {
			return err
		}
		if len(found) == 0 {
			t.Error("search finds nothing after the copy (index not rebuilt)")
		}
		if _, err := tx.FindSessionByHash(ctx, "abc"); !warta.IsNotFound(err) {
			t.Errorf("session after the copy: %v, want not found", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// New rows get IDs after the copied ones.
	var fresh *warta.Tag
	if err := pg.Update(ctx, func(tx warta.Tx) error {
		fresh = &warta.Tag{Slug: "baru", Name: "Baru"}
		return tx.CreateTag(ctx, fresh)
	}); err != nil {
		t.Fatalf("a new row after the copy: %v", err)
	}

	// Again after a change in SQLite: the same rows, the change included,
	// nothing twice (and the row written on PostgreSQL meanwhile is gone).
	site.MustUpdate(t, func(tx warta.Tx) error {
		return tx.CreateTag(ctx, &warta.Tag{Slug: "susulan", Name: "Susulan"})
	})
	res2, err := migrate.Copy(ctx, path, url)
	if err != nil {
		t.Fatalf("second copy: %v", err)
	}
	for _, c := range res2.Tables {
		want := counts[c.Table].Source
		if c.Table == "tags" {
			want++
		}
		if c.Target != want {
			t.Errorf("second copy: %s has %d rows, want %d", c.Table, c.Target, want)
		}
	}
}
