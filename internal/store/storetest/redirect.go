package storetest

import (
	"fmt"
	"strings"
	"testing"

	"warta"
)

// move records that content moved from one path to another, as
// editorial does when an article's address changes.
func move(t *testing.T, s warta.Store, from, to string) {
	t.Helper()
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreateRedirect(ctx(), &warta.Redirect{From: from, To: to}) })
}

// redirects returns every stored redirect as from → to.
func redirects(t *testing.T, s warta.Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	mustView(t, s, func(tx warta.ReadTx) error {
		list, total, err := tx.FindRedirects(ctx(), warta.RedirectFilter{})
		if err != nil {
			return err
		}
		if total != len(list) {
			t.Errorf("FindRedirects total %d, %d listed", total, len(list))
		}
		for _, r := range list {
			out[r.From] = r.To
		}
		return nil
	})
	return out
}

// wantRedirects checks the stored redirects are exactly want, and that
// none leads to a path that redirects again or to itself.
func wantRedirects(t *testing.T, s warta.Store, want map[string]string) {
	t.Helper()
	got := redirects(t, s)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("redirects = %v, want %v", got, want)
	}
	for from, to := range got {
		if from == to {
			t.Errorf("%s redirects to itself", from)
		}
		if next, ok := got[to]; ok {
			t.Errorf("chain: %s → %s → %s", from, to, next)
		}
	}
	mustView(t, s, func(tx warta.ReadTx) error {
		for from, to := range want {
			if got, err := tx.FindRedirect(ctx(), from); err != nil || got != to {
				t.Errorf("FindRedirect(%s) = %q, %v; want %q", from, got, err, to)
			}
			if _, err := tx.FindRedirect(ctx(), to); !warta.IsNotFound(err) {
				t.Errorf("FindRedirect(%s), a target, = %v; want not_found", to, err)
			}
		}
		return nil
	})
}

func testRedirects(t *testing.T, s warta.Store) {
	move(t, s, "/2019/01/lama", "/nasional/2019/01/02/baru")
	// The article moves again: the old redirect follows it.
	move(t, s, "/nasional/2019/01/02/baru", "/nasional/2019/01/02/terbaru")
	wantRedirects(t, s, map[string]string{
		"/2019/01/lama":             "/nasional/2019/01/02/terbaru",
		"/nasional/2019/01/02/baru": "/nasional/2019/01/02/terbaru",
	})
	// Replacing a redirect from the same path.
	move(t, s, "/2019/01/lama", "https://arsip.kabar.example/2019/01/lama")
	wantRedirects(t, s, map[string]string{
		"/2019/01/lama":             "https://arsip.kabar.example/2019/01/lama",
		"/nasional/2019/01/02/baru": "/nasional/2019/01/02/terbaru",
	})

	invalid := []struct{ name, from, to string }{
		{"relative from", "relatif", "/x"},
		{"relative to", "/x", "relatif"},
		{"same", "/x", "/x"},
		{"root", "/", "/x"},
		{"scheme-relative from", "//evil.example/x", "/x"},
		{"scheme-relative to", "/x", "//evil.example/x"},
		{"query in from", "/x?p=1", "/y"},
		{"space", "/x y", "/y"},
		{"newsroom", "/redaksi/masuk", "/y"},
		{"api", "/api/v1/articles", "/y"},
		{"static", "/static/app.css", "/y"},
		{"media", "/media/a.jpg", "/y"},
		{"script target", "/x", "javascript:alert(1)"},
		{"ftp target", "/x", "ftp://kabar.example/x"},
		{"control character", "/x\x00", "/y"},
		{"too long", "/" + strings.Repeat("a", warta.MaxRedirectLen), "/y"},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			err := s.Update(ctx(), func(tx warta.Tx) error { return tx.CreateRedirect(ctx(), &warta.Redirect{From: tc.from, To: tc.to}) })
			wantCode(t, err, warta.EINVALID)
		})
	}
	if got := redirects(t, s); len(got) != 2 {
		t.Errorf("refused redirects changed the table: %v", got)
	}
}

// testRedirectChains moves one article through several addresses: every
// old address leads straight to the newest one.
func testRedirectChains(t *testing.T, s warta.Store) {
	paths := []string{"/nasional/2026/11/20/a", "/nasional/2026/11/20/b", "/nasional/2026/11/20/c",
		"/ekonomi/2026/11/20/c", "/ekonomi/2026/11/20/d"}
	for i := 1; i < len(paths); i++ {
		move(t, s, paths[i-1], paths[i])
		want := map[string]string{}
		for _, old := range paths[:i] {
			want[old] = paths[i]
		}
		wantRedirects(t, s, want)
	}
	// An imported old address that leads to the current one follows the
	// story when it moves again.
	move(t, s, "/2019/05/arsip", paths[4])
	move(t, s, paths[4], "/ekonomi/2026/11/20/e")
	e := "/ekonomi/2026/11/20/e"
	wantRedirects(t, s, map[string]string{"/2019/05/arsip": e, paths[0]: e, paths[1]: e, paths[2]: e, paths[3]: e, paths[4]: e})
}

// testRedirectLoops changes a slug back to an earlier one: the redirect
// from the restored address goes, and nothing loops.
func testRedirectLoops(t *testing.T, s warta.Store) {
	a, b, c := "/nasional/2026/11/20/a", "/nasional/2026/11/20/b", "/nasional/2026/11/20/c"
	move(t, s, a, b)
	move(t, s, b, c)
	move(t, s, c, a) // back to the first slug
	wantRedirects(t, s, map[string]string{b: a, c: a})
	move(t, s, a, b) // and again, a two-step cycle
	wantRedirects(t, s, map[string]string{a: b, c: b})
	move(t, s, b, a)
	wantRedirects(t, s, map[string]string{b: a, c: a})
}

func testRedirectList(t *testing.T, s warta.Store) {
	u := &warta.User{Email: "editor@kabar.example", Name: "Editor", Role: warta.RoleEditor}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreateUser(ctx(), u) })
	mustUpdate(t, s, func(tx warta.Tx) error {
		for i := 0; i < 25; i++ {
			r := &warta.Redirect{From: fmt.Sprintf("/lama/%02d", i), To: fmt.Sprintf("/nasional/2026/11/20/baru-%02d", i)}
			if i == 7 {
				r.CreatedBy = u.ID
			}
			if err := tx.CreateRedirect(ctx(), r); err != nil {
				return err
			}
			if r.CreatedAt.IsZero() {
				t.Error("CreateRedirect did not set CreatedAt")
			}
		}
		return nil
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		page, total, err := tx.FindRedirects(ctx(), warta.RedirectFilter{Limit: 10, Offset: 20})
		if err != nil || total != 25 || len(page) != 5 {
			t.Errorf("third page: %d of %d, %v", len(page), total, err)
		}
		found, total, err := tx.FindRedirects(ctx(), warta.RedirectFilter{Contains: "baru-07"})
		if err != nil || total != 1 || len(found) != 1 || found[0].From != "/lama/07" || found[0].CreatedBy != u.ID || found[0].CreatedAt.IsZero() {
			t.Errorf("search by target: %+v, %d, %v", found, total, err)
		}
		found, total, _ = tx.FindRedirects(ctx(), warta.RedirectFilter{Contains: "/lama/1"})
		if total != 10 || len(found) != 10 || found[0].CreatedBy != 0 {
			t.Errorf("search by source: %d found", total)
		}
		// LIKE wildcards in the search text match literally.
		if _, total, _ = tx.FindRedirects(ctx(), warta.RedirectFilter{Contains: "%"}); total != 0 {
			t.Errorf("%% matched %d redirects", total)
		}
		return nil
	})
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.DeleteRedirect(ctx(), "/lama/07") })
	err := s.Update(ctx(), func(tx warta.Tx) error { return tx.DeleteRedirect(ctx(), "/lama/07") })
	wantCode(t, err, warta.ENOTFOUND)
	mustView(t, s, func(tx warta.ReadTx) error {
		_, err := tx.FindRedirect(ctx(), "/lama/07")
		wantCode(t, err, warta.ENOTFOUND)
		_, total, _ := tx.FindRedirects(ctx(), warta.RedirectFilter{})
		if total != 24 {
			t.Errorf("%d redirects after a delete, want 24", total)
		}
		return nil
	})
}

// testRemovalReason stores the reason a withdrawn article gives readers.
func testRemovalReason(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("ditarik", base)
	a.Status, a.RemovalReason = warta.StatusUnpublished, "Memuat data pribadi korban."
	mustCreate(t, s, a)
	find := func() *warta.Article {
		var got *warta.Article
		mustView(t, s, func(tx warta.ReadTx) error {
			var err error
			got, err = tx.FindArticleByID(ctx(), a.ID)
			return err
		})
		return got
	}
	if got := find(); got.RemovalReason != "Memuat data pribadi korban." {
		t.Fatalf("RemovalReason = %q", got.RemovalReason)
	}
	mustView(t, s, func(tx warta.ReadTx) error {
		st := warta.StatusUnpublished
		list, _, err := tx.FindArticles(ctx(), warta.ArticleFilter{Status: &st})
		if err != nil || len(list) != 1 || list[0].RemovalReason != a.RemovalReason {
			t.Errorf("lists lack the reason: %+v, %v", list, err)
		}
		return nil
	})
	long := strings.Repeat("x", warta.MaxRemovalReasonLen+1)
	err := s.Update(ctx(), func(tx warta.Tx) error {
		_, err := tx.UpdateArticle(ctx(), a.ID, warta.ArticleUpdate{Version: 1, RemovalReason: &long})
		return err
	})
	wantCode(t, err, warta.EINVALID)
	published, none := warta.StatusPublished, ""
	mustUpdate(t, s, func(tx warta.Tx) error {
		_, err := tx.UpdateArticle(ctx(), a.ID, warta.ArticleUpdate{Version: 1, Status: &published, RemovalReason: &none})
		return err
	})
	if got := find(); got.RemovalReason != "" || got.Status != warta.StatusPublished {
		t.Errorf("after re-publishing: %q %s", got.RemovalReason, got.Status)
	}
}
