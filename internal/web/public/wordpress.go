package public

import (
	"net/http"
	"strings"

	"warta"
	"warta/internal/wpbody"
)

// wordpressIDParams are the plain permalinks of WordPress, which links on
// other sites and in old newsletters still use: /?p=123 (a post),
// /?page_id=12 (a page), /?attachment_id=7 (a photo's page).
var wordpressIDParams = []string{"p", "page_id", "attachment_id"}

// redirectImportedID sends a plain WordPress permalink of an imported
// item to the item's address today, in one hop (see internal/importer).
func (h *Handler) redirectImportedID(w http.ResponseWriter, r *http.Request) bool {
	if r.URL.RawQuery == "" {
		return false
	}
	q := r.URL.Query()
	id := ""
	for _, name := range wordpressIDParams {
		if v := q.Get(name); v != "" {
			id = v
			break
		}
	}
	if id == "" || len(id) > 19 || strings.Trim(id, "0123456789") != "" {
		return false
	}
	ctx := r.Context()
	var to string
	_ = h.store.View(ctx, func(tx warta.ReadTx) error {
		items, err := tx.FindImportItemsByKey(ctx, warta.ImportPost, id)
		if err != nil {
			return err
		}
		for _, it := range items {
			if to = h.importedPath(r, tx, it); to != "" {
				return nil
			}
		}
		return nil
	})
	if to == "" {
		return false
	}
	http.Redirect(w, r, to, http.StatusMovedPermanently)
	return true
}

// importedPath is the public address of what an imported item became,
// or "" when readers cannot see it.
func (h *Handler) importedPath(r *http.Request, tx warta.ReadTx, it *warta.ImportItem) string {
	ctx := r.Context()
	switch it.TargetKind {
	case warta.TargetArticle:
		a, err := tx.FindArticleByID(ctx, it.TargetID)
		if err != nil || !a.IsPublic() {
			return ""
		}
		s, err := tx.FindSettings(ctx)
		if err != nil {
			return ""
		}
		return a.Path(s.Location())
	case warta.TargetPage:
		pg, err := tx.FindPageByID(ctx, it.TargetID)
		if err != nil || !pg.IsPublic() {
			return ""
		}
		return pg.Path()
	case warta.TargetMedia:
		m, err := tx.FindMediaByID(ctx, it.TargetID)
		if err != nil {
			return ""
		}
		return "/media/" + m.Key
	}
	return ""
}

// resizedUpload returns the original of a resized WordPress upload's
// path, or "" for any other path.
func resizedUpload(p string) string {
	if !strings.Contains(p, "/wp-content/uploads/") {
		return ""
	}
	if orig := wpbody.OriginalUpload(p); orig != p {
		return orig
	}
	return ""
}
