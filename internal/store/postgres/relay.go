package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"sync"
	"time"

	"warta"
	"warta/internal/events"
)

// relayChannel is the LISTEN/NOTIFY channel events travel on.
const relayChannel = "warta_events"

// Relay is the events.Bus of a node on PostgreSQL: what this node
// publishes reaches its own subscribers at once, as events.Local does,
// and every other node through NOTIFY; what other nodes publish arrives
// through LISTEN and goes to this node's subscribers. A publish on one
// node so drops the caches of all of them within a round trip.
//
// Notifications are not stored: a node that is disconnected for a moment
// misses what happened meanwhile, so on reconnecting it tells its
// subscribers that everything may have changed (EventSiteChanged), and
// their caches start afresh.
type Relay struct {
	store  *Store
	local  events.Local
	node   string
	logger *slog.Logger

	cancel context.CancelFunc
	done   chan struct{}
	once   sync.Once
}

// message is an event on the wire, with the node that sent it.
type message struct {
	Node  string      `json:"node"`
	Event warta.Event `json:"event"`
}

// NewRelay starts listening for other nodes' events; Close stops it.
// It returns once the listener is connected, or with its error.
func (s *Store) NewRelay(ctx context.Context, logger *slog.Logger) (*Relay, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	id := make([]byte, 8)
	if _, err := rand.Read(id); err != nil {
		return nil, err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	r := &Relay{store: s, node: hex.EncodeToString(id), logger: logger, cancel: cancel,
		done: make(chan struct{})}
	first := make(chan error, 1)
	go r.listen(runCtx, first)
	select {
	case err := <-first:
		if err != nil {
			r.Close()
			return nil, err
		}
		return r, nil
	case <-ctx.Done():
		r.Close()
		return nil, ctx.Err()
	}
}

// Publish delivers e here and sends it to the other nodes.
func (r *Relay) Publish(e warta.Event) {
	r.local.Publish(e)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := r.store.notify(ctx, r.node, e); err != nil {
		// The other nodes' caches age out by their TTLs; the write itself
		// is committed, so this is worth a warning, not a failure.
		r.logger.Warn("relay: notify other nodes", "kind", e.Kind, "error", err)
	}
}

// Announce sends e to every node listening on the database, for a command
// that changes the site without serving it (warta import): the nodes'
// caches would otherwise show the old site until their TTLs run out.
func (s *Store) Announce(ctx context.Context, e warta.Event) error {
	id := make([]byte, 8)
	if _, err := rand.Read(id); err != nil {
		return err
	}
	return s.notify(ctx, "cmd-"+hex.EncodeToString(id), e)
}

// notify sends e from node over NOTIFY.
func (s *Store) notify(ctx context.Context, node string, e warta.Event) error {
	payload, err := json.Marshal(message{Node: node, Event: e})
	if err != nil {
		return err
	}
	_, err = s.pool.Exec(ctx, `SELECT pg_notify($1, $2)`, relayChannel, string(payload))
	return err
}

// Subscribe adds fn to this node's subscribers.
func (r *Relay) Subscribe(fn func(warta.Event)) func() { return r.local.Subscribe(fn) }

// Close stops listening.
func (r *Relay) Close() {
	r.once.Do(func() {
		r.cancel()
		<-r.done
	})
}

// listen holds one connection in LISTEN and delivers what arrives; it
// reconnects after an error, with a growing pause, until Close.
func (r *Relay) listen(ctx context.Context, first chan<- error) {
	defer close(r.done)
	reported := false
	wait := 100 * time.Millisecond
	for ctx.Err() == nil {
		err := r.session(ctx, func() {
			if !reported {
				reported = true
				first <- nil
			} else {
				// Whatever was sent while we were away is lost.
				r.local.Publish(warta.Event{Kind: warta.EventSiteChanged})
			}
			wait = 100 * time.Millisecond
		})
		if ctx.Err() != nil {
			return
		}
		if !reported {
			first <- err
			return
		}
		r.logger.Warn("relay: listening for other nodes failed; reconnecting", "error", err, "in", wait)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, 10*time.Second)
	}
}

// session is one connection's LISTEN; connected is called once it
// listens.
func (r *Relay) session(ctx context.Context, connected func()) error {
	conn, err := r.store.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	// The connection is left in LISTEN: it leaves the pool for good.
	pc := conn.Hijack()
	defer pc.Close(context.Background())
	if _, err := pc.Exec(ctx, "LISTEN "+relayChannel); err != nil {
		return err
	}
	connected()
	for {
		n, err := pc.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		var m message
		if err := json.Unmarshal([]byte(n.Payload), &m); err != nil {
			r.logger.Warn("relay: unreadable event", "error", err)
			continue
		}
		if m.Node == r.node {
			continue // our own, delivered when published
		}
		m.Event.Remote = true
		r.local.Publish(m.Event)
	}
}

var _ events.Bus = (*Relay)(nil)
