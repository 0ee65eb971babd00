package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every command and subcommand prints its flags on standard output and
// succeeds, asked either way: `warta help COMMAND [SUB]` or
// `warta COMMAND [SUB] --help`.
func TestEveryCommandHelp(t *testing.T) {
	for _, c := range []struct {
		cmd  []string
		flag string // a flag the help must name
	}{
		{[]string{"serve"}, "-access-log"},
		{[]string{"user"}, "-role"},
		{[]string{"user", "create"}, "-password-file"},
		{[]string{"token"}, "-email"},
		{[]string{"token", "create"}, "-name"},
		{[]string{"token", "list"}, "-email"},
		{[]string{"token", "revoke"}, "-id"},
		{[]string{"reindex"}, "-data"},
		{[]string{"import"}, "-uploads"},
		{[]string{"import", "wxr"}, "-dry-run"},
		{[]string{"migrate-db"}, "-from"},
		{[]string{"demo"}, "-articles"},
		{[]string{"backup"}, "-data"},
		{[]string{"restore"}, "-data"},
	} {
		for _, args := range [][]string{append([]string{"help"}, c.cmd...), append(append([]string{}, c.cmd...), "--help"), append(append([]string{}, c.cmd...), "-h")} {
			out, stderr, err := run(t, "", args...)
			if err != nil {
				t.Errorf("warta %s: %v (exit %d)\n%s", strings.Join(args, " "), err, exitCode(err), stderr)
				continue
			}
			if !strings.Contains(out, c.flag) {
				t.Errorf("warta %s: stdout names no %s:\n%s\nstderr:\n%s", strings.Join(args, " "), c.flag, out, stderr)
			}
		}
	}
}

// The help says which commands make a new database and which need one.
func TestHelpSaysWhichCommandsCreate(t *testing.T) {
	for cmd, want := range map[string]string{"serve": "creates", "demo": "creates", "user": "creates", "reindex": "must exist", "token": "must exist", "import": "creates"} {
		out, _, _ := run(t, "", "help", cmd)
		if !strings.Contains(out, want) {
			t.Errorf("warta help %s does not say %q:\n%s", cmd, want, out)
		}
	}
}

// A mistyped --data or --db is refused by every command that only uses
// an existing site: non-zero exit, a readable error, nothing created.
func TestMissingDataRefused(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "salah-ketik")
	for _, args := range [][]string{
		{"reindex", "--data", missing},
		{"reindex", "--db", "sqlite:" + filepath.Join(missing, "warta.db")},
		{"token", "create", "--data", missing, "--email", "a@kabar.example"},
		{"token", "list", "--data", missing},
		{"token", "revoke", "--data", missing, "--id", "1"},

		{"migrate-db", "--from", "sqlite:" + filepath.Join(missing, "warta.db"), "--to", "postgres://127.0.0.1:1/x"},
	} {
		_, stderr, err := run(t, "", args...)
		if err == nil {
			t.Errorf("warta %s: succeeded", strings.Join(args, " "))
			continue
		}
		if msg := err.Error() + stderr; !strings.Contains(msg, "no ") || !strings.Contains(msg, "database") {
			t.Errorf("warta %s: unclear error %q", strings.Join(args, " "), msg)
		}
		if exists(missing) {
			t.Fatalf("warta %s created %s", strings.Join(args, " "), missing)
		}
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
