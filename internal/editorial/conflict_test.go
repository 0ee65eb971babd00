package editorial_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
)

// A move that fails after the save was checked (here: a schedule in the
// past) must leave the article exactly as it was: the save and the move
// are one transaction.
func TestSaveAndMoveIsOneTransaction(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed := e.users[warta.RoleEditor]
	a, err := e.svc.Create(ctx, ed, e.input("Judul Awal"), "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	before := len(e.revisions(t, a.ID))
	past := e.site.Now().Add(-time.Hour)
	_, err = e.svc.SaveAndMove(ctx, ed, a.ID, a.Version, e.input("Judul Baru"), editorial.Move{To: warta.StatusScheduled, PublishAt: past})
	wantCode(t, err, warta.EINVALID)
	got := e.article(t, a.ID)
	if got.Title != "Judul Awal" || got.Version != a.Version || got.Status != warta.StatusDraft {
		t.Errorf("a failed move kept the save: %q v%d %s", got.Title, got.Version, got.Status)
	}
	if n := len(e.revisions(t, a.ID)); n != before {
		t.Errorf("revisions %d, want %d", n, before)
	}
	// And a move that works saves and moves together.
	a, err = e.svc.SaveAndMove(ctx, ed, a.ID, a.Version, e.input("Judul Terbit"), editorial.Move{To: warta.StatusPublished})
	if err != nil || a.Title != "Judul Terbit" || a.Status != warta.StatusPublished {
		t.Fatalf("save and publish: %+v %v", a, err)
	}
}

// A stale save answers with what the client needs for a three-way
// comparison: the article now, the text the writer started from, and
// the refused text (kept as a revision).
func TestStaleSaveCarriesTheComparison(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed, au := e.users[warta.RoleEditor], e.users[warta.RoleAuthor]
	a, err := e.svc.Create(ctx, au, e.input("Judul Awal"), "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	theirs := e.input("Judul Awal")
	theirs.SEOTitle = str("Judul SEO dari penyunting")
	if _, err := e.svc.Save(ctx, ed, a.ID, a.Version, theirs); err != nil {
		t.Fatal(err)
	}
	mine := e.input("Judul dari penulis")
	_, err = e.svc.Save(ctx, au, a.ID, a.Version, mine)
	wantCode(t, err, warta.ECONFLICT)
	var c *editorial.Conflict
	if !errors.As(err, &c) {
		t.Fatalf("%T is not a *Conflict", err)
	}
	if c.Current.Version != a.Version+1 || c.Current.SEOTitle != "Judul SEO dari penyunting" {
		t.Errorf("current = v%d %q", c.Current.Version, c.Current.SEOTitle)
	}
	if c.Base == nil || c.Base.Title != "Judul Awal" || c.Base.SEOTitle != "" || c.Base.Version != a.Version {
		t.Errorf("base = %+v", c.Base)
	}
	if c.Mine == nil || c.Mine.Title != "Judul dari penulis" || !c.Mine.Refused || c.Mine.UserName != au.Name {
		t.Errorf("mine = %+v", c.Mine)
	}
	revs := e.revisions(t, a.ID)
	if revs[0].ID != c.Mine.ID || revs[0].Title != "Judul dari penulis" {
		t.Errorf("refused text not kept first: %+v", revs[0])
	}
}

// Revisions hold every edited field and a restore brings all of them
// back: the SEO title, dateline, tags, photo, label, related links and
// breaking flag too.
func TestRevisionsCoverEveryField(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	ed := e.users[warta.RoleEditor]
	first := e.input("Versi Satu")
	first.SEOTitle, first.SEODescription, first.Dateline = str("SEO satu"), str("Deskripsi satu"), str("Warta, Medan")
	tags, label, breaking := []int64{e.f.Banjir.ID}, warta.LabelAnalisis, true
	first.TagIDs, first.Label, first.Breaking = &tags, &label, &breaking
	a, err := e.svc.Create(ctx, ed, first, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	second := e.input("Versi Dua")
	second.SEOTitle, second.SEODescription, second.Dateline = str("SEO dua"), str(""), str("Warta, Jakarta")
	none, berita, calm := []int64{}, warta.LabelBerita, false
	second.TagIDs, second.Label, second.Breaking = &none, &berita, &calm
	if a, err = e.svc.Save(ctx, ed, a.ID, a.Version, second); err != nil {
		t.Fatal(err)
	}
	revs := e.revisions(t, a.ID)
	if len(revs) != 2 || !revs[0].Complete || revs[0].SEOTitle != "SEO dua" || revs[1].Dateline != "Warta, Medan" ||
		revs[1].Label != warta.LabelAnalisis || !revs[1].Breaking || len(revs[1].TagIDs) != 1 || revs[0].UserName != ed.Name {
		t.Fatalf("revisions = %+v / %+v", revs[0], revs[1])
	}
	a, err = e.svc.Restore(ctx, ed, a.ID, a.Version, revs[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Versi Satu" || a.SEOTitle != "SEO satu" || a.SEODescription != "Deskripsi satu" || a.Dateline != "Warta, Medan" ||
		a.Label != warta.LabelAnalisis || !a.Breaking || len(a.TagIDs) != 1 || a.TagIDs[0] != e.f.Banjir.ID {
		t.Errorf("restore missed fields: %+v", a)
	}
}
