package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"warta"
	"warta/internal/auth"
	"warta/internal/editorial"
	"warta/internal/web/api"
	"warta/internal/web/webtest"
)

type env struct {
	site   *webtest.Site
	f      *webtest.Fixture
	h      http.Handler
	tokens map[warta.Role]string
	users  map[warta.Role]*warta.User
	lib    *editorial.Library
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{site: webtest.NewSite(t), tokens: map[warta.Role]string{}, users: map[warta.Role]*warta.User{}}
	e.f = e.site.NewFixture(t)
	svc := &editorial.Service{Store: e.site.Store}
	e.lib = &editorial.Library{Store: e.site.Store, Blobs: e.site.Blobs}
	e.h = api.New(api.Config{Store: e.site.Store, Editorial: svc, Library: e.lib, BaseURL: "https://kabar.example", Logger: e.site.Logger()})
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		for _, r := range warta.Roles {
			u := &warta.User{Email: string(r) + "@kabar.example", Name: string(r), Role: r, PersonID: e.f.Sari.ID}
			if err := tx.CreateUser(context.Background(), u); err != nil {
				return err
			}
			plain, hash, err := auth.NewToken("wrt_")
			if err != nil {
				return err
			}
			if err := tx.CreateToken(context.Background(), &warta.Token{TokenHash: hash, UserID: u.ID}); err != nil {
				return err
			}
			e.users[r], e.tokens[r] = u, plain
		}
		return nil
	})
	return e
}

// call sends a request as role ("" for no token) and decodes the JSON answer.
func (e *env) call(t *testing.T, role warta.Role, method, path, body string, header ...string) (int, map[string]any) {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if role != "" {
		req.Header.Set("Authorization", "Bearer "+e.tokens[role])
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	raw, _ := io.ReadAll(rec.Result().Body)
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s %s: answer is not JSON: %s", method, path, raw)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	return rec.Code, out
}

func errCode(out map[string]any) string {
	e, _ := out["error"].(map[string]any)
	c, _ := e["code"].(string)
	return c
}

func errMessage(out map[string]any) string {
	e, _ := out["error"].(map[string]any)
	m, _ := e["message"].(string)
	return m
}

const story = `{"title":"Jembatan Gantung Baru Hubungkan Dua Desa","dek":"Warga tak lagi menyeberang dengan rakit.",
"body_html":"<h2>Dibangun gotong royong</h2><p>Isi berita <script>alert(1)</script>di sini.</p>","section":"nasional",
"tags":["banjir"],"label":"berita","dateline":"Kabar Uji, Kapuas"}`

func TestCreateAndPublishThroughAPI(t *testing.T) {
	e := newEnv(t)
	status, out := e.call(t, warta.RoleAuthor, "POST", "/api/v1/admin/articles", strings.Replace(story, `"label"`, `"status":"published","label"`, 1))
	if status != http.StatusCreated {
		t.Fatalf("create: %d %v", status, out)
	}
	if out["status"] != "published" || out["version"].(float64) < 1 ||
		out["url"] != "https://kabar.example/nasional/2026/11/27/jembatan-gantung-baru-hubungkan-dua-desa" {
		t.Fatalf("answer %v", out)
	}
	id := int64(out["id"].(float64))
	status, got := e.call(t, warta.RoleAuthor, "GET", "/api/v1/admin/articles/"+jsonInt(id), "")
	if status != 200 || strings.Contains(got["body_html"].(string), "script") || got["dateline"] != "Kabar Uji, Kapuas" {
		t.Fatalf("show: %d %v", status, got)
	}
	status, list := e.call(t, "", "GET", "/api/v1/articles?section=nasional", "")
	if status != 200 || !strings.Contains(toJSON(list), "Jembatan Gantung Baru") {
		t.Fatalf("public list: %d %v", status, list)
	}
}

func TestMarkdownBody(t *testing.T) {
	e := newEnv(t)
	status, out := e.call(t, warta.RoleEditor, "POST", "/api/v1/admin/articles",
		`{"title":"Catatan Redaksi","section":"nasional","body_markdown":"## Sub judul\n\nParagraf **tebal**.\n\n<script>x</script>"}`)
	if status != 201 {
		t.Fatalf("%d %v", status, out)
	}
	_, got := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/articles/"+jsonInt(int64(out["id"].(float64))), "")
	if b := got["body_html"].(string); !strings.Contains(b, "<h2") || !strings.Contains(b, "<strong>tebal</strong>") || strings.Contains(b, "script") {
		t.Fatalf("body = %q", b)
	}
}

func TestPatchVersionConflict(t *testing.T) {
	e := newEnv(t)
	_, out := e.call(t, warta.RoleEditor, "POST", "/api/v1/admin/articles", story)
	id := jsonInt(int64(out["id"].(float64)))
	status, out := e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+id, `{"version":1,"title":"Judul Kedua"}`)
	if status != 200 || out["version"].(float64) != 2 {
		t.Fatalf("patch: %d %v", status, out)
	}
	status, out = e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+id, `{"version":1,"title":"Judul Basi"}`)
	if status != http.StatusConflict || errCode(out) != "conflict" {
		t.Fatalf("stale patch: %d %v", status, out)
	}
	_, got := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/articles/"+id, "")
	if got["title"] != "Judul Kedua" {
		t.Fatalf("stale patch changed the title to %v", got["title"])
	}
}

func TestRolesThroughAPI(t *testing.T) {
	e := newEnv(t)
	// The fixture's main story belongs to nobody: only editors and administrators may touch it.
	mainID := jsonInt(e.f.Main.ID)
	for _, tc := range []struct {
		role   warta.Role
		status int
	}{
		{warta.RoleContributor, 403}, {warta.RoleAuthor, 403}, {warta.RoleEditor, 200}, {warta.RoleAdministrator, 200},
	} {
		t.Run(string(tc.role), func(t *testing.T) {
			_, show := e.call(t, warta.RoleAdministrator, "GET", "/api/v1/admin/articles/"+mainID, "")
			v := jsonInt(int64(show["version"].(float64)))
			status, out := e.call(t, tc.role, "PATCH", "/api/v1/admin/articles/"+mainID, `{"version":`+v+`,"dek":"Ringkasan baru."}`)
			if status != tc.status {
				t.Fatalf("%s editing another's article: %d %v", tc.role, status, out)
			}
		})
	}
	status, out := e.call(t, warta.RoleContributor, "POST", "/api/v1/admin/articles", strings.Replace(story, `"label"`, `"status":"published","label"`, 1))
	if status != 403 || errCode(out) != "forbidden" {
		t.Fatalf("contributor publishing: %d %v", status, out)
	}
	status, out = e.call(t, warta.RoleContributor, "POST", "/api/v1/admin/articles", strings.Replace(story, `"label"`, `"status":"review","label"`, 1))
	if status != 201 || out["status"] != "review" {
		t.Fatalf("contributor submitting: %d %v", status, out)
	}
	id := jsonInt(int64(out["id"].(float64)))
	status, _ = e.call(t, warta.RoleContributor, "PATCH", "/api/v1/admin/articles/"+id, `{"version":2,"status":"published"}`)
	if status != 403 {
		t.Fatalf("contributor publishing by PATCH: %d", status)
	}
	_, got := e.call(t, warta.RoleContributor, "GET", "/api/v1/admin/articles/"+id, "")
	if got["status"] != "review" || got["version"].(float64) != 2 {
		t.Fatalf("a refused PATCH changed the article: %v", got)
	}
	status, out = e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+id, `{"version":2,"status":"published"}`)
	if status != 200 || out["status"] != "published" {
		t.Fatalf("editor publishing: %d %v", status, out)
	}
	// Another contributor's draft is not even visible.
	status, _ = e.call(t, warta.RoleAuthor, "GET", "/api/v1/admin/articles/"+id, "")
	if status != 404 {
		t.Fatalf("an author reading another's article: %d", status)
	}
}

func TestAPIBadInput(t *testing.T) {
	e := newEnv(t)
	big := `{"title":"x","body_html":"` + strings.Repeat("a", 5<<20) + `"}`
	cases := []struct {
		name, role, method, path, body string
		header                         []string
		status                         int
		code                           string
	}{
		{"no token", "", "POST", "/api/v1/admin/articles", story, nil, 401, "unauthorized"},
		{"bad token", "bad", "POST", "/api/v1/admin/articles", story, nil, 401, "unauthorized"},
		{"not json", "editor", "POST", "/api/v1/admin/articles", "title=x", []string{"Content-Type", "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"},
		{"broken json", "editor", "POST", "/api/v1/admin/articles", `{"title":`, nil, 400, "bad_request"},
		{"wrong type", "editor", "POST", "/api/v1/admin/articles", `{"title":12}`, nil, 400, "bad_request"},
		{"unknown field", "editor", "POST", "/api/v1/admin/articles", `{"title":"x","author_id":3}`, nil, 400, "bad_request"},
		{"trailing data", "editor", "POST", "/api/v1/admin/articles", `{"title":"x"} {}`, nil, 400, "bad_request"},
		{"too large", "editor", "POST", "/api/v1/admin/articles", big, nil, 413, "too_large"},
		{"unknown section", "editor", "POST", "/api/v1/admin/articles", `{"title":"x","section":"gosip"}`, nil, 422, "invalid"},
		{"unknown tag", "editor", "POST", "/api/v1/admin/articles", `{"title":"x","section":"nasional","tags":["tidak-ada"]}`, nil, 422, "invalid"},
		{"bad label", "editor", "POST", "/api/v1/admin/articles", `{"title":"x","section":"nasional","label":"iklan"}`, nil, 422, "invalid"},
		{"bad status", "editor", "POST", "/api/v1/admin/articles", `{"title":"x","section":"nasional","status":"live"}`, nil, 422, "invalid"},
		{"no title", "editor", "POST", "/api/v1/admin/articles", `{"section":"nasional"}`, nil, 422, "invalid"},
		{"schedule without time", "editor", "POST", "/api/v1/admin/articles", `{"title":"x","section":"nasional","status":"scheduled"}`, nil, 422, "invalid"},
		{"schedule in the past", "editor", "POST", "/api/v1/admin/articles", `{"title":"x","section":"nasional","status":"scheduled","publish_at":"2020-01-01T00:00:00Z"}`, nil, 422, "invalid"},
		{"bad time", "editor", "POST", "/api/v1/admin/articles", `{"title":"x","publish_at":"besok"}`, nil, 400, "bad_request"},
		{"both bodies", "editor", "POST", "/api/v1/admin/articles", `{"title":"x","body_html":"<p>a</p>","body_markdown":"a"}`, nil, 400, "bad_request"},
		{"patch without version", "editor", "PATCH", "/api/v1/admin/articles/1", `{"title":"x"}`, nil, 422, "invalid"},
		{"patch unknown id", "editor", "PATCH", "/api/v1/admin/articles/99999", `{"version":1,"title":"x"}`, nil, 404, "not_found"},
		{"bad id", "editor", "GET", "/api/v1/admin/articles/abc", "", nil, 404, "not_found"},
		{"negative id", "editor", "GET", "/api/v1/admin/articles/-1", "", nil, 404, "not_found"},
		{"unknown route", "", "GET", "/api/v1/nothing", "", nil, 404, "not_found"},
		{"public bad page", "", "GET", "/api/v1/articles?page=abc", "", nil, 400, "bad_request"},
		{"public unknown section", "", "GET", "/api/v1/articles?section=gosip", "", nil, 404, "not_found"},
	}
	var before int
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error { before, _ = tx.CountArticles(context.Background()); return nil })
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			role := warta.Role(tc.role)
			if tc.role == "bad" {
				e.tokens["bad"] = "wrt_not-a-real-token"
			}
			status, out := e.call(t, role, tc.method, tc.path, tc.body, tc.header...)
			if status != tc.status || errCode(out) != tc.code || errMessage(out) == "" || strings.HasPrefix(errMessage(out), "error.") {
				t.Fatalf("%d %v, want %d %s", status, out, tc.status, tc.code)
			}
		})
	}
	var after int
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error { after, _ = tx.CountArticles(context.Background()); return nil })
	if after != before {
		t.Fatalf("bad requests created %d articles", after-before)
	}
	_, out := e.call(t, "", "POST", "/api/v1/admin/articles", story, "Accept-Language", "en-GB,en;q=0.8")
	if errMessage(out) != "Send an API token: Authorization: Bearer <token>." {
		t.Errorf("English message: %q", errMessage(out))
	}
}

func jsonInt(n int64) string { b, _ := json.Marshal(n); return string(b) }

func toJSON(v any) string { b, _ := json.Marshal(v); return string(b) }

func TestSearchAPI(t *testing.T) {
	e := newEnv(t)
	status, out := e.call(t, "", "GET", "/api/v1/search?q=banjir+kecamatan", "")
	results, _ := out["results"].([]any)
	if status != 200 || len(results) == 0 || out["total"].(float64) < 1 ||
		results[0].(map[string]any)["url"] != "https://kabar.example/nasional/2026/11/27/banjir-rendam-tiga-kecamatan" {
		t.Fatalf("search: %d %v", status, out)
	}
	for _, q := range []string{"", "%22", "NEAR(a", "%F0%9F%99%82", strings.Repeat("a+", 900)} {
		if status, _ := e.call(t, "", "GET", "/api/v1/search?q="+q, ""); status != 200 {
			t.Errorf("q=%.20s: %d", q, status)
		}
	}
	if status, _ := e.call(t, "", "GET", "/api/v1/search?q=banjir&page=0", ""); status != 400 {
		t.Errorf("page=0: %d", status)
	}
}

// The token's scheme is matched as HTTP defines it, whatever its case and
// the spaces around the token; another scheme is refused.
func TestBearerSchemeAnyCase(t *testing.T) {
	e := newEnv(t)
	status, out := e.call(t, warta.RoleAuthor, "POST", "/api/v1/admin/articles", story)
	if status != http.StatusCreated {
		t.Fatalf("create: %d %v", status, out)
	}
	path := "/api/v1/admin/articles/" + jsonInt(int64(out["id"].(float64)))
	tok := e.tokens[warta.RoleAuthor]
	for _, h := range []string{"bearer " + tok, "BEARER  " + tok, " Bearer " + tok + " "} {
		if status, got := e.call(t, "", "GET", path, "", "Authorization", h); status != http.StatusOK {
			t.Errorf("Authorization %q: %d %v", h, status, got)
		}
	}
	for _, h := range []string{"Basic " + tok, "Bearer", "Bearer ", tok} {
		if status, _ := e.call(t, "", "GET", path, "", "Authorization", h); status != http.StatusUnauthorized {
			t.Errorf("Authorization %q: %d, want 401", h, status)
		}
	}
}

// A client that goes away before its answer is not an error: nothing is
// logged at ERROR, and nothing is written for it.
func TestClientGoneIsNotAnError(t *testing.T) {
	e := newEnv(t)
	var logged bytes.Buffer
	h := api.New(api.Config{Store: e.site.Store, Editorial: &editorial.Service{Store: e.site.Store}, Library: e.lib,
		BaseURL: "https://kabar.example", Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequest("GET", "/api/v1/articles?section=nasional", nil).WithContext(ctx)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if strings.Contains(logged.String(), "level=ERROR") {
		t.Errorf("a gone client was logged as an error:\n%s", logged.String())
	}
	if rec.Body.Len() != 0 {
		t.Errorf("an answer was written for a gone client: %d %s", rec.Code, rec.Body.String())
	}
}
