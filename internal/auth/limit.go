package auth

import (
	"context"
	"time"

	"warta"
)

// The login policy. A login form checks two limits over the same Window:
// one keyed by account ("acct:" + normalised email), which stops guessing
// one password from many addresses, and a looser one keyed by client
// address ("ip:" + address), which stops one address from trying many
// accounts while leaving room for a newsroom behind a shared NAT.
const (
	AccountFailures = 5
	IPFailures      = 20
	Window          = 15 * time.Minute
)

// MaxFailureRows caps the failures kept for all keys together, so that a
// flood of distinct addresses cannot grow the table without bound; the
// oldest make room. At the IP policy a full table is 5,000 addresses at
// their limit.
const MaxFailureRows = 100_000

// Limit is one key and how many failures within Window block it.
type Limit struct {
	Key string
	Max int
}

// AccountLimit is the limit of the account signing in with email
// (normalised by the caller).
func AccountLimit(email string) Limit { return Limit{Key: "acct:" + email, Max: AccountFailures} }

// IPLimit is the limit of a client address.
func IPLimit(ip string) Limit { return Limit{Key: "ip:" + ip, Max: IPFailures} }

// Attempts counts failed sign-ins in a sliding window, in the store: every
// node behind a load balancer reads and writes the same failures, so a
// guesser gets the policy's attempts in all, not that many per node. A
// key is blocked while it has Max failures younger than Window, and
// unblocks as soon as the oldest of them ages out. The intended use is:
//
//	if blocked, wait, err := a.Blocked(ctx, lim); blocked {
//		return tooManyAttempts(wait) // e.g. 429 with Retry-After
//	}
//	ok, _, err := auth.VerifyPassword(password, user.PasswordHash)
//	if !ok {
//		a.Fail(ctx, lim)
//	} else {
//		a.Reset(ctx, lim)
//	}
type Attempts struct {
	Store warta.Store
	// Now is the clock; the store's when nil.
	Now func() time.Time
}

func (a *Attempts) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return a.Store.Now()
}

// Blocked reports whether lim's key has reached its failure limit and,
// if so, how long until its next attempt is allowed. Check it before
// verifying a password, so a blocked key costs no argon2 work.
func (a *Attempts) Blocked(ctx context.Context, lim Limit) (blocked bool, retryAfter time.Duration, err error) {
	now := a.now()
	var times []time.Time
	err = a.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		times, err = tx.LoginFailures(ctx, lim.Key, now.Add(-Window))
		return err
	})
	if err != nil || len(times) < lim.Max {
		return false, 0, err
	}
	// Requests that passed Blocked together can fail together: the lock
	// lasts until all but Max-1 of the failures have aged out.
	wait := times[len(times)-lim.Max].Add(Window).Sub(now)
	if wait <= 0 {
		return false, 0, nil
	}
	return true, wait, nil
}

// Fail records a failed attempt against every limit given, in one
// transaction. Only each key's newest Max failures are kept: older ones
// cannot extend a lock.
func (a *Attempts) Fail(ctx context.Context, lims ...Limit) error {
	now := a.now()
	return a.Store.Update(ctx, func(tx warta.Tx) error {
		for _, lim := range lims {
			if err := tx.AddLoginFailure(ctx, lim.Key, now, now.Add(-Window), lim.Max, MaxFailureRows); err != nil {
				return err
			}
		}
		return nil
	})
}

// Reset forgets the failures of lim's key, as after a successful login.
func (a *Attempts) Reset(ctx context.Context, lim Limit) error {
	return a.Store.Update(ctx, func(tx warta.Tx) error { return tx.ClearLoginFailures(ctx, lim.Key) })
}
