package api_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"warta"
)

// TestDeleteMovesToTheTrash: DELETE on the API is the newsroom's "Hapus":
// the story goes to the trash (restorable), leaves the public lists, and a
// second DELETE or one by a role that may not delete changes nothing.
func TestDeleteMovesToTheTrash(t *testing.T) {
	e := newEnv(t)
	status, out := e.call(t, warta.RoleAuthor, "POST", "/api/v1/admin/articles", strings.Replace(story, `"label"`, `"status":"published","label"`, 1))
	if status != http.StatusCreated {
		t.Fatalf("create: %d %v", status, out)
	}
	path := "/api/v1/admin/articles/" + jsonInt(int64(out["id"].(float64)))
	del := func(role warta.Role) (int, string) {
		req := httptest.NewRequest("DELETE", path, nil)
		req.Header.Set("Authorization", "Bearer "+e.tokens[role])
		rec := httptest.NewRecorder()
		e.h.ServeHTTP(rec, req)
		return rec.Code, rec.Body.String()
	}
	// A contributor may not delete someone else's published story.
	if code, body := del(warta.RoleContributor); code != http.StatusForbidden || !strings.Contains(body, `"forbidden"`) {
		t.Fatalf("contributor DELETE: %d %s", code, body)
	}
	if code, body := del(warta.RoleAuthor); code != http.StatusNoContent {
		t.Fatalf("author DELETE: %d %s", code, body)
	}
	status, got := e.call(t, warta.RoleAuthor, "GET", path, "")
	if status != http.StatusOK || got["status"] != string(warta.StatusTrashed) {
		t.Fatalf("after DELETE: %d %v", status, got)
	}
	if _, list := e.call(t, "", "GET", "/api/v1/articles?section=nasional", ""); strings.Contains(toJSON(list), "Jembatan Gantung Baru") {
		t.Errorf("a trashed story is still in the public list: %v", list)
	}
	// Deleting it again is refused with a message and changes nothing.
	if code, body := del(warta.RoleAuthor); code < 400 || code >= 500 || !strings.Contains(body, `"message"`) {
		t.Errorf("second DELETE: %d %s", code, body)
	}
}
