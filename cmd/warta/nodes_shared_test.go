package main

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/importer/importtest"
	"warta/internal/store/pgtest"
	"warta/internal/store/postgres"
)

// signIn posts the newsroom's sign-in form to base without following the
// redirect, and returns the answer.
func signIn(t *testing.T, base, email, password string) *http.Response {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.PostForm(base+"/redaksi/masuk", url.Values{"email": {email}, "password": {password}, "next": {"/redaksi/"}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res
}

// TestTwoNodesShareSignIn runs two servers on one PostgreSQL database, as
// behind a load balancer: failed sign-ins spread over both block the
// account on both after the fifth, and a session made on one node is
// good on the other.
func TestTwoNodesShareSignIn(t *testing.T) {
	url := pgtest.Fresh(t)
	dir := t.TempDir()
	nodes := []string{startNode(t, url, dir), startNode(t, url, dir)}
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("kata-sandi-rahasia\n"), 0o600)
	for _, email := range []string{"ed@kabar.example", "rina@kabar.example"} {
		if _, stderr, err := run(t, "", "user", "create", "--db", url, "--email", email, "--name", "Ed", "--role", "editor", "--password-file", pw); err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
	}
	for i := range 5 {
		if res := signIn(t, nodes[i%2], "ed@kabar.example", "tebakan-salah"); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("wrong password %d on node %d: %d, want 401", i+1, i%2, res.StatusCode)
		}
	}
	for i, node := range nodes {
		res := signIn(t, node, "ed@kabar.example", "kata-sandi-rahasia")
		if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
			t.Errorf("node %d after five failures over both nodes: %d (Retry-After %q), want 429 with Retry-After",
				i, res.StatusCode, res.Header.Get("Retry-After"))
		}
	}

	res := signIn(t, nodes[0], "rina@kabar.example", "kata-sandi-rahasia")
	if res.StatusCode != http.StatusSeeOther || len(res.Cookies()) == 0 {
		t.Fatalf("sign-in on node 0: %d, cookies %v", res.StatusCode, res.Cookies())
	}
	req, _ := http.NewRequest("GET", nodes[1]+"/redaksi/", nil)
	for _, c := range res.Cookies() {
		req.AddCookie(c)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	got, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	got.Body.Close()
	if got.StatusCode != http.StatusOK {
		t.Errorf("node 1 with node 0's session: %d (Location %q), want 200", got.StatusCode, got.Header.Get("Location"))
	}
}

// TestImportRefreshesNodes: `warta import` on a PostgreSQL site tells the
// running nodes, whose cached pages then show the imported stories within
// a second instead of when their caches age out.
func TestImportRefreshesNodes(t *testing.T) {
	url := pgtest.Fresh(t)
	dir := t.TempDir()
	node := startNode(t, url, dir)
	for _, path := range []string{"/", "/feed"} {
		if code, _ := get(t, node+path); code != http.StatusOK {
			t.Fatalf("%s: %d", path, code)
		}
	}
	export := filepath.Join(t.TempDir(), "ekspor.xml")
	f, err := os.Create(export)
	if err != nil {
		t.Fatal(err)
	}
	if err := importtest.Write(f, importtest.Spec{Posts: 3, BodyBytes: 400}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if out, stderr, err := run(t, "", "import", "wxr", export, "--db", url, "--data", t.TempDir()); err != nil {
		t.Fatalf("import: %v\n%s\n%s", err, out, stderr)
	}
	for _, path := range []string{"/", "/feed"} {
		within(t, "the node's "+path+" shows the imported stories", func() bool {
			_, body := get(t, node+path)
			return strings.Contains(body, "Kabar Daerah Nomor")
		})
	}
}

// TestTwoNodesNotifyOnce: a story submitted through one node notifies the
// editor once, though both nodes hear of the submission.
func TestTwoNodesNotifyOnce(t *testing.T) {
	url := pgtest.Fresh(t)
	dir := t.TempDir()
	a := startNode(t, url, dir)
	startNode(t, url, dir)
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("kata-sandi-rahasia\n"), 0o600)
	for _, u := range [][2]string{{"ed@kabar.example", "editor"}, {"dewi@kabar.example", "author"}} {
		if _, stderr, err := run(t, "", "user", "create", "--db", url, "--email", u[0], "--name", u[1], "--role", u[1], "--password-file", pw); err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
	}
	token, stderr, err := run(t, "", "token", "create", "--db", url, "--email", "dewi@kabar.example")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	db, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var editor *warta.User
	if err := db.Update(context.Background(), func(tx warta.Tx) error {
		var err error
		if editor, err = tx.FindUserByEmail(context.Background(), "ed@kabar.example"); err != nil {
			return err
		}
		return tx.CreateSection(context.Background(), &warta.Section{Slug: "berita", Name: "Berita", Position: 1})
	}); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("POST", a+"/api/v1/admin/articles", strings.NewReader(`{"title":"Banjir di Samarinda",
		"body_html":"<p>Air naik sejak subuh.</p>","section":"berita","status":"review"}`))
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(token))
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("submit: %d", res.StatusCode)
	}
	count := func() int {
		var n int
		db.View(context.Background(), func(tx warta.ReadTx) error {
			list, err := tx.FindNotifications(context.Background(), warta.NotificationFilter{UserID: editor.ID, Limit: 10})
			n = len(list)
			return err
		})
		return n
	}
	within(t, "the editor is notified", func() bool { return count() > 0 })
	time.Sleep(300 * time.Millisecond) // the other node has heard it by now
	if n := count(); n != 1 {
		t.Errorf("the editor has %d notifications of one submission, want 1", n)
	}
}
