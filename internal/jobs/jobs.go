// Package jobs runs Warta's background work: publishing scheduled
// articles when their time comes, emptying the trash of articles deleted
// more than 30 days ago, and keeping the similar-story lists of stories
// that have none. The state is in the database, so a
// restart that missed a moment catches up on its first tick.
package jobs

import (
	"context"
	"log/slog"
	"time"
)

// Job names, as Observer hears them.
const (
	JobPublishScheduled = "publish_scheduled"
	JobPurgeTrash       = "purge_trash"
	JobKeepSimilar      = "keep_similar"
)

// Observer hears how each run of a job ended (err nil on success), for
// metrics. A run cut short by shutdown is not reported.
type Observer interface {
	JobDone(job string, err error)
}

// Publisher publishes the scheduled articles that are due.
type Publisher interface {
	PublishDue(ctx context.Context) (int, error)
}

// Scheduler calls Publisher every Interval.
type Scheduler struct {
	Publisher Publisher
	Interval  time.Duration // one second when zero
	Logger    *slog.Logger
	Observer  Observer // nil hears nothing
}

// Run ticks until ctx ends; the first tick is at once, to catch up on what
// came due while the server was down.
func (s *Scheduler) Run(ctx context.Context) {
	every(ctx, s.Interval, time.Second, func() {
		n, err := s.Publisher.PublishDue(ctx)
		observe(ctx, s.Observer, JobPublishScheduled, err)
		switch {
		case err != nil && ctx.Err() == nil:
			s.Logger.Error("publish scheduled articles", "error", err)
		case n > 0:
			s.Logger.Info("published scheduled articles", "count", n)
		}
	})
}

// Purger deletes for good what has waited its time in the trash, a batch
// per call.
type Purger interface {
	PurgeExpired(ctx context.Context) (int, error)
}

// Housekeeper empties the trash of articles deleted more than
// warta.TrashRetention ago, every Interval. Like the scheduler it keeps
// its state in the database, so a restart loses nothing: the first tick
// is at once.
type Housekeeper struct {
	Purger   Purger
	Interval time.Duration // an hour when zero
	Logger   *slog.Logger
	Observer Observer // nil hears nothing
}

// Run ticks until ctx ends. A full batch is followed at once by the next,
// so a backlog drains without waiting an hour per batch.
func (h *Housekeeper) Run(ctx context.Context) {
	every(ctx, h.Interval, time.Hour, func() {
		var err error
		for i := 0; i < 1000 && ctx.Err() == nil; i++ {
			var n int
			n, err = h.Purger.PurgeExpired(ctx)
			if err != nil && ctx.Err() == nil {
				h.Logger.Error("purge the trash", "error", err)
			}
			if n > 0 {
				h.Logger.Info("purged the trash", "count", n)
			}
			if err != nil || n == 0 {
				break
			}
		}
		observe(ctx, h.Observer, JobPurgeTrash, err)
	})
}

// observe reports a run to o, unless there is no o or the run was cut
// short by shutdown.
func observe(ctx context.Context, o Observer, job string, err error) {
	if o != nil && ctx.Err() == nil {
		o.JobDone(job, err)
	}
}

// SimilarKeeper keeps the similar-story lists of published stories that
// have none: an import's, the demo's, or those a restart left undone. A
// page of such a story searches for its list on every read until then.
type SimilarKeeper interface {
	KeepSimilar(ctx context.Context, batch int) (int, error)
}

// similarBatch is how many stories' lists one call keeps: a few hundred
// milliseconds of ranking, one short write transaction.
const similarBatch = 50

// Similar works through the stories without a kept similar list in
// batches, with Pause between two batches so that the newsroom's writes
// and the readers' renders keep their share of the machine, then looks
// again every Interval. Like the other jobs its state is the database's:
// a restart goes on where the last run stopped.
type Similar struct {
	Keeper   SimilarKeeper
	Interval time.Duration // a minute when zero
	Pause    time.Duration // 100 ms when zero
	Logger   *slog.Logger
	Observer Observer // nil hears nothing
}

// Run ticks until ctx ends, the first tick at once.
func (s *Similar) Run(ctx context.Context) {
	pause := s.Pause
	if pause <= 0 {
		pause = 100 * time.Millisecond
	}
	every(ctx, s.Interval, time.Minute, func() {
		total := 0
		var err error
		for ctx.Err() == nil {
			var n int
			n, err = s.Keeper.KeepSimilar(ctx, similarBatch)
			total += n
			if err != nil || n < similarBatch {
				break
			}
			select {
			case <-ctx.Done():
			case <-time.After(pause):
			}
		}
		observe(ctx, s.Observer, JobKeepSimilar, err)
		if err != nil && ctx.Err() == nil {
			s.Logger.Error("keep similar stories", "error", err)
		}
		if total > 0 {
			s.Logger.Info("kept similar stories", "count", total)
		}
	})
}

// every runs work at once and then every interval (fallback when interval
// is not positive) until ctx ends: the first run catches up on what came
// due while the server was down.
func every(ctx context.Context, interval, fallback time.Duration, work func()) {
	if interval <= 0 {
		interval = fallback
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		work()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
