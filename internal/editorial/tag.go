package editorial

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"warta"
	"warta/internal/slug"
)

// MaxTagNameLen bounds a tag's name, in characters.
const MaxTagNameLen = 60

// AddTag creates the tag a writer typed while writing, with a slug made
// from its name, or returns the tag that already has that slug (added
// false): typing "Pemilu 2029" where "pemilu-2029" exists picks it, as in
// WordPress. Anyone who may write may add tags (warta.ActionAddTag).
// Returns unauthorized, forbidden or invalid.
func (s *Service) AddTag(ctx context.Context, u *warta.User, name string) (t *warta.Tag, added bool, err error) {
	if err := warta.Check(u, warta.ActionAddTag, nil); err != nil {
		return nil, false, err
	}
	name = strings.Join(strings.Fields(strings.ToValidUTF8(name, "")), " ")
	if name == "" {
		return nil, false, &warta.Error{Code: warta.EINVALID, Key: "error.name_required", Message: "tag name is required"}
	}
	if utf8.RuneCountInString(name) > MaxTagNameLen {
		return nil, false, &warta.Error{Code: warta.EINVALID, Key: "error.tag_name_too_long", Args: []any{MaxTagNameLen},
			Message: "tag name is too long"}
	}
	sl := slug.Make(name)
	if sl == "" {
		return nil, false, &warta.Error{Code: warta.EINVALID, Key: "error.tag_name_no_letters", Message: "tag name needs letters or digits"}
	}
	err = s.Store.Update(ctx, func(tx warta.Tx) error {
		old, err := tx.FindTagBySlug(ctx, sl)
		if err == nil {
			t = old
			return nil
		}
		if !warta.IsNotFound(err) {
			return err
		}
		t = &warta.Tag{Name: name, Slug: sl}
		if err := tx.CreateTag(ctx, t); err != nil {
			return err
		}
		added = true
		return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "tag_add", Subject: fmt.Sprintf("tag:%d", t.ID), Detail: name})
	})
	if err != nil {
		return nil, false, err
	}
	if added {
		s.notify(warta.Event{Kind: warta.EventSiteChanged})
	}
	return t, added, nil
}
