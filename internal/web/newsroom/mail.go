package newsroom

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/mail"
)

// mailPage edits how the newsroom sends e-mail. The password is never
// rendered back: HasPassword says whether one is saved.
type mailPage struct {
	view
	Mail        *warta.MailSettings
	HasPassword bool
	Error       string
	Result      string // the outcome of a test e-mail
	Failed      bool
}

// mailTestTimeout bounds the test e-mail, which the administrator waits for.
const mailTestTimeout = 15 * time.Second

func (h *Handler) mailPage(r *http.Request, u *warta.User) (*mailPage, error) {
	page := &mailPage{view: h.newView(r, u, "", "settings")}
	page.Title = page.T("nr.mail.title")
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		page.Mail, err = tx.FindMailSettings(r.Context())
		return err
	})
	if err != nil {
		return nil, err
	}
	page.HasPassword = page.Mail.Password != ""
	page.Mail.Password = ""
	if page.Mail.Port == 0 {
		page.Mail.Port, page.Mail.StartTLS = 587, true
	}
	return page, nil
}

func (h *Handler) handleMailSettings(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if err := warta.Check(u, warta.ActionManageSettings, nil); err != nil {
		h.fail(w, r, u, err)
		return
	}
	page, err := h.mailPage(r, u)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.render(w, r, http.StatusOK, "mail", page)
}

func (h *Handler) handleMailSettingsSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if err := warta.Check(u, warta.ActionManageSettings, nil); err != nil {
		h.fail(w, r, u, err)
		return
	}
	in := editorial.MailInput{Host: r.PostFormValue("host"), Username: r.PostFormValue("username"), Password: r.PostFormValue("password"),
		From: r.PostFormValue("from"), StartTLS: r.PostFormValue("starttls") == "1", ClearPassword: r.PostFormValue("clear_password") == "1"}
	port, perr := strconv.Atoi(r.PostFormValue("port"))
	in.Port = port
	if perr != nil && r.PostFormValue("host") != "" {
		in.Port = -1 // refused by validation with the port's message
	}
	if _, err := h.cfg.Editorial.SaveMailSettings(r.Context(), u, in); err != nil {
		if warta.ErrorCode(err) != warta.EINVALID {
			h.fail(w, r, u, err)
			return
		}
		page, lerr := h.mailPage(r, u)
		if lerr != nil {
			h.fail(w, r, u, lerr)
			return
		}
		// Show what was typed, except the password.
		page.Mail = &warta.MailSettings{Host: in.Host, Port: port, Username: in.Username, From: in.From, StartTLS: in.StartTLS}
		page.Error = errorText(page.Lang, err)
		h.render(w, r, http.StatusUnprocessableEntity, "mail", page)
		return
	}
	redirect(w, r, Prefix+"pengaturan/surel", "saved")
}

// handleMailTest sends a test e-mail to the administrator's own address
// with the saved settings and shows what happened.
func (h *Handler) handleMailTest(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if err := warta.Check(u, warta.ActionManageSettings, nil); err != nil {
		h.fail(w, r, u, err)
		return
	}
	var s *warta.MailSettings
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		s, err = tx.FindMailSettings(r.Context())
		return err
	})
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	page, err := h.mailPage(r, u)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	status := http.StatusOK
	if !s.Enabled() {
		page.Result, page.Failed, status = page.T("nr.mail.not_configured"), true, http.StatusUnprocessableEntity
	} else {
		ctx, cancel := context.WithTimeout(r.Context(), mailTestTimeout)
		defer cancel()
		msg := mail.Message{To: u.Email, Subject: page.T("nr.mail.test_subject", page.Settings.SiteName), Body: page.T("nr.mail.test_body")}
		if err := mail.Send(ctx, s, msg, h.cfg.Now(), mailTestTimeout); err != nil {
			h.cfg.Logger.Error("test mail", "to", u.Email, "error", err)
			page.Result, page.Failed = page.T("nr.mail.test_failed", err.Error()), true
		} else {
			page.Result = page.T("nr.mail.test_sent", u.Email)
		}
	}
	h.render(w, r, status, "mail", page)
}
