package newsroom

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"warta"
	"warta/internal/auth"
	"warta/internal/editorial"
	"warta/internal/i18n"
)

// userHandler is a handler for signed-in users.
type userHandler func(w http.ResponseWriter, r *http.Request, u *warta.User)

// authed loads the session from its cookie. Without one, pages redirect to
// the sign-in form; state changes must also carry the session's CSRF token.
func (h *Handler) authed(next userHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := h.loadSession(r)
		if c == nil {
			if r.Method == http.MethodGet || r.Method == http.MethodHead {
				http.Redirect(w, r, Prefix+"masuk?next="+urlQueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
				return
			}
			h.renderError(w, r, nil, http.StatusUnauthorized, "error.unauthorized")
			return
		}
		r = r.WithContext(context.WithValue(r.Context(), sessionKey, c))
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			token := r.Header.Get("X-CSRF-Token")
			if token == "" && strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
				// Uploads are streamed, not parsed ahead: their form carries
				// the token in its action URL.
				token = r.URL.Query().Get("csrf")
			} else if token == "" {
				token = r.PostFormValue("csrf")
			}
			if !auth.CheckCSRF([]byte(c.session.TokenHash), "csrf", token) {
				h.renderError(w, r, c.user, http.StatusForbidden, "nr.error.csrf")
				return
			}
		}
		next(w, r, c.user)
	}
}

// loadSession finds a valid session for the request's cookie.
func (h *Handler) loadSession(r *http.Request) *current {
	cookie, err := r.Cookie(auth.SessionCookie)
	if err != nil || cookie.Value == "" {
		return nil
	}
	hash := auth.HashToken(cookie.Value)
	var c current
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		if c.session, err = tx.FindSessionByHash(r.Context(), hash); err != nil {
			return err
		}
		c.user, err = tx.FindUserByID(r.Context(), c.session.UserID)
		return err
	})
	if err != nil || c.user.Disabled {
		return nil
	}
	now := h.cfg.Now()
	if !auth.SessionValid(c.session.CreatedAt, c.session.LastSeenAt, now) {
		return nil
	}
	// Record activity at most once a minute: reading must not mean writing.
	if now.Sub(c.session.LastSeenAt) > time.Minute {
		h.cfg.Store.Update(r.Context(), func(tx warta.Tx) error { return tx.TouchSession(r.Context(), c.session.ID, now) })
	}
	c.csrf = auth.CSRFToken([]byte(c.session.TokenHash), "csrf")
	return &c
}

// startSession signs u in: a new session row and its cookie.
func (h *Handler) startSession(w http.ResponseWriter, r *http.Request, u *warta.User) error {
	plain, hash, err := auth.NewToken("")
	if err != nil {
		return err
	}
	err = h.cfg.Store.Update(r.Context(), func(tx warta.Tx) error {
		if err := tx.CreateSession(r.Context(), &warta.Session{TokenHash: hash, UserID: u.ID, UserAgent: truncate(r.UserAgent(), 200)}); err != nil {
			return err
		}
		return tx.AddAudit(r.Context(), &warta.AuditEntry{UserID: u.ID, Action: "login", Subject: fmt.Sprintf("user:%d", u.ID), Detail: clientIP(r)})
	})
	if err != nil {
		return err
	}
	http.SetCookie(w, auth.SessionCookieFor(plain, h.secure, auth.SessionAbsolute))
	return nil
}

// loginPage is the sign-in form.
type loginPage struct {
	view
	Email string
	Next  string
	Error string
	// CodeFocus puts the cursor in the code field: the password was right
	// and the second step is what is missing.
	CodeFocus bool
}

func (h *Handler) handleLoginForm(w http.ResponseWriter, r *http.Request) {
	if h.needsSetup(r.Context()) {
		http.Redirect(w, r, Prefix+"siapkan", http.StatusSeeOther)
		return
	}
	if h.loadSession(r) != nil {
		http.Redirect(w, r, Prefix, http.StatusSeeOther)
		return
	}
	h.render(w, r, http.StatusOK, "login", &loginPage{view: h.newView(r, nil, "", ""), Next: safeNext(r.URL.Query().Get("next"))})
}

func (h *Handler) handleLogin(w http.ResponseWriter, r *http.Request) {
	email := warta.NormalizeEmail(r.PostFormValue("email"))
	password := r.PostFormValue("password")
	page := &loginPage{view: h.newView(r, nil, "", ""), Email: email, Next: safeNext(r.PostFormValue("next"))}
	ipLimit, acctLimit := auth.IPLimit(clientIP(r)), auth.AccountLimit(email)
	// The attempt is counted before the password is checked, in the same
	// step as the limits, so concurrent attempts cannot all pass them.
	res, wait, err := h.attempts.Take(r.Context(), ipLimit, acctLimit)
	if err != nil {
		h.fail(w, r, nil, err)
		return
	}
	if res == nil {
		h.loginRefused(r, "rate_limited", "email", email)
		page.Error = page.T("nr.login.locked", int(wait.Minutes())+1)
		w.Header().Set("Retry-After", fmt.Sprint(int(wait.Seconds())+1))
		h.render(w, r, http.StatusTooManyRequests, "login", page)
		return
	}
	var u *warta.User
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		u, err = tx.FindUserByEmail(r.Context(), email)
		return err
	})
	ok := false
	var checkErr error // ErrBusy when the password could not be checked
	switch {
	case err == nil && !u.Disabled:
		// A corrupt stored hash is a wrong password to the client.
		ok, _, checkErr = auth.VerifyPasswordContext(r.Context(), password, u.PasswordHash)
	case warta.IsNotFound(err) || err == nil:
		checkErr = auth.DummyVerify(r.Context(), password) // the same time whether or not the account exists
	default:
		h.refund(r, res)
		h.fail(w, r, nil, err)
		return
	}
	if errors.Is(checkErr, auth.ErrBusy) {
		h.refund(r, res) // nothing was checked: nobody's attempt is spent
		h.loginRefused(r, "busy", "email", email)
		page.Error = page.T("nr.login.busy")
		w.Header().Set("Retry-After", fmt.Sprint(auth.BusyRetryAfter))
		h.render(w, r, http.StatusServiceUnavailable, "login", page)
		return
	}
	var failure error // why the second step refused, if it did
	if ok && u.TOTPSecret != "" {
		// Two-step verification is on: the password alone is not enough.
		// The code is one from the app or a recovery code, each good once.
		if failure = h.twoStep().Verify(r.Context(), u, r.PostFormValue("code")); failure != nil {
			if warta.ErrorCode(failure) == warta.EINTERNAL {
				h.refund(r, res)
				h.fail(w, r, nil, failure)
				return
			}
			ok = false
		}
	}
	if !ok {
		// The attempt stays counted. A wrong code counts towards the
		// sign-in limits like a wrong password.
		page.Error = page.T("nr.login.wrong")
		if failure != nil {
			page.Error, page.CodeFocus = i18n.Message(page.Lang, failure), true
		}
		h.render(w, r, http.StatusUnauthorized, "login", page)
		return
	}
	if err := res.Succeed(r.Context(), acctLimit); err != nil {
		h.fail(w, r, nil, err)
		return
	}
	if err := h.startSession(w, r, u); err != nil {
		h.fail(w, r, nil, err)
		return
	}
	http.Redirect(w, r, page.Next, http.StatusSeeOther)
}

// loginRefused logs and counts a password check refused before it ran,
// for reason "rate_limited" or "busy".
func (h *Handler) loginRefused(r *http.Request, reason string, attrs ...any) {
	h.cfg.Logger.WarnContext(r.Context(), "password check refused", append([]any{"reason", reason, "ip", clientIP(r), "path", r.URL.Path}, attrs...)...)
	if h.cfg.LoginRefused != nil {
		h.cfg.LoginRefused(reason)
	}
}

// refund gives back an attempt that was never made. Should that fail,
// the attempt stays counted against the client: logged, not fatal.
func (h *Handler) refund(r *http.Request, res *auth.Reservation) {
	if err := res.Refund(context.WithoutCancel(r.Context())); err != nil {
		h.cfg.Logger.WarnContext(r.Context(), "sign-in attempt not given back", "error", err)
	}
}

// handleLogout ends the session. If the row cannot be deleted, the user
// is told and keeps the cookie to try again: clearing it would look like a
// sign-out while the session, and any copy of its cookie, still worked.
func (h *Handler) handleLogout(w http.ResponseWriter, r *http.Request, u *warta.User) {
	c := sessionFrom(r.Context())
	if err := h.cfg.Store.Update(r.Context(), func(tx warta.Tx) error { return tx.DeleteSession(r.Context(), c.session.ID) }); err != nil {
		h.fail(w, r, u, err)
		return
	}
	http.SetCookie(w, auth.ClearSessionCookie(h.secure))
	http.Redirect(w, r, Prefix+"masuk", http.StatusSeeOther)
}

// needsSetup reports whether no account exists yet.
func (h *Handler) needsSetup(ctx context.Context) bool {
	n := -1
	h.cfg.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		n, err = tx.CountUsers(ctx)
		return err
	})
	return n == 0
}

// setupPage creates the first administrator.
type setupPage struct {
	view
	Name, Email string
	Error       string
}

func (h *Handler) handleSetupForm(w http.ResponseWriter, r *http.Request) {
	if !h.needsSetup(r.Context()) {
		http.Redirect(w, r, Prefix+"masuk", http.StatusSeeOther)
		return
	}
	h.render(w, r, http.StatusOK, "setup", &setupPage{view: h.newView(r, nil, "", "")})
}

func (h *Handler) handleSetup(w http.ResponseWriter, r *http.Request) {
	page := &setupPage{view: h.newView(r, nil, "", ""), Name: strings.TrimSpace(r.PostFormValue("name")),
		Email: warta.NormalizeEmail(r.PostFormValue("email"))}
	var u *warta.User
	var err error
	if r.PostFormValue("password") != r.PostFormValue("password2") {
		err = &warta.Error{Code: warta.EINVALID, Key: "nr.error.password_mismatch", Message: "passwords differ"}
	} else {
		u, err = h.cfg.Editorial.SetUp(r.Context(), editorial.NewUser{Name: page.Name, Email: page.Email,
			Password: r.PostFormValue("password"), Language: string(page.Lang)})
	}
	if err != nil {
		if warta.ErrorCode(err) == warta.EINTERNAL {
			h.fail(w, r, nil, err)
			return
		}
		page.Error = errorText(page.Lang, err)
		h.render(w, r, http.StatusUnprocessableEntity, "setup", page)
		return
	}
	if err := h.startSession(w, r, u); err != nil {
		h.fail(w, r, nil, err)
		return
	}
	redirect(w, r, Prefix, "welcome")
}

// clientIP is the peer address; Warta trusts no forwarding header.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// safeNext keeps post-login redirects inside the newsroom.
func safeNext(next string) string {
	if strings.HasPrefix(next, Prefix) && !strings.HasPrefix(next, "//") && !strings.Contains(next, "\\") {
		return next
	}
	return Prefix
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func urlQueryEscape(s string) string {
	return strings.NewReplacer("%", "%25", "&", "%26", "?", "%3F", "#", "%23", "+", "%2B", " ", "%20").Replace(s)
}
