package api

import (
	"net/http"
	"strings"
	"time"

	"warta"
	"warta/internal/search"
	"warta/internal/web"
)

// handleSearch is the public search: {"results":[…],"total":N}, best
// first, with the same analyser and ranking as /cari.
func (h *Handler) handleSearch(w http.ResponseWriter, r *http.Request) {
	page, err := pageParam(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	q := search.ParseQuery(strings.TrimSpace(r.URL.Query().Get("q")))
	const perPage = 20
	var list []*warta.Article
	var total int
	var loc *time.Location
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		s, err := tx.FindSettings(r.Context())
		if err != nil {
			return err
		}
		loc = s.Location()
		list, total, _, err = web.Search(r.Context(), tx, warta.SearchFilter{Terms: q.Terms, Exact: q.Exact, Now: h.cfg.Now(),
			Offset: (page - 1) * perPage, Limit: perPage})
		return err
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	results := make([]searchResult, 0, len(list))
	for _, a := range list {
		results = append(results, searchResult{ID: a.ID, Title: a.Title, URL: h.cfg.BaseURL + a.Path(loc), Snippet: a.Dek,
			Section: a.Section.Slug, PublishedAt: a.PublishedAt})
	}
	// A total past the cap is a lower bound: "more" says so.
	more := total > warta.SearchTotalCap
	writeJSON(w, http.StatusOK, map[string]any{"results": results, "total": min(total, warta.SearchTotalCap), "more": more, "page": page})
}
