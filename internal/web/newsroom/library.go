package newsroom

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web"
)

// libraryPage is the media library: a grid with search and filters, and
// the upload form.
type libraryPage struct {
	view
	Items     []*warta.Media
	Total     int
	Query     string
	Uploader  int64
	Month     string
	Users     []*warta.User
	Uploaded  []*warta.Media
	Errors    []string
	CanUpload bool
}

func (h *Handler) handleLibrary(w http.ResponseWriter, r *http.Request, u *warta.User) {
	page := &libraryPage{view: h.newView(r, u, "", "media"), Query: strings.TrimSpace(r.URL.Query().Get("q")),
		Month: r.URL.Query().Get("bulan"), CanUpload: warta.CanMedia(u, warta.ActionUpload, nil)}
	page.Title = page.T("nr.nav.media")
	if err := h.loadLibrary(r, page); err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.render(w, r, http.StatusOK, "media", page)
}

func (h *Handler) loadLibrary(r *http.Request, page *libraryPage) error {
	f := warta.MediaFilter{Query: page.Query, Limit: 120}
	if id, err := strconv.ParseInt(r.URL.Query().Get("pengunggah"), 10, 64); err == nil && id > 0 {
		page.Uploader, f.UploaderID = id, &id
	}
	if page.Month != "" {
		from, err := time.ParseInLocation("2006-01", page.Month, page.Settings.Location())
		if err != nil {
			return &warta.Error{Code: warta.EINVALID, Key: "error.date_invalid", Message: "month must be YYYY-MM"}
		}
		before := from.AddDate(0, 1, 0)
		f.From, f.Before = &from, &before
	}
	return h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		if page.Items, page.Total, err = tx.FindMedia(r.Context(), f); err != nil {
			return err
		}
		page.Users, err = tx.FindUsers(r.Context())
		return err
	})
}

// Bounds of one upload request: several photos at once, and their
// caption, credit and alt text (shared by all of them).
const (
	maxUploadRequest = 200 << 20
	maxUploadFiles   = 20
	maxUploadFields  = 20
	maxUploadField   = 4 << 10
)

// handleUpload takes one or more files from a multipart form, whatever the
// order of its fields: the form sends the files before the caption,
// credit and alt text. Refused files are listed with their reason; the
// others are stored and their variants made in the background.
func (h *Handler) handleUpload(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if err := warta.CheckMedia(u, warta.ActionUpload, nil); err != nil {
		h.fail(w, r, u, err)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxUploadRequest)
	form, err := web.ReadForm(r, web.FormLimits{MaxFiles: maxUploadFiles, MaxFileBytes: h.cfg.Library.UploadLimits().MaxBytes,
		MaxFields: maxUploadFields, MaxFieldBytes: maxUploadField})
	page := &libraryPage{view: h.newView(r, u, "", "media"), CanUpload: true}
	page.Title = page.T("nr.nav.media")
	status := http.StatusOK
	switch {
	case warta.ErrorCode(err) == warta.EINTERNAL:
		h.fail(w, r, u, err)
		return
	case err != nil:
		status = web.StatusCode(warta.ErrorCode(err))
		page.Errors = append(page.Errors, errorText(page.Lang, err))
	default:
		defer form.RemoveAll()
		meta := warta.MediaUpdate{Caption: form.Value("caption"), Credit: form.Value("credit"), Alt: form.Value("alt")}
		busy := false
		for _, f := range form.Files {
			m, _, err := h.cfg.Library.Upload(r.Context(), u, f.Reader(), f.Name, meta)
			if err != nil {
				if warta.ErrorCode(err) == warta.EINTERNAL {
					h.fail(w, r, u, err)
					return
				}
				busy = busy || errors.Is(err, editorial.ErrBusy)
				page.Errors = append(page.Errors, f.Name+": "+errorText(page.Lang, err))
				continue
			}
			page.Uploaded = append(page.Uploaded, m)
		}
		switch {
		case len(page.Uploaded) == 0 && busy:
			// Overloaded rather than wrong: say when to come back.
			status = http.StatusServiceUnavailable
			w.Header().Set("Retry-After", "30")
		case len(page.Uploaded) == 0:
			status = http.StatusUnprocessableEntity
		}
	}
	if r.Header.Get("X-Requested-With") == "fetch" {
		items := make([]mediaResult, 0, len(page.Uploaded))
		for _, m := range page.Uploaded {
			items = append(items, page.result(m))
		}
		if len(items) == 0 && status == http.StatusOK {
			status = http.StatusUnprocessableEntity
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(status)
		errs := page.Errors
		if errs == nil {
			errs = []string{}
		}
		json.NewEncoder(w).Encode(map[string]any{"uploaded": items, "errors": errs})
		return
	}
	if err := h.loadLibrary(r, page); err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.render(w, r, status, "media", page)
}

// mediaPage edits one item and shows where it is used.
type mediaPage struct {
	view
	Item      *warta.Media
	Used      []*warta.Article
	Other     bool
	CanEdit   bool
	CanDelete bool
	Error     string
}

func (h *Handler) mediaItem(w http.ResponseWriter, r *http.Request, u *warta.User) *mediaPage {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		h.fail(w, r, u, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found"})
		return nil
	}
	page := &mediaPage{view: h.newView(r, u, "", "media")}
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		if page.Item, err = tx.FindMediaByID(r.Context(), id); err != nil {
			return err
		}
		page.Used, page.Other, err = tx.MediaUsage(r.Context(), page.Item)
		return err
	})
	if err != nil {
		h.fail(w, r, u, err)
		return nil
	}
	page.Title = page.Item.FileName
	if page.Title == "" {
		page.Title = page.T("nr.nav.media")
	}
	page.CanEdit = warta.CanMedia(u, warta.ActionEditMedia, page.Item)
	page.CanDelete = warta.CanMedia(u, warta.ActionDeleteMedia, page.Item) && len(page.Used) == 0 && !page.Other
	return page
}

func (h *Handler) handleMediaShow(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if page := h.mediaItem(w, r, u); page != nil {
		h.render(w, r, http.StatusOK, "media_item", page)
	}
}

func (h *Handler) handleMediaSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	page := h.mediaItem(w, r, u)
	if page == nil {
		return
	}
	caption, credit, alt := r.PostFormValue("caption"), r.PostFormValue("credit"), r.PostFormValue("alt")
	if _, err := h.cfg.Library.Describe(r.Context(), u, page.Item.ID, warta.MediaUpdate{Caption: &caption, Credit: &credit, Alt: &alt}); err != nil {
		if code := warta.ErrorCode(err); code == warta.EINVALID {
			page.Error = errorText(page.Lang, err)
			h.render(w, r, http.StatusUnprocessableEntity, "media_item", page)
			return
		}
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"media/"+strconv.FormatInt(page.Item.ID, 10), "saved")
}

func (h *Handler) handleMediaDelete(w http.ResponseWriter, r *http.Request, u *warta.User) {
	id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err := h.cfg.Library.Delete(r.Context(), u, id); err != nil {
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"media", "media_deleted")
}

// MediaURL is where an item is served.
func (v *view) MediaURL(m *warta.Media) string { return "/media/" + m.Key }

// Thumb is the smallest JPEG variant of an item, for grids; "" while the
// item has none to show (its variants are being made, or failed).
func (v *view) Thumb(m *warta.Media) string {
	if !m.Ready() {
		return ""
	}
	for _, x := range m.Variants {
		if x.MimeType == "image/jpeg" {
			return "/media/" + x.Key
		}
	}
	return "/media/" + m.Key
}

// MediaState is an item's state for pages and the picker: "processing",
// "ready" or "failed".
func (v *view) MediaState(m *warta.Media) string {
	if m.State == "" {
		return string(warta.MediaReady)
	}
	return string(m.State)
}

// StateReason is why an item's variants failed, in the page's language.
func (v *view) StateReason(m *warta.Media) string {
	if m.State != warta.MediaFailed {
		return ""
	}
	return v.T(m.StateReason)
}

// mediaResult is a library item as the editor's picker sees it.
type mediaResult struct {
	ID      int64  `json:"id"`
	URL     string `json:"url"`
	Thumb   string `json:"thumb"`
	Width   int    `json:"width"`
	Height  int    `json:"height"`
	Caption string `json:"caption"`
	Credit  string `json:"credit"`
	Alt     string `json:"alt"`
	// State is "processing", "ready" or "failed"; StateLabel says it in
	// the page's language, with the reason of a failure.
	State      string `json:"state"`
	StateLabel string `json:"state_label"`
}

func (v *view) result(m *warta.Media) mediaResult {
	return mediaResult{ID: m.ID, URL: v.MediaURL(m), Thumb: v.Thumb(m), Width: m.Width, Height: m.Height,
		Caption: m.Caption, Credit: m.Credit, Alt: m.Alt, State: v.MediaState(m), StateLabel: v.StateLabel(m)}
}

// StateLabel names an item's state, with the reason of a failure.
func (v *view) StateLabel(m *warta.Media) string {
	label := v.T("nr.media.state." + v.MediaState(m))
	if reason := v.StateReason(m); reason != "" {
		label += ": " + reason
	}
	return label
}

// maxStatusIDs bounds one state poll.
const maxStatusIDs = 50

// handleMediaStatus answers the library's and the picker's poll for items
// whose variants are being made: {"results":[…]} for the ids asked
// (?id=1&id=2), unknown ids left out.
func (h *Handler) handleMediaStatus(w http.ResponseWriter, r *http.Request, u *warta.User) {
	v := h.newView(r, u, "", "")
	raw := r.URL.Query()["id"]
	if len(raw) > maxStatusIDs {
		raw = raw[:maxStatusIDs]
	}
	out := make([]mediaResult, 0, len(raw))
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		for _, s := range raw {
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil || id < 1 {
				continue
			}
			m, err := tx.FindMediaByID(r.Context(), id)
			if warta.IsNotFound(err) {
				continue
			}
			if err != nil {
				return err
			}
			out = append(out, v.result(m))
		}
		return nil
	})
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, map[string]any{"results": out})
}

// handleMediaSearch answers the editor's photo picker:
// {"results":[…]} of the newest items matching q.
func (h *Handler) handleMediaSearch(w http.ResponseWriter, r *http.Request, u *warta.User) {
	v := h.newView(r, u, "", "")
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > 200 {
		q = q[:200]
	}
	var list []*warta.Media
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		list, _, err = tx.FindMedia(r.Context(), warta.MediaFilter{Query: q, Limit: 24})
		return err
	})
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	out := make([]mediaResult, 0, len(list))
	for _, m := range list {
		out = append(out, v.result(m))
	}
	writeJSON(w, map[string]any{"results": out})
}
