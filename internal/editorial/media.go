package editorial

import (
	"context"
	"fmt"
	"io"
	"path"
	"strings"

	"warta"
	"warta/internal/media"
)

// Library runs the media library's use cases: upload, describe, delete.
type Library struct {
	Store  warta.Store
	Blobs  media.Blobs
	Limits media.Limits // media.DefaultLimits when zero
	Notify func(warta.Event)
}

// Upload checks, processes and stores an image: the original privately,
// metadata-free variants for serving. The same content uploaded again
// returns the existing item and true.
func (l *Library) Upload(ctx context.Context, u *warta.User, r io.Reader, fileName string, meta warta.MediaUpdate) (*warta.Media, bool, error) {
	if err := warta.CheckMedia(u, warta.ActionUpload, nil); err != nil {
		return nil, false, err
	}
	lim := l.Limits
	if lim.MaxBytes == 0 {
		lim = media.DefaultLimits
	}
	p, err := media.Process(r, lim)
	if err != nil {
		return nil, false, err
	}
	return l.store(ctx, u, p, fileName, meta)
}

// Import stores an image for a trusted caller — the demo, the WordPress
// importer — through the same pipeline, with no uploader.
func (l *Library) Import(ctx context.Context, r io.Reader, fileName string, meta warta.MediaUpdate) (*warta.Media, error) {
	lim := l.Limits
	if lim.MaxBytes == 0 {
		lim = media.DefaultLimits
	}
	p, err := media.Process(r, lim)
	if err != nil {
		return nil, err
	}
	m, _, err := l.store(ctx, nil, p, fileName, meta)
	return m, err
}

// store writes a processed upload, or finds its twin.
func (l *Library) store(ctx context.Context, u *warta.User, p *media.Processed, fileName string, meta warta.MediaUpdate) (*warta.Media, bool, error) {
	if m, err := l.byHash(ctx, p.Hash); err == nil {
		return m, true, nil
	} else if !warta.IsNotFound(err) {
		return nil, false, err
	}
	m := &warta.Media{Hash: p.Hash, MimeType: "image/jpeg", FileName: cleanFileName(fileName),
		OriginalKey: "originals/" + p.Hash[:2] + "/" + p.Hash + p.Ext}
	if u != nil {
		m.UploaderID = u.ID
	}
	for _, dst := range []struct {
		field *string
		src   *string
	}{{&m.Caption, meta.Caption}, {&m.Credit, meta.Credit}, {&m.Alt, meta.Alt}} {
		if dst.src != nil {
			*dst.field = strings.TrimSpace(*dst.src)
		}
	}
	dir := "m/" + p.Hash[:16] + "/"
	written := []string{m.OriginalKey}
	if err := l.Blobs.Put(ctx, m.OriginalKey, strings.NewReader(string(p.Original))); err != nil {
		return nil, false, err
	}
	for _, v := range p.Variants {
		ext := ".jpg"
		if v.MimeType == "image/webp" {
			ext = ".webp"
		}
		key := fmt.Sprintf("%s%d%s", dir, v.Width, ext)
		if err := l.Blobs.Put(ctx, key, strings.NewReader(string(v.Data))); err != nil {
			l.remove(ctx, written)
			return nil, false, err
		}
		written = append(written, key)
		m.Variants = append(m.Variants, warta.MediaVariant{Key: key, MimeType: v.MimeType, Width: v.Width, Height: v.Height})
		if v.MimeType == "image/jpeg" && v.Width >= m.Width {
			// The largest JPEG is what plain <img src> and feeds use.
			m.Key, m.Width, m.Height, m.Bytes = key, v.Width, v.Height, int64(len(v.Data))
		}
	}
	err := l.Store.Update(ctx, func(tx warta.Tx) error {
		if err := tx.CreateMedia(ctx, m); err != nil {
			return err
		}
		e := &warta.AuditEntry{Action: "media_upload", Subject: fmt.Sprintf("media:%d", m.ID), Detail: m.FileName}
		if u != nil {
			e.UserID = u.ID
		}
		return tx.AddAudit(ctx, e)
	})
	if warta.ErrorCode(err) == warta.ECONFLICT {
		// The same image arrived twice at once: the files are identical.
		if twin, err := l.byHash(ctx, p.Hash); err == nil {
			return twin, true, nil
		}
	}
	if err != nil {
		return nil, false, err
	}
	return m, false, nil
}

func (l *Library) byHash(ctx context.Context, hash string) (*warta.Media, error) {
	var m *warta.Media
	err := l.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		m, err = tx.FindMediaByHash(ctx, hash)
		return err
	})
	return m, err
}

// remove deletes files best effort, after a failed upload or a delete.
func (l *Library) remove(ctx context.Context, keys []string) {
	for _, k := range keys {
		l.Blobs.Delete(ctx, k)
	}
}

// cleanFileName keeps the base name of an upload, for search.
func cleanFileName(name string) string {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	if name == "." || name == "/" {
		return ""
	}
	if len(name) > 200 {
		name = name[:200]
	}
	return strings.ToValidUTF8(name, "")
}

// Describe changes an item's caption, credit and alt text.
func (l *Library) Describe(ctx context.Context, u *warta.User, id int64, meta warta.MediaUpdate) (*warta.Media, error) {
	var m *warta.Media
	err := l.Store.Update(ctx, func(tx warta.Tx) error {
		cur, err := tx.FindMediaByID(ctx, id)
		if err != nil {
			return err
		}
		if err := warta.CheckMedia(u, warta.ActionEditMedia, cur); err != nil {
			return err
		}
		if m, err = tx.UpdateMedia(ctx, id, meta); err != nil {
			return err
		}
		return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "media_edit", Subject: fmt.Sprintf("media:%d", id)})
	})
	if err == nil && l.Notify != nil {
		l.Notify(warta.Event{Kind: warta.EventSiteChanged})
	}
	return m, err
}

// ErrInUse is returned when deleting an item some page still shows.
var ErrInUse = &warta.Error{Code: warta.ECONFLICT, Key: "error.media_in_use", Message: "the image is still used"}

// Delete removes an unused item and its files.
func (l *Library) Delete(ctx context.Context, u *warta.User, id int64) error {
	var m *warta.Media
	err := l.Store.Update(ctx, func(tx warta.Tx) error {
		var err error
		if m, err = tx.FindMediaByID(ctx, id); err != nil {
			return err
		}
		if err := warta.CheckMedia(u, warta.ActionDeleteMedia, m); err != nil {
			return err
		}
		used, other, err := tx.MediaUsage(ctx, m)
		if err != nil {
			return err
		}
		if len(used) > 0 || other {
			return ErrInUse
		}
		if err := tx.DeleteMedia(ctx, id); err != nil {
			return err
		}
		return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "media_delete", Subject: fmt.Sprintf("media:%d", id), Detail: m.FileName})
	})
	if err != nil {
		return err
	}
	keys := []string{m.Key}
	if m.OriginalKey != "" {
		keys = append(keys, m.OriginalKey)
	}
	for _, v := range m.Variants {
		keys = append(keys, v.Key)
	}
	l.remove(ctx, keys)
	return nil
}
