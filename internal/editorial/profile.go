package editorial

import (
	"context"
	"io"

	"warta"
)

// Profiles edits byline profiles — the person a user writes as: name
// shown, title, bio, photo and social links — from the account page.
// Every user edits their own; those who manage people edit anyone's
// (warta.CanEditPerson). The person rules — tidying, bounds, links,
// slug, audit and the change notice — are the Service's, as for the
// people page; Profiles adds only the photo upload and a first byline
// for a user who has none.
type Profiles struct {
	Service *Service // the person rules, the store and Notify
	Library *Library // takes the photo through the media library's pipeline
}

// ProfileInput is what the profile form sends. Photo, when not nil, is a
// new picture to upload.
type ProfileInput struct {
	Name      string
	Title     string
	Bio       string
	Links     []warta.SocialLink
	Photo     io.Reader
	PhotoName string
	// RemovePhoto drops the photo (a new Photo wins).
	RemovePhoto bool
}

// Mine returns u's own byline person, or a new unsaved one named after
// the account when u has none yet.
func (p *Profiles) Mine(ctx context.Context, u *warta.User) (*warta.Person, error) {
	if u.PersonID == 0 {
		return &warta.Person{Name: u.Name}, nil
	}
	var out *warta.Person
	err := p.Service.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		out, err = tx.FindPersonByID(ctx, u.PersonID)
		return err
	})
	return out, err
}

// SaveMine saves u's own byline profile, creating and linking a person
// when u has none yet.
func (p *Profiles) SaveMine(ctx context.Context, u *warta.User, in ProfileInput) (*warta.Person, error) {
	return p.Save(ctx, u, u.PersonID, in)
}

// Save saves person personID's profile (0: a first byline for u, who has
// none). Returns unauthorized, forbidden for someone else's person unless
// u manages people, not_found, or invalid for bad fields or photo. A
// refused or invalid profile changes nothing; when the photo was stored
// but the person then fails to save, the photo stays in the library.
func (p *Profiles) Save(ctx context.Context, u *warta.User, personID int64, in ProfileInput) (*warta.Person, error) {
	first := personID == 0 && u != nil && u.PersonID == 0
	if !first || u.Disabled || !u.Role.Valid() {
		if err := warta.CheckPerson(u, personID); err != nil {
			return nil, err
		}
	}
	person := &warta.Person{}
	if first {
		person.Email, person.Title = u.Email, roleTitle(u.Role)
	} else {
		err := p.Service.Store.View(ctx, func(tx warta.ReadTx) error {
			var err error
			person, err = tx.FindPersonByID(ctx, personID)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	pin := PersonInput{Name: &in.Name, Bio: &in.Bio, Links: &in.Links}
	if in.Title != "" || !first {
		pin.Title = &in.Title // a first byline keeps its role's title when none is given
	}
	if in.RemovePhoto {
		none := int64(0)
		pin.PhotoMediaID = &none
	}
	// Everything is checked before the photo is stored.
	if err := applyPerson(person, pin); err != nil {
		return nil, err
	}
	if in.Photo != nil {
		m, err := p.upload(ctx, u, person.Name, in)
		if err != nil {
			return nil, err
		}
		person.PhotoMediaID, person.Photo = m.ID, nil
	}
	var version int
	err := p.Service.Store.Update(ctx, func(tx warta.Tx) error {
		if err := writePerson(ctx, tx, u, person, nil); err != nil {
			return err
		}
		if !first {
			return nil
		}
		me, err := tx.FindUserByID(ctx, u.ID)
		if err != nil {
			return err
		}
		me.PersonID = person.ID
		if err := tx.UpdateUser(ctx, me); err != nil {
			return err
		}
		version = me.Version
		return nil
	})
	if err != nil {
		return nil, err
	}
	if first {
		u.PersonID, u.Version = person.ID, version
	}
	p.Service.notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectPerson, SubjectID: person.ID})
	return person, nil
}

// upload stores the photo through the media library, described by the
// person's name: as the user's upload when their role may upload,
// otherwise (contributors) as a trusted import, since a byline photo is
// theirs to set.
func (p *Profiles) upload(ctx context.Context, u *warta.User, name string, in ProfileInput) (*warta.Media, error) {
	if p.Library == nil {
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "no media library"}
	}
	meta := warta.MediaUpdate{Alt: &name, Caption: &name}
	if warta.CanMedia(u, warta.ActionUpload, nil) {
		m, _, err := p.Library.Upload(ctx, u, in.Photo, in.PhotoName, meta)
		return m, err
	}
	return p.Library.Import(ctx, in.Photo, in.PhotoName, meta)
}
