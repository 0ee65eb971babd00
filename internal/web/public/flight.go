package public

import (
	"net/http"
	"sync"
	"time"
)

// When a popular page leaves the cache (an edit, its time-to-live), every
// reader asking for it at that moment would render it: sixty-four
// connections on one breaking story make sixty-four identical renders,
// queued behind the render limiter while the page they wait for is
// already being made. Instead the first request renders and the others
// wait for its page (renderFlights), then are served from the cache.
type renderFlights struct {
	mu       sync.Mutex
	inFlight map[string]chan struct{} // closed when the render of the key ends
}

// join returns the channel of key's render in flight, and whether the
// caller is the one to render it (and must call land).
func (f *renderFlights) join(key string) (done chan struct{}, first bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if ch := f.inFlight[key]; ch != nil {
		return ch, false
	}
	if f.inFlight == nil {
		f.inFlight = map[string]chan struct{}{}
	}
	ch := make(chan struct{})
	f.inFlight[key] = ch
	return ch, true
}

// land ends key's render and wakes those waiting for it.
func (f *renderFlights) land(key string, done chan struct{}) {
	f.mu.Lock()
	delete(f.inFlight, key)
	f.mu.Unlock()
	close(done)
}

// awaitRender waits for a render of the same page in flight, up to the
// render limiter's wait, and serves what it kept; it reports false when
// the caller must render itself (nothing kept: an error page, a page too
// large) or has nothing left to do (the reader went away).
func (h *Handler) awaitRender(w http.ResponseWriter, r *http.Request, key string, done chan struct{}) bool {
	t := time.NewTimer(h.limiter.wait)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		return false
	case <-r.Context().Done():
		return true
	}
	p, _ := h.pageCache.get(key)
	if p == nil {
		return false
	}
	h.serveHit(w, r, key, p)
	return true
}
