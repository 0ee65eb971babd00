// Command warta is the Warta newsroom publishing system: one binary that
// serves the public news site and, in later commands, manages it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	_ "time/tzdata"

	"warta/internal/web" // the site's zone must work on machines without tzdata
)

func main() {
	// On one CPU (a small VM, or a server pinned with taskset) Go runs with
	// GOMAXPROCS=1, and under load some connections then wait seconds while
	// others are served: measured p99 of 950 ms against 71 ms with two Ps
	// at the same throughput (bench/RESULTS.md). Two Ps keep it fair.
	if os.Getenv("GOMAXPROCS") == "" && runtime.GOMAXPROCS(0) < 2 {
		runtime.GOMAXPROCS(2)
	}
	// Packages that log with slog's functions and a request's context
	// (slog.WarnContext(r.Context(), …)) write its request id too.
	slog.SetDefault(slog.New(web.ContextHandler{Handler: slog.NewTextHandler(os.Stderr, nil)}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := Run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "warta:", err)
		}
		os.Exit(exitCode(err))
	}
}

// usageError marks errors in how the command was called (exit status 2).
type usageError struct{ error }

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

const usage = `Warta: a newsroom publishing system.

Usage:
  warta serve [--addr HOST:PORT] [--db sqlite:PATH|postgres://…] [--data DIR] [--base-url URL] [--demo] [--metrics-public]
  warta user create --email E --name N --role administrator|editor|author|contributor [--password-file F]
  warta token create --email E [--name LABEL]
  warta token list [--email E]
  warta token revoke --id N
  warta reindex [--db sqlite:PATH] [--data DIR]
  warta import wxr FILE [--uploads DIR] [--dry-run] [--accounts] [--db sqlite:PATH] [--data DIR]
  warta migrate-db --from sqlite:PATH --to postgres://…
  warta demo --articles N [--lang id|en] [--db sqlite:PATH|postgres://…] [--data DIR]
  warta backup FILE [--data DIR | --db sqlite:PATH]
  warta restore FILE --data DIR

Commands:
  serve   serve the public news site
  user    create newsroom accounts
  token   create (printed alone on stdout), list and revoke API tokens
  reindex rebuild the search index
  import  move a WordPress site in from its export, with photos and redirects
  migrate-db  copy a whole site from SQLite to PostgreSQL
  demo    fill an empty database with N generated stories (benchmarks)
  backup  write the database and media, while serving, into one archive
  restore unpack a backup into a new data directory, checked

serve, demo, user create and import make a new database when there is
none; reindex and token refuse a --data or --db with no database.

Run "warta help COMMAND" (or "warta COMMAND --help") for its flags.`

// helpAsked reports whether a command line asks for help: -h, -help or
// --help before any "--".
func helpAsked(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// Run dispatches a command line; it returns when the command is done or
// ctx is cancelled.
func Run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return usageError{errors.New("no command given")}
	}
	// `warta help COMMAND [SUB]` is `warta COMMAND [SUB] --help`; asked
	// for, a command's help goes to stdout (for a pager), not stderr.
	if args[0] == "help" && len(args) > 1 {
		args = append(append([]string{}, args[1:]...), "--help")
	}
	if helpAsked(args) {
		stderr = stdout
	}
	switch args[0] {
	case "serve":
		m, err := NewMain(ctx, args[1:], getenv, stderr)
		if errors.Is(err, flag.ErrHelp) {
			return nil // the flags are printed
		}
		if err != nil {
			return err
		}
		defer m.Close()
		return m.Serve(ctx)
	case "user":
		return runUser(ctx, args[1:], getenv, stdin, stdout, stderr)
	case "token":
		return runToken(ctx, args[1:], getenv, stdout, stderr)
	case "reindex":
		return runReindex(ctx, args[1:], getenv, stdout, stderr)
	case "import":
		return runImport(ctx, args[1:], getenv, stdout, stderr)
	case "migrate-db":
		return runMigrateDB(ctx, args[1:], stdout, stderr)
	case "demo":
		return runDemo(ctx, args[1:], getenv, stdout, stderr)
	case "backup":
		return runBackup(ctx, args[1:], getenv, stdout, stderr)
	case "restore":
		return runRestore(ctx, args[1:], getenv, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	default:
		fmt.Fprintln(stderr, usage)
		return usageError{fmt.Errorf("unknown command %q", args[0])}
	}
}
