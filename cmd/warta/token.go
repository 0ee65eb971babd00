package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"warta"
	"warta/internal/auth"
	"warta/internal/config"
)

// runToken dispatches `warta token create --email E`, which prints a new
// API token for the account, alone on stdout.
func runToken(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "create" {
		fmt.Fprintln(stderr, "usage: warta token create --email E [--name LABEL]")
		return usageError{errors.New("unknown or missing token command")}
	}
	var email, name string
	cfg, err := config.LoadStore("token create", args[1:], getenv, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&email, "email", "", "the account the token acts as")
		fs.StringVar(&name, "name", "cli", "a label to recognise the token by")
	})
	if err != nil {
		return usageError{err}
	}
	if email == "" {
		return usageError{errors.New("--email is required")}
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	plain, hash, err := auth.NewToken("wrt_")
	if err != nil {
		return err
	}
	err = store.Update(ctx, func(tx warta.Tx) error {
		u, err := tx.FindUserByEmail(ctx, email)
		if warta.IsNotFound(err) {
			return usageError{fmt.Errorf("no account with e-mail %s", warta.NormalizeEmail(email))}
		}
		if err != nil {
			return err
		}
		if u.Disabled {
			return usageError{fmt.Errorf("account %s is disabled", u.Email)}
		}
		t := &warta.Token{TokenHash: hash, UserID: u.ID, Name: name}
		if err := tx.CreateToken(ctx, t); err != nil {
			return err
		}
		return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "token_create", Subject: fmt.Sprintf("user:%d", u.ID), Detail: name})
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, plain)
	return nil
}
