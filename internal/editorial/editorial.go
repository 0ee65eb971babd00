// Package editorial holds the newsroom's write use cases — create, save,
// submit, schedule, publish, unpublish, correct, restore, delete — for the
// newsroom UI, the API, the scheduler and the importer alike. Each checks
// the domain's permission and workflow rules, sanitises what it is given,
// keeps a revision, writes an audit entry, and announces the change after
// the transaction commits.
package editorial

import (
	"context"
	"fmt"
	"strings"
	"time"

	"warta"
	"warta/internal/body"
	"warta/internal/slug"
)

// Service runs the editorial use cases on a store.
type Service struct {
	Store warta.Store
	// Now is the clock; the store's when nil.
	Now func() time.Time
	// Notify receives events after their transaction commits; may be nil.
	Notify func(warta.Event)
	// Location is the site's zone, for building public paths in redirects.
	Location func(ctx context.Context) *time.Location
	// ScheduledLag hears, after each scheduled article goes out, how long
	// after its publish time it did (for metrics); may be nil.
	ScheduledLag func(time.Duration)
	// MaxRevisions caps the revisions kept per article (DefaultMaxRevisions
	// when 0): each save prunes the oldest beyond it, except those that
	// went out to readers.
	MaxRevisions int
}

// DefaultMaxRevisions is the revision cap when none is configured: a
// story edited all day keeps its last hundred states.
const DefaultMaxRevisions = 100

// Input is what a writer sends. Nil fields are left as they are (on
// create: empty or defaulted).
type Input struct {
	Title           *string
	Slug            *string
	Dek             *string
	Dateline        *string
	BodyHTML        *string
	SEOTitle        *string
	SEODescription  *string
	Label           *warta.Label
	Breaking        *bool
	SectionID       *int64
	FeaturedMediaID *int64
	AuthorIDs       *[]int64 // people credited; defaults to the writer's byline
	TagIDs          *[]int64
	RelatedIDs      *[]int64
	// NeedsVerification marks a report still being verified; Sponsor
	// names an advertorial's sponsor.
	NeedsVerification *bool
	Sponsor           *string
	// FollowsID is the story this one follows up (0: none). FollowsRef
	// names it as the newsroom's form does, by id or public address, and
	// when set is resolved into FollowsID inside the write (trust.go).
	FollowsID  *int64
	FollowsRef *string
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return s.Store.Now().UTC()
}

func (s *Service) notify(events ...warta.Event) {
	if s.Notify == nil {
		return
	}
	for _, e := range events {
		s.Notify(e)
	}
}

// clean sanitises the text fields of in and trims the plain ones.
func clean(in *Input) {
	for _, p := range []*string{in.Title, in.Slug, in.Dek, in.Dateline, in.SEOTitle, in.SEODescription, in.Sponsor, in.FollowsRef} {
		if p != nil {
			*p = strings.Join(strings.Fields(*p), " ")
		}
	}
	if in.BodyHTML != nil {
		*in.BodyHTML = body.Sanitize(*in.BodyHTML)
	}
}

// update turns an input into the store's update, with the word count.
func (in *Input) update(version int) warta.ArticleUpdate {
	u := warta.ArticleUpdate{
		Version: version, Title: in.Title, Slug: in.Slug, Dek: in.Dek, Dateline: in.Dateline, BodyHTML: in.BodyHTML,
		SEOTitle: in.SEOTitle, SEODescription: in.SEODescription, Label: in.Label, Breaking: in.Breaking,
		SectionID: in.SectionID, FeaturedMediaID: in.FeaturedMediaID, AuthorIDs: in.AuthorIDs, TagIDs: in.TagIDs, RelatedIDs: in.RelatedIDs,
		NeedsVerification: in.NeedsVerification, Sponsor: in.Sponsor, FollowsID: in.FollowsID,
	}
	if in.BodyHTML != nil {
		n := body.WordCount(*in.BodyHTML)
		u.WordCount = &n
	}
	return u
}

// uniqueSlug returns base, or base-2, base-3 … the first no other article
// uses. An empty base becomes "artikel".
func uniqueSlug(ctx context.Context, tx warta.ReadTx, base string, self int64) (string, error) {
	if base == "" {
		base = "artikel"
	}
	var lookupErr error
	s := slug.Unique(base, func(candidate string) bool {
		a, err := tx.FindArticleBySlug(ctx, candidate)
		if err != nil {
			if !warta.IsNotFound(err) {
				lookupErr = err
			}
			return false
		}
		return a.ID != self
	})
	return s, lookupErr
}

// audit records an action by u (nil for the system).
func audit(ctx context.Context, tx warta.Tx, u *warta.User, action string, a *warta.Article, detail string) error {
	e := &warta.AuditEntry{Action: action, Subject: fmt.Sprintf("article:%d", a.ID), Detail: detail}
	if u != nil {
		e.UserID = u.ID
	}
	return tx.AddAudit(ctx, e)
}

// revision keeps the article's current fields as a revision.
func (s *Service) revision(ctx context.Context, tx warta.Tx, u *warta.User, a *warta.Article, note string) error {
	_, err := s.keepRevision(ctx, tx, u, a, note, false)
	return err
}

// keepRevision keeps a's fields as a revision and returns it. a is
// checked first against the size limits of a save: a refused stale save
// is kept only if it fits them, so an oversized one stores nothing.
// The article's oldest revisions beyond the cap are pruned in the same
// transaction, so the cap holds however often it is saved.
func (s *Service) keepRevision(ctx context.Context, tx warta.Tx, u *warta.User, a *warta.Article, note string, refused bool) (*warta.Revision, error) {
	if err := a.ValidateSizes(); err != nil {
		return nil, err
	}
	r := warta.RevisionOf(a)
	r.Note, r.Refused = note, refused
	if u != nil {
		r.UserID, r.UserName = u.ID, u.Name
	}
	if err := tx.CreateRevision(ctx, r); err != nil {
		return nil, err
	}
	keep := s.MaxRevisions
	if keep <= 0 {
		keep = DefaultMaxRevisions
	}
	_, err := tx.PruneRevisions(ctx, a.ID, keep)
	return r, err
}
