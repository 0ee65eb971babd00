package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warta/internal/importer/importtest"
)

var sharedWXR = filepath.Join("..", "..", "..", "shared", "testdata", "wxr")

// TestImportCommand runs `warta import wxr` as an operator would: flags
// before and after the file, a dry run, a real run, a re-run.
func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	uploads := filepath.Join(dir, "uploads")
	export := filepath.Join(dir, "ekspor.xml")
	f, err := os.Create(export)
	if err != nil {
		t.Fatal(err)
	}
	if err := importtest.Write(f, importtest.Spec{Posts: 12, BodyBytes: 800, PhotoEvery: 3, Uploads: uploads}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	data := filepath.Join(dir, "data")

	out, stderr, err := run(t, "", "import", "wxr", "--dry-run", export, "--uploads", uploads, "--data", data)
	if err != nil {
		t.Fatalf("dry run: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "Uji coba (--dry-run)") || !strings.Contains(out, "12 baru") {
		t.Errorf("dry-run report:\n%s", out)
	}
	out, stderr, err = run(t, "", "import", "wxr", export, "--uploads", uploads, "--data", data)
	if err != nil {
		t.Fatalf("import: %v\n%s\n%s", err, out, stderr)
	}
	if !strings.Contains(out, "Impor dari lama.example.id selesai") || !strings.Contains(out, "12 baru, 0 diperbarui") ||
		!strings.Contains(out, "4 baru") {
		t.Errorf("report:\n%s", out)
	}
	// Not a terminal: plain progress lines.
	if !strings.Contains(stderr, "berita dan halaman: 12 dari 12") {
		t.Errorf("progress lines:\n%s", stderr)
	}
	out, _, err = run(t, "", "import", "--data", data, "wxr", export, "--uploads", uploads)
	if err != nil || !strings.Contains(out, "0 baru, 0 diperbarui, 12 tetap") {
		t.Errorf("re-run: %v\n%s", err, out)
	}
}

// TestImportCommandRefusals checks every wrong call: a readable message,
// a non-zero status, nothing imported.
func TestImportCommandRefusals(t *testing.T) {
	dir := t.TempDir()
	malformed := filepath.Join(sharedWXR, "wordpress-importer", "malformed.xml")
	valid := filepath.Join(sharedWXR, "wordpress-importer", "valid-wxr-1.1.xml")
	for _, tc := range []struct {
		name  string
		args  []string
		want  string
		usage bool
	}{
		{"no format", []string{"import"}, "warta import wxr FILE", true},
		{"unknown format", []string{"import", "csv", "x.csv"}, `unknown format "csv"`, true},
		{"no file", []string{"import", "wxr", "--data", dir}, "give the export file", true},
		{"two files", []string{"import", "wxr", valid, valid, "--data", dir}, "one export at a time", true},
		{"missing file", []string{"import", "wxr", filepath.Join(dir, "tidak-ada.xml"), "--data", dir}, "not a readable file", true},
		{"directory", []string{"import", "wxr", dir, "--data", dir}, "not a readable file", true},
		{"uploads not a dir", []string{"import", "wxr", valid, "--uploads", valid, "--data", dir}, "not a directory", true},
		{"unknown flag", []string{"import", "wxr", valid, "--unggah", dir, "--data", dir}, "flag provided but not defined", true},
		{"malformed", []string{"import", "wxr", malformed, "--data", dir}, "line 90", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, err := run(t, "", tc.args...)
			if err == nil {
				t.Fatalf("no error\n%s", stderr)
			}
			if msg := err.Error() + stderr; !strings.Contains(msg, tc.want) {
				t.Errorf("message %q lacks %q", msg, tc.want)
			}
			var u usageError
			if errors.As(err, &u) != tc.usage {
				t.Errorf("usage error = %v, want %v (exit %d)", !tc.usage, tc.usage, exitCode(err))
			}
		})
	}
	for _, args := range [][]string{{"help", "import"}, {"import", "--help"}, {"import", "wxr", "--help"}} {
		out, stderr, err := run(t, "", args...)
		if err != nil || !strings.Contains(out+stderr, "warta import wxr FILE") {
			t.Errorf("%v: %v\n%s%s", args, err, out, stderr)
		}
	}
}
