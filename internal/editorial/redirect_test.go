package editorial_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
)

func wantMap(t *testing.T, got, want map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("redirects = %v, want %v", got, want)
		return
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("redirects = %v, want %v", got, want)
			return
		}
	}
}

// TestSlugChangesStayOneHop renames a published story several times and
// then back to an earlier slug, and moves it to another section.
func TestSlugChangesStayOneHop(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed := e.users[warta.RoleEditor]
	a, err := e.svc.Create(ctx, ed, e.input("Jalan Tol Baru Dibuka"), warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	const day = "/nasional/2026/11/27/"
	rename := func(slug string) {
		t.Helper()
		in := e.input("Jalan Tol Baru Dibuka")
		in.Slug = &slug
		if a, err = e.svc.Save(ctx, ed, a.ID, a.Version, in); err != nil || a.Slug != slug {
			t.Fatalf("rename to %s: %q %v", slug, a.Slug, err)
		}
	}
	rename("b")
	rename("c")
	rename("d")
	wantMap(t, e.site.Redirects(t), map[string]string{day + "jalan-tol-baru-dibuka": day + "d", day + "b": day + "d", day + "c": day + "d"})
	rename("b") // back to an earlier slug: its redirect goes, nothing loops
	wantMap(t, e.site.Redirects(t), map[string]string{day + "jalan-tol-baru-dibuka": day + "b", day + "c": day + "b", day + "d": day + "b"})
	// Another section moves the address too.
	in := e.input("Jalan Tol Baru Dibuka")
	eko := e.f.Ekonomi.ID
	in.SectionID = &eko
	if a, err = e.svc.Save(ctx, ed, a.ID, a.Version, in); err != nil {
		t.Fatal(err)
	}
	to := "/ekonomi/2026/11/27/b"
	wantMap(t, e.site.Redirects(t), map[string]string{day + "jalan-tol-baru-dibuka": to, day + "b": to, day + "c": to, day + "d": to})
	// Deleting the story, and purging it, keeps the redirects to it: they
	// lead to its address, which answers 410 Gone for ever.
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		return tx.CreateRedirect(ctx, &warta.Redirect{From: "/lain", To: to + "-2"})
	})
	if err := e.svc.Delete(ctx, ed, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Purge(ctx, ed, a.ID); err != nil {
		t.Fatal(err)
	}
	wantMap(t, e.site.Redirects(t), map[string]string{day + "jalan-tol-baru-dibuka": to, day + "b": to, day + "c": to, day + "d": to, "/lain": to + "-2"})
	// A draft's slug is nobody's address yet.
	draft, _ := e.svc.Create(ctx, ed, e.input("Rencana"), "", time.Time{})
	slug := "rencana-baru"
	if _, err := e.svc.Save(ctx, ed, draft.ID, draft.Version, editorial.Input{Slug: &slug}); err != nil {
		t.Fatal(err)
	}
	if n := len(e.site.Redirects(t)); n != 5 {
		t.Errorf("renaming a draft left a redirect: %d redirects", n)
	}
}

// wantOneHop checks that no redirect leads to a path that redirects
// again, or to itself.
func wantOneHop(t *testing.T, m map[string]string) {
	t.Helper()
	for from, to := range m {
		if from == to {
			t.Errorf("%s redirects to itself", from)
		}
		if next, ok := m[to]; ok {
			t.Errorf("chain: %s → %s → %s", from, to, next)
		}
	}
}

// TestMovesStayOneHop moves a published story through several addresses
// (slug, section, slug again): every old address, also one an editor
// added by hand, leads straight to the newest one.
func TestMovesStayOneHop(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed := e.users[warta.RoleEditor]
	a, err := e.svc.Create(ctx, ed, e.input("Harga Cabai Naik"), warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	nas, eko := e.f.Nasional.ID, e.f.Ekonomi.ID
	steps := []struct {
		slug    string
		section int64
		path    string
	}{
		{"", nas, "/nasional/2026/11/27/harga-cabai-naik"},
		{"b", nas, "/nasional/2026/11/27/b"},
		{"c", nas, "/nasional/2026/11/27/c"},
		{"c", eko, "/ekonomi/2026/11/27/c"},
		{"d", eko, "/ekonomi/2026/11/27/d"},
	}
	move := func(slug string, section int64) {
		t.Helper()
		in := e.input("Harga Cabai Naik")
		in.Slug, in.SectionID = &slug, &section
		if a, err = e.svc.Save(ctx, ed, a.ID, a.Version, in); err != nil {
			t.Fatalf("move to %s in %d: %v", slug, section, err)
		}
	}
	for i := 1; i < len(steps); i++ {
		move(steps[i].slug, steps[i].section)
		want := map[string]string{}
		for _, old := range steps[:i] {
			want[old.path] = steps[i].path
		}
		got := e.site.Redirects(t)
		wantMap(t, got, want)
		wantOneHop(t, got)
	}
	// An imported old address that leads to the current one follows the
	// story when it moves again.
	if _, err := e.svc.AddRedirect(ctx, ed, warta.Redirect{From: "/2019/05/arsip", To: steps[4].path}); err != nil {
		t.Fatal(err)
	}
	move("e", eko)
	last := "/ekonomi/2026/11/27/e"
	got := e.site.Redirects(t)
	wantMap(t, got, map[string]string{"/2019/05/arsip": last, steps[0].path: last, steps[1].path: last,
		steps[2].path: last, steps[3].path: last, steps[4].path: last})
	wantOneHop(t, got)
}

// TestMovesBackDoNotLoop changes a published story's slug back to earlier
// ones: the redirect from the restored address goes, and nothing loops.
func TestMovesBackDoNotLoop(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed := e.users[warta.RoleEditor]
	first, err := e.svc.Create(ctx, ed, e.input("Pasar Terapung"), warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	a := first
	rename := func(slug string) {
		t.Helper()
		in := editorial.Input{Slug: &slug}
		if a, err = e.svc.Save(ctx, ed, a.ID, a.Version, in); err != nil || a.Slug != slug {
			t.Fatalf("rename to %s: %q %v", slug, a.Slug, err)
		}
	}
	const day = "/nasional/2026/11/27/"
	x, y, z := day+"pasar-terapung", day+"b", day+"c"
	cases := []struct {
		slug string
		want map[string]string
	}{
		{"b", map[string]string{x: y}},
		{"c", map[string]string{x: z, y: z}},
		{"pasar-terapung", map[string]string{y: x, z: x}}, // back to the first slug
		{"b", map[string]string{x: y, z: y}},              // and a two-step cycle
		{"pasar-terapung", map[string]string{y: x, z: x}},
	}
	for _, tc := range cases {
		rename(tc.slug)
		got := e.site.Redirects(t)
		wantMap(t, got, tc.want)
		wantOneHop(t, got)
	}
}

// TestAddRedirectRepointsOlderOnes: a redirect added from a path that
// other redirects lead to takes them along, and replaces an earlier one
// from the same path.
func TestAddRedirectRepointsOlderOnes(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed := e.users[warta.RoleEditor]
	add := func(from, to string) {
		t.Helper()
		if _, err := e.svc.AddRedirect(ctx, ed, warta.Redirect{From: from, To: to}); err != nil {
			t.Fatalf("add %s → %s: %v", from, to, err)
		}
	}
	add("/2019/01/lama", "/2019/01/tengah")
	add("/arsip/lama", "/2019/01/tengah")
	add("/2019/01/tengah", "/nasional/2026/11/20/baru")
	got := e.site.Redirects(t)
	wantMap(t, got, map[string]string{"/2019/01/lama": "/nasional/2026/11/20/baru", "/arsip/lama": "/nasional/2026/11/20/baru",
		"/2019/01/tengah": "/nasional/2026/11/20/baru"})
	wantOneHop(t, got)
	// Another target for the same path replaces its redirect, and those
	// that led to it go along.
	add("/2019/01/tengah", "https://arsip.kabar.example/2019/01/tengah")
	out := "https://arsip.kabar.example/2019/01/tengah"
	got = e.site.Redirects(t)
	wantMap(t, got, map[string]string{"/2019/01/lama": "/nasional/2026/11/20/baru", "/arsip/lama": "/nasional/2026/11/20/baru",
		"/2019/01/tengah": out})
	wantOneHop(t, got)
	add("/nasional/2026/11/20/baru", "/2019/01/tengah")
	got = e.site.Redirects(t)
	wantMap(t, got, map[string]string{"/2019/01/lama": out, "/arsip/lama": out, "/2019/01/tengah": out, "/nasional/2026/11/20/baru": out})
	wantOneHop(t, got)
}

// TestWithdrawWithReason takes a story down with a reason, and brings it
// back without one.
func TestWithdrawWithReason(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed, c := e.users[warta.RoleEditor], e.users[warta.RoleContributor]
	a, err := e.svc.Create(ctx, ed, e.input("Kebakaran Gudang"), warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.svc.Withdraw(ctx, ed, a.ID, a.Version, "  \n ")
	wantCode(t, err, warta.EINVALID)
	_, err = e.svc.Withdraw(ctx, c, a.ID, a.Version, "Alasan.")
	wantCode(t, err, warta.EFORBIDDEN)
	if got := e.article(t, a.ID); got.Status != warta.StatusPublished || got.Version != a.Version {
		t.Fatalf("refused withdrawals changed the article: %s v%d", got.Status, got.Version)
	}
	// The newsroom's save-and-move also requires a reason; nothing is saved without one.
	_, err = e.svc.SaveAndMove(ctx, ed, a.ID, a.Version, e.input("Judul Lain"), editorial.Move{To: warta.StatusUnpublished, ReasonRequired: true})
	wantCode(t, err, warta.EINVALID)
	if got := e.article(t, a.ID); got.Title != "Kebakaran Gudang" {
		t.Fatalf("a refused withdrawal saved the text: %q", got.Title)
	}
	a, err = e.svc.Withdraw(ctx, ed, a.ID, a.Version, "Memuat  nama\nkorban anak.")
	if err != nil || a.Status != warta.StatusUnpublished || a.RemovalReason != "Memuat nama korban anak." {
		t.Fatalf("withdraw: %+v %v", a, err)
	}
	var entries []*warta.AuditEntry
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		entries, _, _ = tx.FindAudit(ctx, warta.AuditFilter{Limit: 1})
		return nil
	})
	if entries[0].Action != "unpublished" || entries[0].Detail != "Memuat nama korban anak." {
		t.Errorf("audit: %+v", entries[0])
	}
	a, err = e.svc.Transition(ctx, ed, a.ID, a.Version, warta.StatusPublished, time.Time{})
	if err != nil || a.RemovalReason != "" {
		t.Fatalf("re-publishing kept the reason %q (%v)", a.RemovalReason, err)
	}
	// The API may withdraw without a reason.
	if a, err = e.svc.SaveAndMove(ctx, ed, a.ID, a.Version, editorial.Input{}, editorial.Move{To: warta.StatusUnpublished}); err != nil || a.Status != warta.StatusUnpublished {
		t.Fatalf("withdraw without a reason through the API's path: %v", err)
	}
}

// TestPublishingClearsRedirectFromItsAddress: a story published where an
// old redirect starts is not hidden by it.
func TestPublishingClearsRedirectFromItsAddress(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed := e.users[warta.RoleEditor]
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		return tx.CreateRedirect(ctx, &warta.Redirect{From: "/nasional/2026/11/27/musim-hujan-tiba", To: "/nasional/2026/11/20/lama"})
	})
	if _, err := e.svc.Create(ctx, ed, e.input("Musim Hujan Tiba"), warta.StatusPublished, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if m := e.site.Redirects(t); len(m) != 0 {
		t.Errorf("redirects left from a live address: %v", m)
	}
}

func TestAddAndDeleteRedirect(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed, au := e.users[warta.RoleEditor], e.users[warta.RoleAuthor]
	add := func(u *warta.User, from, to string) (*warta.Redirect, error) {
		return e.svc.AddRedirect(ctx, u, warta.Redirect{From: from, To: to})
	}
	_, err := add(au, "/lama", "/baru")
	wantCode(t, err, warta.EFORBIDDEN)
	r, err := add(ed, " /2019/05/banjir-lama/ ", "/nasional/2026/11/27/banjir-rendam-tiga-kecamatan")
	if err != nil || r.From != "/2019/05/banjir-lama" || r.CreatedBy != ed.ID {
		t.Fatalf("add: %+v %v", r, err)
	}
	// A target that redirects is followed to its end.
	r, err = add(ed, "/arsip/banjir", "/2019/05/banjir-lama/")
	if err != nil || r.To != "/nasional/2026/11/27/banjir-rendam-tiga-kecamatan" {
		t.Fatalf("add through a redirect: %+v %v", r, err)
	}
	if _, err = add(ed, "/tengah", "https://arsip.kabar.example/x"); err != nil {
		t.Fatal(err)
	}
	if r, err = add(ed, "/awal", "/tengah"); err != nil || r.To != "https://arsip.kabar.example/x" {
		t.Fatalf("add through a redirect to an outside address: %+v %v", r, err)
	}
	refused := []struct{ name, from, to, key string }{
		{"same path", "/tengah-2", "/tengah-2/", "error.redirect_same"},
		{"live article", "/nasional/2026/11/27/banjir-rendam-tiga-kecamatan", "/x", "error.redirect_from_live"},
		{"section page", "/nasional/", "/x", "error.redirect_from_live"},
		{"newsroom", "/redaksi/log", "/x", "error.redirect_from_reserved"},
		{"not a path", "lama", "/x", "error.redirect_from_invalid"},
		{"bad target", "/lama", "javascript:alert(1)", "error.redirect_to_invalid"},
	}
	before := e.site.Redirects(t)
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			_, err := add(ed, tc.from, tc.to)
			var we *warta.Error
			if warta.ErrorCode(err) != warta.EINVALID || !errors.As(err, &we) || we.Key != tc.key {
				t.Fatalf("error %v, want key %s", err, tc.key)
			}
		})
	}
	wantMap(t, e.site.Redirects(t), before)
	// /p → /q, then /q → /p would loop.
	if _, err = add(ed, "/p", "/q"); err != nil {
		t.Fatal(err)
	}
	_, err = add(ed, "/q", "/p")
	if we := (*warta.Error)(nil); !errors.As(err, &we) || we.Key != "error.redirect_loop" {
		t.Fatalf("a loop: %v", err)
	}
	wantMap(t, e.site.Redirects(t), map[string]string{"/2019/05/banjir-lama": before["/2019/05/banjir-lama"],
		"/arsip/banjir": before["/arsip/banjir"], "/tengah": before["/tengah"], "/awal": before["/awal"], "/p": "/q"})
	wantCode(t, e.svc.DeleteRedirect(ctx, au, "/awal"), warta.EFORBIDDEN)
	if err := e.svc.DeleteRedirect(ctx, ed, "/awal"); err != nil {
		t.Fatal(err)
	}
	wantCode(t, e.svc.DeleteRedirect(ctx, ed, "/awal"), warta.ENOTFOUND)
	var entries []*warta.AuditEntry
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		entries, _, _ = tx.FindAudit(ctx, warta.AuditFilter{Limit: 2})
		return nil
	})
	if entries[0].Action != "redirect_delete" || entries[0].Subject != "redirect:/awal" || entries[0].UserID != ed.ID ||
		entries[1].Action != "redirect_add" {
		t.Errorf("audit: %+v %+v", entries[0], entries[1])
	}
}
