package storetest

import (
	"fmt"
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
