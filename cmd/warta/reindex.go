package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/schollz/progressbar/v3"

	"warta"
	"warta/internal/config"
	"warta/internal/editorial"
	"warta/internal/i18n"
)

const reindexUsage = `usage: warta reindex [--data DIR] [--db sqlite:PATH|postgres://…]

Rebuilds the search index of every article, then the similar lists. The
database must exist: a --data or --db with none is refused.`

// reindexBatch is how many articles one transaction re-indexes.
const reindexBatch = 200

// runReindex rebuilds the search index of every article, then the kept
// similar lists, with a progress bar on stderr.
func runReindex(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := config.LoadStore("reindex", args, getenv, stderr, func(fs *flag.FlagSet) {
		fs.Usage = func() { fmt.Fprintln(fs.Output(), reindexUsage+"\n\nFlags:"); fs.PrintDefaults() }
	})
	if err != nil {
		return flagError(err)
	}
	store, err := openExistingStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	var ids []int64
	err = store.View(ctx, func(tx warta.ReadTx) error {
		list, err := tx.FindArticleLinks(ctx, warta.ArticleFilter{Order: warta.OrderOldest})
		for _, a := range list {
			ids = append(ids, a.ID)
		}
		return err
	})
	if err != nil {
		return err
	}
	bar := progressbar.NewOptions(len(ids), progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("reindex"),
		progressbar.OptionShowCount(), progressbar.OptionThrottle(100_000_000), progressbar.OptionClearOnFinish())
	for start := 0; start < len(ids); start += reindexBatch {
		batch := ids[start:min(start+reindexBatch, len(ids))]
		if err := store.Update(ctx, func(tx warta.Tx) error {
			for _, id := range batch {
				if err := tx.ReindexArticle(ctx, id); err != nil {
					return fmt.Errorf("article %d: %w", id, err)
				}
			}
			return nil
		}); err != nil {
			return err
		}
		bar.Add(len(batch))
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	bar.Finish()
	if err := store.Update(ctx, func(tx warta.Tx) error { return tx.OptimizeSearch(ctx) }); err != nil {
		return err
	}
	// With the whole index current, each story's similar list is found
	// again (published ones; RefreshSimilarAll skips the rest).
	bar = progressbar.NewOptions(len(ids), progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("similar"),
		progressbar.OptionShowCount(), progressbar.OptionThrottle(100_000_000), progressbar.OptionClearOnFinish())
	if err := editorial.RefreshSimilarAll(ctx, store, ids, func(done int) { bar.Set(done) }); err != nil {
		return err
	}
	bar.Finish()
	// Search pages and similar lists the nodes cached were ranked by the
	// old index.
	announce(store, stderr, i18n.ID)
	fmt.Fprintf(stdout, "re-indexed %d articles\n", len(ids))
	return nil
}
