package public_test

// Benchmarks of the render path (handler → store (SQLite) → templates) and
// of the page cache, over the demo content. The render benchmarks add a
// query the page cache does not keep, so every request renders. Run them
// with
//
//	go test -run '^$' -bench . -benchmem ./internal/web/public/
//
// They do nothing under a plain `go test`: all setup is inside the
// benchmark functions.

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"warta/internal/demo"
	"warta/internal/media/disk"
	"warta/internal/metrics"
	"warta/internal/store/sqlite"
	"warta/internal/web"
	"warta/internal/web/public"
)

// benchNow is the fixed clock of the demo content and the site, so every
// run renders the same pages.
var benchNow = time.Date(2026, time.March, 16, 9, 30, 0, 0, time.UTC)

// benchDB is the demo database, filled once per test binary (the fill
// writes a few hundred articles and their images, which takes seconds) and
// kept as bytes; each benchmark restores it into its own b.TempDir().
var benchDB struct {
	once sync.Once
	db   []byte
	err  error
}

func fillOnce(b *testing.B) []byte {
	b.Helper()
	benchDB.once.Do(func() {
		benchDB.db, benchDB.err = fillDemo()
	})
	if benchDB.err != nil {
		b.Fatalf("demo fill: %v", benchDB.err)
	}
	return benchDB.db
}

// fillDemo fills a fresh database with the demo content and returns the
// database file after a closing checkpoint. Its directory is removed before
// it returns.
func fillDemo() ([]byte, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "warta-bench-fill-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "warta.db")
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	blobs, err := disk.New(filepath.Join(dir, "media"))
	if err != nil {
		store.Close()
		return nil, err
	}
	if _, err := demo.Fill(ctx, store, blobs, benchNow); err != nil {
		store.Close()
		return nil, err
	}
	if err := store.Close(); err != nil { // checkpoints the WAL into warta.db
		return nil, err
	}
	return os.ReadFile(path)
}

// benchSite opens a copy of the demo database in b.TempDir() and builds
// the public site over it.
func benchSite(b *testing.B) http.Handler { return benchSiteMetrics(b, nil) }

// benchSiteMetrics is benchSite counting page cache hits in m, if any.
func benchSiteMetrics(b *testing.B, m public.CacheMetrics) http.Handler {
	b.Helper()
	db := fillOnce(b)
	ctx := context.Background()
	dir := b.TempDir()
	path := filepath.Join(dir, "warta.db")
	if err := os.WriteFile(path, db, 0o600); err != nil {
		b.Fatal(err)
	}
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	blobs, err := disk.New(filepath.Join(dir, "media"))
	if err != nil {
		b.Fatal(err)
	}
	site, err := public.New(public.Config{
		Store:   store,
		Blobs:   blobs,
		BaseURL: "http://127.0.0.1:8080",
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
		Now:     func() time.Time { return benchNow },
		Metrics: m,
	})
	if err != nil {
		b.Fatal(err)
	}
	return site
}

// articleHref matches an article link: /{section}/{yyyy}/{mm}/{dd}/{slug},
// relative or absolute.
var articleHref = regexp.MustCompile(`href="(?:https?://[^/"]+)?(/[a-z0-9-]+/[0-9]{4}/[0-9]{2}/[0-9]{2}/[^"/?#]+/?)"`)

// firstArticle returns the path of the first article linked from the home page.
func firstArticle(b *testing.B, site http.Handler) string {
	b.Helper()
	body := get(b, site, "/")
	m := articleHref.FindSubmatch(body)
	if m == nil {
		b.Fatalf("no article link on the home page (%d bytes)", len(body))
	}
	return string(m[1])
}

func get(b *testing.B, site http.Handler, path string) []byte {
	b.Helper()
	rec := httptest.NewRecorder()
	site.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		b.Fatalf("GET %s: status %d, want 200", path, rec.Code)
	}
	return rec.Body.Bytes()
}

// benchPage serves path in the loop, checking every answer.
func benchPage(b *testing.B, site http.Handler, path string) {
	b.Helper()
	body := get(b, site, path)
	if len(body) == 0 {
		b.Fatalf("GET %s: empty body", path)
	}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		site.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("GET %s: status %d, want 200", path, rec.Code)
		}
	}
}

// uncached serves the site without its page cache, so every request
// renders (a query the cache does not keep no longer renders: it is
// redirected).
func uncached(site http.Handler) http.Handler { return public.Uncached(site.(*public.Handler)) }

func BenchmarkArticlePage(b *testing.B) {
	site := benchSite(b)
	benchPage(b, uncached(site), firstArticle(b, site))
}

func BenchmarkHomePage(b *testing.B) {
	benchPage(b, uncached(benchSite(b)), "/")
}

func BenchmarkSectionPage(b *testing.B) {
	site := benchSite(b)
	article := firstArticle(b, site)
	section := article[:strings.Index(article[1:], "/")+2] // "/{section}/"
	benchPage(b, uncached(site), section)
}

// BenchmarkArticlePageCached is a reader's request once the page is kept:
// the whole handler chain (checks, security headers, the cache) without
// the network.
func BenchmarkArticlePageCached(b *testing.B) {
	site := benchSite(b)
	benchPage(b, site, firstArticle(b, site))
}

// BenchmarkArticlePageCachedServe is BenchmarkArticlePageCached behind
// the outer mux, as serve.go wires the site, without and with the metrics
// middleware: the difference between the two is what counting a request
// costs.
func BenchmarkArticlePageCachedServe(b *testing.B) {
	m := metrics.New(func() time.Time { return benchNow })
	site := benchSiteMetrics(b, m)
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler(false, site))
	mux.Handle("/", site)
	path := firstArticle(b, mux)
	b.Run("mux", func(b *testing.B) { benchPage(b, mux, path) })
	b.Run("metrics", func(b *testing.B) { benchPage(b, m.Middleware(mux), path) })
	// The request id, then the access log as serve writes it (a text
	// line per request to a file, as stderr redirected by a service
	// manager is).
	logFile, err := os.Create(filepath.Join(b.TempDir(), "access.log"))
	if err != nil {
		b.Fatal(err)
	}
	defer logFile.Close()
	logger := slog.New(web.ContextHandler{Handler: slog.NewTextHandler(logFile, nil)})
	b.Run("metrics+id", func(b *testing.B) { benchPage(b, web.Requests(logger, false, m.Middleware(mux)), path) })
	b.Run("metrics+id+log", func(b *testing.B) { benchPage(b, web.Requests(logger, true, m.Middleware(mux)), path) })
}

// BenchmarkCompressPage is what keeping a page costs on top of its
// render: gzip, and brotli at several qualities (the page cache uses
// brotliQuality, 5), over the demo's first article page. It reports the
// compressed size as a share of the page.
func BenchmarkCompressPage(b *testing.B) {
	site := benchSite(b)
	page := get(b, uncached(site), firstArticle(b, site))
	b.Run("gzip", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		var out []byte
		for b.Loop() {
			out, _ = web.GzipBytes(page)
		}
		b.ReportMetric(float64(len(out))/float64(len(page)), "ratio")
	})
	for _, q := range []int{4, 5, 6, 8, 11} {
		b.Run("brotli-"+strconv.Itoa(q), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				zw := brotli.NewWriterLevel(&buf, q)
				zw.Write(page)
				zw.Close()
			}
			b.ReportMetric(float64(buf.Len())/float64(len(page)), "ratio")
		})
	}
}
