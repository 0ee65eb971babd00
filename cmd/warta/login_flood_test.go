package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// floodServeEnv, when set, makes TestLoginFloodServer run `warta serve`
// with the arguments it holds (space-separated), so that the flood test
// can measure a server in a process of its own.
const floodServeEnv = "WARTA_LOGIN_FLOOD_SERVE"

// TestLoginFloodServer is the server process of TestLoginFloodRSS; on its
// own it does nothing.
func TestLoginFloodServer(t *testing.T) {
	args := os.Getenv(floodServeEnv)
	if args == "" {
		t.Skip("the server half of TestLoginFloodRSS")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := Run(ctx, strings.Fields(args), func(string) string { return "" }, strings.NewReader(""), io.Discard, os.Stderr); err != nil {
		t.Fatal(err)
	}
}

// TestLoginFloodRSS fires sign-ins at a real server at once, each from an
// address of its own (127.0.0.2 and up, so that the address limit does
// not stop them) and with an e-mail of its own: every one asks for an
// argon2 run of 64 MiB. 60 at once once took a server to 4 GB and past
// answering. The server's peak RSS must stay under 300 MB, what it
// refuses must say when to come back, and it must still answer after.
// Then 20 guesses at once at one real account, each from an address of
// its own, must get at most the account's limit of checks.
func TestLoginFloodRSS(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server process and makes it hash for seconds")
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(pwFile, []byte("kata-sandi-banjir-123\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// The first serve creates the data directory; the account comes after.
	port := freePort(t)
	base := "http://127.0.0.1:" + port
	srv := startFloodServer(t, "serve --addr 127.0.0.1:"+port+" --data "+data)
	waitUp(t, base)
	if err := Run(context.Background(), []string{"user", "create", "--data", data, "--email", "dewi@kabar.example", "--name", "Dewi Lestari",
		"--role", "editor", "--password-file", pwFile}, func(string) string { return "" }, strings.NewReader(""), io.Discard, io.Discard); err != nil {
		t.Fatalf("user create: %v", err)
	}

	flood := func(n, firstHost int, form func(i int) url.Values) map[int]int {
		statuses := map[int]int{}
		var mu sync.Mutex
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ip := net.IPv4(127, 0, byte((firstHost+i)/250), byte(2+(firstHost+i)%250))
				c := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{
					DialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: ip}}).DialContext, DisableKeepAlives: true},
					CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
				<-start
				res, err := c.PostForm(base+"/redaksi/masuk", form(i))
				if err != nil {
					t.Errorf("sign-in %d: %v", i, err)
					return
				}
				res.Body.Close()
				if (res.StatusCode == http.StatusServiceUnavailable || res.StatusCode == http.StatusTooManyRequests) && res.Header.Get("Retry-After") == "" {
					t.Errorf("a %d without Retry-After", res.StatusCode)
				}
				mu.Lock()
				statuses[res.StatusCode]++
				mu.Unlock()
			}()
		}
		close(start)
		wg.Wait()
		return statuses
	}
	began := time.Now()
	statuses := flood(60, 0, func(i int) url.Values {
		return url.Values{"email": {fmt.Sprintf("tak-dikenal-%d@kabar.example", i)}, "password": {"salah-salah-salah"}}
	})
	t.Logf("60 sign-ins at once in %v: %v", time.Since(began).Round(time.Millisecond), statuses)
	for status := range statuses {
		if status != http.StatusUnauthorized && status != http.StatusServiceUnavailable {
			t.Errorf("statuses %v; want only 401 and 503", statuses)
		}
	}
	guesses := flood(20, 100, func(i int) url.Values {
		return url.Values{"email": {"dewi@kabar.example"}, "password": {fmt.Sprintf("tebakan-ke-%d", i)}}
	})
	t.Logf("20 guesses at one account: %v", guesses)
	if guesses[http.StatusUnauthorized] > 5 {
		t.Errorf("%d guesses at one account were checked; want at most 5: %v", guesses[http.StatusUnauthorized], guesses)
	}

	res, err := http.Get(base + "/redaksi/masuk")
	if err != nil {
		t.Fatalf("after the flood: %v", err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("the sign-in page after the flood: %d", res.StatusCode)
	}
	hwm := peakRSS(t, srv.Process.Pid)
	t.Logf("server peak RSS %d MB", hwm>>20)
	if hwm > 300<<20 {
		t.Errorf("server peak RSS %d MB; want under 300 MB", hwm>>20)
	}
}

// startFloodServer runs this test binary as `warta serve` with args,
// stopped (SIGTERM, then killed) when the test ends.
func startFloodServer(t *testing.T, args string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoginFloodServer$", "-test.count=1")
	cmd.Env = append(os.Environ(), floodServeEnv+"="+args)
	var logs strings.Builder
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return cmd
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
}

// waitUp waits for the server to answer, for at most 30 seconds.
func waitUp(t *testing.T, base string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		res, err := http.Get(base + "/redaksi/masuk")
		if err == nil {
			res.Body.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("server did not start: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// peakRSS reads a process's peak resident set (VmHWM) in bytes.
func peakRSS(t *testing.T, pid int) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				t.Fatalf("VmHWM %q: %v", v, err)
			}
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc status")
	return 0
}
