package editorial

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"warta"
	"warta/internal/media"
)

// ImportServable is Import for a caller that needs many pictures shown
// soon — the demo's first start: it makes only the widest JPEG size
// before it returns and leaves the item processing, as the background
// pool does after its first step, so that pages show it at once and the
// next Start of the server's library makes the other JPEG sizes and the
// WebP sizes, which take most of the time, in the background.
func (l *Library) ImportServable(ctx context.Context, r io.Reader, fileName string, meta warta.MediaUpdate) (*warta.Media, error) {
	p, err := l.images().ProcessOnly(ctx, r, l.limits(), 0, media.JPEG|media.Widest)
	if err != nil {
		return nil, err
	}
	if m, err := l.byHash(ctx, p.Hash); err == nil {
		return m, nil
	} else if !warta.IsNotFound(err) {
		return nil, err
	}
	m := &warta.Media{Hash: p.Hash, MimeType: "image/jpeg", FileName: cleanFileName(fileName),
		OriginalKey: "originals/" + p.Hash[:2] + "/" + p.Hash + p.Ext}
	for _, f := range []struct{ dst, src *string }{{&m.Caption, meta.Caption}, {&m.Credit, meta.Credit}, {&m.Alt, meta.Alt}} {
		if f.src != nil {
			*f.dst = strings.TrimSpace(*f.src)
		}
	}
	written := []string{m.OriginalKey}
	err = l.Blobs.Put(ctx, m.OriginalKey, bytes.NewReader(p.Original))
	if err == nil {
		var keys []string
		keys, err = l.putVariants(ctx, m, p.Variants)
		written = append(written, keys...)
	}
	if err == nil {
		m.State = warta.MediaProcessing // the WebP sizes are to come
		err = l.Store.Update(ctx, func(tx warta.Tx) error {
			if err := tx.CreateMedia(ctx, m); err != nil {
				return err
			}
			return tx.AddAudit(ctx, &warta.AuditEntry{Action: "media_upload", Subject: fmt.Sprintf("media:%d", m.ID), Detail: m.FileName})
		})
	}
	if err != nil {
		if twin, ok := l.removeUnlessTwin(ctx, p.Hash, written); ok && warta.ErrorCode(err) == warta.ECONFLICT {
			return twin, nil
		}
		return nil, err
	}
	return m, nil
}
