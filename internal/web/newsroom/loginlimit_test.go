package newsroom_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"warta/internal/auth"
)

// postLogins sends n sign-ins at once, each with form(i), and returns
// how many got each status.
func postLogins(t *testing.T, e *env, n int, form func(i int) url.Values) map[int]int {
	t.Helper()
	statuses := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			res, err := http.PostForm(e.srv.URL+"/redaksi/masuk", form(i))
			if err != nil {
				t.Error(err)
				return
			}
			res.Body.Close()
			mu.Lock()
			statuses[res.StatusCode]++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	return statuses
}

// TestConcurrentLoginsFromOneAddress: 40 sign-ins at once with unknown
// e-mails from one address get at most the address's limit of password
// checks; the rest are refused without hashing. Checking the limit first
// and counting failures after let all 40 through.
func TestConcurrentLoginsFromOneAddress(t *testing.T) {
	e := newEnv(t, true)
	// Waits long enough for a slot that none is refused as busy (a busy
	// refusal gives its attempt back), so exactly the limit is checked.
	auth.SetHashLimit(1, time.Minute)
	defer auth.SetHashLimit(1, auth.HashWait)
	before := auth.HashRuns()
	statuses := postLogins(t, e, 2*auth.IPFailures, func(i int) url.Values {
		return url.Values{"email": {fmt.Sprintf("tidak-ada-%d@kabar.example", i)}, "password": {"salah-salah-salah"}}
	})
	if n := auth.HashRuns() - before; n > auth.IPFailures {
		t.Errorf("%d password checks for 40 sign-ins from one address; want at most %d", n, auth.IPFailures)
	}
	if statuses[http.StatusUnauthorized] != auth.IPFailures || statuses[http.StatusTooManyRequests] != auth.IPFailures {
		t.Errorf("statuses %v; want %d of 401 and %[2]d of 429", statuses, auth.IPFailures)
	}
	if e.refused["rate_limited"] != auth.IPFailures {
		t.Errorf("refusals counted for the metrics: %v; want %d rate_limited", e.refused, auth.IPFailures)
	}
	// The next attempt is refused too, with no hash.
	before = auth.HashRuns()
	res, err := http.PostForm(e.srv.URL+"/redaksi/masuk", url.Values{"email": {"editor@kabar.example"}, "password": {password}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" || auth.HashRuns() != before {
		t.Errorf("after the flood: %d, Retry-After %q, %d hashes", res.StatusCode, res.Header.Get("Retry-After"), auth.HashRuns()-before)
	}
}

// TestConcurrentGuessesAtOneAccount: 20 guesses at once at one account
// get at most the account's limit of verifications.
func TestConcurrentGuessesAtOneAccount(t *testing.T) {
	e := newEnv(t, true)
	before := auth.HashRuns()
	statuses := postLogins(t, e, 20, func(i int) url.Values {
		return url.Values{"email": {"editor@kabar.example"}, "password": {fmt.Sprintf("tebakan-ke-%d", i)}}
	})
	if n := auth.HashRuns() - before; n > auth.AccountFailures {
		t.Errorf("%d passwords checked for 20 guesses at one account; want at most %d", n, auth.AccountFailures)
	}
	if statuses[http.StatusUnauthorized] > auth.AccountFailures {
		t.Errorf("statuses %v; want at most %d 401", statuses, auth.AccountFailures)
	}
	// The right password is refused too until the window passes.
	e.site.Clock.Advance(auth.Window)
	e.browser(t).login("editor")
}

// TestLoginBusy: when every hashing slot stays taken, a sign-in is
// answered 503 with a Retry-After and a message in the reader's
// language, and does not count against the limits.
func TestLoginBusy(t *testing.T) {
	e := newEnv(t, true)
	auth.SetHashLimit(1, 20*time.Millisecond)
	defer auth.SetHashLimit(1, auth.HashWait)
	// A deliberately slow hash holds the one slot.
	slow := auth.Params{Memory: 64 * 1024, Time: 20, Threads: 1, SaltLen: 16, KeyLen: 32}
	started, done := make(chan struct{}), make(chan struct{})
	go func() {
		close(started)
		auth.HashPassword("kata sandi yang lambat", slow)
		close(done)
	}()
	<-started
	time.Sleep(50 * time.Millisecond)
	for _, tc := range []struct{ lang, want string }{
		{"id", "Server sedang sibuk"}, {"en", "The server is busy"},
	} {
		req, _ := http.NewRequest("POST", e.srv.URL+"/redaksi/masuk", strings.NewReader(url.Values{"email": {"editor@kabar.example"}, "password": {"salah-salah-salah"}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Accept-Language", tc.lang)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body := readAll(t, res)
		if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" || !strings.Contains(body, tc.want) {
			t.Errorf("%s: busy sign-in got %d, Retry-After %q, body has %q: %v", tc.lang, res.StatusCode, res.Header.Get("Retry-After"), tc.want, strings.Contains(body, tc.want))
		}
	}
	<-done
	if e.refused["busy"] != 2 {
		t.Errorf("refusals counted for the metrics: %v; want 2 busy", e.refused)
	}
	// Busy refusals are not failures: all five attempts remain.
	for i := 0; i < auth.AccountFailures-1; i++ {
		res, err := http.PostForm(e.srv.URL+"/redaksi/masuk", url.Values{"email": {"editor@kabar.example"}, "password": {"salah-salah-salah"}})
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("wrong password %d after busy refusals: %d", i, res.StatusCode)
		}
	}
	e.browser(t).login("editor")
}

// TestCurrentPasswordLimit: the account page's current-password check is
// under the account's sign-in limit, counted before the check, so a
// borrowed session gets five guesses, even at once.
func TestCurrentPasswordLimit(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login("editor")
	b.get("/redaksi/akun")
	before := auth.HashRuns()
	var wg sync.WaitGroup
	var mu sync.Mutex
	statuses := map[int]int{}
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			status, _, _ := b.post("/redaksi/akun", url.Values{"current_password": {fmt.Sprintf("tebakan-ke-%d", i)},
				"new_password": {"sandi-baru-sekali"}, "new_password2": {"sandi-baru-sekali"}})
			mu.Lock()
			statuses[status]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if n := auth.HashRuns() - before; n > auth.AccountFailures {
		t.Errorf("%d current passwords checked; want at most %d", n, auth.AccountFailures)
	}
	if statuses[http.StatusUnprocessableEntity] != auth.AccountFailures || statuses[http.StatusTooManyRequests] != 12-auth.AccountFailures {
		t.Errorf("statuses %v; want %d of 422 and the rest 429", statuses, auth.AccountFailures)
	}
}
