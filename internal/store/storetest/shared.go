package storetest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"warta"
)

// testLoginFailures checks the shared sign-in limiter's rows: a window,
// a cap per key, a cap on the whole table, and a reset.
func testLoginFailures(t *testing.T, s warta.Store) {
	at := func(min int) time.Time { return base.Add(time.Duration(min) * time.Minute) }
	add := func(key string, min, perKey, total int) {
		t.Helper()
		mustUpdate(t, s, func(tx warta.Tx) error {
			return tx.AddLoginFailure(ctx(), key, at(min), at(min-15), perKey, total)
		})
	}
	got := func(key string, sinceMin int) []time.Time {
		t.Helper()
		var list []time.Time
		mustView(t, s, func(tx warta.ReadTx) error {
			var err error
			list, err = tx.LoginFailures(ctx(), key, at(sinceMin))
			return err
		})
		return list
	}
	for i := range 7 {
		add("acct:dewi@kabar.example", i, 5, 1000)
	}
	add("ip:192.0.2.1", 6, 20, 1000)
	list := got("acct:dewi@kabar.example", -100)
	if len(list) != 5 || !list[0].Equal(at(2)) || !list[4].Equal(at(6)) {
		t.Fatalf("failures of the account = %v; want its newest 5, minutes 2 to 6, oldest first", list)
	}
	if list := got("acct:dewi@kabar.example", 4); len(list) != 2 {
		t.Errorf("failures after minute 4 = %v; want 2", list)
	}
	if list := got("acct:eko@kabar.example", -100); len(list) != 0 {
		t.Errorf("failures of an account never tried = %v", list)
	}
	// Equal times are kept apart: requests can fail within one millisecond.
	for range 3 {
		add("ip:192.0.2.9", 6, 20, 1000)
	}
	if list := got("ip:192.0.2.9", 0); len(list) != 3 {
		t.Errorf("three failures at one instant = %v", list)
	}

	// Failures at or before the expiry given are dropped, of every key.
	add("acct:eko@kabar.example", 20, 5, 1000) // drops minute 5 and before
	if list := got("acct:dewi@kabar.example", -100); len(list) != 1 || !list[0].Equal(at(6)) {
		t.Errorf("failures of the account after expiry = %v; want minute 6 only", list)
	}
	if list := got("ip:192.0.2.1", -100); len(list) != 1 {
		t.Errorf("the IP's failure inside the window = %v; want kept", list)
	}

	// A flood of distinct keys cannot grow the table past its cap.
	for i := range 30 {
		add(fmt.Sprintf("ip:198.51.100.%d", i), 23, 20, 10)
	}
	n := 0
	mustView(t, s, func(tx warta.ReadTx) error {
		for i := range 30 {
			list, err := tx.LoginFailures(ctx(), fmt.Sprintf("ip:198.51.100.%d", i), at(0))
			if err != nil {
				return err
			}
			n += len(list)
		}
		return nil
	})
	if n > 10 {
		t.Errorf("%d failures kept under a cap of 10", n)
	}
	if list := got("ip:198.51.100.29", 0); len(list) != 1 {
		t.Errorf("the newest key lost its failure to the cap: %v", list)
	}

	mustUpdate(t, s, func(tx warta.Tx) error { return tx.ClearLoginFailures(ctx(), "ip:198.51.100.29") })
	if list := got("ip:198.51.100.29", 0); len(list) != 0 {
		t.Errorf("after ClearLoginFailures: %v", list)
	}
	if err := s.Update(ctx(), func(tx warta.Tx) error {
		return tx.AddLoginFailure(ctx(), "k", at(0), at(-15), 0, 10)
	}); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("AddLoginFailure keeping 0 per key = %v; want invalid", err)
	}
	testTakeLoginAttempt(t, s)
}

// testTakeLoginAttempt checks the check-and-count of a sign-in: taken
// while the key is under its limit, refused with its failures at the
// limit, and given back by DropLoginFailure.
func testTakeLoginAttempt(t *testing.T, s warta.Store) {
	at := func(min int) time.Time { return base.Add(time.Duration(min) * time.Minute) }
	take := func(key string, min int) (int64, []time.Time) {
		t.Helper()
		var id int64
		var failures []time.Time
		mustUpdate(t, s, func(tx warta.Tx) error {
			var err error
			id, failures, err = tx.TakeLoginAttempt(ctx(), key, at(min), at(min-15), 3, 1000)
			return err
		})
		return id, failures
	}
	const key = "acct:fajar@kabar.example"
	var ids []int64
	for i := range 3 {
		id, failures := take(key, 100+i)
		if id == 0 || failures != nil {
			t.Fatalf("attempt %d under the limit = %d, %v; want taken", i+1, id, failures)
		}
		ids = append(ids, id)
	}
	id, failures := take(key, 103)
	if id != 0 || len(failures) != 3 || !failures[0].Equal(at(100)) || !failures[2].Equal(at(102)) {
		t.Fatalf("attempt at the limit = %d, %v; want refused with minutes 100 to 102", id, failures)
	}
	// Refused attempts are not counted: the lock does not grow.
	mustView(t, s, func(tx warta.ReadTx) error {
		list, err := tx.LoginFailures(ctx(), key, at(0))
		if err == nil && len(list) != 3 {
			t.Errorf("failures after a refusal = %v; want the 3 taken", list)
		}
		return err
	})
	// A dropped attempt frees its place, once.
	for range 2 {
		mustUpdate(t, s, func(tx warta.Tx) error { return tx.DropLoginFailure(ctx(), ids[1]) })
	}
	if id, failures := take(key, 104); id == 0 || failures != nil {
		t.Errorf("attempt after a drop = %d, %v; want taken", id, failures)
	}
	// The window still applies: 15 minutes on, every attempt has aged out.
	if id, _ := take(key, 120); id == 0 {
		t.Errorf("attempt after the window was refused")
	}
	// Concurrent takers get exactly the limit between them.
	const other = "ip:203.0.113.7"
	var mu sync.Mutex
	taken := 0
	var wg sync.WaitGroup
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := s.Update(ctx(), func(tx warta.Tx) error {
				id, _, err := tx.TakeLoginAttempt(ctx(), other, at(200), at(185), 3, 1000)
				if id != 0 {
					mu.Lock()
					taken++
					mu.Unlock()
				}
				return err
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if taken != 3 {
		t.Errorf("12 concurrent attempts took %d places; want the limit, 3", taken)
	}
}

// testClaims checks the leases that give a piece of work to one node.
func testClaims(t *testing.T, s warta.Store) {
	claim := func(name, holder string, d time.Duration) bool {
		t.Helper()
		var ok bool
		mustUpdate(t, s, func(tx warta.Tx) error {
			var err error
			ok, err = tx.Claim(ctx(), name, holder, tx.Now().Add(d))
			return err
		})
		return ok
	}
	release := func(name, holder string) {
		t.Helper()
		mustUpdate(t, s, func(tx warta.Tx) error { return tx.ReleaseClaim(ctx(), name, holder) })
	}
	if !claim("media:1", "node-a", time.Hour) {
		t.Fatal("a free claim was refused")
	}
	if claim("media:1", "node-b", time.Hour) {
		t.Error("node-b took node-a's running claim")
	}
	if !claim("media:1", "node-a", time.Hour) {
		t.Error("node-a could not renew its own claim")
	}
	if !claim("media:2", "node-b", time.Hour) {
		t.Error("another name's claim was refused")
	}
	release("media:1", "node-b") // not node-b's: nothing happens
	if claim("media:1", "node-b", time.Hour) {
		t.Error("another holder's release ended node-a's claim")
	}
	release("media:1", "node-a")
	if !claim("media:1", "node-b", time.Hour) {
		t.Error("a released claim was refused")
	}
	// An expired lease goes to whoever asks next.
	if !claim("media:3", "node-a", -time.Second) || !claim("media:3", "node-b", time.Hour) {
		t.Error("an expired claim was not taken over")
	}
}
