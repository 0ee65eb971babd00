// Package storetest is the conformance suite every warta.Store
// implementation must pass. Each implementation's tests call Run.
package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"warta"
)

// Open returns a new, empty store for one test.
type Open func(tb testing.TB) warta.Store

// Run runs the whole suite against stores made by open.
func Run(t *testing.T, open Open) {
	for _, tc := range suite {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, open(t))
		})
	}
}

// RunOnly runs the named tests of the suite, for a store that passes part
// of it so far. An unknown name fails, so a list cannot go stale quietly.
func RunOnly(t *testing.T, open Open, names ...string) {
	for _, name := range names {
		i := slices.IndexFunc(suite, func(tc suiteTest) bool { return tc.name == name })
		if i < 0 {
			t.Errorf("storetest: no test named %q", name)
			continue
		}
		tc := suite[i]
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, open(t))
		})
	}
}

// Names lists the suite's tests in order.
func Names() []string {
	names := make([]string, len(suite))
	for i, tc := range suite {
		names[i] = tc.name
	}
	return names
}

type suiteTest struct {
	name string
	fn   func(*testing.T, warta.Store)
}

// suite is every conformance test, in order.
var suite = []suiteTest{
	{"Complaints", testComplaints},
	{"ArticleRoundTrip", testArticleRoundTrip},
	{"ArticleNotFound", testArticleNotFound},
	{"ArticleInvalidChangesNothing", testArticleInvalid},
	{"SlugConflict", testSlugConflict},
	{"FindArticlesFilters", testFindArticlesFilters},
	{"FindArticlesPaging", testFindArticlesPaging},
	{"FindArticlesDeepPages", testFindArticlesDeepPages},
	{"UpdateArticleVersion", testUpdateArticleVersion},
	{"RelatedOnlyPublished", testRelatedOnlyPublished},
	{"ArticleTrust", testArticleTrust},
	{"Corrections", testCorrections},
	{"CorrectionLog", testCorrectionLog},
	{"Takedowns", testTakedowns},
	{"MastheadFields", testMastheadFields},
	{"Trending", testTrending},
	{"ViewWindows", testViewWindows},
	{"SectionsTagsPeople", testSectionsTagsPeople},
	{"Settings", testSettings},
	{"Redirects", testRedirects},
	{"RepointRedirects", testRepointRedirects},
	{"RedirectList", testRedirectList},
	{"RemovalReason", testRemovalReason},
	{"RollbackOnError", testRollback},
	{"Users", testUsers},
	{"SessionsAndTokens", testSessionsAndTokens},
	{"RevokeSessionsAndTokens", testRevokeSessionsAndTokens},
	{"TokenScopeExpiryAndSessionList", testTokenScopeExpiryAndSessionList},
	{"RecoveryCodes", testRecoveryCodes},
	{"RevisionsAndAudit", testRevisionsAndAudit},
	{"RevisionCap", testRevisionCap},
	{"CompleteRevision", testCompleteRevision},
	{"RevisionAt", testRevisionAt},
	{"DeleteAndOwners", testDeleteAndOwners},
	{"UpdateTaxonomy", testUpdateTaxonomy},
	{"MediaLibrary", testMediaLibrary},
	{"MediaFocal", testMediaFocal},
	{"MediaState", testMediaState},
	{"Search", testSearch},
	{"OptimizeSearch", testOptimizeSearch},
	{"SearchTies", testSearchTies},
	{"StoredSimilar", testStoredSimilar},
	{"ArticlesWithoutSimilar", testArticlesWithoutSimilar},
	{"ArticleLinks", testArticleLinks},
	{"CountPublishedByMonth", testCountPublishedByMonth},
	{"CountPublishedByList", testCountPublishedByList},
	{"Notes", testNotes},
	{"Notifications", testNotifications},
	{"MailSettings", testMailSettings},
	{"NewsroomFilters", testNewsroomFilters},
	{"Trash", testTrash},
	{"ImportItems", testImportItems},
	{"Pages", testPages},
	{"LoginFailures", testLoginFailures},
	{"Claims", testClaims},
}

// base is the clock origin of fixtures.
var base = time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)

// fixture holds the IDs of a small site.
type fixture struct {
	nasional, ekonomi *warta.Section
	pemilu, pajak     *warta.Tag
	rina, budi        *warta.Person
	photo             *warta.Media
}

func mustFixture(t *testing.T, s warta.Store) *fixture {
	t.Helper()
	f := &fixture{
		nasional: &warta.Section{Slug: "nasional", Name: "Nasional", Description: "Berita dalam negeri", Position: 1},
		ekonomi:  &warta.Section{Slug: "ekonomi", Name: "Ekonomi", Position: 2},
		pemilu:   &warta.Tag{Slug: "pemilu", Name: "Pemilu"},
		pajak:    &warta.Tag{Slug: "pajak", Name: "Pajak"},
		photo:    &warta.Media{Key: "a/b.jpg", MimeType: "image/jpeg", Width: 1200, Height: 675, Caption: "Suasana pasar", Credit: "Warta/Rina", Alt: "Pedagang di pasar"},
	}
	mustUpdate(t, s, func(tx warta.Tx) error {
		for _, sec := range []*warta.Section{f.nasional, f.ekonomi} {
			if err := tx.CreateSection(ctx(), sec); err != nil {
				return err
			}
		}
		for _, tag := range []*warta.Tag{f.pemilu, f.pajak} {
			if err := tx.CreateTag(ctx(), tag); err != nil {
				return err
			}
		}
		if err := tx.CreateMedia(ctx(), f.photo); err != nil {
			return err
		}
		f.rina = &warta.Person{Slug: "rina-wijaya", Name: "Rina Wijaya", Bio: "Wartawan ekonomi.", PhotoMediaID: f.photo.ID,
			Links: []warta.SocialLink{{Network: "x", URL: "https://x.com/rina"}}}
		f.budi = &warta.Person{Slug: "budi-santoso", Name: "Budi Santoso"}
		for _, p := range []*warta.Person{f.rina, f.budi} {
			if err := tx.CreatePerson(ctx(), p); err != nil {
				return err
			}
		}
		return nil
	})
	return f
}

// article returns a valid published article in the fixture's first section.
func (f *fixture) article(slug string, published time.Time) *warta.Article {
	return &warta.Article{
		Slug: slug, Title: "Judul " + slug, Dek: "Ringkasan " + slug, Dateline: "Warta, Jakarta",
		BodyHTML: "<p>Isi berita.</p>", Label: warta.LabelBerita, SectionID: f.nasional.ID,
		FeaturedMediaID: f.photo.ID, AuthorIDs: []int64{f.rina.ID}, TagIDs: []int64{f.pemilu.ID},
		Status: warta.StatusPublished, PublishedAt: published, WordCount: 2,
	}
}

func mustCreate(t *testing.T, s warta.Store, articles ...*warta.Article) {
	t.Helper()
	mustUpdate(t, s, func(tx warta.Tx) error {
		for _, a := range articles {
			if err := tx.CreateArticle(ctx(), a); err != nil {
				return err
			}
		}
		return nil
	})
}

func mustUpdate(t *testing.T, s warta.Store, fn func(warta.Tx) error) {
	t.Helper()
	if err := s.Update(ctx(), fn); err != nil {
		t.Fatalf("update: %v", err)
	}
}

func mustView(t *testing.T, s warta.Store, fn func(warta.ReadTx) error) {
	t.Helper()
	if err := s.View(ctx(), fn); err != nil {
		t.Fatalf("view: %v", err)
	}
}

func ctx() context.Context { return context.Background() }

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := warta.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

func count(t *testing.T, s warta.Store) int {
	t.Helper()
	var n int
	mustView(t, s, func(tx warta.ReadTx) error {
		var err error
		n, err = tx.CountArticles(ctx())
		return err
	})
	return n
}

var errStop = errors.New("stop")
