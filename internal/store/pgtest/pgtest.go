// Package pgtest gives tests a PostgreSQL database of their own. The
// server comes from scripts/pg.sh, which exports WARTA_TEST_POSTGRES; each
// test gets a fresh, empty database that is dropped when it ends, so no two
// tests share state.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
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
	admin := URL(t)
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("pgtest: %s: %v", Env, err)
	}
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	name := "warta_t_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("pgtest: connect: %v", err)
	}
	defer conn.Close(ctx)
	// The name is ours (hex), so quoting it is enough.
	if _, err := conn.Exec(ctx, `CREATE DATABASE "`+name+`"`); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			t.Errorf("pgtest: connect to drop %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		// FORCE ends our own leftover connections; it cannot end an
		// autovacuum worker (the server's, not our role's), which
		// finishes in a moment: try again briefly.
		for try := 0; try < 50; try++ {
			if _, err = conn.Exec(ctx, `DROP DATABASE IF EXISTS "`+name+`" WITH (FORCE)`); err == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Errorf("pgtest: drop %s: %v", name, err)
	})
	u.Path = "/" + name
	return u.String()
}
