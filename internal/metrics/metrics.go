// Package metrics exposes Warta's operational numbers to Prometheus:
// requests by route and status with their latency, the page cache's hit
// ratio, the background jobs, the media queue and the database pools.
// Everything lives in a registry of its own (no global state), and the
// numbers read from other parts (cache size, pool statistics) are read
// at scrape time, so serving a page costs a few atomic adds.
package metrics

import (
	"net/http"
	"net/netip"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics is one process's registry and the instruments the other
// packages report to.
type Metrics struct {
	reg *prometheus.Registry
	now func() time.Time

	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	mu       sync.RWMutex
	series   map[seriesKey]series // resolved label values; see Middleware

	cacheHits, cacheMisses prometheus.Counter

	jobRuns     *prometheus.CounterVec
	jobLastOK   *prometheus.GaugeVec
	scheduleLag prometheus.Gauge

	loginsRefused *prometheus.CounterVec
}

// New builds the registry with the Go runtime and process collectors.
// now is the clock of the job timestamps: the store's, so tests can fix
// it.
func New(now func() time.Time) *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry(), now: now, series: map[seriesKey]series{}}
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "warta_http_requests_total",
		Help: "HTTP requests answered, by route pattern, method and status code.",
	}, []string{"route", "method", "status"})
	m.duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "warta_http_request_duration_seconds",
		Help:    "Time to answer an HTTP request, by route pattern.",
		Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
	}, []string{"route"})
	pageCache := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "warta_page_cache_requests_total",
		Help: "Public pages served from the page cache (hit) or rendered for it (miss).",
	}, []string{"result"})
	m.cacheHits, m.cacheMisses = pageCache.WithLabelValues("hit"), pageCache.WithLabelValues("miss")
	m.jobRuns = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "warta_job_runs_total",
		Help: "Runs of a background job, by job and result (ok or error).",
	}, []string{"job", "result"})
	m.jobLastOK = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "warta_job_last_success_timestamp_seconds",
		Help: "Unix time of the last successful run of a background job.",
	}, []string{"job"})
	m.scheduleLag = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "warta_scheduled_publish_lag_seconds",
		Help: "How late the last scheduled article went out, after its publish time.",
	})
	m.loginsRefused = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "warta_logins_refused_total",
		Help: "Password checks refused before they ran, by reason (rate_limited: the account's or address's failure limit; busy: no hashing slot came free).",
	}, []string{"reason"})
	m.loginsRefused.WithLabelValues("rate_limited")
	m.loginsRefused.WithLabelValues("busy")
	m.reg.MustRegister(m.requests, m.duration, pageCache, m.jobRuns, m.jobLastOK, m.scheduleLag, m.loginsRefused,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry is the registry behind /metrics, for tests to gather from.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// PageCacheHit counts a public page served from the page cache.
func (m *Metrics) PageCacheHit() { m.cacheHits.Inc() }

// PageCacheMiss counts a public page rendered because the cache lacked it.
func (m *Metrics) PageCacheMiss() { m.cacheMisses.Inc() }

// WatchPageCache reports the page cache's size, read at each scrape.
func (m *Metrics) WatchPageCache(size func() (entries, bytes int)) {
	m.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "warta_page_cache_entries",
			Help: "Pages kept in the page cache.",
		}, func() float64 { n, _ := size(); return float64(n) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "warta_page_cache_bytes",
			Help: "Bytes kept in the page cache (bodies and their gzip).",
		}, func() float64 { _, b := size(); return float64(b) }))
}

// WatchMediaQueue reports the uploads waiting for their variants.
func (m *Metrics) WatchMediaQueue(length func() int) {
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "warta_media_queue_length",
		Help: "Photos waiting for their resized variants.",
	}, func() float64 { return float64(length()) }))
}

// WatchDB reports the database pools' statistics, read at each scrape.
func (m *Metrics) WatchDB(pools func() []Pool) {
	m.reg.MustRegister(dbCollector{pools})
}

// JobDone records how a run of a background job ended (jobs.Observer).
func (m *Metrics) JobDone(job string, err error) {
	if err != nil {
		m.jobRuns.WithLabelValues(job, "error").Inc()
		return
	}
	m.jobRuns.WithLabelValues(job, "ok").Inc()
	m.jobLastOK.WithLabelValues(job).Set(float64(m.now().UnixMilli()) / 1000)
}

// LoginRefused counts a password check refused before it ran, for reason
// "rate_limited" or "busy". A nil Metrics (metrics off) counts nothing.
func (m *Metrics) LoginRefused(reason string) {
	if m == nil {
		return
	}
	m.loginsRefused.WithLabelValues(reason).Inc()
}

// ScheduledLag records how late the last scheduled article went out.
func (m *Metrics) ScheduledLag(d time.Duration) { m.scheduleLag.Set(max(d, 0).Seconds()) }

// Handler serves the exposition. Unless public, only loopback clients
// that did not come through a proxy get it; everyone else gets
// notFound, so that /metrics does not advertise itself.
func (m *Metrics) Handler(public bool, notFound http.Handler) http.Handler {
	expose := promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !public && !Local(r) {
			notFound.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-store")
		expose.ServeHTTP(w, r)
	})
}

// Local reports whether r comes from this machine directly: a loopback
// address, and no proxy header. A reverse proxy on the same machine
// connects from loopback too, but names the real client in
// X-Forwarded-For, Forwarded or X-Real-IP; its requests are the world's.
func Local(r *http.Request) bool {
	if r.Header.Get("X-Forwarded-For") != "" || r.Header.Get("Forwarded") != "" || r.Header.Get("X-Real-IP") != "" {
		return false
	}
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	return err == nil && ap.Addr().Unmap().IsLoopback()
}
