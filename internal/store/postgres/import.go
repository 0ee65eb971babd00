package postgres

import (
	"context"
	"database/sql"
	"time"

	"warta"
)

const importColumns = `source, kind, key, target_kind, target_id, checksum, version, imported_at`

func scanImportItem(row interface{ Scan(...any) error }) (*warta.ImportItem, error) {
	var i warta.ImportItem
	var kind, target string
	var at sql.NullInt64
	if err := row.Scan(&i.Source, &kind, &i.Key, &target, &i.TargetID, &i.Checksum, &i.Version, &at); err != nil {
		return nil, err
	}
	i.Kind, i.TargetKind, i.ImportedAt = warta.ImportKind(kind), warta.ImportTarget(target), fromMillis(at)
	return &i, nil
}

func (tx *readTx) FindImportItem(ctx context.Context, source string, kind warta.ImportKind, key string) (*warta.ImportItem, error) {
	i, err := scanImportItem(tx.q.QueryRow(ctx, `SELECT `+importColumns+` FROM import_items
		WHERE source = ? AND kind = ? AND key = ?`, source, string(kind), key))
	return i, translate(err, "import item")
}

func (tx *readTx) FindImportItemsByKey(ctx context.Context, kind warta.ImportKind, key string) ([]*warta.ImportItem, error) {
	rows, err := tx.q.Query(ctx, `SELECT `+importColumns+` FROM import_items
		WHERE kind = ? AND key = ? ORDER BY imported_at DESC, source LIMIT 20`, string(kind), key)
	if err != nil {
		return nil, translate(err, "import items")
	}
	defer rows.Close()
	var list []*warta.ImportItem
	for rows.Next() {
		i, err := scanImportItem(rows)
		if err != nil {
			return nil, translate(err, "import items")
		}
		list = append(list, i)
	}
	return list, translate(rows.Err(), "import items")
}

func (tx *writeTx) SaveImportItem(ctx context.Context, i *warta.ImportItem) error {
	if i.Source == "" || i.Kind == "" || i.Key == "" || i.TargetKind == "" || i.TargetID == 0 {
		return &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "an import record needs its source, kind, key and target"}
	}
	i.ImportedAt = tx.now
	_, err := tx.q.Exec(ctx, `INSERT INTO import_items (`+importColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (source, kind, key) DO UPDATE SET target_kind = excluded.target_kind, target_id = excluded.target_id,
		checksum = excluded.checksum, version = excluded.version, imported_at = excluded.imported_at`,
		i.Source, string(i.Kind), i.Key, string(i.TargetKind), i.TargetID, i.Checksum, i.Version, i.ImportedAt.UnixMilli())
	return translate(err, "import item")
}

func (tx *writeTx) SetArticleDates(ctx context.Context, id int64, created, modified time.Time) error {
	res, err := tx.q.Exec(ctx, `UPDATE articles SET created_at = ?, modified_at = ? WHERE id = ?`,
		toMillis(created), toMillis(modified), id)
	if err != nil {
		return translate(err, "article")
	}
	if n := res.RowsAffected(); n == 0 {
		return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "article not found"}
	}
	return nil
}
