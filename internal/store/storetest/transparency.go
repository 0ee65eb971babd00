package storetest

import (
	"testing"
	"time"

	"warta"
)

// testCorrectionLog lists the notes of published stories only, newest
// first, paged, with the total; a clarification is a kind like the others.
func testCorrectionLog(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a, b, gone := f.article("dikoreksi", base), f.article("diperbarui", base), f.article("ditarik", base)
	mustCreate(t, s, a, b, gone)
	notes := []*warta.Correction{
		{ArticleID: a.ID, Kind: warta.CorrectionFix, Note: "Nama menteri diperbaiki.", CreatedAt: base.Add(time.Hour)},
		{ArticleID: b.ID, Kind: warta.CorrectionUpdate, Note: "Ditambah tanggapan.", CreatedAt: base.Add(3 * time.Hour)},
		{ArticleID: a.ID, Kind: warta.CorrectionClarify, Note: "Angka itu perkiraan panitia.", CreatedAt: base.Add(2 * time.Hour)},
		{ArticleID: gone.ID, Kind: warta.CorrectionFix, Note: "Tidak tampil.", CreatedAt: base.Add(4 * time.Hour)},
	}
	mustUpdate(t, s, func(tx warta.Tx) error {
		for _, c := range notes {
			if err := tx.AddCorrection(ctx(), c); err != nil {
				return err
			}
		}
		unpublished := warta.StatusUnpublished
		_, err := tx.UpdateArticle(ctx(), gone.ID, warta.ArticleUpdate{Version: gone.Version, Status: &unpublished})
		return err
	})
	err := s.Update(ctx(), func(tx warta.Tx) error {
		return tx.AddCorrection(ctx(), &warta.Correction{ArticleID: a.ID, Kind: "ralat", Note: "x"})
	})
	wantCode(t, err, warta.EINVALID)
	mustView(t, s, func(tx warta.ReadTx) error {
		list, total, err := tx.FindCorrectionLog(ctx(), 2, 0)
		if err != nil {
			return err
		}
		if total != 3 || len(list) != 2 || list[0].Note != notes[1].Note || list[1].Kind != warta.CorrectionClarify {
			t.Errorf("first page = %+v (total %d), want the update then the clarification of 3", list, total)
		}
		if !list[0].CreatedAt.Equal(notes[1].CreatedAt) || list[0].ArticleID != b.ID {
			t.Errorf("first note = %+v", list[0])
		}
		list, total, err = tx.FindCorrectionLog(ctx(), 2, 2)
		if err != nil {
			return err
		}
		if total != 3 || len(list) != 1 || list[0].Kind != warta.CorrectionFix {
			t.Errorf("second page = %+v (total %d)", list, total)
		}
		list, _, err = tx.FindCorrectionLog(ctx(), 2, 10)
		if err != nil || len(list) != 0 {
			t.Errorf("past the end = %+v, %v", list, err)
		}
		return nil
	})
}

// testTakedowns lists stories readers saw that are off the site, last
// withdrawn first, with their reason; a story back on the site leaves it.
func testTakedowns(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a, b, back, live := f.article("cabut-a", base), f.article("cabut-b", base), f.article("kembali", base), f.article("tayang", base)
	mustCreate(t, s, a, b, back, live)
	draft := f.article("draf", time.Time{})
	draft.Status, draft.PublishedAt = warta.StatusDraft, time.Time{}
	mustCreate(t, s, draft)
	withdraw := func(tx warta.Tx, x *warta.Article, reason string, at time.Time) error {
		unpublished := warta.StatusUnpublished
		got, err := tx.UpdateArticle(ctx(), x.ID, warta.ArticleUpdate{Version: x.Version, Status: &unpublished, RemovalReason: &reason})
		if err != nil {
			return err
		}
		*x = *got
		return tx.RecordTakedown(ctx(), x.ID, at)
	}
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := withdraw(tx, a, "Melanggar privasi anak.", base.Add(time.Hour)); err != nil {
			return err
		}
		if err := withdraw(tx, b, "Atas putusan pengadilan.", base.Add(3*time.Hour)); err != nil {
			return err
		}
		if err := withdraw(tx, back, "Sementara diperiksa.", base.Add(2*time.Hour)); err != nil {
			return err
		}
		// A second withdrawal of a replaces its time.
		if err := tx.RecordTakedown(ctx(), a.ID, base.Add(4*time.Hour)); err != nil {
			return err
		}
		published := warta.StatusPublished
		_, err := tx.UpdateArticle(ctx(), back.ID, warta.ArticleUpdate{Version: back.Version, Status: &published})
		return err
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		list, total, err := tx.FindTakedowns(ctx(), 10, 0)
		if err != nil {
			return err
		}
		if total != 2 || len(list) != 2 {
			t.Fatalf("takedowns = %+v (total %d), want a and b", list, total)
		}
		if list[0].ArticleID != a.ID || !list[0].At.Equal(base.Add(4*time.Hour)) || list[0].Reason != "Melanggar privasi anak." {
			t.Errorf("first = %+v, want a, withdrawn again at +4h", list[0])
		}
		if list[1].ArticleID != b.ID || list[1].Reason != "Atas putusan pengadilan." {
			t.Errorf("second = %+v, want b", list[1])
		}
		list, total, err = tx.FindTakedowns(ctx(), 1, 1)
		if err != nil || total != 2 || len(list) != 1 || list[0].ArticleID != b.ID {
			t.Errorf("second page = %+v (total %d), %v", list, total, err)
		}
		return nil
	})
}

// testMastheadFields keeps a person's masthead order and heading.
func testMastheadFields(t *testing.T, s warta.Store) {
	p := &warta.Person{Slug: "dewi", Name: "Dewi", Title: "Redaktur Ekonomi", MastheadRank: 20, MastheadRole: "Redaktur"}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreatePerson(ctx(), p) })
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindPersonByID(ctx(), p.ID)
		if err != nil {
			return err
		}
		if got.MastheadRank != 20 || got.MastheadRole != "Redaktur" {
			t.Errorf("created = %+v", got)
		}
		return nil
	})
	p.MastheadRank, p.MastheadRole = 5, ""
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.UpdatePerson(ctx(), p) })
	mustView(t, s, func(tx warta.ReadTx) error {
		people, err := tx.FindPeople(ctx())
		if err != nil {
			return err
		}
		if len(people) != 1 || people[0].MastheadRank != 5 || people[0].MastheadRole != "" {
			t.Errorf("people = %+v", people)
		}
		return nil
	})
	bad := &warta.Person{Slug: "x", Name: "X", MastheadRank: -1}
	err := s.Update(ctx(), func(tx warta.Tx) error { return tx.CreatePerson(ctx(), bad) })
	wantCode(t, err, warta.EINVALID)
}
