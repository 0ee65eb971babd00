package public

import (
	"context"
	"log/slog"
	"sort"
	"sync"
	"time"
)

// Purger tells a CDN in front of the site to drop its copies of public
// paths ("/", "/nasional/", "/feed", "/sitemap.xml"…) after a write: the
// paths the page cache evicted for it, and the story's own addresses.
// paths nil means everything (settings, sections, static pages, breaking
// news, an import). Purge runs off the write path, in batches of at most
// purgeBatch paths, one at a time; an error is logged and not retried,
// as the pages' Cache-Control bounds what a missed purge leaves stale.
type Purger interface {
	Purge(ctx context.Context, paths []string) error
}

// Bounds of the purge queue: batches waiting beyond purgeQueue are
// dropped (and logged) rather than slow down a write.
const (
	purgeBatch   = 100
	purgeQueue   = 256
	purgeTimeout = 10 * time.Second
)

// NopPurger purges nothing: the default, for a site without a CDN.
type NopPurger struct{}

// Purge does nothing.
func (NopPurger) Purge(context.Context, []string) error { return nil }

// LogPurger logs each purge it is asked for, to see what a CDN would be
// told (or to feed one from the log).
type LogPurger struct{ Logger *slog.Logger }

// Purge logs paths.
func (p LogPurger) Purge(_ context.Context, paths []string) error {
	if paths == nil {
		p.Logger.Info("cdn purge", "all", true)
		return nil
	}
	p.Logger.Info("cdn purge", "paths", paths)
	return nil
}

// purgeQueue hands batches to the Purger on one goroutine, started with
// the first batch.
type purgeQueueT struct {
	once sync.Once
	ch   chan []string
}

// purge queues paths (nil: everything) for the CDN, without blocking.
func (h *Handler) purge(paths []string) {
	if h.purger == nil {
		return
	}
	if _, nop := h.purger.(NopPurger); nop {
		return
	}
	q := &h.purges
	q.once.Do(func() {
		q.ch = make(chan []string, purgeQueue)
		go h.runPurges(q.ch)
	})
	if paths != nil {
		if len(paths) == 0 {
			return
		}
		paths = dedupe(paths)
	}
	for {
		batch := paths
		if len(batch) > purgeBatch {
			batch = paths[:purgeBatch]
		}
		select {
		case q.ch <- batch:
		default:
			h.logger.Warn("cdn purge queue full; batch dropped", "paths", len(batch))
		}
		paths = paths[len(batch):]
		if len(paths) == 0 {
			return
		}
	}
}

func (h *Handler) runPurges(ch <-chan []string) {
	for batch := range ch {
		ctx, cancel := context.WithTimeout(context.Background(), purgeTimeout)
		if err := h.purger.Purge(ctx, batch); err != nil {
			h.logger.Warn("cdn purge", "paths", len(batch), "error", err)
		}
		cancel()
	}
}

// dedupe sorts paths and drops repeats.
func dedupe(paths []string) []string {
	sort.Strings(paths)
	out := paths[:0]
	for i, p := range paths {
		if i == 0 || p != paths[i-1] {
			out = append(out, p)
		}
	}
	return out
}
