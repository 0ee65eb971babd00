package editorial

import (
	"context"
	"fmt"
	"time"

	"warta"
	"warta/internal/slug"
)

// Create writes a new article owned by u, in status to (draft when
// empty; "scheduled" needs publishAt). It runs in one transaction: an
// article u may not put in that status is not created at all.
func (s *Service) Create(ctx context.Context, u *warta.User, in Input, to warta.Status, publishAt time.Time) (*warta.Article, error) {
	if err := warta.Check(u, warta.ActionCreate, nil); err != nil {
		return nil, err
	}
	clean(&in)
	var a *warta.Article
	var events []warta.Event
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		a = &warta.Article{Label: warta.LabelBerita, Status: warta.StatusDraft, OwnerID: u.ID}
		up := in.update(0)
		up.Apply(a)
		if (in.AuthorIDs == nil || len(*in.AuthorIDs) == 0) && u.PersonID != 0 {
			a.AuthorIDs = []int64{u.PersonID}
		}
		base := slug.Make(a.Title)
		if in.Slug != nil && *in.Slug != "" {
			base = slug.Make(*in.Slug)
		}
		var err error
		if a.Slug, err = uniqueSlug(ctx, tx, base, 0); err != nil {
			return err
		}
		if err := tx.CreateArticle(ctx, a); err != nil {
			return err
		}
		if err := revision(ctx, tx, u, a, ""); err != nil {
			return err
		}
		if err := audit(ctx, tx, u, "create", a, a.Title); err != nil {
			return err
		}
		if to != "" && to != warta.StatusDraft {
			ev, err := s.transition(ctx, tx, u, a, to, publishAt)
			if err != nil {
				return err
			}
			events = append(events, ev)
		}
		a, err = tx.FindArticleByID(ctx, a.ID)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.notify(append(events, warta.Event{Kind: warta.EventArticleChanged, ArticleID: a.ID})...)
	return a, nil
}

// staleError is the conflict a save or move from an old version gets.
func staleError(id int64, version, current int) error {
	return &warta.Error{Code: warta.ECONFLICT, Key: "error.version_conflict",
		Message: fmt.Sprintf("article %d is at version %d, the save started from %d; the text was kept as a revision", id, current, version)}
}

// Save applies in to article id if version is the one the writer started
// from. A stale save is refused with a conflict, and its text is kept as a
// revision so nothing typed is lost. Saving a published article sets its
// updated time; a changed slug or section leaves a redirect from the old
// address.
func (s *Service) Save(ctx context.Context, u *warta.User, id int64, version int, in Input) (*warta.Article, error) {
	clean(&in)
	var a *warta.Article
	stale := 0
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		if err := warta.Check(u, warta.ActionEdit, cur); err != nil {
			return err
		}
		if version != cur.Version {
			stale = cur.Version
			refused, up := *cur, in.update(version)
			up.Apply(&refused)
			refused.Version = version
			return revision(ctx, tx, u, &refused, fmt.Sprintf("refused: stale version %d (current %d)", version, cur.Version))
		}
		up := in.update(version)
		if in.Slug != nil && *in.Slug == "" {
			// An emptied slug is made again from the title, unless readers
			// already know the address.
			if cur.PublishedAt.IsZero() {
				title := cur.Title
				if in.Title != nil {
					title = *in.Title
				}
				in.Slug = &title
			} else {
				up.Slug, in.Slug = nil, nil
			}
		}
		if in.Slug != nil {
			next, err := uniqueSlug(ctx, tx, slug.Make(*in.Slug), id)
			if err != nil {
				return err
			}
			up.Slug = &next
		}
		if in.AuthorIDs != nil && len(*in.AuthorIDs) == 0 && u.PersonID != 0 {
			mine := []int64{u.PersonID}
			up.AuthorIDs = &mine
		}
		if cur.Status == warta.StatusPublished {
			now := s.now()
			up.UpdatedAt = &now
		}
		if a, err = tx.UpdateArticle(ctx, id, up); err != nil {
			return err
		}
		if cur.Status == warta.StatusPublished {
			if err := s.redirectMoved(ctx, tx, cur, a); err != nil {
				return err
			}
		}
		if err := revision(ctx, tx, u, a, ""); err != nil {
			return err
		}
		return audit(ctx, tx, u, "save", a, "")
	})
	if err != nil {
		return nil, err
	}
	if stale != 0 {
		return nil, staleError(id, version, stale)
	}
	s.notify(warta.Event{Kind: warta.EventArticleChanged, ArticleID: id})
	return a, nil
}

// redirectMoved keeps a published article's old address working after
// its slug or section changed.
func (s *Service) redirectMoved(ctx context.Context, tx warta.Tx, before, after *warta.Article) error {
	settings, err := tx.FindSettings(ctx)
	if err != nil {
		return err
	}
	loc := settings.Location()
	from, to := before.Path(loc), after.Path(loc)
	if from == to {
		return nil
	}
	return tx.CreateRedirect(ctx, from, to)
}

// actionFor is the permission a move to a status needs.
func actionFor(to warta.Status) warta.Action {
	switch to {
	case warta.StatusReview:
		return warta.ActionSubmit
	case warta.StatusScheduled:
		return warta.ActionSchedule
	case warta.StatusPublished:
		return warta.ActionPublish
	case warta.StatusUnpublished:
		return warta.ActionUnpublish
	default:
		return warta.ActionEdit
	}
}

// Transition moves article id to status to: submit for review, schedule
// (publishAt in the future), publish now, unpublish, or back to draft.
func (s *Service) Transition(ctx context.Context, u *warta.User, id int64, version int, to warta.Status, publishAt time.Time) (*warta.Article, error) {
	var a *warta.Article
	var ev warta.Event
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		if version != cur.Version {
			return staleError(id, version, cur.Version)
		}
		if ev, err = s.transition(ctx, tx, u, cur, to, publishAt); err != nil {
			return err
		}
		a, err = tx.FindArticleByID(ctx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.notify(ev)
	return a, nil
}

// transition is Transition inside a transaction; u nil is the system
// (the scheduler), which may publish what was scheduled.
func (s *Service) transition(ctx context.Context, tx warta.Tx, u *warta.User, a *warta.Article, to warta.Status, publishAt time.Time) (warta.Event, error) {
	if u != nil {
		if err := warta.Check(u, actionFor(to), a); err != nil {
			return warta.Event{}, err
		}
	}
	if err := warta.CheckTransition(a.Status, to); err != nil {
		return warta.Event{}, err
	}
	now := s.now()
	up := warta.ArticleUpdate{Version: a.Version, Status: &to}
	zero := time.Time{}
	kind := warta.EventArticleChanged
	switch to {
	case warta.StatusScheduled:
		if !publishAt.After(now) {
			return warta.Event{}, &warta.Error{Code: warta.EINVALID, Key: "error.publish_at_past", Message: "a schedule needs a time in the future"}
		}
		at := publishAt.UTC()
		up.PublishAt = &at
	case warta.StatusPublished:
		up.PublishAt = &zero
		if a.PublishedAt.IsZero() {
			up.PublishedAt = &now
		} else if a.Status == warta.StatusUnpublished {
			up.UpdatedAt = &now
		}
		kind = warta.EventArticlePublished
	case warta.StatusUnpublished:
		kind = warta.EventArticleRemoved
	case warta.StatusDraft, warta.StatusReview:
		up.PublishAt = &zero
	}
	next, err := tx.UpdateArticle(ctx, a.ID, up)
	if err != nil {
		return warta.Event{}, err
	}
	detail := ""
	if to == warta.StatusScheduled {
		detail = publishAt.UTC().Format(time.RFC3339)
	}
	if err := audit(ctx, tx, u, string(to), next, detail); err != nil {
		return warta.Event{}, err
	}
	*a = *next
	return warta.Event{Kind: kind, ArticleID: a.ID}, nil
}

// PublishDue publishes every scheduled article whose time has come, each
// in its own transaction, and returns how many it published. It is the
// same path a human publish takes, so caches and feeds react alike; a
// restart that missed the moment catches up on the next call.
func (s *Service) PublishDue(ctx context.Context) (int, error) {
	now := s.now()
	var due []*warta.Article
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		due, _, err = tx.FindArticles(ctx, warta.ArticleFilter{DueBy: &now, Order: warta.OrderOldest, Limit: 100, NoTotal: true})
		return err
	})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, d := range due {
		var ev warta.Event
		err := s.Store.Update(ctx, func(tx warta.Tx) error {
			a, err := tx.FindArticleByID(ctx, d.ID)
			if err != nil {
				return err
			}
			if a.Status != warta.StatusScheduled || a.PublishAt.After(now) {
				return nil // published or rescheduled meanwhile
			}
			ev, err = s.transition(ctx, tx, nil, a, warta.StatusPublished, time.Time{})
			return err
		})
		if err != nil {
			return n, fmt.Errorf("publish scheduled article %d: %w", d.ID, err)
		}
		if ev.Kind != "" {
			n++
			s.notify(ev)
		}
	}
	return n, nil
}

// Correct adds a visible correction or update note to a published article
// and sets its updated time.
func (s *Service) Correct(ctx context.Context, u *warta.User, id int64, kind warta.CorrectionKind, note string) (*warta.Article, error) {
	var a *warta.Article
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		if err := warta.Check(u, warta.ActionEdit, cur); err != nil {
			return err
		}
		if cur.Status != warta.StatusPublished {
			return &warta.Error{Code: warta.EINVALID, Key: "error.correct_unpublished", Message: "only a published article takes a correction note"}
		}
		now := s.now()
		if err := tx.AddCorrection(ctx, &warta.Correction{ArticleID: id, Kind: kind, Note: note, CreatedAt: now}); err != nil {
			return err
		}
		if a, err = tx.UpdateArticle(ctx, id, warta.ArticleUpdate{Version: cur.Version, UpdatedAt: &now}); err != nil {
			return err
		}
		return audit(ctx, tx, u, "correct", a, note)
	})
	if err != nil {
		return nil, err
	}
	s.notify(warta.Event{Kind: warta.EventArticleChanged, ArticleID: id})
	return a, nil
}

// Restore saves a revision's text as the article's current text.
func (s *Service) Restore(ctx context.Context, u *warta.User, id int64, version int, revisionID int64) (*warta.Article, error) {
	var r *warta.Revision
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		r, err = tx.FindRevision(ctx, revisionID)
		return err
	})
	if err != nil {
		return nil, err
	}
	if r.ArticleID != id {
		return nil, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "revision of another article"}
	}
	return s.Save(ctx, u, id, version, Input{Title: &r.Title, Dek: &r.Dek, BodyHTML: &r.BodyHTML})
}

// Delete removes an article for good.
func (s *Service) Delete(ctx context.Context, u *warta.User, id int64) error {
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		a, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		if err := warta.Check(u, warta.ActionDelete, a); err != nil {
			return err
		}
		if err := tx.DeleteArticle(ctx, id); err != nil {
			return err
		}
		return audit(ctx, tx, u, "delete", a, a.Title)
	})
	if err != nil {
		return err
	}
	s.notify(warta.Event{Kind: warta.EventArticleRemoved, ArticleID: id})
	return nil
}

// CheckMove reports whether u may move article a to status to, without
// changing anything: for callers that must refuse before they save.
func CheckMove(u *warta.User, a *warta.Article, to warta.Status) error {
	if err := warta.Check(u, actionFor(to), a); err != nil {
		return err
	}
	return warta.CheckTransition(a.Status, to)
}

// SaveAndMove saves in and then, if to names another status, moves the
// article there. A move u may not make is refused before anything is
// saved, so a refused publish leaves the article as it was.
func (s *Service) SaveAndMove(ctx context.Context, u *warta.User, id int64, version int, in Input, to warta.Status, publishAt time.Time) (*warta.Article, error) {
	if to != "" {
		var cur *warta.Article
		err := s.Store.View(ctx, func(tx warta.ReadTx) error {
			var err error
			cur, err = tx.FindArticleByID(ctx, id)
			return err
		})
		if err != nil {
			return nil, err
		}
		if cur.Status != to {
			if err := CheckMove(u, cur, to); err != nil {
				return nil, err
			}
		}
	}
	a, err := s.Save(ctx, u, id, version, in)
	if err != nil || to == "" || to == a.Status {
		return a, err
	}
	return s.Transition(ctx, u, id, a.Version, to, publishAt)
}
