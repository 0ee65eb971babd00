package main

import (
	"context"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"warta"
	"warta/internal/store/sqlite"
)

// TestKillNineLosesNothing runs the real binary, kills it with SIGKILL
// five times while writers publish through the API and readers read,
// and then finds every acknowledged story in the database and
// integrity_check saying ok.
func TestKillNineLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("kills servers in a loop")
	}
	dir := t.TempDir()
	token := editorToken(t, dir)
	section := addSection(t, dir)
	logs, err := os.Create(filepath.Join(t.TempDir(), "serve.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logs.Close()

	var l *load
	const kills = 5
	for round := 0; round <= kills; round++ {
		addr := freeAddr(t)
		cmd := serveChild(addr, dir)
		cmd.Stdout, cmd.Stderr = logs, logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		base := "http://" + addr
		if !waitHealthy(base, 15*time.Second) {
			cmd.Process.Kill()
			cmd.Wait()
			b, _ := os.ReadFile(logs.Name())
			t.Fatalf("round %d: the server did not come up\n%s", round, b)
		}
		if l == nil {
			l = startLoad(t, base, token, section, 4, 2)
		} else {
			l.base.Store(base)
		}
		if round == kills {
			// The last run only proves the site comes back; then the
			// load stops and the server is killed once more.
			time.Sleep(500 * time.Millisecond)
			l.stop()
		} else {
			// Let writes land, then kill in the middle of them.
			time.Sleep(time.Duration(1500+300*round) * time.Millisecond)
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
	}
	acked := l.acked
	if len(acked) < 20 {
		t.Fatalf("only %d writes acknowledged across %d kills: the load did not run", len(acked), kills)
	}
	rep, err := sqlite.Inspect(context.Background(), filepath.Join(dir, "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Integrity != "ok" {
		t.Fatalf("integrity_check after kill -9: %s", rep.Integrity)
	}
	db, err := sqlite.Open(context.Background(), filepath.Join(dir, "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lost := 0
	for id, title := range acked {
		var a *warta.Article
		err := db.View(context.Background(), func(tx warta.ReadTx) error {
			var err error
			a, err = tx.FindArticleByID(context.Background(), id)
			return err
		})
		if err != nil || a.Title != title || a.Status != warta.StatusPublished {
			lost++
			if lost <= 5 {
				t.Errorf("acknowledged story %d %q: %v", id, title, err)
			}
		}
	}
	t.Logf("%d kills, %d acknowledged writes, %d lost, %d reads", kills, len(acked), lost, l.reads.Load())
}

// serveChild runs `warta serve` in a child process: this test binary,
// told by crashChildEnv to be the server (TestCrashChild), which spares
// a go build.
func serveChild(addr, dir string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), crashChildEnv+"=serve --addr "+addr+" --data "+dir)
	return cmd
}

// crashChildEnv carries the child's command line.
const crashChildEnv = "WARTA_TEST_CRASH_CHILD"

// TestCrashChild is the server TestKillNineLosesNothing kills; on its own
// it does nothing.
func TestCrashChild(t *testing.T) {
	line := os.Getenv(crashChildEnv)
	if line == "" {
		t.Skip("only a child of TestKillNineLosesNothing serves")
	}
	err := Run(context.Background(), strings.Fields(line), func(string) string { return "" }, os.Stdin, os.Stdout, os.Stderr)
	t.Fatalf("serve returned: %v", err)
}

// freeAddr is a 127.0.0.1 port free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// waitHealthy polls /healthz until it answers 200 or d passes.
func waitHealthy(base string, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if res, err := http.Get(base + "/healthz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return true
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

// addSection gives the new site at dir a section to publish in.
func addSection(t *testing.T, dir string) string {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(dir, "warta.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(context.Background(), func(tx warta.Tx) error {
		return tx.CreateSection(context.Background(), &warta.Section{Slug: "berita", Name: "Berita", Position: 1})
	}); err != nil {
		t.Fatal(err)
	}
	return "berita"
}
