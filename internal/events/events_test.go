package events_test

import (
	"sync"
	"sync/atomic"
	"testing"

	"warta"
	"warta/internal/events"
)

func TestLocalDeliversInOrder(t *testing.T) {
	var b events.Local
	var got []string
	b.Subscribe(func(e warta.Event) { got = append(got, "cache:"+string(e.Kind)) })
	stop := b.Subscribe(func(e warta.Event) { got = append(got, "mail:"+string(e.Kind)) })
	b.Publish(warta.Event{Kind: warta.EventArticlePublished, ArticleID: 7})
	stop()
	stop() // twice is harmless
	b.Publish(warta.Event{Kind: warta.EventSiteChanged})
	want := []string{"cache:article_published", "mail:article_published", "cache:site_changed"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}

// TestLocalConcurrent publishes from many goroutines while subscribers
// come and go (run with -race).
func TestLocalConcurrent(t *testing.T) {
	var b events.Local
	var n atomic.Int64
	b.Subscribe(func(warta.Event) { n.Add(1) })
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			for j := 0; j < 100; j++ {
				b.Publish(warta.Event{Kind: warta.EventArticleChanged})
				stop := b.Subscribe(func(warta.Event) {})
				stop()
			}
		})
	}
	wg.Wait()
	if n.Load() != 800 {
		t.Errorf("the first subscriber heard %d events, want 800", n.Load())
	}
}
