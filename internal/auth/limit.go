package auth

import (
	"context"
	"errors"
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
// unblocks as soon as the oldest of them ages out.
//
// An attempt is counted as a failure before the password is checked, in
// the same transaction as the check of the limit (Take): checking first
// and counting after let 20 concurrent guesses at one account all be
// verified under a limit of 5, and 40 unknown e-mails from one address
// all cost a hash under a limit of 20. A success, or an attempt that was
// never made, gives its place back. The intended use is:
//
//	res, wait, err := a.Take(ctx, ipLimit, acctLimit)
//	if res == nil {
//		return tooManyAttempts(wait) // e.g. 429 with Retry-After; no hash
//	}
//	ok, _, err := auth.VerifyPasswordContext(ctx, password, user.PasswordHash)
//	switch {
//	case err != nil: // busy or corrupt: not a guess
//		res.Refund(ctx)
//	case ok:
//		res.Succeed(ctx, acctLimit)
//	} // a wrong password stays counted
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

// Reservation is an attempt counted, in advance, as a failure against
// each limit given to Take.
type Reservation struct {
	a   *Attempts
	ids []int64
}

// errRefused rolls back a Take that one of its limits refused, so the
// limits it passed count nothing either.
var errRefused = errors.New("login attempt refused")

// Take counts one attempt against every limit, in one transaction, unless
// one of them has reached its failure limit: then it counts nothing and
// returns a nil Reservation and how long until that key's next attempt is
// allowed (the longest wait, if several are blocked by the time it looks).
// Call it before verifying a password, so a blocked key costs no argon2
// work and concurrent attempts get no more than the limit between them.
func (a *Attempts) Take(ctx context.Context, lims ...Limit) (res *Reservation, retryAfter time.Duration, err error) {
	now := a.now()
	res = &Reservation{a: a}
	err = a.Store.Update(ctx, func(tx warta.Tx) error {
		res.ids = res.ids[:0]
		for _, lim := range lims {
			id, failures, err := tx.TakeLoginAttempt(ctx, lim.Key, now, now.Add(-Window), lim.Max, MaxFailureRows)
			if err != nil {
				return err
			}
			if id == 0 {
				retryAfter = max(retryAfter, wait(failures, lim, now))
				return errRefused
			}
			res.ids = append(res.ids, id)
		}
		return nil
	})
	if errors.Is(err, errRefused) {
		return nil, retryAfter, nil
	}
	if err != nil {
		return nil, 0, err
	}
	return res, 0, nil
}

// wait is how long until a key with these failures (oldest first, at
// least lim.Max of them) may try again: until all but Max-1 of them have
// aged out. Requests that were counted together can fail together, which
// is why it is not simply the oldest failure's age.
func wait(failures []time.Time, lim Limit, now time.Time) time.Duration {
	n := len(failures)
	if n < lim.Max || lim.Max < 1 {
		return 0
	}
	return failures[n-lim.Max].Add(Window).Sub(now)
}

// Refund gives back the places of an attempt that was never made, as
// when no hashing slot came free or the store failed: it must not count
// against anyone. A nil Reservation refunds nothing.
func (r *Reservation) Refund(ctx context.Context) error {
	return r.finish(ctx)
}

// Succeed ends a successful attempt: its places are given back and the
// failures of the limits given (the account's, not the address's) are
// forgotten.
func (r *Reservation) Succeed(ctx context.Context, reset ...Limit) error {
	return r.finish(ctx, reset...)
}

func (r *Reservation) finish(ctx context.Context, reset ...Limit) error {
	if r == nil {
		return nil
	}
	return r.a.Store.Update(ctx, func(tx warta.Tx) error {
		for _, id := range r.ids {
			if err := tx.DropLoginFailure(ctx, id); err != nil {
				return err
			}
		}
		for _, lim := range reset {
			if err := tx.ClearLoginFailures(ctx, lim.Key); err != nil {
				return err
			}
		}
		return nil
	})
}

// Blocked reports whether lim's key has reached its failure limit and,
// if so, how long until its next attempt is allowed. It only looks; an
// attempt must go through Take.
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
	if d := wait(times, lim, now); d > 0 {
		return true, d, nil
	}
	return false, 0, nil
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
