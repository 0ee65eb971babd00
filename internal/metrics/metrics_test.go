package metrics_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"warta"
	"warta/internal/editorial"
	"warta/internal/jobs"
	"warta/internal/metrics"
	"warta/internal/store/postgres"
	"warta/internal/store/sqlite"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// server wires the public site under the metrics middleware as serve.go
// does: /metrics on the outer mux, everything else to the site.
func server(t *testing.T, public_ bool) (*webtest.Site, *metrics.Metrics, http.Handler) {
	t.Helper()
	s := webtest.NewSite(t)
	s.NewFixture(t)
	m := metrics.New(s.Now)
	site, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: "https://kabar.example", Logger: s.Logger(),
		Now: s.Now, Ready: s.Store.Ready, Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	s.Changed = site.Invalidate
	m.WatchPageCache(site.CacheSize)
	m.WatchDB(testPools(s.Store))
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler(public_, site))
	mux.Handle("/", site)
	return s, m, m.Middleware(mux)
}

// do serves one request from remote (host:port).
func do(h http.Handler, method, target, remote string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	r.RemoteAddr = remote
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// scrape fetches /metrics as a local scraper and parses the exposition.
func scrape(t *testing.T, h http.Handler) map[string]*dto.MetricFamily {
	t.Helper()
	w := do(h, "GET", "/metrics", "127.0.0.1:40000")
	if w.Code != http.StatusOK {
		t.Fatalf("/metrics: %d", w.Code)
	}
	if cc := w.Header().Get("Cache-Control"); cc != "no-store" {
		t.Errorf("/metrics Cache-Control %q", cc)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	families, err := p.TextToMetricFamilies(w.Body)
	if err != nil {
		t.Fatalf("parse exposition: %v", err)
	}
	return families
}

// value returns the value of the series of name whose labels include
// want ("k=v" pairs), summed over the others; -1 when there is none.
func value(families map[string]*dto.MetricFamily, name string, want ...string) float64 {
	f := families[name]
	if f == nil {
		return -1
	}
	sum, found := 0.0, false
	for _, m := range f.Metric {
		labels := map[string]string{}
		for _, l := range m.Label {
			labels[l.GetName()] = l.GetValue()
		}
		match := true
		for _, kv := range want {
			k, v, _ := strings.Cut(kv, "=")
			if labels[k] != v {
				match = false
			}
		}
		if !match {
			continue
		}
		found = true
		switch {
		case m.Counter != nil:
			sum += m.Counter.GetValue()
		case m.Gauge != nil:
			sum += m.Gauge.GetValue()
		case m.Histogram != nil:
			sum += float64(m.Histogram.GetSampleCount())
		}
	}
	if !found {
		return -1
	}
	return sum
}

func TestRequestsByRoutePattern(t *testing.T) {
	_, _, h := server(t, false)
	const article = "GET /{section}/{rest...}"
	for i, c := range []struct {
		path   string
		status int
	}{
		{webtest.MainPath, 200},
		{webtest.MainPath, 200}, // from the page cache
		{webtest.MainPath + "?utm_source=wa", 200},
		{"/tag/banjir", 200},
		{"/tag/tidak-ada", 404},
		{"/healthz", 200},
	} {
		if w := do(h, "GET", c.path, "192.0.2.7:5000"); w.Code != c.status {
			t.Fatalf("%d: GET %s: %d, want %d", i, c.path, w.Code, c.status)
		}
	}
	fams := scrape(t, h)
	checks := []struct {
		name   string
		labels []string
		want   float64
	}{
		{"warta_http_requests_total", []string{"route=" + article, "method=GET", "status=200"}, 3},
		{"warta_http_requests_total", []string{"route=GET /tag/{slug}", "method=GET", "status=200"}, 1},
		{"warta_http_requests_total", []string{"route=GET /tag/{slug}", "method=GET", "status=404"}, 1},
		{"warta_http_requests_total", []string{"route=GET /healthz", "status=200"}, 1},
		{"warta_http_request_duration_seconds", []string{"route=" + article}, 3},
		// The article and the tag page rendered; the article twice more
		// from the cache (tracking parameters are the same page).
		{"warta_page_cache_requests_total", []string{"result=miss"}, 2},
		{"warta_page_cache_requests_total", []string{"result=hit"}, 2},
		{"warta_page_cache_entries", nil, 2},
	}
	for _, c := range checks {
		if got := value(fams, c.name, c.labels...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
		}
	}
	if b := value(fams, "warta_page_cache_bytes"); b < 1000 {
		t.Errorf("warta_page_cache_bytes = %v", b)
	}
	// Labels are patterns, never the paths readers typed.
	for _, m := range fams["warta_http_requests_total"].Metric {
		for _, l := range m.Label {
			if strings.Contains(l.GetValue(), "banjir") || strings.Contains(l.GetValue(), "tidak-ada") {
				t.Errorf("raw path in a label: %s=%q", l.GetName(), l.GetValue())
			}
		}
	}
	for _, name := range []string{"go_goroutines", "process_cpu_seconds_total"} {
		if fams[name] == nil {
			t.Errorf("no %s", name)
		}
	}
}

func TestUnknownMethodIsBounded(t *testing.T) {
	_, _, h := server(t, false)
	do(h, "BREW", "/", "192.0.2.7:5000")
	fams := scrape(t, h)
	if got := value(fams, "warta_http_requests_total", "method=other"); got != 1 {
		t.Errorf("method=other = %v, want 1", got)
	}
	if got := value(fams, "warta_http_requests_total", "method=BREW"); got != -1 {
		t.Errorf("a made-up method became a label")
	}
}

func TestMetricsOnlyForLocalClients(t *testing.T) {
	cases := []struct {
		name   string
		public bool
		remote string
		header string
		want   int
	}{
		{"loopback v4", false, "127.0.0.1:40000", "", 200},
		{"loopback v6", false, "[::1]:40000", "", 200},
		{"remote", false, "192.0.2.7:5000", "", 404},
		{"lan", false, "10.0.0.5:5000", "", 404},
		{"proxied from loopback", false, "127.0.0.1:40000", "X-Forwarded-For", 404},
		{"proxied, Forwarded", false, "127.0.0.1:40000", "Forwarded", 404},
		{"remote, public", true, "192.0.2.7:5000", "", 200},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, h := server(t, c.public)
			r := httptest.NewRequest("GET", "/metrics", nil)
			r.RemoteAddr = c.remote
			if c.header != "" {
				r.Header.Set(c.header, "for=198.51.100.1")
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != c.want {
				t.Fatalf("status %d, want %d", w.Code, c.want)
			}
			if body := w.Body.String(); c.want == 404 && strings.Contains(body, "warta_http_requests_total") {
				t.Error("404 carries the metrics")
			}
		})
	}
}

func TestDatabaseAndQueueGauges(t *testing.T) {
	s, m, h := server(t, false)
	m.WatchMediaQueue(func() int { return 3 })
	if err := s.Store.Ready(context.Background()); err != nil { // opens a reader connection
		t.Fatal(err)
	}
	fams := scrape(t, h)
	if got := value(fams, "warta_media_queue_length"); got != 3 {
		t.Errorf("warta_media_queue_length = %v", got)
	}
	for _, pool := range poolNames(s.Store) {
		if got := value(fams, "warta_db_connections", "pool="+pool, "state=idle"); got < 1 {
			t.Errorf("warta_db_connections{pool=%s,state=idle} = %v", pool, got)
		}
		if got := value(fams, "warta_db_wait_count_total", "pool="+pool); got < 0 {
			t.Errorf("no warta_db_wait_count_total{pool=%s}", pool)
		}
		if got := value(fams, "warta_db_wait_seconds_total", "pool="+pool); got < 0 {
			t.Errorf("no warta_db_wait_seconds_total{pool=%s}", pool)
		}
	}
}

// TestSchedulerMetrics: when the scheduler publishes a story that was
// due 90 seconds ago, the run, its time and the lag show.
func TestSchedulerMetrics(t *testing.T) {
	s, m, h := server(t, false)
	ctx := context.Background()
	author := &warta.User{Email: "penulis@kabar.example", Name: "Penulis", Role: warta.RoleEditor}
	s.MustUpdate(t, func(tx warta.Tx) error { return tx.CreateUser(ctx, author) })
	svc := &editorial.Service{Store: s.Store, Notify: s.Notify, ScheduledLag: m.ScheduledLag}
	title, dek, body := "Pasar Malam Dibuka Kembali", "Ringkasan.", "<p>Isi berita.</p>"
	var sec int64
	s.Store.View(ctx, func(tx warta.ReadTx) error {
		list, _ := tx.FindSections(ctx)
		sec = list[0].ID
		return nil
	})
	a, err := svc.Create(ctx, author, editorial.Input{Title: &title, Dek: &dek, BodyHTML: &body, SectionID: &sec},
		warta.StatusScheduled, s.Now().Add(10*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if got := value(scrape(t, h), "warta_job_runs_total"); got != -1 {
		t.Fatalf("job runs before any: %v", got)
	}
	s.Clock.Advance(10*time.Minute + 90*time.Second)

	runOnce(t, &jobs.Scheduler{Publisher: svc, Interval: time.Hour, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Observer: m})
	var got *warta.Article
	s.Store.View(ctx, func(tx warta.ReadTx) error { got, err = tx.FindArticleByID(ctx, a.ID); return err })
	if got.Status != warta.StatusPublished {
		t.Fatalf("not published: %s", got.Status)
	}
	fams := scrape(t, h)
	if v := value(fams, "warta_job_runs_total", "job=publish_scheduled", "result=ok"); v != 1 {
		t.Errorf("runs ok = %v, want 1", v)
	}
	if v := value(fams, "warta_job_last_success_timestamp_seconds", "job=publish_scheduled"); v != float64(s.Now().Unix()) {
		t.Errorf("last success = %v, want %d", v, s.Now().Unix())
	}
	if v := value(fams, "warta_scheduled_publish_lag_seconds"); v != 90 {
		t.Errorf("lag = %v, want 90", v)
	}

	// A failing run counts as an error and leaves the last success alone.
	s.Clock.Advance(time.Minute)
	m.JobDone(jobs.JobPublishScheduled, errors.New("database is locked"))
	fams = scrape(t, h)
	if v := value(fams, "warta_job_runs_total", "job=publish_scheduled", "result=error"); v != 1 {
		t.Errorf("runs error = %v, want 1", v)
	}
	if v := value(fams, "warta_job_last_success_timestamp_seconds", "job=publish_scheduled"); v != float64(s.Now().Add(-time.Minute).Unix()) {
		t.Errorf("last success moved on an error: %v", v)
	}
}

// runOnce runs the scheduler for its first tick (at once) and stops it.
func runOnce(t *testing.T, s *jobs.Scheduler) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{}, 1)
	s.Observer = observed{s.Observer, func() {
		select {
		case ran <- struct{}{}:
		default:
		}
	}}
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	select {
	case <-ran:
	case <-time.After(10 * time.Second):
		t.Error("the scheduler did not run")
	}
	cancel()
	<-done
}

// observed passes a run on to o, then calls after.
type observed struct {
	o     jobs.Observer
	after func()
}

func (x observed) JobDone(job string, err error) { x.o.JobDone(job, err); x.after() }

// testPools reads the pools of the store the test site runs on, as the
// server does (cmd/warta's dbPools).
func testPools(s webtest.Backend) func() []metrics.Pool {
	switch s := s.(type) {
	case *sqlite.Store:
		return metrics.SQLPools(s.Stats)
	case *postgres.Store:
		return func() []metrics.Pool {
			st := s.Stats()
			return []metrics.Pool{{Name: "shared", InUse: int(st.AcquiredConns()), Idle: int(st.IdleConns()),
				WaitCount: st.EmptyAcquireCount(), WaitDuration: st.EmptyAcquireWaitTime()}}
		}
	}
	return func() []metrics.Pool { return nil }
}

// poolNames are the pools the store reports.
func poolNames(s webtest.Backend) []string {
	if _, ok := s.(*postgres.Store); ok {
		return []string{"shared"}
	}
	return []string{"reader", "writer"}
}

// TestLoginsRefused counts refused password checks by reason, and a nil
// Metrics (metrics off) takes the call without complaint.
func TestLoginsRefused(t *testing.T) {
	_, m, h := server(t, false)
	if v := value(scrape(t, h), "warta_logins_refused_total", "reason=busy"); v != 0 {
		t.Fatalf("busy before any = %v; want 0, exported from the start", v)
	}
	m.LoginRefused("rate_limited")
	m.LoginRefused("rate_limited")
	m.LoginRefused("busy")
	fams := scrape(t, h)
	if v := value(fams, "warta_logins_refused_total", "reason=rate_limited"); v != 2 {
		t.Errorf("rate_limited = %v; want 2", v)
	}
	if v := value(fams, "warta_logins_refused_total", "reason=busy"); v != 1 {
		t.Errorf("busy = %v; want 1", v)
	}
	var off *metrics.Metrics
	off.LoginRefused("busy")
}
