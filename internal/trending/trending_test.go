package trending_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"warta"
	"warta/internal/trending"
	"warta/internal/web/webtest"
)

// reader is a request from the i-th of many readers, each on its own
// address.
func reader(i int) *http.Request {
	r := httptest.NewRequest("GET", "/", nil)
	r.RemoteAddr = fmt.Sprintf("10.%d.%d.%d:40000", i>>16&255, i>>8&255, i&255)
	r.Header.Set("User-Agent", phone)
	return r
}

const phone = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"

func TestCounterFlushesToTrending(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	c := trending.New(s.Store, slog.New(slog.NewTextHandler(io.Discard, nil)), s.Now)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				c.Hit(reader(i*50+j), f.Related.ID)
			}
			c.Hit(reader(1000+i), f.Opinion.ID)
		}()
	}
	wg.Wait()
	if c.Pending() != 408 {
		t.Fatalf("pending = %d, want 408", c.Pending())
	}
	if err := c.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if c.Pending() != 0 {
		t.Fatalf("pending after flush = %d", c.Pending())
	}
	var got []string
	err := s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, err := tx.TrendingArticles(context.Background(), webtest.Now.Add(-48*time.Hour), 3)
		for _, a := range list {
			got = append(got, a.Slug)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "harga-cabai-turun,menata-kota-dari-sungai,jembatan-darurat-dibuka" {
		t.Fatalf("trending = %v", got)
	}
}

func TestFlushFailureKeepsCounts(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	c := trending.New(s.Store, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	c.Hit(reader(1), f.Main.ID)
	c.Hit(reader(2), f.Main.ID)
	s.Store.Close()
	if err := c.Flush(context.Background()); err == nil {
		t.Fatal("flush to a closed store succeeded")
	}
	if c.Pending() != 2 {
		t.Fatalf("pending = %d after a failed flush, want 2", c.Pending())
	}
}

func TestRunFlushesOnStop(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	c := trending.New(s.Store, slog.New(slog.NewTextHandler(io.Discard, nil)), s.Now)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { c.Run(ctx, time.Hour); close(done) }()
	c.Hit(reader(1), f.Main.ID)
	cancel()
	<-done
	if c.Pending() != 0 {
		t.Fatal("Run did not flush when stopped")
	}
}

func TestCountable(t *testing.T) {
	cases := []struct {
		name, method, ua, purpose string
		want                      bool
	}{
		{"phone", "GET", "Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile", "", true},
		{"head", "HEAD", "Mozilla/5.0", "", false},
		{"googlebot", "GET", "Mozilla/5.0 (compatible; Googlebot/2.1)", "", false},
		{"curl", "GET", "curl/8.5.0", "", false},
		{"empty agent", "GET", "", "", false},
		{"prefetch", "GET", "Mozilla/5.0", "prefetch;prerender", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(tc.method, "/", nil)
			r.Header.Set("User-Agent", tc.ua)
			if tc.purpose != "" {
				r.Header.Set("Sec-Purpose", tc.purpose)
			}
			if got := trending.Countable(r); got != tc.want {
				t.Errorf("Countable = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTwoCountersShareOneStore: each node tallies its own reads and adds
// them to the store's daily counts, so reads served by two nodes add up
// and neither flush overwrites the other's.
func TestTwoCountersShareOneStore(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	a, b := trending.New(s.Store, logger, s.Now), trending.New(s.Store, logger, s.Now)
	for i := range 30 {
		a.Hit(reader(i), f.Related.ID)
		b.Hit(reader(100+i), f.Related.ID)
	}
	for i := range 45 {
		b.Hit(reader(200+i), f.Opinion.ID)
	}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, c := range []*trending.Counter{a, b} {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = c.Flush(context.Background()) }()
	}
	wg.Wait()
	if errs[0] != nil || errs[1] != nil {
		t.Fatal(errs)
	}
	var got []string
	err := s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, err := tx.TrendingArticles(context.Background(), webtest.Now.Add(-48*time.Hour), 2)
		for _, a := range list {
			got = append(got, a.Slug)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// 30 + 30 reads rank above 45; either node's 30 alone would not.
	if len(got) != 2 || got[0] != f.Related.Slug || got[1] != f.Opinion.Slug {
		t.Errorf("trending = %v; want %s (60 reads over two nodes) before %s (45)", got, f.Related.Slug, f.Opinion.Slug)
	}
}

// TestFlushPrunesOldHours: a flush counts reads in its hour and drops
// hourly counts past warta.HourlyViewRetention, so the newsroom's window
// queries never meet more than eight days of rows.
func TestFlushPrunesOldHours(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	c := trending.New(s.Store, slog.New(slog.NewTextHandler(io.Discard, nil)), s.Now)
	start := s.Now()
	next := 0
	flush := func(n int) {
		t.Helper()
		for range n {
			next++
			c.Hit(reader(next), f.Main.ID)
		}
		if err := c.Flush(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	total := func() int {
		t.Helper()
		var n int
		err := s.Store.View(context.Background(), func(tx warta.ReadTx) error {
			m, err := tx.ArticleViewCounts(context.Background(), []int64{f.Main.ID}, time.Time{})
			n = m[f.Main.ID]
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	hour := start.UTC().Truncate(time.Hour)
	flush(3)
	// A bucket goes once its start is more than the retention old.
	s.Clock.Set(hour.Add(warta.HourlyViewRetention))
	flush(5)
	if got := total(); got != 8 {
		t.Errorf("%v after the first hour began, hourly reads = %d, want 3+5", warta.HourlyViewRetention, got)
	}
	s.Clock.Set(hour.Add(warta.HourlyViewRetention + time.Millisecond))
	flush(7)
	if got := total(); got != 12 {
		t.Errorf("a millisecond later, hourly reads = %d, want 5+7", got)
	}
}
