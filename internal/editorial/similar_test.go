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

// Publishing keeps the story's similar list and sends the stories most
// like it to the background job, which puts it in their lists; a save
// finds the list again; a draft keeps none.
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
	// The older story's list is forgotten, for the background job to
	// find again (one ranking in the publish, not five): it then lists
	// the newer one, without being saved.
	if got, ok := e.storedSimilar(t, first.ID); ok {
		t.Errorf("first after the second was published: kept %q, want its list forgotten", got)
	}
	for n := 1; n > 0; {
		if n, err = e.svc.KeepSimilar(context.Background(), 100); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := e.storedSimilar(t, first.ID); !strings.HasPrefix(got, second.Slug) {
		t.Errorf("first after the background job: %q, want %q", got, second.Slug)
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

// KeepSimilar gives the published stories without a kept list one, a
// batch at a time and newest first, and then has nothing left to do;
// a forgotten list is found again.
func TestKeepSimilarWorksThroughStoriesWithout(t *testing.T) {
	e := newEnv(t)
	ed := e.users[warta.RoleEditor]
	var ids []int64
	for _, title := range []string{"Harga Cabai Rawit Naik di Pasar", "Harga Cabai Merah Ikut Naik", "Pasar Induk Sepi Pembeli Cabai"} {
		a, err := e.svc.Create(context.Background(), ed, e.input(title), warta.StatusPublished, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
		e.site.Clock.Advance(time.Minute)
	}
	draft, err := e.svc.Create(context.Background(), ed, e.input("Cabai Kering Jadi Pilihan"), warta.StatusDraft, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	// The environment's own stories first; then, as after an import,
	// nothing kept of these three.
	for n := 1; n > 0; {
		if n, err = e.svc.KeepSimilar(context.Background(), 100); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.site.Store.Update(context.Background(), func(tx warta.Tx) error {
		for _, id := range ids {
			if err := tx.ForgetSimilar(context.Background(), id); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	n, err := e.svc.KeepSimilar(context.Background(), 2)
	if err != nil || n != 2 {
		t.Fatalf("first batch: %d, %v; want 2", n, err)
	}
	if _, ok := e.storedSimilar(t, ids[0]); ok {
		t.Error("the oldest story was kept before the newer ones")
	}
	if got, ok := e.storedSimilar(t, ids[2]); !ok || !strings.Contains(got, "cabai") {
		t.Errorf("newest story: %q %v, want a kept list of the other cabai stories", got, ok)
	}
	if n, err := e.svc.KeepSimilar(context.Background(), 2); err != nil || n != 1 {
		t.Fatalf("second batch: %d, %v; want the one left", n, err)
	}
	if n, err := e.svc.KeepSimilar(context.Background(), 2); err != nil || n != 0 {
		t.Fatalf("third batch: %d, %v; want nothing left", n, err)
	}
	if _, ok := e.storedSimilar(t, draft.ID); ok {
		t.Error("a draft got a kept list")
	}
}
