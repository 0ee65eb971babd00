package storetest

import (
	"strings"
	"testing"
	"time"

	"warta"
)

// testArticleTrust: the verification flag, the sponsor and the story an
// article follows up are stored, read with the article and with lists,
// and changed by UpdateArticle; an article's page gets the published
// story it follows and its published follow-ups, newest first.
func testArticleTrust(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	first := f.article("banjir-awal", base.Add(-3*time.Hour))
	mustCreate(t, s, first)
	later := f.article("banjir-lanjutan", base.Add(-time.Hour))
	later.FollowsID, later.NeedsVerification = first.ID, true
	older := f.article("banjir-susulan", base.Add(-2*time.Hour))
	older.FollowsID = first.ID
	draft := f.article("banjir-draf", time.Time{})
	draft.Status, draft.FollowsID = warta.StatusDraft, first.ID
	ad := f.article("iklan-mitra", base)
	ad.Label, ad.Sponsor = warta.LabelAdvertorial, "PT Sumber Makmur"
	mustCreate(t, s, later, older, draft, ad)

	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindArticleByID(ctx(), later.ID)
		if err != nil {
			return err
		}
		if !got.NeedsVerification || got.FollowsID != first.ID || got.Follows == nil || got.Follows.Slug != "banjir-awal" {
			t.Errorf("later: flag %v, follows %d %v", got.NeedsVerification, got.FollowsID, got.Follows)
		}
		if got, err = tx.FindArticleBySlug(ctx(), "banjir-awal"); err != nil {
			return err
		}
		if s := slugs(got.FollowUps); strings.Join(s, ",") != "banjir-lanjutan,banjir-susulan" {
			t.Errorf("follow-ups = %v, want the published ones newest first", s)
		}
		if got.Follows != nil || got.NeedsVerification || got.Sponsor != "" {
			t.Errorf("first: follows %v, flag %v, sponsor %q", got.Follows, got.NeedsVerification, got.Sponsor)
		}
		if got, err = tx.FindArticleByID(ctx(), ad.ID); err != nil {
			return err
		}
		if got.Sponsor != "PT Sumber Makmur" || got.Label != warta.LabelAdvertorial {
			t.Errorf("advertorial: sponsor %q, label %q", got.Sponsor, got.Label)
		}
		list, _, err := tx.FindArticles(ctx(), warta.ArticleFilter{Follows: &first.ID})
		if err != nil {
			return err
		}
		if s := slugs(list); strings.Join(s, ",") != "banjir-lanjutan,banjir-susulan,banjir-draf" {
			t.Errorf("Follows filter = %v", s)
		}
		list, _, err = tx.FindArticles(ctx(), warta.ArticleFilter{IDs: []int64{later.ID, ad.ID}})
		if err != nil {
			return err
		}
		for _, a := range list {
			if a.ID == later.ID && (!a.NeedsVerification || a.FollowsID != first.ID) || a.ID == ad.ID && a.Sponsor == "" {
				t.Errorf("list row %s lost its trust fields: %+v", a.Slug, a)
			}
		}
		return nil
	})

	// Cleared and changed by an update; a draft follow-up stays hidden.
	mustUpdate(t, s, func(tx warta.Tx) error {
		no, none, zero := false, "", int64(0)
		got, err := tx.UpdateArticle(ctx(), later.ID, warta.ArticleUpdate{Version: later.Version, NeedsVerification: &no, FollowsID: &zero})
		if err != nil {
			return err
		}
		if got.NeedsVerification || got.FollowsID != 0 || got.Follows != nil {
			t.Errorf("after clearing: %+v", got)
		}
		got, err = tx.UpdateArticle(ctx(), ad.ID, warta.ArticleUpdate{Version: ad.Version, Sponsor: &none})
		if err != nil {
			return err
		}
		if got.Sponsor != "" {
			t.Errorf("sponsor after clearing = %q", got.Sponsor)
		}
		return nil
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindArticleByID(ctx(), first.ID)
		if err != nil {
			return err
		}
		if s := slugs(got.FollowUps); strings.Join(s, ",") != "banjir-susulan" {
			t.Errorf("follow-ups after unlinking = %v", s)
		}
		return nil
	})

	// A story cannot follow itself; a long sponsor name is refused.
	err := s.Update(ctx(), func(tx warta.Tx) error {
		self := first.ID
		_, err := tx.UpdateArticle(ctx(), first.ID, warta.ArticleUpdate{Version: first.Version, FollowsID: &self})
		return err
	})
	wantCode(t, err, warta.EINVALID)
	err = s.Update(ctx(), func(tx warta.Tx) error {
		long := strings.Repeat("x", warta.MaxSponsorLen+1)
		_, err := tx.UpdateArticle(ctx(), first.ID, warta.ArticleUpdate{Version: first.Version, Sponsor: &long})
		return err
	})
	wantCode(t, err, warta.EINVALID)
}
