package editorial

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"warta"
	"warta/internal/i18n"
)

// Notifications turns the editorial service's events into in-newsroom
// notifications, and into e-mail when it is configured. It is the one
// subscriber that decides who hears of what; handlers never write
// notifications themselves.
//
//   - submitted for review: editors and administrators
//   - published: the story's owner and the users whose byline it carries
//   - returned to draft with a note: the owner
//   - a note added: the owner
//
// Nobody is told of what they did themselves.
type Notifications struct {
	Store  warta.Store
	Logger *slog.Logger
	// BaseURL is the site's address, for links in e-mail.
	BaseURL string
	// Mail, when set, takes one e-mail to send in the background; it must
	// not block. It is called only when e-mail is configured.
	Mail func(to, subject, body string)
}

// Handle writes the notifications an event calls for in a transaction of
// their own, after the event's has committed. Failures are logged: the
// change they report has happened either way. Events from other nodes
// are theirs to handle: every node hears every event, and each would
// otherwise notify (and mail) once more.
func (n *Notifications) Handle(e warta.Event) {
	if e.Kind == warta.EventComplaintReceived {
		n.complaintMail(e)
		return
	}
	kind := notificationKind(e)
	if kind == "" || e.ArticleID == 0 || e.Remote {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out []*warta.Notification
	var to []*warta.User
	var a *warta.Article
	var mail *warta.MailSettings
	err := n.Store.Update(ctx, func(tx warta.Tx) error {
		out, to, a = nil, nil, nil
		var err error
		if a, err = tx.FindArticleByID(ctx, e.ArticleID); err != nil {
			return err
		}
		users, err := tx.FindUsers(ctx)
		if err != nil {
			return err
		}
		for _, u := range users {
			if u.Disabled || u.ID == e.ActorID || !recipient(kind, u, a) {
				continue
			}
			x := &warta.Notification{UserID: u.ID, Kind: kind, ArticleID: a.ID, ActorID: e.ActorID, NoteID: e.NoteID}
			if err := tx.CreateNotification(ctx, x); err != nil {
				return err
			}
			out, to = append(out, x), append(to, u)
		}
		mail, err = tx.FindMailSettings(ctx)
		return err
	})
	if err != nil {
		n.log().Error("write notifications", "article_id", e.ArticleID, "kind", string(kind), "error", err)
		return
	}
	if n.Mail == nil || !mail.Enabled() {
		return
	}
	for _, u := range to {
		subject, body := n.email(u, kind, a)
		n.Mail(u.Email, subject, body)
	}
}

// notificationKind says which notification an event is, if any.
func notificationKind(e warta.Event) warta.NotificationKind {
	switch {
	case e.Kind == warta.EventNoteAdded:
		return warta.NotifyNote
	case e.Kind == warta.EventArticlePublished:
		return warta.NotifyPublished
	case e.To == warta.StatusReview && e.From != warta.StatusReview:
		return warta.NotifySubmitted
	case e.To == warta.StatusDraft && e.From == warta.StatusReview && e.NoteID != 0:
		return warta.NotifyReturned
	}
	return ""
}

// recipient reports whether u hears of kind on article a.
func recipient(kind warta.NotificationKind, u *warta.User, a *warta.Article) bool {
	switch kind {
	case warta.NotifySubmitted:
		return warta.Can(u, warta.ActionReview, nil)
	case warta.NotifyPublished:
		return warta.Owns(u, a) || (u.PersonID != 0 && slices.Contains(a.AuthorIDs, u.PersonID))
	case warta.NotifyReturned, warta.NotifyNote:
		return warta.Owns(u, a)
	}
	return false
}

// email is a notification's subject and plain-text body in the
// recipient's language.
func (n *Notifications) email(u *warta.User, kind warta.NotificationKind, a *warta.Article) (string, string) {
	lang := i18n.Parse(u.Language)
	subject := i18n.T(lang, "mail.notify."+string(kind), a.Title)
	link := strings.TrimRight(n.BaseURL, "/") + fmt.Sprintf("/redaksi/artikel/%d", a.ID)
	body := i18n.T(lang, "mail.notify.body", subject, link)
	return subject, body
}

func (n *Notifications) log() *slog.Logger {
	if n.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return n.Logger
}

// Inbox returns u's latest notifications, newest first (at most limit,
// 500 at most).
func (s *Service) Inbox(ctx context.Context, u *warta.User, limit int) ([]*warta.Notification, error) {
	if u == nil {
		return nil, noteRefusal(nil)
	}
	var list []*warta.Notification
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		list, err = tx.FindNotifications(ctx, warta.NotificationFilter{UserID: u.ID, Limit: limit})
		return err
	})
	return list, err
}

// Open marks u's notification id read and returns it; not_found for
// another user's.
func (s *Service) Open(ctx context.Context, u *warta.User, id int64) (*warta.Notification, error) {
	if u == nil {
		return nil, noteRefusal(nil)
	}
	var x *warta.Notification
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		list, err := tx.FindNotifications(ctx, warta.NotificationFilter{UserID: u.ID, ID: id})
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "notification not found"}
		}
		x = list[0]
		_, err = tx.MarkNotificationsRead(ctx, u.ID, []int64{id})
		return err
	})
	return x, err
}

// MarkAllRead marks every notification of u read and returns how many.
func (s *Service) MarkAllRead(ctx context.Context, u *warta.User) (int, error) {
	if u == nil {
		return 0, noteRefusal(nil)
	}
	var n int
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		n, err = tx.MarkNotificationsRead(ctx, u.ID, nil)
		return err
	})
	return n, err
}
