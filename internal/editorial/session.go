package editorial

import (
	"context"
	"fmt"

	"warta"
	"warta/internal/auth"
)

// Sessions lists the signed-in browsers of u, the most recently used
// first; sessions that have lapsed (idle or too old) are left out, as
// their cookies no longer sign anyone in. Returns unauthorized.
func (s *Service) Sessions(ctx context.Context, u *warta.User) ([]*warta.Session, error) {
	if err := signedIn(u); err != nil {
		return nil, err
	}
	var list []*warta.Session
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		now := s.now()
		all, err := tx.FindUserSessions(ctx, u.ID)
		for _, se := range all {
			if auth.SessionValid(se.CreatedAt, se.LastSeenAt, now) {
				list = append(list, se)
			}
		}
		return err
	})
	return list, err
}

// RevokeSession signs one of u's own browsers out; its cookie leads to
// the sign-in page from its next request. Returns unauthorized, or
// not_found for a session that is not u's (or no longer exists).
func (s *Service) RevokeSession(ctx context.Context, u *warta.User, id int64) error {
	if err := signedIn(u); err != nil {
		return err
	}
	return s.Store.Update(ctx, func(tx warta.Tx) error {
		list, err := tx.FindUserSessions(ctx, u.ID)
		if err != nil {
			return err
		}
		for _, se := range list {
			if se.ID == id {
				if err := tx.DeleteSession(ctx, id); err != nil {
					return err
				}
				return siteAudit(ctx, tx, u, "session_revoke", fmt.Sprintf("user:%d", u.ID), fmt.Sprint(id))
			}
		}
		return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: fmt.Sprintf("session %d not found", id)}
	})
}

// RevokeOtherSessions signs u out everywhere but the session keep, the
// browser asking. Returns unauthorized.
func (s *Service) RevokeOtherSessions(ctx context.Context, u *warta.User, keep int64) error {
	if err := signedIn(u); err != nil {
		return err
	}
	return s.Store.Update(ctx, func(tx warta.Tx) error {
		if err := tx.DeleteOtherSessions(ctx, u.ID, keep); err != nil {
			return err
		}
		return siteAudit(ctx, tx, u, "session_revoke_others", fmt.Sprintf("user:%d", u.ID), "")
	})
}

// signedIn refuses a missing or disabled account.
func signedIn(u *warta.User) error {
	if u == nil || u.ID == 0 || u.Disabled {
		return &warta.Error{Code: warta.EUNAUTHORIZED, Key: "error.unauthorized", Message: "sign in first"}
	}
	return nil
}
