package editorial_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/webtest"
)

// pageBySlug reads a static page, nil when there is none.
func pageBySlug(t *testing.T, s *webtest.Site, slug string) *warta.Page {
	t.Helper()
	var p *warta.Page
	err := s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		p, err = tx.FindPageBySlug(context.Background(), slug)
		return err
	})
	if warta.IsNotFound(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The first setup seeds the guideline, standards and contact pages,
// published, in the site's language, and puts its administrator on the
// masthead; seeding again changes nothing.
func TestSetUpSeedsTransparency(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			s := webtest.NewSite(t)
			s.MustUpdate(t, func(tx warta.Tx) error {
				st, err := tx.FindSettings(context.Background())
				if err != nil {
					return err
				}
				st.SiteName, st.Language = "Kabar Pagi", lang
				st.Social = []warta.SocialLink{{Network: "instagram", URL: "https://instagram.com/kabarpagi"}}
				return tx.SaveSettings(context.Background(), st)
			})
			svc := &editorial.Service{Store: s.Store, Now: s.Now}
			u, err := svc.SetUp(context.Background(), editorial.NewUser{Email: "admin@kabar.example", Name: "Dewi Admin", Password: pw})
			if err != nil {
				t.Fatal(err)
			}
			titles := map[string]string{"id": "Pedoman Pemberitaan Media Siber", "en": "Cyber Media Reporting Guideline"}
			guide := pageBySlug(t, s, "pedoman-media-siber")
			if guide == nil || guide.Title != titles[lang] || !guide.IsPublic() || !strings.Contains(guide.BodyHTML, `href="https://dewanpers.or.id/"`) ||
				!strings.Contains(guide.BodyHTML, "Kabar Pagi") {
				t.Fatalf("guideline page = %+v", guide)
			}
			for _, slug := range []string{"standar-redaksi", "kontak"} {
				if p := pageBySlug(t, s, slug); p == nil || !p.IsPublic() || !strings.Contains(p.BodyHTML, "Kabar Pagi") {
					t.Errorf("page %s = %+v", slug, p)
				}
			}
			if c := pageBySlug(t, s, "kontak"); c == nil || !strings.Contains(c.BodyHTML, `href="https://instagram.com/kabarpagi"`) {
				t.Error("the contact page does not give the site's social accounts")
			}
			var people []*warta.Person
			s.Store.View(context.Background(), func(tx warta.ReadTx) error { people, err = tx.FindPeople(context.Background()); return err })
			if len(people) != 1 || people[0].ID != u.PersonID || people[0].MastheadRank == 0 {
				t.Errorf("people = %+v, want the administrator on the masthead", people)
			}
			if err := editorial.SeedTransparency(context.Background(), s.Store); err != nil {
				t.Fatal(err)
			}
			var n int
			s.Store.View(context.Background(), func(tx warta.ReadTx) error {
				_, n, err = tx.FindPages(context.Background(), warta.PageFilter{Limit: 50})
				return err
			})
			if n != 3 {
				t.Errorf("%d pages after seeding twice, want 3", n)
			}
		})
	}
}

// Seeding places the staff on the masthead by their titles' groups,
// leaves columnists off, and keeps an order the newsroom has set.
func TestSeedMasthead(t *testing.T) {
	s := webtest.NewSite(t)
	people := []*warta.Person{
		{Slug: "a", Name: "Ana", Title: "Jurnalis Olahraga"}, {Slug: "b", Name: "Beni", Title: "Redaktur Ekonomi"},
		{Slug: "c", Name: "Cici", Title: "Pemimpin Redaksi"}, {Slug: "d", Name: "Dodi", Title: "Kolumnis"},
		{Slug: "e", Name: "Eka", Title: "Redaktur Pelaksana"},
	}
	s.MustUpdate(t, func(tx warta.Tx) error {
		for _, p := range people {
			if err := tx.CreatePerson(context.Background(), p); err != nil {
				return err
			}
		}
		return nil
	})
	if err := editorial.SeedTransparency(context.Background(), s.Store); err != nil {
		t.Fatal(err)
	}
	var got []*warta.Person
	s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		got, err = tx.FindPeople(context.Background())
		return err
	})
	rank := map[string]int{}
	role := map[string]string{}
	for _, p := range got {
		rank[p.Name], role[p.Name] = p.MastheadRank, p.MastheadRole
	}
	if !(rank["Cici"] > 0 && rank["Cici"] < rank["Eka"] && rank["Eka"] < rank["Beni"] && rank["Beni"] < rank["Ana"]) || rank["Dodi"] != 0 {
		t.Errorf("ranks = %v", rank)
	}
	if role["Beni"] != "Redaktur" || role["Ana"] != "Jurnalis" || role["Cici"] != "" || role["Eka"] != "" {
		t.Errorf("headings = %v", role)
	}
	// The newsroom's own order is kept.
	s.MustUpdate(t, func(tx warta.Tx) error {
		p := got[0]
		p.MastheadRank = 1
		return tx.UpdatePerson(context.Background(), p)
	})
	before := rank
	if err := editorial.SeedTransparency(context.Background(), s.Store); err != nil {
		t.Fatal(err)
	}
	s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		got, err = tx.FindPeople(context.Background())
		return err
	})
	for _, p := range got[1:] {
		if p.MastheadRank != before[p.Name] {
			t.Errorf("%s moved from %d to %d", p.Name, before[p.Name], p.MastheadRank)
		}
	}
}

// A clarification is a note like a correction; its event says that the
// public log of notes changed. An unknown kind is refused.
func TestCorrectClarification(t *testing.T) {
	e := newEnv(t)
	ed := e.users[warta.RoleEditor]
	a, err := e.svc.Correct(context.Background(), ed, e.f.Main.ID, warta.CorrectionClarify, "Angka itu perkiraan panitia.")
	if err != nil {
		t.Fatal(err)
	}
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		a, err = tx.FindArticleByID(context.Background(), a.ID)
		return err
	})
	if c := a.Corrections[len(a.Corrections)-1]; c.Kind != warta.CorrectionClarify {
		t.Errorf("last note = %+v", c)
	}
	if ev := e.events[len(e.events)-1]; !ev.Corrected || ev.ArticleID != a.ID {
		t.Errorf("event = %+v, want Corrected", ev)
	}
	_, err = e.svc.Correct(context.Background(), ed, e.f.Main.ID, "ralat", "x")
	if warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("unknown kind: %v", err)
	}
}

// Withdrawing records when, for the takedown log.
func TestWithdrawRecordsTakedown(t *testing.T) {
	e := newEnv(t)
	a := e.f.Main
	if _, err := e.svc.Withdraw(context.Background(), e.users[warta.RoleEditor], a.ID, a.Version, "Data pribadi."); err != nil {
		t.Fatal(err)
	}
	at := e.site.Now()
	// A later edit of the withdrawn story does not move its date.
	e.site.Clock.Advance(time.Hour)
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		cur, err := tx.FindArticleByID(context.Background(), a.ID)
		if err != nil {
			return err
		}
		dek := "Diperbaiki sebelum terbit lagi."
		_, err = tx.UpdateArticle(context.Background(), a.ID, warta.ArticleUpdate{Version: cur.Version, Dek: &dek})
		return err
	})
	var list []*warta.Takedown
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		list, _, err = tx.FindTakedowns(context.Background(), 10, 0)
		return err
	})
	if len(list) == 0 || list[0].ArticleID != a.ID || !list[0].At.Equal(at) || list[0].Reason != "Data pribadi." {
		t.Errorf("takedowns = %+v", list)
	}
}

// The masthead order and heading are the desk's: a writer may edit their
// own byline but not place themself on the masthead; bad values change
// nothing.
func TestMastheadIsTheDesks(t *testing.T) {
	e := newEnv(t)
	rank, role := 1, "Pemimpin Redaksi"
	in := editorial.PersonInput{MastheadRank: &rank, MastheadRole: &role}
	if _, err := e.svc.SavePerson(context.Background(), e.users[warta.RoleAuthor], e.f.Agus.ID, in); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("author placing their own byline: %v, want forbidden", err)
	}
	p, err := e.svc.SavePerson(context.Background(), e.users[warta.RoleEditor], e.f.Agus.ID, in)
	if err != nil || p.MastheadRank != 1 || p.MastheadRole != "Pemimpin Redaksi" {
		t.Fatalf("editor: %+v, %v", p, err)
	}
	for _, bad := range []int{-1, warta.MaxMastheadRank + 1} {
		r := bad
		if _, err := e.svc.SavePerson(context.Background(), e.users[warta.RoleEditor], e.f.Agus.ID, editorial.PersonInput{MastheadRank: &r}); warta.ErrorCode(err) != warta.EINVALID {
			t.Errorf("rank %d: %v, want invalid", bad, err)
		}
	}
	long := strings.Repeat("x", warta.MaxMastheadRoleLen+1)
	if _, err := e.svc.SavePerson(context.Background(), e.users[warta.RoleEditor], e.f.Agus.ID, editorial.PersonInput{MastheadRole: &long}); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("long heading: %v, want invalid", err)
	}
}
