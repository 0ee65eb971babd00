package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"golang.org/x/term"

	"warta"
	"warta/internal/config"
	"warta/internal/editorial"
	"warta/internal/store/postgres"
	"warta/internal/store/sqlite"
)

// backend is a database the commands run on: SQLite or PostgreSQL.
type backend interface {
	warta.Store
	// Exec runs a statement outside the store's methods (tests, repairs).
	Exec(ctx context.Context, query string, args ...any) error
	// Ready reports whether the database answers and every migration
	// this binary carries is applied (/readyz).
	Ready(ctx context.Context) error
	Close() error
}

// openStore opens the database a command names: sqlite:PATH or a
// postgres:// URL.
func openStore(ctx context.Context, cfg config.Config) (backend, error) {
	kind, target := cfg.DBKind()
	if kind == "postgres" {
		s, err := postgres.Open(ctx, target)
		if err != nil {
			return nil, fmt.Errorf("--db: cannot use PostgreSQL at %s: %w", cfg.DBKindName(), err)
		}
		return s, nil
	}
	s, err := sqlite.Open(ctx, target)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// openExistingStore opens the site's database for a command that only
// makes sense on a site that exists (reindex, tokens): a mistyped --data
// or --db must not quietly create an empty database and report success.
func openExistingStore(ctx context.Context, cfg config.Config) (backend, error) {
	if kind, target := cfg.DBKind(); kind == "sqlite" {
		if _, err := os.Stat(target); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no Warta database at %s: check --data or --db (warta serve or warta user create makes a new site)", target)
		}
	}
	return openStore(ctx, cfg)
}

// runUser dispatches `warta user …`.
func runUser(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	const usage = `usage: warta user create --email E --name N --role administrator|editor|author|contributor [--password-file F]

Makes a newsroom account; it creates the database when there is none
(the first administrator of a new site).`
	if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprintln(stdout, usage+"\n\nFlags of user create:")
		args = []string{"create", "--help"}
	}
	if len(args) == 0 || args[0] != "create" {
		fmt.Fprintln(stderr, usage)
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
		return flagError(err)
	}
	in := editorial.NewUser{Email: email, Name: name, Role: warta.Role(role)}
	// Check what can be checked before asking for a password.
	if err := (&warta.User{Email: warta.NormalizeEmail(email), Name: strings.TrimSpace(name), Role: in.Role}).Validate(); err != nil {
		return usageError{err}
	}
	if in.Password, err = readPassword(passwordFile, stdin, stderr); err != nil {
		return err
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	u, err := (&editorial.Service{Store: store}).CreateUser(ctx, editorial.Console(), in)
	if err != nil {
		return cliError(err)
	}
	fmt.Fprintf(stdout, "created %s <%s> as %s (user %d)\n", u.Name, u.Email, u.Role, u.ID)
	return nil
}

// cliError marks the service's refusals of what was asked (bad input, a
// taken address, an unknown record) as usage errors, so the command exits
// with status 2 and the message alone.
func cliError(err error) error {
	switch warta.ErrorCode(err) {
	case warta.EINVALID, warta.ECONFLICT, warta.ENOTFOUND, warta.EFORBIDDEN:
		return usageError{err}
	}
	return err
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
