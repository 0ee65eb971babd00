package api_test

import (
	"net/http"
	"strings"
	"testing"

	"warta"
)

// An author's forged byline, by POST or PATCH, is refused with 403 and a
// clear message, and changes nothing; an editor credits anyone.
func TestAuthorCannotCreditOthers(t *testing.T) {
	e := newEnv(t) // every user writes as Sari
	status, out := e.call(t, warta.RoleAuthor, "POST", "/api/v1/admin/articles",
		strings.Replace(story, `"label"`, `"authors":["agus-pratama"],"label"`, 1))
	if status != http.StatusForbidden || errCode(out) != "forbidden" || errMessage(out) == "" {
		t.Fatalf("create bylined to Agus: %d %v", status, out)
	}
	status, out = e.call(t, warta.RoleAuthor, "POST", "/api/v1/admin/articles", story)
	if status != http.StatusCreated {
		t.Fatalf("create: %d %v", status, out)
	}
	id := jsonInt(int64(out["id"].(float64)))
	for _, role := range []warta.Role{warta.RoleAuthor, warta.RoleContributor} {
		status, out = e.call(t, role, "PATCH", "/api/v1/admin/articles/"+id, `{"version":1,"title":"Diubah","authors":["agus-pratama"]}`)
		if role == warta.RoleAuthor && (status != http.StatusForbidden || !strings.Contains(errMessage(out), "editor")) {
			t.Errorf("author's PATCH crediting Agus: %d %v", status, out)
		}
		if status < 400 || status >= 500 {
			t.Errorf("%s's PATCH crediting Agus: %d", role, status)
		}
	}
	_, got := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/articles/"+id, "")
	if toJSON(got["authors"]) != `["sari-lestari"]` || got["title"] == "Diubah" || got["version"].(float64) != 1 {
		t.Fatalf("after refused PATCHes: authors %v, title %v, version %v", got["authors"], got["title"], got["version"])
	}
	status, out = e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+id, `{"version":1,"authors":["agus-pratama","sari-lestari"]}`)
	if status != http.StatusOK {
		t.Fatalf("editor crediting Agus: %d %v", status, out)
	}
	if _, got = e.call(t, warta.RoleAuthor, "GET", "/api/v1/admin/articles/"+id, ""); toJSON(got["authors"]) != `["agus-pratama","sari-lestari"]` {
		t.Errorf("byline after the editor's PATCH: %v", got["authors"])
	}
}
