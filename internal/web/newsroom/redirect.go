package newsroom

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"warta"
)

// redirectsPerPage is how many redirects a page of the list shows.
const redirectsPerPage = 50

// redirectsPage lists the site's redirects with a form to add one.
type redirectsPage struct {
	view
	Redirects []*warta.Redirect
	UserNames map[int64]string
	Query     string
	Total     int
	Page      int
	PrevURL   string
	NextURL   string
	// From and To keep what was typed when adding failed.
	From, To string
	Error    string
}

func (h *Handler) handleRedirects(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.showRedirects(w, r, u, http.StatusOK, "", "", nil)
}

// showRedirects renders the list page; err, with the typed from and to,
// is a refused addition shown above the form.
func (h *Handler) showRedirects(w http.ResponseWriter, r *http.Request, u *warta.User, status int, from, to string, err error) {
	if err := warta.Check(u, warta.ActionManageRedirect, nil); err != nil {
		h.fail(w, r, u, err)
		return
	}
	page := &redirectsPage{view: h.newView(r, u, "", "redirects"), Query: strings.TrimSpace(r.URL.Query().Get("q")), From: from, To: to, Page: 1}
	page.Title = page.T("nr.nav.redirects")
	if err != nil {
		page.Error = errorText(page.Lang, err)
	}
	if n, err := strconv.Atoi(r.URL.Query().Get("page")); err == nil && n > 1 && n <= 100000 {
		page.Page = n
	}
	if len(page.Query) > warta.MaxRedirectLen {
		page.Query = page.Query[:warta.MaxRedirectLen]
	}
	loadErr := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		page.Redirects, page.Total, err = tx.FindRedirects(r.Context(), warta.RedirectFilter{Contains: page.Query,
			Offset: (page.Page - 1) * redirectsPerPage, Limit: redirectsPerPage})
		if err != nil {
			return err
		}
		users, err := tx.FindUsers(r.Context())
		page.UserNames = make(map[int64]string, len(users))
		for _, x := range users {
			page.UserNames[x.ID] = x.Name
		}
		return err
	})
	if loadErr != nil {
		h.fail(w, r, u, loadErr)
		return
	}
	link := func(n int) string {
		q := url.Values{}
		if page.Query != "" {
			q.Set("q", page.Query)
		}
		if n > 1 {
			q.Set("page", strconv.Itoa(n))
		}
		if len(q) == 0 {
			return Prefix + "pengalihan"
		}
		return Prefix + "pengalihan?" + q.Encode()
	}
	if page.Page > 1 {
		page.PrevURL = link(page.Page - 1)
	}
	if page.Page*redirectsPerPage < page.Total {
		page.NextURL = link(page.Page + 1)
	}
	h.render(w, r, status, "redirects", page)
}

// sitePath turns an address on the public site, typed in full, into its
// path; anything else is returned as it is.
func (h *Handler) sitePath(s string) string {
	s = strings.TrimSpace(s)
	base := strings.TrimRight(h.cfg.BaseURL, "/")
	if base != "" && strings.HasPrefix(s, base+"/") {
		return s[len(base):]
	}
	return s
}

func (h *Handler) handleRedirectAdd(w http.ResponseWriter, r *http.Request, u *warta.User) {
	from, to := h.sitePath(r.PostFormValue("from")), h.sitePath(r.PostFormValue("to"))
	_, err := h.cfg.Editorial.AddRedirect(r.Context(), u, warta.Redirect{From: from, To: to})
	if err != nil {
		if warta.ErrorCode(err) == warta.EINVALID {
			h.showRedirects(w, r, u, http.StatusUnprocessableEntity, from, to, err)
			return
		}
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"pengalihan", "redirect_added")
}

func (h *Handler) handleRedirectDelete(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if err := h.cfg.Editorial.DeleteRedirect(r.Context(), u, r.PostFormValue("from")); err != nil {
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"pengalihan", "redirect_deleted")
}
