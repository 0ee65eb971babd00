package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestTokenListAndRevoke(t *testing.T) {
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte("kata-sandi-rahasia\n"), 0o600)
	for _, email := range []string{"rina@kabar.example", "budi@kabar.example"} {
		if _, stderr, err := run(t, "", "user", "create", "--data", dir, "--email", email, "--name", "Akun", "--role", "editor", "--password-file", pwFile); err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
	}
	for _, args := range [][]string{{"--email", "rina@kabar.example", "--name", "impor"}, {"--email", "budi@kabar.example"}} {
		if _, stderr, err := run(t, "", append([]string{"token", "create", "--data", dir}, args...)...); err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
	}
	out, _, err := run(t, "", "token", "list", "--data", dir)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "ID") || !strings.Contains(lines[1], "rina@kabar.example") ||
		!strings.Contains(lines[1], "impor") || !strings.Contains(lines[1], "never") || strings.Contains(out, "wrt_") {
		t.Fatalf("token list:\n%s", out)
	}
	if out, _, _ := run(t, "", "token", "list", "--data", dir, "--email", "budi@kabar.example"); strings.Count(out, "\n") != 2 || strings.Contains(out, "rina") {
		t.Errorf("list for one account:\n%s", out)
	}
	if out, stderr, err := run(t, "", "token", "revoke", "1", "--data", dir); err != nil || !strings.Contains(out, "revoked token 1") {
		t.Fatalf("revoke: %v %s %s", err, out, stderr)
	}
	if out, _, _ := run(t, "", "token", "list", "--data", dir); strings.Contains(out, "impor") {
		t.Errorf("revoked token still listed:\n%s", out)
	}
	if out, _, err := run(t, "", "token", "revoke", "--data", dir, "--id", "2"); err != nil || !strings.Contains(out, "revoked token 2") {
		t.Errorf("revoke --id: %v %s", err, out)
	}

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"revoke unknown", []string{"token", "revoke", "99", "--data", dir}, "no token with id 99"},
		{"revoke without id", []string{"token", "revoke", "--data", dir}, "--id is required"},
		{"revoke bad id", []string{"token", "revoke", "--data", dir, "--id", "abc"}, "invalid value"},
		{"list for nobody", []string{"token", "list", "--data", dir, "--email", "nobody@kabar.example"}, "no account"},
		{"unknown subcommand", []string{"token", "frob"}, "unknown token command"},
		{"missing subcommand", []string{"token"}, "missing token command"},
		{"user without subcommand", []string{"user"}, "usage"},
		{"long user name", []string{"user", "create", "--data", dir, "--email", "x@kabar.example", "--name", strings.Repeat("a", 101),
			"--role", "author", "--password-file", pwFile}, "too long"},
	} {
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
}

// `COMMAND --help` and `warta help COMMAND` print the flags and succeed.
func TestUserAndTokenHelp(t *testing.T) {
	for _, args := range [][]string{
		{"user", "create", "--help"}, {"user", "--help"}, {"token", "create", "--help"}, {"token", "list", "--help"},
		{"token", "revoke", "--help"}, {"help", "token"}, {"help", "user"},
	} {
		out, stderr, err := run(t, "", args...)
		if err != nil {
			t.Errorf("%v: %v", args, err)
		}
		if !strings.Contains(out+stderr, "--email") && !strings.Contains(out+stderr, "-email") && !strings.Contains(out+stderr, "-id") {
			t.Errorf("%v printed no flags:\n%s%s", args, out, stderr)
		}
	}
}

// Tokens made with a scope and an expiry are listed with them; wrong
// arguments get a readable error and exit status 2, and change nothing.
func TestTokenScopeAndExpiryCLI(t *testing.T) {
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte("kata-sandi-rahasia\n"), 0o600)
	if _, stderr, err := run(t, "", "user", "create", "--data", dir, "--email", "rina@kabar.example", "--name", "Rina", "--role", "editor", "--password-file", pwFile); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	out, stderr, err := run(t, "", "token", "create", "--data", dir, "--user", "rina@kabar.example", "--name", "dasbor", "--scope", "read", "--expires", "365d")
	if err != nil || !strings.HasPrefix(out, "wrt_") {
		t.Fatalf("create read token: %v %s %s", err, out, stderr)
	}
	if _, stderr, err := run(t, "", "token", "create", "--data", dir, "--email", "rina@kabar.example", "--name", "skrip", "--expires", "30d"); err != nil {
		t.Fatalf("create with 30d: %v %s", err, stderr)
	}
	out, _, err = run(t, "", "token", "list", "--data", dir, "--user", "rina@kabar.example")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err != nil || len(lines) != 3 || !strings.Contains(lines[0], "SCOPE") || !strings.Contains(lines[0], "EXPIRES") ||
		!strings.Contains(lines[1], "read") || strings.Count(lines[1], "never") != 1 || strings.Contains(lines[1], "expired") || !strings.Contains(lines[2], "write") {
		t.Fatalf("token list --user: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown scope", []string{"token", "create", "--data", dir, "--email", "rina@kabar.example", "--scope", "admin"}, "use read or write"},
		{"unreadable expiry", []string{"token", "create", "--data", dir, "--email", "rina@kabar.example", "--expires", "soon"}, "--expires \"soon\""},
		{"zero days", []string{"token", "create", "--data", dir, "--email", "rina@kabar.example", "--expires", "0d"}, "--expires"},
		{"expiry in the past", []string{"token", "create", "--data", dir, "--email", "rina@kabar.example", "--expires", "2001-01-01"}, "in the future"},
		{"revoke a word", []string{"token", "revoke", "satu", "--data", dir}, "unexpected argument \"satu\""},
		{"revoke two ids", []string{"token", "revoke", "1", "2", "--data", dir}, "unexpected argument \"2\""},
		{"revoke zero", []string{"token", "revoke", "0", "--data", dir}, "--id is required"},
		{"list for nobody", []string{"token", "list", "--data", dir, "--user", "nobody@kabar.example"}, "no account with e-mail nobody@kabar.example"},
		{"list with a stray argument", []string{"token", "list", "rina", "--data", dir}, "unexpected argument"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, err := run(t, "", tc.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if msg := err.Error() + stderr; !strings.Contains(msg, tc.want) {
				t.Errorf("error %q lacks %q", msg, tc.want)
			}
			if exitCode(err) != 2 {
				t.Errorf("exit code %d, want 2", exitCode(err))
			}
		})
	}
	if out, _, _ := run(t, "", "token", "list", "--data", dir); strings.Count(strings.TrimSpace(out), "\n") != 2 {
		t.Errorf("refused commands changed the tokens:\n%s", out)
	}
}

func TestParseExpiry(t *testing.T) {
	now := time.Date(2026, 12, 6, 5, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"30d", now.Add(30 * 24 * time.Hour)},
		{"720h", now.Add(720 * time.Hour)},
		{"2027-01-31", time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)},
	} {
		if got, err := parseExpiry(tc.in, now); err != nil || !got.Equal(tc.want) {
			t.Errorf("parseExpiry(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "0d", "-5d", "-1h", "besok", "31-01-2027", "d"} {
		if _, err := parseExpiry(bad, now); err == nil {
			t.Errorf("parseExpiry(%q) accepted", bad)
		}
	}
}
