package importer_test

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"

	"warta"
	"warta/internal/editorial"
	"warta/internal/i18n"
	"warta/internal/importer"
)

// TestOldAddressesRedirect checks that every old address answers 301 in
// one hop: permalinks, ?p=, attachment pages, uploads and their resized
// copies, category, tag and author archives and their feeds.
func TestOldAddressesRedirect(t *testing.T) {
	h := newHarness(t)
	h.run(t, writeExport(t, exportDoc(kabarItems()...)), importer.Options{Uploads: kabarUploads(t)})
	flood, aid := h.article(t, "20"), h.article(t, "21")
	l := loc(t, h)
	photo := flood.FeaturedMedia
	for old, want := range map[string]string{
		"/2024/03/05/banjir-rendam-tiga-kecamatan/": flood.Path(l),
		"/2024/03/05/banjir-rendam-tiga-kecamatan":  flood.Path(l),
		"/2024/03/06/bantuan-tiba/":                 aid.Path(l),
		"/?p=21":                                    aid.Path(l),
		"/index.php?p=20":                           flood.Path(l),
		"/?p=10":                                    "/media/" + photo.Key,
		"/?attachment_id=11":                        "/media/" + photo.Key,
		"/2024/03/05/banjir-rendam-tiga-kecamatan/banjir/":        "/media/" + photo.Key,
		"/wp-content/uploads/2024/03/banjir.jpg":                  "/media/" + photo.Key,
		"/wp-content/uploads/2024/03/banjir-300x200.jpg":          "/media/" + photo.Key,
		"/wp-content/uploads/2024/03/banjir-salinan-1024x640.jpg": "/media/" + photo.Key,
		"/category/nasional/":                                     "/nasional/",
		"/category/nasional/feed/":                                "/nasional/feed",
		"/category/nasional/politik/":                             "/tag/politik",
		"/category/politik/":                                      "/tag/politik",
		"/category/uncategorized/":                                "/berita/",
		"/tag/%E2%80%8Bbantuan-sosial/":                           "/tag/bantuan-sosial",
		"/author/rina/":                                           "/penulis/rina-wijaya",
		"/author/budi/feed/":                                      "/penulis/budi-santoso/feed",
	} {
		w := h.get(old)
		if w.Code != http.StatusMovedPermanently || w.Header().Get("Location") != want {
			t.Errorf("GET %s = %d → %q, want 301 → %q", old, w.Code, w.Header().Get("Location"), want)
			continue
		}
		// One hop: the target answers itself.
		if next := h.get(want); next.Code != http.StatusOK {
			t.Errorf("GET %s (from %s) = %d, want 200", want, old, next.Code)
		}
	}
	// A post that is not public has no redirect to show readers.
	if w := h.get("/?p=22"); w.Code == http.StatusMovedPermanently {
		t.Errorf("/?p=22 (a draft) redirects to %s", w.Header().Get("Location"))
	}
	page := h.get(flood.Path(l)).Body.String()
	for _, want := range []string{"Banjir Rendam Tiga Kecamatan", "Rina Wijaya", "Bantuan Tiba di Lokasi Banjir"} {
		if !strings.Contains(page, want) {
			t.Errorf("flood page lacks %q", want)
		}
	}
	for _, raw := range []string{"[caption", "[contact-form", "<!-- wp:"} {
		if strings.Contains(page, raw) {
			t.Errorf("flood page shows %q", raw)
		}
	}
}

// TestImportAgainDuplicatesNothing runs the same export twice, then a
// changed one, then an export cut short by an interruption.
func TestImportAgainDuplicatesNothing(t *testing.T) {
	h := newHarness(t)
	uploads := kabarUploads(t)
	export := writeExport(t, exportDoc(kabarItems()...))
	first := h.run(t, export, importer.Options{Uploads: uploads})
	n, redirects := h.countArticles(t), len(h.site.Redirects(t))
	// The similar lists are the server's to find (jobs.Similar): the
	// report says how many wait, and the store lists them.
	waiting := h.withoutSimilar(t)
	if first.SimilarWaiting == 0 || len(waiting) != first.SimilarWaiting {
		t.Errorf("first run: %d stories reported waiting for similar lists, %d without one", first.SimilarWaiting, len(waiting))
	}
	if !strings.Contains(reportText(first), "similar-story lists") {
		t.Errorf("the report does not say the similar lists come later:\n%s", reportText(first))
	}
	if err := editorial.RefreshSimilarAll(context.Background(), h.site.Store, waiting, nil); err != nil {
		t.Fatal(err)
	}

	rep := h.run(t, export, importer.Options{Uploads: uploads})
	if got := h.countArticles(t); got != n {
		t.Errorf("second run: %d articles, want %d", got, n)
	}
	if pages := rep.Of("page"); pages.Unchanged != 2 || pages.Imported != 0 {
		t.Errorf("second run pages = %+v, want 2 unchanged", pages)
	}
	if got := len(h.site.Redirects(t)); got != redirects {
		t.Errorf("second run: %d redirects, want %d", got, redirects)
	}
	if posts := rep.Of("post"); posts.Imported != 0 || posts.Unchanged != 9 {
		t.Errorf("second run posts = %+v, want 9 unchanged", posts)
	}
	if photos := rep.Of("photo"); photos.Imported != 0 || photos.Unchanged != 2 {
		t.Errorf("second run photos = %+v", photos)
	}

	// A post changed in WordPress is updated, in place.
	items := kabarItems()
	for i := range items {
		if items[i].ID == idAid {
			items[i].Title = "Bantuan Kedua Tiba"
		}
	}
	before := h.article(t, "21")
	rep = h.run(t, writeExport(t, exportDoc(items...)), importer.Options{Uploads: uploads})
	after := h.article(t, "21")
	if rep.Of("post").Updated != 1 || after.ID != before.ID || after.Title != "Bantuan Kedua Tiba" || after.Slug != before.Slug {
		t.Errorf("changed post: %+v; id %d→%d, title %q, slug %q→%q", rep.Of("post"), before.ID, after.ID, after.Title, before.Slug, after.Slug)
	}
	// Its words changed: its similar list is found again; the others keep theirs.
	if got := h.withoutSimilar(t); !slices.Equal(got, []int64{after.ID}) {
		t.Errorf("after the update, without a similar list: %v, want only the changed story %d", got, after.ID)
	}

	// A story edited in Warta since is left alone.
	title := "Disunting di Warta"
	h.site.MustUpdate(t, func(tx warta.Tx) error {
		_, err := tx.UpdateArticle(context.Background(), after.ID, warta.ArticleUpdate{Version: after.Version, Title: &title})
		return err
	})
	items[5].Title = "Judul Lain dari WordPress" // items[5] is the aid story
	rep = h.run(t, writeExport(t, exportDoc(items...)), importer.Options{Uploads: uploads})
	if got := h.article(t, "21").Title; got != title {
		t.Errorf("edited story's title = %q, want %q kept", got, title)
	}
	if !strings.Contains(problems(rep), "edited in Warta") {
		t.Errorf("report does not say the story was kept:\n%s", problems(rep))
	}
	if got := h.countArticles(t); got != n {
		t.Errorf("after changes: %d articles, want %d", got, n)
	}
}

// withoutSimilar lists the published stories without a kept similar list.
func (h *harness) withoutSimilar(t *testing.T) []int64 {
	t.Helper()
	var ids []int64
	if err := h.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		ids, err = tx.ArticlesWithoutSimilar(context.Background(), 1000)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return ids
}

// reportText is the report as the terminal shows it, in English.
func reportText(r *importer.Report) string {
	var b strings.Builder
	r.Write(&b, i18n.EN)
	return b.String()
}

// TestInterruptedImportResumes stops a run after a few posts and runs it
// again: everything arrives once.
func TestInterruptedImportResumes(t *testing.T) {
	h := newHarness(t)
	uploads := kabarUploads(t)
	export := writeExport(t, exportDoc(kabarItems()...))
	ctx, cancel := context.WithCancel(context.Background())
	_, err := h.im.Run(ctx, export, importer.Options{Uploads: uploads, Progress: func(p importer.Progress) {
		if p.Phase == importer.PhaseItems && p.Done == 3 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted run: %v, want context.Canceled", err)
	}
	partial := h.countArticles(t)
	if partial == 0 || partial >= 9 {
		t.Fatalf("interrupted run wrote %d articles, want some but not all", partial)
	}
	rep := h.run(t, export, importer.Options{Uploads: uploads})
	if got := h.countArticles(t); got != 9 {
		t.Errorf("after resuming: %d articles, want 9", got)
	}
	// The flood story waited for the aid story's ID for its Baca Juga
	// block: it is converted again, the others are left as they were.
	if posts := rep.Of("post"); posts.Unchanged+posts.Updated != partial || posts.Imported != 9-partial {
		t.Errorf("resumed run posts = %+v, want %d unchanged or updated and %d new", posts, partial, 9-partial)
	}
}

// TestDryRunWritesNothing checks that --dry-run reports what a run would
// do and leaves the store as it was.
func TestDryRunWritesNothing(t *testing.T) {
	h := newHarness(t)
	rep := h.run(t, writeExport(t, exportDoc(kabarItems()...)), importer.Options{Uploads: kabarUploads(t), DryRun: true})
	if posts := rep.Of("post"); posts.Imported != 9 || posts.Failed != 2 {
		t.Errorf("dry run posts = %+v, want 9 to import and 2 failing", posts)
	}
	if n := h.countArticles(t); n != 0 {
		t.Errorf("dry run wrote %d articles", n)
	}
	if r := h.site.Redirects(t); len(r) != 0 {
		t.Errorf("dry run wrote redirects: %v", r)
	}
	err := h.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		if _, total, err := tx.FindMedia(context.Background(), warta.MediaFilter{}); err != nil || total != 0 {
			t.Errorf("dry run stored %d photos (%v)", total, err)
		}
		if list, err := tx.FindSections(context.Background()); err != nil || len(list) != 0 {
			t.Errorf("dry run made sections: %d (%v)", len(list), err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
