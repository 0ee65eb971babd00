package storetest

import (
	"testing"

	"warta"
)

func testSectionsTagsPeople(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	err := s.Update(ctx(), func(tx warta.Tx) error {
		return tx.CreateSection(ctx(), &warta.Section{Slug: "penulis", Name: "Penulis"})
	})
	wantCode(t, err, warta.EINVALID)
	mustView(t, s, func(tx warta.ReadTx) error {
		sections, err := tx.FindSections(ctx())
		if err != nil {
			return err
		}
		if len(sections) != 2 || sections[0].Slug != "nasional" || sections[0].Description != "Berita dalam negeri" {
			t.Errorf("sections = %+v", sections)
		}
		sec, err := tx.FindSectionBySlug(ctx(), "ekonomi")
		if err != nil || sec.ID != f.ekonomi.ID {
			t.Errorf("FindSectionBySlug = %+v, %v", sec, err)
		}
		tags, err := tx.FindTags(ctx(), nil)
		if err != nil || len(tags) != 2 || tags[0].Slug != "pajak" {
			t.Errorf("FindTags(nil) = %+v, %v", tags, err)
		}
		tags, err = tx.FindTags(ctx(), []string{"pemilu", "tidak-ada"})
		if err != nil || len(tags) != 1 || tags[0].ID != f.pemilu.ID {
			t.Errorf("FindTags(slugs) = %+v, %v", tags, err)
		}
		p, err := tx.FindPersonBySlug(ctx(), "rina-wijaya")
		if err != nil || p.Photo == nil || p.Bio == "" || p.Links[0].URL != "https://x.com/rina" {
			t.Errorf("FindPersonBySlug = %+v, %v", p, err)
		}
		byID, err := tx.FindPersonByID(ctx(), p.ID)
		if err != nil || byID.Slug != "rina-wijaya" || byID.Photo == nil || len(byID.Links) != 1 {
			t.Errorf("FindPersonByID = %+v, %v", byID, err)
		}
		_, err = tx.FindPersonByID(ctx(), 999)
		wantCode(t, err, warta.ENOTFOUND)
		people, err := tx.FindPeople(ctx())
		if err != nil || len(people) != 2 || people[0].Name != "Budi Santoso" {
			t.Errorf("FindPeople = %+v, %v", people, err)
		}
		return nil
	})
}

func testSettings(t *testing.T, s warta.Store) {
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindSettings(ctx())
		if err != nil {
			return err
		}
		if got.Language != "id" || got.TimeZone != "Asia/Jakarta" || got.SiteName == "" || got.FeedFullContent {
			t.Errorf("defaults = %+v", got)
		}
		return nil
	})
	want := &warta.Settings{SiteName: "Kabar Kita", Tagline: "Dekat", Language: "en", TimeZone: "Asia/Makassar", FeedFullContent: true,
		Social: []warta.SocialLink{{Network: "instagram", URL: "https://instagram.com/kabarkita"}}}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.SaveSettings(ctx(), want) })
	err := s.Update(ctx(), func(tx warta.Tx) error {
		return tx.SaveSettings(ctx(), &warta.Settings{SiteName: "X", Language: "fr", TimeZone: "Asia/Jakarta"})
	})
	wantCode(t, err, warta.EINVALID)
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindSettings(ctx())
		if err != nil {
			return err
		}
		if got.SiteName != "Kabar Kita" || got.Language != "en" || got.TimeZone != "Asia/Makassar" || len(got.Social) != 1 || !got.FeedFullContent {
			t.Errorf("settings = %+v", got)
		}
		return nil
	})
}

func testRollback(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	err := s.Update(ctx(), func(tx warta.Tx) error {
		if err := tx.CreateArticle(ctx(), f.article("batal", base)); err != nil {
			return err
		}
		return errStop
	})
	if err != errStop {
		t.Fatalf("Update returned %v, want the callback's error", err)
	}
	if n := count(t, s); n != 0 {
		t.Fatalf("rolled back transaction left %d articles", n)
	}
}
