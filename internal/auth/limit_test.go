package auth_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"warta/internal/auth"
	"warta/internal/web/webtest"
)

// newAttempts returns the shared limiter on a test site's store (SQLite,
// or PostgreSQL under WARTA_TEST_STORE=postgres) and the site's clock.
func newAttempts(t *testing.T) (*auth.Attempts, *webtest.Clock) {
	site := webtest.NewSite(t)
	return &auth.Attempts{Store: site.Store}, site.Clock
}

func TestAttemptsPolicy(t *testing.T) {
	// Each step moves the clock by advance, then does op on one account
	// and checks Blocked afterwards. The store keeps milliseconds.
	type step struct {
		advance time.Duration
		op      string // "fail", "reset" or "" to only look
		blocked bool
		retry   time.Duration
	}
	const ms = time.Millisecond
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
			{14*time.Minute - ms, "", true, ms},
			{ms, "", false, 0},
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
			{auth.Window - 2*time.Minute - ms, "", true, ms},
			{ms, "", false, 0},
		}},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, clock := newAttempts(t)
			lim := auth.AccountLimit("dewi@kabar.example")
			for i, s := range tc.steps {
				clock.Advance(s.advance)
				var err error
				switch s.op {
				case "fail":
					err = a.Fail(ctx, lim)
				case "reset":
					err = a.Reset(ctx, lim)
				}
				if err != nil {
					t.Fatalf("step %d (%s): %v", i, s.op, err)
				}
				blocked, retry, err := a.Blocked(ctx, lim)
				if err != nil || blocked != s.blocked || retry != s.retry {
					t.Fatalf("step %d (%s): Blocked = %v, %v, %v; want %v, %v", i, s.op, blocked, retry, err, s.blocked, s.retry)
				}
			}
		})
	}
}

func TestAttemptsKeysAreIndependent(t *testing.T) {
	a, _ := newAttempts(t)
	ctx := context.Background()
	dewi, eko := auth.AccountLimit("dewi@kabar.example"), auth.AccountLimit("eko@kabar.example")
	ip := auth.IPLimit("192.0.2.1")
	for range auth.AccountFailures {
		if err := a.Fail(ctx, dewi, ip); err != nil {
			t.Fatal(err)
		}
	}
	if blocked, _, _ := a.Blocked(ctx, dewi); !blocked {
		t.Error("dewi not blocked after five failures")
	}
	if blocked, _, _ := a.Blocked(ctx, eko); blocked {
		t.Error("eko blocked by dewi's failures")
	}
	// The address's policy is looser: five failures do not block it.
	if blocked, _, _ := a.Blocked(ctx, ip); blocked {
		t.Error("the address blocked after 5 of its 20 failures")
	}
	for range auth.IPFailures - auth.AccountFailures {
		if err := a.Fail(ctx, ip); err != nil {
			t.Fatal(err)
		}
	}
	if blocked, _, _ := a.Blocked(ctx, ip); !blocked {
		t.Error("the address not blocked after 20 failures")
	}
	// A reset of the account leaves the address's failures.
	if err := a.Reset(ctx, dewi); err != nil {
		t.Fatal(err)
	}
	if blocked, _, _ := a.Blocked(ctx, dewi); blocked {
		t.Error("dewi still blocked after a reset")
	}
	if blocked, _, _ := a.Blocked(ctx, ip); !blocked {
		t.Error("the account's reset unblocked the address")
	}
}

// Two limiters on one store are two nodes: failures through either count
// for both.
func TestAttemptsSharedBetweenLimiters(t *testing.T) {
	site := webtest.NewSite(t)
	ctx := context.Background()
	nodes := []*auth.Attempts{{Store: site.Store}, {Store: site.Store}}
	lim := auth.AccountLimit("dewi@kabar.example")
	for i := range auth.AccountFailures {
		if blocked, _, _ := nodes[i%2].Blocked(ctx, lim); blocked {
			t.Fatalf("blocked after %d failures", i)
		}
		if err := nodes[i%2].Fail(ctx, lim); err != nil {
			t.Fatal(err)
		}
	}
	for i, n := range nodes {
		if blocked, _, _ := n.Blocked(ctx, lim); !blocked {
			t.Errorf("node %d does not block after five failures spread over two", i)
		}
	}
}

func TestAttemptsConcurrent(t *testing.T) {
	a, _ := newAttempts(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- a.Fail(ctx, auth.AccountLimit("dewi@kabar.example"), auth.IPLimit(fmt.Sprint("192.0.2.", i%4)))
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if blocked, retry, err := a.Blocked(ctx, auth.AccountLimit("dewi@kabar.example")); !blocked || retry != auth.Window || err != nil {
		t.Errorf("Blocked = %v, %v, %v; want blocked for the window", blocked, retry, err)
	}
}

// TestTakeRefundSucceed checks the reservation's bookkeeping: a refused
// Take counts against none of its limits, a refund gives the places back,
// and a success also forgets the account's failures but not the address's.
func TestTakeRefundSucceed(t *testing.T) {
	a, _ := newAttempts(t)
	ctx := context.Background()
	acct, ip := auth.AccountLimit("sari@kabar.example"), auth.Limit{Key: "ip:192.0.2.50", Max: 2}
	count := func(lim auth.Limit) int {
		t.Helper()
		for n := lim.Max; n >= 0; n-- {
			// Blocked only answers "at the limit"; probe with lower limits.
			if blocked, _, err := a.Blocked(ctx, auth.Limit{Key: lim.Key, Max: n}); err != nil {
				t.Fatal(err)
			} else if blocked || n == 0 {
				return n
			}
		}
		return 0
	}
	res, _, err := a.Take(ctx, ip, acct)
	if err != nil || res == nil {
		t.Fatalf("first take = %v, %v", res, err)
	}
	if err := res.Refund(ctx); err != nil {
		t.Fatal(err)
	}
	if n, m := count(ip), count(acct); n != 0 || m != 0 {
		t.Fatalf("after a refund: %d and %d counted", n, m)
	}
	for range 2 {
		if res, _, err := a.Take(ctx, ip, acct); err != nil || res == nil {
			t.Fatalf("take = %v, %v", res, err)
		}
	}
	res, wait, err := a.Take(ctx, ip, acct)
	if err != nil || res != nil || wait <= 0 || wait > auth.Window {
		t.Fatalf("take over the address's limit = %v, %v, %v; want refused with a wait", res, wait, err)
	}
	if n := count(acct); n != 2 {
		t.Errorf("the refused take counted against the account: %d", n)
	}
	other := auth.AccountLimit("eko@kabar.example")
	if res, _, _ := a.Take(ctx, auth.IPLimit("192.0.2.51"), other); res == nil {
		t.Fatal("a fresh address refused")
	} else if err := res.Succeed(ctx, other); err != nil {
		t.Fatal(err)
	}
	if n := count(other); n != 0 {
		t.Errorf("after a success the account still has %d failures", n)
	}
	var nilRes *auth.Reservation
	if err := nilRes.Refund(ctx); err != nil {
		t.Errorf("refund of nil: %v", err)
	}
}
