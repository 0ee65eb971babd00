package auth

import (
	"container/list"
	"sync"
	"time"
)

// The login policy. A login form keeps two limiters over the same Window:
// one keyed by account ("acct:" + normalised email), which stops guessing
// one password from many addresses, and a looser one keyed by client
// address ("ip:" + address), which stops one address from trying many
// accounts while leaving room for a newsroom behind a shared NAT.
const (
	AccountFailures = 5
	IPFailures      = 20
	Window          = 15 * time.Minute
)

// DefaultMaxKeys is the number of keys a Limiter tracks unless told
// otherwise. At the IP policy's 20 failures a key holds at most 160 bytes
// of timestamps, so a full limiter stays in the tens of megabytes.
const DefaultMaxKeys = 100_000

// Limiter counts failures per key in a sliding window: a key is blocked
// while it has max failures younger than the window, and unblocks as soon
// as the oldest of them ages out. It is safe for concurrent use.
//
// Memory is bounded: keys whose failures have all aged out are dropped,
// and when MaxKeys keys are tracked the one whose last failure is oldest
// makes room for a new one. The intended use is:
//
//	if blocked, wait := l.Blocked(key); blocked {
//		return tooManyAttempts(wait) // e.g. 429 with Retry-After
//	}
//	ok, _, err := auth.VerifyPassword(password, user.PasswordHash)
//	switch {
//	case err != nil:
//		return err
//	case !ok:
//		l.Fail(key)
//	default:
//		l.Reset(key)
//	}
type Limiter struct {
	// Now returns the current time. NewLimiter sets it to time.Now; tests
	// replace it before first use.
	Now func() time.Time
	// MaxKeys caps the number of keys tracked. NewLimiter sets it to
	// DefaultMaxKeys; change it before first use.
	MaxKeys int

	max    int
	window time.Duration

	mu      sync.Mutex
	started bool
	epoch   time.Time
	keys    map[string]*list.Element // values are *failures
	order   list.List                // by last failure, oldest at the front
}

// failures are the failure times of one key as offsets from the limiter's
// epoch, oldest first; there are never more than the limiter's max.
type failures struct {
	key   string
	times []time.Duration
}

// NewLimiter returns a limiter that blocks a key after max failures within
// window. It panics if max or window is not positive.
func NewLimiter(max int, window time.Duration) *Limiter {
	if max < 1 || window <= 0 {
		panic("auth: NewLimiter needs a positive max and window")
	}
	return &Limiter{
		Now:     time.Now,
		MaxKeys: DefaultMaxKeys,
		max:     max,
		window:  window,
		keys:    make(map[string]*list.Element),
	}
}

// Blocked reports whether key has reached its failure limit and, if so,
// how long until its next attempt is allowed. Check it before verifying a
// password, so a blocked key costs no argon2 work.
func (l *Limiter) Blocked(key string) (blocked bool, retryAfter time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.since()
	e, ok := l.keys[key]
	if !ok {
		return false, 0
	}
	f := e.Value.(*failures)
	f.prune(now - l.window)
	if len(f.times) == 0 {
		l.remove(e)
		return false, 0
	}
	if len(f.times) < l.max {
		return false, 0
	}
	return true, f.times[0] + l.window - now
}

// Fail records a failed attempt for key.
func (l *Limiter) Fail(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.since()
	l.evictIdle(now)
	var f *failures
	if e, ok := l.keys[key]; ok {
		f = e.Value.(*failures)
		f.prune(now - l.window)
		l.order.MoveToBack(e)
	} else {
		limit := l.MaxKeys
		if limit < 1 {
			limit = DefaultMaxKeys
		}
		for len(l.keys) >= limit {
			l.remove(l.order.Front())
		}
		f = &failures{key: key}
		l.keys[key] = l.order.PushBack(f)
	}
	// Requests that passed Blocked together can fail together; keeping the
	// newest max failures keeps the key blocked and the memory bounded.
	if len(f.times) == l.max {
		f.times = append(f.times[:0], f.times[1:]...)
	}
	f.times = append(f.times, now)
}

// Reset forgets the failures of key, as after a successful login.
func (l *Limiter) Reset(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.keys[key]; ok {
		l.remove(e)
	}
}

// Len returns the number of keys with failures inside the window.
func (l *Limiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.evictIdle(l.since())
	return len(l.keys)
}

// since returns the current time as an offset from the first reading.
// Offsets keep a failure to 8 bytes and, with time.Now, inherit the
// monotonic clock, so a wall-clock step neither unblocks nor blocks a key.
func (l *Limiter) since() time.Duration {
	now := time.Now
	if l.Now != nil {
		now = l.Now
	}
	t := now()
	if !l.started {
		l.epoch, l.started = t, true
	}
	return t.Sub(l.epoch)
}

// evictIdle drops keys whose last failure has aged out. Keys are ordered
// by last failure, so it stops at the first key still in the window.
func (l *Limiter) evictIdle(now time.Duration) {
	for e := l.order.Front(); e != nil; e = l.order.Front() {
		f := e.Value.(*failures)
		if len(f.times) > 0 && f.times[len(f.times)-1] > now-l.window {
			return
		}
		l.remove(e)
	}
}

func (l *Limiter) remove(e *list.Element) {
	delete(l.keys, e.Value.(*failures).key)
	l.order.Remove(e)
}

// prune drops failures at or before cutoff.
func (f *failures) prune(cutoff time.Duration) {
	n := 0
	for n < len(f.times) && f.times[n] <= cutoff {
		n++
	}
	if n > 0 {
		f.times = append(f.times[:0], f.times[n:]...)
	}
}
