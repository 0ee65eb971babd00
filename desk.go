package warta

import (
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"
)

// Note is an internal remark on an article, for the newsroom only: it is
// stored apart from the article, so no public page, feed, API answer or
// preview can show it.
type Note struct {
	ID        int64
	ArticleID int64
	UserID    int64
	Body      string
	CreatedAt time.Time

	AuthorName string // loaded by the store
}

// MaxNoteRunes bounds a note: a remark, not a second article.
const MaxNoteRunes = 4000

// Validate checks a note's text.
func (n *Note) Validate() error {
	if strings.TrimSpace(n.Body) == "" {
		return &Error{Code: EINVALID, Key: "error.desk_note_required", Message: "a note needs text"}
	}
	if utf8.RuneCountInString(n.Body) > MaxNoteRunes {
		return &Error{Code: EINVALID, Key: "error.note_too_long", Args: []any{MaxNoteRunes}, Message: "a note is too long"}
	}
	return nil
}

// CanNote reports whether u may read and add notes on article a: whoever
// may edit it, its owner, and editors and administrators.
func CanNote(u *User, a *Article) bool {
	return Can(u, ActionEdit, a) || Can(u, ActionReview, nil) || (Owns(u, a) && !u.Disabled)
}

// CanDeleteNote reports whether u may delete note n: its author or an
// editor or administrator.
func CanDeleteNote(u *User, n *Note) bool {
	if u == nil || u.Disabled || n == nil {
		return false
	}
	return n.UserID == u.ID || Can(u, ActionReview, nil)
}

// NotificationKind says why someone is told.
type NotificationKind string

// Kinds of notifications.
const (
	NotifySubmitted NotificationKind = "submitted" // to editors and administrators
	NotifyPublished NotificationKind = "published" // to the owner and the authors
	NotifyReturned  NotificationKind = "returned"  // back to draft with a note, to the owner
	NotifyNote      NotificationKind = "note"      // a note on your story
)

// Notification tells one newsroom user that something happened to a story.
type Notification struct {
	ID        int64
	UserID    int64 // the recipient
	Kind      NotificationKind
	ArticleID int64
	ActorID   int64 // who did it; 0 for the system (the scheduler)
	NoteID    int64 // the note it is about, if any
	CreatedAt time.Time
	ReadAt    time.Time // zero while unread

	// Loaded by the store for listing.
	ArticleTitle string
	ActorName    string
	NoteBody     string
}

// NotificationFilter selects one user's notifications, newest first.
type NotificationFilter struct {
	UserID int64
	ID     int64 // only this one, when set
	Unread bool
	Limit  int // at most 500
}

// MailSettings are how the newsroom sends e-mail. An empty Host means
// e-mail is off. They are kept apart from Settings so the password never
// travels with what pages render.
type MailSettings struct {
	Host     string
	Port     int
	Username string
	Password string
	From     string
	// StartTLS requires the server to offer STARTTLS before anything,
	// the password included, is sent.
	StartTLS bool
}

// Enabled reports whether e-mail is configured.
func (m *MailSettings) Enabled() bool { return m != nil && m.Host != "" }

// Validate checks the settings; empty settings (e-mail off) are valid.
func (m *MailSettings) Validate() error {
	if m.Host == "" {
		return nil
	}
	if len(m.Host) > 253 || strings.ContainsAny(m.Host, " /:\r\n") {
		return &Error{Code: EINVALID, Key: "error.smtp_host", Args: []any{m.Host}, Message: "invalid SMTP host"}
	}
	if m.Port < 1 || m.Port > 65535 {
		return &Error{Code: EINVALID, Key: "error.smtp_port", Message: "SMTP port must be between 1 and 65535"}
	}
	if a, err := mail.ParseAddress(m.From); err != nil || strings.ContainsAny(m.From, "\r\n") || a.Address == "" {
		return &Error{Code: EINVALID, Key: "error.smtp_from", Args: []any{m.From}, Message: "invalid sender address"}
	}
	if strings.ContainsAny(m.Username+m.Password, "\r\n") || len(m.Username) > 254 || len(m.Password) > 1024 {
		return &Error{Code: EINVALID, Key: "error.bad_request", Message: "invalid SMTP credentials"}
	}
	return nil
}
