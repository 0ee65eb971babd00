// Package events carries what changed from the service that wrote it to
// every part of the server that keeps a copy of it: the public site's
// page, feed and sitemap caches, the newsroom's notifications. Services
// publish an event after their transaction commits, never for one that
// rolled back.
//
// On SQLite one process serves the site, and Local is the whole story.
// Several nodes on PostgreSQL need the same events relayed between them
// (LISTEN/NOTIFY); that relay will be another Bus, so services and
// subscribers do not change when it arrives.
package events

import (
	"sync"

	"warta"
)

// Bus delivers published events to its subscribers.
type Bus interface {
	// Publish hands e to every subscriber before it returns.
	Publish(e warta.Event)
	// Subscribe adds fn; the returned func removes it.
	Subscribe(fn func(warta.Event)) (unsubscribe func())
}

// Local is a Bus within one process. Subscribers run in the publisher's
// goroutine, in the order they subscribed, so that a reader who asks
// right after a save sees what the save changed; they must be quick and
// must not publish themselves. Local is safe for concurrent use; its
// zero value is ready.
type Local struct {
	mu   sync.RWMutex
	subs []subscriber
	next int
}

type subscriber struct {
	id int
	fn func(warta.Event)
}

// Publish calls every subscriber with e.
func (b *Local) Publish(e warta.Event) {
	b.mu.RLock()
	subs := b.subs
	b.mu.RUnlock()
	for _, s := range subs {
		s.fn(e)
	}
}

// Subscribe adds fn to the subscribers.
func (b *Local) Subscribe(fn func(warta.Event)) func() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.next++
	id := b.next
	// A new slice each time: Publish reads its snapshot without the lock.
	b.subs = append(append([]subscriber(nil), b.subs...), subscriber{id: id, fn: fn})
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		kept := make([]subscriber, 0, len(b.subs))
		for _, s := range b.subs {
			if s.id != id {
				kept = append(kept, s)
			}
		}
		b.subs = kept
	}
}
