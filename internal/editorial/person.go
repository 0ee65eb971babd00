package editorial

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"warta"
)

// PersonInput is what is sent for a byline profile. Nil fields are left
// as they are (on create: empty). An empty Slug is made from the name.
type PersonInput struct {
	Name, Slug, Title, Bio, Email *string
	PhotoMediaID                  *int64
	Links                         *[]warta.SocialLink
	// The masthead (Susunan Redaksi): the order and heading; the desk's.
	MastheadRank *int
	MastheadRole *string
}

// CreatePerson adds a byline to the site's people. It needs
// manage_people. Returns forbidden, invalid, or conflict for a slug asked
// for that another person has.
func (s *Service) CreatePerson(ctx context.Context, u *warta.User, in PersonInput) (*warta.Person, error) {
	if err := warta.Check(u, warta.ActionManagePeople, nil); err != nil {
		return nil, err
	}
	return s.savePerson(ctx, u, &warta.Person{}, in)
}

// SavePerson changes person id's byline profile. A user may edit the
// person their account writes under; editors and administrators anyone.
// The slug (the public author address) and the e-mail address are the
// desk's: changing them needs manage_people. Returns forbidden, invalid,
// not_found, or conflict for a slug asked for that another person has.
func (s *Service) SavePerson(ctx context.Context, u *warta.User, id int64, in PersonInput) (*warta.Person, error) {
	if err := warta.CheckPerson(u, id); err != nil {
		return nil, err
	}
	var p *warta.Person
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		p, err = tx.FindPersonByID(ctx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	deskField := (in.Slug != nil && *in.Slug != "" && *in.Slug != p.Slug) || (in.Email != nil && warta.NormalizeEmail(*in.Email) != p.Email) ||
		(in.MastheadRank != nil && *in.MastheadRank != p.MastheadRank) || (in.MastheadRole != nil && oneLine(*in.MastheadRole) != p.MastheadRole)
	if deskField {
		if err := warta.Check(u, warta.ActionManagePeople, nil); err != nil {
			return nil, err
		}
	}
	return s.savePerson(ctx, u, p, in)
}

// savePerson applies in to p and stores it, creating it when p.ID is 0.
func (s *Service) savePerson(ctx context.Context, u *warta.User, p *warta.Person, in PersonInput) (*warta.Person, error) {
	if err := applyPerson(p, in); err != nil {
		return nil, err
	}
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		return writePerson(ctx, tx, u, p, in.Slug)
	})
	if err != nil {
		return nil, err
	}
	s.notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectPerson, SubjectID: p.ID})
	return p, nil
}

// applyPerson copies the fields in sends onto p, tidied, and checks the
// result: a name, the bounds, the links and the e-mail address. It writes
// nothing, so callers check everything before they upload or store.
func applyPerson(p *warta.Person, in PersonInput) error {
	for _, f := range []struct {
		from *string
		to   *string
	}{{in.Name, &p.Name}, {in.Title, &p.Title}} {
		if f.from != nil {
			*f.to = oneLine(*f.from)
		}
	}
	if in.Bio != nil {
		p.Bio = strings.TrimSpace(*in.Bio)
	}
	if in.Email != nil {
		p.Email = warta.NormalizeEmail(*in.Email)
	}
	if in.PhotoMediaID != nil && *in.PhotoMediaID != p.PhotoMediaID {
		p.PhotoMediaID, p.Photo = *in.PhotoMediaID, nil
	}
	if in.Links != nil {
		p.Links = *in.Links
	}
	if in.MastheadRank != nil {
		p.MastheadRank = *in.MastheadRank
	}
	if in.MastheadRole != nil {
		p.MastheadRole = oneLine(*in.MastheadRole)
	}
	if err := checkName(p.Name); err != nil {
		return err
	}
	switch {
	case utf8.RuneCountInString(p.Title) > MaxNameLen:
		return tooLong("error.title_too_long", "title", MaxNameLen)
	case utf8.RuneCountInString(p.Bio) > MaxBioLen:
		return tooLong("error.bio_too_long", "biography", MaxBioLen)
	case len(p.Links) > MaxLinks:
		return tooLong("error.links_too_many", "list of links", MaxLinks)
	}
	for _, l := range p.Links {
		if err := l.Validate(); err != nil {
			return err
		}
	}
	if p.Email != "" {
		if err := (&warta.User{Name: p.Name, Email: p.Email, Role: warta.RoleAuthor}).Validate(); err != nil {
			return err
		}
	}
	return nil
}

// writePerson stores p inside tx, creating it when p.ID is 0, with its
// slug and audit entry. asked is the slug asked for; nil keeps an
// existing person's and makes a new one's from the name.
func writePerson(ctx context.Context, tx warta.Tx, u *warta.User, p *warta.Person, asked *string) error {
	want := ""
	if asked != nil {
		want = *asked
	} else if p.ID > 0 {
		want = p.Slug // nothing asked: an existing address stays
	}
	var err error
	if p.Slug, err = nameSlug(want, p.Name, personSlugFallback, personSlugTaken(ctx, tx, p.ID)); err != nil {
		return err
	}
	if p.ID > 0 {
		err = tx.UpdatePerson(ctx, p)
	} else {
		err = tx.CreatePerson(ctx, p)
	}
	if err != nil {
		return err
	}
	return siteAudit(ctx, tx, u, "person_save", fmt.Sprintf("person:%d", p.ID), p.Slug)
}
