package importer

import (
	"context"
	"errors"
	"strings"

	"warta"
	"warta/internal/body"
)

// errDryRun rolls back a dry run's transaction: it reads what a real run
// would read, and anything it might have written is discarded.
var errDryRun = errors.New("dry run")

// write runs fn in a transaction of its own; in a dry run the
// transaction is always rolled back.
func (r *run) write(ctx context.Context, fn func(tx warta.Tx) error) error {
	err := r.im.Store.Update(ctx, func(tx warta.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		if r.opt.DryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		return nil
	}
	return err
}

// redirect adds a 301 from an old path to a new one, when the old path is
// one a redirect may start from and differs from the new one. A path the
// rules refuse (a space, the newsroom's prefix …) is skipped: Warta would
// not answer it from a redirect anyway.
func (r *run) redirect(ctx context.Context, tx warta.Tx, from, to string) {
	if from == "" || strings.TrimSuffix(from, "/") == strings.TrimSuffix(to, "/") || r.opt.DryRun {
		return
	}
	red := &warta.Redirect{From: strings.TrimSuffix(from, "/"), To: to}
	if red.Validate() != nil {
		return
	}
	if old, err := tx.FindRedirect(ctx, red.From); err == nil && old == to {
		r.report.count(kindRedirect, outcomeUnchanged)
		return
	}
	if err := tx.CreateRedirect(ctx, red); err != nil {
		r.report.note(0, red.From, "import.redirect_failed", err)
		return
	}
	r.report.count(kindRedirect, outcomeImported)
}

// plainTitle is a WordPress title as text: titles may hold markup
// ("Judul <em>miring</em>") and entities.
func plainTitle(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = body.PlainText(s) // which decodes entities once
	}
	return strings.Join(strings.Fields(s), " ")
}
