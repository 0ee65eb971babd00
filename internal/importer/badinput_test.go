package importer_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"warta/internal/importer"
	"warta/internal/wxr"
)

// TestTruncatedExport imports an export cut off in the middle (a download
// that stopped): what came before the cut is imported whole, the run ends
// with the line where the file stops, and the whole file later completes
// it without twins.
func TestTruncatedExport(t *testing.T) {
	h := newHarness(t)
	doc := exportDoc(kabarItems()...)
	cut := strings.Index(doc, "<wp:post_id>24</wp:post_id>") // inside the scheduled post
	rep, err := h.im.Run(context.Background(), writeExport(t, doc[:cut]), importer.Options{Uploads: kabarUploads(t)})
	var syn *wxr.SyntaxError
	if !errors.As(err, &syn) || syn.Line == 0 || !strings.Contains(err.Error(), "truncated") {
		t.Fatalf("err = %v, want a syntax error naming the line where the file stops", err)
	}
	// flood, aid, draft and pending come before the cut.
	if n := h.countArticles(t); n != 4 || rep.Of("post").Imported != 4 {
		t.Errorf("%d articles written, report %+v; want the 4 before the cut", n, rep.Of("post"))
	}
	if a := h.article(t, "20"); !strings.Contains(a.BodyHTML, "Hujan deras") {
		t.Errorf("flood story body = %q", a.BodyHTML)
	}
	h.run(t, writeExport(t, doc), importer.Options{Uploads: kabarUploads(t)})
	if n := h.countArticles(t); n != 9 {
		t.Errorf("after the whole file: %d articles, want 9", n)
	}
}

// TestLatin1Export imports an export that declares ISO-8859-1, as old
// WordPress sites with a Latin-1 database wrote: its text arrives as UTF-8.
func TestLatin1Export(t *testing.T) {
	h := newHarness(t)
	items := kabarItems()[4:6] // the flood and aid stories
	items[0].Title = "Café di Tepi Sungai Terendam"
	doc := strings.Replace(exportDoc(items...), `encoding="UTF-8"`, `encoding="ISO-8859-1"`, 1)
	latin1, err := charmap.ISO8859_1.NewEncoder().String(doc)
	if err != nil {
		t.Fatal(err)
	}
	h.run(t, writeExport(t, latin1), importer.Options{})
	if got := h.article(t, "20").Title; got != "Café di Tepi Sungai Terendam" {
		t.Errorf("title = %q", got)
	}
}

// TestLongSlugsKept checks that WordPress slugs longer than Warta's own
// (80) but valid are kept whole: two that share their first 80
// characters stay apart without a "-2".
func TestLongSlugsKept(t *testing.T) {
	h := newHarness(t)
	long := strings.Repeat("pemerintah-daerah-menyiapkan-anggaran-", 3)
	items := kabarItems()[4:6]
	items[0].Name, items[1].Name = long+"jalan-desa", long+"jembatan-desa"
	h.run(t, writeExport(t, exportDoc(items...)), importer.Options{})
	for id, want := range map[string]string{"20": long + "jalan-desa", "21": long + "jembatan-desa"} {
		if got := h.article(t, id).Slug; got != want {
			t.Errorf("post %s: slug %q, want %q", id, got, want)
		}
	}
}
