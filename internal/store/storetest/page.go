package storetest

import (
	"strings"
	"testing"
	"time"

	"warta"
)

// testPages checks static pages: create sets ID, times and version 1;
// find by ID and slug; the list by position then title, filtered by
// status and paged; update writes every field and bumps the version; a
// taken slug is a conflict; invalid pages and deletes of unknown pages
// change nothing.
func testPages(t *testing.T, s warta.Store) {
	published := base.Add(-time.Hour)
	about := &warta.Page{Slug: "tentang-kami", Title: "Tentang Kami", BodyHTML: "<p>Kami.</p>", Status: warta.PagePublished, Position: 2, PublishedAt: published}
	guide := &warta.Page{Slug: "pedoman-media-siber", Title: "Pedoman Media Siber", Status: warta.PagePublished, Position: 1, PublishedAt: published}
	contact := &warta.Page{Slug: "kontak", Title: "Kontak", Status: warta.PageDraft, Position: 2}
	mustUpdate(t, s, func(tx warta.Tx) error {
		for _, p := range []*warta.Page{about, guide, contact} {
			if err := tx.CreatePage(ctx(), p); err != nil {
				return err
			}
		}
		return nil
	})
	if about.ID == 0 || about.Version != 1 || about.CreatedAt.IsZero() || !about.ModifiedAt.Equal(about.CreatedAt) {
		t.Fatalf("created page = %+v, want ID, version 1 and times", about)
	}

	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindPageBySlug(ctx(), "tentang-kami")
		if err != nil {
			return err
		}
		if got.ID != about.ID || got.Title != "Tentang Kami" || got.BodyHTML != "<p>Kami.</p>" || got.Status != warta.PagePublished ||
			got.Position != 2 || !got.PublishedAt.Equal(published) || got.Version != 1 || got.CreatedAt.IsZero() {
			t.Errorf("by slug = %+v", got)
		}
		byID, err := tx.FindPageByID(ctx(), contact.ID)
		if err != nil {
			return err
		}
		if byID.Slug != "kontak" || !byID.PublishedAt.IsZero() {
			t.Errorf("by id = %+v, want the draft with no publication time", byID)
		}
		_, err = tx.FindPageBySlug(ctx(), "tidak-ada")
		wantCode(t, err, warta.ENOTFOUND)
		_, err = tx.FindPageByID(ctx(), 9999)
		wantCode(t, err, warta.ENOTFOUND)

		all, total, err := tx.FindPages(ctx(), warta.PageFilter{})
		if err != nil {
			return err
		}
		if got := pageSlugs(all); total != 3 || got != "pedoman-media-siber kontak tentang-kami" {
			t.Errorf("all = %q (%d), want position then title", got, total)
		}
		pub := warta.PagePublished
		list, total, err := tx.FindPages(ctx(), warta.PageFilter{Status: &pub, Offset: 1, Limit: 1})
		if err != nil {
			return err
		}
		if got := pageSlugs(list); total != 2 || got != "tentang-kami" {
			t.Errorf("published, second = %q (%d)", got, total)
		}
		return nil
	})

	// Update writes every field and bumps the version.
	mustUpdate(t, s, func(tx warta.Tx) error {
		p, err := tx.FindPageByID(ctx(), contact.ID)
		if err != nil {
			return err
		}
		p.Slug, p.Title, p.BodyHTML, p.Status, p.Position, p.PublishedAt = "hubungi-kami", "Hubungi Kami", "<p>Surel.</p>", warta.PagePublished, 0, base
		if err := tx.UpdatePage(ctx(), p); err != nil {
			return err
		}
		if p.Version != 2 || p.ModifiedAt.IsZero() {
			t.Errorf("after update = %+v, want version 2", p)
		}
		return nil
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		p, err := tx.FindPageByID(ctx(), contact.ID)
		if err != nil {
			return err
		}
		if p.Slug != "hubungi-kami" || p.Title != "Hubungi Kami" || p.BodyHTML != "<p>Surel.</p>" || p.Status != warta.PagePublished ||
			p.Position != 0 || !p.PublishedAt.Equal(base) || p.Version != 2 {
			t.Errorf("stored = %+v", p)
		}
		_, err = tx.FindPageBySlug(ctx(), "kontak")
		wantCode(t, err, warta.ENOTFOUND)
		return nil
	})

	// A taken slug, an invalid page, unknown IDs: errors, nothing changed.
	err := s.Update(ctx(), func(tx warta.Tx) error {
		return tx.CreatePage(ctx(), &warta.Page{Slug: "tentang-kami", Title: "Lain", Status: warta.PageDraft})
	})
	wantCode(t, err, warta.ECONFLICT)
	err = s.Update(ctx(), func(tx warta.Tx) error {
		p := *guide
		p.Slug = "tentang-kami"
		return tx.UpdatePage(ctx(), &p)
	})
	wantCode(t, err, warta.ECONFLICT)
	for name, p := range map[string]*warta.Page{
		"no title":      {Slug: "a", Status: warta.PageDraft},
		"bad slug":      {Slug: "A b", Title: "A", Status: warta.PageDraft},
		"reserved slug": {Slug: "indeks", Title: "A", Status: warta.PageDraft},
		"bad status":    {Slug: "a", Title: "A", Status: "hidden"},
	} {
		err := s.Update(ctx(), func(tx warta.Tx) error { return tx.CreatePage(ctx(), p) })
		if warta.ErrorCode(err) != warta.EINVALID {
			t.Errorf("%s: error %v, want invalid", name, err)
		}
	}
	err = s.Update(ctx(), func(tx warta.Tx) error {
		return tx.CreatePage(ctx(), &warta.Page{Slug: "besar", Title: "Besar", Status: warta.PageDraft, BodyHTML: strings.Repeat("x", warta.MaxBodyBytes+1)})
	})
	wantCode(t, err, warta.ETOOLARGE)
	err = s.Update(ctx(), func(tx warta.Tx) error {
		return tx.UpdatePage(ctx(), &warta.Page{ID: 9999, Slug: "x", Title: "X", Status: warta.PageDraft})
	})
	wantCode(t, err, warta.ENOTFOUND)
	err = s.Update(ctx(), func(tx warta.Tx) error { return tx.DeletePage(ctx(), 9999) })
	wantCode(t, err, warta.ENOTFOUND)

	mustUpdate(t, s, func(tx warta.Tx) error { return tx.DeletePage(ctx(), about.ID) })
	mustView(t, s, func(tx warta.ReadTx) error {
		_, err := tx.FindPageByID(ctx(), about.ID)
		wantCode(t, err, warta.ENOTFOUND)
		_, total, err := tx.FindPages(ctx(), warta.PageFilter{})
		if total != 2 {
			t.Errorf("after delete %d pages, want 2", total)
		}
		return err
	})
}

func pageSlugs(list []*warta.Page) string {
	var out []string
	for _, p := range list {
		out = append(out, p.Slug)
	}
	return strings.Join(out, " ")
}
