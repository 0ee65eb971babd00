// Package trending counts article reads without cookies or third-party
// trackers: page views are tallied in memory and written to the store in
// batches, where TrendingArticles ranks them.
package trending

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"warta"
)

// Counter tallies reads per article between flushes, each reader once
// per story per hour (see clients.go). It is safe for concurrent use.
type Counter struct {
	store  warta.Store
	logger *slog.Logger
	now    func() time.Time

	mu      sync.Mutex
	counts  map[int64]int
	clients *clients
}

// New returns a counter that writes to store, with DefaultLimits.
func New(store warta.Store, logger *slog.Logger, now func() time.Time) *Counter {
	return NewWithLimits(store, logger, now, DefaultLimits)
}

// NewWithLimits returns a counter with the given limits per client.
func NewWithLimits(store warta.Store, logger *slog.Logger, now func() time.Time, limits Limits) *Counter {
	if now == nil {
		now = time.Now
	}
	return &Counter{store: store, logger: logger, now: now, counts: map[int64]int{}, clients: newClients(limits)}
}

// Hit counts a read of an article by the client that sent r, if that
// client was not counted for it this hour and reads like a person. The
// caller checks Countable first. It is on the cached page's path: it
// allocates nothing and holds the lock for a few hashes.
func (c *Counter) Hit(r *http.Request, articleID int64) {
	now := c.now()
	c.mu.Lock()
	counted, flagged := c.clients.admit(r, articleID, now)
	if counted {
		c.counts[articleID]++
	}
	c.mu.Unlock()
	if flagged != "" && c.logger != nil {
		// Once per client (or address) per hour; the address is not
		// logged, as the counter keeps none.
		c.logger.WarnContext(r.Context(), "reads no longer counted for trending: too many stories a minute",
			"by", flagged, "article", articleID)
	}
}

// Pending returns the number of reads not yet written.
func (c *Counter) Pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.counts {
		n += v
	}
	return n
}

// Flush writes the tallied reads in one transaction, counted in the
// hour and the day it runs. On failure the reads
// are kept for the next flush, so a busy database loses nothing.
func (c *Counter) Flush(ctx context.Context) error {
	c.mu.Lock()
	batch := c.counts
	c.counts = make(map[int64]int, len(batch))
	c.mu.Unlock()
	if len(batch) == 0 {
		return nil
	}
	at := c.now()
	err := c.store.Update(ctx, func(tx warta.Tx) error {
		// Hourly counts past the longest window go as new ones come, so
		// the newsroom's lists scan a table that does not grow with time.
		if err := tx.PruneHourlyViews(ctx, at.Add(-warta.HourlyViewRetention)); err != nil {
			return err
		}
		for id, n := range batch {
			if err := tx.RecordViews(ctx, id, at, n); err != nil {
				if warta.ErrorCode(err) == warta.EINVALID {
					continue // the article was deleted since it was read
				}
				return err
			}
		}
		return nil
	})
	if err != nil {
		c.mu.Lock()
		for id, n := range batch {
			c.counts[id] += n
		}
		c.mu.Unlock()
	}
	return err
}

// Run flushes every interval until ctx ends, then flushes once more.
func (c *Counter) Run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			final, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			if err := c.Flush(final); err != nil {
				c.logger.Error("flush views", "error", err)
			}
			cancel()
			return
		case <-t.C:
			if err := c.Flush(ctx); err != nil && ctx.Err() == nil {
				c.logger.Error("flush views", "error", err)
			}
		}
	}
}

// Countable reports whether a request is a person reading: not a HEAD, not
// a browser prefetch, not a crawler or monitoring tool.
func Countable(r *http.Request) bool {
	if r.Method != http.MethodGet {
		return false
	}
	if p := r.Header.Get("Sec-Purpose") + r.Header.Get("Purpose"); strings.Contains(p, "prefetch") {
		return false
	}
	ua := strings.ToLower(r.UserAgent())
	if ua == "" {
		return false
	}
	for _, bot := range botMarks {
		if strings.Contains(ua, bot) {
			return false
		}
	}
	return true
}

// botMarks are substrings of user agents that are not readers.
var botMarks = []string{"bot", "crawl", "spider", "slurp", "curl/", "wget/", "python-", "go-http-client",
	"headlesschrome", "lighthouse", "wrk", "facebookexternalhit", "preview", "monitor", "feed"}
