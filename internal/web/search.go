package web

import (
	"context"

	"warta"
)

// Search runs a reader's search: every word must match, and when that
// finds nothing for a query of several words, any word may. relaxed says
// which one answered.
func Search(ctx context.Context, tx warta.ReadTx, f warta.SearchFilter) (list []*warta.Article, total int, relaxed bool, err error) {
	if len(f.Terms) == 0 {
		return nil, 0, false, nil
	}
	if list, total, err = tx.SearchArticles(ctx, f); err != nil || total > 0 || len(f.Terms) < 2 {
		return list, total, false, err
	}
	f.Any = true
	list, total, err = tx.SearchArticles(ctx, f)
	return list, total, true, err
}
