// Package media handles stored files: where they live and how they are named.
package media

import (
	"context"
	"io"
	"strings"

	"warta"
)

// Blobs stores media files by key. Keys are slash-separated relative paths
// such as "2026/11/3fa9c1.jpg".
type Blobs interface {
	// Put writes the data under key, replacing any earlier file.
	Put(ctx context.Context, key string, r io.Reader) error
	// Open returns the file under key; not_found if there is none.
	Open(ctx context.Context, key string) (io.ReadSeekCloser, error)
	// Delete removes the file under key; a missing file is not an error.
	Delete(ctx context.Context, key string) error
}

// Private reports whether a key holds a file that is kept but never
// served: an upload's original, which may carry metadata such as GPS.
func Private(key string) bool { return strings.HasPrefix(key, "originals/") }

// ValidKey reports whether key is a safe relative path: no empty, "." or
// ".." segments, no backslashes and no leading slash.
func ValidKey(key string) bool {
	if key == "" || len(key) > 512 || strings.ContainsAny(key, "\\\x00") {
		return false
	}
	for _, seg := range strings.Split(key, "/") {
		if seg == "" || seg == "." || seg == ".." || strings.HasPrefix(seg, ".") {
			return false
		}
	}
	return true
}

// ErrBadKey is returned for keys that ValidKey rejects.
var ErrBadKey = &warta.Error{Code: warta.EINVALID, Key: "error.media_key_invalid", Message: "invalid media key"}
