package public

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"runtime"
	"strings"
	"time"

	"warta/internal/i18n"
)

// The render limiter bounds how many requests render at once. Without it
// a flood of distinct valid addresses (every article of the archive,
// every page of every list) starts as many renders as there are
// connections, each holding a read transaction and its buffers, until
// the process spends its time switching between them and every answer is
// late. With it, renders beyond the limit wait in a bounded queue for a
// short while and are then refused with 503 and Retry-After: the site
// degrades to queueing and a clear refusal, not to collapse. Cache hits
// never pass through it.
type renderLimiter struct {
	slots chan struct{} // one per render running
	queue chan struct{} // one per request admitted: running or waiting
	wait  time.Duration // the longest a request waits for a slot
}

// Defaults: two renders per CPU keep the CPUs busy while one waits on
// the database; 64 more may wait up to 3 s.
const (
	renderQueue = 64
	renderWait  = 3 * time.Second
	retryAfter  = "5" // seconds, for a refused render
)

func newRenderLimiter(running, waiting int, wait time.Duration) *renderLimiter {
	if running <= 0 {
		running = 2 * runtime.GOMAXPROCS(0)
	}
	return &renderLimiter{slots: make(chan struct{}, running), queue: make(chan struct{}, running+waiting), wait: wait}
}

// acquire takes a render slot, waiting in the queue at most l.wait; it
// reports false when the queue is full, the wait ran out or the reader
// went away. A true return must be followed by release.
func (l *renderLimiter) acquire(ctx context.Context) bool {
	select {
	case l.queue <- struct{}{}:
	default:
		return false
	}
	select {
	case l.slots <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(l.wait)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		return true
	case <-t.C:
	case <-ctx.Done():
	}
	<-l.queue
	return false
}

func (l *renderLimiter) release() {
	<-l.slots
	<-l.queue
}

// limited serves r with next once the render limiter lets it, or answers
// 503.
func (h *Handler) limited(w http.ResponseWriter, r *http.Request, next http.Handler) {
	if !h.limiter.acquire(r.Context()) {
		if r.Context().Err() == nil {
			renderBusy(w, r)
		}
		return
	}
	defer h.limiter.release()
	next.ServeHTTP(w, r)
}

// unlimited reports whether a path is served without the limiter: files
// (no render) and the health checks, which must answer under load.
func unlimited(path string) bool {
	return strings.HasPrefix(path, "/static/") || strings.HasPrefix(path, "/media/") || path == "/healthz" || path == "/readyz"
}

// renderBusy answers 503 without rendering a template: the point is to
// spend nothing.
func renderBusy(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Cache-Control", "no-store")
	hd.Set("Retry-After", retryAfter)
	w.WriteHeader(http.StatusServiceUnavailable)
	if r.Method == http.MethodHead {
		return
	}
	fmt.Fprintf(w, `<!doctype html><html lang="id"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>503</title>`+
		`<h1>%s</h1><p><a href="/">%s</a></p></html>`,
		template.HTMLEscapeString(i18n.T(i18n.ID, "error.busy")), template.HTMLEscapeString(i18n.T(i18n.ID, "nav.home")))
}
