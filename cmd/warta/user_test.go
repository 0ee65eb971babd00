package main

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"warta"
	"warta/internal/auth"
	"warta/internal/store/sqlite"
)

func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := Run(context.Background(), args, func(string) string { return "" }, strings.NewReader(stdin), &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

func TestUserAndTokenCreate(t *testing.T) {
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte("kata-sandi-rahasia\n"), 0o600)
	out, stderr, err := run(t, "", "user", "create", "--data", dir, "--email", "Rina@Kabar.Example", "--name", "Rina Wijaya",
		"--role", "editor", "--password-file", pwFile)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "rina@kabar.example") || !strings.Contains(out, "editor") {
		t.Errorf("stdout = %q", out)
	}
	// The password can also come as one line on standard input.
	if _, stderr, err := run(t, "sandi-dari-stdin-123\n", "user", "create", "--data", dir, "--email", "budi@kabar.example",
		"--name", "Budi", "--role", "contributor"); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}

	token, _, err := run(t, "", "token", "create", "--data", dir, "--email", "RINA@kabar.example")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^wrt_[A-Za-z0-9_-]{43}\n$`).MatchString(token) {
		t.Fatalf("token output %q is not the token alone", token)
	}

	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(dir, "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	store.View(ctx, func(tx warta.ReadTx) error {
		u, err := tx.FindUserByEmail(ctx, "rina@kabar.example")
		if err != nil {
			t.Fatal(err)
		}
		if ok, _, _ := auth.VerifyPassword("kata-sandi-rahasia", u.PasswordHash); !ok {
			t.Error("stored hash does not verify the password")
		}
		if u.PersonID == 0 || u.Role != warta.RoleEditor {
			t.Errorf("user = %+v", u)
		}
		tk, err := tx.FindTokenByHash(ctx, auth.HashToken(strings.TrimSpace(token)))
		if err != nil || tk.UserID != u.ID {
			t.Errorf("token not stored for the user: %+v %v", tk, err)
		}
		return nil
	})
}

func TestUserCreateBadInput(t *testing.T) {
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte("kata-sandi-rahasia"), 0o600)
	short := filepath.Join(dir, "short")
	os.WriteFile(short, []byte("pendek"), 0o600)
	base := []string{"user", "create", "--data", dir, "--name", "Sari"}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"bad role", append(base, "--email", "sari@kabar.example", "--role", "owner", "--password-file", pwFile), "unknown role owner (administrator, editor, author or contributor)"},
		{"bad email", append(base, "--email", "sari", "--role", "author", "--password-file", pwFile), "e-mail"},
		{"short password", append(base, "--email", "sari@kabar.example", "--role", "author", "--password-file", short), "password"},
		{"missing file", append(base, "--email", "sari@kabar.example", "--role", "author", "--password-file", filepath.Join(dir, "nope")), "password-file"},
		{"no password", append(base, "--email", "sari@kabar.example", "--role", "author"), "no password"},
		{"unknown subcommand", []string{"user", "delete"}, "usage"},
		{"token for nobody", []string{"token", "create", "--data", dir, "--email", "nobody@kabar.example"}, "no account"},
		{"token without email", []string{"token", "create", "--data", dir}, "--email is required"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, err := run(t, "", tc.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if msg := strings.ToLower(err.Error() + stderr); !strings.Contains(msg, strings.ToLower(tc.want)) {
				t.Errorf("error %q lacks %q", msg, tc.want)
			}
			if exitCode(err) != 2 {
				t.Errorf("exit code %d", exitCode(err))
			}
		})
	}
	// A duplicate e-mail is refused and adds nothing.
	if _, _, err := run(t, "", append(base, "--email", "sari@kabar.example", "--role", "author", "--password-file", pwFile)...); err != nil {
		t.Fatal(err)
	}
	_, _, err := run(t, "", append(base, "--email", "SARI@kabar.example", "--role", "author", "--password-file", pwFile)...)
	if err == nil || !strings.Contains(err.Error(), "already") {
		t.Fatalf("duplicate: %v", err)
	}
}

func TestReindex(t *testing.T) {
	dir := t.TempDir()
	m, base := startMain(t, dir)
	// Empty the index behind the store's back, as after a crash or an upgrade.
	if err := m.Store.Exec(context.Background(), `DELETE FROM article_search`); err != nil {
		t.Fatal(err)
	}
	if status, page := get(t, base+"/cari?q=banjir"); status != 200 || !strings.Contains(page, "Tidak ada artikel") {
		t.Fatalf("before reindex: %d", status)
	}
	out, stderr, err := run(t, "", "reindex", "--data", dir)
	if err != nil || !strings.Contains(out, "re-indexed") {
		t.Fatalf("reindex: %v %s %s", err, out, stderr)
	}
	// On SQLite the server hears nothing from another process (on
	// PostgreSQL reindex announces itself): its search answers are kept
	// up to searchTTL, so start its caches afresh as a restart would.
	m.Site.Invalidate()
	if status, page := get(t, base+"/cari?q=banjir"); status != 200 || strings.Contains(page, "Tidak ada artikel") {
		t.Fatalf("after reindex: %d", status)
	}
}

// The CLI and the first-run page make accounts through one service, so a
// name with no Latin letters works in both, with the same byline slug.
func TestUserCreateNameWithoutLatinLetters(t *testing.T) {
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte("kata-sandi-rahasia\n"), 0o600)
	for _, email := range []string{"li.ming@kabar.example", "li.ming2@kabar.example"} {
		if _, stderr, err := run(t, "", "user", "create", "--data", dir, "--email", email, "--name", "李明", "--role", "author",
			"--password-file", pwFile); err != nil {
			t.Fatalf("%s: %v\n%s", email, err, stderr)
		}
	}
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(dir, "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	store.View(ctx, func(tx warta.ReadTx) error {
		for email, want := range map[string]string{"li.ming@kabar.example": "penulis", "li.ming2@kabar.example": "penulis-2"} {
			u, err := tx.FindUserByEmail(ctx, email)
			if err != nil {
				t.Fatal(err)
			}
			p, err := tx.FindPersonByID(ctx, u.PersonID)
			if err != nil || p.Slug != want || p.Name != "李明" {
				t.Errorf("%s: byline %+v, %v; want slug %s", email, p, err, want)
			}
		}
		return nil
	})
}

// Commands that only make sense on an existing site refuse a --data or
// --db where there is none, and create nothing there: a mistyped folder
// used to give a new empty database and "re-indexed 0 articles".
func TestCommandsRefuseMissingDatabase(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "salah-ketik")
	for _, args := range [][]string{
		{"reindex", "--data", missing},
		{"token", "list", "--data", missing},
		{"token", "create", "--data", missing, "--email", "sari@kabar.example"},
		{"token", "revoke", "--data", missing, "--id", "3"},
		{"reindex", "--db", "sqlite:" + filepath.Join(missing, "warta.db")},
	} {
		out, stderr, err := run(t, "", args...)
		if err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "no Warta database at") {
			t.Errorf("%v: err %v (exit %d), out %q %q", args, err, exitCode(err), out, stderr)
		}
		if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("%v created %s", args, missing)
		}
	}
}
