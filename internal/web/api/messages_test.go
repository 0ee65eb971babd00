package api_test

import (
	"context"
	"strings"
	"testing"

	"warta"
)

// TestRefusalNamesTheAction is the bug where a refusal read "…melakukan
// ini.%!(EXTRA string=publish)": it names the action, in the request's
// language.
func TestRefusalNamesTheAction(t *testing.T) {
	e := newEnv(t)
	published := strings.Replace(story, `"label"`, `"status":"published","label"`, 1)
	for _, tc := range []struct {
		lang, want string
	}{
		{"", "Anda tidak memiliki izin untuk menerbitkan artikel ini."},
		{"en-US,en;q=0.9", "You are not allowed to publish this article."},
	} {
		status, out := e.call(t, warta.RoleContributor, "POST", "/api/v1/admin/articles", published, "Accept-Language", tc.lang)
		if status != 403 || errCode(out) != "forbidden" || errMessage(out) != tc.want {
			t.Errorf("Accept-Language %q: %d %q, want 403 %q", tc.lang, status, errMessage(out), tc.want)
		}
	}
}

// TestBrokenSettingsAnswer500 is the bug where the API read the site's time
// zone from settings it had failed to load: a nil pointer, a panic that
// only the recovery guard turned into a 500.
func TestBrokenSettingsAnswer500(t *testing.T) {
	e := newEnv(t)
	if err := e.site.Store.Exec(context.Background(), `INSERT INTO settings (id, data, version) VALUES (1, '{', 1)
		ON CONFLICT (id) DO UPDATE SET data = excluded.data, version = excluded.version`); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{
		"/api/v1/admin/articles/" + jsonInt(e.f.Main.ID),
		"/api/v1/articles",
	} {
		status, out := e.call(t, warta.RoleEditor, "GET", path, "")
		if status != 500 || errCode(out) != "internal" {
			t.Errorf("GET %s with broken settings: %d %v", path, status, out)
		}
	}
	if log := e.site.Log.String(); strings.Contains(log, "panic") {
		t.Errorf("a handler panicked:\n%.600s", log)
	}
}
