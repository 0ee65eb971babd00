package api

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"warta"
)

// mediaJSON is the answer to an upload.
type mediaJSON struct {
	ID        int64         `json:"id"`
	URL       string        `json:"url"`
	Width     int           `json:"width"`
	Height    int           `json:"height"`
	Caption   string        `json:"caption"`
	Credit    string        `json:"credit"`
	Alt       string        `json:"alt"`
	Duplicate bool          `json:"duplicate"`
	Variants  []variantJSON `json:"variants"`
}

type variantJSON struct {
	Width int    `json:"width"`
	Type  string `json:"type"`
	URL   string `json:"url"`
}

// maxField bounds the text fields of an upload form.
const maxField = 4 << 10

// handleMediaUpload takes multipart/form-data with a file and its caption,
// credit and alt text, streaming the file to the pipeline without
// buffering more than the size limit.
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
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "multipart/form-data" {
		h.fail(w, r, &apiError{http.StatusUnsupportedMediaType, "unsupported_media_type", "error.multipart_required", nil})
		return
	}
	mr, err := r.MultipartReader()
	if err != nil {
		h.fail(w, r, &apiError{http.StatusBadRequest, "bad_request", "error.bad_request", nil})
		return
	}
	var meta warta.MediaUpdate
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			h.fail(w, r, &apiError{http.StatusBadRequest, "bad_request", "error.bad_request", nil})
			return
		}
		name := part.FormName()
		if name == "file" {
			// Fields before the file count; the file comes last in any sane client.
			m, dup, err := h.cfg.Library.Upload(r.Context(), u, part, part.FileName(), meta)
			if err != nil {
				h.fail(w, r, err)
				return
			}
			status := http.StatusCreated
			if dup {
				status = http.StatusOK
			}
			writeJSON(w, status, h.mediaJSON(m, dup))
			return
		}
		value, err := io.ReadAll(io.LimitReader(part, maxField+1))
		if err != nil || len(value) > maxField {
			h.fail(w, r, &apiError{http.StatusRequestEntityTooLarge, warta.ETOOLARGE, "error.too_large", nil})
			return
		}
		v := strings.TrimSpace(string(value))
		switch name {
		case "caption":
			meta.Caption = &v
		case "credit":
			meta.Credit = &v
		case "alt":
			meta.Alt = &v
		}
	}
	h.fail(w, r, &warta.Error{Code: warta.EINVALID, Key: "error.media_empty", Message: "no file in the upload"})
}

func (h *Handler) mediaJSON(m *warta.Media, dup bool) mediaJSON {
	out := mediaJSON{ID: m.ID, URL: h.cfg.BaseURL + "/media/" + m.Key, Width: m.Width, Height: m.Height, Caption: m.Caption,
		Credit: m.Credit, Alt: m.Alt, Duplicate: dup, Variants: []variantJSON{}}
	for _, v := range m.Variants {
		out.Variants = append(out.Variants, variantJSON{Width: v.Width, Type: v.MimeType, URL: h.cfg.BaseURL + "/media/" + v.Key})
	}
	return out
}
