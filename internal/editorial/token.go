package editorial

import (
	"context"
	"fmt"
	"time"

	"warta"
	"warta/internal/auth"
)

// MaxTokenName bounds a token's label, in bytes.
const MaxTokenName = 100

// MaxTokensPerUser bounds the API tokens one account holds, so the
// account page's list stays short and a looping script cannot grow the
// table without end. Revoke one to make another.
const MaxTokensPerUser = 50

// MaxTokenLifetime is the furthest ahead a token's expiry may be set.
const MaxTokenLifetime = 5 * 366 * 24 * time.Hour

// TokenSpec is what a new API token is made with.
type TokenSpec struct {
	Name  string
	Scope warta.TokenScope // "" for write
	// ExpiresAt, when set, is when the token stops working: after now
	// and within MaxTokenLifetime.
	ExpiresAt time.Time
}

// mayHandleTokens refuses by acting on userID's tokens unless they are
// by's own or by manages users. userID 0 (every account) needs manage_users.
func mayHandleTokens(by *warta.User, userID int64) error {
	if by == nil || by.Disabled {
		return warta.Check(nil, warta.ActionManageUsers, nil)
	}
	if userID != 0 && userID == by.ID {
		return nil
	}
	return warta.Check(by, warta.ActionManageUsers, nil)
}

// CreateToken makes an API token acting as account userID and returns it
// in plain text, to be shown once; only its hash is kept. Users make
// their own tokens; administrators (and Console) anyone's, but never a
// disabled account's. Returns forbidden, not_found or invalid.
func (s *Service) CreateToken(ctx context.Context, by *warta.User, userID int64, name string) (string, *warta.Token, error) {
	return s.IssueToken(ctx, by, userID, TokenSpec{Name: name})
}

// IssueToken is CreateToken with a scope and an expiry. Returns
// forbidden, not_found or invalid (an unknown scope, an expiry in the
// past or too far ahead, or too many tokens already).
func (s *Service) IssueToken(ctx context.Context, by *warta.User, userID int64, spec TokenSpec) (string, *warta.Token, error) {
	if err := mayHandleTokens(by, userID); err != nil {
		return "", nil, err
	}
	if spec.Scope == "" {
		spec.Scope = warta.ScopeWrite
	}
	if !spec.Scope.Valid() {
		return "", nil, &warta.Error{Code: warta.EINVALID, Key: "error.token_scope", Args: []any{string(spec.Scope)}, Message: "scope must be read or write"}
	}
	name := oneLine(spec.Name)
	if name == "" {
		name = "token"
	}
	if len(name) > MaxTokenName {
		return "", nil, tooLong("error.name_too_long", "token name", MaxTokenName)
	}
	plain, hash, err := auth.NewToken(auth.APITokenPrefix)
	if err != nil {
		return "", nil, err
	}
	t := &warta.Token{TokenHash: hash, UserID: userID, Name: name, Scope: spec.Scope, ExpiresAt: spec.ExpiresAt.UTC()}
	err = s.Store.Update(ctx, func(tx warta.Tx) error {
		if !t.ExpiresAt.IsZero() && (!t.ExpiresAt.After(tx.Now()) || t.ExpiresAt.Sub(tx.Now()) > MaxTokenLifetime) {
			return &warta.Error{Code: warta.EINVALID, Key: "error.token_expiry", Message: "the expiry must be in the future and within five years"}
		}
		u, err := tx.FindUserByID(ctx, userID)
		if err != nil {
			return err
		}
		if u.Disabled {
			return &warta.Error{Code: warta.EINVALID, Key: "error.account_disabled", Args: []any{u.Email}, Message: "account " + u.Email + " is disabled"}
		}
		if have, err := tx.FindTokens(ctx, userID); err != nil {
			return err
		} else if len(have) >= MaxTokensPerUser {
			return &warta.Error{Code: warta.EINVALID, Key: "error.token_limit", Args: []any{MaxTokensPerUser}, Message: fmt.Sprintf("an account holds at most %d tokens", MaxTokensPerUser)}
		}
		if err := tx.CreateToken(ctx, t); err != nil {
			return err
		}
		return siteAudit(ctx, tx, by, "token_create", fmt.Sprintf("user:%d", userID), name+" "+string(t.Scope))
	})
	if err != nil {
		return "", nil, err
	}
	return plain, t, nil
}

// Tokens lists the API tokens of account userID, or of every account when
// userID is 0, oldest first; never the tokens themselves, only labels and
// times. Returns forbidden.
func (s *Service) Tokens(ctx context.Context, by *warta.User, userID int64) ([]*warta.Token, error) {
	if err := mayHandleTokens(by, userID); err != nil {
		return nil, err
	}
	var list []*warta.Token
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		list, err = tx.FindTokens(ctx, userID)
		return err
	})
	return list, err
}

// RevokeToken deletes API token id, which stops working at once. Users
// revoke their own tokens, administrators anyone's. Returns forbidden or
// not_found (also for another user's token, which is not theirs to see).
func (s *Service) RevokeToken(ctx context.Context, by *warta.User, id int64) error {
	return s.Store.Update(ctx, func(tx warta.Tx) error {
		t, err := tx.FindTokenByID(ctx, id)
		if err != nil {
			return err
		}
		if err := mayHandleTokens(by, t.UserID); err != nil {
			if warta.ErrorCode(err) == warta.EFORBIDDEN {
				return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: fmt.Sprintf("token %d not found", id)}
			}
			return err
		}
		if err := tx.DeleteToken(ctx, id); err != nil {
			return err
		}
		return siteAudit(ctx, tx, by, "token_revoke", fmt.Sprintf("user:%d", t.UserID), t.Name)
	})
}
