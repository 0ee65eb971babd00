package editorial

import (
	"context"
	"strings"

	"warta"
)

// AddRedirect makes r.From answer 301 to r.To, for an editor or an
// administrator. A path that is a published article's address cannot be
// redirected, and a target that itself redirects is followed to its end,
// so every redirect is one hop and none loops. The change is audited.
func (s *Service) AddRedirect(ctx context.Context, u *warta.User, r warta.Redirect) (*warta.Redirect, error) {
	if err := warta.Check(u, warta.ActionManageRedirect, nil); err != nil {
		return nil, err
	}
	r.From, r.To = redirectKey(strings.TrimSpace(r.From)), strings.TrimSpace(r.To)
	r.CreatedBy = u.ID
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		if err := r.Validate(); err != nil {
			return err
		}
		if redirectKey(r.To) == r.From {
			return &warta.Error{Code: warta.EINVALID, Key: "error.redirect_same", Message: "a redirect cannot point at itself"}
		}
		if err := refuseLive(ctx, tx, r.From); err != nil {
			return err
		}
		// The target's own redirect, if any, is where readers would end up.
		next, err := findRedirect(ctx, tx, r.To)
		switch {
		case err == nil:
			r.To = next
		case !warta.IsNotFound(err):
			return err
		}
		if redirectKey(r.To) == r.From {
			return &warta.Error{Code: warta.EINVALID, Key: "error.redirect_loop", Args: []any{r.From},
				Message: "the target leads back to " + r.From}
		}
		if err := putRedirect(ctx, tx, &r); err != nil {
			return err
		}
		return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "redirect_add", Subject: "redirect:" + r.From, Detail: r.To})
	})
	if err != nil {
		return nil, err
	}
	s.notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectRedirect})
	return &r, nil
}

// DeleteRedirect removes the redirect from a path, for an editor or an
// administrator, and audits it. Returns not_found.
func (s *Service) DeleteRedirect(ctx context.Context, u *warta.User, from string) error {
	if err := warta.Check(u, warta.ActionManageRedirect, nil); err != nil {
		return err
	}
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		to, err := tx.FindRedirect(ctx, from)
		if err != nil {
			return err
		}
		if err := tx.DeleteRedirect(ctx, from); err != nil {
			return err
		}
		return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "redirect_delete", Subject: "redirect:" + from, Detail: to})
	})
	if err != nil {
		return err
	}
	s.notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectRedirect})
	return nil
}

// putRedirect stores r and keeps every redirect one hop long and free of
// loops, which is the rule of all redirects Warta makes (an editor's, or a
// moved article's): r.To is where the content now is, so a redirect from
// r.To goes (it would hide that content, or lead back to r.From), and the
// redirects that led to r.From lead straight to r.To. The store only
// persists; this is the one place the rule lives. Returns invalid.
func putRedirect(ctx context.Context, tx warta.Tx, r *warta.Redirect) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if err := clearRedirectFrom(ctx, tx, r.To); err != nil {
		return err
	}
	if _, err := tx.RepointRedirects(ctx, r.From, r.To); err != nil {
		return err
	}
	return tx.CreateRedirect(ctx, r)
}

// clearRedirectFrom removes the redirect from a path where content now
// lives, if there is one: it would hide that content.
func clearRedirectFrom(ctx context.Context, tx warta.Tx, path string) error {
	if !strings.HasPrefix(path, "/") {
		return nil // an outside address has no redirect here
	}
	if err := tx.DeleteRedirect(ctx, path); err != nil && !warta.IsNotFound(err) {
		return err
	}
	return nil
}

// redirectKey is a path as the public site looks it up: without a
// trailing slash, so /lama and /lama/ are one address.
func redirectKey(p string) string {
	if len(p) > 1 && strings.HasPrefix(p, "/") {
		return strings.TrimRight(p, "/")
	}
	return p
}

// findRedirect finds the redirect the public site would follow from a
// target: by the path as given, then without its trailing slash.
func findRedirect(ctx context.Context, tx warta.ReadTx, to string) (string, error) {
	if !strings.HasPrefix(to, "/") {
		return "", &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "an outside address has no redirect here"}
	}
	next, err := tx.FindRedirect(ctx, redirectKey(to))
	if warta.IsNotFound(err) && redirectKey(to) != to {
		next, err = tx.FindRedirect(ctx, to)
	}
	return next, err
}

// refuseLive refuses a path that is a published article's address, a
// section's page or a published static page: the site answers those
// itself, so a redirect from them would never be followed.
func refuseLive(ctx context.Context, tx warta.ReadTx, from string) error {
	parts := strings.Split(strings.TrimPrefix(from, "/"), "/")
	if len(parts) == 1 {
		if _, err := tx.FindSectionBySlug(ctx, parts[0]); err == nil {
			return &warta.Error{Code: warta.EINVALID, Key: "error.redirect_from_live", Args: []any{from}, Message: from + " is a section page"}
		} else if !warta.IsNotFound(err) {
			return err
		}
		if p, err := tx.FindPageBySlug(ctx, parts[0]); err == nil && p.IsPublic() {
			return &warta.Error{Code: warta.EINVALID, Key: "error.redirect_from_live", Args: []any{from}, Message: from + " is a published page"}
		} else if err != nil && !warta.IsNotFound(err) {
			return err
		}
		return nil
	}
	if len(parts) != 5 || !warta.ValidSlug(parts[4]) {
		return nil
	}
	a, err := tx.FindArticleBySlug(ctx, parts[4])
	if warta.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	loc, err := siteLocation(ctx, tx)
	if err != nil {
		return err
	}
	if a.IsPublic() && a.Path(loc) == from {
		return &warta.Error{Code: warta.EINVALID, Key: "error.redirect_from_live", Args: []any{from},
			Message: from + " is the address of a published article"}
	}
	return nil
}
