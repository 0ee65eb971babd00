package importer_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/importer"
	"warta/internal/wxr"
)

// sharedWXR is the folder of real WordPress exports (see its README).
var sharedWXR = filepath.Join("..", "..", "..", "shared", "testdata", "wxr")

// brokenExports are the deliberately broken fixtures: each must stop
// with a clear message naming its line.
var brokenExports = map[string]string{
	"wordpress-importer/crazy-cdata.xml":         "]]>",
	"wordpress-importer/invalid-version-tag.xml": `unsupported WXR version "abc"`,
	"wordpress-importer/malformed-simple.xml":    "truncated",
	"wordpress-importer/malformed.xml":           "closed by",
	"wordpress-importer/missing-version-tag.xml": "no <wp:wxr_version>",
}

// rawMarkup is what must never reach a reader from an imported body.
var rawMarkup = regexp.MustCompile(`<!-- /?wp:|\[/?(caption|gallery|embed|video|audio|playlist)[\] ]`)

// reMediaSrc finds library images on a page.
var reMediaSrc = regexp.MustCompile(`src="(/media/[^"]+)"`)

// TestSharedExports imports every real export in shared/testdata: the
// valid ones render every imported post, show no raw shortcode or block
// comment, resolve their images and redirect old addresses in one hop;
// the broken ones fail with their line.
func TestSharedExports(t *testing.T) {
	var files []string
	err := filepath.WalkDir(sharedWXR, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".xml") {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) < 30 {
		t.Fatalf("shared exports: %d files, %v", len(files), err)
	}
	for _, file := range files {
		name := filepath.ToSlash(strings.TrimPrefix(file, sharedWXR+string(filepath.Separator)))
		t.Run(name, func(t *testing.T) {
			h := newHarness(t)
			uploads := uploadsFor(t, file)
			rep, err := h.im.Run(context.Background(), file, importer.Options{Uploads: uploads})
			if want, broken := brokenExports[name]; broken {
				var syn *wxr.SyntaxError
				if !errors.As(err, &syn) || syn.Line <= 0 || !strings.Contains(err.Error(), want) {
					t.Fatalf("broken export: err = %v, want a syntax error with its line containing %q", err, want)
				}
				return
			}
			if err != nil {
				t.Fatalf("import: %v", err)
			}
			if rep == nil {
				t.Fatal("no report")
			}
			// Every photo the uploads copy holds comes in (the copy has a
			// file for each image attachment; other files are skipped).
			if photos := rep.Of("photo"); photos.Failed != 0 {
				t.Errorf("photos = %+v:\n%s", photos, problems(rep))
			}
			t.Logf("%+v photos; bodies: %d links, %d images, %d missing", rep.Of("photo"), rep.Body.Links, rep.Body.Images, len(rep.Body.MissingImages))
			h.web.Invalidate()
			checkImported(t, h, file)
		})
	}
}

// checkImported fetches every post the import made public, its images,
// and its old address.
func checkImported(t *testing.T, h *harness, file string) {
	t.Helper()
	ctx := context.Background()
	olds := oldLinks(t, file)
	var records []*warta.ImportItem
	err := h.site.Store.View(ctx, func(tx warta.ReadTx) error {
		for id := range olds {
			list, err := tx.FindImportItemsByKey(ctx, warta.ImportPost, id)
			if err != nil {
				return err
			}
			records = append(records, list...)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	l := loc(t, h)
	pages := 0
	for _, rec := range records {
		if rec.TargetKind != warta.TargetArticle {
			continue
		}
		var a *warta.Article
		_ = h.site.Store.View(ctx, func(tx warta.ReadTx) error {
			var err error
			a, err = tx.FindArticleByID(ctx, rec.TargetID)
			return err
		})
		if a == nil || !a.IsPublic() {
			continue
		}
		pages++
		w := h.get(a.Path(l))
		if w.Code != http.StatusOK {
			t.Errorf("post %s at %s: %d", rec.Key, a.Path(l), w.Code)
			continue
		}
		page := w.Body.String()
		if m := rawMarkup.FindString(page); m != "" {
			t.Errorf("post %s shows raw %q", rec.Key, m)
		}
		for _, src := range reMediaSrc.FindAllStringSubmatch(page, -1) {
			if img := h.get(strings.ReplaceAll(src[1], "&amp;", "&")); img.Code != http.StatusOK {
				t.Errorf("post %s: image %s = %d", rec.Key, src[1], img.Code)
			}
		}
		old := olds[rec.Key]
		if old == "" || strings.TrimSuffix(old, "/") == a.Path(l) {
			continue
		}
		r := h.get(old)
		if r.Code != http.StatusMovedPermanently || r.Header().Get("Location") != a.Path(l) {
			t.Errorf("post %s: old %s = %d → %q, want 301 → %s", rec.Key, old, r.Code, r.Header().Get("Location"), a.Path(l))
		}
	}
	t.Logf("%d public posts checked", pages)
}

// oldLinks reads the export's post IDs with the request path of each
// post's old permalink (query included for ?p= links).
func oldLinks(t *testing.T, file string) map[string]string {
	t.Helper()
	out := map[string]string{}
	eachItem(t, file, func(it *wxr.Item) {
		if it.Type != "post" {
			return
		}
		u, err := url.Parse(strings.TrimSpace(it.Link))
		if err != nil || it.Link == "" {
			out[strconv.FormatInt(it.PostID, 10)] = ""
			return
		}
		out[strconv.FormatInt(it.PostID, 10)] = u.RequestURI()
	})
	return out
}

func eachItem(t *testing.T, file string, fn func(*wxr.Item)) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := wxr.NewDecoder(f)
	for {
		e, err := d.Next()
		if errors.Is(err, io.EOF) {
			return
		}
		var itemErr *wxr.ItemError
		if errors.As(err, &itemErr) {
			continue
		}
		if err != nil {
			return // broken exports end here
		}
		if it, ok := e.(*wxr.Item); ok {
			fn(it)
		}
	}
}

// uploadsFor makes an uploads copy holding a small photo for every image
// attachment of the export, as an outlet would copy wp-content/uploads.
func uploadsFor(t *testing.T, file string) string {
	t.Helper()
	files := map[string]int{}
	seed := 0
	eachItem(t, file, func(it *wxr.Item) {
		u, err := url.Parse(it.AttachmentURL)
		if err != nil || it.AttachmentURL == "" {
			return
		}
		rel := ""
		if i := strings.Index(u.Path, "/wp-content/uploads/"); i >= 0 {
			rel = u.Path[i+len("/wp-content/uploads/"):]
		} else if strings.HasSuffix(u.Hostname(), ".files.wordpress.com") {
			rel = strings.TrimPrefix(u.Path, "/") // WordPress.com: uploads at the root
		} else {
			return
		}
		switch strings.ToLower(path.Ext(rel)) {
		case ".jpg", ".jpeg", ".png", ".gif":
			seed++
			files[rel] = seed
		}
	})
	return writeUploads(t, files)
}
