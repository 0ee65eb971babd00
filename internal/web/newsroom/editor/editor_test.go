package editor_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"warta/internal/web/newsroom/editor"
)

func TestFSHoldsTheBundle(t *testing.T) {
	tests := []struct {
		name    string
		minSize int
		want    []string
	}{
		// Tiptap and ProseMirror alone are a few hundred KB minified; a
		// bundle much smaller than that did not build properly.
		{editor.Script, 100_000, []string{"textarea[data-editor]", "baca-juga", "data-embed-url", "data-autosave-url",
			"data-media-url", "data-upload-url", "data-media-id", "featured_media", "Permission is hereby granted",
			// Issue 10 — writing: the headline box, SEO previews, featured-photo
			// picker, tag field, in-place photo captions and the link dialog.
			"data-headline", "data-seo-preview", "data-counter-for", "data-featured", "data-focus-url", "data-tag-add",
			"data-labels-writing", "wt-photo-caption", "wt-focal-pad", "_blank"}},
		{editor.Stylesheet, 1_000, []string{".wt-toolbar", ".wt-content", ".wt-listbox", ".wt-media",
			".wt-photo", ".wt-link", ".wt-dialog", ".wt-grid", ".wt-focal", ".wt-crop"}},
	}
	fsys := editor.FS()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := fs.ReadFile(fsys, tc.name)
			if err != nil {
				t.Fatalf("read embedded %s: %v", tc.name, err)
			}
			if len(b) < tc.minSize {
				t.Errorf("%s is %d bytes, want at least %d", tc.name, len(b), tc.minSize)
			}
			for _, s := range tc.want {
				if !bytes.Contains(b, []byte(s)) {
					t.Errorf("%s does not contain %q", tc.name, s)
				}
			}
		})
	}
}

func TestFSHoldsOnlyTheBundle(t *testing.T) {
	var names []string
	err := fs.WalkDir(editor.FS(), ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, name)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	if got, want := strings.Join(names, " "), "editor.css editor.js"; got != want {
		t.Errorf("FS files = %q, want %q", got, want)
	}
}

// TestBundleIsUpToDate recomputes the fingerprint build.sh writes to
// dist/SOURCE_SHA256 — sha256sum's "HASH  PATH" line for each input, then
// the sha256 of those lines — so that a change to the sources without a
// rebuild fails here rather than shipping an old editor.
func TestBundleIsUpToDate(t *testing.T) {
	src, err := filepath.Glob("src/*")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(src) // build.sh globs with LC_ALL=C, i.e. byte order
	inputs := append([]string{"build.sh", "notice.mjs", "package-lock.json"}, src...)
	var lines bytes.Buffer
	for _, name := range inputs {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&lines, "%x  %s\n", sha256.Sum256(b), name)
	}
	sum := sha256.Sum256(lines.Bytes())
	got := hex.EncodeToString(sum[:])

	recorded, err := os.ReadFile("dist/SOURCE_SHA256")
	if err != nil {
		t.Fatalf("read dist/SOURCE_SHA256: %v (run: bash internal/web/newsroom/editor/build.sh)", err)
	}
	if want := strings.TrimSpace(string(recorded)); got != want {
		t.Fatalf("dist/ was built from other sources than %s (fingerprint %s, dist/SOURCE_SHA256 says %s): "+
			"run bash internal/web/newsroom/editor/build.sh and commit dist/", strings.Join(inputs, ", "), got, want)
	}
}
