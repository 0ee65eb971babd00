// Package disk stores media files in a directory: on the local disk, or
// on a volume several Warta nodes mount (NFS, a cloud file share). Every
// write is a temporary file in the target's own directory renamed into
// place, which is atomic on one filesystem, so a node never reads half a
// file another node is writing; keys name their content (a hash), so two
// nodes writing the same key write the same bytes.
//
// Layout under Dir: originals/<2 hex>/<sha256><ext> (kept, never served,
// mode 0600) and m/<16 hex>/<width>.<jpg|webp> (the served variants, mode
// 0644); directories are 0755.
package disk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"warta"
	"warta/internal/media"
)

// Blobs keeps files under Dir.
type Blobs struct {
	Dir string
}

// New returns Blobs rooted at dir, creating it if needed.
func New(dir string) (*Blobs, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create media dir: %w", err)
	}
	return &Blobs{Dir: dir}, nil
}

// Put writes r to key atomically: a temporary file renamed into place.
func (b *Blobs) Put(ctx context.Context, key string, r io.Reader) error {
	if !media.ValidKey(key) {
		return media.ErrBadKey
	}
	path := filepath.Join(b.Dir, filepath.FromSlash(key))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	defer os.Remove(f.Name())
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		return fmt.Errorf("put %s: %w", key, err)
	}
	// Served files are readable by all, so that a web server or a CDN
	// origin on a shared volume can send them itself; originals, which
	// may carry GPS data, are the owner's alone.
	mode := os.FileMode(0o644)
	if media.Private(key) {
		mode = 0o600
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return fmt.Errorf("put %s: %w", key, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("put %s: %w", key, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	return nil
}

// Open opens the file under key.
func (b *Blobs) Open(ctx context.Context, key string) (io.ReadSeekCloser, error) {
	if !media.ValidKey(key) {
		return nil, media.ErrBadKey
	}
	f, err := os.Open(filepath.Join(b.Dir, filepath.FromSlash(key)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "media file not found"}
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", key, err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "media file not found"}
	}
	return f, nil
}

// Delete removes the file under key.
func (b *Blobs) Delete(ctx context.Context, key string) error {
	if !media.ValidKey(key) {
		return media.ErrBadKey
	}
	err := os.Remove(filepath.Join(b.Dir, filepath.FromSlash(key)))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("delete %s: %w", key, err)
	}
	return nil
}
