package metrics

import (
	"database/sql"

	"github.com/prometheus/client_golang/prometheus"
)

var (
	dbConnsDesc = prometheus.NewDesc("warta_db_connections",
		"Database connections by pool (reader or writer) and state (in_use or idle).", []string{"pool", "state"}, nil)
	dbWaitCountDesc = prometheus.NewDesc("warta_db_wait_count_total",
		"Times a query waited for a free connection, by pool.", []string{"pool"}, nil)
	dbWaitSecondsDesc = prometheus.NewDesc("warta_db_wait_seconds_total",
		"Time spent waiting for a free connection, by pool.", []string{"pool"}, nil)
)

// dbCollector reads the pools' sql.DBStats at scrape time: the numbers
// are kept by database/sql already, so nothing is counted twice.
type dbCollector struct {
	stats func() (reader, writer sql.DBStats)
}

func (c dbCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- dbConnsDesc
	ch <- dbWaitCountDesc
	ch <- dbWaitSecondsDesc
}

func (c dbCollector) Collect(ch chan<- prometheus.Metric) {
	reader, writer := c.stats()
	for _, p := range []struct {
		name string
		s    sql.DBStats
	}{{"reader", reader}, {"writer", writer}} {
		ch <- prometheus.MustNewConstMetric(dbConnsDesc, prometheus.GaugeValue, float64(p.s.InUse), p.name, "in_use")
		ch <- prometheus.MustNewConstMetric(dbConnsDesc, prometheus.GaugeValue, float64(p.s.Idle), p.name, "idle")
		ch <- prometheus.MustNewConstMetric(dbWaitCountDesc, prometheus.CounterValue, float64(p.s.WaitCount), p.name)
		ch <- prometheus.MustNewConstMetric(dbWaitSecondsDesc, prometheus.CounterValue, p.s.WaitDuration.Seconds(), p.name)
	}
}
