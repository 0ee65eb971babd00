package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"warta"
)

func (tx *readTx) FindNotes(ctx context.Context, articleID int64) ([]*warta.Note, error) {
	rows, err := tx.q.Query(ctx, `SELECT n.id, n.article_id, n.user_id, n.body, n.created_at, coalesce(u.name, '')
		FROM article_notes n LEFT JOIN users u ON u.id = n.user_id WHERE n.article_id = ? ORDER BY n.id`, articleID)
	if err != nil {
		return nil, translate(err, "notes")
	}
	defer rows.Close()
	var list []*warta.Note
	for rows.Next() {
		n, err := scanNote(rows)
		if err != nil {
			return nil, translate(err, "notes")
		}
		list = append(list, n)
	}
	return list, translate(rows.Err(), "notes")
}

func (tx *readTx) FindNote(ctx context.Context, id int64) (*warta.Note, error) {
	n, err := scanNote(tx.q.QueryRow(ctx, `SELECT n.id, n.article_id, n.user_id, n.body, n.created_at, coalesce(u.name, '')
		FROM article_notes n LEFT JOIN users u ON u.id = n.user_id WHERE n.id = ?`, id))
	return n, translate(err, "note")
}

func scanNote(row interface{ Scan(...any) error }) (*warta.Note, error) {
	var n warta.Note
	var at int64
	if err := row.Scan(&n.ID, &n.ArticleID, &n.UserID, &n.Body, &at, &n.AuthorName); err != nil {
		return nil, err
	}
	n.CreatedAt = time.UnixMilli(at).UTC()
	return &n, nil
}

func (tx *writeTx) CreateNote(ctx context.Context, n *warta.Note) error {
	if err := n.Validate(); err != nil {
		return err
	}
	n.CreatedAt = tx.now
	err := tx.q.QueryRow(ctx, `INSERT INTO article_notes (article_id, user_id, body, created_at) VALUES (?, ?, ?, ?) RETURNING id`,
		n.ArticleID, n.UserID, n.Body, tx.now.UnixMilli()).Scan(&n.ID)
	if err != nil {
		return translate(err, "note")
	}
	return translate(err, "note")
}

func (tx *writeTx) DeleteNote(ctx context.Context, id int64) error {
	res, err := tx.q.Exec(ctx, `DELETE FROM article_notes WHERE id = ?`, id)
	return rowsOrNotFound(res, err, "note")
}

const notificationColumns = `x.id, x.user_id, x.kind, coalesce(x.article_id, 0), coalesce(x.actor_id, 0), coalesce(x.note_id, 0),
	x.created_at, x.read_at, coalesce(a.title, ''), coalesce(u.name, ''), coalesce(n.body, '')`

const notificationJoins = ` FROM notifications x LEFT JOIN articles a ON a.id = x.article_id
	LEFT JOIN users u ON u.id = x.actor_id LEFT JOIN article_notes n ON n.id = x.note_id`

func (tx *readTx) FindNotifications(ctx context.Context, f warta.NotificationFilter) ([]*warta.Notification, error) {
	where := ` WHERE x.user_id = ?`
	args := []any{f.UserID}
	if f.Unread {
		where += ` AND x.read_at IS NULL`
	}
	if f.ID != 0 {
		where += ` AND x.id = ?`
		args = append(args, f.ID)
	}
	limit := f.Limit
	if limit <= 0 || limit > 500 {
		limit = 500
	}
	args = append(args, limit)
	rows, err := tx.q.Query(ctx, `SELECT `+notificationColumns+notificationJoins+where+` ORDER BY x.id DESC LIMIT ?`, args...)
	if err != nil {
		return nil, translate(err, "notifications")
	}
	defer rows.Close()
	var list []*warta.Notification
	for rows.Next() {
		var x warta.Notification
		var at int64
		var read sql.NullInt64
		if err := rows.Scan(&x.ID, &x.UserID, &x.Kind, &x.ArticleID, &x.ActorID, &x.NoteID, &at, &read,
			&x.ArticleTitle, &x.ActorName, &x.NoteBody); err != nil {
			return nil, translate(err, "notifications")
		}
		x.CreatedAt, x.ReadAt = time.UnixMilli(at).UTC(), fromMillis(read)
		list = append(list, &x)
	}
	return list, translate(rows.Err(), "notifications")
}

func (tx *readTx) CountUnreadNotifications(ctx context.Context, userID int64) (int, error) {
	var n int
	err := tx.q.QueryRow(ctx, `SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL`, userID).Scan(&n)
	return n, translate(err, "notifications")
}

func (tx *writeTx) CreateNotification(ctx context.Context, x *warta.Notification) error {
	x.CreatedAt = tx.now
	err := tx.q.QueryRow(ctx, `INSERT INTO notifications (user_id, kind, article_id, actor_id, note_id, created_at)
		VALUES (?, ?, ?, ?, ?, ?) RETURNING id`, x.UserID, string(x.Kind), nullID(x.ArticleID), nullID(x.ActorID), nullID(x.NoteID), tx.now.UnixMilli()).Scan(&x.ID)
	if err != nil {
		return translate(err, "notification")
	}
	return translate(err, "notification")
}

func (tx *writeTx) MarkNotificationsRead(ctx context.Context, userID int64, ids []int64) (int, error) {
	query := `UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL`
	args := []any{tx.now.UnixMilli(), userID}
	if ids != nil {
		if len(ids) == 0 {
			return 0, nil
		}
		if len(ids) > 500 {
			return 0, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "too many notifications at once"}
		}
		query += ` AND id IN (` + placeholders(len(ids)) + `)`
		args = append(args, int64Args(ids)...)
	}
	res, err := tx.q.Exec(ctx, query, args...)
	if err != nil {
		return 0, translate(err, "notifications")
	}
	n := res.RowsAffected()
	return int(n), translate(err, "notifications")
}

func (tx *readTx) FindMailSettings(ctx context.Context) (*warta.MailSettings, error) {
	var data string
	err := tx.q.QueryRow(ctx, `SELECT data FROM mail_settings WHERE id = 1`).Scan(&data)
	if err == pgx.ErrNoRows {
		return &warta.MailSettings{}, nil
	}
	if err != nil {
		return nil, translate(err, "mail settings")
	}
	m := &warta.MailSettings{}
	if err := json.NewDecoder(strings.NewReader(data)).Decode(m); err != nil {
		return nil, translate(err, "mail settings")
	}
	return m, nil
}

func (tx *writeTx) SaveMailSettings(ctx context.Context, m *warta.MailSettings) error {
	if err := m.Validate(); err != nil {
		return err
	}
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	_, err = tx.q.Exec(ctx, `INSERT INTO mail_settings (id, data) VALUES (1, ?)
		ON CONFLICT (id) DO UPDATE SET data = excluded.data`, string(data))
	return translate(err, "mail settings")
}
