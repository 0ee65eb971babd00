package editorial_test

import (
	"context"
	"testing"

	"warta"
	"warta/internal/editorial"
)

func TestSaveSettings(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	admin := e.users[warta.RoleAdministrator]
	var cur *warta.Settings
	e.site.Store.View(ctx, func(tx warta.ReadTx) (err error) { cur, err = tx.FindSettings(ctx); return })
	next := *cur
	next.SiteName = "  Kabar   Baru "
	if _, err := e.svc.SaveSettings(ctx, e.users[warta.RoleEditor], &next); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("editor: %v", err)
	}
	before := e.eventCount()
	saved, err := e.svc.SaveSettings(ctx, admin, &next)
	if err != nil || saved.SiteName != "Kabar Baru" || saved.Version != cur.Version+1 {
		t.Fatalf("saved = %+v, %v", saved, err)
	}
	if e.eventCount() != before+1 {
		t.Error("no site-changed event after saving settings")
	}
	// A form opened before that save is stale: conflict, nothing changed.
	stale := *cur
	stale.Tagline = "Basi"
	if _, err := e.svc.SaveSettings(ctx, admin, &stale); warta.ErrorCode(err) != warta.ECONFLICT {
		t.Errorf("stale settings: %v", err)
	}
	bad := *saved
	bad.TimeZone = "Mars/Olympus"
	if _, err := e.svc.SaveSettings(ctx, admin, &bad); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("bad zone: %v", err)
	}
	if e.eventCount() != before+1 {
		t.Error("a refused save announced a change")
	}
}

func TestSaveSectionAndTag(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	editor := e.users[warta.RoleEditor]
	if _, err := e.svc.SaveSection(ctx, e.users[warta.RoleAuthor], 0, editorial.SectionInput{Name: "Olahraga"}); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("author: %v", err)
	}
	// A name whose slug a site page uses is numbered; a slug asked for is not.
	sec, err := e.svc.SaveSection(ctx, editor, 0, editorial.SectionInput{Name: "Tag"})
	if err != nil || sec.Slug != "tag-2" {
		t.Errorf("section Tag = %+v, %v", sec, err)
	}
	if _, err := e.svc.SaveSection(ctx, editor, 0, editorial.SectionInput{Name: "Cari", Slug: "cari"}); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("reserved slug asked for: %v", err)
	}
	if _, err := e.svc.SaveSection(ctx, editor, 0, editorial.SectionInput{Name: "Lain", Slug: e.f.Nasional.Slug}); warta.ErrorCode(err) != warta.ECONFLICT {
		t.Errorf("taken slug asked for: %v", err)
	}
	// Renaming keeps the record; a second section named like the first is numbered.
	sec, err = e.svc.SaveSection(ctx, editor, sec.ID, editorial.SectionInput{Name: "Nasional"})
	if err != nil || sec.Slug != "nasional-2" {
		t.Errorf("renamed = %+v, %v", sec, err)
	}
	if _, err := e.svc.SaveSection(ctx, editor, 999, editorial.SectionInput{Name: "Hantu"}); warta.ErrorCode(err) != warta.ENOTFOUND {
		t.Errorf("unknown section: %v", err)
	}
	tag, err := e.svc.SaveTag(ctx, editor, 0, editorial.TagInput{Name: "Ibu Kota Nusantara", Slug: "IKN"})
	if err != nil || tag.Slug != "ikn" {
		t.Errorf("tag = %+v, %v", tag, err)
	}
	if _, err := e.svc.SaveTag(ctx, e.users[warta.RoleContributor], tag.ID, editorial.TagInput{Name: "X"}); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("contributor renaming a tag: %v", err)
	}
}
