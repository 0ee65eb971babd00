package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"warta"
	"warta/internal/store/sqlite"
)

// `warta demo --articles N` fills an empty site, says how fast in the
// language asked for, refuses a second run, and refuses a bad N with
// exit status 2 before touching anything.
func TestDemoArticles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--articles", "0", "--lang", "en"}, "give a number of articles from 1 to 1000000"},
		{[]string{"--articles", "-3"}, "berikan jumlah artikel dari 1 sampai 1000000"},
		{[]string{"--articles", "1000001", "--lang", "en"}, "--articles 1000001"},
		{[]string{"--articles", "lima"}, "invalid value"},
	} {
		_, stderr, err := run(t, "", append([]string{"demo", "--data", dir}, tc.args...)...)
		if err == nil || exitCode(err) != 2 || !strings.Contains(err.Error()+stderr, tc.want) {
			t.Errorf("demo %v: %v (exit %d)\n%s\nwant exit 2 and %q", tc.args, err, exitCode(err), stderr, tc.want)
		}
	}
	out, stderr, err := run(t, "", "demo", "--articles", "3", "--data", dir, "--lang", "en")
	if err != nil || !strings.Contains(out, "3 articles made in") || !strings.Contains(stderr, "demo: 3 of 3 articles") {
		t.Fatalf("demo --articles 3: %v\n%s\n%s", err, out, stderr)
	}
	// Every story has its similar list kept (or the marker that none was
	// found), so its first render does not search for one.
	db, err := sqlite.Open(context.Background(), filepath.Join(dir, "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(context.Background(), func(tx warta.ReadTx) error {
		list, _, err := tx.FindArticles(context.Background(), warta.ArticleFilter{})
		for _, a := range list {
			if _, kept, err := tx.StoredSimilar(context.Background(), a.ID, 4); err != nil || !kept {
				t.Errorf("%s: no similar list kept (%v)", a.Slug, err)
			}
		}
		return err
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{"en": "already holds 3 articles", "id": "sudah berisi 3 artikel"} {
		_, _, err = run(t, "", "demo", "--articles", "3", "--data", dir, "--lang", lang)
		if err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), want) {
			t.Errorf("second demo (%s): %v, want %q", lang, err, want)
		}
	}
	if _, _, err := run(t, "", "help", "demo"); err != nil {
		t.Errorf("help demo: %v", err)
	}
}
