package editorial

import (
	"context"

	"warta"
)

// RefreshSimilar finds the stories most like a and keeps them
// (Tx.SetStoredSimilar), so that the article page reads a short stored
// list instead of ranking the whole archive on its first visit. It is
// called in the transaction that publishes or saves a published story;
// other statuses keep nothing, as no public page shows them.
func RefreshSimilar(ctx context.Context, tx warta.Tx, a *warta.Article) ([]*warta.Article, error) {
	if a.Status != warta.StatusPublished {
		return nil, nil
	}
	list, err := tx.SimilarArticles(ctx, a, a.RelatedIDs, warta.SimilarKept)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(list))
	for i, s := range list {
		ids[i] = s.ID
	}
	return list, tx.SetStoredSimilar(ctx, a.ID, ids)
}

// similarNeighbours is how many of a newly published story's likes have
// their own lists found again: the new story is most likely to belong in
// theirs, and the bound keeps a publish cheap.
const similarNeighbours = 4

// refreshPublished keeps the similar list of a story just published and
// forgets those of the stories most like it, which may now count it among
// theirs: the background job (jobs.Similar) finds them again within its
// next tick, and a page of one of them meanwhile ranks its list as it is
// read, the new story included. Each list is a full-text ranking, tens of
// milliseconds at 100,000 stories: one in the publish rather than five
// keeps the story's way to the home page short.
func refreshPublished(ctx context.Context, tx warta.Tx, a *warta.Article) error {
	list, err := RefreshSimilar(ctx, tx, a)
	if err != nil {
		return err
	}
	for _, s := range list[:min(len(list), similarNeighbours)] {
		if err := tx.ForgetSimilar(ctx, s.ID); err != nil {
			return err
		}
	}
	return nil
}

// similarBatch is how many articles one transaction of RefreshSimilarAll
// covers: short write transactions leave room for the newsroom's.
const similarBatch = 100

// RefreshSimilarAll finds and keeps the similar stories of each of the
// articles ids (those not published are skipped): after an import, which
// writes many stories at once, and by `warta reindex`. progress, when not
// nil, hears how many were done.
func RefreshSimilarAll(ctx context.Context, store warta.Store, ids []int64, progress func(done int)) error {
	for start := 0; start < len(ids); start += similarBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch := ids[start:min(start+similarBatch, len(ids))]
		if err := store.Update(ctx, func(tx warta.Tx) error {
			for _, id := range batch {
				a, err := tx.FindArticleByID(ctx, id)
				if warta.IsNotFound(err) {
					continue // deleted meanwhile
				}
				if err != nil {
					return err
				}
				if _, err := RefreshSimilar(ctx, tx, a); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return err
		}
		if progress != nil {
			progress(start + len(batch))
		}
	}
	return nil
}

// KeepSimilar finds and keeps the similar stories of up to batch
// published stories that have none kept, newest first (the ones readers
// reach first), and returns how many it kept: the background job's step
// after an import or the demo's first start (jobs.Similar).
func (s *Service) KeepSimilar(ctx context.Context, batch int) (int, error) {
	var ids []int64
	if err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		ids, err = tx.ArticlesWithoutSimilar(ctx, batch)
		return err
	}); err != nil {
		return 0, err
	}
	if len(ids) == 0 {
		return 0, nil
	}
	return len(ids), RefreshSimilarAll(ctx, s.Store, ids, nil)
}
