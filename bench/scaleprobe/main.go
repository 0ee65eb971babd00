// Command scaleprobe measures a running-process view of one archive that
// bench/scale.sh built: cold start, resident memory under mixed traffic,
// search p95 over HTTP, `warta reindex` and publish-to-visible. It starts
// `warta serve` itself, on 127.0.0.1 only, and prints one line per figure
// as "name value unit".
//
//	go run ./bench/scaleprobe --warta BIN --data DIR --articles N [--load 20s] [--runs 3]
//
// DIR is used as it is: publish-to-visible adds stories, so bench/scale.sh
// passes a copy.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	bin := flag.String("warta", "warta", "the warta binary")
	data := flag.String("data", "", "the data directory of the archive (a copy: stories are added)")
	load := flag.Duration("load", 20*time.Second, "how long the mixed traffic runs (at most 60s)")
	runs := flag.Int("runs", 3, "cold starts and publishes to take the median of (1 to 9)")
	reindex := flag.Bool("reindex", true, "time `warta reindex` first")
	articles := flag.Int("articles", 0, "how many stories the archive holds (for the reindex rate)")
	flag.Parse()
	if *data == "" || *load <= 0 || *load > time.Minute || *runs < 1 || *runs > 9 {
		fmt.Fprintln(os.Stderr, "usage: scaleprobe --warta BIN --data DIR [--load 20s] [--runs 3]")
		os.Exit(2)
	}
	p := &probe{bin: *bin, data: *data, articles: *articles}
	if err := p.run(*load, *runs, *reindex); err != nil {
		fmt.Fprintln(os.Stderr, "scaleprobe:", err)
		os.Exit(1)
	}
}

type probe struct {
	bin, data string
	articles  int
	addr      string
	cmd       *exec.Cmd
}

func (p *probe) warta(args ...string) ([]byte, error) {
	cmd := exec.Command(p.bin, append(args, "--data", p.data)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("warta %s: %v\n%s", args[0], err, stderr.String())
	}
	return out, nil
}

func (p *probe) run(load time.Duration, runs int, reindex bool) error {
	// reindex first: it needs the database to itself.
	if reindex {
		if err := p.reindex(); err != nil {
			return err
		}
	}
	return p.live(load, runs)
}

func (p *probe) reindex() error {
	start := time.Now()
	if _, err := p.warta("reindex"); err != nil {
		return err
	}
	took := time.Since(start)
	fmt.Printf("reindex_s %.1f s\nreindex_rate %.0f articles/s\n", took.Seconds(), float64(p.articles)/took.Seconds())
	return nil
}

func (p *probe) live(load time.Duration, runs int) error {
	var colds []float64
	for range runs {
		d, err := p.start()
		if err != nil {
			return err
		}
		colds = append(colds, float64(d.Microseconds())/1000)
		p.stop()
	}
	fmt.Printf("cold_start_ms %.0f ms (median of %d: %v)\n", median(colds), runs, colds)

	if _, err := p.start(); err != nil {
		return err
	}
	defer p.stop()
	urls, err := p.articleURLs(3000)
	if err != nil {
		return err
	}
	peak, med, reqs := p.mixed(urls, load)
	fmt.Printf("rss_peak_mb %.0f MB\nrss_median_mb %.0f MB\nmixed_requests %d over %s, %d distinct article URLs\n", peak, med, reqs, load, len(urls))
	fmt.Printf("search_p95_ms %.1f ms\n", p.search())

	token, err := p.token()
	if err != nil {
		return err
	}
	var pubs []float64
	for i := range runs {
		d, err := p.publish(token, i)
		if err != nil {
			return err
		}
		pubs = append(pubs, float64(d.Microseconds())/1000)
	}
	fmt.Printf("publish_to_visible_ms %.1f ms (median of %d: %v)\n", median(pubs), runs, pubs)
	return nil
}

// start runs warta serve on a free loopback port and returns the time
// from process start to the first 200 on /.
func (p *probe) start() (time.Duration, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	p.addr = l.Addr().String()
	l.Close()
	p.cmd = exec.Command(p.bin, "serve", "--data", p.data, "--addr", p.addr, "--base-url", "http://"+p.addr)
	p.cmd.Stderr = io.Discard
	start := time.Now()
	if err := p.cmd.Start(); err != nil {
		return 0, err
	}
	for time.Since(start) < 30*time.Second {
		resp, err := http.Get("http://" + p.addr + "/")
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return time.Since(start), nil
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	p.stop()
	return 0, fmt.Errorf("warta serve gave no 200 on / within 30s")
}

func (p *probe) stop() {
	if p.cmd != nil && p.cmd.Process != nil {
		p.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { p.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			p.cmd.Process.Kill()
			<-done
		}
	}
	p.cmd = nil
}

var (
	locRe     = regexp.MustCompile(`<loc>([^<]+)</loc>`)
	monthlyRe = regexp.MustCompile(`sitemap-articles-[0-9-]+\.xml`)
)

func (p *probe) get(path string) ([]byte, int, error) {
	resp, err := http.Get("http://" + p.addr + path)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	return b, resp.StatusCode, err
}

// articleURLs collects up to max article paths from the monthly sitemaps,
// spread over the whole archive.
func (p *probe) articleURLs(max int) ([]string, error) {
	index, _, err := p.get("/sitemap.xml")
	if err != nil {
		return nil, err
	}
	months := monthlyRe.FindAllString(string(index), -1)
	var urls []string
	for i := 0; i < len(months) && len(urls) < max; i += 1 + len(months)/12 {
		body, _, err := p.get("/" + months[i])
		if err != nil {
			return nil, err
		}
		for _, m := range locRe.FindAllStringSubmatch(string(body), -1) {
			if u, err := url.Parse(m[1]); err == nil && strings.Count(u.Path, "/") == 5 {
				urls = append(urls, u.Path)
			}
		}
	}
	if len(urls) == 0 {
		return nil, fmt.Errorf("no article in the sitemaps")
	}
	return urls[:min(len(urls), max)], nil
}

// mixed runs 8 clients for d over the articles (each once before any
// repeats, in random order) with a home, feed or search request every
// tenth, sampling the server's VmRSS every 100 ms.
func (p *probe) mixed(urls []string, d time.Duration) (peak, med float64, n int64) {
	rand.Shuffle(len(urls), func(i, j int) { urls[i], urls[j] = urls[j], urls[i] })
	others := []string{"/", "/feed", "/sitemap.xml", "/cari?q=harga", "/indeks"}
	var next, count atomic.Int64
	stop := time.Now().Add(d)
	var wg sync.WaitGroup
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8}}
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(stop) {
				i := next.Add(1)
				path := urls[int(i)%len(urls)]
				if i%10 == 0 {
					path = others[int(i/10)%len(others)]
				}
				resp, err := client.Get("http://" + p.addr + path)
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					count.Add(1)
				}
			}
		}()
	}
	var samples []float64
	for time.Now().Before(stop) {
		if mb := rss(p.cmd.Process.Pid); mb > 0 {
			samples = append(samples, mb)
		}
		time.Sleep(100 * time.Millisecond)
	}
	wg.Wait()
	return slices.Max(samples), median(samples), count.Load()
}

// rss reads VmRSS of a process in MB.
func rss(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.Atoi(f[1])
			return float64(kb) / 1024
		}
	}
	return 0
}

// search asks 200 distinct two-word queries, one at a time, and returns
// the 95th percentile of their times.
func (p *probe) search() float64 {
	words := []string{"banjir", "harga", "beras", "pemilu", "timnas", "ekspor", "inflasi", "gempa", "startup", "kereta",
		"festival", "nelayan", "investasi", "sekolah", "kesehatan", "jalan", "bola", "pasar", "warga", "pemerintah"}
	var took []float64
	for i := range 200 {
		q := words[i%len(words)] + " " + words[(i*7+3)%len(words)]
		if i >= 100 {
			q = words[i%len(words)] // single words: the broadest matches
		}
		start := time.Now()
		_, code, err := p.get("/cari?q=" + url.QueryEscape(q) + "&n=" + strconv.Itoa(i))
		if err != nil || code != http.StatusOK {
			continue
		}
		took = append(took, float64(time.Since(start).Microseconds())/1000)
	}
	slices.Sort(took)
	return took[len(took)*95/100]
}

// token makes an editor account and an API token for it.
func (p *probe) token() (string, error) {
	pw := filepath.Join(os.TempDir(), "scaleprobe-pw")
	if err := os.WriteFile(pw, []byte("kata-sandi-bench-panjang\n"), 0o600); err != nil {
		return "", err
	}
	defer os.Remove(pw)
	email := fmt.Sprintf("bench%d@warta.example", time.Now().UnixNano())
	if _, err := p.warta("user", "create", "--email", email, "--name", "Bench", "--role", "editor", "--password-file", pw); err != nil {
		return "", err
	}
	out, err := p.warta("token", "create", "--email", email)
	return strings.TrimSpace(string(out)), err
}

// publish posts a published story through the API and returns the time
// until its title is on the home page.
func (p *probe) publish(token string, i int) (time.Duration, error) {
	title := fmt.Sprintf("Uji terbit %d %d", i, time.Now().UnixNano())
	body, _ := json.Marshal(map[string]any{"title": title, "dek": "Uji kecepatan terbit.", "body_html": "<p>Uji kecepatan terbit.</p>",
		"section": "nasional", "status": "published"})
	req, _ := http.NewRequest(http.MethodPost, "http://"+p.addr+"/api/v1/admin/articles", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	msg, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return 0, fmt.Errorf("publish: %d %s", resp.StatusCode, msg)
	}
	for time.Since(start) < 10*time.Second {
		home, _, err := p.get("/")
		if err == nil && bytes.Contains(home, []byte(title)) {
			return time.Since(start), nil
		}
		time.Sleep(time.Millisecond)
	}
	return 0, fmt.Errorf("%q not on the home page after 10s", title)
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}
