package api_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/i18n"
)

// issue makes a token for role's account through the editorial service,
// as the account page and the CLI do, and lets call use it as role.
func (e *env) issue(t *testing.T, role warta.Role, spec editorial.TokenSpec) *warta.Token {
	t.Helper()
	svc := &editorial.Service{Store: e.site.Store}
	plain, tok, err := svc.IssueToken(context.Background(), e.users[role], e.users[role].ID, spec)
	if err != nil {
		t.Fatalf("IssueToken(%+v): %v", spec, err)
	}
	e.tokens[role] = plain
	return tok
}

// A revoked token answers 401 on its very next request: the API checks
// the database on every request, so no node keeps a revoked token alive.
func TestRevokedTokenAnswers401(t *testing.T) {
	e := newEnv(t)
	tok := e.issue(t, warta.RoleEditor, editorial.TokenSpec{Name: "otomasi"})
	if status, out := e.call(t, warta.RoleEditor, "POST", "/api/v1/admin/articles", story); status != http.StatusCreated {
		t.Fatalf("before revoking: %d %v", status, out)
	}
	if err := (&editorial.Service{Store: e.site.Store}).RevokeToken(context.Background(), e.users[warta.RoleEditor], tok.ID); err != nil {
		t.Fatal(err)
	}
	status, out := e.call(t, warta.RoleEditor, "POST", "/api/v1/admin/articles", story)
	if status != http.StatusUnauthorized || errCode(out) != "unauthorized" {
		t.Fatalf("revoked token: %d %v, want 401 unauthorized", status, out)
	}
	if msg := errMessage(out); !strings.Contains(msg, "dicabut") {
		t.Errorf("message %q does not say the token may have been revoked", msg)
	}
}

// An expired token answers 401 with a message that says so and when;
// until then it works.
func TestExpiredTokenAnswers401(t *testing.T) {
	e := newEnv(t)
	e.issue(t, warta.RoleEditor, editorial.TokenSpec{Name: "sebulan", ExpiresAt: e.site.Now().Add(30 * 24 * time.Hour)})
	if status, out := e.call(t, warta.RoleEditor, "POST", "/api/v1/admin/articles", story); status != http.StatusCreated {
		t.Fatalf("before expiry: %d %v", status, out)
	}
	e.site.Clock.Advance(30*24*time.Hour + time.Second)
	for _, lang := range []string{"id", "en"} {
		status, out := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/articles/1", "", "Accept-Language", lang)
		if status != http.StatusUnauthorized || errCode(out) != "unauthorized" {
			t.Fatalf("expired token (%s): %d %v, want 401", lang, status, out)
		}
		want := map[string]string{"id": "kedaluwarsa", "en": "expired"}[lang]
		if msg := errMessage(out); !strings.Contains(msg, want) {
			t.Errorf("message (%s) %q does not say the token expired", lang, msg)
		}
	}
}

// A read-scope token reads but cannot change anything: PATCH and POST get
// 403 and leave the article as it was.
func TestReadTokenCannotWrite(t *testing.T) {
	e := newEnv(t)
	_, out := e.call(t, warta.RoleEditor, "POST", "/api/v1/admin/articles", story)
	id := jsonInt(int64(out["id"].(float64)))
	e.issue(t, warta.RoleEditor, editorial.TokenSpec{Name: "dasbor", Scope: warta.ScopeRead})
	if status, got := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/articles/"+id, ""); status != http.StatusOK {
		t.Fatalf("read token GET: %d %v", status, got)
	}
	status, got := e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+id, `{"version":1,"title":"Judul Lain"}`)
	if status != http.StatusForbidden || errCode(got) != "forbidden" {
		t.Fatalf("read token PATCH: %d %v, want 403", status, got)
	}
	if msg := errMessage(got); msg != i18n.Message(i18n.ID, &warta.Error{Key: "error.token_read_only"}) {
		t.Errorf("message %q", msg)
	}
	if status, got := e.call(t, warta.RoleEditor, "POST", "/api/v1/admin/articles", story); status != http.StatusForbidden {
		t.Fatalf("read token POST: %d %v, want 403", status, got)
	}
	_, after := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/articles/"+id, "")
	if after["title"] == "Judul Lain" || after["version"].(float64) != 1 {
		t.Fatalf("a read token changed the article: %v", after)
	}
}
