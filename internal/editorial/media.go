package editorial

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path"
	"strings"
	"sync"
	"time"

	"warta"
	"warta/internal/media"
)

// Library runs the media library's use cases: upload, describe, delete.
//
// An upload is checked and its original stored at once; the served
// variants are made by a pool of background workers once Start has run
// (the server's case), or before Upload returns when it has not (the
// CLI's and most tests'). Either way the item records its state, so a
// restart resumes what was left processing.
type Library struct {
	Store  warta.Store
	Blobs  media.Blobs
	Limits media.Limits // media.DefaultLimits when zero
	Notify func(warta.Event)
	// Logger receives failures of background work; discarded when nil.
	Logger *slog.Logger
	// Workers and Queue size the background pool: 1 worker and 32
	// waiting uploads when zero. Variants take a core each while they
	// are made, and the server's two cores also serve readers.
	Workers int
	Queue   int
	// Images is the one pool every decode and encode of the library runs
	// in, bounding the work at once by CPUs and memory; a pool of the
	// CPUs and media.DefaultBudget when nil.
	Images *media.Pool
	// UploadWait bounds how long an upload waits for its turn in Images
	// before it is refused busy: 10 s when zero, well inside the server's
	// write timeout, so that a client always gets an answer.
	UploadWait time.Duration

	pool       pool
	imagesOnce sync.Once
}

// ErrBusy is returned when more uploads wait for their variants than the
// queue holds, or an upload waited too long for the image pool: nothing
// is stored, and the client may try again shortly.
var ErrBusy = media.ErrBusy

// images is the library's image pool, made on first use when not given.
func (l *Library) images() *media.Pool {
	l.imagesOnce.Do(func() {
		if l.Images == nil {
			l.Images = media.NewPool(0, 0)
		}
	})
	return l.Images
}

func (l *Library) uploadWait() time.Duration {
	if l.UploadWait > 0 {
		return l.UploadWait
	}
	return 10 * time.Second
}

// PoolStats reports the image pool's size and peaks, for tests and metrics.
func (l *Library) PoolStats() media.PoolStats { return l.images().Stats() }

func (l *Library) limits() media.Limits {
	if l.Limits.MaxBytes == 0 {
		return media.DefaultLimits
	}
	return l.Limits
}

// Upload checks an image and stores it: the original privately, and
// metadata-free variants for serving, now or in the background (see
// Library). The same content uploaded again returns the existing item
// and true. Errors: forbidden, media.Check's, unavailable (ErrBusy).
func (l *Library) Upload(ctx context.Context, u *warta.User, r io.Reader, fileName string, meta warta.MediaUpdate) (*warta.Media, bool, error) {
	if err := warta.CheckMedia(u, warta.ActionUpload, nil); err != nil {
		return nil, false, err
	}
	p, err := l.check(ctx, r, l.uploadWait())
	if err != nil {
		l.warnRefused(ctx, err, fileName)
		return nil, false, err
	}
	m, dup, err := l.store(ctx, u, p, fileName, meta, l.uploadWait())
	if err != nil {
		l.warnRefused(ctx, err, fileName)
	}
	return m, dup, err
}

// warnRefused logs an upload refused for want of room — the pool busy,
// the queue full, an image over the memory budget — with the request's
// context, so that overload shows in the log and not only to the client.
func (l *Library) warnRefused(ctx context.Context, err error, fileName string) {
	var we *warta.Error
	if !errors.As(err, &we) {
		return
	}
	if we.Code == warta.EUNAVAILABLE || we.Key == "error.media_over_budget" {
		l.logger().WarnContext(ctx, "media upload refused", "file", cleanFileName(fileName), "reason", we.Key, "error", we.Message)
	}
}

// Import stores an image for a trusted caller — the demo, the WordPress
// importer — through the same pipeline, with no uploader.
func (l *Library) Import(ctx context.Context, r io.Reader, fileName string, meta warta.MediaUpdate) (*warta.Media, error) {
	// A trusted caller has no client waiting: it waits its turn.
	p, err := l.check(ctx, r, 0)
	if err != nil {
		return nil, err
	}
	m, _, err := l.store(ctx, nil, p, fileName, meta, 0)
	return m, err
}

// check reads an upload; it makes the variants too when no pool will.
// Both run in the image pool, waiting there at most wait (0: no limit).
func (l *Library) check(ctx context.Context, r io.Reader, wait time.Duration) (*media.Processed, error) {
	if l.pool.isRunning() {
		return l.images().Check(ctx, r, l.limits(), wait)
	}
	return l.images().Process(ctx, r, l.limits(), wait)
}

// store writes a checked upload, or finds its twin. With the pool running
// it stores the original and queues the item; otherwise it makes the
// variants first and stores the item ready.
func (l *Library) store(ctx context.Context, u *warta.User, p *media.Processed, fileName string, meta warta.MediaUpdate, wait time.Duration) (*warta.Media, bool, error) {
	if m, err := l.byHash(ctx, p.Hash); err == nil {
		return m, true, nil
	} else if !warta.IsNotFound(err) {
		return nil, false, err
	}
	m := &warta.Media{Hash: p.Hash, MimeType: "image/jpeg", FileName: cleanFileName(fileName),
		OriginalKey: "originals/" + p.Hash[:2] + "/" + p.Hash + p.Ext, State: warta.MediaProcessing,
		Width: p.Width, Height: p.Height, Key: variantKey(p.Hash, media.LargestWidth(p.Width), "image/jpeg")}
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
	background := l.pool.reserve(l.queueSize())
	if errors.Is(background, ErrBusy) {
		return nil, false, ErrBusy
	}
	queued := background == nil
	defer func() {
		if queued {
			l.pool.release() // not handed to the queue after all
		}
	}()

	written := []string{m.OriginalKey}
	if err := l.Blobs.Put(ctx, m.OriginalKey, bytes.NewReader(p.Original)); err != nil {
		l.removeUnlessTwin(ctx, p.Hash, written)
		return nil, false, err
	}
	if !queued {
		if p.Variants == nil {
			vs, err := l.images().Process(ctx, bytes.NewReader(p.Original), l.limits(), wait)
			if err != nil {
				l.removeUnlessTwin(ctx, p.Hash, written)
				return nil, false, err
			}
			p = vs
		}
		keys, err := l.putVariants(ctx, m, p.Variants)
		written = append(written, keys...)
		if err != nil {
			l.removeUnlessTwin(ctx, p.Hash, written)
			return nil, false, err
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
	if err != nil {
		// The same image arrived twice at once: the files are the twin's.
		if twin, ok := l.removeUnlessTwin(ctx, p.Hash, written); ok && warta.ErrorCode(err) == warta.ECONFLICT {
			return twin, true, nil
		}
		return nil, false, err
	}
	if queued {
		queued = false
		l.pool.push(m.ID)
	}
	return m, false, nil
}

// putVariants writes the variants of m and records them on it, the
// largest JPEG as its Key. It returns the keys it wrote, also on error.
func (l *Library) putVariants(ctx context.Context, m *warta.Media, vs []media.Variant) ([]string, error) {
	var written []string
	m.Variants, m.Bytes, m.Width, m.Height = nil, 0, 0, 0
	for _, v := range vs {
		key := variantKey(m.Hash, v.Width, v.MimeType)
		if err := l.Blobs.Put(ctx, key, bytes.NewReader(v.Data)); err != nil {
			return written, err
		}
		written = append(written, key)
		m.Variants = append(m.Variants, warta.MediaVariant{Key: key, MimeType: v.MimeType, Width: v.Width, Height: v.Height})
		if v.MimeType == "image/jpeg" && v.Width >= m.Width {
			// The largest JPEG is what plain <img src> and feeds use.
			m.Key, m.Width, m.Height, m.Bytes = key, v.Width, v.Height, int64(len(v.Data))
		}
	}
	m.State, m.StateReason = warta.MediaReady, ""
	return written, nil
}

// variantKey names a variant by the upload's content, so that its bytes
// never change and it may be cached for ever.
func variantKey(hash string, width int, mimeType string) string {
	ext := ".jpg"
	if mimeType == "image/webp" {
		ext = ".webp"
	}
	return fmt.Sprintf("m/%s/%d%s", hash[:16], width, ext)
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

// removeUnlessTwin deletes the files a failed write left behind, unless
// an item with the same content is stored: the keys come from the
// content, so they are that item's files too. It returns the twin.
func (l *Library) removeUnlessTwin(ctx context.Context, hash string, keys []string) (*warta.Media, bool) {
	if twin, err := l.byHash(context.WithoutCancel(ctx), hash); err == nil {
		return twin, true
	}
	l.remove(ctx, keys)
	return nil, false
}

// remove deletes files best effort, after a failed upload or a delete. It
// runs to the end even when the request that asked is gone.
func (l *Library) remove(ctx context.Context, keys []string) {
	ctx = context.WithoutCancel(ctx)
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
		l.Notify(warta.Event{Kind: warta.EventSiteChanged, Subject: warta.SubjectMedia, SubjectID: id})
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

// UploadLimits are the limits Upload checks, for handlers that bound a
// request before it reaches the library.
func (l *Library) UploadLimits() media.Limits { return l.limits() }
