package public_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"warta"
	"warta/internal/web/webtest"
)

// TestHTMLValid runs the W3C Nu HTML checker over every page type. The
// checker's jar comes from scripts/vnu.sh through WARTA_VNU_JAR; CI must
// have it, so there a missing checker fails instead of skipping.
func TestHTMLValid(t *testing.T) {
	jar := os.Getenv("WARTA_VNU_JAR")
	if jar == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("WARTA_VNU_JAR is not set; run the suite through scripts/test.sh")
		}
		t.Skip("WARTA_VNU_JAR not set (scripts/test.sh sets it)")
	}
	s, f, h := newSite(t)
	s.Articles(t, f, f.Ekonomi, 25)
	s.MustUpdate(t, func(tx warta.Tx) error {
		adv := warta.LabelAdvertorial
		_, err := tx.UpdateArticle(t.Context(), f.Opinion.ID, warta.ArticleUpdate{Version: 1, Label: &adv})
		return err
	})
	dir := t.TempDir()
	paths := []string{"/", webtest.MainPath, "/nasional/2026/11/27/menata-kota-dari-sungai", "/ekonomi/", "/ekonomi/?page=2",
		"/penulis/sari-lestari", "/tag/banjir", "/indeks", "/indeks/2026-11-26", "/indeks/2020-01-01", "/tidak-ada",
		"/ekonomi/?page=abc", "/nasional/2026/11/24/berita-ditarik"}
	for i, p := range paths {
		_, body := webtest.Do(t, h, "GET", p)
		name := filepath.Join(dir, strings.NewReplacer("/", "_", "?", "_", "=", "_").Replace(p)+".html")
		if i == 0 {
			name = filepath.Join(dir, "home.html")
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command("java", "-jar", jar, "--errors-only", "--format", "gnu", dir).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Fatalf("HTML checker found errors (%v):\n%s", err, out)
	}
}
