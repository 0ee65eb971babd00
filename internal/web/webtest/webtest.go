// Package webtest builds test sites: a real SQLite store on a temporary
// file, fixtures written through the store, and HTTP scenario tables.
package webtest

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"warta"
	"warta/internal/media/disk"
	"warta/internal/store/pgtest"
	"warta/internal/store/postgres"
	"warta/internal/store/sqlite"
)

// Now is the fixed clock of test sites: Friday 27 November 2026, 10:00 WIB.
var Now = time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)

// Clock is a test clock: it reads Now until a test sets or advances it.
// Every part of a test site (store, handlers, services, sessions, two-step
// codes) reads it, through Site.Now or the store's Now.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a clock reading t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the clock's reading.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Set moves the clock to t.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// StoreEnv names the variable that runs the tests built on Site against
// PostgreSQL ("postgres") instead of SQLite.
const StoreEnv = "WARTA_TEST_STORE"

// Backend is the store a test site runs on, SQLite or PostgreSQL.
type Backend interface {
	warta.Store
	Exec(ctx context.Context, query string, args ...any) error
	// Ready reports whether the database answers with its migrations current.
	Ready(ctx context.Context) error
	Close() error
}

// OnPostgreSQL reports whether the tests run on PostgreSQL.
func OnPostgreSQL() bool { return os.Getenv(StoreEnv) == "postgres" }

// Site is a store and blob directory for one test.
type Site struct {
	// Clock is the site's one clock, starting at Now.
	Clock *Clock
	Store Backend
	Blobs *disk.Blobs
	Dir   string
	// Log receives the handler's log lines; tests may assert on it.
	Log *strings.Builder
	// Changed is called after every write through the site (MustUpdate,
	// Notify): set it to the public handler's Invalidate, as the server
	// does, so pages and caches follow the content.
	Changed func()
	// Evict, when set, receives each event instead of Changed: set it to
	// the public handler's Evict to test exact invalidation.
	Evict func(warta.Event)
}

// NewSite opens a fresh store in a temporary directory.
func NewSite(tb testing.TB) *Site {
	tb.Helper()
	dir := tb.TempDir()
	clock := NewClock(Now)
	var store Backend
	var err error
	if os.Getenv(StoreEnv) == "postgres" {
		store, err = postgres.OpenClock(context.Background(), pgtest.Fresh(tb), clock.Now)
	} else {
		store, err = sqlite.OpenClock(context.Background(), filepath.Join(dir, "warta.db"), clock.Now)
	}
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	blobs, err := disk.New(filepath.Join(dir, "media"))
	if err != nil {
		tb.Fatal(err)
	}
	return &Site{Clock: clock, Store: store, Blobs: blobs, Dir: dir, Log: &strings.Builder{}}
}

// Now reads the site's clock.
func (s *Site) Now() time.Time { return s.Clock.Now() }

// Logger writes to the site's log buffer.
func (s *Site) Logger() *slog.Logger { return slog.New(slog.NewTextHandler(s.Log, nil)) }

// MustUpdate runs fn in a write transaction and fails the test on error;
// then it tells Changed, as the editorial service tells the site.
func (s *Site) MustUpdate(tb testing.TB, fn func(warta.Tx) error) {
	tb.Helper()
	if err := s.Store.Update(context.Background(), fn); err != nil {
		tb.Fatal(err)
	}
	s.Notify(warta.Event{})
}

// Notify tells Changed, if set, that the content changed: the Notify of an
// editorial service in a test, as the server wires it to the public
// site's Invalidate.
func (s *Site) Notify(e warta.Event) {
	if s.Evict != nil {
		s.Evict(e)
		return
	}
	if s.Changed != nil {
		s.Changed()
	}
}

// Tool returns the path of an external program a test needs, from the
// Debian package pkg, which scripts/test.sh installs. Under CI=true a
// missing program fails the test; elsewhere the test is skipped.
func Tool(tb testing.TB, name, pkg string) string {
	tb.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is missing: install Debian's %s (scripts/test.sh does)", name, pkg)
		}
		tb.Skipf("%s not installed (Debian's %s; scripts/test.sh installs it)", name, pkg)
	}
	return path
}

// Redirects returns every stored redirect as from → to.
func (s *Site) Redirects(tb testing.TB) map[string]string {
	tb.Helper()
	out := map[string]string{}
	err := s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, _, err := tx.FindRedirects(context.Background(), warta.RedirectFilter{})
		for _, r := range list {
			out[r.From] = r.To
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// Scenario is one request and what its answer must be.
type Scenario struct {
	Name        string
	Method      string // GET when empty
	Path        string
	Status      int
	Location    string   // for redirects: the Location header
	Contains    []string // substrings the body must have
	NotContains []string // substrings the body must not have
	Header      map[string]string
}

// Run sends each scenario to h and checks its answer.
func Run(t *testing.T, h http.Handler, scenarios []Scenario) {
	t.Helper()
	for _, sc := range scenarios {
		t.Run(sc.Name, func(t *testing.T) {
			res, body := Do(t, h, sc.Method, sc.Path)
			if res.StatusCode != sc.Status {
				t.Fatalf("%s %s: status %d, want %d\n%.600s", sc.Method, sc.Path, res.StatusCode, sc.Status, body)
			}
			if sc.Location != "" && res.Header.Get("Location") != sc.Location {
				t.Errorf("Location = %q, want %q", res.Header.Get("Location"), sc.Location)
			}
			for _, s := range sc.Contains {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range sc.NotContains {
				if strings.Contains(body, s) {
					t.Errorf("body has %q", s)
				}
			}
			for k, v := range sc.Header {
				if got := res.Header.Get(k); got != v {
					t.Errorf("header %s = %q, want %q", k, got, v)
				}
			}
		})
	}
}

// Do sends one request to h and returns the response and its body.
func Do(tb testing.TB, h http.Handler, method, target string) (*http.Response, string) {
	tb.Helper()
	if method == "" {
		method = http.MethodGet
	}
	req := httptest.NewRequest(method, "http://127.0.0.1:8080/", nil)
	// Set the raw target so tests can send what httptest would reject
	// or clean: bad bytes, dot segments, long queries.
	req.RequestURI = target
	path, query, _ := strings.Cut(target, "?")
	req.URL.RawQuery = query
	if unescaped, err := unescapePath(path); err == nil {
		req.URL.Path = unescaped
		req.URL.RawPath = path
	} else {
		req.URL.Path = path
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func unescapePath(p string) (string, error) { return url.PathUnescape(p) }

// Parse parses an HTML page or fails the test.
func Parse(tb testing.TB, body string) *html.Node {
	tb.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// FindAll returns the elements named tag whose attributes include every
// key=value pair in attrs ("class" matches one of the element's classes).
func FindAll(n *html.Node, tag string, attrs ...string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag && hasAttrs(n, attrs) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func hasAttrs(n *html.Node, attrs []string) bool {
	for i := 0; i+1 < len(attrs); i += 2 {
		v, ok := Attr(n, attrs[i])
		if !ok {
			return false
		}
		if attrs[i] == "class" {
			if !contains(strings.Fields(v), attrs[i+1]) {
				return false
			}
		} else if v != attrs[i+1] {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Attr returns an element's attribute.
func Attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// Text returns the text content of n with whitespace collapsed.
func Text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
