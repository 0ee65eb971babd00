package public_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"warta"
	"warta/internal/trending"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// readsSite is the public site counting reads with a real Counter.
func readsSite(t *testing.T) (*webtest.Site, *webtest.Fixture, http.Handler, *trending.Counter) {
	t.Helper()
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	c := trending.New(s.Store, s.Logger(), s.Now)
	h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: "https://kabar.example", Logger: s.Logger(),
		Now: s.Now, Views: c})
	if err != nil {
		t.Fatal(err)
	}
	s.Changed = h.Invalidate
	return s, f, h, c
}

// read is one GET of path from the client at addr with user agent ua.
func read(t *testing.T, h http.Handler, path, addr, ua string) {
	t.Helper()
	req := httptest.NewRequest("GET", "http://127.0.0.1:8080"+path, nil)
	req.RemoteAddr = addr
	req.Header.Set("User-Agent", ua)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d", path, rec.Code)
	}
}

// counted flushes c and returns the reads of article id it wrote (one
// RecordViews feeds both Trending's daily counts and the hourly ones)
// and the reads stored in the hourly counts the newsroom's most-read
// lists use.
func counted(t *testing.T, s *webtest.Site, c *trending.Counter, id int64) (flushed int, hourly int) {
	t.Helper()
	ctx := context.Background()
	flushed = c.Pending()
	if err := c.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	err := s.Store.View(ctx, func(tx warta.ReadTx) error {
		m, err := tx.ArticleViewCounts(ctx, []int64{id}, time.Time{})
		if err != nil {
			return err
		}
		hourly = m[id]
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return flushed, hourly
}

const phone = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36"

// One client reading a story 10,000 times, from the cache or not, is one
// reader: Trending and the newsroom's counts both see 1.
func TestOneClientsReadsCountOnce(t *testing.T) {
	s, f, h, c := readsSite(t)
	for range 10_000 {
		read(t, h, webtest.MainPath, "203.0.113.7:51234", phone)
	}
	daily, hourly := counted(t, s, c, f.Main.ID)
	if hourly != 1 || daily != 1 {
		t.Errorf("10,000 reads by one client counted %d (trending) and %d (hourly), want 1 and 1", daily, hourly)
	}
}

// Fifty readers are fifty, whatever port or repeat.
func TestDistinctClientsCountEach(t *testing.T) {
	s, f, h, c := readsSite(t)
	for i := range 50 {
		for range 3 {
			read(t, h, webtest.MainPath, fmt.Sprintf("198.51.100.%d:%d", i+1, 40000+i), phone)
		}
	}
	daily, hourly := counted(t, s, c, f.Main.ID)
	if hourly != 50 || daily != 50 {
		t.Errorf("50 clients counted %d (trending) and %d (hourly), want 50", daily, hourly)
	}
}
