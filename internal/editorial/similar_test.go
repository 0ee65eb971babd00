package editorial_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
)

// storedSimilar is the kept similar list of article id, as slugs, and
// whether one was kept.
func (e *env) storedSimilar(t *testing.T, id int64) (string, bool) {
	t.Helper()
	var got []string
	var ok bool
	if err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, found, err := tx.StoredSimilar(context.Background(), id, warta.SimilarKept)
		for _, a := range list {
			got = append(got, a.Slug)
		}
		ok = found
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return strings.Join(got, ","), ok
}

// Publishing keeps the story's similar list, and puts it in the lists of
// the stories most like it; a save finds the list again; a draft keeps none.
func TestPublishKeepsSimilarLists(t *testing.T) {
	e := newEnv(t)
	ed := e.users[warta.RoleEditor]
	market, err := e.svc.Create(context.Background(), ed, e.input("Harga Cabai Rawit Naik di Pasar"), warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	e.site.Clock.Advance(time.Minute)
	first, err := e.svc.Create(context.Background(), ed, e.input("Korut Kirim Ribuan Tentara ke Rusia"), warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := e.storedSimilar(t, first.ID); !ok || strings.Contains(got, "korut") {
		t.Errorf("first soldiers story: %q %v, want a kept list without itself", got, ok)
	}
	e.site.Clock.Advance(time.Minute)
	draft, err := e.svc.Create(context.Background(), ed, e.input("Tentara Rusia Menunggu Pasukan Korut"), warta.StatusDraft, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := e.storedSimilar(t, draft.ID); ok {
		t.Errorf("a draft kept %q", got)
	}
	second, err := e.svc.Create(context.Background(), ed, e.input("Pasukan Korut Tiba di Perbatasan Rusia"), warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := e.storedSimilar(t, second.ID); !strings.HasPrefix(got, first.Slug) {
		t.Errorf("second: %q, want %q", got, first.Slug)
	}
	// The older story now lists the newer one, without being saved.
	if got, _ := e.storedSimilar(t, first.ID); !strings.HasPrefix(got, second.Slug) {
		t.Errorf("first after the second was published: %q, want %q", got, second.Slug)
	}
	// A save with a new title finds the list again.
	cur := e.article(t, second.ID)
	if _, err := e.svc.Save(context.Background(), ed, second.ID, cur.Version, editorial.Input{Title: str("Harga Cabai di Pasar Turun")}); err != nil {
		t.Fatal(err)
	}
	if got, _ := e.storedSimilar(t, second.ID); !strings.HasPrefix(got, market.Slug) || strings.Contains(got, first.Slug) {
		t.Errorf("second after its new title: %q, want %q", got, market.Slug)
	}
	// RefreshSimilarAll (import, reindex) does the same for many.
	if err := editorial.RefreshSimilarAll(context.Background(), e.site.Store, []int64{market.ID, draft.ID, 99999}, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := e.storedSimilar(t, market.ID); !strings.HasPrefix(got, second.Slug) {
		t.Errorf("market after RefreshSimilarAll: %q, want %q", got, second.Slug)
	}
}
