package public

import (
	"net/http"
	"strconv"

	"warta"
)

// gonePage answers the address of a withdrawn article: 410 Gone, with a
// neutral notice that the editors removed it and the reason they gave
// (the Dewan Pers cyber-media guideline asks that a takedown be
// announced with its reason). The article's own title and text are not
// shown again.
type gonePage struct {
	page
	Status int
	Reason string
	Latest []item
}

// renderGone shows the takedown notice for a withdrawn article.
func (h *Handler) renderGone(w http.ResponseWriter, r *http.Request, a *warta.Article) {
	data := &gonePage{Status: http.StatusGone, Reason: a.RemovalReason}
	err := h.store.View(r.Context(), func(tx warta.ReadTx) error {
		if err := h.loadPage(r.Context(), tx, &data.page, r); err != nil {
			return err
		}
		published := warta.StatusPublished
		latest, _, err := tx.FindArticles(r.Context(), warta.ArticleFilter{Status: &published, Limit: 6, NoTotal: true})
		data.Latest = data.items(latest)
		return err
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data.Title = data.T("status." + strconv.Itoa(http.StatusGone))
	data.Description = ""
	data.Robots = "noindex"
	h.render(w, r, http.StatusGone, "gone", data)
}
