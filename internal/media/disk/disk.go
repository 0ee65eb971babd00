// Package disk stores media files in a directory on the local disk.
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
