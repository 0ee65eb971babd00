package public

import (
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"warta/internal/media"
)

// handleMedia serves a stored media file. Keys are never reused for other
// content, so files may be cached for a long time.
func (h *Handler) handleMedia(w http.ResponseWriter, r *http.Request) {
	key := r.PathValue("key")
	if !media.ValidKey(key) {
		h.renderStatus(w, r, http.StatusBadRequest, "error.bad_path")
		return
	}
	if media.Private(key) {
		h.renderStatus(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	f, err := h.blobs.Open(r.Context(), key)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	defer f.Close()
	typ := mime.TypeByExtension(path.Ext(key))
	if typ == "" {
		typ = "application/octet-stream"
	}
	var modTime time.Time
	if st, ok := f.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil {
			modTime = fi.ModTime()
		}
	}
	w.Header().Set("Content-Type", typ)
	if strings.HasPrefix(key, "m/") {
		// Variants live under their content hash: the bytes never change.
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "public, max-age=2592000")
	}
	http.ServeContent(w, r, "", modTime, f)
}
