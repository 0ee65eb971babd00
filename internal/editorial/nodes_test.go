package editorial_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/store/pgtest"
	"warta/internal/store/postgres"
	"warta/internal/store/sqlite"
	"warta/internal/web/webtest"
)

// TestScheduledPublishedOnceByTwoSchedulers runs the scheduler's work on
// two stores open on the same database at once, as two processes would:
// every due story is published exactly once, with one event, whichever
// scheduler got to it.
func TestScheduledPublishedOnceByTwoSchedulers(t *testing.T) {
	if webtest.OnPostgreSQL() {
		t.Skip("two stores on one SQLite file; on PostgreSQL, TestScheduledPublishedOnceOnPostgreSQL")
	}
	e := newEnv(t)
	ctx := context.Background()
	au := e.users[warta.RoleAuthor]
	const stories = 30
	for i := range stories {
		in := e.input(fmt.Sprintf("Jadwal Kereta Lebaran Nomor %d Diumumkan", i+1))
		if _, err := e.svc.Create(ctx, au, in, warta.StatusScheduled, e.site.Now().Add(10*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	e.site.Clock.Advance(11 * time.Minute)
	other, err := sqlite.OpenClock(ctx, filepath.Join(e.site.Dir, "warta.db"), e.site.Clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var mu sync.Mutex
	published := map[int64]int{}
	count := func(ev warta.Event) {
		if ev.Kind == warta.EventArticlePublished {
			mu.Lock()
			published[ev.ArticleID]++
			mu.Unlock()
		}
	}
	nodes := []*editorial.Service{{Store: e.site.Store, Notify: count}, {Store: other, Notify: count}}
	var wg sync.WaitGroup
	total := make([]int, len(nodes))
	for i, node := range nodes {
		wg.Go(func() {
			n, err := node.PublishDue(ctx)
			if err != nil {
				t.Errorf("node %d: %v", i, err)
			}
			total[i] = n
		})
	}
	wg.Wait()
	if total[0]+total[1] != stories || len(published) != stories {
		t.Errorf("published %d + %d, %d distinct; want %d in all", total[0], total[1], len(published), stories)
	}
	for id, n := range published {
		if n != 1 {
			t.Errorf("article %d published %d times", id, n)
		}
	}
}

// TestScheduledPublishedOnceOnPostgreSQL is the same race on PostgreSQL,
// where several nodes share one database.
func TestScheduledPublishedOnceOnPostgreSQL(t *testing.T) {
	ctx := context.Background()
	url := pgtest.Fresh(t)
	var mu sync.Mutex
	now := time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	var stores []*postgres.Store
	for range 2 {
		s, err := postgres.OpenClock(ctx, url, clock)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		stores = append(stores, s)
	}
	sec := &warta.Section{Slug: "nasional", Name: "Nasional", Position: 1}
	person := &warta.Person{Slug: "agus", Name: "Agus"}
	author := &warta.User{Email: "agus@kabar.example", Name: "Agus", Role: warta.RoleAuthor}
	if err := stores[0].Update(ctx, func(tx warta.Tx) error {
		if err := tx.CreateSection(ctx, sec); err != nil {
			return err
		}
		if err := tx.CreatePerson(ctx, person); err != nil {
			return err
		}
		author.PersonID = person.ID
		return tx.CreateUser(ctx, author)
	}); err != nil {
		t.Fatal(err)
	}
	published := map[int64]int{}
	count := func(ev warta.Event) {
		if ev.Kind == warta.EventArticlePublished {
			mu.Lock()
			published[ev.ArticleID]++
			mu.Unlock()
		}
	}
	nodes := []*editorial.Service{{Store: stores[0], Notify: count}, {Store: stores[1], Notify: count}}
	const stories = 20
	for i := range stories {
		title, body := fmt.Sprintf("Jadwal Kapal Nomor %d Diumumkan", i+1), "<p>Isi.</p>"
		in := editorial.Input{Title: &title, BodyHTML: &body, SectionID: &sec.ID}
		if _, err := nodes[0].Create(ctx, author, in, warta.StatusScheduled, now.Add(10*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	mu.Lock()
	now = now.Add(11 * time.Minute)
	mu.Unlock()
	var wg sync.WaitGroup
	total := make([]int, len(nodes))
	for i, node := range nodes {
		wg.Go(func() {
			n, err := node.PublishDue(ctx)
			if err != nil {
				t.Errorf("node %d: %v", i, err)
			}
			total[i] = n
		})
	}
	wg.Wait()
	if total[0]+total[1] != stories || len(published) != stories {
		t.Errorf("published %d + %d, %d distinct; want %d in all", total[0], total[1], len(published), stories)
	}
	for id, n := range published {
		if n != 1 {
			t.Errorf("article %d published %d times", id, n)
		}
	}
}
