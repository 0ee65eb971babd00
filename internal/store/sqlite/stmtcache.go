package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
)

// The read pool keeps each connection's prepared statements by their SQL.
// The driver parses and plans every query it is handed directly
// (QueryerContext) and throws the plan away after one use; a page runs a
// dozen queries, the same ones for every article, so on a first visit to
// each story that parsing was a tenth of the CPU. cachedConn leaves
// QueryContext out of what it offers, so database/sql prepares (here:
// finds the kept statement) and closes (here: hands it back) instead.

// maxCachedStmts bounds one connection's kept statements: queries with a
// variable number of placeholders (IN lists) make new SQL strings, and
// past the bound they are prepared and finalised each time as before.
const maxCachedStmts = 256

// openCachedReader opens a *sql.DB on dsn whose connections keep their
// prepared statements.
func openCachedReader(dsn string) (*sql.DB, error) {
	probe, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	d := probe.Driver()
	probe.Close()
	return sql.OpenDB(cachingConnector{dsn: dsn, d: d}), nil
}

type cachingConnector struct {
	dsn string
	d   driver.Driver
}

func (c cachingConnector) Connect(context.Context) (driver.Conn, error) {
	cn, err := c.d.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	sc, ok := cn.(sqliteConn)
	if !ok {
		cn.Close()
		return nil, errors.New("sqlite driver connection lacks the expected methods")
	}
	return &cachedConn{sqliteConn: sc, stmts: map[string]*cachedStmt{}}, nil
}

func (c cachingConnector) Driver() driver.Driver { return c.d }

// sqliteConn is what the driver's connection offers and database/sql uses,
// without QueryerContext (see above).
type sqliteConn interface {
	driver.Conn
	driver.ConnPrepareContext
	driver.ConnBeginTx
	driver.ExecerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
}

type sqliteStmt interface {
	driver.Stmt
	driver.StmtExecContext
	driver.StmtQueryContext
}

// cachedConn is used by one goroutine at a time (database/sql's
// contract for a driver.Conn), so its map needs no lock.
type cachedConn struct {
	sqliteConn
	stmts map[string]*cachedStmt
}

func (c *cachedConn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

func (c *cachedConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	if s, ok := c.stmts[query]; ok && !s.busy {
		s.busy = true
		return s, nil
	}
	ds, err := c.sqliteConn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	ss, ok := ds.(sqliteStmt)
	if _, taken := c.stmts[query]; taken || !ok || len(c.stmts) >= maxCachedStmts {
		// The kept one is in use (a query run while the same query's
		// rows are open), or the cache is full: a statement for once.
		return ds, nil
	}
	s := &cachedStmt{sqliteStmt: ss, busy: true}
	c.stmts[query] = s
	return s, nil
}

func (c *cachedConn) Close() error {
	var errs []error
	for _, s := range c.stmts {
		errs = append(errs, s.sqliteStmt.Close())
	}
	c.stmts = nil
	return errors.Join(append(errs, c.sqliteConn.Close())...)
}

// cachedStmt is a kept statement; Close hands it back (the driver has
// reset it when its rows closed) instead of finalising it.
type cachedStmt struct {
	sqliteStmt
	busy bool
}

func (s *cachedStmt) Close() error {
	s.busy = false
	return nil
}
