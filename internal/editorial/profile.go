package editorial

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"warta"
	"warta/internal/slug"
)

// Profiles edits byline profiles — the person a user writes as: name
// shown, title, bio, photo and social links. Every user edits their own;
// those who manage people edit anyone's.
type Profiles struct {
	Store   warta.Store
	Library *Library // takes the photo through the media library's pipeline
	Notify  func(warta.Event)
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

// Bounds on what a profile holds.
const (
	maxBioRunes  = 2000
	maxNameRunes = 120
	maxLinks     = 12
)

// Mine returns u's own byline person, or a new unsaved one named after
// the account when u has none yet.
func (p *Profiles) Mine(ctx context.Context, u *warta.User) (*warta.Person, error) {
	if u.PersonID == 0 {
		return &warta.Person{Name: u.Name}, nil
	}
	var out *warta.Person
	err := p.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		out, err = findPerson(ctx, tx, u.PersonID)
		return err
	})
	return out, err
}

// SaveMine saves u's own byline profile, creating and linking a person
// when u has none yet.
func (p *Profiles) SaveMine(ctx context.Context, u *warta.User, in ProfileInput) (*warta.Person, error) {
	return p.Save(ctx, u, u.PersonID, in)
}

// Save saves person personID's profile (0: u's new byline). Returns
// forbidden for someone else's person unless u manages people, invalid
// for bad fields or photo; nothing changes on an error.
func (p *Profiles) Save(ctx context.Context, u *warta.User, personID int64, in ProfileInput) (*warta.Person, error) {
	if personID == 0 && u != nil && u.PersonID == 0 {
		if u.Disabled {
			return nil, warta.Check(u, warta.ActionEdit, nil)
		}
	} else if !warta.CanEditPerson(u, personID) {
		if u == nil {
			return nil, warta.Check(nil, warta.ActionManagePeople, nil)
		}
		return nil, &warta.Error{Code: warta.EFORBIDDEN, Key: "error.profile_forbidden", Message: "only your own profile"}
	}
	in.Name = strings.Join(strings.Fields(in.Name), " ")
	in.Title = strings.Join(strings.Fields(in.Title), " ")
	in.Bio = strings.TrimSpace(in.Bio)
	if utf8.RuneCountInString(in.Name) > maxNameRunes || utf8.RuneCountInString(in.Title) > maxNameRunes ||
		utf8.RuneCountInString(in.Bio) > maxBioRunes || len(in.Links) > maxLinks {
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.profile_too_long", Args: []any{maxBioRunes, maxLinks}, Message: "profile too long"}
	}
	check := &warta.Person{Name: in.Name, Slug: "x", Links: in.Links}
	if err := check.Validate(); err != nil {
		return nil, err
	}
	photoID := int64(-1) // unchanged
	if in.RemovePhoto {
		photoID = 0
	}
	if in.Photo != nil {
		m, err := p.upload(ctx, u, in)
		if err != nil {
			return nil, err
		}
		photoID = m.ID
	}
	var out *warta.Person
	err := p.Store.Update(ctx, func(tx warta.Tx) error {
		var person *warta.Person
		if personID == 0 {
			person = &warta.Person{Email: u.Email, Title: "Jurnalis"}
			base := slug.Make(in.Name)
			if base == "" {
				base = "penulis"
			}
			person.Slug = slug.Unique(base, func(s string) bool {
				_, err := tx.FindPersonBySlug(ctx, s)
				return err == nil
			})
		} else {
			var err error
			if person, err = findPerson(ctx, tx, personID); err != nil {
				return err
			}
		}
		person.Name, person.Bio, person.Links = in.Name, in.Bio, in.Links
		if in.Title != "" || personID != 0 {
			person.Title = in.Title
		}
		if photoID >= 0 {
			person.PhotoMediaID = photoID
		}
		person.Photo = nil
		if personID == 0 {
			if err := tx.CreatePerson(ctx, person); err != nil {
				return err
			}
			me, err := tx.FindUserByID(ctx, u.ID)
			if err != nil {
				return err
			}
			me.PersonID = person.ID
			if err := tx.UpdateUser(ctx, me); err != nil {
				return err
			}
			u.PersonID, u.Version = person.ID, me.Version
		} else if err := tx.UpdatePerson(ctx, person); err != nil {
			return err
		}
		out = person
		return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "profile_save", Subject: fmt.Sprintf("person:%d", person.ID)})
	})
	if err != nil {
		return nil, err
	}
	if p.Notify != nil {
		p.Notify(warta.Event{Kind: warta.EventSiteChanged})
	}
	return out, nil
}

// upload stores the photo through the media library: as the user's
// upload when their role may upload, otherwise (contributors) as a
// trusted import, since a byline photo is theirs to set.
func (p *Profiles) upload(ctx context.Context, u *warta.User, in ProfileInput) (*warta.Media, error) {
	if p.Library == nil {
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "no media library"}
	}
	alt := in.Name
	meta := warta.MediaUpdate{Alt: &alt, Caption: &alt}
	if warta.CanMedia(u, warta.ActionUpload, nil) {
		m, _, err := p.Library.Upload(ctx, u, in.Photo, in.PhotoName, meta)
		return m, err
	}
	return p.Library.Import(ctx, in.Photo, in.PhotoName, meta)
}

// findPerson finds a person by ID among everyone (the store looks people
// up by slug).
func findPerson(ctx context.Context, tx warta.ReadTx, id int64) (*warta.Person, error) {
	people, err := tx.FindPeople(ctx)
	if err != nil {
		return nil, err
	}
	for _, p := range people {
		if p.ID == id {
			return p, nil
		}
	}
	return nil, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "person not found"}
}
