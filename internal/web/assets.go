package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// Assets serves embedded static files under fingerprinted names, such as
// /static/site.3f2a9c1b.css for site.css, so they can be cached forever.
type Assets struct {
	prefix string
	byName map[string]string // "site.css" → "site.3f2a9c1b.css"
	files  map[string]asset  // fingerprinted name → content
}

type asset struct {
	body []byte
	gz   []byte // gzip of body for text types, nil otherwise
	mime string
	etag string
}

// NewAssets reads every file of fsys once. prefix is the URL prefix, e.g. "/static/".
func NewAssets(fsys fs.FS, prefix string) (*Assets, error) {
	a := &Assets{prefix: prefix, byName: map[string]string{}, files: map[string]asset{}}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		hash := hex.EncodeToString(sum[:])[:10]
		ext := path.Ext(name)
		fp := strings.TrimSuffix(name, ext) + "." + hash + ext
		typ := mime.TypeByExtension(ext)
		if typ == "" {
			typ = "application/octet-stream"
		}
		a.byName[name] = fp
		f := asset{body: body, mime: typ, etag: `"` + hash + `"`}
		if compressible(typ) {
			if f.gz, err = GzipBytes(body); err != nil {
				return err
			}
		}
		a.files[fp] = f
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load assets: %w", err)
	}
	return a, nil
}

// URL returns the fingerprinted URL of a file, or "" if there is none.
func (a *Assets) URL(name string) string {
	fp, ok := a.byName[name]
	if !ok {
		return ""
	}
	return a.prefix + fp
}

// ServeHTTP serves fingerprinted names with an immutable cache lifetime;
// anything else is not found.
func (a *Assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, a.prefix)
	f, ok := a.files[name]
	if !ok {
		http.Error(w, "404 not found", http.StatusNotFound)
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.mime)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	body, etag := f.body, f.etag
	if f.gz != nil {
		h.Set("Vary", "Accept-Encoding")
		if AcceptsGzip(r) {
			body, etag = f.gz, f.etag[:len(f.etag)-1]+`-gz"`
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// compressible reports whether a type is text that gzip shrinks.
func compressible(typ string) bool {
	return strings.HasPrefix(typ, "text/") || strings.Contains(typ, "javascript") ||
		strings.Contains(typ, "json") || strings.Contains(typ, "svg") || strings.Contains(typ, "xml")
}
