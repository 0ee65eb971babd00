package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
