package editorial

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"warta"
	"warta/internal/auth"
)

// Console is the operator at the machine's command line (`warta user
// create`): an administrator with no account of its own, recorded in the
// audit log as the system.
func Console() *warta.User {
	return &warta.User{Name: "console", Role: warta.RoleAdministrator}
}

// NewUser is what is sent to open an account.
type NewUser struct {
	Email, Name string
	Role        warta.Role
	Password    string
	Language    string // "" for the site's
}

// UserChange is what an administrator changes on an account. Nil fields
// are left as they are; an empty Password keeps the password.
type UserChange struct {
	Role     *warta.Role
	Disabled *bool
	Password string
	// Session is the acting browser's session: when administrators reset
	// their own password it stays signed in, and every other one ends.
	Session int64
	// RevokeTokens, with a new Password, also revokes every API token of
	// the account: a reset after a leak should leave no way in.
	RevokeTokens bool
}

// AccountChange is what users change on their own account.
type AccountChange struct {
	Language *string
	// NewPassword, when set, replaces the password if CurrentPassword is
	// right; every other session of the user then ends.
	CurrentPassword, NewPassword string
	Session                      int64 // the browser making the change, kept signed in
	// RevokeTokens, with a new password, also revokes every API token of
	// the user.
	RevokeTokens bool
}

// newAccount checks in and turns it into a user with a hashed password.
func newAccount(in NewUser) (*warta.User, error) {
	u := &warta.User{Email: warta.NormalizeEmail(in.Email), Name: oneLine(in.Name), Role: in.Role, Language: in.Language}
	if err := checkName(u.Name); err != nil {
		return nil, err
	}
	if err := u.Validate(); err != nil {
		return nil, err
	}
	var err error
	if u.PasswordHash, err = auth.HashPassword(in.Password, auth.DefaultParams); err != nil {
		return nil, err
	}
	return u, nil
}

// CreateUser opens an account with a public byline of its own name. It
// needs manage_users (Console has it). Returns forbidden, invalid, or
// conflict for an e-mail address another account has.
func (s *Service) CreateUser(ctx context.Context, by *warta.User, in NewUser) (*warta.User, error) {
	if err := warta.Check(by, warta.ActionManageUsers, nil); err != nil {
		return nil, err
	}
	u, err := newAccount(in)
	if err != nil {
		return nil, err
	}
	if err := s.Store.Update(ctx, func(tx warta.Tx) error { return createAccount(ctx, tx, by, u) }); err != nil {
		return nil, err
	}
	s.notify(warta.Event{Kind: warta.EventSiteChanged})
	return u, nil
}

// SetUp opens the first administrator's account, and only while there is
// no account at all: a second visitor to the first-run page gets conflict.
// Returns invalid or conflict.
func (s *Service) SetUp(ctx context.Context, in NewUser) (*warta.User, error) {
	in.Role = warta.RoleAdministrator
	u, err := newAccount(in)
	if err != nil {
		return nil, err
	}
	err = s.Store.Update(ctx, func(tx warta.Tx) error {
		if n, err := tx.CountUsers(ctx); err != nil || n > 0 {
			if err == nil {
				err = &warta.Error{Code: warta.ECONFLICT, Key: "nr.error.setup_done", Message: "an administrator exists"}
			}
			return err
		}
		if err := createAccount(ctx, tx, nil, u); err != nil {
			return err
		}
		return seedTransparency(ctx, tx)
	})
	if err != nil {
		return nil, err
	}
	s.notify(warta.Event{Kind: warta.EventSiteChanged})
	return u, nil
}

// createAccount writes u with a byline person of its name, and the audit
// entry. Every account is created here, from the CLI, the first-run page
// and the users page alike.
func createAccount(ctx context.Context, tx warta.Tx, by *warta.User, u *warta.User) error {
	person := &warta.Person{Name: u.Name, Email: u.Email, Title: roleTitle(u.Role)}
	var err error
	if person.Slug, err = nameSlug("", u.Name, personSlugFallback, personSlugTaken(ctx, tx, 0)); err != nil {
		return err
	}
	if err := tx.CreatePerson(ctx, person); err != nil {
		return err
	}
	u.PersonID = person.ID
	if err := tx.CreateUser(ctx, u); err != nil {
		return err
	}
	return siteAudit(ctx, tx, by, "user_create", fmt.Sprintf("user:%d", u.ID), string(u.Role))
}

// roleTitle is the byline title a new account's person starts with.
func roleTitle(r warta.Role) string {
	switch r {
	case warta.RoleEditor, warta.RoleAdministrator:
		return "Redaktur"
	case warta.RoleContributor:
		return "Kontributor"
	default:
		return "Jurnalis"
	}
}

// UpdateUser changes another account's role, status or password. It
// needs manage_users, and keeps the newsroom run by someone: nobody
// demotes or disables themself, and the last active administrator stays
// one. A new password ends the user's sessions (but the acting one); a
// disabled account loses its sessions and API tokens. Returns forbidden,
// invalid, not_found or conflict.
func (s *Service) UpdateUser(ctx context.Context, by *warta.User, id int64, ch UserChange) (*warta.User, error) {
	if err := warta.Check(by, warta.ActionManageUsers, nil); err != nil {
		return nil, err
	}
	var hash string
	if ch.Password != "" {
		var err error
		if hash, err = auth.HashPasswordContext(ctx, ch.Password, auth.DefaultParams); err != nil {
			return nil, err
		}
	}
	var target *warta.User
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		if target, err = tx.FindUserByID(ctx, id); err != nil {
			return err
		}
		wasAdmin := target.Role == warta.RoleAdministrator && !target.Disabled
		var changes []string
		if ch.Role != nil && *ch.Role != target.Role {
			target.Role = *ch.Role
			changes = append(changes, "role="+string(target.Role))
		}
		if ch.Disabled != nil && *ch.Disabled != target.Disabled {
			target.Disabled = *ch.Disabled
			changes = append(changes, fmt.Sprintf("disabled=%t", target.Disabled))
		}
		if err := target.Validate(); err != nil {
			return err
		}
		stillAdmin := target.Role == warta.RoleAdministrator && !target.Disabled
		if wasAdmin && !stillAdmin {
			if target.ID == by.ID {
				return &warta.Error{Code: warta.EINVALID, Key: "nr.error.self_demote", Message: "you cannot demote or disable yourself"}
			}
			if err := keepAnAdministrator(ctx, tx, target.ID); err != nil {
				return err
			}
		}
		if hash != "" {
			target.PasswordHash = hash
			changes = append(changes, "password")
			keep := int64(0)
			if target.ID == by.ID {
				keep = ch.Session
			}
			if err := tx.DeleteOtherSessions(ctx, target.ID, keep); err != nil {
				return err
			}
			if ch.RevokeTokens {
				changes = append(changes, "tokens_revoked")
				if err := tx.DeleteUserTokens(ctx, target.ID); err != nil {
					return err
				}
			}
		}
		if target.Disabled {
			if err := tx.DeleteUserSessions(ctx, target.ID); err != nil {
				return err
			}
			if err := tx.DeleteUserTokens(ctx, target.ID); err != nil {
				return err
			}
		}
		if err := tx.UpdateUser(ctx, target); err != nil {
			return err
		}
		return siteAudit(ctx, tx, by, "user_save", fmt.Sprintf("user:%d", target.ID), strings.Join(changes, " "))
	})
	if err != nil {
		return nil, err
	}
	return target, nil
}

// keepAnAdministrator refuses a change that would leave no active
// administrator but the account except.
func keepAnAdministrator(ctx context.Context, tx warta.ReadTx, except int64) error {
	users, err := tx.FindUsers(ctx)
	if err != nil {
		return err
	}
	for _, u := range users {
		if u.ID != except && u.Role == warta.RoleAdministrator && !u.Disabled {
			return nil
		}
	}
	return &warta.Error{Code: warta.EINVALID, Key: "error.last_admin", Message: "the last administrator cannot be demoted or disabled"}
}

// ErrCurrentPassword is SaveAccount's answer to a wrong current password:
// the one outcome that counts against the account's sign-in limit.
var ErrCurrentPassword = &warta.Error{Code: warta.EINVALID, Key: "nr.error.current_password", Message: "current password is wrong"}

// SaveAccount changes the signed-in user's own language or password. A
// new password needs the current one, and ends every other session of
// the user. Returns unauthorized, invalid or conflict.
func (s *Service) SaveAccount(ctx context.Context, u *warta.User, ch AccountChange) (*warta.User, error) {
	if u == nil || u.ID == 0 || u.Disabled {
		return nil, &warta.Error{Code: warta.EUNAUTHORIZED, Key: "error.unauthorized", Message: "sign in first"}
	}
	var hash string
	if ch.NewPassword != "" {
		ok, _, err := auth.VerifyPasswordContext(ctx, ch.CurrentPassword, u.PasswordHash)
		if errors.Is(err, auth.ErrBusy) {
			return nil, err // nothing was checked: not a wrong password
		}
		if !ok {
			return nil, ErrCurrentPassword
		}
		if hash, err = auth.HashPasswordContext(ctx, ch.NewPassword, auth.DefaultParams); err != nil {
			return nil, err
		}
	}
	var me *warta.User
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		if me, err = tx.FindUserByID(ctx, u.ID); err != nil {
			return err
		}
		var changes []string
		if ch.Language != nil && *ch.Language != me.Language {
			me.Language = *ch.Language
			changes = append(changes, "language="+me.Language)
		}
		if hash != "" {
			me.PasswordHash = hash
			changes = append(changes, "password")
			if err := tx.DeleteOtherSessions(ctx, me.ID, ch.Session); err != nil {
				return err
			}
			if ch.RevokeTokens {
				changes = append(changes, "tokens_revoked")
				if err := tx.DeleteUserTokens(ctx, me.ID); err != nil {
					return err
				}
			}
		}
		if err := tx.UpdateUser(ctx, me); err != nil {
			return err
		}
		return siteAudit(ctx, tx, u, "account_save", fmt.Sprintf("user:%d", u.ID), strings.Join(changes, " "))
	})
	if err != nil {
		return nil, err
	}
	return me, nil
}
