package public_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// probe serves one probe and decodes its JSON body.
func probe(t *testing.T, h http.Handler, path string) (int, map[string]string) {
	t.Helper()
	res, body := webtest.Do(t, h, "GET", path)
	if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("%s: Cache-Control %q, want no-store", path, cc)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("%s: Content-Type %q", path, ct)
	}
	var out map[string]string
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatalf("%s: %v\n%s", path, err, body)
	}
	return res.StatusCode, out
}

func TestReadyz(t *testing.T) {
	cases := []struct {
		name       string
		ready      func(s *webtest.Site) func(context.Context) error
		close      bool
		status     int
		state      string
		wantReason string
	}{
		{"ready", func(s *webtest.Site) func(context.Context) error { return s.Store.Ready }, false, 200, "ready", ""},
		{"database closed", func(s *webtest.Site) func(context.Context) error { return s.Store.Ready }, true, 503, "unavailable", "database: "},
		{"migration missing", func(*webtest.Site) func(context.Context) error {
			return func(context.Context) error { return errors.New("migration 0016_x not applied") }
		}, false, 503, "unavailable", "migration 0016_x not applied"},
		{"no check given, database closed", func(*webtest.Site) func(context.Context) error { return nil }, true, 503, "unavailable", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := webtest.NewSite(t)
			h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: "https://kabar.example", Logger: s.Logger(), Ready: c.ready(s)})
			if err != nil {
				t.Fatal(err)
			}
			if c.close {
				s.Store.Close()
			}
			status, body := probe(t, h, "/readyz")
			if status != c.status || body["status"] != c.state {
				t.Fatalf("/readyz: %d %v, want %d %s", status, body, c.status, c.state)
			}
			if c.wantReason != "" && !strings.HasPrefix(body["reason"], c.wantReason) {
				t.Errorf("reason %q, want %q", body["reason"], c.wantReason)
			}
			if c.status == 503 && body["reason"] == "" {
				t.Error("503 without a reason")
			}
			// Alive whatever the database says.
			if status, body := probe(t, h, "/healthz"); status != 200 || body["status"] != "ok" {
				t.Errorf("/healthz: %d %v", status, body)
			}
		})
	}
}
