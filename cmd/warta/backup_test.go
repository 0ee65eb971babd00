package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/store/sqlite"
)

// TestBackupWhileServingRestores backs a site up while it serves readers
// and writers publish, restores the archive into an empty directory, and
// finds the same tables, rows, files and every story acknowledged before
// the backup began.
func TestBackupWhileServingRestores(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	m, base := startMain(t, dir)
	token := editorToken(t, dir)
	section := firstSection(t, m)
	l := startLoad(t, base, token, section, 2, 2)
	deadline := time.Now().Add(10 * time.Second)
	for l.count() < 5 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	before := l.count()
	l.mu.Lock()
	ackedBefore := make(map[int64]string, len(l.acked))
	for id, title := range l.acked {
		ackedBefore[id] = title
	}
	l.mu.Unlock()
	archive := filepath.Join(t.TempDir(), "warta.tar.gz")
	out, stderr, err := run(t, "", "backup", archive, "--data", dir)
	after := l.count()
	acked := l.stop()
	if err != nil {
		t.Fatalf("backup: %v\n%s", err, stderr)
	}
	if before < 5 || after <= before {
		t.Fatalf("writers did not write during the backup: %d before, %d after", before, after)
	}
	if !strings.Contains(out, "backup written") {
		t.Errorf("backup output: %q", out)
	}
	t.Logf("%d stories acknowledged before the backup, %d in all, %d reads", len(ackedBefore), len(acked), l.reads.Load())

	restored := filepath.Join(t.TempDir(), "restored")
	out, stderr, err = run(t, "", "restore", archive, "--data", restored)
	if err != nil {
		t.Fatalf("restore: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "restored") {
		t.Errorf("restore output: %q", out)
	}
	// The restored files are the archive's, byte for byte, and every
	// media file the manifest names is the live site's too.
	man := readManifest(t, archive)
	for name, sum := range man.Files {
		if got := fileSum(t, filepath.Join(restored, filepath.FromSlash(name))); got != sum {
			t.Errorf("%s: restored checksum %s, manifest %s", name, got, sum)
		}
		if strings.HasPrefix(name, "media/") {
			if got := fileSum(t, filepath.Join(dir, filepath.FromSlash(name))); got != sum {
				t.Errorf("%s: live checksum %s, manifest %s", name, got, sum)
			}
		}
	}
	if len(man.Files) < 10 {
		t.Errorf("only %d files in the backup: media missing?", len(man.Files))
	}
	rep, err := sqlite.Inspect(context.Background(), filepath.Join(restored, "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Integrity != "ok" {
		t.Errorf("integrity_check: %s", rep.Integrity)
	}
	if err := sameCounts(man.Tables, rep.Tables); err != nil {
		t.Error(err)
	}
	if rep.Tables["articles"] < 100 {
		t.Errorf("restored %d articles", rep.Tables["articles"])
	}
	// The restored site opens and holds every story acknowledged before
	// the backup started.
	db, err := sqlite.Open(context.Background(), filepath.Join(restored, "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for id, title := range ackedBefore {
		var a *warta.Article
		if err := db.View(context.Background(), func(tx warta.ReadTx) error {
			var err error
			a, err = tx.FindArticleByID(context.Background(), id)
			return err
		}); err != nil || a.Title != title {
			t.Errorf("story %d %q acknowledged before the backup: %v", id, title, err)
		}
	}
}

// TestRestoreRefuses: a non-empty directory and a damaged archive are
// refused with a readable error and nothing is left behind.
func TestRestoreRefuses(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	archive := filepath.Join(t.TempDir(), "a.tar.gz")
	if _, stderr, err := run(t, "", "backup", archive, "--data", dir); err != nil {
		t.Fatalf("backup: %v\n%s", err, stderr)
	}

	full := t.TempDir()
	os.WriteFile(filepath.Join(full, "catatan.txt"), []byte("milik operator"), 0o644)
	_, _, err := run(t, "", "restore", archive, "--data", full)
	if err == nil || !strings.Contains(err.Error(), "not empty") || exitCode(err) != 2 {
		t.Errorf("restore into a non-empty dir: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(full, "catatan.txt")); string(b) != "milik operator" {
		t.Error("the operator's file was touched")
	}

	// One byte flipped at several places in the archive: each is refused
	// (gzip's CRC, tar's framing or our checksums), and no data directory
	// nor temporary directory is left.
	raw, err := os.ReadFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []int{len(raw) / 3, len(raw) / 2, len(raw) - 40} {
		bad := append([]byte(nil), raw...)
		bad[at] ^= 0x40
		badFile := filepath.Join(t.TempDir(), "bad.tar.gz")
		os.WriteFile(badFile, bad, 0o644)
		parent := t.TempDir()
		target := filepath.Join(parent, "data")
		_, _, err := run(t, "", "restore", badFile, "--data", target)
		if err == nil || !strings.Contains(err.Error(), "restore: ") {
			t.Errorf("byte %d flipped: restore said %v", at, err)
		}
		if entries, _ := os.ReadDir(parent); len(entries) != 0 {
			t.Errorf("byte %d flipped: left %v behind", at, entries)
		}
	}
	// A manifest whose counts do not match the database is refused too.
	if _, _, err := run(t, "", "restore", filepath.Join(t.TempDir(), "none.tar.gz"), "--data", filepath.Join(t.TempDir(), "d")); err == nil {
		t.Error("a missing archive was restored")
	}
}

// TestBackupBadArguments: wrong calls give a readable error and a
// non-zero exit, and write nothing.
func TestBackupBadArguments(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"backup"}, "name one archive"},
		{[]string{"backup", "a.tar.gz", "b.tar.gz"}, "name one archive"},
		{[]string{"backup", filepath.Join(dir, "a.tar.gz"), "--data", filepath.Join(dir, "salah-ketik")}, "no Warta database"},
		{[]string{"backup", filepath.Join(dir, "a.tar.gz"), "--db", "postgres://u@127.0.0.1/warta"}, "pg_dump"},
		{[]string{"backup", "--frobnicate", "a.tar.gz"}, "flag provided but not defined"},
		{[]string{"restore"}, "name one archive"},
		{[]string{"restore", filepath.Join(dir, "a.tar.gz"), "--db", "postgres://u@127.0.0.1/warta"}, "pg_restore"},
		{[]string{"restore", filepath.Join(dir, "a.tar.gz"), "--data", filepath.Join(dir, "d"), "--db", "sqlite:" + filepath.Join(dir, "x.db")}, "give --data only"},
	} {
		_, _, err := run(t, "", tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || exitCode(err) == 0 {
			t.Errorf("%v: %v, want an error with %q", tc.args, err, tc.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("bad calls wrote %v", entries)
	}
	out, _, err := run(t, "", "help", "backup")
	if err != nil || !strings.Contains(out, "warta backup FILE") {
		t.Errorf("help backup: %v %q", err, out)
	}
}

func firstSection(t *testing.T, m *Main) string {
	t.Helper()
	var slug string
	err := m.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, err := tx.FindSections(context.Background())
		if err == nil && len(list) == 0 {
			err = errors.New("no sections")
		}
		if err == nil {
			slug = list[0].Slug
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return slug
}

func readManifest(t *testing.T, archive string) *manifest {
	t.Helper()
	m, _, err := extract(context.Background(), archive, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func fileSum(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Error(err)
		return ""
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
