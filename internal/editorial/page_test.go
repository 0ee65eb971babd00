package editorial_test

import (
	"context"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
)

func (e *env) pages() *editorial.Pages {
	return &editorial.Pages{Store: e.site.Store,
		Notify: func(ev warta.Event) { e.mu.Lock(); e.events = append(e.events, ev); e.mu.Unlock() }}
}

func (e *env) page(t *testing.T, id int64) *warta.Page {
	t.Helper()
	var p *warta.Page
	if err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		p, err = tx.FindPageByID(context.Background(), id)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPagesOnlyEditorsManage(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	svc := e.pages()
	for _, r := range []warta.Role{warta.RoleAuthor, warta.RoleContributor} {
		err := svc.Create(ctx, e.users[r], &warta.Page{Title: "Tentang Kami"})
		wantCode(t, err, warta.EFORBIDDEN)
	}
	wantCode(t, svc.Create(ctx, nil, &warta.Page{Title: "Tentang Kami"}), warta.EUNAUTHORIZED)
	if e.eventCount() != 0 {
		t.Fatalf("refused creates sent %d events", e.eventCount())
	}
	p := &warta.Page{Title: "  Tentang   Kami ", BodyHTML: `<p onclick="x()">Kami <script>alert(1)</script>media.</p>`}
	if err := svc.Create(ctx, e.users[warta.RoleEditor], p); err != nil {
		t.Fatal(err)
	}
	if p.Slug != "tentang-kami" || p.Title != "Tentang Kami" || p.Status != warta.PageDraft || p.Version != 1 || !p.PublishedAt.IsZero() {
		t.Errorf("created = %+v", p)
	}
	if got := e.page(t, p.ID).BodyHTML; got != "<p>Kami media.</p>" {
		t.Errorf("body = %q, want it sanitised", got)
	}
	if e.eventCount() != 1 {
		t.Errorf("events = %d, want 1", e.eventCount())
	}
	for _, r := range []warta.Role{warta.RoleAuthor, warta.RoleContributor} {
		_, err := svc.Update(ctx, e.users[r], p.ID, 1, editorial.PageInput{Title: str("Lain")})
		wantCode(t, err, warta.EFORBIDDEN)
		wantCode(t, svc.Delete(ctx, e.users[r], p.ID), warta.EFORBIDDEN)
	}
	if got := e.page(t, p.ID); got.Title != "Tentang Kami" || got.Version != 1 {
		t.Errorf("after refusals = %+v", got)
	}
	// An administrator may too, and the audit log names the change.
	if err := svc.Delete(ctx, e.users[warta.RoleAdministrator], p.ID); err != nil {
		t.Fatal(err)
	}
	var entries []*warta.AuditEntry
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		entries, _, _ = tx.FindAudit(ctx, warta.AuditFilter{Limit: 10})
		return nil
	})
	if len(entries) < 2 || entries[0].Action != "page_delete" || entries[1].Action != "page_create" {
		t.Errorf("audit = %+v", entries)
	}
}

func TestPageSlugClashesWithSection(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	svc := e.pages()
	ed := e.users[warta.RoleEditor]
	// A page asking for a section's slug is refused…
	err := svc.Create(ctx, ed, &warta.Page{Title: "Nasional", Slug: "nasional"})
	wantCode(t, err, warta.EINVALID)
	if we, _ := err.(*warta.Error); we == nil || we.Key != "error.page_slug_is_section" {
		t.Errorf("err = %#v, want the section-clash message", err)
	}
	// … one made from the title is numbered past it, and past reserved paths.
	p := &warta.Page{Title: "Nasional"}
	if err := svc.Create(ctx, ed, p); err != nil || p.Slug != "nasional-2" {
		t.Errorf("from title: %+v, %v", p, err)
	}
	wantCode(t, svc.Create(ctx, ed, &warta.Page{Title: "Indeks", Slug: "indeks"}), warta.EINVALID)
	// A section asking for a page's slug is refused, a new one or a renamed one.
	about := &warta.Page{Title: "Tentang Kami"}
	if err := svc.Create(ctx, ed, about); err != nil {
		t.Fatal(err)
	}
	_, err = e.svc.SaveSection(ctx, ed, 0, editorial.SectionInput{Name: "Tentang", Slug: "tentang-kami"})
	wantCode(t, err, warta.EINVALID)
	_, err = e.svc.SaveSection(ctx, ed, e.f.Nasional.ID, editorial.SectionInput{Name: "Nasional", Slug: "tentang-kami"})
	wantCode(t, err, warta.EINVALID)
	// A section named like the page gets a numbered slug.
	sec, err := e.svc.SaveSection(ctx, ed, 0, editorial.SectionInput{Name: "Tentang Kami"})
	if err != nil || sec.Slug != "tentang-kami-2" {
		t.Errorf("section from name = %+v, %v", sec, err)
	}
	// A page renamed to a section's slug is refused, nothing written.
	_, err = svc.Update(ctx, ed, about.ID, about.Version, editorial.PageInput{Slug: str("nasional")})
	wantCode(t, err, warta.EINVALID)
	if got := e.page(t, about.ID); got.Slug != "tentang-kami" || got.Version != 1 {
		t.Errorf("after refused rename = %+v", got)
	}
}

func TestPageStaleVersionWritesNothing(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	svc := e.pages()
	ed := e.users[warta.RoleEditor]
	p := &warta.Page{Title: "Kontak", BodyHTML: "<p>Surel kami.</p>"}
	if err := svc.Create(ctx, ed, p); err != nil {
		t.Fatal(err)
	}
	saved, err := svc.Update(ctx, ed, p.ID, 1, editorial.PageInput{Title: str("Kontak Redaksi")})
	if err != nil || saved.Version != 2 {
		t.Fatalf("first save = %+v, %v", saved, err)
	}
	events := e.eventCount()
	_, err = svc.Update(ctx, e.users[warta.RoleAdministrator], p.ID, 1, editorial.PageInput{Title: str("Kontak Lama"), BodyHTML: str("<p>Lama.</p>")})
	wantCode(t, err, warta.ECONFLICT)
	if got := e.page(t, p.ID); got.Title != "Kontak Redaksi" || got.BodyHTML != "<p>Surel kami.</p>" || got.Version != 2 {
		t.Errorf("after stale save = %+v", got)
	}
	if e.eventCount() != events {
		t.Errorf("a refused save sent an event")
	}
	_, err = svc.Update(ctx, ed, 9999, 1, editorial.PageInput{})
	wantCode(t, err, warta.ENOTFOUND)
}

func TestPublishedPageMoveLeavesRedirect(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	svc := e.pages()
	ed := e.users[warta.RoleEditor]
	p := &warta.Page{Title: "Pedoman", Slug: "pedoman"}
	if err := svc.Create(ctx, ed, p); err != nil {
		t.Fatal(err)
	}
	// A draft moves without a trace.
	p, err := svc.Update(ctx, ed, p.ID, p.Version, editorial.PageInput{Slug: str("pedoman-siber")})
	if err != nil {
		t.Fatal(err)
	}
	// Publishing sets the publication time once.
	published := warta.PagePublished
	first := e.site.Now()
	if p, err = svc.Update(ctx, ed, p.ID, p.Version, editorial.PageInput{Status: &published}); err != nil {
		t.Fatal(err)
	}
	if !p.PublishedAt.Equal(first) {
		t.Errorf("published at %v, want %v", p.PublishedAt, first)
	}
	e.site.Clock.Advance(time.Hour)
	if p, err = svc.Update(ctx, ed, p.ID, p.Version, editorial.PageInput{Slug: str("pedoman-media-siber")}); err != nil {
		t.Fatal(err)
	}
	if !p.PublishedAt.Equal(first) {
		t.Errorf("after a save, published at %v, want %v kept", p.PublishedAt, first)
	}
	if p, err = svc.Update(ctx, ed, p.ID, p.Version, editorial.PageInput{Slug: str("pedoman-media")}); err != nil {
		t.Fatal(err)
	}
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		for from, want := range map[string]string{"/pedoman-siber": "/pedoman-media", "/pedoman-media-siber": "/pedoman-media", "/pedoman": ""} {
			to, err := tx.FindRedirect(ctx, from)
			if want == "" {
				if err == nil {
					t.Errorf("%s redirects to %s; a draft's move leaves none", from, to)
				}
				continue
			}
			if err != nil || to != want {
				t.Errorf("%s → %q (%v), want %s in one hop", from, to, err, want)
			}
		}
		return nil
	})
	// A published page's address cannot be redirected away.
	_, err = e.svc.AddRedirect(ctx, ed, warta.Redirect{From: "/pedoman-media", To: "/nasional/"})
	wantCode(t, err, warta.EINVALID)
}
