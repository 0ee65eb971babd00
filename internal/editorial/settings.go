package editorial

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"warta"
)

// SaveSettings replaces the site settings with next, which the caller
// starts from the stored settings (FindSettings) so fields its form does
// not edit are kept. It needs manage_settings. A next.Version other than
// the stored one means someone saved in between: conflict, nothing
// changed. Returns forbidden, invalid or conflict.
func (s *Service) SaveSettings(ctx context.Context, u *warta.User, next *warta.Settings) (*warta.Settings, error) {
	if err := warta.Check(u, warta.ActionManageSettings, nil); err != nil {
		return nil, err
	}
	set := *next
	set.SiteName, set.Tagline = oneLine(set.SiteName), oneLine(set.Tagline)
	set.Description = strings.TrimSpace(set.Description)
	switch {
	case utf8.RuneCountInString(set.SiteName) > MaxNameLen:
		return nil, tooLong("error.name_too_long", "site name", MaxNameLen)
	case utf8.RuneCountInString(set.Tagline) > MaxDescriptionLen, utf8.RuneCountInString(set.Description) > MaxDescriptionLen:
		return nil, tooLong("error.description_too_long", "tagline or description", MaxDescriptionLen)
	case len(set.Social) > MaxLinks:
		return nil, tooLong("error.links_too_many", "list of links", MaxLinks)
	}
	if err := set.Validate(); err != nil {
		return nil, err
	}
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := tx.FindSettings(ctx)
		if err != nil {
			return err
		}
		if cur.Version != set.Version {
			return &warta.Error{Code: warta.ECONFLICT, Key: "error.conflict",
				Message: fmt.Sprintf("settings changed since version %d", set.Version)}
		}
		if err := tx.SaveSettings(ctx, &set); err != nil {
			return err
		}
		set.Version = cur.Version + 1
		return siteAudit(ctx, tx, u, "settings_save", "settings", "")
	})
	if err != nil {
		return nil, err
	}
	s.notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectSettings})
	return &set, nil
}
