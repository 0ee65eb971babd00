package sqlite

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"warta"
)

// complaintColumns are a complaint's fields with its story's title and
// its assignee's name.
const complaintColumns = `c.id, c.kind, coalesce(c.article_id, 0), c.name, c.email, c.phone, c.body, c.received_at, c.due_at,
	c.status, coalesce(c.assignee_id, 0), c.reply_body, c.reply_at, coalesce(a.title, ''), coalesce(u.name, '')`

const complaintJoins = ` FROM complaints c LEFT JOIN articles a ON a.id = c.article_id LEFT JOIN users u ON u.id = c.assignee_id`

func scanComplaint(row interface{ Scan(...any) error }) (*warta.Complaint, error) {
	var c warta.Complaint
	var received, due int64
	var reply sql.NullInt64
	if err := row.Scan(&c.ID, &c.Kind, &c.ArticleID, &c.Name, &c.Email, &c.Phone, &c.Body, &received, &due,
		&c.Status, &c.AssigneeID, &c.ReplyBody, &reply, &c.ArticleTitle, &c.AssigneeName); err != nil {
		return nil, err
	}
	c.ReceivedAt, c.DueAt, c.ReplyAt = time.UnixMilli(received).UTC(), time.UnixMilli(due).UTC(), fromMillis(reply)
	return &c, nil
}

func (tx *readTx) FindComplaint(ctx context.Context, id int64) (*warta.Complaint, error) {
	c, err := scanComplaint(tx.q.QueryRowContext(ctx, `SELECT `+complaintColumns+complaintJoins+` WHERE c.id = ?`, id))
	if err != nil {
		return nil, translate(err, "complaint")
	}
	rows, err := tx.q.QueryContext(ctx, `SELECT n.id, n.complaint_id, n.user_id, n.body, n.created_at, coalesce(u.name, '')
		FROM complaint_notes n LEFT JOIN users u ON u.id = n.user_id WHERE n.complaint_id = ? ORDER BY n.id`, id)
	if err != nil {
		return nil, translate(err, "complaint notes")
	}
	for rows.Next() {
		var n warta.ComplaintNote
		var at int64
		if err := rows.Scan(&n.ID, &n.ComplaintID, &n.UserID, &n.Body, &at, &n.AuthorName); err != nil {
			rows.Close()
			return nil, translate(err, "complaint notes")
		}
		n.CreatedAt = time.UnixMilli(at).UTC()
		c.Notes = append(c.Notes, &n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, translate(err, "complaint notes")
	}
	rows, err = tx.q.QueryContext(ctx, `SELECT e.id, e.complaint_id, coalesce(e.user_id, 0), e.action, e.detail, e.created_at, coalesce(u.name, '')
		FROM complaint_changes e LEFT JOIN users u ON u.id = e.user_id WHERE e.complaint_id = ? ORDER BY e.id`, id)
	if err != nil {
		return nil, translate(err, "complaint changes")
	}
	defer rows.Close()
	for rows.Next() {
		var e warta.ComplaintChange
		var at int64
		if err := rows.Scan(&e.ID, &e.ComplaintID, &e.UserID, &e.Action, &e.Detail, &at, &e.UserName); err != nil {
			return nil, translate(err, "complaint changes")
		}
		e.CreatedAt = time.UnixMilli(at).UTC()
		c.Changes = append(c.Changes, &e)
	}
	return c, translate(rows.Err(), "complaint changes")
}

// complaintWhere is f's WHERE clause and arguments.
func complaintWhere(f warta.ComplaintFilter) (string, []any) {
	var conds []string
	var args []any
	open := `c.status IN ('` + string(warta.ComplaintNew) + `', '` + string(warta.ComplaintWorking) + `')`
	if f.Status != nil {
		conds, args = append(conds, `c.status = ?`), append(args, string(*f.Status))
	}
	if f.Open {
		conds = append(conds, open)
	}
	if !f.OverdueAt.IsZero() {
		conds, args = append(conds, open, `c.due_at < ?`), append(args, f.OverdueAt.UnixMilli())
	}
	if f.OwnerID != 0 {
		conds, args = append(conds, `c.article_id IN (SELECT id FROM articles WHERE owner_id = ?)`), append(args, f.OwnerID)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return ` WHERE ` + strings.Join(conds, ` AND `), args
}

func (tx *readTx) FindComplaints(ctx context.Context, f warta.ComplaintFilter) ([]*warta.Complaint, int, error) {
	where, args := complaintWhere(f)
	var total int
	if err := tx.q.QueryRowContext(ctx, `SELECT count(*) FROM complaints c`+where, args...).Scan(&total); err != nil {
		return nil, 0, translate(err, "complaints")
	}
	limit := f.Limit
	if limit <= 0 || limit > warta.MaxListedComplaints {
		limit = warta.MaxListedComplaints
	}
	rows, err := tx.q.QueryContext(ctx, `SELECT `+complaintColumns+complaintJoins+where+` ORDER BY c.due_at, c.id LIMIT ? OFFSET ?`,
		append(args, limit, max(f.Offset, 0))...)
	if err != nil {
		return nil, 0, translate(err, "complaints")
	}
	defer rows.Close()
	var list []*warta.Complaint
	for rows.Next() {
		c, err := scanComplaint(rows)
		if err != nil {
			return nil, 0, translate(err, "complaints")
		}
		list = append(list, c)
	}
	return list, total, translate(rows.Err(), "complaints")
}

func (tx *readTx) CountOpenComplaints(ctx context.Context, now time.Time, ownerID int64) (int, int, error) {
	where, args := complaintWhere(warta.ComplaintFilter{Open: true, OwnerID: ownerID})
	var open, overdue int
	err := tx.q.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(CASE WHEN c.due_at < ? THEN 1 ELSE 0 END), 0) FROM complaints c`+where,
		append([]any{now.UnixMilli()}, args...)...).Scan(&open, &overdue)
	return open, overdue, translate(err, "complaints")
}

func (tx *readTx) CountComplaintsFrom(ctx context.Context, clientKey string, since time.Time) (int, error) {
	var n int
	err := tx.q.QueryRowContext(ctx, `SELECT count(*) FROM complaints WHERE client_key = ? AND received_at >= ?`,
		clientKey, since.UnixMilli()).Scan(&n)
	return n, translate(err, "complaints")
}

func (tx *readTx) FindReplies(ctx context.Context, f warta.ReplyFilter) ([]*warta.Reply, error) {
	where, args := ``, []any{}
	if f.ArticleID != 0 {
		where, args = ` AND c.article_id = ?`, append(args, f.ArticleID)
	}
	limit := f.Limit
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	rows, err := tx.q.QueryContext(ctx, `SELECT c.id, c.name, c.reply_body, c.reply_at, a.id, a.slug, a.title, a.status, a.published_at,
			s.id, s.slug, s.name
		FROM complaints c JOIN articles a ON a.id = c.article_id JOIN sections s ON s.id = a.section_id
		WHERE c.reply_at IS NOT NULL AND a.status = ?`+where+` ORDER BY c.reply_at DESC, c.id DESC LIMIT ?`,
		append(append([]any{string(warta.StatusPublished)}, args...), limit)...)
	if err != nil {
		return nil, translate(err, "replies")
	}
	defer rows.Close()
	var list []*warta.Reply
	for rows.Next() {
		r := &warta.Reply{Article: &warta.Article{Section: &warta.Section{}}}
		var at int64
		var published sql.NullInt64
		a := r.Article
		if err := rows.Scan(&r.ComplaintID, &r.Name, &r.Body, &at, &a.ID, &a.Slug, &a.Title, &a.Status, &published,
			&a.Section.ID, &a.Section.Slug, &a.Section.Name); err != nil {
			return nil, translate(err, "replies")
		}
		r.PublishedAt, a.PublishedAt, a.SectionID = time.UnixMilli(at).UTC(), fromMillis(published), a.Section.ID
		list = append(list, r)
	}
	return list, translate(rows.Err(), "replies")
}

func (tx *writeTx) CreateComplaint(ctx context.Context, c *warta.Complaint) error {
	if err := c.Validate(); err != nil {
		return err
	}
	c.ReceivedAt, c.DueAt, c.Status = tx.now, tx.now.Add(warta.ComplaintWindow), warta.ComplaintNew
	res, err := tx.q.ExecContext(ctx, `INSERT INTO complaints (kind, article_id, name, email, phone, body, client_key, received_at, due_at, status)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, string(c.Kind), nullID(c.ArticleID), c.Name, c.Email, c.Phone, c.Body, c.ClientKey,
		c.ReceivedAt.UnixMilli(), c.DueAt.UnixMilli(), string(c.Status))
	if err != nil {
		return translate(err, "complaint")
	}
	c.ID, err = res.LastInsertId()
	return translate(err, "complaint")
}

func (tx *writeTx) UpdateComplaint(ctx context.Context, c *warta.Complaint) error {
	if !c.Status.Valid() {
		return &warta.Error{Code: warta.EINVALID, Key: "error.complaint_status", Message: "unknown complaint status"}
	}
	res, err := tx.q.ExecContext(ctx, `UPDATE complaints SET status = ?, assignee_id = ?, reply_body = ?, reply_at = ? WHERE id = ?`,
		string(c.Status), nullID(c.AssigneeID), c.ReplyBody, toMillis(c.ReplyAt), c.ID)
	return rowsOrNotFound(res, err, "complaint")
}

func (tx *writeTx) CreateComplaintNote(ctx context.Context, n *warta.ComplaintNote) error {
	if err := n.Validate(); err != nil {
		return err
	}
	var exists int
	if err := tx.q.QueryRowContext(ctx, `SELECT 1 FROM complaints WHERE id = ?`, n.ComplaintID).Scan(&exists); err != nil {
		return translate(err, "complaint")
	}
	n.CreatedAt = tx.now
	res, err := tx.q.ExecContext(ctx, `INSERT INTO complaint_notes (complaint_id, user_id, body, created_at) VALUES (?, ?, ?, ?)`,
		n.ComplaintID, n.UserID, n.Body, tx.now.UnixMilli())
	if err != nil {
		return translate(err, "complaint note")
	}
	n.ID, err = res.LastInsertId()
	return translate(err, "complaint note")
}

func (tx *writeTx) AddComplaintChange(ctx context.Context, e *warta.ComplaintChange) error {
	e.CreatedAt = tx.now
	res, err := tx.q.ExecContext(ctx, `INSERT INTO complaint_changes (complaint_id, user_id, action, detail, created_at) VALUES (?, ?, ?, ?, ?)`,
		e.ComplaintID, nullID(e.UserID), e.Action, e.Detail, tx.now.UnixMilli())
	if err != nil {
		return translate(err, "complaint change")
	}
	e.ID, err = res.LastInsertId()
	return translate(err, "complaint change")
}
