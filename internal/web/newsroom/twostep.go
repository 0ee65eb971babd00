package newsroom

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"warta"
	"warta/internal/auth"
	"warta/internal/editorial"
)

// twoStep is the two-step verification service on the newsroom's store
// and clock.
func (h *Handler) twoStep() *editorial.TwoStep {
	return &editorial.TwoStep{Store: h.cfg.Store, Now: h.cfg.Now}
}

// renderAccount shows the account page after a two-step action; fill
// sets what the action adds to it.
func (h *Handler) renderAccount(w http.ResponseWriter, r *http.Request, u *warta.User, status int, fill func(*accountPage)) {
	page := &accountPage{view: h.newView(r, u, "", "account")}
	page.Title = page.T("nr.nav.account")
	fill(page)
	h.render(w, r, status, "account", page)
}

// handleTOTPStart shows a new secret for two-step verification, as a QR
// code, a link and grouped text; it is saved only when a code from the
// app proves it was set up.
func (h *Handler) handleTOTPStart(w http.ResponseWriter, r *http.Request, u *warta.User) {
	secret, err := auth.NewTOTPSecret()
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.renderAccount(w, r, u, http.StatusOK, func(p *accountPage) { p.setup(secret) })
}

// setup puts a secret being set up on the page.
func (p *accountPage) setup(secret string) {
	p.TOTPSecret = secret
	p.TOTPURI = auth.TOTPURI(secret, "Warta "+p.Settings.SiteName, p.User.Email)
}

// handleTOTPConfirm turns two-step verification on once a code matches,
// showing the recovery codes this once, or off again after a current code
// or the password.
func (h *Handler) handleTOTPConfirm(w http.ResponseWriter, r *http.Request, u *warta.User) {
	switch r.PostFormValue("op") {
	case "on":
		secret := r.PostFormValue("secret")
		codes, err := h.twoStep().Enable(r.Context(), u, secret, r.PostFormValue("code"))
		if err != nil {
			if warta.ErrorCode(err) == warta.EINTERNAL {
				h.fail(w, r, u, err)
				return
			}
			h.renderAccount(w, r, u, http.StatusUnprocessableEntity, func(p *accountPage) {
				p.Error = errorText(p.Lang, err)
				if len(secret) <= 128 {
					p.setup(secret)
				}
			})
			return
		}
		me, err := h.reloadUser(r.Context(), u)
		if err != nil {
			h.fail(w, r, u, err)
			return
		}
		h.renderAccount(w, r, me, http.StatusOK, func(p *accountPage) { p.RecoveryCodes = codes })
	case "off":
		res := h.proofAllowed(w, r, u)
		if res == nil {
			return
		}
		if err := h.twoStep().Disable(r.Context(), u, r.PostFormValue("proof")); err != nil {
			h.proofFailed(w, r, u, res, err)
			return
		}
		h.refund(r, res)
		redirect(w, r, Prefix+"akun", "totp_off")
	default:
		h.fail(w, r, u, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "unknown operation"})
	}
}

// handleRecoveryRenew makes new recovery codes, after a current code or
// the password, and shows them once; the old ones stop working.
func (h *Handler) handleRecoveryRenew(w http.ResponseWriter, r *http.Request, u *warta.User) {
	res := h.proofAllowed(w, r, u)
	if res == nil {
		return
	}
	codes, err := h.twoStep().RenewRecoveryCodes(r.Context(), u, r.PostFormValue("proof"))
	if err != nil {
		h.proofFailed(w, r, u, res, err)
		return
	}
	h.refund(r, res)
	h.renderAccount(w, r, u, http.StatusOK, func(p *accountPage) { p.RecoveryCodes = codes })
}

// proofAllowed applies the sign-in limit of the account to the password
// or code asked for on the account page, so a borrowed session cannot be
// used to guess the password. It counts the attempt before the check, as
// sign-in does; nil means refused, and the page is written.
func (h *Handler) proofAllowed(w http.ResponseWriter, r *http.Request, u *warta.User) *auth.Reservation {
	res, wait, err := h.attempts.Take(r.Context(), auth.AccountLimit(u.Email))
	if err != nil {
		h.fail(w, r, u, err)
		return nil
	}
	if res != nil {
		return res
	}
	h.loginRefused(r, "rate_limited", "user_id", u.ID)
	w.Header().Set("Retry-After", fmt.Sprint(int(wait.Seconds())+1))
	h.renderAccount(w, r, u, http.StatusTooManyRequests, func(p *accountPage) {
		p.Error = p.T("nr.login.locked", int(wait.Minutes())+1)
	})
	return nil
}

// proofFailed shows why a code or password on the account page was
// refused. A wrong one stays counted against the account's sign-in limit;
// one never checked (busy, or an internal error) is given back.
func (h *Handler) proofFailed(w http.ResponseWriter, r *http.Request, u *warta.User, res *auth.Reservation, err error) {
	switch {
	case warta.ErrorCode(err) == warta.EINTERNAL:
		h.refund(r, res)
		h.fail(w, r, u, err)
		return
	case errors.Is(err, auth.ErrBusy):
		h.refund(r, res)
		h.loginRefused(r, "busy", "user_id", u.ID)
		w.Header().Set("Retry-After", fmt.Sprint(auth.BusyRetryAfter))
		h.renderAccount(w, r, u, http.StatusServiceUnavailable, func(p *accountPage) { p.Error = p.T("nr.login.busy") })
		return
	}
	h.renderAccount(w, r, u, http.StatusUnprocessableEntity, func(p *accountPage) { p.Error = errorText(p.Lang, err) })
}

func (h *Handler) reloadUser(ctx context.Context, u *warta.User) (*warta.User, error) {
	var me *warta.User
	err := h.cfg.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		me, err = tx.FindUserByID(ctx, u.ID)
		return err
	})
	return me, err
}

// TOTPLink is the otpauth:// link that opens an authenticator app.
// html/template allows only http, https and mailto in href and shows
// "#ZgotmplZ" for any other scheme; this URI is one Warta builds itself,
// every part escaped, so it is marked safe here and nowhere else.
func (p *accountPage) TOTPLink() template.URL {
	if !strings.HasPrefix(p.TOTPURI, "otpauth://totp/") {
		return ""
	}
	return template.URL(p.TOTPURI)
}

// TOTPQR is the otpauth URI as an inline SVG QR code.
func (p *accountPage) TOTPQR() template.HTML {
	if p.TOTPURI == "" {
		return ""
	}
	svg, err := qrSVG(p.TOTPURI, p.T("nr.account.totp_qr"))
	if err != nil {
		p.h.cfg.Logger.Error("qr code", "error", err)
		return ""
	}
	return svg
}

// TOTPSecretGroups is the secret in groups of four, for typing by hand;
// apps ignore the spaces.
func (p *accountPage) TOTPSecretGroups() string {
	var groups []string
	for s := p.TOTPSecret; s != ""; {
		n := min(4, len(s))
		groups = append(groups, s[:n])
		s = s[n:]
	}
	return strings.Join(groups, " ")
}

// RecoveryCodesLeft is how many of the user's recovery codes are unused.
// Templates have no request context; the count is one indexed read.
func (p *accountPage) RecoveryCodesLeft() int {
	n, err := p.h.twoStep().RecoveryCodesLeft(context.Background(), p.User)
	if err != nil {
		p.h.cfg.Logger.Error("count recovery codes", "user_id", p.User.ID, "error", err)
	}
	return n
}
