package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"warta"
	"warta/internal/auth"
	"warta/internal/config"
	"warta/internal/slug"
	"warta/internal/store/sqlite"
)

// openStore opens the database a store-only command names.
func openStore(ctx context.Context, cfg config.Config) (*sqlite.Store, error) {
	kind, target := cfg.DBKind()
	if kind != "sqlite" {
		return nil, usageError{fmt.Errorf("--db %s: PostgreSQL support is not built yet; use sqlite:PATH", kind)}
	}
	return sqlite.Open(ctx, target)
}

// runUser dispatches `warta user …`.
func runUser(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "create" {
		fmt.Fprintln(stderr, "usage: warta user create --email E --name N --role administrator|editor|author|contributor [--password-file F]")
		return usageError{errors.New("unknown or missing user command")}
	}
	var email, name, role, passwordFile string
	cfg, err := config.LoadStore("user create", args[1:], getenv, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&email, "email", "", "e-mail address, used to sign in")
		fs.StringVar(&name, "name", "", "full name, shown as the byline")
		fs.StringVar(&role, "role", "", "administrator, editor, author or contributor")
		fs.StringVar(&passwordFile, "password-file", "", "read the password from this file instead of a prompt")
	})
	if err != nil {
		return usageError{err}
	}
	u := &warta.User{Email: warta.NormalizeEmail(email), Name: strings.TrimSpace(name), Role: warta.Role(role)}
	if err := u.Validate(); err != nil {
		return usageError{err}
	}
	password, err := readPassword(passwordFile, stdin, stderr)
	if err != nil {
		return err
	}
	if u.PasswordHash, err = auth.HashPassword(password, auth.DefaultParams); err != nil {
		return usageError{err}
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	err = store.Update(ctx, func(tx warta.Tx) error {
		// Every account writes under a public byline of its own name.
		base := slug.Make(u.Name)
		person := &warta.Person{Name: u.Name, Email: u.Email, Title: roleTitle(u.Role)}
		person.Slug = slug.Unique(base, func(s string) bool {
			_, err := tx.FindPersonBySlug(ctx, s)
			return err == nil
		})
		if err := tx.CreatePerson(ctx, person); err != nil {
			return err
		}
		u.PersonID = person.ID
		if err := tx.CreateUser(ctx, u); err != nil {
			return err
		}
		return tx.AddAudit(ctx, &warta.AuditEntry{Action: "user_create", Subject: fmt.Sprintf("user:%d", u.ID), Detail: "cli: " + string(u.Role)})
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created %s <%s> as %s (user %d)\n", u.Name, u.Email, u.Role, u.ID)
	return nil
}

// roleTitle is the default byline title for a role.
func roleTitle(r warta.Role) string {
	switch r {
	case warta.RoleEditor:
		return "Redaktur"
	case warta.RoleContributor:
		return "Kontributor"
	default:
		return "Jurnalis"
	}
}

// readPassword reads the password from a file, from a terminal prompt
// without echo, or from the first line of standard input.
func readPassword(file string, stdin io.Reader, stderr io.Writer) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", usageError{fmt.Errorf("--password-file: %w", err)}
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(stderr, "Password: ")
		first, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprint(stderr, "Again: ")
		second, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		if string(first) != string(second) {
			return "", usageError{errors.New("the passwords differ")}
		}
		return string(first), nil
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && line == "" {
		return "", usageError{errors.New("no password given: use a terminal, --password-file, or one line on standard input")}
	}
	return strings.TrimRight(line, "\r\n"), nil
}
