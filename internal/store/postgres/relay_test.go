package postgres_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"warta"
	"warta/internal/store/pgtest"
	"warta/internal/store/postgres"
)

// TestRelayBetweenNodes opens two stores on one database, as two nodes
// would: an event published on one reaches the other's subscribers
// within a second, and each node hears its own events once.
func TestRelayBetweenNodes(t *testing.T) {
	ctx := context.Background()
	url := pgtest.Fresh(t)
	var relays []*postgres.Relay
	for range 2 {
		s, err := postgres.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		r, err := s.NewRelay(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(r.Close)
		relays = append(relays, r)
	}
	type heard struct {
		node int
		e    warta.Event
	}
	var mu sync.Mutex
	var got []heard
	arrived := make(chan struct{}, 16)
	for i, r := range relays {
		r.Subscribe(func(e warta.Event) {
			mu.Lock()
			got = append(got, heard{i, e})
			mu.Unlock()
			arrived <- struct{}{}
		})
	}
	start := time.Now()
	relays[0].Publish(warta.Event{Kind: warta.EventArticlePublished, ArticleID: 42, To: warta.StatusPublished})
	for range 2 {
		select {
		case <-arrived:
		case <-time.After(time.Second):
			t.Fatalf("after 1 s: %+v", got)
		}
	}
	t.Logf("the other node heard it after %v", time.Since(start))
	// Nothing more arrives: the publisher does not hear its own twice.
	select {
	case <-arrived:
		t.Errorf("a third delivery: %+v", got)
	case <-time.After(300 * time.Millisecond):
	}
	mu.Lock()
	defer mu.Unlock()
	nodes := map[int]bool{}
	for _, h := range got {
		nodes[h.node] = true
		if h.e.Kind != warta.EventArticlePublished || h.e.ArticleID != 42 || h.e.To != warta.StatusPublished {
			t.Errorf("node %d heard %+v", h.node, h.e)
		}
		// Only the other node's copy is marked as heard from elsewhere.
		if h.e.Remote != (h.node == 1) {
			t.Errorf("node %d heard Remote = %v", h.node, h.e.Remote)
		}
	}
	if !nodes[0] || !nodes[1] {
		t.Errorf("heard by %v, want both nodes", nodes)
	}
}
