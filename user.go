package warta

import (
	"net/mail"
	"strings"
	"time"
)

// Role is what a newsroom account may do. The names are WordPress's, so
// staff moving from it recognise them.
type Role string

// Roles, from the most to the least powerful.
const (
	RoleAdministrator Role = "administrator"
	RoleEditor        Role = "editor"
	RoleAuthor        Role = "author"
	RoleContributor   Role = "contributor"
)

// Roles lists every role, most powerful first.
var Roles = []Role{RoleAdministrator, RoleEditor, RoleAuthor, RoleContributor}

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	for _, k := range Roles {
		if r == k {
			return true
		}
	}
	return false
}

// User is a newsroom account.
type User struct {
	ID           int64
	Email        string
	Name         string
	Role         Role
	PersonID     int64  // the public byline this account writes under; 0 if none yet
	PasswordHash string // argon2id PHC string
	Language     string // newsroom language: "id" or "en"
	TOTPSecret   string // "" when two-factor is off
	Disabled     bool
	CreatedAt    time.Time
	Version      int
}

// Validate checks a user's fields.
func (u *User) Validate() error {
	if strings.TrimSpace(u.Name) == "" {
		return &Error{Code: EINVALID, Key: "error.name_required", Message: "name is required"}
	}
	if a, err := mail.ParseAddress(u.Email); err != nil || a.Address != u.Email || len(u.Email) > 254 {
		return &Error{Code: EINVALID, Key: "error.email_invalid", Args: []any{u.Email}, Message: "invalid e-mail address " + u.Email}
	}
	if !u.Role.Valid() {
		return &Error{Code: EINVALID, Key: "error.role_invalid", Args: []any{string(u.Role)}, Message: "unknown role " + string(u.Role) + " (administrator, editor, author or contributor)"}
	}
	if u.Language != "" && u.Language != "id" && u.Language != "en" {
		return &Error{Code: EINVALID, Key: "error.language_invalid", Message: "language must be id or en"}
	}
	return nil
}

// NormalizeEmail lower-cases and trims an address, so logins match
// however the address is typed.
func NormalizeEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Session is a signed-in browser. Only a hash of its cookie value is stored.
type Session struct {
	ID         int64
	TokenHash  string
	UserID     int64
	CreatedAt  time.Time
	LastSeenAt time.Time
	UserAgent  string
}

// MaxListedSessions bounds the sessions listed for one account: enough
// for every device a person uses, and a fixed cost however many sign-ins
// a script has made.
const MaxListedSessions = 100

// Token is an API token. Only a hash of it is stored; the token itself is
// shown once when it is made.
type Token struct {
	ID         int64
	TokenHash  string
	UserID     int64
	Name       string
	Scope      TokenScope
	CreatedAt  time.Time
	LastUsedAt time.Time
	// ExpiresAt is when the token stops working; zero means never.
	ExpiresAt time.Time
}

// TokenScope is what an API token may do with its account's rights.
type TokenScope string

// Token scopes. A read token answers only reads (GET and HEAD), so a
// dashboard or a monitor can hold one without being able to change
// anything; a write token does all its account may.
const (
	ScopeRead  TokenScope = "read"
	ScopeWrite TokenScope = "write"
)

// Valid reports whether s is a known scope.
func (s TokenScope) Valid() bool { return s == ScopeRead || s == ScopeWrite }

// Expired reports whether the token has stopped working at now.
func (t *Token) Expired(now time.Time) bool {
	return !t.ExpiresAt.IsZero() && !now.Before(t.ExpiresAt)
}
