package postgres

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"warta"
)

func (tx *readTx) FindSections(ctx context.Context) ([]*warta.Section, error) {
	return tx.querySections(ctx, `SELECT id, slug, name, description, position FROM sections ORDER BY position, id`)
}

func (tx *readTx) FindSectionBySlug(ctx context.Context, slug string) (*warta.Section, error) {
	var s warta.Section
	err := tx.q.QueryRow(ctx, `SELECT id, slug, name, description, position FROM sections WHERE slug = ?`, slug).
		Scan(&s.ID, &s.Slug, &s.Name, &s.Description, &s.Position)
	if err != nil {
		return nil, translate(err, "section")
	}
	return &s, nil
}

func (tx *readTx) querySections(ctx context.Context, query string, args ...any) ([]*warta.Section, error) {
	rows, err := tx.q.Query(ctx, query, args...)
	if err != nil {
		return nil, translate(err, "sections")
	}
	defer rows.Close()
	var list []*warta.Section
	for rows.Next() {
		var s warta.Section
		if err := rows.Scan(&s.ID, &s.Slug, &s.Name, &s.Description, &s.Position); err != nil {
			return nil, translate(err, "sections")
		}
		list = append(list, &s)
	}
	return list, translate(rows.Err(), "sections")
}

func (tx *readTx) sectionsByID(ctx context.Context, ids []int64) (map[int64]*warta.Section, error) {
	ids = uniqueIDs(ids)
	out := make(map[int64]*warta.Section, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	list, err := tx.querySections(ctx, `SELECT id, slug, name, description, position FROM sections WHERE id IN (`+
		placeholders(len(ids))+`)`, int64Args(ids)...)
	if err != nil {
		return nil, err
	}
	for _, s := range list {
		out[s.ID] = s
	}
	return out, nil
}

func (tx *writeTx) CreateSection(ctx context.Context, s *warta.Section) error {
	if err := s.Validate(); err != nil {
		return err
	}
	err := tx.q.QueryRow(ctx, `INSERT INTO sections (slug, name, description, position) VALUES (?, ?, ?, ?) RETURNING id`,
		s.Slug, s.Name, s.Description, s.Position).Scan(&s.ID)
	if err != nil {
		return translate(err, "section")
	}
	return translate(err, "section")
}

func (tx *readTx) FindTagBySlug(ctx context.Context, slug string) (*warta.Tag, error) {
	var t warta.Tag
	err := tx.q.QueryRow(ctx, `SELECT id, slug, name FROM tags WHERE slug = ?`, slug).Scan(&t.ID, &t.Slug, &t.Name)
	if err != nil {
		return nil, translate(err, "tag")
	}
	return &t, nil
}

func (tx *readTx) FindTagByID(ctx context.Context, id int64) (*warta.Tag, error) {
	var t warta.Tag
	err := tx.q.QueryRow(ctx, `SELECT id, slug, name FROM tags WHERE id = ?`, id).Scan(&t.ID, &t.Slug, &t.Name)
	if err != nil {
		return nil, translate(err, "tag")
	}
	return &t, nil
}

func (tx *readTx) FindTags(ctx context.Context, slugs []string) ([]*warta.Tag, error) {
	query := `SELECT id, slug, name FROM tags`
	var args []any
	if slugs != nil {
		if len(slugs) == 0 {
			return nil, nil
		}
		query += ` WHERE slug IN (` + placeholders(len(slugs)) + `)`
		for _, s := range slugs {
			args = append(args, s)
		}
	}
	rows, err := tx.q.Query(ctx, query+` ORDER BY name, id`, args...)
	if err != nil {
		return nil, translate(err, "tags")
	}
	defer rows.Close()
	var list []*warta.Tag
	for rows.Next() {
		var t warta.Tag
		if err := rows.Scan(&t.ID, &t.Slug, &t.Name); err != nil {
			return nil, translate(err, "tags")
		}
		list = append(list, &t)
	}
	return list, translate(rows.Err(), "tags")
}

func (tx *writeTx) CreateTag(ctx context.Context, t *warta.Tag) error {
	if err := t.Validate(); err != nil {
		return err
	}
	err := tx.q.QueryRow(ctx, `INSERT INTO tags (slug, name) VALUES (?, ?) RETURNING id`, t.Slug, t.Name).Scan(&t.ID)
	if err != nil {
		return translate(err, "tag")
	}
	return translate(err, "tag")
}

const personColumns = `p.id, p.slug, p.name, p.title, p.bio, p.email, coalesce(p.photo_media_id, 0), p.links, p.masthead_rank, p.masthead_role`

// scanPerson scans personColumns, preceded by the extra destinations.
func scanPerson(row interface{ Scan(...any) error }, extra ...any) (*warta.Person, error) {
	var p warta.Person
	var links string
	dest := append(extra, &p.ID, &p.Slug, &p.Name, &p.Title, &p.Bio, &p.Email, &p.PhotoMediaID, &links, &p.MastheadRank, &p.MastheadRole)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(links), &p.Links); err != nil {
		return nil, err
	}
	return &p, nil
}

func (tx *readTx) FindPersonBySlug(ctx context.Context, slug string) (*warta.Person, error) {
	p, err := scanPerson(tx.q.QueryRow(ctx, `SELECT `+personColumns+` FROM people p WHERE p.slug = ?`, slug))
	if err != nil {
		return nil, translate(err, "person")
	}
	if err := tx.attachPhotos(ctx, []*warta.Person{p}, []int64{p.PhotoMediaID}); err != nil {
		return nil, err
	}
	return p, nil
}

func (tx *readTx) FindPersonByID(ctx context.Context, id int64) (*warta.Person, error) {
	p, err := scanPerson(tx.q.QueryRow(ctx, `SELECT `+personColumns+` FROM people p WHERE p.id = ?`, id))
	if err != nil {
		return nil, translate(err, "person")
	}
	if err := tx.attachPhotos(ctx, []*warta.Person{p}, []int64{p.PhotoMediaID}); err != nil {
		return nil, err
	}
	return p, nil
}

func (tx *readTx) FindPeople(ctx context.Context) ([]*warta.Person, error) {
	rows, err := tx.q.Query(ctx, `SELECT `+personColumns+` FROM people p ORDER BY p.name, p.id`)
	if err != nil {
		return nil, translate(err, "people")
	}
	defer rows.Close()
	var list []*warta.Person
	var photoIDs []int64
	for rows.Next() {
		p, err := scanPerson(rows)
		if err != nil {
			return nil, translate(err, "people")
		}
		list = append(list, p)
		photoIDs = append(photoIDs, p.PhotoMediaID)
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err, "people")
	}
	rows.Close()
	return list, tx.attachPhotos(ctx, list, photoIDs)
}

func (tx *readTx) attachPhotos(ctx context.Context, people []*warta.Person, photoIDs []int64) error {
	media, err := tx.mediaByID(ctx, photoIDs)
	if err != nil {
		return err
	}
	for _, p := range people {
		p.Photo = media[p.PhotoMediaID]
	}
	return nil
}

func (tx *writeTx) CreatePerson(ctx context.Context, p *warta.Person) error {
	if err := p.Validate(); err != nil {
		return err
	}
	links, err := json.Marshal(nonNil(p.Links))
	if err != nil {
		return err
	}
	err = tx.q.QueryRow(ctx, `INSERT INTO people (slug, name, title, bio, email, photo_media_id, links, masthead_rank, masthead_role)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, p.Slug, p.Name, p.Title, p.Bio, p.Email, nullID(p.PhotoMediaID), string(links), p.MastheadRank, p.MastheadRole).Scan(&p.ID)
	if err != nil {
		return translate(err, "person")
	}
	return translate(err, "person")
}

const mediaColumns = `id, key, mime_type, width, height, bytes, caption, credit, alt, variants, created_at,
	hash, original_key, file_name, coalesce(uploader_id, 0), focal_x, focal_y, state, state_reason`

func scanMedia(row interface{ Scan(...any) error }) (*warta.Media, error) {
	var m warta.Media
	var variants string
	var created sql.NullInt64
	var fx, fy sql.NullFloat64
	if err := row.Scan(&m.ID, &m.Key, &m.MimeType, &m.Width, &m.Height, &m.Bytes, &m.Caption, &m.Credit, &m.Alt,
		&variants, &created, &m.Hash, &m.OriginalKey, &m.FileName, &m.UploaderID, &fx, &fy, &m.State, &m.StateReason); err != nil {
		return nil, err
	}
	if fx.Valid && fy.Valid {
		m.Focal = &warta.FocalPoint{X: fx.Float64, Y: fy.Float64}
	}
	if err := json.Unmarshal([]byte(variants), &m.Variants); err != nil {
		return nil, err
	}
	m.CreatedAt = fromMillis(created)
	return &m, nil
}

func (tx *readTx) FindMediaByID(ctx context.Context, id int64) (*warta.Media, error) {
	m, err := scanMedia(tx.q.QueryRow(ctx, `SELECT `+mediaColumns+` FROM media WHERE id = ?`, id))
	if err != nil {
		return nil, translate(err, "media")
	}
	return m, nil
}

func (tx *readTx) mediaByID(ctx context.Context, ids []int64) (map[int64]*warta.Media, error) {
	ids = uniqueIDs(ids)
	out := make(map[int64]*warta.Media, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := tx.q.Query(ctx, `SELECT `+mediaColumns+` FROM media WHERE id IN (`+placeholders(len(ids))+`)`,
		int64Args(ids)...)
	if err != nil {
		return nil, translate(err, "media")
	}
	defer rows.Close()
	for rows.Next() {
		m, err := scanMedia(rows)
		if err != nil {
			return nil, translate(err, "media")
		}
		out[m.ID] = m
	}
	return out, translate(rows.Err(), "media")
}

func (tx *writeTx) CreateMedia(ctx context.Context, m *warta.Media) error {
	if err := m.Validate(); err != nil {
		return err
	}
	variants, err := json.Marshal(nonNil(m.Variants))
	if err != nil {
		return err
	}
	m.CreatedAt = tx.now
	if m.State == "" {
		m.State = warta.MediaReady
	}
	err = tx.q.QueryRow(ctx, `INSERT INTO media (key, mime_type, width, height, bytes, caption, credit, alt, variants, created_at,
		hash, original_key, file_name, uploader_id, state, state_reason)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, m.Key, m.MimeType, m.Width, m.Height, m.Bytes, m.Caption, m.Credit, m.Alt,
		string(variants), m.CreatedAt.UnixMilli(), m.Hash, m.OriginalKey, m.FileName, nullID(m.UploaderID), string(m.State), m.StateReason).Scan(&m.ID)
	if err != nil {
		return translate(err, "media")
	}
	return translate(err, "media")
}

func (tx *readTx) FindSettings(ctx context.Context) (*warta.Settings, error) {
	var data string
	var version int
	err := tx.q.QueryRow(ctx, `SELECT data, version FROM settings WHERE id = 1`).Scan(&data, &version)
	if err == pgx.ErrNoRows {
		return warta.DefaultSettings(), nil
	}
	if err != nil {
		return nil, translate(err, "settings")
	}
	s := warta.DefaultSettings()
	if err := json.Unmarshal([]byte(data), s); err != nil {
		return nil, translate(err, "settings")
	}
	s.Version = version
	return s, nil
}

func (tx *writeTx) SaveSettings(ctx context.Context, s *warta.Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	_, err = tx.q.Exec(ctx, `INSERT INTO settings (id, data, version) VALUES (1, ?, 1)
		ON CONFLICT (id) DO UPDATE SET data = excluded.data, version = settings.version + 1`, string(data))
	return translate(err, "settings")
}

func uniqueIDs(ids []int64) []int64 {
	seen := make(map[int64]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if id != 0 && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (tx *writeTx) UpdateSection(ctx context.Context, s *warta.Section) error {
	if err := s.Validate(); err != nil {
		return err
	}
	res, err := tx.q.Exec(ctx, `UPDATE sections SET slug = ?, name = ?, description = ?, position = ? WHERE id = ?`,
		s.Slug, s.Name, s.Description, s.Position, s.ID)
	return rowsOrNotFound(res, err, "section")
}

func (tx *writeTx) UpdateTag(ctx context.Context, t *warta.Tag) error {
	if err := t.Validate(); err != nil {
		return err
	}
	res, err := tx.q.Exec(ctx, `UPDATE tags SET slug = ?, name = ? WHERE id = ?`, t.Slug, t.Name, t.ID)
	return rowsOrNotFound(res, err, "tag")
}

func (tx *writeTx) UpdatePerson(ctx context.Context, p *warta.Person) error {
	if err := p.Validate(); err != nil {
		return err
	}
	links, err := json.Marshal(nonNil(p.Links))
	if err != nil {
		return err
	}
	res, err := tx.q.Exec(ctx, `UPDATE people SET slug = ?, name = ?, title = ?, bio = ?, email = ?, photo_media_id = ?, links = ?,
		masthead_rank = ?, masthead_role = ? WHERE id = ?`, p.Slug, p.Name, p.Title, p.Bio, p.Email, nullID(p.PhotoMediaID), string(links), p.MastheadRank, p.MastheadRole, p.ID)
	return rowsOrNotFound(res, err, "person")
}

// rowsOrNotFound translates an UPDATE's outcome: an error, or not_found
// when no row had the ID.
func rowsOrNotFound(res pgconn.CommandTag, err error, what string) error {
	if err != nil {
		return translate(err, what)
	}
	if n := res.RowsAffected(); err != nil || n == 0 {
		return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: what + " not found"}
	}
	return nil
}
