package trending_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"warta"
	"warta/internal/trending"
	"warta/internal/web/webtest"
)

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// trendingSlugs flushes c and returns the slugs of Trending's top n.
func trendingSlugs(t *testing.T, s *webtest.Site, c *trending.Counter, n int) []string {
	t.Helper()
	ctx := context.Background()
	if err := c.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		list, err := tx.TrendingArticles(ctx, s.Now().Add(-48*time.Hour), n)
		for _, a := range list {
			got = append(got, a.Slug)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// A crawler with a browser's user agent walking 1,000 stories (the
// week-old one it wants at the top among them) leaves Trending as the
// readers made it: past the first few stories of its first minute it
// counts for nothing for the rest of the hour.
func TestCrawlerDoesNotMoveTrending(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	c := trending.New(s.Store, quiet(), s.Now)
	for i := range 30 {
		c.Hit(reader(i), f.Related.ID)
	}
	for i := range 20 {
		c.Hit(reader(100+i), f.Opinion.ID)
	}
	before := trendingSlugs(t, s, c, 5)

	crawler := reader(9999)
	for i := range int64(1000) {
		id := 1_000_000 + i
		if i == 500 {
			id = f.Main.ID
		}
		c.Hit(crawler, id)
		s.Clock.Advance(50 * time.Millisecond) // 1,000 stories in 50 s
	}
	if n := c.Pending(); n > trending.DefaultLimits.StoriesPerMinute {
		t.Errorf("the crawler counted %d reads, want at most %d", n, trending.DefaultLimits.StoriesPerMinute)
	}
	// Its next minute counts nothing either.
	s.Clock.Advance(time.Minute)
	pending := c.Pending()
	c.Hit(crawler, f.Main.ID)
	c.Hit(crawler, f.Related.ID+1000)
	if c.Pending() != pending {
		t.Error("a client taken for a crawler counted again a minute later")
	}
	if after := trendingSlugs(t, s, c, 5); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("trending moved from %v to %v", before, after)
	}
}

// A machine that changes its user agent on every request is still one
// address: it adds at most AddressReadsPerStory to a story in an hour.
func TestRotatingUserAgentsAreOneAddress(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	c := trending.New(s.Store, quiet(), s.Now)
	for i := range 5000 {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = "203.0.113.9:5555"
		r.Header.Set("User-Agent", fmt.Sprintf("Mozilla/5.0 (Windows NT 10.0) Chrome/%d.0", i))
		c.Hit(r, f.Main.ID)
	}
	if n := c.Pending(); n > trending.DefaultLimits.AddressReadsPerStory {
		t.Errorf("5,000 user agents from one address counted %d, want at most %d", n, trending.DefaultLimits.AddressReadsPerStory)
	}
}

// The window is an hour: the same reader coming back the next hour is
// read again, and the reads of one hour still count once.
func TestClientCountsAgainNextHour(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	c := trending.New(s.Store, quiet(), s.Now)
	s.Clock.Set(s.Now().Truncate(time.Hour).Add(5 * time.Minute))
	for range 100 {
		c.Hit(reader(1), f.Main.ID)
		s.Clock.Advance(30 * time.Second) // 50 minutes
	}
	if n := c.Pending(); n != 1 {
		t.Fatalf("one reader for 50 minutes counted %d, want 1", n)
	}
	s.Clock.Advance(10 * time.Minute)
	c.Hit(reader(1), f.Main.ID)
	c.Hit(reader(1), f.Main.ID)
	if n := c.Pending(); n != 2 {
		t.Errorf("after the hour turned, pending = %d, want 2", n)
	}
}

// Many goroutines reading as few and as many clients: each pair counts
// once (run with -race).
func TestConcurrentClientsCountOnce(t *testing.T) {
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	c := trending.New(s.Store, quiet(), s.Now)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				c.Hit(reader(i%40), f.Main.ID)
				c.Hit(reader(1000+g), f.Related.ID)
			}
		}()
	}
	wg.Wait()
	if n := c.Pending(); n != 48 {
		t.Errorf("40 + 8 clients counted %d, want 48", n)
	}
}

// TestHitAllocatesNothing: Hit is on the cached page's path.
func TestHitAllocatesNothing(t *testing.T) {
	s := webtest.NewSite(t)
	c := trending.New(s.Store, quiet(), s.Now)
	r := reader(7)
	c.Hit(r, 1)
	if n := testing.AllocsPerRun(1000, func() { c.Hit(r, 1) }); n != 0 {
		t.Errorf("Hit allocates %v times", n)
	}
}

// BenchmarkHit is a read of a kept page counted, from one client
// (already seen, in parallel) and from ever new ones; "tally-only" is
// what the counter did before it knew clients (a locked map increment),
// for the ratio.
func BenchmarkHit(b *testing.B) {
	s := webtest.NewSite(b)
	c := trending.New(s.Store, quiet(), s.Now)
	b.Run("tally-only", func(b *testing.B) {
		var mu sync.Mutex
		counts := map[int64]int{}
		b.ReportAllocs()
		for i := range b.N {
			mu.Lock()
			counts[int64(i%7)]++
			mu.Unlock()
		}
	})
	b.Run("same-client", func(b *testing.B) {
		r := reader(1)
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				c.Hit(r, 42)
			}
		})
	})
	b.Run("new-clients", func(b *testing.B) {
		rs := make([]*http.Request, 4096)
		for i := range rs {
			rs[i] = reader(i)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := range b.N {
			c.Hit(rs[i%len(rs)], int64(i%7))
		}
	})
}
