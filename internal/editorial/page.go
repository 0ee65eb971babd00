package editorial

import (
	"context"
	"fmt"

	"warta"
	"warta/internal/body"
)

// pageSlugFallback is the slug of a page whose title has no Latin letters
// or digits, numbered until free.
const pageSlugFallback = "halaman"

// Pages runs the use cases of the site's static pages ("Tentang Kami",
// "Pedoman Media Siber" …) for the newsroom, the API and the importer.
// Only editors and administrators manage pages (warta.ActionManagePages).
// A page lives at /{slug}, so its slug may be neither a section's nor one
// the site answers itself; a published page that moves leaves a redirect.
type Pages struct {
	Store warta.Store
	// Notify receives an EventPageChanged after each write commits; may be nil.
	Notify func(warta.Event)
}

// PageInput is what an editor sends to change a page. Nil fields are left
// as they are; an empty Slug is made again from the title.
type PageInput struct {
	Title, Slug, BodyHTML *string
	Status                *warta.PageStatus
	Position              *int
}

func (s *Pages) notify(id int64) {
	if s.Notify != nil {
		s.Notify(warta.Event{Kind: warta.EventPageChanged, PageID: id})
	}
}

// Create stores p as a new page: the title folded to one line, the body
// sanitised, the slug made from the title when p has none (numbered until
// free), draft when no status is given, and PublishedAt set to now when
// it is published without one (an import keeps its own). p's ID, times
// and version are set. Returns unauthorized, forbidden, invalid (a slug
// that is a section's or the site's), too_large, or conflict for a slug
// another page has.
func (s *Pages) Create(ctx context.Context, u *warta.User, p *warta.Page) error {
	if err := warta.Check(u, warta.ActionManagePages, nil); err != nil {
		return err
	}
	if err := cleanPage(p); err != nil {
		return err
	}
	if p.Status == "" {
		p.Status = warta.PageDraft
	}
	asked := p.Slug
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		if err := pageSlug(ctx, tx, p, asked); err != nil {
			return err
		}
		if p.IsPublic() && p.PublishedAt.IsZero() {
			p.PublishedAt = tx.Now()
		}
		if err := tx.CreatePage(ctx, p); err != nil {
			return err
		}
		if p.IsPublic() {
			if err := clearRedirectFrom(ctx, tx, p.Path()); err != nil {
				return err
			}
		}
		return siteAudit(ctx, tx, u, "page_create", pageSubject(p), p.Slug)
	})
	if err != nil {
		return err
	}
	s.notify(p.ID)
	return nil
}

// Update applies in to page id if version is the one the editor started
// from; a stale version is a conflict and nothing is written. Publishing
// sets PublishedAt the first time only. A published page whose address
// changes leaves a 301 from the old address (one hop, see putRedirect).
// Returns unauthorized, forbidden, not_found, invalid, too_large or
// conflict.
func (s *Pages) Update(ctx context.Context, u *warta.User, id int64, version int, in PageInput) (*warta.Page, error) {
	if err := warta.Check(u, warta.ActionManagePages, nil); err != nil {
		return nil, err
	}
	var p *warta.Page
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := tx.FindPageByID(ctx, id)
		if err != nil {
			return err
		}
		if cur.Version != version {
			return &warta.Error{Code: warta.ECONFLICT, Key: "error.page_version_conflict", Args: []any{cur.Version},
				Message: fmt.Sprintf("page %d is at version %d, the save started from %d", id, cur.Version, version)}
		}
		next := *cur
		p = &next
		if in.Title != nil {
			p.Title = *in.Title
		}
		if in.BodyHTML != nil {
			p.BodyHTML = *in.BodyHTML
		}
		if in.Status != nil {
			p.Status = *in.Status
		}
		if in.Position != nil {
			p.Position = *in.Position
		}
		if err := cleanPage(p); err != nil {
			return err
		}
		asked := cur.Slug
		if in.Slug != nil {
			asked = *in.Slug
		}
		if err := pageSlug(ctx, tx, p, asked); err != nil {
			return err
		}
		if p.IsPublic() && p.PublishedAt.IsZero() {
			p.PublishedAt = tx.Now()
		}
		if err := tx.UpdatePage(ctx, p); err != nil {
			return err
		}
		if p.IsPublic() {
			if err := clearRedirectFrom(ctx, tx, p.Path()); err != nil {
				return err
			}
			if cur.IsPublic() && cur.Path() != p.Path() {
				r := &warta.Redirect{From: cur.Path(), To: p.Path()}
				if u != nil {
					r.CreatedBy = u.ID
				}
				if err := putRedirect(ctx, tx, r); err != nil {
					return err
				}
			}
		}
		return siteAudit(ctx, tx, u, "page_save", pageSubject(p), p.Slug)
	})
	if err != nil {
		return nil, err
	}
	s.notify(p.ID)
	return p, nil
}

// Delete removes page id for good and audits it. Returns unauthorized,
// forbidden or not_found.
func (s *Pages) Delete(ctx context.Context, u *warta.User, id int64) error {
	if err := warta.Check(u, warta.ActionManagePages, nil); err != nil {
		return err
	}
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		p, err := tx.FindPageByID(ctx, id)
		if err != nil {
			return err
		}
		if err := tx.DeletePage(ctx, id); err != nil {
			return err
		}
		return siteAudit(ctx, tx, u, "page_delete", pageSubject(p), p.Slug)
	})
	if err != nil {
		return err
	}
	s.notify(id)
	return nil
}

// cleanPage folds the title to one line and sanitises the body, refusing
// a body too large to sanitise before doing the work. pageSlug validates
// the whole page once its slug is known.
func cleanPage(p *warta.Page) error {
	p.Title = oneLine(p.Title)
	if len(p.BodyHTML) > warta.MaxBodyBytes {
		return &warta.Error{Code: warta.ETOOLARGE, Key: "error.body_too_large", Message: "body is too large"}
	}
	p.BodyHTML = body.Sanitize(p.BodyHTML)
	return nil
}

// pageSlug sets p.Slug: the slug asked for, made a slug, or one made from
// the title and numbered past pages, sections and the site's own paths.
// A slug asked for that a section has is invalid, since both would answer
// at /{slug}; one another page has is the store's conflict.
func pageSlug(ctx context.Context, tx warta.ReadTx, p *warta.Page, asked string) error {
	var err error
	p.Slug, err = nameSlug(asked, p.Title, pageSlugFallback, func(s string) (bool, error) {
		if warta.ReservedSectionSlug(s) {
			return true, nil
		}
		if taken, err := sectionHas(ctx, tx, s); taken || err != nil {
			return taken, err
		}
		other, err := tx.FindPageBySlug(ctx, s)
		if err != nil {
			return usedBy(0, err, p.ID)
		}
		return usedBy(other.ID, nil, p.ID)
	})
	if err != nil {
		return err
	}
	if taken, err := sectionHas(ctx, tx, p.Slug); err != nil {
		return err
	} else if taken {
		return &warta.Error{Code: warta.EINVALID, Key: "error.page_slug_is_section", Args: []any{p.Slug},
			Message: "slug " + p.Slug + " is a section's address"}
	}
	return p.Validate()
}

// sectionHas reports whether a section has the slug.
func sectionHas(ctx context.Context, tx warta.ReadTx, slug string) (bool, error) {
	_, err := tx.FindSectionBySlug(ctx, slug)
	if warta.IsNotFound(err) {
		return false, nil
	}
	return err == nil, err
}

// pageHas reports whether a static page has the slug.
func pageHas(ctx context.Context, tx warta.ReadTx, slug string) (bool, error) {
	_, err := tx.FindPageBySlug(ctx, slug)
	if warta.IsNotFound(err) {
		return false, nil
	}
	return err == nil, err
}

func pageSubject(p *warta.Page) string { return fmt.Sprintf("page:%d", p.ID) }
