package newsroom

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"warta"
	"warta/internal/auth"
	"warta/internal/slug"
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

// manage runs a change that needs action, audits it, tells the public
// site, and returns to path; a refused change shows the error.
func (h *Handler) manage(w http.ResponseWriter, r *http.Request, u *warta.User, action warta.Action, path, what string,
	change func(tx warta.Tx) (subject string, err error)) {
	if err := warta.Check(u, action, nil); err != nil {
		h.fail(w, r, u, err)
		return
	}
	err := h.cfg.Store.Update(r.Context(), func(tx warta.Tx) error {
		subject, err := change(tx)
		if err != nil {
			return err
		}
		return tx.AddAudit(r.Context(), &warta.AuditEntry{UserID: u.ID, Action: what, Subject: subject})
	})
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.cfg.Notify(warta.Event{Kind: warta.EventSiteChanged})
	redirect(w, r, path, "saved")
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
	h.manage(w, r, u, warta.ActionManageTaxonomy, Prefix+"rubrik", "section_save", func(tx warta.Tx) (string, error) {
		pos, _ := strconv.Atoi(r.PostFormValue("position"))
		s := &warta.Section{Name: strings.TrimSpace(r.PostFormValue("name")), Description: strings.TrimSpace(r.PostFormValue("description")),
			Position: pos, Slug: slug.Make(r.PostFormValue("slug"))}
		if s.Slug == "" {
			s.Slug = slug.Make(s.Name)
		}
		if id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64); id > 0 {
			s.ID = id
			return fmt.Sprintf("section:%d", id), tx.UpdateSection(r.Context(), s)
		}
		err := tx.CreateSection(r.Context(), s)
		return fmt.Sprintf("section:%d", s.ID), err
	})
}

func (h *Handler) handleTags(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.sitePageFor(w, r, u, warta.ActionManageTaxonomy, "tags", func(tx warta.ReadTx, p *sitePage) error {
		var err error
		p.Tags, err = tx.FindTags(r.Context(), nil)
		return err
	})
}

func (h *Handler) handleTagSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.manage(w, r, u, warta.ActionManageTaxonomy, Prefix+"topik", "tag_save", func(tx warta.Tx) (string, error) {
		t := &warta.Tag{Name: strings.TrimSpace(r.PostFormValue("name")), Slug: slug.Make(r.PostFormValue("slug"))}
		if t.Slug == "" {
			t.Slug = slug.Make(t.Name)
		}
		if id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64); id > 0 {
			t.ID = id
			return fmt.Sprintf("tag:%d", id), tx.UpdateTag(r.Context(), t)
		}
		err := tx.CreateTag(r.Context(), t)
		return fmt.Sprintf("tag:%d", t.ID), err
	})
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
	h.manage(w, r, u, warta.ActionManagePeople, Prefix+"orang", "person_save", func(tx warta.Tx) (string, error) {
		p := &warta.Person{Name: strings.TrimSpace(r.PostFormValue("name")), Title: strings.TrimSpace(r.PostFormValue("title")),
			Bio: strings.TrimSpace(r.PostFormValue("bio")), Slug: slug.Make(r.PostFormValue("slug")), Links: socialLinks(r.PostFormValue("links"))}
		if p.Slug == "" {
			p.Slug = slug.Make(p.Name)
		}
		if id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64); id > 0 {
			p.ID = id
			// Keep what this form does not edit.
			people, err := tx.FindPeople(r.Context())
			if err != nil {
				return "", err
			}
			for _, old := range people {
				if old.ID == id {
					p.PhotoMediaID, p.Email = old.PhotoMediaID, old.Email
				}
			}
			return fmt.Sprintf("person:%d", id), tx.UpdatePerson(r.Context(), p)
		}
		err := tx.CreatePerson(r.Context(), p)
		return fmt.Sprintf("person:%d", p.ID), err
	})
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
	h.manage(w, r, u, warta.ActionManageSettings, Prefix+"pengaturan", "settings_save", func(tx warta.Tx) (string, error) {
		s, err := tx.FindSettings(r.Context())
		if err != nil {
			return "", err
		}
		s.SiteName = strings.TrimSpace(r.PostFormValue("site_name"))
		s.Tagline = strings.TrimSpace(r.PostFormValue("tagline"))
		s.Description = strings.TrimSpace(r.PostFormValue("description"))
		s.Language = r.PostFormValue("language")
		s.TimeZone = r.PostFormValue("time_zone")
		s.Social = socialLinks(r.PostFormValue("social"))
		s.FeedFullContent = r.PostFormValue("feed_full_content") == "1"
		return "settings", tx.SaveSettings(r.Context(), s)
	})
}

func (h *Handler) handleUsers(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.sitePageFor(w, r, u, warta.ActionManageUsers, "users", func(tx warta.ReadTx, p *sitePage) error {
		var err error
		p.Users, err = tx.FindUsers(r.Context())
		return err
	})
}

func (h *Handler) handleUserSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.manage(w, r, u, warta.ActionManageUsers, Prefix+"pengguna", "user_save", func(tx warta.Tx) (string, error) {
		ctx := r.Context()
		if id, _ := strconv.ParseInt(r.PostFormValue("id"), 10, 64); id > 0 {
			target, err := tx.FindUserByID(ctx, id)
			if err != nil {
				return "", err
			}
			target.Role = warta.Role(r.PostFormValue("role"))
			target.Disabled = r.PostFormValue("disabled") == "1"
			if target.ID == u.ID && (target.Role != warta.RoleAdministrator || target.Disabled) {
				return "", &warta.Error{Code: warta.EINVALID, Key: "nr.error.self_demote", Message: "you cannot demote or disable yourself"}
			}
			if pw := r.PostFormValue("password"); pw != "" {
				if target.PasswordHash, err = hashPassword(pw); err != nil {
					return "", err
				}
				if err := tx.DeleteUserSessions(ctx, id); err != nil {
					return "", err
				}
			}
			if target.Disabled {
				if err := tx.DeleteUserSessions(ctx, id); err != nil {
					return "", err
				}
			}
			return fmt.Sprintf("user:%d", id), tx.UpdateUser(ctx, target)
		}
		nu := &warta.User{Name: strings.TrimSpace(r.PostFormValue("name")), Email: warta.NormalizeEmail(r.PostFormValue("email")),
			Role: warta.Role(r.PostFormValue("role"))}
		if err := nu.Validate(); err != nil {
			return "", err
		}
		var err error
		if nu.PasswordHash, err = hashPassword(r.PostFormValue("password")); err != nil {
			return "", err
		}
		return fmt.Sprintf("user:%d", nu.ID), createAccount(ctx, tx, nu, u.ID)
	})
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
	me := *u
	if lang := r.PostFormValue("language"); lang == "id" || lang == "en" {
		me.Language = lang
	}
	var err error
	if pw := r.PostFormValue("new_password"); pw != "" {
		ok, _, _ := verify(r.PostFormValue("current_password"), u.PasswordHash)
		switch {
		case !ok:
			err = &warta.Error{Code: warta.EINVALID, Key: "nr.error.current_password", Message: "current password is wrong"}
		case pw != r.PostFormValue("new_password2"):
			err = &warta.Error{Code: warta.EINVALID, Key: "nr.error.password_mismatch", Message: "passwords differ"}
		default:
			me.PasswordHash, err = hashPassword(pw)
		}
	}
	if err == nil {
		err = h.cfg.Store.Update(r.Context(), func(tx warta.Tx) error {
			if err := tx.UpdateUser(r.Context(), &me); err != nil {
				return err
			}
			return tx.AddAudit(r.Context(), &warta.AuditEntry{UserID: u.ID, Action: "account_save", Subject: fmt.Sprintf("user:%d", u.ID)})
		})
	}
	if err != nil {
		page := &accountPage{view: h.newView(r, u, "", "account"), Error: errorText(h.newView(r, u, "", "").Lang, err)}
		page.Title = page.T("nr.nav.account")
		h.render(w, r, http.StatusUnprocessableEntity, "account", page)
		return
	}
	redirect(w, r, Prefix+"akun", "saved")
}

// handleTokenCreate makes an API token for the signed-in user and shows it
// once; only its hash is kept.
func (h *Handler) handleTokenCreate(w http.ResponseWriter, r *http.Request, u *warta.User) {
	name := strings.TrimSpace(r.PostFormValue("name"))
	if name == "" {
		name = "redaksi"
	}
	plain, hash, err := auth.NewToken(auth.APITokenPrefix)
	if err == nil {
		err = h.cfg.Store.Update(r.Context(), func(tx warta.Tx) error {
			if err := tx.CreateToken(r.Context(), &warta.Token{TokenHash: hash, UserID: u.ID, Name: truncate(name, 100)}); err != nil {
				return err
			}
			return tx.AddAudit(r.Context(), &warta.AuditEntry{UserID: u.ID, Action: "token_create", Subject: fmt.Sprintf("user:%d", u.ID), Detail: name})
		})
	}
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	page := &accountPage{view: h.newView(r, u, "", "account"), Token: plain}
	page.Title = page.T("nr.nav.account")
	h.render(w, r, http.StatusOK, "account", page)
}
