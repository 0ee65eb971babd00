package editorial_test

import (
	"bytes"
	"context"
	"io/fs"
	"path/filepath"
	"testing"

	"warta"
	"warta/internal/editorial"
)

// failingStore refuses every write, as a full disk or a lost database would.
type failingStore struct {
	warta.Store
	err error
}

func (s failingStore) Update(context.Context, func(warta.Tx) error) error { return s.err }

// files lists what the blob store holds.
func files(t *testing.T, e *env) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(e.site.Blobs.Dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, p)
		}
		return nil
	})
	return out
}

// TestLibraryFailedWriteRemovesFiles: when the database write fails, the
// original and the variants the upload wrote are removed again.
func TestLibraryFailedWriteRemovesFiles(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
	}{
		{"database error", &warta.Error{Code: warta.EINTERNAL, Message: "disk I/O error"}},
		{"conflicting insert without a twin", &warta.Error{Code: warta.ECONFLICT, Message: "unique constraint"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			ctx := context.Background()
			before := files(t, e)
			lib := &editorial.Library{Store: failingStore{e.site.Store, tc.err}, Blobs: e.site.Blobs}
			_, _, err := lib.Upload(ctx, e.users[warta.RoleAuthor], bytes.NewReader(photo(t, 700, 400, 9)), "gagal.jpg", warta.MediaUpdate{})
			if warta.ErrorCode(err) != warta.ErrorCode(tc.err) {
				t.Fatalf("upload error %v, want %v", err, tc.err)
			}
			if after := files(t, e); len(after) != len(before) {
				t.Errorf("files left behind after a failed write: %v (before: %v)", after, before)
			}
		})
	}
}
