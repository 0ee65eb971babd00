package newsroom

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web"
)

// deskRoutes lists the desk's routes: notes on a story, notifications,
// e-mail settings and the user's own byline profile.
func (h *Handler) deskRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /redaksi/artikel/{id}/catatan", h.authed(h.handleNoteAdd))
	mux.HandleFunc("POST /redaksi/artikel/{id}/catatan/{note}/hapus", h.authed(h.handleNoteDelete))
	mux.HandleFunc("POST /redaksi/artikel/{id}/kembalikan-ke-penulis", h.authed(h.handleReturn))
	mux.HandleFunc("GET /redaksi/notifikasi", h.authed(h.handleNotifications))
	mux.HandleFunc("GET /redaksi/notifikasi/{id}", h.authed(h.handleNotificationOpen))
	mux.HandleFunc("POST /redaksi/notifikasi/baca", h.authed(h.handleNotificationsRead))
	mux.HandleFunc("GET /redaksi/pengaturan/surel", h.authed(h.handleMailSettings))
	mux.HandleFunc("POST /redaksi/pengaturan/surel", h.authed(h.handleMailSettingsSave))
	mux.HandleFunc("POST /redaksi/pengaturan/surel/uji", h.authed(h.handleMailTest))
	mux.HandleFunc("POST /redaksi/akun/profil", h.authed(h.handleProfileSave))
}

// notesPanel is what the edit page's notes panel shows.
type notesPanel struct {
	Notes     []*warta.Note
	CanAdd    bool
	CanReturn bool // the story is in review and the user reviews
	err       error
}

// CanDelete reports whether the signed-in user may delete note n.
func (v *view) CanDelete(n *warta.Note) bool { return warta.CanDeleteNote(v.User, n) }

// Notes loads the panel for the edit page; a new article has none.
func (p *editPage) Notes() *notesPanel {
	a := p.Article
	if a == nil || a.ID == 0 || !warta.CanNote(p.User, a) {
		return nil
	}
	panel := &notesPanel{CanAdd: true,
		CanReturn: a.Status == warta.StatusReview && warta.Can(p.User, warta.ActionReview, nil)}
	panel.Notes, panel.err = p.h.cfg.Editorial.Notes(p.context(), p.User, a.ID)
	if panel.err != nil {
		p.h.cfg.Logger.Error("load notes", "article_id", a.ID, "error", panel.err)
	}
	return panel
}

func (v *view) context() context.Context {
	if v.ctx == nil {
		return context.Background()
	}
	return v.ctx
}

// articleAnchor is the edit page of article id at its notes panel, with
// a confirmation.
func articleAnchor(id int64, ok string) string {
	return Prefix + "artikel/" + strconv.FormatInt(id, 10) + "?ok=" + ok + "#catatan"
}

func (h *Handler) handleNoteAdd(w http.ResponseWriter, r *http.Request, u *warta.User) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, u, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found"})
		return
	}
	if _, err := h.cfg.Editorial.AddNote(r.Context(), u, id, r.PostFormValue("note")); err != nil {
		h.fail(w, r, u, err)
		return
	}
	http.Redirect(w, r, articleAnchor(id, "note_added"), http.StatusSeeOther)
}

func (h *Handler) handleNoteDelete(w http.ResponseWriter, r *http.Request, u *warta.User) {
	noteID, err := strconv.ParseInt(r.PathValue("note"), 10, 64)
	if err != nil {
		h.fail(w, r, u, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found"})
		return
	}
	n, err := h.cfg.Editorial.DeleteNote(r.Context(), u, noteID)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	http.Redirect(w, r, articleAnchor(n.ArticleID, "note_deleted"), http.StatusSeeOther)
}

// handleReturn sends a story in review back to its writer with a note.
func (h *Handler) handleReturn(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a, err := h.article(r)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	version, _ := strconv.Atoi(r.PostFormValue("version"))
	if _, err := h.cfg.Editorial.ReturnWithNote(r.Context(), u, a.ID, version, r.PostFormValue("note")); err != nil {
		h.fail(w, r, u, err)
		return
	}
	http.Redirect(w, r, articleAnchor(a.ID, "returned"), http.StatusSeeOther)
}

// notificationsPage lists the user's notifications.
type notificationsPage struct {
	view
	Notifications []*warta.Notification
}

func (h *Handler) handleNotifications(w http.ResponseWriter, r *http.Request, u *warta.User) {
	page := &notificationsPage{view: h.newView(r, u, "", "notifications")}
	page.Title = page.T("nr.nav.notifications")
	var err error
	if page.Notifications, err = h.cfg.Editorial.Inbox(r.Context(), u, 100); err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.render(w, r, http.StatusOK, "notifications", page)
}

// handleNotificationOpen marks one notification read and goes to its
// story, at the notes.
func (h *Handler) handleNotificationOpen(w http.ResponseWriter, r *http.Request, u *warta.User) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, u, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found"})
		return
	}
	x, err := h.cfg.Editorial.Open(r.Context(), u, id)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	target := Prefix + "notifikasi"
	if x.ArticleID != 0 {
		target = Prefix + "artikel/" + strconv.FormatInt(x.ArticleID, 10) + "#catatan"
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

func (h *Handler) handleNotificationsRead(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if _, err := h.cfg.Editorial.MarkAllRead(r.Context(), u); err != nil {
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"notifikasi", "all_read")
}

// profileForm is the account page's "Profil penulis" section.
type profileForm struct {
	Person *warta.Person
	Links  string // "network url" lines
}

// Profile loads the signed-in user's byline for the account page.
func (p *accountPage) Profile() *profileForm {
	person, err := p.h.profiles().Mine(p.context(), p.User)
	if err != nil {
		p.h.cfg.Logger.Error("load profile", "user_id", p.User.ID, "error", err)
		person = &warta.Person{Name: p.User.Name}
	}
	var lines []string
	for _, l := range person.Links {
		lines = append(lines, l.Network+" "+l.URL)
	}
	return &profileForm{Person: person, Links: strings.Join(lines, "\n")}
}

// profiles is the profile service on the handler's editorial service
// (the person rules the people page uses) and media library.
func (h *Handler) profiles() *editorial.Profiles {
	return &editorial.Profiles{Service: h.cfg.Editorial, Library: h.cfg.Library}
}

// handleProfileSave saves the signed-in user's own byline profile; the
// form is multipart for the photo, with its CSRF token in the action URL.
func (h *Handler) handleProfileSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	r.Body = http.MaxBytesReader(w, r.Body, maxUploadRequest)
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		h.fail(w, r, u, &warta.Error{Code: warta.EINVALID, Key: "error.multipart_required", Message: "send the profile as multipart/form-data"})
		return
	}
	defer r.MultipartForm.RemoveAll()
	in := editorial.ProfileInput{Name: r.FormValue("name"), Title: r.FormValue("title"), Bio: r.FormValue("bio"),
		Links: socialLinks(r.FormValue("links")), RemovePhoto: r.FormValue("remove_photo") == "1"}
	if f, fh, err := r.FormFile("photo"); err == nil {
		defer f.Close()
		if fh.Size > 0 {
			in.Photo, in.PhotoName = f, fh.Filename
		}
	}
	if _, err := h.profiles().SaveMine(r.Context(), u, in); err != nil {
		status := web.StatusCode(warta.ErrorCode(err))
		if warta.ErrorCode(err) == warta.EINVALID {
			status = http.StatusUnprocessableEntity // the form again, with its message
		}
		if status >= 500 {
			h.fail(w, r, u, err)
			return
		}
		page := &accountPage{view: h.newView(r, u, "", "account")}
		page.Error = errorText(page.Lang, err)
		page.Title = page.T("nr.nav.account")
		h.render(w, r, status, "account", page)
		return
	}
	redirect(w, r, Prefix+"akun", "profile_saved")
}
