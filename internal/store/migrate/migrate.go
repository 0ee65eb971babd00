// Package migrate copies a whole site from an SQLite database to a
// PostgreSQL one, for `warta migrate-db`: every table, row for row with
// its IDs, in one PostgreSQL transaction that first empties the copied
// tables, so a second run gives the same result as the first. Sessions
// stay behind (everyone signs in again on the new database); the search
// index is rebuilt by the PostgreSQL store when it next opens, from the
// analyser of the running version.
package migrate

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"
	_ "modernc.org/sqlite" // the source database

	"warta/internal/store/postgres"
	"warta/internal/store/sqlite"
)

// skipped are tables not copied: the migrations' own record (each side
// keeps its own), the search index and its version (rebuilt), and
// sessions.
var skipped = map[string]bool{
	"schema_migrations": true, "search_meta": true, "sessions": true,
	"article_search": true, "article_desk_search": true,
}

// TableCount is one table's rows on both sides after a copy.
type TableCount struct {
	Table          string
	Source, Target int64
}

// Result is what a copy did.
type Result struct {
	Tables []TableCount
}

// Mismatched lists the tables whose counts differ.
func (r *Result) Mismatched() []string {
	var out []string
	for _, t := range r.Tables {
		if t.Source != t.Target {
			out = append(out, t.Table)
		}
	}
	return out
}

// Copy copies the site in the SQLite database at path into the
// PostgreSQL database at url, creating or migrating both schemas first.
func Copy(ctx context.Context, path, url string) (*Result, error) {
	// Opening each store brings its schema to the current migrations.
	src, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("source: %w", err)
	}
	src.Close()
	dst, err := postgres.Open(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("target: %w", err)
	}
	dst.Close()

	from, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return nil, fmt.Errorf("source: %w", err)
	}
	defer from.Close()
	to, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("target: %w", err)
	}
	defer to.Close(context.Background())

	tables, err := targetTables(ctx, to)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	tx, err := to.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, `SET CONSTRAINTS ALL DEFERRED`); err != nil {
		return nil, err
	}
	names := make([]string, len(tables))
	for i, t := range tables {
		names[i] = pgx.Identifier{t.name}.Sanitize()
	}
	if _, err := tx.Exec(ctx, `TRUNCATE `+strings.Join(names, ", ")+` CASCADE`); err != nil {
		return nil, fmt.Errorf("empty the target: %w", err)
	}
	for _, t := range tables {
		n, err := copyTable(ctx, from, tx, t)
		if err != nil {
			return nil, fmt.Errorf("table %s: %w", t.name, err)
		}
		res.Tables = append(res.Tables, TableCount{Table: t.name, Source: n})
	}
	// Sessions refer to the copied accounts: the target's are stale.
	if _, err := tx.Exec(ctx, `DELETE FROM sessions`); err != nil {
		return nil, err
	}
	// The search index goes: the store rebuilds it when it opens.
	for _, index := range []string{"article_search", "article_desk_search", "search_meta"} {
		if _, err := tx.Exec(ctx, `DELETE FROM `+index); err != nil {
			return nil, fmt.Errorf("clear %s: %w", index, err)
		}
	}
	for i := range res.Tables {
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM `+pgx.Identifier{res.Tables[i].Table}.Sanitize()).Scan(&res.Tables[i].Target); err != nil {
			return nil, err
		}
	}
	if bad := res.Mismatched(); len(bad) > 0 {
		return res, fmt.Errorf("row counts differ in %s; nothing was written", strings.Join(bad, ", "))
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}
	// Rebuild the search index now rather than at the next start.
	dst, err = postgres.Open(ctx, url)
	if err != nil {
		return res, fmt.Errorf("rebuild the search index: %w", err)
	}
	dst.Close()
	return res, nil
}

// table is a target table with its columns and their types.
type table struct {
	name    string
	columns []string
	types   map[string]string // column → data_type
	serial  bool              // has an id identity column to move on
}

// targetTables lists the tables to copy, parents before the tables that
// refer to them.
func targetTables(ctx context.Context, db *pgx.Conn) ([]table, error) {
	rows, err := db.Query(ctx, `SELECT table_name, column_name, data_type, is_identity
		FROM information_schema.columns WHERE table_schema = current_schema()
		ORDER BY table_name, ordinal_position`)
	if err != nil {
		return nil, err
	}
	byName := map[string]*table{}
	var order []string
	for rows.Next() {
		var name, col, typ, identity string
		if err := rows.Scan(&name, &col, &typ, &identity); err != nil {
			rows.Close()
			return nil, err
		}
		if skipped[name] {
			continue
		}
		t := byName[name]
		if t == nil {
			t = &table{name: name, types: map[string]string{}}
			byName[name] = t
			order = append(order, name)
		}
		if typ == "tsvector" {
			continue // filled from the analyser, not copied
		}
		t.columns = append(t.columns, col)
		t.types[col] = typ
		if col == "id" && identity == "YES" {
			t.serial = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	deps := map[string][]string{}
	rows, err = db.Query(ctx, `SELECT c.conrelid::regclass::text, c.confrelid::regclass::text
		FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var child, parent string
		if err := rows.Scan(&child, &parent); err != nil {
			rows.Close()
			return nil, err
		}
		if child != parent {
			deps[child] = append(deps[child], parent)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Strings(order)
	// Parents first where the keys allow; where they form a cycle (an
	// account's byline photo was uploaded by an account), the order is
	// any, as the copy checks its keys at commit (SET CONSTRAINTS ALL
	// DEFERRED; the target's foreign keys are DEFERRABLE).
	var out []table
	state := map[string]int{} // 1 visiting, 2 done
	var visit func(name string)
	visit = func(name string) {
		if state[name] != 0 || byName[name] == nil {
			return
		}
		state[name] = 1
		for _, p := range deps[name] {
			visit(p)
		}
		state[name] = 2
		out = append(out, *byName[name])
	}
	for _, name := range order {
		visit(name)
	}
	return out, nil
}

// copyTable copies one table's rows with COPY and returns how many the
// source has.
func copyTable(ctx context.Context, from *sql.DB, tx pgx.Tx, t table) (int64, error) {
	srcCols, err := sourceColumns(ctx, from, t.name)
	if err != nil {
		return 0, err
	}
	var cols []string
	for _, c := range t.columns {
		if srcCols[c] {
			cols = append(cols, c)
		}
	}
	quoted := make([]string, len(cols))
	for i, c := range cols {
		quoted[i] = `"` + c + `"`
	}
	rows, err := from.QueryContext(ctx, `SELECT `+strings.Join(quoted, ", ")+` FROM "`+t.name+`"`)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var n int64
	src := &rowSource{rows: rows, cols: cols, types: t.types, count: &n}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.name}, cols, src); err != nil {
		return 0, err
	}
	if src.err != nil {
		return 0, src.err
	}
	if t.serial {
		name := pgx.Identifier{t.name}.Sanitize()
		if _, err := tx.Exec(ctx, `SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM `+name+`), 0) + 1, false)`, t.name); err != nil {
			return 0, fmt.Errorf("move the id sequence on: %w", err)
		}
	}
	return n, nil
}

// sourceColumns are the columns the SQLite table has.
func sourceColumns(ctx context.Context, db *sql.DB, name string) (map[string]bool, error) {
	rows, err := db.QueryContext(ctx, `SELECT name FROM pragma_table_info(?)`, name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out[c] = true
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the source has no table %s", name)
	}
	return out, rows.Err()
}

// rowSource feeds SQLite rows to COPY, converting what the two databases
// store differently: SQLite keeps booleans as 0 and 1.
type rowSource struct {
	rows  *sql.Rows
	cols  []string
	types map[string]string
	vals  []any
	err   error
	count *int64
}

func (s *rowSource) Next() bool {
	if !s.rows.Next() {
		s.err = s.rows.Err()
		return false
	}
	raw := make([]any, len(s.cols))
	ptrs := make([]any, len(s.cols))
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	if err := s.rows.Scan(ptrs...); err != nil {
		s.err = err
		return false
	}
	for i, c := range s.cols {
		raw[i] = convert(raw[i], s.types[c])
	}
	s.vals = raw
	*s.count++
	return true
}

func (s *rowSource) Values() ([]any, error) { return s.vals, nil }
func (s *rowSource) Err() error             { return s.err }

// convert turns an SQLite value into what the PostgreSQL column takes.
func convert(v any, typ string) any {
	switch x := v.(type) {
	case int64:
		switch typ {
		case "boolean":
			return x != 0
		case "double precision", "real", "numeric":
			return float64(x)
		case "text", "character varying":
			return fmt.Sprint(x)
		}
	case float64:
		if typ == "bigint" || typ == "integer" {
			return int64(x)
		}
	case []byte:
		if typ == "text" || typ == "character varying" {
			return string(x)
		}
	}
	return v
}
