package newsroom

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"warta"
	"warta/internal/auth"
	"warta/internal/editorial"
	"warta/internal/web"
)

// tokenLifetimes are the expiries the account page offers, in days; 0 is
// never. A short list reads better than a date picker and covers what
// people ask for: a month for a trial, a year for a service.
var tokenLifetimes = []int{0, 30, 90, 365}

// credentials is the account page's list of API tokens and sessions.
type credentials struct {
	Tokens    []*warta.Token
	Sessions  []sessionRow
	Lifetimes []int
	Now       time.Time
}

// sessionRow is one signed-in browser on the account page.
type sessionRow struct {
	*warta.Session
	Device  string // "" when the User-Agent names nothing known
	Current bool   // the browser looking at the page
}

// Credentials loads the signed-in user's tokens and sessions for the
// account page. A failure is logged and shows empty lists: the rest of
// the page still works.
func (p *accountPage) Credentials() *credentials {
	c := &credentials{Lifetimes: tokenLifetimes, Now: p.h.cfg.Now()}
	ctx := p.context()
	var err error
	if c.Tokens, err = p.h.cfg.Editorial.Tokens(ctx, p.User, p.User.ID); err != nil {
		p.h.cfg.Logger.ErrorContext(ctx, "load tokens", "user_id", p.User.ID, "error", err)
	}
	sessions, err := p.h.cfg.Editorial.Sessions(ctx, p.User)
	if err != nil {
		p.h.cfg.Logger.ErrorContext(ctx, "load sessions", "user_id", p.User.ID, "error", err)
	}
	var here int64
	if cur := sessionFrom(ctx); cur != nil {
		here = cur.session.ID
	}
	for _, s := range sessions {
		c.Sessions = append(c.Sessions, sessionRow{Session: s, Device: auth.Device(s.UserAgent), Current: s.ID == here})
	}
	return c
}

// handleTokenCreate makes an API token for the signed-in user and shows it
// once; only its hash is kept.
func (h *Handler) handleTokenCreate(w http.ResponseWriter, r *http.Request, u *warta.User) {
	spec := editorial.TokenSpec{Name: r.PostFormValue("name"), Scope: warta.TokenScope(r.PostFormValue("scope"))}
	if strings.TrimSpace(spec.Name) == "" {
		spec.Name = "redaksi"
	}
	if d := r.PostFormValue("expires"); d != "" && d != "0" {
		days, err := strconv.Atoi(d)
		if err != nil || days < 1 || days > 366*5 {
			h.renderAccountError(w, r, u, &warta.Error{Code: warta.EINVALID, Key: "error.token_expiry", Message: "bad expiry"})
			return
		}
		spec.ExpiresAt = h.cfg.Now().Add(time.Duration(days) * 24 * time.Hour)
	}
	plain, _, err := h.cfg.Editorial.IssueToken(r.Context(), u, u.ID, spec)
	if err != nil {
		h.renderAccountError(w, r, u, err)
		return
	}
	page := &accountPage{view: h.newView(r, u, "", "account"), Token: plain}
	page.Title = page.T("nr.nav.account")
	h.render(w, r, http.StatusOK, "account", page)
}

// handleTokenRevoke revokes one of the user's own API tokens at once.
func (h *Handler) handleTokenRevoke(w http.ResponseWriter, r *http.Request, u *warta.User) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err == nil {
		err = h.cfg.Editorial.RevokeToken(r.Context(), u, id)
	} else {
		err = &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "no such token"}
	}
	if err != nil {
		h.renderAccountError(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"akun", "token_revoked")
}

// handleSessionRevoke signs one of the user's browsers out.
func (h *Handler) handleSessionRevoke(w http.ResponseWriter, r *http.Request, u *warta.User) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err == nil {
		err = h.cfg.Editorial.RevokeSession(r.Context(), u, id)
	} else {
		err = &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "no such session"}
	}
	if err != nil {
		h.renderAccountError(w, r, u, err)
		return
	}
	if id == sessionFrom(r.Context()).session.ID {
		// Signing out this browser from the list is a sign-out.
		http.SetCookie(w, auth.ClearSessionCookie(h.secure))
		http.Redirect(w, r, Prefix+"masuk", http.StatusSeeOther)
		return
	}
	redirect(w, r, Prefix+"akun", "session_revoked")
}

// handleSessionRevokeOthers signs the user out everywhere but here.
func (h *Handler) handleSessionRevokeOthers(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if err := h.cfg.Editorial.RevokeOtherSessions(r.Context(), u, sessionFrom(r.Context()).session.ID); err != nil {
		h.renderAccountError(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"akun", "sessions_revoked")
}

// renderAccountError shows the account page again with err's message, or
// the error page for an internal error.
func (h *Handler) renderAccountError(w http.ResponseWriter, r *http.Request, u *warta.User, err error) {
	code := warta.ErrorCode(err)
	if code == warta.EINTERNAL {
		h.fail(w, r, u, err)
		return
	}
	status := web.StatusCode(code)
	if code == warta.EINVALID {
		status = http.StatusUnprocessableEntity // the form again, with its message
	}
	page := &accountPage{view: h.newView(r, u, "", "account")}
	page.Error = errorText(page.Lang, err)
	page.Title = page.T("nr.nav.account")
	h.render(w, r, status, "account", page)
}
