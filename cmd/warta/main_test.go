package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/store/sqlite"
)

// startMain runs `warta serve --demo` on a free port in dir and returns
// its base URL; the server stops when the test ends.
func startMain(t *testing.T, dir string) (*Main, string) {
	t.Helper()
	m, base, stop := startStoppable(t, dir)
	t.Cleanup(stop)
	return m, base
}

// startStoppable is startMain with a stop function for tests that stop
// the server before the test ends.
func startStoppable(t *testing.T, dir string) (*Main, string, func()) {
	t.Helper()
	var logs bytes.Buffer
	m, err := NewMain(context.Background(), []string{"--addr", "127.0.0.1:0", "--data", dir, "--demo"}, func(string) string { return "" }, &logs)
	if err != nil {
		t.Fatalf("NewMain: %v\n%s", err, logs.String())
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Serve: %v", err)
			}
			m.Close()
		})
	}
	return m, "http://" + m.Server.Addr(), stop
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

var articleLink = regexp.MustCompile(`href="(/[a-z-]+/\d{4}/\d{2}/\d{2}/[a-z0-9-]+)"`)

func TestServeDemo(t *testing.T) {
	dir := t.TempDir()
	m, base := startMain(t, dir)
	status, home := get(t, base+"/")
	if status != 200 || !strings.Contains(home, "Warta Nusantara") {
		t.Fatalf("home: %d", status)
	}
	links := articleLink.FindAllStringSubmatch(home, -1)
	if len(links) < 10 {
		t.Fatalf("home links to %d articles", len(links))
	}
	status, page := get(t, base+links[0][1])
	if status != 200 {
		t.Fatalf("article %s: %d", links[0][1], status)
	}
	for _, want := range []string{`class="dek"`, `<figcaption>`, `class="credit"`, `class="dateline"`, `class="author-box"`,
		`class="trending"`, `Baca Juga`, ` WIB</time>`, `Ikuti kami`} {
		if !strings.Contains(page, want) {
			t.Errorf("demo article lacks %s", want)
		}
	}
	for _, path := range []string{"/nasional/", "/indeks", "/healthz"} {
		if status, _ := get(t, base+path); status != 200 {
			t.Errorf("%s: %d", path, status)
		}
	}
	var n int
	m.Store.View(context.Background(), func(tx warta.ReadTx) error {
		n, _ = tx.CountArticles(context.Background())
		return nil
	})
	if n < 300 {
		t.Fatalf("demo wrote %d articles, want at least 300", n)
	}
	// The similar lists are kept in the background as the site serves
	// (jobs.Similar): soon no published story is left without one.
	deadline := time.Now().Add(60 * time.Second)
	for {
		var left []int64
		if err := m.Store.View(context.Background(), func(tx warta.ReadTx) error {
			var err error
			left, err = tx.ArticlesWithoutSimilar(context.Background(), 10)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if len(left) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after a minute, stories %v still have no similar list kept", left)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestDemoRestartDoesNotDuplicate(t *testing.T) {
	dir := t.TempDir()
	count := func() int {
		m, _ := startMain(t, dir)
		var n int
		m.Store.View(context.Background(), func(tx warta.ReadTx) error {
			n, _ = tx.CountArticles(context.Background())
			return nil
		})
		return n
	}
	first := count()
	// A second server on the same data directory, as after a restart.
	if second := count(); second != first {
		t.Fatalf("restart changed the article count from %d to %d", first, second)
	}
	// The JPEG sizes are made before the site answers; the WebP sizes
	// follow in the background.
	images, _ := filepath.Glob(filepath.Join(dir, "media", "m", "*", "*.jpg"))
	if len(images) < 30 {
		t.Fatalf("demo wrote %d JPEG variants", len(images))
	}
}

func TestRunBadInput(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
		code int
	}{
		{"no command", nil, "no command given", 2},
		{"unknown command", []string{"publish"}, `unknown command "publish"`, 2},
		{"bad flag", []string{"serve", "--port", "80"}, "flag provided but not defined", 2},
		{"bad addr", []string{"serve", "--addr", "nowhere"}, "want host:port", 2},
		{"bad db", []string{"serve", "--db", "mysql://x"}, "want sqlite:PATH", 2},
		{"postgres unreachable", []string{"serve", "--db", "postgres://warta:rahasia@127.0.0.1:1/warta"}, "cannot use PostgreSQL at postgres://127.0.0.1:1/warta", 1},
		{"bad base url", []string{"serve", "--base-url", "ftp://x"}, "base-url", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			err := Run(ctx, tc.args, func(string) string { return "" }, strings.NewReader(""), &stdout, &stderr)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error()+stderr.String(), tc.want) {
				t.Errorf("error %q (stderr %q) lacks %q", err, stderr.String(), tc.want)
			}
			if got := exitCode(err); got != tc.code {
				t.Errorf("exit code %d, want %d", got, tc.code)
			}
		})
	}
}

func TestAddrInUse(t *testing.T) {
	_, base := startMain(t, t.TempDir())
	addr := strings.TrimPrefix(base, "http://")
	var stderr bytes.Buffer
	_, err := NewMain(context.Background(), []string{"--addr", addr, "--data", t.TempDir()}, func(string) string { return "" }, &stderr)
	if err == nil || !strings.Contains(err.Error(), "address already in use") {
		t.Fatalf("err = %v", err)
	}
}

// TestScheduledPublishAcrossRestart schedules an article, stops the
// server past its time, and checks the next start publishes it at once.
func TestScheduledPublishAcrossRestart(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	var id int64
	func() {
		m, _, stop := startStoppable(t, dir)
		defer stop()
		var editor *warta.User
		err := m.Store.Update(ctx, func(tx warta.Tx) error {
			editor = &warta.User{Email: "redaktur@kabar.example", Name: "Redaktur", Role: warta.RoleEditor}
			return tx.CreateUser(ctx, editor)
		})
		if err != nil {
			t.Fatal(err)
		}
		var section int64
		m.Store.View(ctx, func(tx warta.ReadTx) error {
			s, err := tx.FindSectionBySlug(ctx, "nasional")
			if err == nil {
				section = s.ID
			}
			return err
		})
		title, bodyHTML := "Pengumuman Terjadwal Setelah Restart", "<p>Isi.</p>"
		a, err := m.Editorial.Create(ctx, editor, editorial.Input{Title: &title, BodyHTML: &bodyHTML, SectionID: &section},
			warta.StatusScheduled, time.Now().Add(1500*time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		id = a.ID
	}()
	// The server is down when the time comes; the next start catches up.
	time.Sleep(1600 * time.Millisecond)
	var status warta.Status
	down, err := sqlite.Open(ctx, filepath.Join(dir, "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	down.View(ctx, func(tx warta.ReadTx) error {
		a, err := tx.FindArticleByID(ctx, id)
		if err == nil {
			status = a.Status
		}
		return err
	})
	down.Close()
	if status != warta.StatusScheduled {
		t.Fatalf("before the restart the article is %q, want still scheduled", status)
	}
	m2, base := startMain(t, dir)
	deadline := time.Now().Add(3 * time.Second)
	for {
		var a *warta.Article
		m2.Store.View(ctx, func(tx warta.ReadTx) error {
			var err error
			a, err = tx.FindArticleByID(ctx, id)
			return err
		})
		if a != nil && a.Status == warta.StatusPublished {
			if status, _ := get(t, base+"/nasional/"+a.PublishedAt.In(time.FixedZone("WIB", 7*3600)).Format("2006/01/02/")+a.Slug); status != 200 {
				t.Fatalf("published article answers %d", status)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("scheduled article still %s after the restart", a.Status)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
