package metrics

import (
	"database/sql"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Pool is one database connection pool's numbers at a scrape.
type Pool struct {
	Name         string // "reader" or "writer" on SQLite, "shared" for PostgreSQL's one pool
	InUse, Idle  int
	WaitCount    int64         // acquisitions that had to wait for a connection
	WaitDuration time.Duration // their total wait
}

// SQLPools reads the reader and writer pools of a database/sql store
// (SQLite's Stats).
func SQLPools(stats func() (reader, writer sql.DBStats)) func() []Pool {
	return func() []Pool {
		reader, writer := stats()
		return []Pool{sqlPool("reader", reader), sqlPool("writer", writer)}
	}
}

func sqlPool(name string, s sql.DBStats) Pool {
	return Pool{Name: name, InUse: s.InUse, Idle: s.Idle, WaitCount: s.WaitCount, WaitDuration: s.WaitDuration}
}

var (
	dbConnsDesc = prometheus.NewDesc("warta_db_connections",
		"Database connections by pool and state (in_use or idle).", []string{"pool", "state"}, nil)
	dbWaitCountDesc = prometheus.NewDesc("warta_db_wait_count_total",
		"Times a query waited for a free connection, by pool.", []string{"pool"}, nil)
	dbWaitSecondsDesc = prometheus.NewDesc("warta_db_wait_seconds_total",
		"Time spent waiting for a free connection, by pool.", []string{"pool"}, nil)
)

// dbCollector reads the pools' statistics at scrape time: the drivers
// keep the numbers already, so nothing is counted twice.
type dbCollector struct {
	pools func() []Pool
}

func (c dbCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- dbConnsDesc
	ch <- dbWaitCountDesc
	ch <- dbWaitSecondsDesc
}

func (c dbCollector) Collect(ch chan<- prometheus.Metric) {
	for _, p := range c.pools() {
		ch <- prometheus.MustNewConstMetric(dbConnsDesc, prometheus.GaugeValue, float64(p.InUse), p.Name, "in_use")
		ch <- prometheus.MustNewConstMetric(dbConnsDesc, prometheus.GaugeValue, float64(p.Idle), p.Name, "idle")
		ch <- prometheus.MustNewConstMetric(dbWaitCountDesc, prometheus.CounterValue, float64(p.WaitCount), p.Name)
		ch <- prometheus.MustNewConstMetric(dbWaitSecondsDesc, prometheus.CounterValue, p.WaitDuration.Seconds(), p.Name)
	}
}
