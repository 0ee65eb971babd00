package storetest

import (
	"fmt"
	"strings"
	"testing"

	"warta"
)

// put stores a redirect as given.
func put(t *testing.T, s warta.Store, r *warta.Redirect) {
	t.Helper()
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreateRedirect(ctx(), r) })
}

// redirects returns every stored redirect by its From.
func redirects(t *testing.T, s warta.Store) map[string]*warta.Redirect {
	t.Helper()
	out := map[string]*warta.Redirect{}
	mustView(t, s, func(tx warta.ReadTx) error {
		list, total, err := tx.FindRedirects(ctx(), warta.RedirectFilter{})
		if err != nil {
			return err
		}
		if total != len(list) {
			t.Errorf("FindRedirects total %d, %d listed", total, len(list))
		}
		for _, r := range list {
			out[r.From] = r
		}
		return nil
	})
	return out
}

// wantRedirects checks the stored redirects are exactly want (from → to),
// by listing them and by looking each up.
func wantRedirects(t *testing.T, s warta.Store, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for from, r := range redirects(t, s) {
		got[from] = r.To
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("redirects = %v, want %v", got, want)
	}
	mustView(t, s, func(tx warta.ReadTx) error {
		for from, to := range want {
			if got, err := tx.FindRedirect(ctx(), from); err != nil || got != to {
				t.Errorf("FindRedirect(%s) = %q, %v; want %q", from, got, err, to)
			}
		}
		return nil
	})
}

// testRedirects stores, replaces and refuses redirects. The store keeps
// no rule between redirects (editorial keeps them one hop), so creating
// one leaves every other as it was.
func testRedirects(t *testing.T, s warta.Store) {
	u := &warta.User{Email: "editor@kabar.example", Name: "Editor", Role: warta.RoleEditor}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreateUser(ctx(), u) })
	put(t, s, &warta.Redirect{From: "/2019/01/lama", To: "/nasional/2019/01/02/baru"})
	put(t, s, &warta.Redirect{From: "/nasional/2019/01/02/baru", To: "/nasional/2019/01/02/terbaru"})
	put(t, s, &warta.Redirect{From: "/nasional/2019/01/02/terbaru", To: "/2019/01/lama"})
	wantRedirects(t, s, map[string]string{
		"/2019/01/lama":                "/nasional/2019/01/02/baru",
		"/nasional/2019/01/02/baru":    "/nasional/2019/01/02/terbaru",
		"/nasional/2019/01/02/terbaru": "/2019/01/lama",
	})
	// A redirect from the same path replaces the earlier one, with its author.
	put(t, s, &warta.Redirect{From: "/2019/01/lama", To: "https://arsip.kabar.example/2019/01/lama", CreatedBy: u.ID})
	wantRedirects(t, s, map[string]string{
		"/2019/01/lama":                "https://arsip.kabar.example/2019/01/lama",
		"/nasional/2019/01/02/baru":    "/nasional/2019/01/02/terbaru",
		"/nasional/2019/01/02/terbaru": "/2019/01/lama",
	})
	if r := redirects(t, s)["/2019/01/lama"]; r.CreatedBy != u.ID || r.CreatedAt.IsZero() {
		t.Errorf("replaced redirect: %+v", r)
	}

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
	if got := redirects(t, s); len(got) != 3 {
		t.Errorf("refused redirects changed the table: %v", got)
	}
}

// testRepointRedirects changes the target of the redirects that lead to
// one path, exactly that path, and nothing else about them.
func testRepointRedirects(t *testing.T, s warta.Store) {
	u := &warta.User{Email: "editor@kabar.example", Name: "Editor", Role: warta.RoleEditor}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreateUser(ctx(), u) })
	const old, next = "/nasional/2026/11/20/a", "/ekonomi/2026/11/20/b"
	put(t, s, &warta.Redirect{From: "/2019/05/arsip", To: old, CreatedBy: u.ID})
	put(t, s, &warta.Redirect{From: "/nasional/2026/11/20/lama", To: old})
	put(t, s, &warta.Redirect{From: "/garis-miring", To: old + "/"})
	put(t, s, &warta.Redirect{From: "/lain", To: old + "-2"})
	put(t, s, &warta.Redirect{From: old, To: "/nasional/2026/11/20/c"})
	before := redirects(t, s)
	var n int
	mustUpdate(t, s, func(tx warta.Tx) error {
		var err error
		n, err = tx.RepointRedirects(ctx(), old, next)
		return err
	})
	if n != 2 {
		t.Errorf("RepointRedirects changed %d, want 2", n)
	}
	wantRedirects(t, s, map[string]string{
		"/2019/05/arsip":            next,
		"/nasional/2026/11/20/lama": next,
		"/garis-miring":             old + "/",
		"/lain":                     old + "-2",
		old:                         "/nasional/2026/11/20/c",
	})
	after := redirects(t, s)
	for from, r := range after {
		if b := before[from]; !r.CreatedAt.Equal(b.CreatedAt) || r.CreatedBy != b.CreatedBy {
			t.Errorf("%s: created %v by %d, was %v by %d", from, r.CreatedAt, r.CreatedBy, b.CreatedAt, b.CreatedBy)
		}
	}
	mustUpdate(t, s, func(tx warta.Tx) error {
		n, err := tx.RepointRedirects(ctx(), "/tidak-ada", next)
		if n != 0 {
			t.Errorf("RepointRedirects from an unused target changed %d", n)
		}
		return err
	})
	for _, bad := range []string{"relatif", "javascript:alert(1)", "//evil.example/x", ""} {
		err := s.Update(ctx(), func(tx warta.Tx) error {
			_, err := tx.RepointRedirects(ctx(), next, bad)
			return err
		})
		wantCode(t, err, warta.EINVALID)
	}
	wantRedirects(t, s, map[string]string{
		"/2019/05/arsip":            next,
		"/nasional/2026/11/20/lama": next,
		"/garis-miring":             old + "/",
		"/lain":                     old + "-2",
		old:                         "/nasional/2026/11/20/c",
	})
	// Redirects to an exact target, alone or with a search.
	mustView(t, s, func(tx warta.ReadTx) error {
		list, total, err := tx.FindRedirects(ctx(), warta.RedirectFilter{To: next})
		if err != nil || total != 2 || len(list) != 2 {
			t.Errorf("FindRedirects To: %d of %d, %v", len(list), total, err)
		}
		list, total, err = tx.FindRedirects(ctx(), warta.RedirectFilter{To: next, Contains: "arsip"})
		if err != nil || total != 1 || len(list) != 1 || list[0].From != "/2019/05/arsip" {
			t.Errorf("FindRedirects To and Contains: %d of %d, %v", len(list), total, err)
		}
		if _, total, _ = tx.FindRedirects(ctx(), warta.RedirectFilter{To: old}); total != 0 {
			t.Errorf("FindRedirects To matched %d by prefix", total)
		}
		return nil
	})
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
