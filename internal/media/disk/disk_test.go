package disk_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warta"
	"warta/internal/media/disk"
)

func TestPutOpen(t *testing.T) {
	ctx := context.Background()
	b, err := disk.New(filepath.Join(t.TempDir(), "media"))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Put(ctx, "2026/11/foto.jpg", strings.NewReader("satu")); err != nil {
		t.Fatal(err)
	}
	if err := b.Put(ctx, "2026/11/foto.jpg", strings.NewReader("dua")); err != nil {
		t.Fatal(err)
	}
	f, err := b.Open(ctx, "2026/11/foto.jpg")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(f)
	f.Close()
	if string(got) != "dua" {
		t.Fatalf("read %q, want the replacement", got)
	}
	entries, _ := os.ReadDir(filepath.Join(b.Dir, "2026", "11"))
	if len(entries) != 1 {
		t.Fatalf("%d files left in the folder, want 1 (no temporary files)", len(entries))
	}
	if _, err := b.Open(ctx, "2026/11/tidak-ada.jpg"); warta.ErrorCode(err) != warta.ENOTFOUND {
		t.Fatalf("missing file: %v", err)
	}
	if _, err := b.Open(ctx, "2026/11"); warta.ErrorCode(err) != warta.ENOTFOUND {
		t.Fatalf("a folder opened as a file: %v", err)
	}
}

func TestBadKeys(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	b, err := disk.New(filepath.Join(dir, "media"))
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"", "../warta.db", "a/../../b", "/etc/passwd", "a//b", ".hidden", "a/.tmp-1", "a\\b", "a\x00b", strings.Repeat("a", 600)} {
		if err := b.Put(ctx, key, strings.NewReader("x")); warta.ErrorCode(err) != warta.EINVALID {
			t.Errorf("Put(%q) = %v, want invalid", key, err)
		}
		if _, err := b.Open(ctx, key); warta.ErrorCode(err) != warta.EINVALID {
			t.Errorf("Open(%q) = %v, want invalid", key, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "warta.db")); err == nil {
		t.Fatal("a bad key wrote outside the media folder")
	}
}

func TestDelete(t *testing.T) {
	ctx := context.Background()
	b, err := disk.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	b.Put(ctx, "m/x/1.jpg", strings.NewReader("x"))
	if err := b.Delete(ctx, "m/x/1.jpg"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Open(ctx, "m/x/1.jpg"); warta.ErrorCode(err) != warta.ENOTFOUND {
		t.Fatalf("deleted file still opens: %v", err)
	}
	if err := b.Delete(ctx, "m/x/1.jpg"); err != nil {
		t.Fatalf("deleting a missing file: %v", err)
	}
	if err := b.Delete(ctx, "../x"); warta.ErrorCode(err) != warta.EINVALID {
		t.Fatalf("bad key: %v", err)
	}
}

// TestModes checks that served files are readable by others (a web
// server or CDN origin on a shared volume) and originals are not.
func TestModes(t *testing.T) {
	b, err := disk.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]os.FileMode{"m/0123456789abcdef/640.jpg": 0o644, "originals/01/0123.jpg": 0o600} {
		if err := b.Put(context.Background(), key, strings.NewReader("x")); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(filepath.Join(b.Dir, filepath.FromSlash(key)))
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != want {
			t.Errorf("%s: mode %o, want %o", key, got, want)
		}
	}
}
