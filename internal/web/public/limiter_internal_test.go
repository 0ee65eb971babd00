package public

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// A flood of renders queues behind the limit, and what finds the queue
// full, or waits too long, gets 503 with Retry-After; a cache hit is
// served while every render slot is taken.
func TestRenderLimiterQueuesThenRefuses(t *testing.T) {
	h := &Handler{logger: slog.New(slog.NewTextHandler(io.Discard, nil)), limiter: newRenderLimiter(2, 1, time.Hour)}
	release := make(chan struct{})
	started := make(chan string, 8)
	var renders sync.WaitGroup
	blocking := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- r.URL.Path
		<-release
		w.WriteHeader(http.StatusOK)
	})
	srv := h.cached(blocking)
	get := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		return rec
	}
	results := make(chan int, 3)
	for _, p := range []string{"/a/2026/01/01/satu", "/a/2026/01/01/dua", "/a/2026/01/01/tiga"} {
		renders.Add(1)
		go func() { defer renders.Done(); results <- get(p).Code }()
	}
	<-started
	<-started // two render; the third waits in the queue
	waitFor(t, func() bool { return len(h.limiter.queue) == 3 })
	select {
	case p := <-started:
		t.Fatalf("%s rendered beyond the limit", p)
	default:
	}

	// The queue is full: the next render is refused at once.
	rec := get("/a/2026/01/01/empat")
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" || rec.Header().Get("Cache-Control") != "no-store" {
		t.Fatalf("over the queue: %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	if !strings.Contains(rec.Body.String(), "sibuk") {
		t.Error("the 503 has no message")
	}

	// A kept page is served without a slot.
	p := &cachedPage{body: []byte("<p>kept</p>"), cacheCtl: []string{ccList}, stored: time.Now()}
	compressPage(p, `"k"`, true, true)
	_, gen := h.pageCache.get("/")
	h.pageCache.put("/", gen, p)
	if rec := get("/"); rec.Code != http.StatusOK || rec.Body.String() != "<p>kept</p>" {
		t.Fatalf("a cache hit during the flood: %d %q", rec.Code, rec.Body.String())
	}

	close(release)
	renders.Wait()
	close(results)
	for code := range results {
		if code != http.StatusOK {
			t.Errorf("a queued render answered %d", code)
		}
	}
	if len(h.limiter.slots) != 0 || len(h.limiter.queue) != 0 {
		t.Errorf("slots left taken: %d running, %d admitted", len(h.limiter.slots), len(h.limiter.queue))
	}
}

// A render that waits longer than the limiter allows is refused, and
// gives its place in the queue back.
func TestRenderLimiterTimesOut(t *testing.T) {
	l := newRenderLimiter(1, 4, time.Millisecond)
	if !l.acquire(t.Context()) {
		t.Fatal("the first render was refused")
	}
	if l.acquire(t.Context()) {
		t.Fatal("a second render ran beside the first with one slot")
	}
	if len(l.queue) != 1 {
		t.Errorf("a refused render kept its place: %d admitted", len(l.queue))
	}
	l.release()
	if !l.acquire(t.Context()) {
		t.Fatal("the slot was not given back")
	}
	l.release()
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	for range 2000 {
		if ok() {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("condition not reached")
}

func TestChooseEncoding(t *testing.T) {
	all := [encodings]variant{{body: []byte("b")}, {body: []byte("g")}, {body: []byte("i")}}
	noBr := all
	noBr[encBrotli] = variant{}
	none := [encodings]variant{encIdentity: {body: []byte("i")}}
	for _, c := range []struct {
		header string
		have   *[encodings]variant
		want   int
	}{
		{"", &all, encIdentity},
		{"gzip", &all, encGzip},
		{"gzip, deflate, br", &all, encBrotli},
		{"br;q=1.0, gzip;q=1.0", &all, encBrotli},
		{"gzip;q=1, br;q=0.5", &all, encGzip},
		{"br;q=0, gzip", &all, encGzip},
		{"br;q=0, gzip;q=0", &all, encIdentity},
		{"GZIP", &all, encGzip},
		{"*", &all, encBrotli},
		{"*;q=0.5, gzip;q=0.8", &all, encGzip},
		{"identity;q=1, gzip;q=0.5", &all, encIdentity},
		{"br", &noBr, encIdentity},
		{"br, gzip;q=0.1", &noBr, encGzip},
		{"gzip, br", &none, encIdentity},
		{"br;q=bad, gzip", &all, encGzip},
	} {
		if got := chooseEncoding(c.header, c.have); got != c.want {
			t.Errorf("Accept-Encoding %q: %d, want %d", c.header, got, c.want)
		}
	}
}

// Readers who ask for a page while it is being rendered wait for that
// render and are served its page: one render, not one per reader.
func TestConcurrentMissesRenderOnce(t *testing.T) {
	h := &Handler{logger: slog.New(slog.NewTextHandler(io.Discard, nil)), limiter: newRenderLimiter(4, 16, time.Hour)}
	release := make(chan struct{})
	var mu sync.Mutex
	renders := 0
	srv := h.cached(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		renders++
		mu.Unlock()
		<-release
		servePage(w, r, h.keepPage(r, "article", []byte(strings.Repeat("<p>berita</p>", 200))))
	}))
	const readers = 5
	codes := make(chan int, readers)
	var wg sync.WaitGroup
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest("GET", "/a/2026/01/01/satu", nil))
			codes <- rec.Code
		}()
	}
	waitFor(t, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return renders == 1
	})
	time.Sleep(20 * time.Millisecond) // let the others reach the wait (a second render would show here)
	close(release)
	wg.Wait()
	close(codes)
	for code := range codes {
		if code != http.StatusOK {
			t.Errorf("a reader got %d", code)
		}
	}
	if renders != 1 {
		t.Errorf("%d renders of one page for %d readers arriving together", renders, readers)
	}
}
