package auth

import (
	"context"
	"runtime"
	"sync/atomic"
	"time"

	"warta"
)

// Every argon2 run holds its Params.Memory (64 MiB by default) for its
// duration, so a burst of sign-ins must not run them all at once: 60 at
// once once took a server to 4 GB and past answering. The runs go
// through a semaphore instead; a caller waits for a slot at most
// HashWait, then gets ErrBusy, which handlers answer with 503 and a
// Retry-After.

// HashWait is how long a caller waits for a hashing slot before giving
// up, unless SetHashLimit says otherwise.
const HashWait = 2 * time.Second

// ErrBusy says every hashing slot stayed taken for HashWait. It is
// unavailable, so it becomes a 503, and it is not a wrong password: the
// attempt was never made.
var ErrBusy = &warta.Error{Code: warta.EUNAVAILABLE, Key: "error.password_busy",
	Message: "too many sign-ins at once; try again in a few seconds"}

// BusyRetryAfter is the Retry-After, in seconds, sent with ErrBusy.
const BusyRetryAfter = 5

// hashSlots is the semaphore. Half the CPUs, at least one: on the
// reference machine (2 cores) one hash runs at a time, 64 MiB at most,
// and the other core keeps serving pages.
var hashSlots atomic.Pointer[hashLimit]

type hashLimit struct {
	slots chan struct{}
	wait  time.Duration
}

// hashRuns counts the argon2 runs of this process; see HashRuns.
var hashRuns atomic.Int64

func init() { SetHashLimit(max(1, runtime.GOMAXPROCS(0)/2), HashWait) }

// SetHashLimit sets how many argon2 runs may go on at once (at least one)
// and how long a caller waits for one of them. Call it at start-up,
// before any hashing: runs holding a slot of the old semaphore finish on
// it.
func SetHashLimit(n int, wait time.Duration) {
	hashSlots.Store(&hashLimit{slots: make(chan struct{}, max(1, n)), wait: wait})
}

// HashRuns reports how many argon2 runs this process has made (hashes,
// verifications and dummy verifications), so tests can check that a
// refused attempt costs none.
func HashRuns() int64 { return hashRuns.Load() }

// withHashSlot runs fn holding a hashing slot, waiting at most HashWait
// (or as set by SetHashLimit; less if ctx ends first, as when the client went away). It returns
// ErrBusy without running fn when no slot came free.
func withHashSlot(ctx context.Context, fn func()) error {
	lim := hashSlots.Load()
	slots := lim.slots
	select {
	case slots <- struct{}{}:
	default:
		t := time.NewTimer(lim.wait)
		defer t.Stop()
		select {
		case slots <- struct{}{}:
		case <-t.C:
			return ErrBusy
		case <-ctx.Done():
			return ErrBusy
		}
	}
	defer func() { <-slots }()
	hashRuns.Add(1)
	fn()
	return nil
}
