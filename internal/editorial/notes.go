package editorial

import (
	"context"
	"fmt"
	"strings"

	"warta"
)

// AddNote adds an internal note to article id. Notes are for the
// newsroom: whoever may work on the story may read and add them, and the
// story's owner is told (see Notifications).
func (s *Service) AddNote(ctx context.Context, u *warta.User, id int64, text string) (*warta.Note, error) {
	n := &warta.Note{ArticleID: id, Body: strings.TrimSpace(text)}
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		a, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		if !warta.CanNote(u, a) {
			return noteRefusal(u)
		}
		n.UserID = u.ID
		if err := tx.CreateNote(ctx, n); err != nil {
			return err
		}
		return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "note_add", Subject: fmt.Sprintf("article:%d", id)})
	})
	if err != nil {
		return nil, err
	}
	s.notify(warta.Event{Kind: warta.EventNoteAdded, ArticleID: id, ActorID: u.ID, NoteID: n.ID})
	return n, nil
}

// DeleteNote removes a note: its author may, and editors and
// administrators may remove anyone's.
func (s *Service) DeleteNote(ctx context.Context, u *warta.User, noteID int64) (*warta.Note, error) {
	var n *warta.Note
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		if n, err = tx.FindNote(ctx, noteID); err != nil {
			return err
		}
		if !warta.CanDeleteNote(u, n) {
			return noteRefusal(u)
		}
		if err := tx.DeleteNote(ctx, noteID); err != nil {
			return err
		}
		return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "note_delete", Subject: fmt.Sprintf("article:%d", n.ArticleID)})
	})
	return n, err
}

// Notes returns article id's notes for u, who must be allowed to read them.
func (s *Service) Notes(ctx context.Context, u *warta.User, id int64) ([]*warta.Note, error) {
	var list []*warta.Note
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		a, err := tx.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		if !warta.CanNote(u, a) {
			return noteRefusal(u)
		}
		list, err = tx.FindNotes(ctx, id)
		return err
	})
	return list, err
}

// ReturnWithNote sends a story in review back to draft with a note that
// says why, in one transaction; its owner is told. Only those who review
// (editors and administrators) return stories.
func (s *Service) ReturnWithNote(ctx context.Context, u *warta.User, id int64, version int, text string) (*warta.Article, error) {
	if err := warta.Check(u, warta.ActionReview, nil); err != nil {
		return nil, err
	}
	n := &warta.Note{ArticleID: id, UserID: u.ID, Body: strings.TrimSpace(text)}
	if err := n.Validate(); err != nil {
		return nil, err
	}
	var a *warta.Article
	var ev warta.Event
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := findAtVersion(ctx, tx, id, version)
		if err != nil {
			return err
		}
		if cur.Status != warta.StatusReview {
			return &warta.Error{Code: warta.EINVALID, Key: "error.return_not_review", Message: "only a story in review can be returned"}
		}
		if ev, err = s.transition(ctx, tx, u, cur, Move{To: warta.StatusDraft}); err != nil {
			return err
		}
		if err := tx.CreateNote(ctx, n); err != nil {
			return err
		}
		if err := tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "return", Subject: fmt.Sprintf("article:%d", id), Detail: n.Body}); err != nil {
			return err
		}
		a, err = tx.FindArticleByID(ctx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	ev.NoteID = n.ID
	s.notify(ev)
	return a, nil
}

func noteRefusal(u *warta.User) error {
	if u == nil {
		return &warta.Error{Code: warta.EUNAUTHORIZED, Key: "error.unauthorized", Message: "sign in first"}
	}
	return &warta.Error{Code: warta.EFORBIDDEN, Key: "error.note_forbidden", Message: "not allowed: notes of this story"}
}
