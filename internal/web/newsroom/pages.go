package newsroom

import (
	"net/http"
	"strconv"
	"strings"

	"warta"
	"warta/internal/editorial"
)

// pagesListMax bounds the static pages one list shows; a site has a
// handful, an import from WordPress perhaps some hundreds.
const pagesListMax = 500

// pagesPage lists the site's static pages.
type pagesPage struct {
	view
	Pages []*warta.Page
	Total int
}

// pageFormPage is the form of one static page, new (ID 0) or existing.
// After a refused save it shows what was typed, with the reason.
type pageFormPage struct {
	view
	Page     *warta.Page
	Error    string
	Statuses []warta.PageStatus
}

// PageURL is a published page's public address; "" for a draft.
func (v *view) PageURL(p *warta.Page) string {
	if p == nil || !p.IsPublic() || p.ID == 0 {
		return ""
	}
	return v.h.cfg.BaseURL + p.Path()
}

// pagesFor checks that u may manage pages, answering the refusal if not.
func (h *Handler) pagesFor(w http.ResponseWriter, r *http.Request, u *warta.User) bool {
	if err := warta.Check(u, warta.ActionManagePages, nil); err != nil {
		h.fail(w, r, u, err)
		return false
	}
	return true
}

func (h *Handler) handlePages(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if !h.pagesFor(w, r, u) {
		return
	}
	page := &pagesPage{view: h.newView(r, u, "", "pages")}
	page.Title = page.T("nr.nav.pages")
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		page.Pages, page.Total, err = tx.FindPages(r.Context(), warta.PageFilter{Limit: pagesListMax})
		return err
	})
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.render(w, r, http.StatusOK, "pages", page)
}

func (h *Handler) handlePageNew(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if !h.pagesFor(w, r, u) {
		return
	}
	h.showPageForm(w, r, u, http.StatusOK, &warta.Page{Status: warta.PageDraft}, nil)
}

func (h *Handler) handlePageEdit(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if !h.pagesFor(w, r, u) {
		return
	}
	p, err := h.staticPage(r)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.showPageForm(w, r, u, http.StatusOK, p, nil)
}

// showPageForm renders the form with p's values and err, if any, above it.
func (h *Handler) showPageForm(w http.ResponseWriter, r *http.Request, u *warta.User, status int, p *warta.Page, err error) {
	page := &pageFormPage{view: h.newView(r, u, "", "pages"), Page: p, Statuses: []warta.PageStatus{warta.PageDraft, warta.PagePublished}}
	page.Title = page.T("nr.pages.new")
	if p.ID != 0 {
		page.Title = page.T("nr.pages.edit")
	}
	if err != nil {
		page.Error = errorText(page.Lang, err)
	}
	h.render(w, r, status, "page_edit", page)
}

// staticPage loads the page named by the path's id.
func (h *Handler) staticPage(r *http.Request) (*warta.Page, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return nil, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "no such page"}
	}
	var p *warta.Page
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		p, err = tx.FindPageByID(r.Context(), id)
		return err
	})
	return p, err
}

// handlePageSave creates a page (no id in the path) or saves one from the
// version the form was opened at. A refused save shows the form again with
// everything typed and the reason; after a conflict the form carries the
// current version, so saving again overwrites it knowingly.
func (h *Handler) handlePageSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if !h.pagesFor(w, r, u) {
		return
	}
	typed := &warta.Page{Title: r.PostFormValue("title"), Slug: strings.TrimSpace(r.PostFormValue("slug")),
		BodyHTML: r.PostFormValue("body_html"), Status: warta.PageStatus(r.PostFormValue("status"))}
	position, perr := strconv.Atoi(strings.TrimSpace(r.PostFormValue("position")))
	if strings.TrimSpace(r.PostFormValue("position")) == "" {
		position, perr = 0, nil
	}
	typed.Position = position
	version, _ := strconv.Atoi(r.PostFormValue("version"))
	var err error
	if perr != nil || position < -1000000 || position > 1000000 {
		err = &warta.Error{Code: warta.EINVALID, Key: "error.page_position_invalid", Message: "position must be a whole number"}
	}
	ctx := r.Context()
	saved := typed
	if err == nil && r.PathValue("id") == "" {
		err = h.cfg.Pages.Create(ctx, u, saved)
	} else if err == nil {
		var cur *warta.Page
		if cur, err = h.staticPage(r); err != nil {
			h.fail(w, r, u, err)
			return
		}
		typed.ID = cur.ID
		in := editorial.PageInput{Title: &typed.Title, Slug: &typed.Slug, BodyHTML: &typed.BodyHTML, Status: &typed.Status, Position: &typed.Position}
		saved, err = h.cfg.Pages.Update(ctx, u, cur.ID, version, in)
		if warta.ErrorCode(err) == warta.ECONFLICT && cur.Version != version {
			typed.Version = cur.Version
		}
	}
	if err != nil {
		switch warta.ErrorCode(err) {
		case warta.EINVALID, warta.ETOOLARGE, warta.ECONFLICT:
			if typed.Version == 0 {
				typed.Version = version
			}
			h.showPageForm(w, r, u, statusOf(err), typed, err)
		default:
			h.fail(w, r, u, err)
		}
		return
	}
	redirect(w, r, Prefix+"halaman/"+strconv.FormatInt(saved.ID, 10), "page_saved")
}

// statusOf is the HTTP status of a refused form: 409 for a conflict,
// 413 for a body too large, 422 otherwise.
func statusOf(err error) int {
	switch warta.ErrorCode(err) {
	case warta.ECONFLICT:
		return http.StatusConflict
	case warta.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusUnprocessableEntity
}

// handlePageDelete deletes a page once the confirmation box is ticked;
// without it (or on GET) it shows the confirmation page.
func (h *Handler) handlePageDelete(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if !h.pagesFor(w, r, u) {
		return
	}
	p, err := h.staticPage(r)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	if r.Method == http.MethodPost && r.PostFormValue("confirm") == "1" {
		if err := h.cfg.Pages.Delete(r.Context(), u, p.ID); err != nil {
			h.fail(w, r, u, err)
			return
		}
		redirect(w, r, Prefix+"halaman", "page_deleted")
		return
	}
	page := &confirmPage{view: h.newView(r, u, "", "pages"), Action: Prefix + "halaman/" + strconv.FormatInt(p.ID, 10) + "/hapus",
		Back: Prefix + "halaman/" + strconv.FormatInt(p.ID, 10)}
	page.Title = page.T("nr.pages.delete_title")
	page.Message = page.T("nr.pages.delete_message", p.Title)
	page.Button = page.T("nr.pages.delete_button")
	h.render(w, r, http.StatusOK, "confirm", page)
}
