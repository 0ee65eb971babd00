package webtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// ValidateHTML runs the W3C Nu HTML checker over pages (name → HTML). The
// checker's jar comes from scripts/vnu.sh through WARTA_VNU_JAR; under
// CI=true a missing checker fails the test instead of skipping it.
func ValidateHTML(t *testing.T, pages map[string]string) {
	t.Helper()
	jar := os.Getenv("WARTA_VNU_JAR")
	if jar == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("WARTA_VNU_JAR is not set; run the suite through scripts/test.sh")
		}
		t.Skip("WARTA_VNU_JAR not set (scripts/test.sh sets it)")
	}
	dir := t.TempDir()
	i := 0
	for name, page := range pages {
		i++
		file := strconv.Itoa(i) + "-" + strings.NewReplacer("/", "_", "?", "_", "=", "_").Replace(name) + ".html"
		if err := os.WriteFile(filepath.Join(dir, file), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command("java", "-jar", jar, "--errors-only", "--format", "gnu", dir).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Fatalf("HTML checker found errors (%v):\n%s", err, out)
	}
}
