package newsroom

import (
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"

	"warta"
)

// presenceTTL is how long a heartbeat says someone is editing a story;
// the editor sends one every 20 seconds.
const presenceTTL = 45 * time.Second

// maxPresence bounds the table: beyond it, the oldest heartbeats are
// forgotten first.
const maxPresence = 10000

// presence remembers who has which story open in the editor, so the edit
// page can say "someone else is editing this" before a conflict happens.
// It lives in this process's memory: with several nodes, a writer on
// another node is not seen (the version check still guards every save).
type presence struct {
	mu   sync.Mutex
	seen map[presenceKey]presenceEntry
}

type presenceKey struct{ article, user int64 }

type presenceEntry struct {
	name string
	at   time.Time
}

// beat records that u has article id open at now, and returns the names
// of the others who have it open.
func (p *presence) beat(id int64, u *warta.User, now time.Time) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.seen == nil {
		p.seen = map[presenceKey]presenceEntry{}
	}
	if u != nil {
		p.seen[presenceKey{id, u.ID}] = presenceEntry{u.Name, now}
	}
	var others []string
	for k, e := range p.seen {
		if now.Sub(e.at) > presenceTTL {
			delete(p.seen, k)
			continue
		}
		if k.article == id && (u == nil || k.user != u.ID) {
			others = append(others, e.name)
		}
	}
	for len(p.seen) > maxPresence {
		var oldest presenceKey
		first := true
		for k, e := range p.seen {
			if first || e.at.Before(p.seen[oldest].at) {
				oldest, first = k, false
			}
		}
		delete(p.seen, oldest)
	}
	sort.Strings(others)
	return others
}

// others lists who else has article id open, without recording u.
func (p *presence) others(id int64, u *warta.User, now time.Time) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for k, e := range p.seen {
		if k.article == id && k.user != u.ID && now.Sub(e.at) <= presenceTTL {
			out = append(out, e.name)
		}
	}
	sort.Strings(out)
	return out
}

// handlePresence is the editor's heartbeat: it records the writer on the
// story and answers {"others":[names]}.
func (h *Handler) handlePresence(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a, err := h.article(r)
	if err != nil {
		h.failJSON(w, r, err)
		return
	}
	if !warta.Can(u, warta.ActionEdit, a) && !warta.Owns(u, a) {
		h.failJSON(w, r, &warta.Error{Code: warta.EFORBIDDEN, Key: "error.forbidden"})
		return
	}
	others := h.presence.beat(a.ID, u, h.cfg.Now())
	if others == nil {
		others = []string{}
	}
	writeJSON(w, map[string]any{"others": others, "version": a.Version, "id": strconv.FormatInt(a.ID, 10)})
}
