package editorial

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"warta"
	"warta/internal/media"
)

// pool is the library's background work: a bounded queue of the items
// whose variants are still to be made, and the workers that make them.
// The store, not the queue, is the record: an item stays processing until
// its variants are stored, so work lost with the process is found again
// by the next Start.
type pool struct {
	mu       sync.Mutex
	cond     *sync.Cond // signalled when the queue or the number at work changes
	running  bool
	stopping bool
	queue    []int64
	reserved int // places held by uploads still storing their original
	active   int
	ctx      context.Context // the workers'; never a request's
	holder   string          // this pool's name on the claims it takes
	cancel   context.CancelFunc
	done     sync.WaitGroup
}

// errNoPool tells store that no pool runs: it makes the variants itself.
var errNoPool = errors.New("no background pool")

// maxResume bounds how many interrupted items one Start queues.
const maxResume = 10000

// claimFor is how long a worker holds an item it makes variants of. Nodes
// that share a database each queue the items left processing when they
// start; the claim lets one of them do each. Variants take seconds, so
// the lease is ample; an item whose node died with it is taken by the
// next Start after the lease runs out.
const claimFor = 5 * time.Minute

func (p *pool) isRunning() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.running && !p.stopping
}

// reserve holds a place in the queue for an upload about to be stored:
// errNoPool when no pool runs, ErrBusy when the queue is full.
func (p *pool) reserve(size int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.running || p.stopping {
		return errNoPool
	}
	if len(p.queue)+p.reserved >= size {
		return ErrBusy
	}
	p.reserved++
	return nil
}

// release gives back a place an upload did not use.
func (p *pool) release() {
	p.mu.Lock()
	p.reserved--
	p.mu.Unlock()
}

// push queues a stored item in the place reserved for it.
func (p *pool) push(id int64) {
	p.mu.Lock()
	p.reserved--
	p.queue = append(p.queue, id)
	p.cond.Broadcast()
	p.mu.Unlock()
}

func (l *Library) queueSize() int {
	if l.Queue > 0 {
		return l.Queue
	}
	return 32
}

func (l *Library) logger() *slog.Logger {
	if l.Logger != nil {
		return l.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Start runs the background pool, first queueing the items a stop or a
// crash left processing. From then on Upload returns as soon as the
// original is stored. Start on a running pool does nothing.
func (l *Library) Start(ctx context.Context) error {
	ids, err := l.pending(ctx)
	if err != nil {
		return err
	}
	p := &l.pool
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.running {
		return nil
	}
	if p.cond == nil {
		p.cond = sync.NewCond(&p.mu)
	}
	if p.holder == "" {
		id := make([]byte, 8)
		if _, err := rand.Read(id); err != nil {
			return err
		}
		p.holder = hex.EncodeToString(id)
	}
	p.running, p.stopping, p.queue = true, false, ids
	p.ctx, p.cancel = context.WithCancel(context.Background())
	for range max(l.Workers, 1) {
		p.done.Add(1)
		go l.work()
	}
	return nil
}

// Stop stops taking work and waits for the variants being made. Queued
// items stay processing in the store for the next Start; so does the work
// under way when ctx ends first, which is then abandoned.
func (l *Library) Stop(ctx context.Context) error {
	p := &l.pool
	p.mu.Lock()
	if !p.running {
		p.mu.Unlock()
		return nil
	}
	p.stopping = true
	p.cond.Broadcast()
	p.mu.Unlock()
	done := make(chan struct{})
	go func() { p.done.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		p.cancel()
		<-done
		err = ctx.Err()
	}
	p.cancel()
	p.mu.Lock()
	p.running, p.stopping, p.queue = false, false, nil
	p.cond.Broadcast()
	p.mu.Unlock()
	return err
}

// QueueLength is the number of uploads waiting for their variants (not
// counting those being made), for metrics.
func (l *Library) QueueLength() int {
	p := &l.pool
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.queue)
}

// Wait blocks until no upload waits for its variants and no worker is
// busy: tests use it instead of sleeping. It returns at once when the
// pool does not run.
func (l *Library) Wait() {
	p := &l.pool
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.running && !p.stopping && (len(p.queue) > 0 || p.active > 0 || p.reserved > 0) {
		p.cond.Wait()
	}
}

// pending lists the items left processing, oldest first.
func (l *Library) pending(ctx context.Context) ([]int64, error) {
	state := warta.MediaProcessing
	var ids []int64
	err := l.Store.View(ctx, func(tx warta.ReadTx) error {
		for len(ids) < maxResume {
			list, _, err := tx.FindMedia(ctx, warta.MediaFilter{State: &state, Offset: len(ids), Limit: 500})
			if err != nil {
				return err
			}
			for _, m := range list {
				ids = append(ids, m.ID)
			}
			if len(list) < 500 {
				return nil
			}
		}
		return nil
	})
	for i, j := 0, len(ids)-1; i < j; i, j = i+1, j-1 {
		ids[i], ids[j] = ids[j], ids[i]
	}
	return ids, err
}

// work makes variants until the pool stops.
func (l *Library) work() {
	p := &l.pool
	defer p.done.Done()
	for {
		p.mu.Lock()
		for len(p.queue) == 0 && !p.stopping {
			p.cond.Wait()
		}
		if p.stopping {
			p.mu.Unlock()
			return
		}
		id := p.queue[0]
		p.queue = p.queue[1:]
		p.active++
		ctx, holder := p.ctx, p.holder
		p.mu.Unlock()

		l.claimed(ctx, id, holder)

		p.mu.Lock()
		p.active--
		p.cond.Broadcast()
		p.mu.Unlock()
	}
}

// claimed makes the variants of item id if no other node is making them:
// it claims the item first, and gives the claim back when done, also when
// stopping, so that the next Start of any node can take it.
func (l *Library) claimed(ctx context.Context, id int64, holder string) {
	ok, release, err := claim(ctx, l.Store, fmt.Sprintf("media:%d", id), holder, claimFor)
	if err != nil {
		if ctx.Err() == nil {
			l.logger().Error("media variants: claim", "media_id", id, "error", err)
		}
		return
	}
	if !ok {
		return // another node is making them
	}
	defer release()
	l.makeVariants(ctx, id)
}

// makeVariants makes and stores the variants of a processing item and
// marks it ready, or failed with the reason. Work cut short by Stop
// leaves the item processing.
func (l *Library) makeVariants(ctx context.Context, id int64) {
	var m *warta.Media
	err := l.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		m, err = tx.FindMediaByID(ctx, id)
		return err
	})
	if err != nil {
		if !warta.IsNotFound(err) && ctx.Err() == nil {
			l.logger().Error("media variants", "media_id", id, "error", err)
		}
		return // deleted meanwhile, or stopping
	}
	if m.State != warta.MediaProcessing {
		return
	}
	err = l.variants(ctx, m)
	if ctx.Err() != nil {
		return
	}
	if err != nil {
		reason := "error.media_variants"
		var we *warta.Error
		switch {
		case warta.IsNotFound(err):
			reason = "error.media_original_missing"
		case errors.As(err, &we) && we.Key != "" && we.Code != warta.EINTERNAL:
			reason = we.Key
		}
		l.logger().Error("media variants", "media_id", id, "error", err)
		failed := *m
		failed.State, failed.StateReason = warta.MediaFailed, reason
		if err := l.Store.Update(ctx, func(tx warta.Tx) error { return tx.UpdateMediaFiles(ctx, &failed) }); err != nil && !warta.IsNotFound(err) {
			l.logger().Error("media variants", "media_id", id, "error", err)
		}
	}
	if l.Notify != nil {
		l.Notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectMedia, SubjectID: id})
	}
}

// variants makes the variants of m from its stored original and stores
// them, in two steps: the JPEG sizes first, stored with the item still
// processing so that pages can show it already, then the WebP sizes, which
// take most of the time, and the item ready. On any failure it removes
// the files it wrote.
func (l *Library) variants(ctx context.Context, m *warta.Media) error {
	first := *m
	keys, err := l.variantStep(ctx, &first, nil, media.JPEG)
	if err == nil {
		first.State = warta.MediaProcessing // the WebP sizes are to come
		err = l.Store.Update(ctx, func(tx warta.Tx) error { return tx.UpdateMediaFiles(ctx, &first) })
		if err == nil && l.Notify != nil {
			l.Notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectMedia, SubjectID: m.ID})
		}
	}
	if err == nil {
		ready := first
		var more []string
		more, err = l.variantStep(ctx, &ready, first.Variants, media.WebP)
		keys = append(keys, more...)
		if err == nil {
			err = l.Store.Update(ctx, func(tx warta.Tx) error { return tx.UpdateMediaFiles(ctx, &ready) })
		}
	}
	if err != nil {
		l.remove(ctx, keys)
	}
	return err
}

// variantStep makes the variants of kinds from m's original and stores
// them, recording them on m after those it already has; it returns the
// keys it wrote, also on error.
func (l *Library) variantStep(ctx context.Context, m *warta.Media, have []warta.MediaVariant, kinds media.Kinds) ([]string, error) {
	f, err := l.Blobs.Open(ctx, m.OriginalKey)
	if err != nil {
		return nil, err
	}
	// Background work waits in the pool for as long as it takes.
	p, err := l.images().ProcessOnly(ctx, f, l.limits(), 0, kinds)
	f.Close()
	if err != nil {
		return nil, err
	}
	kept := *m
	keys, err := l.putVariants(ctx, m, p.Variants)
	if err == nil {
		err = ctx.Err()
	}
	if kinds&media.JPEG == 0 { // the largest JPEG stays the item's Key
		m.Key, m.Width, m.Height, m.Bytes = kept.Key, kept.Width, kept.Height, kept.Bytes
	}
	m.Variants = append(append([]warta.MediaVariant{}, have...), m.Variants...)
	return keys, err
}
