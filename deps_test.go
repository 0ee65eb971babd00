package warta_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportDirection keeps the architecture's arrows pointing inward:
// the domain imports only the standard library, and SQL drivers appear
// only in the store adapters and the command that wires them.
func TestImportDirection(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{.Standard}}", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, std, _ := strings.Cut(line, " ")
		if std != "true" && path != "warta" {
			t.Errorf("domain package imports %s", path)
		}
	}
	out, err = exec.Command("go", "list", "-f", `{{.ImportPath}}:{{join .Deps " "}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	drivers := []string{"modernc.org/sqlite", "github.com/jackc/pgx"}
	allowed := []string{"warta/internal/store/sqlite", "warta/internal/store/postgres", "warta/cmd/warta",
		"warta/internal/web/webtest",
		// pgtest creates and drops the tests' own PostgreSQL databases.
		"warta/internal/store/pgtest",
		// migrate copies a site from SQLite to PostgreSQL, table by table.
		"warta/internal/store/migrate"}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, deps, _ := strings.Cut(line, ":")
		if hasPrefix(pkg, allowed) {
			continue
		}
		for _, d := range strings.Fields(deps) {
			if hasPrefix(d, drivers) {
				t.Errorf("%s depends on the SQL driver %s", pkg, d)
			}
		}
	}
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if s == p || strings.HasPrefix(s, p+"/") {
			return true
		}
	}
	return false
}
