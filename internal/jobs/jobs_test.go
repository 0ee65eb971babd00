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

type fakeKeeper struct {
	mu      sync.Mutex
	batches []int // the batch sizes asked for
	backlog int
	err     error
}

func (f *fakeKeeper) KeepSimilar(ctx context.Context, batch int) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.batches = append(f.batches, batch)
	n := min(f.backlog, batch)
	f.backlog -= n
	return n, f.err
}

func (f *fakeKeeper) state() (calls, backlog int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.batches), f.backlog
}

// TestSimilarWorksThroughABacklog: the first tick keeps lists batch after
// batch, pausing between them, until a batch comes back short; the count
// is logged and the run observed; then it waits for the next tick.
func TestSimilarWorksThroughABacklog(t *testing.T) {
	k := &fakeKeeper{backlog: 120}
	o := &observer{}
	var log strings.Builder
	var mu sync.Mutex
	s := &jobs.Similar{Keeper: k, Interval: time.Hour, Pause: 20 * time.Millisecond, Observer: o,
		Logger: slog.New(slog.NewTextHandler(lockedWriter{&mu, &log}, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	start := time.Now()
	go func() { s.Run(ctx); close(done) }()
	deadline := time.Now().Add(2 * time.Second)
	for len(o.list()) < 1 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	elapsed := time.Since(start)
	time.Sleep(30 * time.Millisecond) // no further batch before the next tick
	cancel()
	<-done
	calls, backlog := k.state()
	if calls != 3 || backlog != 0 {
		t.Fatalf("%d calls, %d left; want 3 batches (50, 50, 20) and none left", calls, backlog)
	}
	if elapsed < 40*time.Millisecond {
		t.Errorf("three batches in %v: want a pause of 20 ms between two", elapsed)
	}
	if got := o.list(); !slices.Equal(got, []string{"keep_similar ok"}) {
		t.Errorf("runs heard %v", got)
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(log.String(), "kept similar stories") || !strings.Contains(log.String(), "count=120") {
		t.Errorf("log %q, want the count kept", log.String())
	}
}

// TestSimilarStopsOnAnError: a failing batch ends the tick, logged and
// observed as an error, rather than being retried at once.
func TestSimilarStopsOnAnError(t *testing.T) {
	k := &fakeKeeper{backlog: 500, err: errors.New("database is locked")}
	o := &observer{}
	var log strings.Builder
	var mu sync.Mutex
	s := &jobs.Similar{Keeper: k, Interval: time.Hour, Observer: o, Logger: slog.New(slog.NewTextHandler(lockedWriter{&mu, &log}, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	deadline := time.Now().Add(2 * time.Second)
	for len(o.list()) < 1 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	cancel()
	<-done
	if calls, _ := k.state(); calls != 1 {
		t.Errorf("%d calls, want 1", calls)
	}
	if got := o.list(); !slices.Equal(got, []string{"keep_similar error"}) {
		t.Errorf("runs heard %v", got)
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(log.String(), "database is locked") {
		t.Errorf("error not logged: %s", log.String())
	}
}

// lockedWriter serialises writes to w, read by the test afterwards.
type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
