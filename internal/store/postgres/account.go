package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"warta"
)

const userColumns = `id, email, name, role, coalesce(person_id, 0), password_hash, language, totp_secret, disabled, created_at, version`

func scanUser(row interface{ Scan(...any) error }) (*warta.User, error) {
	var u warta.User
	var role string
	var created sql.NullInt64
	if err := row.Scan(&u.ID, &u.Email, &u.Name, &role, &u.PersonID, &u.PasswordHash, &u.Language, &u.TOTPSecret,
		&u.Disabled, &created, &u.Version); err != nil {
		return nil, err
	}
	u.Role, u.CreatedAt = warta.Role(role), fromMillis(created)
	return &u, nil
}

func (tx *readTx) FindUserByID(ctx context.Context, id int64) (*warta.User, error) {
	u, err := scanUser(tx.q.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE id = ?`, id))
	return u, translate(err, "user")
}

func (tx *readTx) FindUserByEmail(ctx context.Context, email string) (*warta.User, error) {
	u, err := scanUser(tx.q.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE email = ?`, warta.NormalizeEmail(email)))
	return u, translate(err, "user")
}

func (tx *readTx) FindUsers(ctx context.Context) ([]*warta.User, error) {
	rows, err := tx.q.Query(ctx, `SELECT `+userColumns+` FROM users ORDER BY name, id`)
	if err != nil {
		return nil, translate(err, "users")
	}
	defer rows.Close()
	var list []*warta.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, translate(err, "users")
		}
		list = append(list, u)
	}
	return list, translate(rows.Err(), "users")
}

func (tx *readTx) CountUsers(ctx context.Context) (int, error) {
	var n int
	err := tx.q.QueryRow(ctx, `SELECT count(*) FROM users`).Scan(&n)
	return n, translate(err, "users")
}

func (tx *writeTx) CreateUser(ctx context.Context, u *warta.User) error {
	u.Email = warta.NormalizeEmail(u.Email)
	if err := u.Validate(); err != nil {
		return err
	}
	u.CreatedAt, u.Version = tx.now, 1
	err := tx.q.QueryRow(ctx, `INSERT INTO users (email, name, role, person_id, password_hash, language, totp_secret, disabled, created_at, version)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id`, u.Email, u.Name, string(u.Role), nullID(u.PersonID), u.PasswordHash, u.Language,
		u.TOTPSecret, u.Disabled, u.CreatedAt.UnixMilli()).Scan(&u.ID)
	if err != nil {
		return translateTaken(err, "user", "error.email_taken")
	}
	return translate(err, "user")
}

func (tx *writeTx) ClaimTOTPStep(ctx context.Context, userID, step int64) (bool, error) {
	res, err := tx.q.Exec(ctx, `UPDATE users SET totp_step = ? WHERE id = ? AND totp_step < ?`, step, userID, step)
	if err != nil {
		return false, translate(err, "user")
	}
	n := res.RowsAffected()
	return n == 1, translate(err, "user")
}

func (tx *writeTx) UpdateUser(ctx context.Context, u *warta.User) error {
	u.Email = warta.NormalizeEmail(u.Email)
	if err := u.Validate(); err != nil {
		return err
	}
	res, err := tx.q.Exec(ctx, `UPDATE users SET email = ?, name = ?, role = ?, person_id = ?, password_hash = ?, language = ?,
		totp_secret = ?, disabled = ?, version = version + 1 WHERE id = ? AND version = ?`,
		u.Email, u.Name, string(u.Role), nullID(u.PersonID), u.PasswordHash, u.Language, u.TOTPSecret, u.Disabled, u.ID, u.Version)
	if err != nil {
		return translateTaken(err, "user", "error.email_taken")
	}
	if n := res.RowsAffected(); n == 0 {
		if _, err := tx.FindUserByID(ctx, u.ID); err != nil {
			return err
		}
		return &warta.Error{Code: warta.ECONFLICT, Key: "error.version_conflict", Message: fmt.Sprintf("user %d changed since version %d", u.ID, u.Version)}
	}
	u.Version++
	return nil
}

const sessionColumns = `id, token_hash, user_id, created_at, last_seen_at, user_agent`

// scanSession reads one row of sessionColumns.
func scanSession(row interface{ Scan(...any) error }) (*warta.Session, error) {
	var s warta.Session
	var created, seen sql.NullInt64
	if err := row.Scan(&s.ID, &s.TokenHash, &s.UserID, &created, &seen, &s.UserAgent); err != nil {
		return nil, err
	}
	s.CreatedAt, s.LastSeenAt = fromMillis(created), fromMillis(seen)
	return &s, nil
}

func (tx *readTx) FindSessionByHash(ctx context.Context, hash string) (*warta.Session, error) {
	s, err := scanSession(tx.q.QueryRow(ctx, `SELECT `+sessionColumns+` FROM sessions WHERE token_hash = ?`, hash))
	if err != nil {
		return nil, translate(err, "session")
	}
	return s, nil
}

func (tx *readTx) FindUserSessions(ctx context.Context, userID int64) ([]*warta.Session, error) {
	rows, err := tx.q.Query(ctx, `SELECT `+sessionColumns+` FROM sessions WHERE user_id = ? ORDER BY last_seen_at DESC, id DESC LIMIT ?`, userID, warta.MaxListedSessions)
	if err != nil {
		return nil, translate(err, "sessions")
	}
	defer rows.Close()
	var list []*warta.Session
	for rows.Next() {
		s, err := scanSession(rows)
		if err != nil {
			return nil, translate(err, "sessions")
		}
		list = append(list, s)
	}
	return list, translate(rows.Err(), "sessions")
}

func (tx *writeTx) CreateSession(ctx context.Context, s *warta.Session) error {
	s.CreatedAt, s.LastSeenAt = tx.now, tx.now
	err := tx.q.QueryRow(ctx, `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, user_agent) VALUES (?, ?, ?, ?, ?) RETURNING id`,
		s.TokenHash, s.UserID, tx.now.UnixMilli(), tx.now.UnixMilli(), s.UserAgent).Scan(&s.ID)
	if err != nil {
		return translate(err, "session")
	}
	return translate(err, "session")
}

func (tx *writeTx) TouchSession(ctx context.Context, id int64, at time.Time) error {
	_, err := tx.q.Exec(ctx, `UPDATE sessions SET last_seen_at = ? WHERE id = ?`, at.UnixMilli(), id)
	return translate(err, "session")
}

func (tx *writeTx) DeleteSession(ctx context.Context, id int64) error {
	_, err := tx.q.Exec(ctx, `DELETE FROM sessions WHERE id = ?`, id)
	return translate(err, "session")
}

func (tx *writeTx) DeleteUserSessions(ctx context.Context, userID int64) error {
	_, err := tx.q.Exec(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID)
	return translate(err, "sessions")
}

func (tx *writeTx) DeleteOtherSessions(ctx context.Context, userID, keepID int64) error {
	_, err := tx.q.Exec(ctx, `DELETE FROM sessions WHERE user_id = ? AND id <> ?`, userID, keepID)
	return translate(err, "sessions")
}

const tokenColumns = `id, token_hash, user_id, name, scope, created_at, last_used_at, expires_at`

func scanToken(row interface{ Scan(...any) error }) (*warta.Token, error) {
	var t warta.Token
	var created, used, expires sql.NullInt64
	var scope string
	if err := row.Scan(&t.ID, &t.TokenHash, &t.UserID, &t.Name, &scope, &created, &used, &expires); err != nil {
		return nil, err
	}
	t.Scope = warta.TokenScope(scope)
	t.CreatedAt, t.LastUsedAt, t.ExpiresAt = fromMillis(created), fromMillis(used), fromMillis(expires)
	return &t, nil
}

func (tx *readTx) FindTokenByHash(ctx context.Context, hash string) (*warta.Token, error) {
	t, err := scanToken(tx.q.QueryRow(ctx, `SELECT `+tokenColumns+` FROM tokens WHERE token_hash = ?`, hash))
	return t, translate(err, "token")
}

func (tx *readTx) FindTokenByID(ctx context.Context, id int64) (*warta.Token, error) {
	t, err := scanToken(tx.q.QueryRow(ctx, `SELECT `+tokenColumns+` FROM tokens WHERE id = ?`, id))
	return t, translate(err, "token")
}

func (tx *readTx) FindTokens(ctx context.Context, userID int64) ([]*warta.Token, error) {
	rows, err := tx.q.Query(ctx, `SELECT `+tokenColumns+` FROM tokens WHERE ? = 0 OR user_id = ? ORDER BY id`, userID, userID)
	if err != nil {
		return nil, translate(err, "tokens")
	}
	defer rows.Close()
	var list []*warta.Token
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, translate(err, "tokens")
		}
		list = append(list, t)
	}
	return list, translate(rows.Err(), "tokens")
}

func (tx *writeTx) DeleteToken(ctx context.Context, id int64) error {
	res, err := tx.q.Exec(ctx, `DELETE FROM tokens WHERE id = ?`, id)
	return rowsOrNotFound(res, err, "token")
}

func (tx *writeTx) DeleteUserTokens(ctx context.Context, userID int64) error {
	_, err := tx.q.Exec(ctx, `DELETE FROM tokens WHERE user_id = ?`, userID)
	return translate(err, "tokens")
}

func (tx *writeTx) CreateToken(ctx context.Context, t *warta.Token) error {
	t.CreatedAt = tx.now
	if t.Scope == "" {
		t.Scope = warta.ScopeWrite
	}
	err := tx.q.QueryRow(ctx, `INSERT INTO tokens (token_hash, user_id, name, scope, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
		t.TokenHash, t.UserID, t.Name, string(t.Scope), tx.now.UnixMilli(), toMillis(t.ExpiresAt)).Scan(&t.ID)
	if err != nil {
		return translate(err, "token")
	}
	return translate(err, "token")
}

func (tx *writeTx) TouchToken(ctx context.Context, id int64, at time.Time) error {
	_, err := tx.q.Exec(ctx, `UPDATE tokens SET last_used_at = ? WHERE id = ?`, at.UnixMilli(), id)
	return translate(err, "token")
}

const revisionColumns = `r.id, r.article_id, r.version, coalesce(r.user_id, 0), coalesce(u.name, ''), r.note, r.refused, r.title, r.dek, r.body_html,
	r.complete, r.slug, r.dateline, r.seo_title, r.seo_description, r.label, r.breaking, r.section_id, r.featured_media_id,
	r.author_ids, r.tag_ids, r.related_ids, r.created_at`

// revisionFrom names the saver with the revision.
const revisionFrom = ` FROM revisions r LEFT JOIN users u ON u.id = r.user_id`

func scanRevision(row interface{ Scan(...any) error }) (*warta.Revision, error) {
	var r warta.Revision
	var created sql.NullInt64
	var authors, tags, related string
	if err := row.Scan(&r.ID, &r.ArticleID, &r.Version, &r.UserID, &r.UserName, &r.Note, &r.Refused, &r.Title, &r.Dek, &r.BodyHTML,
		&r.Complete, &r.Slug, &r.Dateline, &r.SEOTitle, &r.SEODescription, &r.Label, &r.Breaking, &r.SectionID, &r.FeaturedMediaID,
		&authors, &tags, &related, &created); err != nil {
		return nil, err
	}
	r.AuthorIDs, r.TagIDs, r.RelatedIDs = splitIDs(authors), splitIDs(tags), splitIDs(related)
	r.CreatedAt = fromMillis(created)
	return &r, nil
}

// joinIDs and splitIDs keep an ordered id list in one text column.
func joinIDs(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, ",")
}

func splitIDs(s string) []int64 {
	var out []int64
	for _, part := range strings.Split(s, ",") {
		if id, err := strconv.ParseInt(part, 10, 64); err == nil {
			out = append(out, id)
		}
	}
	return out
}

func (tx *readTx) FindRevisions(ctx context.Context, articleID int64) ([]*warta.Revision, error) {
	rows, err := tx.q.Query(ctx, `SELECT `+revisionColumns+revisionFrom+` WHERE r.article_id = ? ORDER BY r.id DESC`, articleID)
	if err != nil {
		return nil, translate(err, "revisions")
	}
	defer rows.Close()
	var list []*warta.Revision
	for rows.Next() {
		r, err := scanRevision(rows)
		if err != nil {
			return nil, translate(err, "revisions")
		}
		list = append(list, r)
	}
	return list, translate(rows.Err(), "revisions")
}

func (tx *readTx) FindRevision(ctx context.Context, id int64) (*warta.Revision, error) {
	r, err := scanRevision(tx.q.QueryRow(ctx, `SELECT `+revisionColumns+revisionFrom+` WHERE r.id = ?`, id))
	return r, translate(err, "revision")
}

func (tx *readTx) FindRevisionAt(ctx context.Context, articleID int64, version int) (*warta.Revision, error) {
	r, err := scanRevision(tx.q.QueryRow(ctx, `SELECT `+revisionColumns+revisionFrom+`
		WHERE r.article_id = ? AND r.version <= ? AND NOT r.refused ORDER BY r.version DESC, r.id DESC LIMIT 1`, articleID, version))
	return r, translate(err, "revision")
}

func (tx *writeTx) CreateRevision(ctx context.Context, r *warta.Revision) error {
	r.CreatedAt = tx.now
	err := tx.q.QueryRow(ctx, `INSERT INTO revisions (article_id, version, user_id, note, refused, title, dek, body_html,
		complete, slug, dateline, seo_title, seo_description, label, breaking, section_id, featured_media_id,
		author_ids, tag_ids, related_ids, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		r.ArticleID, r.Version, nullID(r.UserID), r.Note, r.Refused, r.Title, r.Dek, r.BodyHTML,
		r.Complete, r.Slug, r.Dateline, r.SEOTitle, r.SEODescription, string(r.Label), r.Breaking, r.SectionID, r.FeaturedMediaID,
		joinIDs(r.AuthorIDs), joinIDs(r.TagIDs), joinIDs(r.RelatedIDs), tx.now.UnixMilli()).Scan(&r.ID)
	if err != nil {
		return translate(err, "revision")
	}
	return translate(err, "revision")
}

func (tx *writeTx) MarkRevisionPublished(ctx context.Context, articleID int64, version int) error {
	_, err := tx.q.Exec(ctx, `UPDATE revisions SET published = true WHERE id = (
		SELECT id FROM revisions WHERE article_id = ? AND version <= ? AND NOT refused ORDER BY version DESC, id DESC LIMIT 1)`, articleID, version)
	return translate(err, "revision")
}

// PruneRevisions deletes below the id of the newest keep revisions, so
// the index on (article_id, id) serves both parts.
func (tx *writeTx) PruneRevisions(ctx context.Context, articleID int64, keep int) (int, error) {
	if keep < 1 {
		keep = 1
	}
	tag, err := tx.q.Exec(ctx, `DELETE FROM revisions WHERE article_id = ? AND NOT published
		AND id < (SELECT min(id) FROM (SELECT id FROM revisions WHERE article_id = ? ORDER BY id DESC LIMIT ?) newest)`, articleID, articleID, keep)
	if err != nil {
		return 0, translate(err, "revision")
	}
	return int(tag.RowsAffected()), nil
}

func (tx *readTx) FindAudit(ctx context.Context, f warta.AuditFilter) ([]*warta.AuditEntry, int, error) {
	where, args := " WHERE true", []any{}
	if f.UserID != nil {
		where += " AND user_id = ?"
		args = append(args, *f.UserID)
	}
	if f.Subject != nil {
		where += " AND subject = ?"
		args = append(args, *f.Subject)
	}
	var total int
	if err := tx.q.QueryRow(ctx, `SELECT count(*) FROM audit`+where, args...).Scan(&total); err != nil {
		return nil, 0, translate(err, "audit")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	rows, err := tx.q.Query(ctx, `SELECT id, coalesce(user_id, 0), action, subject, detail, created_at FROM audit`+where+
		fmt.Sprintf(" ORDER BY id DESC LIMIT %d OFFSET %d", limit, max(f.Offset, 0)), args...)
	if err != nil {
		return nil, 0, translate(err, "audit")
	}
	defer rows.Close()
	var list []*warta.AuditEntry
	for rows.Next() {
		var e warta.AuditEntry
		var created sql.NullInt64
		if err := rows.Scan(&e.ID, &e.UserID, &e.Action, &e.Subject, &e.Detail, &created); err != nil {
			return nil, 0, translate(err, "audit")
		}
		e.CreatedAt = fromMillis(created)
		list = append(list, &e)
	}
	return list, total, translate(rows.Err(), "audit")
}

func (tx *writeTx) AddAudit(ctx context.Context, e *warta.AuditEntry) error {
	e.CreatedAt = tx.now
	err := tx.q.QueryRow(ctx, `INSERT INTO audit (user_id, action, subject, detail, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id`,
		nullID(e.UserID), e.Action, e.Subject, e.Detail, tx.now.UnixMilli()).Scan(&e.ID)
	if err != nil {
		return translate(err, "audit")
	}
	return translate(err, "audit")
}
