package api

import (
	"errors"
	"net/http"
	"strconv"

	"warta"
	"warta/internal/editorial"
	"warta/internal/i18n"
	"warta/internal/web"
)

// mediaJSON is the answer to an upload. Variants is empty while State is
// "processing": they are made in the background, and GET
// /api/v1/admin/media/{id} shows when the item is "ready" (or "failed",
// with Error saying why).
type mediaJSON struct {
	ID        int64         `json:"id"`
	URL       string        `json:"url"`
	Width     int           `json:"width"`
	Height    int           `json:"height"`
	Caption   string        `json:"caption"`
	Credit    string        `json:"credit"`
	Alt       string        `json:"alt"`
	Duplicate bool          `json:"duplicate"`
	State     string        `json:"state"`
	Error     string        `json:"error,omitempty"`
	Variants  []variantJSON `json:"variants"`
}

type variantJSON struct {
	Width int    `json:"width"`
	Type  string `json:"type"`
	URL   string `json:"url"`
}

// Bounds of an upload form besides the file: its text fields, and the
// multipart framing around them.
const (
	maxField    = 4 << 10
	maxFields   = 20
	formPadding = 1 << 20
)

// handleMediaUpload takes multipart/form-data with a file and its caption,
// credit and alt text, in any order, and answers as soon as the original
// is stored: 202 with state "processing" (201 "ready" when the variants
// were made at once, 200 for content already in the library), 503 with
// Retry-After when too many uploads wait for the image pool or their
// variants, 413 for an image too large to process.
func (h *Handler) handleMediaUpload(w http.ResponseWriter, r *http.Request) {
	u, err := h.user(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if err := warta.CheckMedia(u, warta.ActionUpload, nil); err != nil {
		h.fail(w, r, err)
		return
	}
	lim := h.cfg.Library.UploadLimits()
	r.Body = http.MaxBytesReader(w, r.Body, lim.MaxBytes+formPadding)
	form, err := web.ReadForm(r, web.FormLimits{MaxFiles: 1, MaxFileBytes: lim.MaxBytes, MaxFields: maxFields, MaxFieldBytes: maxField})
	if errors.Is(err, web.ErrNotMultipart) {
		h.fail(w, r, &apiError{http.StatusUnsupportedMediaType, "unsupported_media_type", "error.multipart_required", nil})
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	defer form.RemoveAll()
	if len(form.Files) == 0 {
		h.fail(w, r, &warta.Error{Code: warta.EINVALID, Key: "error.media_empty", Message: "no file in the upload"})
		return
	}
	meta := warta.MediaUpdate{Caption: form.Value("caption"), Credit: form.Value("credit"), Alt: form.Value("alt")}
	f := form.Files[0]
	m, dup, err := h.cfg.Library.Upload(r.Context(), u, f.Reader(), f.Name, meta)
	if err != nil {
		if errors.Is(err, editorial.ErrBusy) {
			w.Header().Set("Retry-After", "30")
		}
		h.fail(w, r, err)
		return
	}
	// 201 when the variants are ready, 202 while they are made.
	status := http.StatusCreated
	switch {
	case dup:
		status = http.StatusOK
	case !m.Ready():
		status = http.StatusAccepted
	}
	writeJSON(w, status, h.mediaJSON(r, m, dup))
}

// handleMediaShow answers an item as the upload did, for clients waiting
// for its variants.
func (h *Handler) handleMediaShow(w http.ResponseWriter, r *http.Request) {
	if _, err := h.user(r); err != nil {
		h.fail(w, r, err)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		h.fail(w, r, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found"})
		return
	}
	var m *warta.Media
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		m, err = tx.FindMediaByID(r.Context(), id)
		return err
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, h.mediaJSON(r, m, false))
}

func (h *Handler) mediaJSON(r *http.Request, m *warta.Media, dup bool) mediaJSON {
	out := mediaJSON{ID: m.ID, URL: h.cfg.BaseURL + "/media/" + m.Key, Width: m.Width, Height: m.Height, Caption: m.Caption,
		Credit: m.Credit, Alt: m.Alt, Duplicate: dup, State: string(m.State), Variants: []variantJSON{}}
	if m.State == "" {
		out.State = string(warta.MediaReady)
	}
	if m.State == warta.MediaFailed {
		out.Error = i18n.T(lang(r), m.StateReason)
	}
	for _, v := range m.Variants {
		out.Variants = append(out.Variants, variantJSON{Width: v.Width, Type: v.MimeType, URL: h.cfg.BaseURL + "/media/" + v.Key})
	}
	return out
}
