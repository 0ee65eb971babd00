package editorial_test

import (
	"context"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
)

// TestTrashRestorePurgeByRole: every role deletes what it may (to the
// trash), restores it, and only editors and administrators purge or empty
// the trash.
func TestTrashRestorePurgeByRole(t *testing.T) {
	for _, role := range warta.Roles {
		t.Run(string(role), func(t *testing.T) {
			e := newEnv(t)
			ctx := context.Background()
			u := e.users[role]
			a, err := e.svc.Create(ctx, u, e.input("Draf "+string(role)), "", time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			// Someone else's article only editors and administrators trash.
			editor := role == warta.RoleAdministrator || role == warta.RoleEditor
			if err := e.svc.Delete(ctx, u, e.f.Main.ID); editor != (err == nil) {
				t.Errorf("trash another's story: %v", err)
			}
			if err := e.svc.Delete(ctx, u, a.ID); err != nil {
				t.Fatalf("trash own draft: %v", err)
			}
			got := e.article(t, a.ID)
			if got.Status != warta.StatusTrashed || got.TrashedBy != u.ID || got.TrashedFrom != warta.StatusDraft || !got.TrashedAt.Equal(e.site.Now()) {
				t.Fatalf("trashed: %s by %d from %s at %v", got.Status, got.TrashedBy, got.TrashedFrom, got.TrashedAt)
			}
			_, err = e.svc.Save(ctx, u, a.ID, got.Version, e.input("Diubah di sampah"))
			wantCode(t, err, warta.EFORBIDDEN)
			if editor {
				wantCode(t, e.svc.Purge(ctx, u, e.f.Draft.ID), warta.EINVALID) // not in the trash
			} else {
				wantCode(t, e.svc.Purge(ctx, u, a.ID), warta.EFORBIDDEN)
				_, err := e.svc.EmptyTrash(ctx, u)
				wantCode(t, err, warta.EFORBIDDEN)
			}
			back, err := e.svc.Untrash(ctx, u, a.ID)
			if err != nil || back.Status != warta.StatusDraft || !back.TrashedAt.IsZero() {
				t.Fatalf("restore: %+v %v", back, err)
			}
			_, err = e.svc.Untrash(ctx, u, a.ID)
			wantCode(t, err, warta.EINVALID)
			if !editor {
				return
			}
			e.svc.Delete(ctx, u, a.ID)
			if n, err := e.svc.EmptyTrash(ctx, u); err != nil || n != 2 { // the draft and Main
				t.Fatalf("empty trash: %d %v", n, err)
			}
			if n := count(t, e, warta.StatusTrashed); n != 0 {
				t.Fatalf("%d left in the trash", n)
			}
		})
	}
}

func count(t *testing.T, e *env, s warta.Status) int {
	t.Helper()
	var n int
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		counts, err := tx.CountArticlesByStatus(context.Background(), warta.ArticleFilter{})
		n = counts[s]
		return err
	})
	return n
}

// TestTrashPublishedKeepsItGone: a published story in the trash is off the
// site and comes back withdrawn, not live; purged, it leaves a tombstone.
func TestTrashPublishedKeepsItGone(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	au := e.users[warta.RoleAuthor]
	a, err := e.svc.Create(ctx, au, e.input("Kabar Terbit"), warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Delete(ctx, au, a.ID); err != nil {
		t.Fatal(err)
	}
	back, err := e.svc.Untrash(ctx, au, a.ID)
	if err != nil || back.Status != warta.StatusUnpublished {
		t.Fatalf("restored a live story to %s (%v), want withdrawn", back.Status, err)
	}
	e.svc.Delete(ctx, au, a.ID)
	// Not yet due: the housekeeping job leaves it.
	e.site.Clock.Advance(warta.TrashRetention - time.Minute)
	if n, err := e.svc.PurgeExpired(ctx); err != nil || n != 0 {
		t.Fatalf("purged early: %d %v", n, err)
	}
	e.site.Clock.Advance(2 * time.Minute)
	if n, err := e.svc.PurgeExpired(ctx); err != nil || n != 1 {
		t.Fatalf("PurgeExpired = %d %v", n, err)
	}
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		_, err := tx.FindArticleByID(ctx, a.ID)
		wantCode(t, err, warta.ENOTFOUND)
		_, err = tx.FindTombstone(ctx, "/nasional"+a.PublishedAt.In(time.FixedZone("WIB", 7*3600)).Format("/2006/01/02/")+a.Slug)
		if err != nil {
			t.Errorf("no tombstone: %v", err)
		}
		return nil
	})
}

// TestBulkChecksEachStory: an author bulk-publishing their own draft and
// others' stories publishes theirs and is refused the rest, one by one.
func TestBulkChecksEachStory(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	au := e.users[warta.RoleAuthor]
	mine, _ := e.svc.Create(ctx, au, e.input("Milik Penulis"), "", time.Time{})
	results, err := e.svc.Bulk(ctx, au, editorial.BulkPublish, []int64{mine.ID, e.f.Draft.ID, e.f.Main.ID, mine.ID, 9999}, "")
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]string{mine.ID: "", e.f.Draft.ID: warta.EFORBIDDEN, e.f.Main.ID: warta.EFORBIDDEN, 9999: warta.ENOTFOUND}
	if len(results) != len(want) {
		t.Fatalf("%d results, want %d", len(results), len(want))
	}
	for _, r := range results {
		if got := warta.ErrorCode(r.Err); got != want[r.ID] {
			t.Errorf("article %d: %q, want %q", r.ID, got, want[r.ID])
		}
	}
	if got := e.article(t, mine.ID); got.Status != warta.StatusPublished {
		t.Errorf("own draft is %s", got.Status)
	}
	if got := e.article(t, e.f.Draft.ID); got.Status != warta.StatusDraft {
		t.Errorf("another's draft is %s", got.Status)
	}
	// A withdrawal needs its reason, per story.
	ed := e.users[warta.RoleEditor]
	results, _ = e.svc.Bulk(ctx, ed, editorial.BulkUnpublish, []int64{mine.ID}, " ")
	wantCode(t, results[0].Err, warta.EINVALID)
	results, _ = e.svc.Bulk(ctx, ed, editorial.BulkUnpublish, []int64{mine.ID}, "Salah sumber")
	if results[0].Err != nil {
		t.Fatal(results[0].Err)
	}
	// Trash and restore in bulk.
	results, _ = e.svc.Bulk(ctx, ed, editorial.BulkTrash, []int64{mine.ID, e.f.Draft.ID}, "")
	for _, r := range results {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	results, _ = e.svc.Bulk(ctx, au, editorial.BulkRestore, []int64{mine.ID, e.f.Draft.ID}, "")
	if results[0].Err != nil || warta.ErrorCode(results[1].Err) != warta.EFORBIDDEN {
		t.Fatalf("bulk restore: %v / %v", results[0].Err, results[1].Err)
	}
	// Refused as a whole: nothing chosen, too many, an unknown action.
	for _, tc := range []struct {
		action string
		ids    []int64
	}{{editorial.BulkPublish, nil}, {editorial.BulkPublish, make([]int64, editorial.MaxBulk+1)}, {"drop", []int64{mine.ID}}} {
		_, err := e.svc.Bulk(ctx, ed, tc.action, tc.ids, "")
		wantCode(t, err, warta.EINVALID)
	}
}

// TestPurgeOnceAcrossNodes: while another node holds the purge claim,
// this one leaves the trash alone; once it is released, it purges.
func TestPurgeOnceAcrossNodes(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	au := e.users[warta.RoleAuthor]
	a, err := e.svc.Create(ctx, au, e.input("Kabar Lama"), "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Delete(ctx, au, a.ID); err != nil {
		t.Fatal(err)
	}
	e.site.Clock.Advance(warta.TrashRetention + time.Minute)
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		ok, err := tx.Claim(ctx, editorial.PurgeClaim, "node-lain", tx.Now().Add(time.Minute))
		if !ok && err == nil {
			t.Error("the purge claim was taken already")
		}
		return err
	})
	if n, err := e.svc.PurgeExpired(ctx); err != nil || n != 0 {
		t.Fatalf("PurgeExpired while another node purges = %d %v, want 0", n, err)
	}
	e.site.MustUpdate(t, func(tx warta.Tx) error { return tx.ReleaseClaim(ctx, editorial.PurgeClaim, "node-lain") })
	if n, err := e.svc.PurgeExpired(ctx); err != nil || n != 1 {
		t.Fatalf("PurgeExpired after the other node is done = %d %v, want 1", n, err)
	}
}
