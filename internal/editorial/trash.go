package editorial

import (
	"context"
	"fmt"
	"strings"
	"time"

	"warta"
)

// Delete moves article id to the trash (see Trash): nothing is deleted at
// once, by the newsroom's button or by the API.
func (s *Service) Delete(ctx context.Context, u *warta.User, id int64) error {
	_, err := s.Trash(ctx, u, id)
	return err
}

// Trash moves article id to the trash: off the site (a story readers saw
// answers 410 Gone), out of the workflow, restorable for
// warta.TrashRetention, and recorded with who put it there, when and from
// which status.
func (s *Service) Trash(ctx context.Context, u *warta.User, id int64) (*warta.Article, error) {
	var a *warta.Article
	var ev warta.Event
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		if cur.Status == warta.StatusTrashed {
			return &warta.Error{Code: warta.EINVALID, Key: "error.already_trashed", Message: "the article is already in the trash"}
		}
		if err := warta.Check(u, warta.ActionDelete, cur); err != nil {
			return err
		}
		to := warta.StatusTrashed
		by := int64(0)
		if u != nil {
			by = u.ID
		}
		up := warta.ArticleUpdate{Version: cur.Version, Status: &to,
			Trashed: &warta.Trashing{At: s.now(), By: by, From: cur.Status}}
		if a, err = tx.UpdateArticle(ctx, id, up); err != nil {
			return err
		}
		ev = warta.ArticleEvent(warta.EventArticleRemoved, id, cur, a)
		return audit(ctx, tx, u, "trash", a, a.Title)
	})
	if err != nil {
		return nil, err
	}
	s.notify(ev)
	return a, nil
}

// Untrash takes article id out of the trash, to the status
// warta.RestoreStatus gives: the one it had, except that a live story
// comes back withdrawn and a scheduled one as a draft.
func (s *Service) Untrash(ctx context.Context, u *warta.User, id int64) (*warta.Article, error) {
	var a *warta.Article
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		if cur.Status != warta.StatusTrashed {
			return &warta.Error{Code: warta.EINVALID, Key: "error.not_trashed", Message: "the article is not in the trash"}
		}
		if err := warta.Check(u, warta.ActionRestore, cur); err != nil {
			return err
		}
		to := warta.RestoreStatus(cur)
		up := warta.ArticleUpdate{Version: cur.Version, Status: &to, Trashed: &warta.Trashing{}}
		if a, err = tx.UpdateArticle(ctx, id, up); err != nil {
			return err
		}
		return audit(ctx, tx, u, "untrash", a, string(to))
	})
	if err != nil {
		return nil, err
	}
	s.notify(warta.ArticleEvent(warta.EventArticleChanged, id, nil, a)) // a trashed article was not public
	return a, nil
}

// Purge deletes a trashed article for good. Only editors and
// administrators purge; a story readers once saw leaves a tombstone, so its
// address answers 410 Gone for ever (and the redirects that led to it lead
// there still).
func (s *Service) Purge(ctx context.Context, u *warta.User, id int64) error {
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		a, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		if a.Status != warta.StatusTrashed {
			return &warta.Error{Code: warta.EINVALID, Key: "error.not_trashed", Message: "only an article in the trash can be deleted for good"}
		}
		if err := warta.Check(u, warta.ActionPurge, a); err != nil {
			return err
		}
		return s.purge(ctx, tx, u, a)
	})
	if err != nil {
		return err
	}
	s.notify(warta.ArticleEvent(warta.EventArticleRemoved, id, nil, nil)) // trashed: not public before either
	return nil
}

// purge is Purge inside a transaction, for u (nil: the housekeeping job).
func (s *Service) purge(ctx context.Context, tx warta.Tx, u *warta.User, a *warta.Article) error {
	if !a.PublishedAt.IsZero() {
		loc, err := siteLocation(ctx, tx)
		if err != nil {
			return err
		}
		if err := tx.CreateTombstone(ctx, &warta.Tombstone{Path: a.Path(loc)}); err != nil {
			return err
		}
	}
	if err := tx.DeleteArticle(ctx, a.ID); err != nil {
		return err
	}
	return audit(ctx, tx, u, "purge", a, a.Title)
}

// purgeBatch bounds the articles one purging call deletes, so that the
// writer is never held long; the rest wait for the next call.
const purgeBatch = 100

// EmptyTrash deletes for good up to purgeBatch articles in the trash and
// returns how many; only editors and administrators empty the trash.
func (s *Service) EmptyTrash(ctx context.Context, u *warta.User) (int, error) {
	if err := warta.Check(u, warta.ActionPurge, nil); err != nil {
		return 0, err
	}
	trashed := warta.StatusTrashed
	return s.purgeWhere(ctx, u, warta.ArticleFilter{Status: &trashed})
}

// PurgeExpired deletes for good up to purgeBatch articles that have been
// in the trash for warta.TrashRetention: the housekeeping job's work.
//
// Every node runs the housekeeper; one purges at a time (PurgeClaim), and
// the others find nothing to do, rather than failing on the tombstones
// and deletions of the same articles.
func (s *Service) PurgeExpired(ctx context.Context) (int, error) {
	ok, release, err := claim(ctx, s.Store, PurgeClaim, nodeID, 5*time.Minute)
	if err != nil || !ok {
		return 0, err
	}
	defer release()
	cutoff := s.now().Add(-warta.TrashRetention)
	return s.purgeWhere(ctx, nil, warta.ArticleFilter{TrashedBefore: &cutoff})
}

func (s *Service) purgeWhere(ctx context.Context, u *warta.User, f warta.ArticleFilter) (int, error) {
	f.Order, f.Limit, f.NoTotal = warta.OrderModifiedOldest, purgeBatch, true
	var ids []int64
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		list, _, err := tx.FindArticles(ctx, f)
		if err != nil {
			return err
		}
		for _, l := range list {
			a, err := tx.FindArticleByID(ctx, l.ID)
			if err != nil {
				return err
			}
			if err := s.purge(ctx, tx, u, a); err != nil {
				return fmt.Errorf("purge article %d: %w", a.ID, err)
			}
			ids = append(ids, a.ID)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		s.notify(warta.ArticleEvent(warta.EventArticleRemoved, id, nil, nil))
	}
	return len(ids), nil
}

// Bulk actions on several articles at once.
const (
	BulkSubmit    = "submit"
	BulkPublish   = "publish"
	BulkUnpublish = "unpublish"
	BulkTrash     = "trash"
	BulkRestore   = "restore"
	BulkPurge     = "purge"
)

// MaxBulk bounds the articles of one bulk action.
const MaxBulk = 100

// BulkResult is what a bulk action did to one article: Err is nil when it
// was done, or says why it was refused.
type BulkResult struct {
	ID    int64
	Title string
	Err   error
}

// Bulk applies action to each article of ids, each in its own transaction
// and with its own permission check, so that one refusal stops nothing
// else; reason is the withdrawal notice for BulkUnpublish (required, as
// in the newsroom). An unknown action or too many articles is refused as
// a whole, with nothing done.
func (s *Service) Bulk(ctx context.Context, u *warta.User, action string, ids []int64, reason string) ([]BulkResult, error) {
	var do func(a *warta.Article) error
	move := func(to warta.Status, reason string) func(a *warta.Article) error {
		return func(a *warta.Article) error {
			if a.Status == warta.StatusTrashed {
				return &warta.Error{Code: warta.EINVALID, Key: "error.already_trashed", Message: "the article is in the trash"}
			}
			if err := warta.Check(u, actionFor(to), a); err != nil {
				return err
			}
			if a.Status == to {
				return &warta.Error{Code: warta.EINVALID, Key: "error.bulk_same", Message: "the article is already there"}
			}
			_, err := s.move(ctx, u, a.ID, a.Version, Move{To: to, Reason: reason, ReasonRequired: to == warta.StatusUnpublished})
			return err
		}
	}
	switch action {
	case BulkSubmit:
		do = move(warta.StatusReview, "")
	case BulkPublish:
		do = move(warta.StatusPublished, "")
	case BulkUnpublish:
		do = move(warta.StatusUnpublished, strings.TrimSpace(reason))
	case BulkTrash:
		do = func(a *warta.Article) error { _, err := s.Trash(ctx, u, a.ID); return err }
	case BulkRestore:
		do = func(a *warta.Article) error { _, err := s.Untrash(ctx, u, a.ID); return err }
	case BulkPurge:
		do = func(a *warta.Article) error { return s.Purge(ctx, u, a.ID) }
	default:
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.bulk_action", Message: "unknown bulk action " + action}
	}
	if len(ids) == 0 {
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.bulk_none", Message: "choose at least one article"}
	}
	if len(ids) > MaxBulk {
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.bulk_too_many", Args: []any{MaxBulk}, Message: "too many articles at once"}
	}
	results := make([]BulkResult, 0, len(ids))
	seen := map[int64]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		r := BulkResult{ID: id}
		var a *warta.Article
		r.Err = s.Store.View(ctx, func(tx warta.ReadTx) error {
			var err error
			a, err = tx.FindArticleByID(ctx, id)
			return err
		})
		if r.Err == nil {
			r.Title = a.Title
			r.Err = do(a)
		}
		if r.Err != nil && warta.ErrorCode(r.Err) == warta.EINTERNAL {
			return results, fmt.Errorf("bulk %s article %d: %w", action, id, r.Err)
		}
		results = append(results, r)
	}
	return results, nil
}
