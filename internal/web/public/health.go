package public

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"warta"
)

// handleHealth answers /healthz: the process is alive and serving. It
// does not touch the database, so an orchestrator does not restart a
// healthy process for a database hiccup; /readyz is the question of
// whether to send it readers.
func (h *Handler) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeProbe(w, http.StatusOK, probe{Status: "ok"})
}

// readyTimeout bounds a readiness check: a load balancer waiting longer
// has already given up.
const readyTimeout = 2 * time.Second

// handleReady answers /readyz: 200 when the database answers and every
// embedded migration is applied, 503 with the reason otherwise.
func (h *Handler) handleReady(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
	defer cancel()
	check := h.ready
	if check == nil {
		check = func(ctx context.Context) error {
			return h.store.View(ctx, func(tx warta.ReadTx) error { _, err := tx.CountArticles(ctx); return err })
		}
	}
	if err := check(ctx); err != nil {
		h.logger.Warn("not ready", "error", err)
		reason := err.Error()
		if len(reason) > 200 {
			reason = reason[:200]
		}
		writeProbe(w, http.StatusServiceUnavailable, probe{Status: "unavailable", Reason: reason})
		return
	}
	writeProbe(w, http.StatusOK, probe{Status: "ready"})
}

// probe is the JSON body of /healthz and /readyz.
type probe struct {
	Status string `json:"status"`
	Reason string `json:"reason,omitempty"`
}

// writeProbe answers a probe; never cached, so a proxy cannot hide a
// change of state.
func writeProbe(w http.ResponseWriter, status int, p probe) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(p)
}
