package auth_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"warta/internal/auth"
)

// clock is a fake clock that tests move by hand.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *clock {
	return &clock{now: time.Date(2024, 10, 28, 3, 15, 0, 0, time.UTC)}
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// NewTestLimiter returns a limiter on a fake clock.
func NewTestLimiter(max int, window time.Duration) (*auth.Limiter, *clock) {
	c := newClock()
	l := auth.NewLimiter(max, window)
	l.Now = c.Now
	return l, c
}

func TestLimiterPolicy(t *testing.T) {
	// Each step moves the clock by advance, then does op on key "acct:a"
	// and checks Blocked afterwards. The window is 15 minutes, the
	// limit AccountFailures (5).
	type step struct {
		advance time.Duration
		op      string // "fail", "reset" or "" to only look
		blocked bool
		retry   time.Duration
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"locked after five failures", []step{
			{0, "fail", false, 0},
			{time.Minute, "fail", false, 0},
			{time.Minute, "fail", false, 0},
			{time.Minute, "fail", false, 0},
			{time.Minute, "fail", true, 11 * time.Minute},
			{10 * time.Minute, "", true, time.Minute},
		}},
		{"unlocked when the oldest failure ages out", []step{
			{0, "fail", false, 0},
			{time.Minute, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", true, 14 * time.Minute},
			{14*time.Minute - time.Nanosecond, "", true, time.Nanosecond},
			{time.Nanosecond, "", false, 0},
			// The four failures at minute 1 still count: one more locks
			// again until they age out.
			{0, "fail", true, time.Minute},
			{time.Minute, "", false, 0},
		}},
		{"everything ages out after the window", []step{
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", true, auth.Window},
			{auth.Window, "", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", true, auth.Window},
		}},
		{"slow guessing is never locked", []step{
			{0, "fail", false, 0},
			{4 * time.Minute, "fail", false, 0},
			{4 * time.Minute, "fail", false, 0},
			{4 * time.Minute, "fail", false, 0},
			{4 * time.Minute, "fail", false, 0},
			{4 * time.Minute, "fail", false, 0},
			{4 * time.Minute, "fail", false, 0},
		}},
		{"reset after success", []step{
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "reset", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", true, auth.Window},
			{0, "reset", false, 0},
		}},
		{"failures past the limit keep the newest", []step{
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", false, 0},
			{0, "fail", true, auth.Window},
			// Requests that passed Blocked together fail together.
			// The oldest is dropped, so the lock still ends when the
			// first burst ages out.
			{time.Minute, "fail", true, auth.Window - time.Minute},
			{time.Minute, "fail", true, auth.Window - 2*time.Minute},
			{auth.Window - 2*time.Minute - time.Nanosecond, "", true, time.Nanosecond},
			{time.Nanosecond, "", false, 0},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, c := NewTestLimiter(auth.AccountFailures, auth.Window)
			for i, s := range tc.steps {
				c.Advance(s.advance)
				switch s.op {
				case "fail":
					l.Fail("acct:a")
				case "reset":
					l.Reset("acct:a")
				}
				blocked, retry := l.Blocked("acct:a")
				if blocked != s.blocked || retry != s.retry {
					t.Fatalf("step %d (%s): Blocked = %v, %v; want %v, %v", i, s.op, blocked, retry, s.blocked, s.retry)
				}
			}
		})
	}
}

func TestLimiterKeysAreIndependent(t *testing.T) {
	l, _ := NewTestLimiter(2, auth.Window)
	l.Fail("acct:a@warta.id")
	l.Fail("acct:a@warta.id")
	l.Fail("ip:10.0.0.1")
	tests := []struct {
		key     string
		blocked bool
	}{
		{"acct:a@warta.id", true},
		{"acct:b@warta.id", false},
		{"ip:10.0.0.1", false},
		{"ip:10.0.0.2", false},
	}
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			if blocked, _ := l.Blocked(tc.key); blocked != tc.blocked {
				t.Errorf("Blocked = %v, want %v", blocked, tc.blocked)
			}
		})
	}
	l.Reset("ip:10.0.0.1")
	l.Reset("acct:nobody")
	if blocked, _ := l.Blocked("acct:a@warta.id"); !blocked {
		t.Error("resetting one key unblocked another")
	}
}

func TestLimiterEvictsIdleKeys(t *testing.T) {
	l, c := NewTestLimiter(auth.IPFailures, auth.Window)
	for i := range 1000 {
		l.Fail(fmt.Sprintf("ip:10.0.%d.%d", i/256, i%256))
	}
	if n := l.Len(); n != 1000 {
		t.Fatalf("Len = %d, want 1000", n)
	}
	c.Advance(auth.Window / 2)
	l.Fail("ip:192.0.2.1")
	c.Advance(auth.Window / 2)
	if n := l.Len(); n != 1 {
		t.Fatalf("Len after the window = %d, want 1", n)
	}
	c.Advance(auth.Window / 2)
	if n := l.Len(); n != 0 {
		t.Fatalf("Len after all windows = %d, want 0", n)
	}
}

func TestLimiterCapsKeys(t *testing.T) {
	l, c := NewTestLimiter(1, auth.Window)
	l.MaxKeys = 3
	for _, k := range []string{"a", "b", "c"} {
		l.Fail(k)
		c.Advance(time.Second)
	}
	l.Fail("d") // drops a, whose last failure is oldest
	c.Advance(time.Second)
	l.Fail("b") // b is now the most recent
	c.Advance(time.Second)
	l.Fail("e") // drops c
	tests := []struct {
		key     string
		blocked bool
	}{
		{"a", false},
		{"b", true},
		{"c", false},
		{"d", true},
		{"e", true},
	}
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			if blocked, _ := l.Blocked(tc.key); blocked != tc.blocked {
				t.Errorf("Blocked = %v, want %v", blocked, tc.blocked)
			}
		})
	}
	if n := l.Len(); n != 3 {
		t.Errorf("Len = %d, want 3", n)
	}
}

func TestLimiterConcurrent(t *testing.T) {
	l, c := NewTestLimiter(auth.AccountFailures, auth.Window)
	l.MaxKeys = 50
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				key := fmt.Sprintf("ip:%d.%d", g, i%100)
				if blocked, _ := l.Blocked(key); !blocked {
					l.Fail(key)
				}
				l.Fail("acct:shared")
				switch i % 97 {
				case 0:
					l.Reset(key)
				case 1:
					c.Advance(time.Second)
				case 2:
					_ = l.Len()
				}
			}
		}()
	}
	wg.Wait()
	if n := l.Len(); n > 50 {
		t.Errorf("Len = %d, more than MaxKeys", n)
	}
	if blocked, _ := l.Blocked("acct:shared"); !blocked {
		t.Error("key failed 4000 times is not blocked")
	}
}

func TestLimiterRealClock(t *testing.T) {
	l := auth.NewLimiter(1, time.Hour)
	l.Fail("acct:a")
	blocked, retry := l.Blocked("acct:a")
	if !blocked || retry <= 0 || retry > time.Hour {
		t.Fatalf("Blocked = %v, %v", blocked, retry)
	}
}

func TestNewLimiterPanics(t *testing.T) {
	tests := []struct {
		name   string
		max    int
		window time.Duration
	}{
		{"zero max", 0, time.Minute},
		{"negative max", -1, time.Minute},
		{"zero window", 5, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			auth.NewLimiter(tc.max, tc.window)
		})
	}
}

func BenchmarkLimiter(b *testing.B) {
	l, _ := NewTestLimiter(auth.IPFailures, auth.Window)
	keys := make([]string, 1024)
	for i := range keys {
		keys[i] = fmt.Sprintf("ip:10.0.%d.%d", i/256, i%256)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := keys[i%len(keys)]
		if blocked, _ := l.Blocked(k); !blocked {
			l.Fail(k)
		} else {
			l.Reset(k)
		}
		i++
	}
}
