package newsroom

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"warta/internal/auth"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web"
)

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(v)
}

// sitePage lists and edits sections, tags, people, users or the audit log.
type sitePage struct {
	view
	Sections []*warta.Section
	Tags     []*warta.Tag
	People   []*warta.Person
	Users    []*warta.User
	Roles    []warta.Role
	Audit    []*warta.AuditEntry
	Error    string
}

// done answers a management form: the refusal or error the service
// gave, or back to path with a confirmation.
func (h *Handler) done(w http.ResponseWriter, r *http.Request, u *warta.User, path string, err error) {
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, path, "saved")
}

// formID is the record a form edits, 0 for a new one.
func formID(r *http.Request) int64 {
	id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64)
	return max(id, 0)
}

// sitePageFor loads what a management page lists, after checking action.
func (h *Handler) sitePageFor(w http.ResponseWriter, r *http.Request, u *warta.User, action warta.Action, nav string,
	load func(warta.ReadTx, *sitePage) error) {
	if err := warta.Check(u, action, nil); err != nil {
		h.fail(w, r, u, err)
		return
	}
	page := &sitePage{view: h.newView(r, u, "", nav), Roles: warta.Roles}
	page.Title = page.T("nr.nav." + nav)
	if err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error { return load(tx, page) }); err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.render(w, r, http.StatusOK, nav, page)
}

func (h *Handler) handleSections(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.sitePageFor(w, r, u, warta.ActionManageTaxonomy, "sections", func(tx warta.ReadTx, p *sitePage) error {
		var err error
		p.Sections, err = tx.FindSections(r.Context())
		return err
	})
}

func (h *Handler) handleSectionSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	pos, _ := strconv.Atoi(r.PostFormValue("position"))
	_, err := h.cfg.Editorial.SaveSection(r.Context(), u, formID(r), editorial.SectionInput{Name: r.PostFormValue("name"),
		Slug: r.PostFormValue("slug"), Description: r.PostFormValue("description"), Position: pos})
	h.done(w, r, u, Prefix+"rubrik", err)
}

func (h *Handler) handleTags(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.sitePageFor(w, r, u, warta.ActionManageTaxonomy, "tags", func(tx warta.ReadTx, p *sitePage) error {
		var err error
		p.Tags, err = tx.FindTags(r.Context(), nil)
		return err
	})
}

func (h *Handler) handleTagSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	_, err := h.cfg.Editorial.SaveTag(r.Context(), u, formID(r), editorial.TagInput{Name: r.PostFormValue("name"), Slug: r.PostFormValue("slug")})
	h.done(w, r, u, Prefix+"topik", err)
}

func (h *Handler) handlePeople(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.sitePageFor(w, r, u, warta.ActionManagePeople, "people", func(tx warta.ReadTx, p *sitePage) error {
		var err error
		p.People, err = tx.FindPeople(r.Context())
		return err
	})
}

// socialLinks reads "network url" lines.
func socialLinks(text string) []warta.SocialLink {
	var out []warta.SocialLink
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 2 {
			out = append(out, warta.SocialLink{Network: strings.ToLower(f[0]), URL: f[1]})
		} else if len(f) == 1 {
			out = append(out, warta.SocialLink{Network: "website", URL: f[0]})
		}
	}
	return out
}

func (h *Handler) handlePersonSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	name, title, bio, sl := r.PostFormValue("name"), r.PostFormValue("title"), r.PostFormValue("bio"), r.PostFormValue("slug")
	links := socialLinks(r.PostFormValue("links"))
	in := editorial.PersonInput{Name: &name, Title: &title, Bio: &bio, Slug: &sl, Links: &links}
	if err := mastheadInput(r, &in); err != nil {
		h.fail(w, r, u, err)
		return
	}
	var err error
	if id := formID(r); id > 0 {
		_, err = h.cfg.Editorial.SavePerson(r.Context(), u, id, in)
	} else {
		_, err = h.cfg.Editorial.CreatePerson(r.Context(), u, in)
	}
	h.done(w, r, u, Prefix+"orang", err)
}

// settingsPage edits the site settings.
type settingsPage struct {
	view
	Social string
}

func (h *Handler) handleSettings(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if err := warta.Check(u, warta.ActionManageSettings, nil); err != nil {
		h.fail(w, r, u, err)
		return
	}
	page := &settingsPage{view: h.newView(r, u, "", "settings")}
	page.Title = page.T("nr.nav.settings")
	var lines []string
	for _, l := range page.Settings.Social {
		lines = append(lines, l.Network+" "+l.URL)
	}
	page.Social = strings.Join(lines, "\n")
	h.render(w, r, http.StatusOK, "settings", page)
}

func (h *Handler) handleSettingsSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	var s *warta.Settings
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		s, err = tx.FindSettings(r.Context())
		return err
	})
	if err == nil {
		s.SiteName = r.PostFormValue("site_name")
		s.Tagline = r.PostFormValue("tagline")
		s.Description = r.PostFormValue("description")
		s.Language = r.PostFormValue("language")
		s.TimeZone = r.PostFormValue("time_zone")
		s.Social = socialLinks(r.PostFormValue("social"))
		s.FeedFullContent = r.PostFormValue("feed_full_content") == "1"
		_, err = h.cfg.Editorial.SaveSettings(r.Context(), u, s)
	}
	h.done(w, r, u, Prefix+"pengaturan", err)
}

func (h *Handler) handleUsers(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.sitePageFor(w, r, u, warta.ActionManageUsers, "users", func(tx warta.ReadTx, p *sitePage) error {
		var err error
		p.Users, err = tx.FindUsers(r.Context())
		return err
	})
}

func (h *Handler) handleUserSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	ctx, role := r.Context(), warta.Role(r.PostFormValue("role"))
	var err error
	if id := formID(r); id > 0 {
		disabled := r.PostFormValue("disabled") == "1"
		_, err = h.cfg.Editorial.UpdateUser(ctx, u, id, editorial.UserChange{Role: &role, Disabled: &disabled,
			Password: r.PostFormValue("password"), Session: sessionFrom(ctx).session.ID, RevokeTokens: r.PostFormValue("revoke_tokens") == "1"})
	} else {
		_, err = h.cfg.Editorial.CreateUser(ctx, u, editorial.NewUser{Name: r.PostFormValue("name"), Email: r.PostFormValue("email"),
			Role: role, Password: r.PostFormValue("password")})
	}
	h.done(w, r, u, Prefix+"pengguna", err)
}

func (h *Handler) handleAudit(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.sitePageFor(w, r, u, warta.ActionReadAudit, "audit", func(tx warta.ReadTx, p *sitePage) error {
		var err error
		if p.Audit, _, err = tx.FindAudit(r.Context(), warta.AuditFilter{Limit: 200}); err != nil {
			return err
		}
		p.Users, err = tx.FindUsers(r.Context())
		return err
	})
}

// accountPage is the user's own settings: language, password, API tokens.
type accountPage struct {
	view
	Error string
	Token string // a token just made, shown this once
	// TOTPSecret and TOTPURI are set while two-step verification is being
	// turned on: the secret to type into the app, awaiting a first code.
	TOTPSecret, TOTPURI string
	// RecoveryCodes are shown once, just after they are made (twostep.go).
	RecoveryCodes []string
}

func (h *Handler) handleAccount(w http.ResponseWriter, r *http.Request, u *warta.User) {
	page := &accountPage{view: h.newView(r, u, "", "account")}
	page.Title = page.T("nr.nav.account")
	h.render(w, r, http.StatusOK, "account", page)
}

func (h *Handler) handleAccountSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	ch := editorial.AccountChange{CurrentPassword: r.PostFormValue("current_password"), NewPassword: r.PostFormValue("new_password"),
		Session: sessionFrom(r.Context()).session.ID, RevokeTokens: r.PostFormValue("revoke_tokens") == "1"}
	if lang := r.PostFormValue("language"); lang == "id" || lang == "en" {
		ch.Language = &lang
	}
	var err error
	if ch.NewPassword != "" && ch.NewPassword != r.PostFormValue("new_password2") {
		err = &warta.Error{Code: warta.EINVALID, Key: "nr.error.password_mismatch", Message: "passwords differ"}
	} else if ch.NewPassword != "" {
		// The current password is checked: under the account's sign-in
		// limit, counted before the check; only a wrong one stays counted.
		res := h.proofAllowed(w, r, u)
		if res == nil {
			return
		}
		_, err = h.cfg.Editorial.SaveAccount(r.Context(), u, ch)
		switch {
		case errors.Is(err, editorial.ErrCurrentPassword): // stays counted
		case errors.Is(err, auth.ErrBusy):
			h.proofFailed(w, r, u, res, err)
			return
		default:
			h.refund(r, res)
		}
	} else {
		_, err = h.cfg.Editorial.SaveAccount(r.Context(), u, ch)
	}
	if err != nil {
		if warta.ErrorCode(err) == warta.EINTERNAL {
			h.fail(w, r, u, err)
			return
		}
		page := &accountPage{view: h.newView(r, u, "", "account"), Error: errorText(h.newView(r, u, "", "").Lang, err)}
		page.Title = page.T("nr.nav.account")
		status := http.StatusUnprocessableEntity // the form, shown again with its message
		if code := warta.ErrorCode(err); code != warta.EINVALID {
			status = web.StatusCode(code)
		}
		h.render(w, r, status, "account", page)
		return
	}
	redirect(w, r, Prefix+"akun", "saved")
}
