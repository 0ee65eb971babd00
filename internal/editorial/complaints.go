package editorial

import (
	"context"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"warta"
)

// Complaints from readers: the public forms send them here, the newsroom
// works them. Who may do what is warta.CanComplaint's: editors and
// administrators handle the queue; a writer sees, and notes on, the
// complaints about their own stories.

// ComplaintLimit is how many complaints one client may send in
// ComplaintLimitWindow: enough for a reader with several stories to
// answer, too few for a flood.
const (
	ComplaintLimit       = 5
	ComplaintLimitWindow = time.Hour
)

// SubmitComplaint stores what a reader sent, after its checks: the story
// of a Hak Jawab (or the one a complaint names) must be public, and the
// client (c.ClientKey) may not have sent ComplaintLimit complaints in the
// last hour. It returns invalid, not_found, or unavailable with the key
// error.complaint_limit when the client must wait.
func (s *Service) SubmitComplaint(ctx context.Context, c *warta.Complaint) error {
	if err := c.Validate(); err != nil {
		return err
	}
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		if c.ClientKey != "" {
			n, err := tx.CountComplaintsFrom(ctx, c.ClientKey, tx.Now().Add(-ComplaintLimitWindow))
			if err != nil {
				return err
			}
			if n >= ComplaintLimit {
				return &warta.Error{Code: warta.EUNAVAILABLE, Key: "error.complaint_limit", Message: "too many complaints from this client; try again later"}
			}
		}
		if c.ArticleID != 0 {
			a, err := tx.FindArticleByID(ctx, c.ArticleID)
			if err != nil {
				return err
			}
			if a.Status != warta.StatusPublished {
				return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "article not published"}
			}
		}
		if err := tx.CreateComplaint(ctx, c); err != nil {
			return err
		}
		return tx.AddComplaintChange(ctx, &warta.ComplaintChange{ComplaintID: c.ID, Action: "received", Detail: string(c.Kind)})
	})
	if err != nil {
		return err
	}
	s.notify(warta.Event{Kind: warta.EventComplaintReceived, ArticleID: c.ArticleID, ComplaintID: c.ID})
	return nil
}

// Complaints returns a page of the queue as u may see it: all of it for
// editors, the complaints about their own stories for writers.
func (s *Service) Complaints(ctx context.Context, u *warta.User, f warta.ComplaintFilter) ([]*warta.Complaint, int, error) {
	if err := warta.CheckComplaint(u, warta.ActionReadComplaint, nil, nil); err != nil {
		return nil, 0, err
	}
	if !warta.CanComplaint(u, warta.ActionHandleComplaint, nil, nil) {
		f.OwnerID = u.ID
	}
	var list []*warta.Complaint
	var total int
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		list, total, err = tx.FindComplaints(ctx, f)
		return err
	})
	return list, total, err
}

// ComplaintCounts returns how many complaints u may see are open, and how
// many of them are overdue; zeros for whoever may see none.
func (s *Service) ComplaintCounts(ctx context.Context, u *warta.User) (open, overdue int, err error) {
	if !warta.CanComplaint(u, warta.ActionReadComplaint, nil, nil) {
		return 0, 0, nil
	}
	var owner int64
	if !warta.CanComplaint(u, warta.ActionHandleComplaint, nil, nil) {
		owner = u.ID
	}
	err = s.Store.View(ctx, func(tx warta.ReadTx) error {
		open, overdue, err = tx.CountOpenComplaints(ctx, s.now(), owner)
		return err
	})
	return open, overdue, err
}

// Complaint returns one complaint with its notes and trail, if u may see it.
func (s *Service) Complaint(ctx context.Context, u *warta.User, id int64) (*warta.Complaint, error) {
	var c *warta.Complaint
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		c, err = s.complaintFor(ctx, tx, u, warta.ActionReadComplaint, id)
		return err
	})
	return c, err
}

// complaintFor loads complaint id and checks that u may do action on it.
// A complaint u may not even read answers not_found, as if it did not
// exist, so its number tells a writer nothing.
func (s *Service) complaintFor(ctx context.Context, tx warta.ReadTx, u *warta.User, action warta.Action, id int64) (*warta.Complaint, error) {
	c, err := tx.FindComplaint(ctx, id)
	if err != nil {
		return nil, err
	}
	var a *warta.Article
	if c.ArticleID != 0 {
		if a, err = tx.FindArticleByID(ctx, c.ArticleID); err != nil {
			return nil, err
		}
	}
	if !warta.CanComplaint(u, warta.ActionReadComplaint, c, a) {
		if u == nil {
			return nil, warta.CheckComplaint(u, action, c, a)
		}
		return nil, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "complaint not found"}
	}
	return c, warta.CheckComplaint(u, action, c, a)
}

// UpdateComplaint sets a complaint's status and assignee (0: nobody), and
// records each change in its trail. The assignee must be an active
// account that may handle complaints.
func (s *Service) UpdateComplaint(ctx context.Context, u *warta.User, id int64, status warta.ComplaintStatus, assigneeID int64) (*warta.Complaint, error) {
	if !status.Valid() {
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.complaint_status", Message: "unknown complaint status"}
	}
	var c *warta.Complaint
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		if c, err = s.complaintFor(ctx, tx, u, warta.ActionHandleComplaint, id); err != nil {
			return err
		}
		var changes []*warta.ComplaintChange
		if status != c.Status {
			c.Status = status
			changes = append(changes, &warta.ComplaintChange{Action: "status", Detail: string(status)})
		}
		if assigneeID != c.AssigneeID {
			detail := ""
			if assigneeID != 0 {
				who, err := tx.FindUserByID(ctx, assigneeID)
				if err != nil || !warta.CanComplaint(who, warta.ActionHandleComplaint, nil, nil) {
					return &warta.Error{Code: warta.EINVALID, Key: "error.complaint_assignee", Message: "assign the complaint to an editor"}
				}
				detail = who.Name
			}
			c.AssigneeID, c.AssigneeName = assigneeID, detail
			changes = append(changes, &warta.ComplaintChange{Action: "assign", Detail: detail})
		}
		if len(changes) == 0 {
			return nil
		}
		if err := tx.UpdateComplaint(ctx, c); err != nil {
			return err
		}
		for _, e := range changes {
			e.ComplaintID, e.UserID = c.ID, u.ID
			if err := tx.AddComplaintChange(ctx, e); err != nil {
				return err
			}
		}
		return nil
	})
	return c, err
}

// AddComplaintNote adds an internal note to a complaint u may see.
func (s *Service) AddComplaintNote(ctx context.Context, u *warta.User, id int64, text string) (*warta.ComplaintNote, error) {
	n := &warta.ComplaintNote{ComplaintID: id, Body: strings.TrimSpace(text)}
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		if _, err := s.complaintFor(ctx, tx, u, warta.ActionReadComplaint, id); err != nil {
			return err
		}
		n.UserID = u.ID
		if err := tx.CreateComplaintNote(ctx, n); err != nil {
			return err
		}
		return tx.AddComplaintChange(ctx, &warta.ComplaintChange{ComplaintID: id, UserID: u.ID, Action: "note", Detail: strconv.FormatInt(n.ID, 10)})
	})
	if err != nil {
		return nil, err
	}
	return n, nil
}

// PublishReply publishes a Hak Jawab under its story, with the text as
// the newsroom edited it (plain text; paragraphs are its blank lines), and
// closes the complaint as answered. Publishing again replaces the text
// and keeps the first publication time. The story's page changes, so an
// article event goes out for it.
func (s *Service) PublishReply(ctx context.Context, u *warta.User, id int64, text string) (*warta.Complaint, error) {
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	switch {
	case text == "":
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.reply_required", Message: "the reply needs text"}
	case !utf8.ValidString(text) || utf8.RuneCountInString(text) > warta.MaxReplyRunes:
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.reply_too_long", Args: []any{warta.MaxReplyRunes}, Message: "the reply is too long"}
	}
	var c *warta.Complaint
	var a *warta.Article
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		if c, err = s.complaintFor(ctx, tx, u, warta.ActionHandleComplaint, id); err != nil {
			return err
		}
		if c.Kind != warta.ComplaintReply || c.ArticleID == 0 {
			return &warta.Error{Code: warta.EINVALID, Key: "error.reply_not_hak_jawab", Message: "only a right of reply to a story is published"}
		}
		if a, err = tx.FindArticleByID(ctx, c.ArticleID); err != nil {
			return err
		}
		c.ReplyBody = text
		if c.ReplyAt.IsZero() {
			c.ReplyAt = tx.Now()
		}
		c.Status = warta.ComplaintAnswered
		if err := tx.UpdateComplaint(ctx, c); err != nil {
			return err
		}
		return tx.AddComplaintChange(ctx, &warta.ComplaintChange{ComplaintID: c.ID, UserID: u.ID, Action: "reply"})
	})
	if err != nil {
		return nil, err
	}
	e := warta.ArticleEvent(warta.EventArticleChanged, a.ID, a, a)
	e.ActorID = u.ID
	e.Corrected = true // the reply joins the public log of notes (/koreksi)
	s.notify(e)
	return c, nil
}
