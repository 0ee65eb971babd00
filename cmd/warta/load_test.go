package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// editorToken makes an editor account and an API token in the site at
// dir, through the CLI, and returns the token.
func editorToken(t *testing.T, dir string) string {
	t.Helper()
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("kata-sandi-rahasia\n"), 0o600)
	if _, stderr, err := run(t, "", "user", "create", "--data", dir, "--email", "beban@kabar.example", "--name", "Beban", "--role", "editor", "--password-file", pw); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	token, stderr, err := run(t, "", "token", "create", "--data", dir, "--email", "beban@kabar.example")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	return strings.TrimSpace(token)
}

// load publishes stories through the API from writers goroutines and
// reads pages from readers goroutines until stop is called. Each write
// the server acknowledged (201) is recorded with the id it answered;
// connection errors (a killed server) are expected and not recorded.
type load struct {
	mu    sync.Mutex
	acked map[int64]string // id → title
	reads atomic.Int64
	done  chan struct{}
	wg    sync.WaitGroup
	base  atomic.Value // string: the server to talk to, changed across restarts
}

func startLoad(t *testing.T, base, token, section string, writers, readers int) *load {
	l := &load{acked: map[int64]string{}, done: make(chan struct{})}
	l.base.Store(base)
	client := &http.Client{Timeout: 5 * time.Second}
	var seq atomic.Int64
	for w := range writers {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			for {
				select {
				case <-l.done:
					return
				default:
				}
				title := fmt.Sprintf("Beban %d nomor %d", w, seq.Add(1))
				body := fmt.Sprintf(`{"title":%q,"dek":"Ringkasan.","body_html":"<p>Isi berita %s.</p>","section":%q,"status":"published"}`, title, title, section)
				req, _ := http.NewRequest("POST", l.base.Load().(string)+"/api/v1/admin/articles", strings.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+token)
				req.Header.Set("Content-Type", "application/json")
				res, err := client.Do(req)
				if err != nil {
					time.Sleep(20 * time.Millisecond)
					continue
				}
				var out struct {
					ID int64 `json:"id"`
				}
				err = json.NewDecoder(res.Body).Decode(&out)
				res.Body.Close()
				if res.StatusCode == http.StatusCreated && err == nil && out.ID > 0 {
					l.mu.Lock()
					l.acked[out.ID] = title
					l.mu.Unlock()
				}
			}
		}()
	}
	for range readers {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			paths := []string{"/", "/cari?q=beban", "/feed", "/" + section + "/"}
			for i := 0; ; i++ {
				select {
				case <-l.done:
					return
				default:
				}
				res, err := client.Get(l.base.Load().(string) + paths[i%len(paths)])
				if err != nil {
					time.Sleep(20 * time.Millisecond)
					continue
				}
				res.Body.Close()
				l.reads.Add(1)
			}
		}()
	}
	return l
}

// stop ends the load and returns the acknowledged writes.
func (l *load) stop() map[int64]string {
	close(l.done)
	l.wg.Wait()
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make(map[int64]string, len(l.acked))
	for id, title := range l.acked {
		out[id] = title
	}
	return out
}

// count is how many writes were acknowledged so far.
func (l *load) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.acked)
}
