package editorial

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"warta"
	"warta/internal/slug"
)

// Bounds on what the site's lists take, so no form or command can store
// a name that breaks a page or a description the size of a book.
const (
	MaxNameLen        = 100  // section, tag, person and account names, in characters
	MaxDescriptionLen = 1000 // a section's description, the site's tagline and description
	MaxBioLen         = 5000 // a person's biography
	MaxLinks          = 20   // social links of a person or of the site
)

// Slugs for names with no Latin letters or digits, such as "李明", from
// which slug.Make makes nothing: the kind of thing, numbered until free.
const (
	personSlugFallback  = "penulis"
	sectionSlugFallback = "rubrik"
	tagSlugFallback     = "topik"
)

// SectionInput is what an editor sends for a section. An empty Slug is
// made from the name.
type SectionInput struct {
	Name, Slug, Description string
	Position                int
}

// TagInput is what an editor sends for a tag. An empty Slug is made from
// the name.
type TagInput struct {
	Name, Slug string
}

// oneLine folds runs of white space, as names are shown on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// checkName refuses an empty or overlong name.
func checkName(name string) error {
	if name == "" {
		return &warta.Error{Code: warta.EINVALID, Key: "error.name_required", Message: "name is required"}
	}
	if utf8.RuneCountInString(name) > MaxNameLen {
		return tooLong("error.name_too_long", "name", MaxNameLen)
	}
	return nil
}

// tooLong is the error for a text (or list) over its bound.
func tooLong(key, what string, max int) error {
	return &warta.Error{Code: warta.EINVALID, Key: key, Args: []any{max}, Message: fmt.Sprintf("%s is too long (at most %d)", what, max)}
}

// nameSlug returns the slug of a record called name. A slug the user asked
// for is used as given (a taken one is the store's conflict); otherwise it
// is made from the name, or from fallback when the name has no Latin
// letters or digits, and numbered until taken says it is free. Every kind
// of record gets its slug this way, from every caller.
func nameSlug(asked, name, fallback string, taken func(string) (bool, error)) (string, error) {
	if s := slug.Make(asked); s != "" {
		return s, nil
	}
	base := slug.Make(name)
	if base == "" {
		base = fallback
	}
	var lookupErr error
	s := slug.Unique(base, func(candidate string) bool {
		t, err := taken(candidate)
		if err != nil && lookupErr == nil {
			lookupErr = err
		}
		return t || err != nil
	})
	if lookupErr != nil {
		return "", lookupErr
	}
	return s, nil
}

// usedBy turns a find-by-slug result into "taken by another record than self".
func usedBy(id int64, err error, self int64) (bool, error) {
	if warta.IsNotFound(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return id != self, nil
}

func sectionSlugTaken(ctx context.Context, tx warta.ReadTx, self int64) func(string) (bool, error) {
	return func(s string) (bool, error) {
		if warta.ReservedSectionSlug(s) {
			return true, nil
		}
		if taken, err := pageHas(ctx, tx, s); taken || err != nil {
			return taken, err
		}
		sec, err := tx.FindSectionBySlug(ctx, s)
		if err != nil {
			return usedBy(0, err, self)
		}
		return usedBy(sec.ID, nil, self)
	}
}

func tagSlugTaken(ctx context.Context, tx warta.ReadTx, self int64) func(string) (bool, error) {
	return func(s string) (bool, error) {
		t, err := tx.FindTagBySlug(ctx, s)
		if err != nil {
			return usedBy(0, err, self)
		}
		return usedBy(t.ID, nil, self)
	}
}

func personSlugTaken(ctx context.Context, tx warta.ReadTx, self int64) func(string) (bool, error) {
	return func(s string) (bool, error) {
		p, err := tx.FindPersonBySlug(ctx, s)
		if err != nil {
			return usedBy(0, err, self)
		}
		return usedBy(p.ID, nil, self)
	}
}

// siteAudit records a change to the site's lists by u (nil or ID 0 for
// the system or the console).
func siteAudit(ctx context.Context, tx warta.Tx, u *warta.User, action, subject, detail string) error {
	e := &warta.AuditEntry{Action: action, Subject: subject, Detail: detail}
	if u != nil {
		e.UserID = u.ID
	}
	return tx.AddAudit(ctx, e)
}

// SaveSection creates a section (id 0) or replaces section id. It needs
// manage_taxonomy. Returns forbidden, invalid, not_found, or conflict for
// a slug asked for that another section has.
func (s *Service) SaveSection(ctx context.Context, u *warta.User, id int64, in SectionInput) (*warta.Section, error) {
	if err := warta.Check(u, warta.ActionManageTaxonomy, nil); err != nil {
		return nil, err
	}
	sec := &warta.Section{ID: id, Name: oneLine(in.Name), Description: strings.TrimSpace(in.Description), Position: in.Position}
	if err := checkName(sec.Name); err != nil {
		return nil, err
	}
	if utf8.RuneCountInString(sec.Description) > MaxDescriptionLen {
		return nil, tooLong("error.description_too_long", "description", MaxDescriptionLen)
	}
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		if sec.Slug, err = nameSlug(in.Slug, sec.Name, sectionSlugFallback, sectionSlugTaken(ctx, tx, id)); err != nil {
			return err
		}
		// A static page answers at /{slug} too: the two would clash.
		if taken, err := pageHas(ctx, tx, sec.Slug); err != nil {
			return err
		} else if taken {
			return &warta.Error{Code: warta.EINVALID, Key: "error.section_slug_is_page", Args: []any{sec.Slug},
				Message: "slug " + sec.Slug + " is a static page's address"}
		}
		if id > 0 {
			err = tx.UpdateSection(ctx, sec)
		} else {
			err = tx.CreateSection(ctx, sec)
		}
		if err != nil {
			return err
		}
		return siteAudit(ctx, tx, u, "section_save", fmt.Sprintf("section:%d", sec.ID), sec.Slug)
	})
	if err != nil {
		return nil, err
	}
	s.notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectSection, SubjectID: sec.ID})
	return sec, nil
}

// SaveTag creates a tag (id 0) or replaces tag id. It needs
// manage_taxonomy. Returns forbidden, invalid, not_found, or conflict for
// a slug asked for that another tag has.
func (s *Service) SaveTag(ctx context.Context, u *warta.User, id int64, in TagInput) (*warta.Tag, error) {
	if err := warta.Check(u, warta.ActionManageTaxonomy, nil); err != nil {
		return nil, err
	}
	t := &warta.Tag{ID: id, Name: oneLine(in.Name)}
	if err := checkName(t.Name); err != nil {
		return nil, err
	}
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		if t.Slug, err = nameSlug(in.Slug, t.Name, tagSlugFallback, tagSlugTaken(ctx, tx, id)); err != nil {
			return err
		}
		if id > 0 {
			err = tx.UpdateTag(ctx, t)
		} else {
			err = tx.CreateTag(ctx, t)
		}
		if err != nil {
			return err
		}
		return siteAudit(ctx, tx, u, "tag_save", fmt.Sprintf("tag:%d", t.ID), t.Slug)
	})
	if err != nil {
		return nil, err
	}
	s.notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectTag, SubjectID: t.ID})
	return t, nil
}

// CreateTag is AddTag for callers that do not ask whether the tag is new.
func (s *Service) CreateTag(ctx context.Context, u *warta.User, name string) (*warta.Tag, error) {
	t, _, err := s.AddTag(ctx, u, name)
	return t, err
}

// AddTag returns the tag called name, making it if there is none (added
// true), as a writer tags a story while writing: anyone who may write may
// add a tag (warta.ActionAddTag; WordPress lets contributors do the same).
// A name whose slug an existing tag has ("pemilu" for "Pemilu 2029" when
// "pemilu-2029" exists) gives that tag; a name with no Latin letters
// matches an existing tag of the same name, or gets the fallback slug. A
// name needs a letter or a digit in any script. Returns unauthorized,
// forbidden or invalid.
func (s *Service) AddTag(ctx context.Context, u *warta.User, name string) (t *warta.Tag, added bool, err error) {
	if err := warta.Check(u, warta.ActionAddTag, nil); err != nil {
		return nil, false, err
	}
	name = oneLine(strings.ToValidUTF8(name, ""))
	if err := checkName(name); err != nil {
		return nil, false, err
	}
	if utf8.RuneCountInString(name) > MaxTagNameLen {
		return nil, false, tooLong("error.tag_name_too_long", "tag name", MaxTagNameLen)
	}
	if strings.IndexFunc(name, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return nil, false, &warta.Error{Code: warta.EINVALID, Key: "error.tag_name_no_letters", Message: "tag name needs letters or digits"}
	}
	err = s.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		if t, err = findTagNamed(ctx, tx, name); err != nil || t != nil {
			return err
		}
		t = &warta.Tag{Name: name}
		if t.Slug, err = nameSlug("", name, tagSlugFallback, tagSlugTaken(ctx, tx, 0)); err != nil {
			return err
		}
		if err := tx.CreateTag(ctx, t); err != nil {
			return err
		}
		added = true
		return siteAudit(ctx, tx, u, "tag_add", fmt.Sprintf("tag:%d", t.ID), t.Slug)
	})
	if err != nil {
		return nil, false, err
	}
	if added {
		s.notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectTag, SubjectID: t.ID})
	}
	return t, added, nil
}

// findTagNamed returns the tag a writer means by name, or nil if none.
func findTagNamed(ctx context.Context, tx warta.ReadTx, name string) (*warta.Tag, error) {
	if sl := slug.Make(name); sl != "" {
		t, err := tx.FindTagBySlug(ctx, sl)
		if warta.IsNotFound(err) {
			return nil, nil
		}
		return t, err
	}
	tags, err := tx.FindTags(ctx, nil)
	if err != nil {
		return nil, err
	}
	for _, t := range tags {
		if strings.EqualFold(t.Name, name) {
			return t, nil
		}
	}
	return nil, nil
}
