package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"warta"
	"warta/internal/store/pgtest"
	"warta/internal/store/postgres"
)

// startNode starts a server on the PostgreSQL database url with its media
// in dir (a volume the nodes share), stopped when the test ends.
func startNode(t *testing.T, url, dir string) string {
	t.Helper()
	var logs bytes.Buffer
	m, err := NewMain(context.Background(), []string{"--addr", "127.0.0.1:0", "--data", dir, "--db", url}, func(string) string { return "" }, &logs)
	if err != nil {
		t.Fatalf("NewMain: %v\n%s", err, logs.String())
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx) }()
	var once sync.Once
	t.Cleanup(func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Serve: %v", err)
			}
			m.Close()
		})
	})
	return "http://" + m.Server.Addr()
}

// within polls check until it holds or a second has passed.
func within(t *testing.T, what string, check func() bool) {
	t.Helper()
	start := time.Now()
	for time.Since(start) < time.Second {
		if check() {
			t.Logf("%s after %v", what, time.Since(start).Round(time.Millisecond))
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Errorf("%s: not within 1 s", what)
}

// TestTwoNodesOnPostgreSQL runs two servers on one PostgreSQL database:
// a story published through one shows on the other's home page, feed and
// search within a second, and once withdrawn answers 410 there.
func TestTwoNodesOnPostgreSQL(t *testing.T) {
	url := pgtest.Fresh(t)
	dir := t.TempDir()
	a := startNode(t, url, dir)
	b := startNode(t, url, dir)

	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("kata-sandi-rahasia\n"), 0o600)
	if _, stderr, err := run(t, "", "user", "create", "--db", url, "--email", "ed@kabar.example", "--name", "Ed", "--role", "editor", "--password-file", pw); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	token, stderr, err := run(t, "", "token", "create", "--db", url, "--email", "ed@kabar.example")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	token = strings.TrimSpace(token)
	// Node b renders its pages before the story exists: they are cached.
	for _, path := range []string{"/", "/feed", "/cari?q=jembatan"} {
		if code, _ := get(t, b+path); code != http.StatusOK {
			t.Fatalf("node b %s: %d", path, code)
		}
	}
	send := func(method, path, body string) map[string]any {
		req, _ := http.NewRequest(method, a+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out map[string]any
		json.NewDecoder(res.Body).Decode(&out)
		if res.StatusCode >= 300 {
			t.Fatalf("%s %s: %d %v", method, path, res.StatusCode, out)
		}
		return out
	}
	// The story needs a section; the newsroom would make it on either node.
	db, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(context.Background(), func(tx warta.Tx) error {
		return tx.CreateSection(context.Background(), &warta.Section{Slug: "berita", Name: "Berita", Position: 1})
	}); err != nil {
		t.Fatal(err)
	}
	created := send("POST", "/api/v1/admin/articles", `{"title":"Jembatan Gantung Kota Lama Diresmikan","dek":"Warga menyambut.",
		"body_html":"<p>Jembatan sepanjang dua ratus meter itu diresmikan pagi ini.</p>","section":"berita","status":"published"}`)
	path := strings.TrimPrefix(created["url"].(string), "http://"+strings.TrimPrefix(a, "http://"))
	for _, p := range []string{"/", "/feed", "/cari?q=jembatan"} {
		within(t, "node b's "+p+" shows the story", func() bool {
			_, body := get(t, b+p)
			return strings.Contains(body, "Gantung Kota Lama Diresmikan")
		})
	}
	if code, _ := get(t, b+path); code != http.StatusOK {
		t.Errorf("node b %s: %d", path, code)
	}
	send("PATCH", "/api/v1/admin/articles/"+jsonNumber(created["id"]), `{"version":`+jsonNumber(created["version"])+`,"status":"unpublished"}`)
	within(t, "node b answers 410 for the withdrawn story", func() bool {
		code, _ := get(t, b+path)
		return code == http.StatusGone
	})
}

func jsonNumber(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
