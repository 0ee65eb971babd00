package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/auth"
)

// TestRoleMatrix is the role × action table, run through both the
// newsroom's forms and the API on one running server. The table is the
// specification; the code under test is what answers.
func TestRoleMatrix(t *testing.T) {
	m, base := startMain(t, t.TempDir())
	ctx := context.Background()
	hash, err := auth.HashPassword("kata-sandi-uji-123", auth.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	users := map[warta.Role]*warta.User{}
	tokens := map[warta.Role]string{}
	var section *warta.Section
	err = m.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		if section, err = tx.FindSectionBySlug(ctx, "nasional"); err != nil {
			return err
		}
		for _, r := range warta.Roles {
			u := &warta.User{Email: string(r) + "@kabar.example", Name: string(r), Role: r, PasswordHash: hash}
			if err := tx.CreateUser(ctx, u); err != nil {
				return err
			}
			plain, th, err := auth.NewToken(auth.APITokenPrefix)
			if err != nil {
				return err
			}
			if err := tx.CreateToken(ctx, &warta.Token{TokenHash: th, UserID: u.ID}); err != nil {
				return err
			}
			users[r], tokens[r] = u, plain
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	// article writes a fresh article owned by owner in a status.
	article := func(owner *warta.User, status warta.Status) *warta.Article {
		n++
		a := &warta.Article{Slug: fmt.Sprintf("uji-peran-%d", n), Title: fmt.Sprintf("Uji peran %d", n), Label: warta.LabelBerita,
			SectionID: section.ID, Status: status, OwnerID: owner.ID, BodyHTML: "<p>Isi.</p>"}
		if status == warta.StatusPublished || status == warta.StatusUnpublished {
			a.PublishedAt = m.Store.Now().Add(-time.Hour)
		}
		if err := m.Store.Update(ctx, func(tx warta.Tx) error { return tx.CreateArticle(ctx, a) }); err != nil {
			t.Fatal(err)
		}
		return a
	}
	other := users[warta.RoleAdministrator]
	all := warta.Roles
	editors := []warta.Role{warta.RoleAdministrator, warta.RoleEditor}
	publishers := []warta.Role{warta.RoleAdministrator, warta.RoleEditor, warta.RoleAuthor}
	later := m.Store.Now().Add(48 * time.Hour)

	type attempt struct {
		api func(r warta.Role) int            // returns the HTTP status, or 0 where the API has no such call
		ui  func(r warta.Role, c *client) int // returns the HTTP status
		ok  func(status int) bool             // what counts as done
	}
	done := func(s int) bool { return s == 200 || s == 201 || s == 204 || s == 303 }
	patch := func(a *warta.Article, r warta.Role, body string) int {
		return apiCall(t, base, tokens[r], "PATCH", fmt.Sprintf("/api/v1/admin/articles/%d", a.ID), fmt.Sprintf(`{"version":%d,%s}`, a.Version, body))
	}
	save := func(a *warta.Article, c *client, action string, extra url.Values) int {
		form := url.Values{"title": {a.Title + " diubah"}, "section": {fmt.Sprint(section.ID)}, "label": {"berita"},
			"version": {fmt.Sprint(a.Version)}, "action": {action}, "body_html": {"<p>Isi.</p>"}}
		for k, v := range extra {
			form[k] = v
		}
		return c.post(fmt.Sprintf("/redaksi/artikel/%d", a.ID), form)
	}
	laterLocal := later.In(time.FixedZone("WIB", 7*3600)).Format("2006-01-02T15:04")
	actions := []struct {
		name    string
		allowed []warta.Role
		attempt attempt
	}{
		{"create", all, attempt{
			api: func(r warta.Role) int {
				return apiCall(t, base, tokens[r], "POST", "/api/v1/admin/articles", `{"title":"Baru lewat API","section":"nasional"}`)
			},
			ui: func(r warta.Role, c *client) int {
				return c.post("/redaksi/artikel/baru", url.Values{"title": {"Baru lewat redaksi"}, "section": {fmt.Sprint(section.ID)},
					"label": {"berita"}, "version": {"0"}, "action": {"save"}})
			}, ok: done}},
		{"edit own", all, attempt{
			api: func(r warta.Role) int { return patch(article(users[r], warta.StatusDraft), r, `"dek":"Baru."`) },
			ui:  func(r warta.Role, c *client) int { return save(article(users[r], warta.StatusDraft), c, "save", nil) }, ok: done}},
		{"edit other's", editors, attempt{
			api: func(r warta.Role) int { return patch(article(other, warta.StatusDraft), r, `"dek":"Baru."`) },
			ui:  func(r warta.Role, c *client) int { return save(article(other, warta.StatusDraft), c, "save", nil) }, ok: done}},
		{"submit", all, attempt{
			api: func(r warta.Role) int { return patch(article(users[r], warta.StatusDraft), r, `"status":"review"`) },
			ui:  func(r warta.Role, c *client) int { return save(article(users[r], warta.StatusDraft), c, "submit", nil) }, ok: done}},
		{"publish", publishers, attempt{
			api: func(r warta.Role) int { return patch(article(users[r], warta.StatusReview), r, `"status":"published"`) },
			ui: func(r warta.Role, c *client) int {
				return save(article(users[r], warta.StatusReview), c, "publish", nil)
			}, ok: done}},
		{"schedule", publishers, attempt{
			api: func(r warta.Role) int {
				return patch(article(users[r], warta.StatusReview), r, `"status":"scheduled","publish_at":"`+later.UTC().Format(time.RFC3339)+`"`)
			},
			ui: func(r warta.Role, c *client) int {
				return save(article(users[r], warta.StatusReview), c, "schedule", url.Values{"publish_at": {laterLocal}})
			}, ok: done}},
		{"unpublish", publishers, attempt{
			api: func(r warta.Role) int {
				return patch(article(users[r], warta.StatusPublished), r, `"status":"unpublished","reason":"Uji peran."`)
			},
			ui: func(r warta.Role, c *client) int {
				return c.post(fmt.Sprintf("/redaksi/artikel/%d/tarik", article(users[r], warta.StatusPublished).ID), url.Values{"removal_reason": {"Uji peran."}})
			}, ok: done}},
		{"unpublish from the article form", publishers, attempt{
			ui: func(r warta.Role, c *client) int {
				return save(article(users[r], warta.StatusPublished), c, "unpublish", url.Values{"removal_reason": {"Uji peran."}})
			}, ok: done}},
		{"delete", all, attempt{
			api: func(r warta.Role) int {
				return apiCall(t, base, tokens[r], "DELETE", fmt.Sprintf("/api/v1/admin/articles/%d", article(users[r], warta.StatusDraft).ID), "")
			},
			ui: func(r warta.Role, c *client) int {
				return c.post(fmt.Sprintf("/redaksi/artikel/%d/hapus", article(users[r], warta.StatusDraft).ID), url.Values{})
			}, ok: done}},
		{"delete other's", editors, attempt{
			api: func(r warta.Role) int {
				return apiCall(t, base, tokens[r], "DELETE", fmt.Sprintf("/api/v1/admin/articles/%d", article(other, warta.StatusDraft).ID), "")
			},
			ui: func(r warta.Role, c *client) int {
				return c.post(fmt.Sprintf("/redaksi/artikel/%d/hapus", article(other, warta.StatusDraft).ID), url.Values{})
			}, ok: done}},
		{"manage sections", editors, attempt{ui: func(r warta.Role, c *client) int {
			return c.post("/redaksi/rubrik", url.Values{"name": {"Rubrik " + string(r)}})
		}, ok: done}},
		{"manage tags", editors, attempt{ui: func(r warta.Role, c *client) int {
			return c.post("/redaksi/topik", url.Values{"name": {"Topik " + string(r)}})
		}, ok: done}},
		{"manage people", editors, attempt{ui: func(r warta.Role, c *client) int {
			return c.post("/redaksi/orang", url.Values{"name": {"Orang " + string(r)}})
		}, ok: done}},
		{"add redirect", editors, attempt{ui: func(r warta.Role, c *client) int {
			return c.post("/redaksi/pengalihan", url.Values{"from": {"/lama-" + string(r)}, "to": {"/nasional/"}})
		}, ok: done}},
		{"delete redirect", editors, attempt{ui: func(r warta.Role, c *client) int {
			from := "/hapus-" + string(r)
			if err := m.Store.Update(ctx, func(tx warta.Tx) error {
				return tx.CreateRedirect(ctx, &warta.Redirect{From: from, To: "/nasional/"})
			}); err != nil {
				t.Fatal(err)
			}
			return c.post("/redaksi/pengalihan/hapus", url.Values{"from": {from}})
		}, ok: done}},
		{"manage users", []warta.Role{warta.RoleAdministrator}, attempt{ui: func(r warta.Role, c *client) int {
			return c.post("/redaksi/pengguna", url.Values{"name": {"Baru " + string(r)}, "email": {"baru-" + string(r) + "@kabar.example"},
				"role": {"contributor"}, "password": {"kata-sandi-baru-123"}})
		}, ok: done}},
		{"manage settings", []warta.Role{warta.RoleAdministrator}, attempt{ui: func(r warta.Role, c *client) int {
			return c.post("/redaksi/pengaturan", url.Values{"site_name": {"Warta Nusantara"}, "language": {"id"}, "time_zone": {"Asia/Jakarta"}})
		}, ok: done}},
	}
	for _, r := range warta.Roles {
		c := newClient(t, base)
		c.login(string(r)+"@kabar.example", "kata-sandi-uji-123")
		for _, a := range actions {
			want := false
			for _, ok := range a.allowed {
				want = want || ok == r
			}
			t.Run(fmt.Sprintf("%s/%s", r, a.name), func(t *testing.T) {
				if a.attempt.api != nil {
					if got := a.attempt.ok(a.attempt.api(r)); got != want {
						t.Errorf("API: done = %v, want %v", got, want)
					}
				}
				status := a.attempt.ui(r, c)
				if got := a.attempt.ok(status); got != want {
					t.Errorf("newsroom: status %d, done = %v, want %v", status, got, want)
				}
				if !want && status != http.StatusForbidden {
					t.Errorf("newsroom refused with %d, want 403", status)
				}
			})
		}
	}
}

// apiCall sends one API request and returns its status.
func apiCall(t *testing.T, base, token, method, path, body string) int {
	t.Helper()
	req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}

// client is a signed-in browser without JavaScript.
type client struct {
	t    *testing.T
	base string
	c    *http.Client
	csrf string
}

func newClient(t *testing.T, base string) *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: t, base: base, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

var csrfInput = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func (c *client) login(email, password string) {
	c.t.Helper()
	if s := c.post("/redaksi/masuk", url.Values{"email": {email}, "password": {password}}); s != http.StatusSeeOther {
		c.t.Fatalf("login %s: %d", email, s)
	}
	res, err := c.c.Get(c.base + "/redaksi/")
	if err != nil {
		c.t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	m := csrfInput.FindSubmatch(page)
	if m == nil {
		c.t.Fatalf("no CSRF token after signing in as %s", email)
	}
	c.csrf = string(m[1])
}

func (c *client) post(path string, form url.Values) int {
	c.t.Helper()
	if c.csrf != "" {
		form.Set("csrf", c.csrf)
	}
	req, _ := http.NewRequest("POST", c.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := c.c.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}
