package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warta/internal/store/sqlite"
)

// TestStorageFullAndReadOnly: when the database cannot grow (a full disk,
// simulated with max_page_count) or cannot be written (query_only, as a
// read-only file would), an API save answers 503 with a clear message in
// the reader's language, nothing is stored, reads go on, and once the
// disk has room again saves work and integrity_check says ok.
func TestStorageFullAndReadOnly(t *testing.T) {
	dir := t.TempDir()
	token := editorToken(t, dir)
	section := addSection(t, dir)
	m, base, stop := startSite(t, dir)
	defer stop()
	save := func(title string, bodyKB int, lang string) (int, string, string) {
		t.Helper()
		body := fmt.Sprintf(`{"title":%q,"dek":"Ringkasan.","body_html":"<p>%s</p>","section":%q,"status":"published"}`,
			title, strings.Repeat("Kalimat panjang untuk mengisi halaman. ", bodyKB*1024/40+1), section)
		req, _ := http.NewRequest("POST", base+"/api/v1/admin/articles", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept-Language", lang)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		json.NewDecoder(res.Body).Decode(&out)
		return res.StatusCode, out.Error.Message, res.Header.Get("Retry-After")
	}
	if code, msg, _ := save("Sebelum disk penuh", 1, "id"); code != http.StatusCreated {
		t.Fatalf("first save: %d %s", code, msg)
	}
	ctx := context.Background()
	// The database may not grow past its present size: a full disk.
	if err := m.Store.Exec(ctx, "PRAGMA max_page_count = 1"); err != nil {
		t.Fatal(err)
	}
	code, msg, retry := save("Saat disk penuh", 200, "id")
	if code != http.StatusServiceUnavailable || !strings.Contains(msg, "Penyimpanan server penuh") || retry == "" {
		t.Errorf("save on a full disk: %d %q Retry-After %q", code, msg, retry)
	}
	if code, msg, _ := save("Saat disk penuh", 200, "en"); code != http.StatusServiceUnavailable || !strings.Contains(msg, "storage is full") {
		t.Errorf("save on a full disk, in English: %d %q", code, msg)
	}
	if code, _ := get(t, base+"/"); code != http.StatusOK {
		t.Errorf("home page on a full disk: %d", code)
	}
	if err := m.Store.Exec(ctx, "PRAGMA max_page_count = 1073741823"); err != nil {
		t.Fatal(err)
	}
	// A read-only database: the same clear refusal.
	if err := m.Store.Exec(ctx, "PRAGMA query_only = 1"); err != nil {
		t.Fatal(err)
	}
	if code, msg, _ := save("Saat hanya-baca", 1, "id"); code != http.StatusServiceUnavailable || !strings.Contains(msg, "hanya-baca") {
		t.Errorf("save on a read-only database: %d %q", code, msg)
	}
	if err := m.Store.Exec(ctx, "PRAGMA query_only = 0"); err != nil {
		t.Fatal(err)
	}
	if code, msg, _ := save("Setelah disk lega", 200, "id"); code != http.StatusCreated {
		t.Fatalf("save after the disk has room: %d %s", code, msg)
	}
	stop()
	rep, err := sqlite.Inspect(ctx, filepath.Join(dir, "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Integrity != "ok" || rep.Tables["articles"] != 2 {
		t.Errorf("after the full disk: integrity %q, %d articles (want ok, 2)", rep.Integrity, rep.Tables["articles"])
	}
}

// TestReadOnlyDataDirCLI: a CLI write on a read-only database file gives
// a readable error, not a crash, and changes nothing.
func TestReadOnlyDataDirCLI(t *testing.T) {
	if os.Geteuid() == 0 {
		// root writes through file modes; TestStorageFullAndReadOnly covers
		// a read-only database through query_only instead.
		t.Skip("running as root: file modes do not make a file read-only")
	}
	dir := t.TempDir()
	editorToken(t, dir)
	db := filepath.Join(dir, "warta.db")
	for _, p := range []string{db, db + "-wal", db + "-shm"} {
		os.Chmod(p, 0o400)
	}
	os.Chmod(dir, 0o500)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	_, _, err := run(t, "", "token", "create", "--data", dir, "--email", "beban@kabar.example")
	if err == nil || !strings.Contains(strings.ToLower(err.Error()), "read") {
		t.Errorf("token create on a read-only data directory: %v", err)
	}
}

// startSite runs `warta serve` (no demo) on the site at dir.
func startSite(t *testing.T, dir string) (*Main, string, func()) {
	t.Helper()
	var logs strings.Builder
	m, err := NewMain(context.Background(), []string{"--addr", "127.0.0.1:0", "--data", dir}, func(string) string { return "" }, &logs)
	if err != nil {
		t.Fatalf("NewMain: %v\n%s", err, logs.String())
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx) }()
	stopped := false
	return m, "http://" + m.Server.Addr(), func() {
		if !stopped {
			stopped = true
			cancel()
			<-done
			m.Close()
		}
	}
}
