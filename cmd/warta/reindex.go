package main

import (
	"context"
	"fmt"
	"io"

	"github.com/schollz/progressbar/v3"

	"warta"
	"warta/internal/config"
	"warta/internal/editorial"
	"warta/internal/i18n"
)

// reindexBatch is how many articles one transaction re-indexes.
const reindexBatch = 200

// runReindex rebuilds the search index of every article, then the kept
// similar lists, with a progress bar on stderr.
func runReindex(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := config.LoadStore("reindex", args, getenv, stderr, nil)
	if err != nil {
		return usageError{err}
	}
	store, err := openExistingStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	var ids []int64
	err = store.View(ctx, func(tx warta.ReadTx) error {
		list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Order: warta.OrderOldest})
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
