// Package pgtest gives tests a PostgreSQL database of their own. The
// server comes from scripts/pg.sh, which exports WARTA_TEST_POSTGRES; each
// test gets a fresh, empty database that is dropped when it ends, so no two
// tests share state.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env is the variable holding the test server's URL.
const Env = "WARTA_TEST_POSTGRES"

// URL returns the test server's URL. Without one the test skips, and under
// CI=true it fails: CI must run the PostgreSQL tests.
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(Env)
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set under CI=true: scripts/test.sh starts PostgreSQL (scripts/pg.sh)", Env)
		}
		t.Skipf("%s is not set: no PostgreSQL for this test (scripts/test.sh starts one)", Env)
	}
	return u
}

// Fresh creates a new empty database for this test and returns its URL;
// the database is dropped in t.Cleanup.
func Fresh(t testing.TB) string {
	t.Helper()
	u, drop, err := New(URL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := drop(); err != nil {
			t.Error(err)
		}
	})
	return u
}

// New creates a new empty database on the server at admin and returns its
// URL and a function that drops it: for a fixture that outlives one test,
// such as a benchmark's database filled once per run.
func New(admin string) (string, func() error, error) {
	u, err := url.Parse(admin)
	if err != nil {
		return "", nil, fmt.Errorf("pgtest: %s: %v", Env, err)
	}
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", nil, err
	}
	name := "warta_t_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return "", nil, fmt.Errorf("pgtest: connect: %v", err)
	}
	defer conn.Close(ctx)
	// The name is ours (hex), so quoting it is enough.
	if _, err := conn.Exec(ctx, `CREATE DATABASE "`+name+`"`); err != nil {
		return "", nil, fmt.Errorf("pgtest: create database: %v", err)
	}
	drop := func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			return fmt.Errorf("pgtest: connect to drop %s: %v", name, err)
		}
		defer conn.Close(ctx)
		// FORCE ends our own leftover connections; it cannot end an
		// autovacuum worker (the server's, not our role's), which
		// finishes in a moment: try again briefly.
		for try := 0; try < 50; try++ {
			if _, err = conn.Exec(ctx, `DROP DATABASE IF EXISTS "`+name+`" WITH (FORCE)`); err == nil {
				return nil
			}
			time.Sleep(100 * time.Millisecond)
		}
		return fmt.Errorf("pgtest: drop %s: %v", name, err)
	}
	u.Path = "/" + name
	return u.String(), drop, nil
}
