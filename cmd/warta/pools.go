package main

import (
	"warta/internal/metrics"
	"warta/internal/store/postgres"
	"warta/internal/store/sqlite"
)

// dbPools reads the connection pools of the store in use, for metrics:
// SQLite's reader and writer, or PostgreSQL's one pool.
func dbPools(s backend) func() []metrics.Pool {
	switch s := s.(type) {
	case *sqlite.Store:
		return metrics.SQLPools(s.Stats)
	case *postgres.Store:
		return func() []metrics.Pool {
			st := s.Stats()
			return []metrics.Pool{{Name: "shared", InUse: int(st.AcquiredConns()), Idle: int(st.IdleConns()),
				WaitCount: st.EmptyAcquireCount(), WaitDuration: st.EmptyAcquireWaitTime()}}
		}
	}
	return func() []metrics.Pool { return nil }
}
