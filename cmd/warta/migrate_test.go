package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"warta/internal/importer/importtest"
	"warta/internal/store/pgtest"
)

// TestMigrateDB moves an imported site to PostgreSQL with the command,
// twice, and serves it from there.
func TestMigrateDB(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "ekspor.xml")
	writeGenerated(t, export, importtest.Spec{Posts: 8, BodyBytes: 600})
	data := filepath.Join(dir, "data")
	if _, stderr, err := run(t, "", "import", "wxr", export, "--data", data); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	url := pgtest.Fresh(t)
	from := "sqlite:" + filepath.Join(data, "warta.db")
	for range 2 {
		out, stderr, err := run(t, "", "migrate-db", "--from", from, "--to", url)
		if err != nil {
			t.Fatalf("migrate-db: %v\n%s%s", err, out, stderr)
		}
		if !strings.Contains(out, "every count matches") || !strings.Contains(out, "articles                          8          8") {
			t.Errorf("report:\n%s", out)
		}
	}
	base := startNode(t, url, data)
	if code, body := get(t, base+"/"); code != 200 || !strings.Contains(body, "Kabar Daerah Nomor 8") {
		t.Errorf("home page on PostgreSQL: %d", code)
	}
	if code, body := get(t, base+"/cari?q=kabar+daerah"); code != 200 || !strings.Contains(body, "Nomor 8") {
		t.Errorf("search on PostgreSQL after the copy: %d", code)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"migrate-db"}, "--from must be sqlite:PATH"},
		{[]string{"migrate-db", "--from", from}, "--to must be a postgres:// URL"},
		{[]string{"migrate-db", "--from", "sqlite:" + filepath.Join(dir, "tidak-ada.db"), "--to", url}, "no database there"},
		{[]string{"migrate-db", "--from", from, "--to", url, "lagi"}, `unexpected argument "lagi"`},
	} {
		_, stderr, err := run(t, "", tc.args...)
		var u usageError
		if err == nil || !errors.As(err, &u) || !strings.Contains(err.Error()+stderr, tc.want) {
			t.Errorf("%v: %v (usage %v), want %q", tc.args, err, errors.As(err, &u), tc.want)
		}
	}
}

// writeGenerated writes a generated export to path.
func writeGenerated(t *testing.T, path string, spec importtest.Spec) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if spec.Uploads == "" {
		spec.Uploads = filepath.Join(filepath.Dir(path), "uploads")
	}
	if err := importtest.Write(f, spec); err != nil {
		t.Fatal(err)
	}
}
