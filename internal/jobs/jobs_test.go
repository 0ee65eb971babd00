package jobs_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"warta/internal/jobs"
)

type fakePublisher struct {
	calls atomic.Int32
	err   error
}

func (f *fakePublisher) PublishDue(ctx context.Context) (int, error) {
	f.calls.Add(1)
	return 1, f.err
}

func TestSchedulerTicksAtOnceAndStops(t *testing.T) {
	p := &fakePublisher{}
	s := &jobs.Scheduler{Publisher: p, Interval: 10 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	deadline := time.Now().Add(2 * time.Second)
	for p.calls.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	<-done
	if p.calls.Load() < 3 {
		t.Fatalf("%d ticks", p.calls.Load())
	}
}

func TestSchedulerLogsErrors(t *testing.T) {
	var log strings.Builder
	p := &fakePublisher{err: errors.New("database is locked")}
	s := &jobs.Scheduler{Publisher: p, Interval: time.Hour, Logger: slog.New(slog.NewTextHandler(&log, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	for p.calls.Load() < 1 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	<-done
	if !strings.Contains(log.String(), "database is locked") {
		t.Fatalf("error not logged: %s", log.String())
	}
}

type fakePurger struct {
	calls   atomic.Int32
	backlog int
}

func (f *fakePurger) PurgeExpired(ctx context.Context) (int, error) {
	f.calls.Add(1)
	if f.backlog == 0 {
		return 0, nil
	}
	n := min(f.backlog, 100)
	f.backlog -= n
	return n, nil
}

// TestHousekeeperDrainsABacklogAtOnce: the first tick purges batch after
// batch until nothing is due, then waits for the next tick.
func TestHousekeeperDrainsABacklogAtOnce(t *testing.T) {
	p := &fakePurger{backlog: 250}
	h := &jobs.Housekeeper{Purger: p, Interval: time.Hour, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { h.Run(ctx); close(done) }()
	deadline := time.Now().Add(2 * time.Second)
	for p.calls.Load() < 4 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	cancel()
	<-done
	if p.calls.Load() != 4 || p.backlog != 0 {
		t.Fatalf("%d calls, %d left", p.calls.Load(), p.backlog)
	}
}

// observer records the runs it hears.
type observer struct {
	mu   sync.Mutex
	runs []string
}

func (o *observer) JobDone(job string, err error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	result := "ok"
	if err != nil {
		result = "error"
	}
	o.runs = append(o.runs, job+" "+result)
}

func (o *observer) list() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]string(nil), o.runs...)
}

// TestObserverHearsEachRun: each tick of each job is reported once, with
// its result.
func TestObserverHearsEachRun(t *testing.T) {
	o := &observer{}
	discard := slog.New(slog.NewTextHandler(io.Discard, nil))
	p := &fakePublisher{err: errors.New("database is locked")}
	s := &jobs.Scheduler{Publisher: p, Interval: time.Hour, Logger: discard, Observer: o}
	h := &jobs.Housekeeper{Purger: &fakePurger{backlog: 150}, Interval: time.Hour, Logger: discard, Observer: o}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{}, 2)
	go func() { s.Run(ctx); done <- struct{}{} }()
	go func() { h.Run(ctx); done <- struct{}{} }()
	deadline := time.Now().Add(2 * time.Second)
	for len(o.list()) < 2 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	cancel()
	<-done
	<-done
	got := o.list()
	slices.Sort(got)
	if want := []string{"publish_scheduled error", "purge_trash ok"}; !slices.Equal(got, want) {
		t.Fatalf("runs heard %v, want %v", got, want)
	}
}
