package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"warta"
	"warta/internal/config"
	"warta/internal/editorial"
)

const tokenUsage = `usage:
  warta token create --email E [--name LABEL] [--scope read|write] [--expires 30d|720h|2027-01-31]
                                                print a new API token, alone on stdout
  warta token list [--email E]                  list tokens (never the tokens themselves)
  warta token revoke ID                         revoke a token at once

The site's database must exist: a --data or --db with none is refused.
Run "warta token SUBCOMMAND --help" for its flags.`

// runToken dispatches `warta token create|list|revoke`. Every change goes
// through the editorial service as the console operator.
func runToken(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, tokenUsage)
		return usageError{errors.New("missing token command")}
	}
	switch args[0] {
	case "create":
		return runTokenCreate(ctx, args[1:], getenv, stdout, stderr)
	case "list":
		return runTokenList(ctx, args[1:], getenv, stdout, stderr)
	case "revoke":
		return runTokenRevoke(ctx, args[1:], getenv, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, tokenUsage)
		return nil
	}
	fmt.Fprintln(stderr, tokenUsage)
	return usageError{fmt.Errorf("unknown token command %q", args[0])}
}

// flagError is nil when the flags asked for help, which the flag set has
// printed: `COMMAND --help` succeeds. Other flag errors are usage errors.
func flagError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return usageError{err}
}

// userByEmail finds the account a command names.
func userByEmail(ctx context.Context, store warta.Store, email string) (*warta.User, error) {
	var u *warta.User
	err := store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		u, err = tx.FindUserByEmail(ctx, email)
		return err
	})
	if warta.IsNotFound(err) {
		return nil, usageError{fmt.Errorf("no account with e-mail %s", warta.NormalizeEmail(email))}
	}
	return u, err
}

func runTokenCreate(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var email, name, scope, expires string
	cfg, err := config.LoadStore("token create", args, getenv, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&email, "email", "", "the account the token acts as")
		fs.StringVar(&email, "user", "", "the same as --email")
		fs.StringVar(&name, "name", "cli", "a label to recognise the token by")
		fs.StringVar(&scope, "scope", "write", "read (GET only) or write")
		fs.StringVar(&expires, "expires", "", "when the token stops working: days (30d), a duration (720h) or a date (2027-01-31, UTC); never if empty")
	})
	if err != nil {
		return flagError(err)
	}
	if email == "" {
		return usageError{errors.New("--email is required")}
	}
	spec := editorial.TokenSpec{Name: name, Scope: warta.TokenScope(scope)}
	if !spec.Scope.Valid() {
		return usageError{fmt.Errorf("--scope %q: use read or write", scope)}
	}
	store, err := openExistingStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	if expires != "" {
		if spec.ExpiresAt, err = parseExpiry(expires, store.Now()); err != nil {
			return usageError{err}
		}
	}
	u, err := userByEmail(ctx, store, email)
	if err != nil {
		return err
	}
	plain, _, err := (&editorial.Service{Store: store}).IssueToken(ctx, editorial.Console(), u.ID, spec)
	if err != nil {
		if warta.ErrorCode(err) == warta.EINVALID {
			return usageError{err}
		}
		return cliError(err)
	}
	fmt.Fprintln(stdout, plain)
	return nil
}

func runTokenList(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var email string
	cfg, err := config.LoadStore("token list", args, getenv, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&email, "email", "", "only this account's tokens")
		fs.StringVar(&email, "user", "", "the same as --email")
	})
	if err != nil {
		return flagError(err)
	}
	store, err := openExistingStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	var userID int64
	if email != "" {
		u, err := userByEmail(ctx, store, email)
		if err != nil {
			return err
		}
		userID = u.ID
	}
	tokens, err := (&editorial.Service{Store: store}).Tokens(ctx, editorial.Console(), userID)
	if err != nil {
		return cliError(err)
	}
	emails := map[int64]string{}
	err = store.View(ctx, func(tx warta.ReadTx) error {
		users, err := tx.FindUsers(ctx)
		for _, u := range users {
			emails[u.ID] = u.Email
		}
		return err
	})
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tACCOUNT\tNAME\tSCOPE\tCREATED\tLAST USED\tEXPIRES")
	now := store.Now()
	for _, t := range tokens {
		exp := stamp(t.ExpiresAt)
		if t.Expired(now) {
			exp += " (expired)"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, emails[t.UserID], t.Name, t.Scope, stamp(t.CreatedAt), stamp(t.LastUsedAt), exp)
	}
	return w.Flush()
}

// parseExpiry reads --expires: a number of days ("30d"), a Go duration
// ("720h") or a date ("2027-01-31", the start of that day in UTC).
func parseExpiry(s string, now time.Time) (time.Time, error) {
	if days, ok := strings.CutSuffix(s, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n > 0 {
			return now.Add(time.Duration(n) * 24 * time.Hour), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return now.Add(d), nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("--expires %q: give days (30d), a duration (720h) or a date (2027-01-31)", s)
}

// stamp prints a time in UTC, or "never".
func stamp(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func runTokenRevoke(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var id int64
	// The ID may also come first, as in `warta token revoke 3`.
	if len(args) > 0 {
		if n, err := strconv.ParseInt(args[0], 10, 64); err == nil {
			id, args = n, args[1:]
		}
	}
	cfg, err := config.LoadStore("token revoke", args, getenv, stderr, func(fs *flag.FlagSet) {
		fs.Int64Var(&id, "id", id, "the token's ID, from warta token list (or give it first)")
	})
	if err != nil {
		return flagError(err)
	}
	if id <= 0 {
		return usageError{errors.New("--id is required: the token's ID, from warta token list")}
	}
	store, err := openExistingStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := (&editorial.Service{Store: store}).RevokeToken(ctx, editorial.Console(), id); err != nil {
		if warta.IsNotFound(err) {
			return usageError{fmt.Errorf("no token with ID %d", id)}
		}
		return cliError(err)
	}
	fmt.Fprintf(stdout, "revoked token %d\n", id)
	return nil
}
