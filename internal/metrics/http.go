package metrics

import (
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// maxSeries bounds the request series: route patterns, methods and
// status codes are few, but a bound makes sure of it. Past it, new
// combinations are counted under route "other".
const maxSeries = 2000

// seriesKey is one combination of request labels.
type seriesKey struct {
	route, method string
	status        int
}

// series is a seriesKey's counter and its route's histogram, resolved
// once: WithLabelValues hashes the label values on every call, a map
// lookup under a read lock is cheaper and allocates nothing.
type series struct {
	count    prometheus.Counter
	duration prometheus.Observer
}

// Middleware counts and times every request next answers, labelled by
// the route pattern that served it (see web.NoteRoute); a request no
// pattern claimed is "other".
func (m *Metrics) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := recorders.Get().(*recorder)
		rec.ResponseWriter, rec.status, rec.route = w, 0, ""
		defer func() {
			route := rec.route
			if route == "" {
				route = r.Pattern // the outer mux's, set on this very request
			}
			if route == "" {
				route = "other"
			}
			status := rec.status
			if status == 0 {
				status = http.StatusOK // nothing written: net/http sends 200
			}
			rec.ResponseWriter = nil
			recorders.Put(rec)
			s := m.lookup(seriesKey{route, method(r.Method), status})
			s.count.Inc()
			s.duration.Observe(time.Since(start).Seconds())
		}()
		next.ServeHTTP(rec, r)
	})
}

// lookup returns the series of k, resolving it the first time.
func (m *Metrics) lookup(k seriesKey) series {
	m.mu.RLock()
	s, ok := m.series[k]
	m.mu.RUnlock()
	if ok {
		return s
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if s, ok := m.series[k]; ok {
		return s
	}
	if len(m.series) >= maxSeries {
		k.route = "other"
		if s, ok := m.series[k]; ok {
			return s
		}
	}
	s = series{
		count:    m.requests.WithLabelValues(k.route, k.method, strconv.Itoa(k.status)),
		duration: m.duration.WithLabelValues(k.route),
	}
	m.series[k] = s
	return s
}

// method bounds the method label to the ones HTTP defines; anything a
// client makes up is "other".
func method(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodOptions, http.MethodConnect, http.MethodTrace:
		return m
	}
	return "other"
}

// recorders keeps response recorders between requests, so that the
// cached-page path allocates nothing for metrics.
var recorders = sync.Pool{New: func() any { return new(recorder) }}

// recorder notes the status written and the route pattern that served
// the request (web.RouteRecorder). Unwrap lets http.ResponseController
// reach the connection's writer for Flush and deadlines.
type recorder struct {
	http.ResponseWriter
	status int
	route  string
}

func (rw *recorder) RecordRoute(pattern string) { rw.route = pattern }

func (rw *recorder) Unwrap() http.ResponseWriter { return rw.ResponseWriter }

func (rw *recorder) WriteHeader(code int) {
	if rw.status == 0 && code >= 200 { // 1xx are interim
		rw.status = code
	}
	rw.ResponseWriter.WriteHeader(code)
}

func (rw *recorder) Write(b []byte) (int, error) {
	if rw.status == 0 {
		rw.status = http.StatusOK
	}
	return rw.ResponseWriter.Write(b)
}

// ReadFrom keeps the connection's sendfile path for files (io.Copy
// finds the underlying writer's ReadFrom).
func (rw *recorder) ReadFrom(src io.Reader) (int64, error) {
	if rw.status == 0 {
		rw.status = http.StatusOK
	}
	return io.Copy(rw.ResponseWriter, src)
}
