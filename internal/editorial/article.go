package editorial

import (
	"context"
	"fmt"
	"strings"
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
	if in.AuthorIDs != nil {
		if err := warta.CheckByline(u, nil, *in.AuthorIDs); err != nil {
			return nil, err
		}
	}
	clean(&in)
	var a *warta.Article
	var events []warta.Event
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		a = &warta.Article{Label: warta.LabelBerita, Status: warta.StatusDraft, OwnerID: u.ID}
		if err := resolveFollows(ctx, tx, &in); err != nil {
			return err
		}
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
		if err := checkTrust(ctx, tx, nil, a); err != nil {
			return err
		}
		if err := tx.CreateArticle(ctx, a); err != nil {
			return err
		}
		if err := s.revision(ctx, tx, u, a, ""); err != nil {
			return err
		}
		if err := audit(ctx, tx, u, "create", a, a.Title); err != nil {
			return err
		}
		if to != "" && to != warta.StatusDraft {
			ev, err := s.transition(ctx, tx, u, a, Move{To: to, PublishAt: publishAt})
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
	s.notify(append(events, warta.ArticleEvent(warta.EventArticleChanged, a.ID, nil, a))...)
	return a, nil
}

// staleError is the conflict a save or move from an old version gets.
func staleError(id int64, version, current int) error {
	return &warta.Error{Code: warta.ECONFLICT, Key: "error.version_conflict",
		Message: fmt.Sprintf("article %d is at version %d, the save started from %d; the text was kept as a revision", id, current, version)}
}

// Save applies in to article id if version is the one the writer started
// from. A stale save is refused with a *Conflict, and its text is kept as
// a revision so nothing typed is lost. Saving a published article sets
// its updated time; a changed slug or section leaves a redirect from the
// old address.
func (s *Service) Save(ctx context.Context, u *warta.User, id int64, version int, in Input) (*warta.Article, error) {
	clean(&in)
	var a *warta.Article
	var conflict *Conflict
	var ev warta.Event
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		before, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		a, conflict, err = s.save(ctx, tx, u, id, version, in)
		ev = warta.ArticleEvent(warta.EventArticleChanged, id, before, a)
		return err
	})
	if err != nil {
		return nil, err
	}
	if conflict != nil {
		return nil, conflict
	}
	s.notify(ev)
	return a, nil
}

// save is Save inside a transaction. A stale save returns a conflict
// and no error, so the transaction commits the refused text's revision.
func (s *Service) save(ctx context.Context, tx warta.Tx, u *warta.User, id int64, version int, in Input) (*warta.Article, *Conflict, error) {
	cur, err := tx.FindArticleByID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if err := warta.Check(u, warta.ActionEdit, cur); err != nil {
		return nil, nil, err
	}
	// Before the version check: a refused byline is not kept, not even
	// as the revision of a stale save.
	if in.AuthorIDs != nil {
		if err := warta.CheckByline(u, cur.AuthorIDs, *in.AuthorIDs); err != nil {
			return nil, nil, err
		}
	}
	if version != cur.Version {
		c, err := s.refuse(ctx, tx, u, cur, version, in)
		return nil, c, err
	}
	if err := resolveFollows(ctx, tx, &in); err != nil {
		return nil, nil, err
	}
	up := in.update(version)
	next := *cur
	up.Apply(&next)
	if err := checkTrust(ctx, tx, cur, &next); err != nil {
		return nil, nil, err
	}
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
			return nil, nil, err
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
	a, err := tx.UpdateArticle(ctx, id, up)
	if err != nil {
		return nil, nil, err
	}
	if !cur.PublishedAt.IsZero() {
		// Readers know the old address (also of a withdrawn story,
		// which may come back): keep it working.
		if err := s.redirectMoved(ctx, tx, u, cur, a); err != nil {
			return nil, nil, err
		}
	}
	if _, err := RefreshSimilar(ctx, tx, a); err != nil {
		return nil, nil, err
	}
	if err := s.revision(ctx, tx, u, a, ""); err != nil {
		return nil, nil, err
	}
	if err := auditTrust(ctx, tx, u, cur, a); err != nil {
		return nil, nil, err
	}
	return a, nil, audit(ctx, tx, u, "save", a, "")
}

// refuse keeps a stale save's text as a revision and gathers what the
// writer needs to merge it with the article as it is now.
func (s *Service) refuse(ctx context.Context, tx warta.Tx, u *warta.User, cur *warta.Article, version int, in Input) (*Conflict, error) {
	refused, up := *cur, in.update(version)
	up.Apply(&refused)
	refused.Version = version
	mine, err := s.keepRevision(ctx, tx, u, &refused, fmt.Sprintf("refused: stale version %d (current %d)", version, cur.Version), true)
	if err != nil {
		return nil, err
	}
	c := &Conflict{Current: cur, Mine: mine, err: staleError(cur.ID, version, cur.Version).(*warta.Error)}
	if c.Base, err = tx.FindRevisionAt(ctx, cur.ID, version); err != nil && !warta.IsNotFound(err) {
		return nil, err
	}
	return c, nil
}

// redirectMoved keeps an article's old address working after its slug,
// section or publication day changed: the old path answers 301 to the
// new one, and so does every older path that led to the old one (see
// putRedirect).
func (s *Service) redirectMoved(ctx context.Context, tx warta.Tx, u *warta.User, before, after *warta.Article) error {
	loc, err := siteLocation(ctx, tx)
	if err != nil {
		return err
	}
	from, to := before.Path(loc), after.Path(loc)
	if from == to {
		return nil
	}
	r := &warta.Redirect{From: from, To: to}
	if u != nil {
		r.CreatedBy = u.ID
	}
	return putRedirect(ctx, tx, r)
}

// siteLocation is the site's zone, in which article paths are dated.
func siteLocation(ctx context.Context, tx warta.ReadTx) (*time.Location, error) {
	settings, err := tx.FindSettings(ctx)
	if err != nil {
		return nil, err
	}
	return settings.Location(), nil
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

// Move is a change of status: where to, when (for a schedule) and why
// (for a withdrawal: readers see the reason on the article's address).
type Move struct {
	To        warta.Status
	PublishAt time.Time
	Reason    string
	// ReasonRequired refuses a withdrawal without a reason, as the
	// newsroom does (the Dewan Pers cyber-media guideline asks that a
	// takedown be announced with its reason); the API leaves it optional.
	ReasonRequired bool
}

// check refuses a withdrawal that needs a reason and has none.
func (m Move) check() error {
	if m.To == warta.StatusUnpublished && m.ReasonRequired && strings.TrimSpace(m.Reason) == "" {
		return &warta.Error{Code: warta.EINVALID, Key: "error.removal_reason_required", Message: "say why the article is withdrawn"}
	}
	return nil
}

// Transition moves article id to status to: submit for review, schedule
// (publishAt in the future), publish now, unpublish, or back to draft.
func (s *Service) Transition(ctx context.Context, u *warta.User, id int64, version int, to warta.Status, publishAt time.Time) (*warta.Article, error) {
	return s.move(ctx, u, id, version, Move{To: to, PublishAt: publishAt})
}

// Withdraw unpublishes article id with the reason readers will see on
// its address, which answers 410 Gone from then on. The reason is
// required.
func (s *Service) Withdraw(ctx context.Context, u *warta.User, id int64, version int, reason string) (*warta.Article, error) {
	return s.move(ctx, u, id, version, Move{To: warta.StatusUnpublished, Reason: reason, ReasonRequired: true})
}

// findAtVersion reads article id for a change that started from version:
// conflict when someone saved it since.
func findAtVersion(ctx context.Context, tx warta.ReadTx, id int64, version int) (*warta.Article, error) {
	cur, err := tx.FindArticleByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if version != cur.Version {
		return nil, staleError(id, version, cur.Version)
	}
	return cur, nil
}

func (s *Service) move(ctx context.Context, u *warta.User, id int64, version int, m Move) (*warta.Article, error) {
	var a *warta.Article
	var ev warta.Event
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := findAtVersion(ctx, tx, id, version)
		if err != nil {
			return err
		}
		if ev, err = s.transition(ctx, tx, u, cur, m); err != nil {
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
func (s *Service) transition(ctx context.Context, tx warta.Tx, u *warta.User, a *warta.Article, m Move) (warta.Event, error) {
	to, publishAt := m.To, m.PublishAt
	if u != nil {
		if err := warta.Check(u, actionFor(to), a); err != nil {
			return warta.Event{}, err
		}
	}
	if err := warta.CheckTransition(a.Status, to); err != nil {
		return warta.Event{}, err
	}
	if err := m.check(); err != nil {
		return warta.Event{}, err
	}
	moved := *a
	moved.Status = to
	if err := moved.CheckSponsor(); err != nil {
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
		reason := strings.Join(strings.Fields(m.Reason), " ")
		up.RemovalReason = &reason
	case warta.StatusDraft, warta.StatusReview:
		up.PublishAt = &zero
	}
	if a.Status == warta.StatusUnpublished && to != warta.StatusUnpublished {
		// Back in the workflow: the takedown notice goes with the takedown.
		none := ""
		up.RemovalReason = &none
	}
	next, err := tx.UpdateArticle(ctx, a.ID, up)
	if err != nil {
		return warta.Event{}, err
	}
	if to == warta.StatusPublished {
		// The text readers now see is kept whatever the revision cap.
		if err := tx.MarkRevisionPublished(ctx, a.ID, a.Version); err != nil {
			return warta.Event{}, err
		}
	}
	detail := ""
	switch to {
	case warta.StatusScheduled:
		detail = publishAt.UTC().Format(time.RFC3339)
	case warta.StatusUnpublished:
		detail = next.RemovalReason
		// The public takedown log says when, with the reason above.
		if err := tx.RecordTakedown(ctx, a.ID, now); err != nil {
			return warta.Event{}, err
		}
	case warta.StatusPublished:
		// The story is live at its address: an old redirect from there
		// (a slug it had before, or an imported URL) would hide it.
		loc, err := siteLocation(ctx, tx)
		if err != nil {
			return warta.Event{}, err
		}
		if err := clearRedirectFrom(ctx, tx, next.Path(loc)); err != nil {
			return warta.Event{}, err
		}
		if err := refreshPublished(ctx, tx, next); err != nil {
			return warta.Event{}, err
		}
	}
	if err := audit(ctx, tx, u, string(to), next, detail); err != nil {
		return warta.Event{}, err
	}
	from := a.Status
	ev := warta.ArticleEvent(kind, a.ID, a, next)
	ev.From, ev.To = from, to
	*a = *next
	if u != nil {
		ev.ActorID = u.ID
	}
	return ev, nil
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
		var lag time.Duration
		err := s.Store.Update(ctx, func(tx warta.Tx) error {
			a, err := tx.FindArticleByID(ctx, d.ID)
			if err != nil {
				return err
			}
			if a.Status != warta.StatusScheduled || a.PublishAt.After(now) {
				return nil // published or rescheduled meanwhile
			}
			lag = now.Sub(a.PublishAt)
			ev, err = s.transition(ctx, tx, nil, a, Move{To: warta.StatusPublished})
			return err
		})
		if err != nil {
			return n, fmt.Errorf("publish scheduled article %d: %w", d.ID, err)
		}
		if ev.Kind != "" {
			n++
			s.notify(ev)
			if s.ScheduledLag != nil {
				s.ScheduledLag(lag)
			}
		}
	}
	return n, nil
}

// Correct adds a visible correction or update note to a published article
// and sets its updated time.
func (s *Service) Correct(ctx context.Context, u *warta.User, id int64, kind warta.CorrectionKind, note string) (*warta.Article, error) {
	var a *warta.Article
	var ev warta.Event
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
		ev = warta.ArticleEvent(warta.EventArticleChanged, id, cur, a)
		ev.Corrected = true
		return audit(ctx, tx, u, "correct", a, note)
	})
	if err != nil {
		return nil, err
	}
	s.notify(ev)
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
	return s.Save(ctx, u, id, version, restoreInput(r))
}

// restoreInput is a revision as a save: every field when the revision
// holds them all, else its title, dek and body.
func restoreInput(r *warta.Revision) Input {
	in := Input{Title: &r.Title, Dek: &r.Dek, BodyHTML: &r.BodyHTML}
	if !r.Complete {
		return in
	}
	in.Slug, in.Dateline, in.SEOTitle, in.SEODescription = &r.Slug, &r.Dateline, &r.SEOTitle, &r.SEODescription
	in.Label, in.Breaking, in.SectionID, in.FeaturedMediaID = &r.Label, &r.Breaking, &r.SectionID, &r.FeaturedMediaID
	authors, tags, related := append([]int64{}, r.AuthorIDs...), append([]int64{}, r.TagIDs...), append([]int64{}, r.RelatedIDs...)
	in.AuthorIDs, in.TagIDs, in.RelatedIDs = &authors, &tags, &related
	return in
}

// CheckMove reports whether u may move article a to status to, without
// changing anything: for callers that must refuse before they save.
func CheckMove(u *warta.User, a *warta.Article, to warta.Status) error {
	if err := warta.Check(u, actionFor(to), a); err != nil {
		return err
	}
	return warta.CheckTransition(a.Status, to)
}

// SaveAndMove saves in and then, if m.To names another status, moves the
// article there, in one transaction: a move u may not make, or one that
// fails (a schedule in the past), leaves the article as it was.
func (s *Service) SaveAndMove(ctx context.Context, u *warta.User, id int64, version int, in Input, m Move) (*warta.Article, error) {
	clean(&in)
	var a *warta.Article
	var conflict *Conflict
	var events []warta.Event
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		if m.To != "" {
			// Refuse a move u may not make before saving anything.
			if cur.Status != m.To {
				if err := CheckMove(u, cur, m.To); err != nil {
					return err
				}
				if err := m.check(); err != nil {
					return err
				}
			}
		}
		if a, conflict, err = s.save(ctx, tx, u, id, version, in); err != nil || conflict != nil {
			return err
		}
		events = append(events, warta.ArticleEvent(warta.EventArticleChanged, id, cur, a))
		if m.To == "" || m.To == a.Status {
			return nil
		}
		ev, err := s.transition(ctx, tx, u, a, m)
		if err != nil {
			return err
		}
		events = append(events, ev)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if conflict != nil {
		return nil, conflict
	}
	s.notify(events...)
	return a, nil
}
