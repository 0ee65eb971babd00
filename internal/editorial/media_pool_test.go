package editorial_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"

	"warta"
	"warta/internal/editorial"
	"warta/internal/media"
)

// gatedBlobs holds every variant write until the gate opens (or fails it
// with err), so a test sees an upload while it is processing.
type gatedBlobs struct {
	media.Blobs
	gate    chan struct{}
	entered chan struct{} // receives once per blocked write
	err     error
}

func newGated(b media.Blobs) *gatedBlobs {
	return &gatedBlobs{Blobs: b, gate: make(chan struct{}), entered: make(chan struct{}, 100)}
}

func (g *gatedBlobs) Put(ctx context.Context, key string, r io.Reader) error {
	if strings.HasPrefix(key, "m/") {
		g.entered <- struct{}{}
		select {
		case <-g.gate:
		case <-ctx.Done():
			return ctx.Err()
		}
		if g.err != nil {
			return g.err
		}
	}
	return g.Blobs.Put(ctx, key, r)
}

func find(t *testing.T, e *env, id int64) *warta.Media {
	t.Helper()
	var m *warta.Media
	if err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		m, err = tx.FindMediaByID(context.Background(), id)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return m
}

func exists(e *env, key string) bool {
	f, err := e.site.Blobs.Open(context.Background(), key)
	if err == nil {
		f.Close()
	}
	return err == nil
}

// TestLibraryBackgroundVariants: with the pool running, an upload answers
// once the original is stored, processing; a full queue refuses the next
// upload and stores nothing; the variants appear in the background, the
// item becomes ready and the site is told, even though the request that
// uploaded is long gone.
func TestLibraryBackgroundVariants(t *testing.T) {
	e := newEnv(t)
	blobs := newGated(e.site.Blobs)
	var mu sync.Mutex
	var events []warta.Event
	lib := &editorial.Library{Store: e.site.Store, Blobs: blobs, Queue: 1,
		Notify: func(ev warta.Event) { mu.Lock(); events = append(events, ev); mu.Unlock() }}
	if err := lib.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Stop(context.Background()) })
	au := e.users[warta.RoleAuthor]
	ctx, cancel := context.WithCancel(context.Background())
	credit := "AFPpix"
	first, dup, err := lib.Upload(ctx, au, bytes.NewReader(photo(t, 1400, 700, 11)), "satu.jpg", warta.MediaUpdate{Credit: &credit})
	cancel() // the upload request ends; its variants are still made
	if err != nil || dup {
		t.Fatalf("upload: %v dup=%v", err, dup)
	}
	if first.State != warta.MediaProcessing || first.Ready() || len(first.Variants) != 0 || first.Width != 1400 || first.Credit != "AFPpix" {
		t.Fatalf("answered item = %+v, want processing without variants", first)
	}
	if !exists(e, first.OriginalKey) {
		t.Fatal("original not stored before the answer")
	}
	<-blobs.entered // the worker has taken the first upload
	if got := find(t, e, first.ID); got.State != warta.MediaProcessing {
		t.Errorf("stored state %q while the variants are made", got.State)
	}
	second, _, err := lib.Upload(context.Background(), au, bytes.NewReader(photo(t, 2000, 200, 12)), "dua.jpg", warta.MediaUpdate{})
	if err != nil {
		t.Fatalf("second upload, queued: %v", err)
	}
	_, _, err = lib.Upload(context.Background(), au, bytes.NewReader(photo(t, 500, 300, 13)), "tiga.jpg", warta.MediaUpdate{})
	wantCode(t, err, warta.EUNAVAILABLE)
	var total int
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		_, total, _ = tx.FindMedia(context.Background(), warta.MediaFilter{UploaderID: &au.ID})
		return nil
	})
	if total != 2 {
		t.Errorf("%d items stored, want 2 (a refused upload stores nothing)", total)
	}

	close(blobs.gate)
	lib.Wait()
	for _, m := range []*warta.Media{first, second} {
		got := find(t, e, m.ID)
		if got.State != warta.MediaReady || !got.Ready() || len(got.Variants) == 0 || got.Key != m.Key || !exists(e, got.Key) {
			t.Errorf("after Wait: %+v, want ready with its largest JPEG at the key it was given (%s)", got, m.Key)
		}
		for _, v := range got.Variants {
			if !exists(e, v.Key) {
				t.Errorf("variant %s not stored", v.Key)
			}
		}
	}
	if got := find(t, e, second.ID); got.Width != 1920 || got.Height != 192 || got.Bytes == 0 || second.Key != "m/"+got.Hash[:16]+"/1920.jpg" {
		t.Errorf("a 2000 px upload is served at %d×%d (%d bytes) from %s, want 1920×192", got.Width, got.Height, got.Bytes, got.Key)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(events) < 2 {
		t.Errorf("the site was told %d times, want once per ready item", len(events))
	}
}

// TestLibraryVariantsFail: when the variants cannot be written, the item
// is failed with its reason and no variant file is left.
func TestLibraryVariantsFail(t *testing.T) {
	e := newEnv(t)
	blobs := newGated(e.site.Blobs)
	blobs.err = errors.New("no space left on device")
	close(blobs.gate)
	lib := &editorial.Library{Store: e.site.Store, Blobs: blobs}
	if err := lib.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Stop(context.Background()) })
	m, _, err := lib.Upload(context.Background(), e.users[warta.RoleEditor], bytes.NewReader(photo(t, 400, 300, 14)), "x.jpg", warta.MediaUpdate{})
	if err != nil {
		t.Fatal(err)
	}
	lib.Wait()
	got := find(t, e, m.ID)
	if got.State != warta.MediaFailed || got.StateReason != "error.media_variants" || got.Ready() {
		t.Errorf("item = %+v, want failed with a reason", got)
	}
	for _, f := range files(t, e) {
		if strings.Contains(f, "/m/") {
			t.Errorf("variant %s left behind", f)
		}
	}
}

// TestLibraryFailedWriteInBackgroundMode: with the pool running, a failed
// database write removes the original and gives back its queue place.
func TestLibraryFailedWriteInBackgroundMode(t *testing.T) {
	e := newEnv(t)
	before := files(t, e)
	lib := &editorial.Library{Store: failingStore{e.site.Store, errors.New("database is locked")}, Blobs: e.site.Blobs, Queue: 1}
	if err := lib.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Stop(context.Background()) })
	for i := range 2 { // the second would be refused as busy if the place were kept
		_, _, err := lib.Upload(context.Background(), e.users[warta.RoleAuthor], bytes.NewReader(photo(t, 300, 200, 15)), "x.jpg", warta.MediaUpdate{})
		if warta.ErrorCode(err) != warta.EINTERNAL {
			t.Fatalf("upload %d: %v, want the store's error", i, err)
		}
	}
	if after := files(t, e); len(after) != len(before) {
		t.Errorf("files left behind: %v", after)
	}
}

// TestLibraryResumesAfterRestart: work cut short by a stop stays
// processing in the store, and the next Start finishes it.
func TestLibraryResumesAfterRestart(t *testing.T) {
	e := newEnv(t)
	blobs := newGated(e.site.Blobs)
	old := &editorial.Library{Store: e.site.Store, Blobs: blobs}
	if err := old.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	m, _, err := old.Upload(context.Background(), e.users[warta.RoleAuthor], bytes.NewReader(photo(t, 800, 450, 16)), "sela.jpg", warta.MediaUpdate{})
	if err != nil {
		t.Fatal(err)
	}
	<-blobs.entered
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // no grace: the work under way is abandoned
	if err := old.Stop(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Stop = %v, want the deadline's error", err)
	}
	if got := find(t, e, m.ID); got.State != warta.MediaProcessing || len(got.Variants) != 0 {
		t.Fatalf("after an interrupted stop: %+v, want still processing", got)
	}
	restarted := &editorial.Library{Store: e.site.Store, Blobs: e.site.Blobs}
	if err := restarted.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { restarted.Stop(context.Background()) })
	restarted.Wait()
	if got := find(t, e, m.ID); got.State != warta.MediaReady || len(got.Variants) != 6 || !exists(e, got.Key) {
		t.Errorf("after the restart: %+v, want ready with 6 variants", got)
	}
}

// countingBlobs counts the variants written through it.
type countingBlobs struct {
	media.Blobs
	mu   sync.Mutex
	puts int
}

func (c *countingBlobs) Put(ctx context.Context, key string, r io.Reader) error {
	if strings.HasPrefix(key, "m/") {
		c.mu.Lock()
		c.puts++
		c.mu.Unlock()
	}
	return c.Blobs.Put(ctx, key, r)
}

// TestLibraryVariantsOnceAcrossNodes: two nodes on one database both
// queue the items left processing when they start; the one that claims
// an item makes its variants, and the other leaves it alone.
func TestLibraryVariantsOnceAcrossNodes(t *testing.T) {
	e := newEnv(t)
	gated := newGated(e.site.Blobs)
	a := &editorial.Library{Store: e.site.Store, Blobs: gated}
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Stop(context.Background()) })
	m, _, err := a.Upload(context.Background(), e.users[warta.RoleAuthor], bytes.NewReader(photo(t, 800, 450, 21)), "pasar.jpg", warta.MediaUpdate{})
	if err != nil {
		t.Fatal(err)
	}
	<-gated.entered // node A is making the variants

	counted := &countingBlobs{Blobs: e.site.Blobs}
	b := &editorial.Library{Store: e.site.Store, Blobs: counted}
	if err := b.Start(context.Background()); err != nil { // finds the item processing
		t.Fatal(err)
	}
	b.Wait()
	if err := b.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if counted.puts != 0 {
		t.Errorf("node B wrote %d variants of an item node A was making", counted.puts)
	}
	close(gated.gate)
	a.Wait()
	if got := find(t, e, m.ID); got.State != warta.MediaReady || len(got.Variants) != 6 {
		t.Errorf("after node A: %+v, want ready with 6 variants", got)
	}
}
