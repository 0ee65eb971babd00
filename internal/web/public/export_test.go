package public

import (
	"net/http"
	"time"
)

// Renders is how many pages h has rendered.
func Renders(h *Handler) int64 { return h.renders.Load() }

// ListReads is how many pages of lists h has read from its store.
func ListReads(h *Handler) int64 { return h.listReads.Load() }

// SearchCacheCounts is how many searches h answered from its search cache
// and how many it ran.
func SearchCacheCounts(h *Handler) (hits, misses int64) {
	return h.searches.hits.Load(), h.searches.misses.Load()
}

// LimitRenders gives h a render limiter of running renders, waiting
// requests and the longest wait.
func LimitRenders(h *Handler, running, waiting int, wait time.Duration) {
	h.limiter = newRenderLimiter(running, waiting, wait)
}

// Uncached serves h's routes without the page cache and the render
// limiter, for benchmarks of the render alone.
func Uncached(h *Handler) http.Handler { return h.guard(h.routes()) }
