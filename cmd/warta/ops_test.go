package main

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// TestServeOperations: the real server answers its probes and, to a
// client on loopback, its metrics, with every part wired in.
func TestServeOperations(t *testing.T) {
	_, base := startMain(t, t.TempDir())
	if status, body := get(t, base+"/readyz"); status != 200 || !strings.Contains(body, `"ready"`) {
		t.Fatalf("/readyz: %d %s", status, body)
	}
	_, home := get(t, base+"/")
	link := articleLink.FindStringSubmatch(home)
	if link == nil {
		t.Fatal("no article on the home page")
	}
	get(t, base+link[1])
	get(t, base+link[1])
	get(t, base+"/redaksi/masuk")
	get(t, base+"/api/v1/sections")

	want := []string{
		`warta_http_requests_total{method="GET",route="GET /{section}/{rest...}",status="200"} 2`,
		`warta_page_cache_requests_total{result="hit"} 1`,
		`warta_http_requests_total{method="GET",route="GET /redaksi/masuk",status="303"} 1`, // no account yet: to the setup page,
		`warta_http_requests_total{method="GET",route="GET /api/v1/sections",status="200"} 1`,
		`warta_job_runs_total{job="publish_scheduled",result="ok"}`,
		`warta_job_runs_total{job="purge_trash",result="ok"}`,
		`warta_db_connections{pool="writer",state="idle"}`,
		// The demo's pictures get their WebP sizes in the background:
		// the queue is there, whatever its length at this moment.
		`warta_media_queue_length `,
	}
	var body string
	deadline := time.Now().Add(5 * time.Second) // the jobs' first ticks are in their own goroutines
	for {
		var status int
		status, body = get(t, base+"/metrics")
		if status != 200 {
			t.Fatalf("/metrics from loopback: %d", status)
		}
		missing := ""
		for _, w := range want {
			if !strings.Contains(body, w) {
				missing = w
			}
		}
		if missing == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/metrics lacks %s:\n%s", missing, grepLines(body, "warta_"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	if _, err := p.TextToMetricFamilies(strings.NewReader(body)); err != nil {
		t.Fatalf("exposition does not parse: %v", err)
	}

	// Through a proxy on this machine, it is the world asking.
	req, _ := http.NewRequest("GET", base+"/metrics", nil)
	req.Header.Set("X-Forwarded-For", "198.51.100.1")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound {
		t.Errorf("/metrics through a proxy: %d, want 404", res.StatusCode)
	}
}

func grepLines(s, prefix string) string {
	var out []string
	for line := range strings.Lines(s) {
		if strings.HasPrefix(line, prefix) {
			out = append(out, line)
		}
	}
	return strings.Join(out, "")
}

func TestServeHelpNamesMetricsPublic(t *testing.T) {
	out, stderr, _ := run(t, "", "serve", "--help")
	if !strings.Contains(out+stderr, "metrics-public") || !strings.Contains(out+stderr, "WARTA_METRICS_PUBLIC") {
		t.Errorf("serve --help:\n%s%s", out, stderr)
	}
}
