package web_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warta/internal/web"
)

// requestLogger logs into a buffer through the request-id handler.
func requestLogger() (*slog.Logger, *bytes.Buffer) {
	var buf bytes.Buffer
	return slog.New(web.ContextHandler{Handler: slog.NewTextHandler(&buf, nil)}), &buf
}

// A request gets an id in X-Request-Id; a record logged with its context
// deep in a handler carries it, and so does the access log line, which
// says what was asked and answered but never the query.
func TestRequestIDInLogRecords(t *testing.T) {
	logger, buf := requestLogger()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /cari", func(w http.ResponseWriter, r *http.Request) {
		web.RecordRoute(w, r.Pattern)
		logger.WarnContext(r.Context(), "search refused")
		slog.New(web.ContextHandler{Handler: slog.NewTextHandler(buf, nil)}).With("part", "x").WarnContext(r.Context(), "derived logger")
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	h := web.Requests(logger, true, mux)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/cari?q=rahasia&token=abc", nil))
	id := rec.Header().Get("X-Request-Id")
	if len(id) < 8 {
		t.Fatalf("X-Request-Id = %q", id)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 records (warn, derived, access), got:\n%s", buf)
	}
	for _, l := range lines {
		if !strings.Contains(l, "request_id="+id) {
			t.Errorf("record without the request id %s: %s", id, l)
		}
	}
	access := lines[2]
	for _, want := range []string{"level=INFO", "method=GET", "path=/cari", "status=503", "bytes=5", "route=\"GET /cari\"", "duration="} {
		if !strings.Contains(access, want) {
			t.Errorf("access line lacks %s: %s", want, access)
		}
	}
	if strings.Contains(buf.String(), "rahasia") || strings.Contains(buf.String(), "abc") {
		t.Errorf("the query reached the log: %s", access)
	}
	// Another request, another id.
	rec2 := httptest.NewRecorder()
	h.ServeHTTP(rec2, httptest.NewRequest("GET", "/cari", nil))
	if rec2.Header().Get("X-Request-Id") == id {
		t.Error("two requests share an id")
	}
}

// A proxy on the same machine passes its id on and it is kept; a client
// elsewhere cannot choose the id, nor put a line break in the log.
func TestRequestIDFromProxy(t *testing.T) {
	logger, buf := requestLogger()
	h := web.Requests(logger, false, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		logger.InfoContext(r.Context(), "seen")
	}))
	for _, c := range []struct {
		remote, sent string
		kept         bool
	}{
		{"127.0.0.1:40000", "proxy-7f3a9c", true},
		{"[::1]:40000", "0b8e2c1d-5a4f-4e2b-9d1c-3f6a7b8c9d0e", true},
		{"203.0.113.9:40000", "chosen-by-client", false},
		{"127.0.0.1:40000", "bad\nline", false},
		{"127.0.0.1:40000", strings.Repeat("a", 65), false},
	} {
		buf.Reset()
		req := httptest.NewRequest("GET", "/", nil)
		req.RemoteAddr = c.remote
		req.Header.Set("X-Request-Id", c.sent)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		got := rec.Header().Get("X-Request-Id")
		if (got == c.sent) != c.kept || got == "" {
			t.Errorf("from %s sending %q: X-Request-Id %q", c.remote, c.sent, got)
		}
		if !strings.Contains(buf.String(), "request_id="+got) {
			t.Errorf("log lacks request_id=%s: %s", got, buf)
		}
		if strings.Contains(buf.String(), "level=INFO msg=request") {
			t.Errorf("access log written though off: %s", buf)
		}
	}
}

// BenchmarkRequests is what the request id and the access log add to a
// request that does nothing: bare, with the id only, with the id and a
// log line written to a file.
func BenchmarkRequests(b *testing.B) {
	f, err := os.Create(filepath.Join(b.TempDir(), "access.log"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	logger := slog.New(web.ContextHandler{Handler: slog.NewTextHandler(f, nil)})
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	req := httptest.NewRequest("GET", "/nasional/2026/12/06/judul", nil)
	for _, c := range []struct {
		name string
		h    http.Handler
	}{{"bare", ok}, {"id", web.Requests(logger, false, ok)}, {"id+log", web.Requests(logger, true, ok)}} {
		b.Run(c.name, func(b *testing.B) {
			w := httptest.NewRecorder()
			b.ReportAllocs()
			for b.Loop() {
				w.Body.Reset()
				c.h.ServeHTTP(w, req)
			}
		})
	}
}
