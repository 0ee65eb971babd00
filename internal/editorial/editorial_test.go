package editorial_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/webtest"
)

type env struct {
	site   *webtest.Site
	f      *webtest.Fixture
	svc    *editorial.Service
	mu     sync.Mutex
	events []warta.Event
	users  map[warta.Role]*warta.User
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{site: webtest.NewSite(t), users: map[warta.Role]*warta.User{}}
	e.f = e.site.NewFixture(t)
	e.svc = &editorial.Service{Store: e.site.Store,
		Notify: func(ev warta.Event) { e.mu.Lock(); e.events = append(e.events, ev); e.mu.Unlock() }}
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		for _, r := range warta.Roles {
			u := &warta.User{Email: string(r) + "@kabar.example", Name: string(r), Role: r, PersonID: e.f.Agus.ID}
			if err := tx.CreateUser(context.Background(), u); err != nil {
				return err
			}
			e.users[r] = u
		}
		return nil
	})
	return e
}

func str(s string) *string { return &s }

func (e *env) input(title string) editorial.Input {
	sec := e.f.Nasional.ID
	return editorial.Input{Title: str(title), Dek: str("Ringkasan."), BodyHTML: str("<p>Isi berita pertama.</p><p>Kedua.</p>"), SectionID: &sec}
}

func (e *env) article(t *testing.T, id int64) *warta.Article {
	t.Helper()
	var a *warta.Article
	if err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		a, err = tx.FindArticleByID(context.Background(), id)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return a
}

func (e *env) revisions(t *testing.T, id int64) []*warta.Revision {
	t.Helper()
	var list []*warta.Revision
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, _ = tx.FindRevisions(context.Background(), id)
		return nil
	})
	return list
}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := warta.ErrorCode(err); got != code {
		t.Fatalf("error %v (code %q), want %q", err, got, code)
	}
}

func TestCreateDraft(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	c := e.users[warta.RoleContributor]
	in := e.input("Warga Jum'at Bersih-bersih Sungai & Pantai")
	in.BodyHTML = str(`<p onclick="x()">Isi <script>alert(1)</script>aman.</p>`)
	a, err := e.svc.Create(ctx, c, in, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Status != warta.StatusDraft || a.OwnerID != c.ID || a.Slug != "warga-jumat-bersih-bersih-sungai-dan-pantai" {
		t.Errorf("created %+v", a)
	}
	if strings.Contains(a.BodyHTML, "script") || strings.Contains(a.BodyHTML, "onclick") || a.WordCount != 2 {
		t.Errorf("body not sanitised: %q (%d words)", a.BodyHTML, a.WordCount)
	}
	if len(a.AuthorIDs) != 1 || a.AuthorIDs[0] != e.f.Agus.ID {
		t.Errorf("byline defaults to the writer's person: %v", a.AuthorIDs)
	}
	again, err := e.svc.Create(ctx, c, in, "", time.Time{})
	if err != nil || again.Slug != a.Slug+"-2" {
		t.Errorf("second slug = %q, %v", again.Slug, err)
	}
	if revs := e.revisions(t, a.ID); len(revs) != 1 {
		t.Errorf("%d revisions after create", len(revs))
	}
}

func TestCreateRefusedChangesNothing(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	var before int
	e.site.Store.View(ctx, func(tx warta.ReadTx) error { before, _ = tx.CountArticles(ctx); return nil })
	_, err := e.svc.Create(ctx, e.users[warta.RoleContributor], e.input("Langsung Terbit"), warta.StatusPublished, time.Time{})
	wantCode(t, err, warta.EFORBIDDEN)
	_, err = e.svc.Create(ctx, nil, e.input("Tanpa Akun"), "", time.Time{})
	wantCode(t, err, warta.EUNAUTHORIZED)
	noSection := e.input("Tanpa Rubrik")
	noSection.SectionID = nil
	_, err = e.svc.Create(ctx, e.users[warta.RoleEditor], noSection, "", time.Time{})
	wantCode(t, err, warta.EINVALID)
	var after int
	e.site.Store.View(ctx, func(tx warta.ReadTx) error { after, _ = tx.CountArticles(ctx); return nil })
	if after != before {
		t.Fatalf("refused creates changed the count from %d to %d", before, after)
	}
}

func TestStaleSaveKeepsBothTexts(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed := e.users[warta.RoleEditor]
	a, err := e.svc.Create(ctx, ed, e.input("Judul Awal"), "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	first := e.input("Judul dari Rina")
	if _, err := e.svc.Save(ctx, ed, a.ID, 1, first); err != nil {
		t.Fatal(err)
	}
	second := e.input("Judul dari Budi")
	second.BodyHTML = str("<p>Teks Budi yang tidak boleh hilang.</p>")
	_, err = e.svc.Save(ctx, ed, a.ID, 1, second)
	wantCode(t, err, warta.ECONFLICT)
	if got := e.article(t, a.ID); got.Title != "Judul dari Rina" || got.Version != 2 {
		t.Errorf("stale save changed the article: %q v%d", got.Title, got.Version)
	}
	revs := e.revisions(t, a.ID)
	if len(revs) != 3 || revs[0].Title != "Judul dari Budi" || !strings.Contains(revs[0].BodyHTML, "tidak boleh hilang") ||
		!strings.Contains(revs[0].Note, "stale") {
		t.Fatalf("refused text not kept: %+v", revs[0])
	}
}

func TestWorkflow(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	c, ed := e.users[warta.RoleContributor], e.users[warta.RoleEditor]
	a, err := e.svc.Create(ctx, c, e.input("Pasar Terapung Kembali Ramai"), "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	a, err = e.svc.Transition(ctx, c, a.ID, a.Version, warta.StatusReview, time.Time{})
	if err != nil || a.Status != warta.StatusReview {
		t.Fatalf("submit: %v", err)
	}
	_, err = e.svc.Transition(ctx, c, a.ID, a.Version, warta.StatusPublished, time.Time{})
	wantCode(t, err, warta.EFORBIDDEN)
	_, err = e.svc.Transition(ctx, ed, a.ID, a.Version, warta.StatusScheduled, e.site.Now().Add(-time.Minute))
	wantCode(t, err, warta.EINVALID)
	_, err = e.svc.Transition(ctx, ed, a.ID, a.Version-1, warta.StatusPublished, time.Time{})
	wantCode(t, err, warta.ECONFLICT)
	a, err = e.svc.Transition(ctx, ed, a.ID, a.Version, warta.StatusPublished, time.Time{})
	if err != nil || a.Status != warta.StatusPublished || !a.PublishedAt.Equal(e.site.Now()) {
		t.Fatalf("publish: %+v, %v", a, err)
	}
	// The contributor can no longer touch it; an edit by the editor sets the updated time.
	_, err = e.svc.Save(ctx, c, a.ID, a.Version, e.input("Diubah Kontributor"))
	wantCode(t, err, warta.EFORBIDDEN)
	e.site.Clock.Advance(2 * time.Hour)
	moved := e.input("Pasar Terapung Kembali Ramai")
	moved.Slug = str("pasar-terapung-ramai-lagi")
	a, err = e.svc.Save(ctx, ed, a.ID, a.Version, moved)
	if err != nil || !a.UpdatedAt.Equal(e.site.Now()) || !a.WasUpdated() {
		t.Fatalf("edit after publishing: %+v, %v", a, err)
	}
	var to string
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		to, _ = tx.FindRedirect(ctx, "/nasional/2026/11/27/pasar-terapung-kembali-ramai")
		return nil
	})
	if to != "/nasional/2026/11/27/pasar-terapung-ramai-lagi" {
		t.Errorf("no redirect from the old slug: %q", to)
	}
	a, err = e.svc.Correct(ctx, ed, a.ID, warta.CorrectionFix, "Nama pasar diperbaiki.")
	if err != nil || len(e.article(t, a.ID).Corrections) != 1 {
		t.Fatalf("correct: %v", err)
	}
	a, err = e.svc.Transition(ctx, ed, a.ID, a.Version, warta.StatusUnpublished, time.Time{})
	if err != nil || a.Status != warta.StatusUnpublished {
		t.Fatalf("unpublish: %v", err)
	}
	_, err = e.svc.Correct(ctx, ed, a.ID, warta.CorrectionFix, "x")
	wantCode(t, err, warta.EINVALID)
	kinds := map[warta.EventKind]int{}
	for _, ev := range e.events {
		kinds[ev.Kind]++
	}
	if kinds[warta.EventArticlePublished] != 1 || kinds[warta.EventArticleRemoved] != 1 {
		t.Errorf("events = %v", kinds)
	}
	var entries []*warta.AuditEntry
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		entries, _, _ = tx.FindAudit(ctx, warta.AuditFilter{Limit: 100})
		return nil
	})
	if len(entries) != 6 || entries[0].Action != "unpublished" || entries[0].UserID != ed.ID {
		t.Errorf("audit log: %d entries, newest %+v", len(entries), entries[0])
	}
}

func TestScheduledPublishing(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	au := e.users[warta.RoleAuthor]
	a, err := e.svc.Create(ctx, au, e.input("Festival Layang-layang Digelar Sore Ini"), warta.StatusScheduled, e.site.Now().Add(30*time.Minute))
	if err != nil || a.Status != warta.StatusScheduled {
		t.Fatalf("schedule: %+v %v", a, err)
	}
	if n, err := e.svc.PublishDue(ctx); err != nil || n != 0 {
		t.Fatalf("published %d before its time (%v)", n, err)
	}
	var lags []time.Duration
	e.svc.ScheduledLag = func(d time.Duration) { lags = append(lags, d) }
	e.site.Clock.Advance(31 * time.Minute)
	if n, err := e.svc.PublishDue(ctx); err != nil || n != 1 {
		t.Fatalf("PublishDue = %d, %v", n, err)
	}
	if len(lags) != 1 || lags[0] != time.Minute {
		t.Errorf("lags heard: %v, want [1m0s]", lags)
	}
	got := e.article(t, a.ID)
	if got.Status != warta.StatusPublished || !got.PublishedAt.Equal(e.site.Now()) || !got.PublishAt.IsZero() {
		t.Fatalf("after PublishDue: %+v", got)
	}
	if n, _ := e.svc.PublishDue(ctx); n != 0 {
		t.Fatal("published twice")
	}
	if len(lags) != 1 {
		t.Errorf("lag heard for nothing published: %v", lags)
	}
}

func TestRestoreAndDelete(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	au, c := e.users[warta.RoleAuthor], e.users[warta.RoleContributor]
	a, _ := e.svc.Create(ctx, au, e.input("Versi Satu"), "", time.Time{})
	a, _ = e.svc.Save(ctx, au, a.ID, a.Version, e.input("Versi Dua"))
	revs := e.revisions(t, a.ID)
	a, err := e.svc.Restore(ctx, au, a.ID, a.Version, revs[len(revs)-1].ID)
	if err != nil || a.Title != "Versi Satu" {
		t.Fatalf("restore: %+v %v", a, err)
	}
	wantCode(t, e.svc.Delete(ctx, c, a.ID), warta.EFORBIDDEN)
	if err := e.svc.Delete(ctx, au, a.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, e.svc.Delete(ctx, au, a.ID), warta.EINVALID) // already in the trash
	if got := e.article(t, a.ID); got.Status != warta.StatusTrashed {
		t.Fatalf("delete did not trash: %s", got.Status)
	}
}

func TestEmptySlug(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed := e.users[warta.RoleEditor]
	a, _ := e.svc.Create(ctx, ed, e.input("Judul Pertama"), "", time.Time{})
	in := e.input("Judul Kedua")
	in.Slug = str("")
	a, err := e.svc.Save(ctx, ed, a.ID, a.Version, in)
	if err != nil || a.Slug != "judul-kedua" {
		t.Fatalf("an emptied slug of a draft: %q %v", a.Slug, err)
	}
	a, _ = e.svc.Transition(ctx, ed, a.ID, a.Version, warta.StatusPublished, time.Time{})
	in = e.input("Judul Ketiga")
	in.Slug = str("")
	a, err = e.svc.Save(ctx, ed, a.ID, a.Version, in)
	if err != nil || a.Slug != "judul-kedua" {
		t.Fatalf("an emptied slug of a published article changed its address: %q %v", a.Slug, err)
	}
}
