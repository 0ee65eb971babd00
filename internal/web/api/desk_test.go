package api_test

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/editorial"
)

// TestNotesNotInAPI: internal notes never appear in the API's answers,
// public or admin.
func TestNotesNotInAPI(t *testing.T) {
	e := newEnv(t)
	svc := &editorial.Service{Store: e.site.Store}
	const secret = "Catatan internal: jangan sebut nama saksi"
	if _, err := svc.AddNote(context.Background(), e.users[warta.RoleEditor], e.f.Main.ID, secret); err != nil {
		t.Fatal(err)
	}
	id := strconv.FormatInt(e.f.Main.ID, 10)
	for _, c := range []struct {
		role warta.Role
		path string
	}{
		{"", "/api/v1/articles"},
		{"", "/api/v1/articles?section=nasional"},
		{"", "/api/v1/search?q=banjir"},
		{"", "/api/v1/search?q=saksi"}, // a word only the note has: no match
		{warta.RoleEditor, "/api/v1/admin/articles/" + id},
	} {
		status, out := e.call(t, c.role, "GET", c.path, "")
		body, _ := json.Marshal(out)
		if status != 200 || (!strings.Contains(c.path, "saksi") && !strings.Contains(string(body), "Banjir")) {
			t.Errorf("%s: %d %.200s", c.path, status, body)
		}
		if strings.Contains(string(body), "jangan sebut") {
			t.Errorf("%s shows the internal note", c.path)
		}
	}
}
