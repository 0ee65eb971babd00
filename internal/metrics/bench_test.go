package metrics_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"warta/internal/metrics"
	"warta/internal/web"
)

// BenchmarkMiddleware is what counting and timing one request costs on
// top of the handler, with the route pattern reported from an inner mux
// as the public site does.
func BenchmarkMiddleware(b *testing.B) {
	m := metrics.New(time.Now)
	inner := http.NewServeMux()
	inner.HandleFunc("GET /{section}/{rest...}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	h := m.Middleware(web.NoteRoute(inner))
	bare := web.NoteRoute(inner)
	r := httptest.NewRequest("GET", "/nasional/2026/11/27/banjir", nil)
	w := httptest.NewRecorder()
	b.Run("bare", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			bare.ServeHTTP(w, r)
		}
	})
	b.Run("metrics", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			h.ServeHTTP(w, r)
		}
	})
}

// BenchmarkMiddlewareAlone is the middleware around a handler that does
// nothing but report its route: the difference between the two runs is
// the whole per-request cost of metrics.
func BenchmarkMiddlewareAlone(b *testing.B) {
	m := metrics.New(time.Now)
	nothing := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		web.RecordRoute(w, "GET /{section}/{rest...}")
		w.WriteHeader(http.StatusOK)
	})
	h := m.Middleware(nothing)
	r := httptest.NewRequest("GET", "/nasional/2026/11/27/banjir", nil)
	w := httptest.NewRecorder()
	b.Run("bare", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			nothing.ServeHTTP(w, r)
		}
	})
	b.Run("metrics", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			h.ServeHTTP(w, r)
		}
	})
}
