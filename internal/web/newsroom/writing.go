package newsroom

import (
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"warta"
	"warta/internal/i18n"
	"warta/internal/media"
	"warta/internal/web"
)

// The writing aids of the article editor: the preview with its width
// toggle, the featured-photo grid with its focal point, and tags added
// while writing. The editor bundle drives the last two; each JSON answer
// is {"error":{"code","message"}} on failure.

// previewPage frames the public rendering of a story at a phone's or a
// desktop's width. The toggle is two links, so it works without
// JavaScript; the frame is same-origin, which X-Frame-Options allows.
type previewPage struct {
	view
	Article *warta.Article
	Banner  string
	Phone   bool
}

// phoneWidth is the frame's width for the phone preview, a common
// handset's CSS width.
const phoneWidth = 390

// PhoneWidth is the phone frame's width in CSS pixels.
func (p *previewPage) PhoneWidth() int { return phoneWidth }

// mayPreview reports whether u may see a's preview: its writer, and
// whoever reviews.
func mayPreview(u *warta.User, a *warta.Article) error {
	if !warta.Owns(u, a) && !warta.Can(u, warta.ActionReview, nil) && !warta.Can(u, warta.ActionEdit, a) {
		return &warta.Error{Code: warta.EFORBIDDEN, Key: "error.forbidden"}
	}
	return nil
}

// handlePreview shows the preview toolbar and the framed story.
func (h *Handler) handlePreview(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a, err := h.article(r)
	if err == nil {
		err = mayPreview(u, a)
	}
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	v := h.newView(r, u, "", "")
	p := &previewPage{view: v, Article: a, Phone: r.URL.Query().Get("lebar") == "ponsel", Banner: v.T("preview.banner")}
	if a.Status != warta.StatusPublished {
		p.Banner = v.T("preview.banner_unpublished")
	}
	p.Title = p.Banner + ": " + a.Title
	w.Header().Set("X-Robots-Tag", "noindex")
	h.render(w, r, http.StatusOK, "preview", p)
}

// handlePreviewPage renders the story with the public templates, whatever
// its status, with the preview banner and without a publish time it does
// not have yet.
func (h *Handler) handlePreviewPage(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a, err := h.article(r)
	if err == nil {
		err = mayPreview(u, a)
	}
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	if a.PublishedAt.IsZero() {
		// The public address has the publish date in it.
		a.PublishedAt = h.cfg.Now()
	}
	w.Header().Set("X-Robots-Tag", "noindex")
	h.cfg.Preview(w, r, a)
}

// jsonError answers a JSON request with the error's status and its
// message in the user's language.
func (h *Handler) jsonError(w http.ResponseWriter, r *http.Request, u *warta.User, err error) {
	code := warta.ErrorCode(err)
	status := web.StatusCode(code)
	if status >= 500 {
		h.cfg.Logger.Error("newsroom", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	lang := h.newView(r, u, "", "").Lang
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"code": code, "message": i18n.Message(lang, err)}})
}

// pickPerPage is how many photos the featured-photo grid shows at once.
const pickPerPage = 12

// pickResult is a library item in the featured-photo grid.
type pickResult struct {
	mediaResult
	FocalX float64 `json:"focal_x"`
	FocalY float64 `json:"focal_y"`
	// CanFocus is whether the user may set the item's focal point.
	CanFocus bool `json:"can_focus"`
}

// handleMediaPick answers the featured-photo grid: a page of the newest
// library items matching q, with focal points, as
// {"results":[…],"page":N,"pages":N,"total":N}.
func (h *Handler) handleMediaPick(w http.ResponseWriter, r *http.Request, u *warta.User) {
	v := h.newView(r, u, "", "")
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > 200 {
		q = q[:200]
	}
	page := 1
	if s := r.URL.Query().Get("page"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 10000 {
			h.jsonError(w, r, u, &warta.Error{Code: warta.EINVALID, Key: "error.page_invalid", Message: "bad page"})
			return
		}
		page = n
	}
	var list []*warta.Media
	var total int
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		list, total, err = tx.FindMedia(r.Context(), warta.MediaFilter{Query: q, Offset: (page - 1) * pickPerPage, Limit: pickPerPage})
		return err
	})
	if err != nil {
		h.jsonError(w, r, u, err)
		return
	}
	out := make([]pickResult, 0, len(list))
	for _, m := range list {
		f := m.FocalOrCentre()
		out = append(out, pickResult{mediaResult: v.result(m), FocalX: f.X, FocalY: f.Y, CanFocus: warta.CanMedia(u, warta.ActionEditMedia, m)})
	}
	pages := max(1, (total+pickPerPage-1)/pickPerPage)
	writeJSON(w, map[string]any{"results": out, "page": page, "pages": pages, "total": total})
}

// handleMediaFocus sets an item's focal point from the x and y (0..1) a
// click on the photo gave, through the library service, and answers
// {"id","focal_x","focal_y"}.
func (h *Handler) handleMediaFocus(w http.ResponseWriter, r *http.Request, u *warta.User) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	x, errX := strconv.ParseFloat(r.PostFormValue("x"), 64)
	y, errY := strconv.ParseFloat(r.PostFormValue("y"), 64)
	f := warta.FocalPoint{X: x, Y: y}
	if errX != nil || errY != nil || !f.Valid() {
		h.jsonError(w, r, u, &warta.Error{Code: warta.EINVALID, Key: "error.focal_invalid", Message: "focal point must lie in 0..1"})
		return
	}
	m, err := h.cfg.Library.Describe(r.Context(), u, id, warta.MediaUpdate{Focal: &f})
	if err != nil {
		h.jsonError(w, r, u, err)
		return
	}
	got := m.FocalOrCentre()
	writeJSON(w, map[string]any{"id": m.ID, "focal_x": got.X, "focal_y": got.Y})
}

// handleTagAdd creates a tag typed while writing (or finds the one with
// its slug) and answers {"id","name","slug","added"}: 201 when it was
// added, 200 when it existed.
func (h *Handler) handleTagAdd(w http.ResponseWriter, r *http.Request, u *warta.User) {
	name := r.PostFormValue("name")
	if len(name) > 1000 {
		name = name[:1000] // AddTag refuses anything this long anyway
	}
	t, added, err := h.cfg.Editorial.AddTag(r.Context(), u, name)
	if err != nil {
		h.jsonError(w, r, u, err)
		return
	}
	if added {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]any{"id": t.ID, "name": t.Name, "slug": t.Slug, "added": true})
		return
	}
	writeJSON(w, map[string]any{"id": t.ID, "name": t.Name, "slug": t.Slug, "added": false})
}

// writingFuncs are the edit page's helpers for the SEO counters and the
// photo crops.
var writingFuncs = template.FuncMap{
	// runes counts characters as the counters do (search engines cut
	// titles by width, which characters approximate better than bytes).
	"runes": func(s string) string { return strconv.Itoa(utf8.RuneCountInString(s)) },
	// focusCSS keeps a photo's focal point in an aw:ah crop, as the public
	// pages do.
	"focusCSS": func(m *warta.Media, aw, ah int) template.CSS {
		f := m.FocalOrCentre()
		px, py := media.ObjectPosition(m.Width, m.Height, aw, ah, f.X, f.Y)
		return template.CSS(fmt.Sprintf("object-position:%g%% %g%%", px, py))
	},
}

// SiteHost is the public site's host name, as link previews show it.
func (v *view) SiteHost() string {
	u, err := url.Parse(v.h.cfg.BaseURL)
	if err != nil || u.Host == "" {
		return v.h.cfg.BaseURL
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
