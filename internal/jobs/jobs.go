// Package jobs runs Warta's background work: publishing scheduled
// articles when their time comes. The state is in the database, so a
// restart that missed a moment catches up on its first tick.
package jobs

import (
	"context"
	"log/slog"
	"time"
)

// Publisher publishes the scheduled articles that are due.
type Publisher interface {
	PublishDue(ctx context.Context) (int, error)
}

// Scheduler calls Publisher every Interval.
type Scheduler struct {
	Publisher Publisher
	Interval  time.Duration // one second when zero
	Logger    *slog.Logger
}

// Run ticks until ctx ends; the first tick is at once, to catch up on what
// came due while the server was down.
func (s *Scheduler) Run(ctx context.Context) {
	interval := s.Interval
	if interval <= 0 {
		interval = time.Second
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		n, err := s.Publisher.PublishDue(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			s.Logger.Error("publish scheduled articles", "error", err)
		case n > 0:
			s.Logger.Info("published scheduled articles", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
