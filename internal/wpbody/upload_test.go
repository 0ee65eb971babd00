package wpbody

import (
	"net/url"
	"strconv"
	"strings"
	"testing"
)

func TestOriginalUpload(t *testing.T) {
	for in, want := range map[string]string{
		"2019/01/foto-300x200.jpg":        "2019/01/foto.jpg",
		"2019/01/foto-scaled.jpeg":        "2019/01/foto.jpeg",
		"2019/01/foto-1024x683-1.png":     "2019/01/foto.png",
		"2019/01/foto.jpg":                "2019/01/foto.jpg",
		"2019/01/banjir-2019.jpg":         "2019/01/banjir-2019.jpg",
		"/wp-content/uploads/a-10x10.gif": "/wp-content/uploads/a.gif",
		"2019/01/noext":                   "2019/01/noext",
	} {
		if got := OriginalUpload(in); got != want {
			t.Errorf("OriginalUpload(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGalleryOfAttachments checks that [gallery] without ids shows the
// post's own attachments, as WordPress does.
func TestGalleryOfAttachments(t *testing.T) {
	res := Resolver{
		Attached: func() []int64 { return []int64{7, 9} },
		Image: func(_ *url.URL, id int64) (Media, bool) {
			return Media{ID: id, Src: "/media/" + strconv.FormatInt(id, 10) + ".jpg", Alt: "Foto"}, id > 0
		},
	}
	out, rep := Convert("<p>Galeri:</p>\n\n[gallery columns=\"2\"]", res)
	for _, want := range []string{`data-media-id="7"`, `data-media-id="9"`} {
		if !strings.Contains(out, want) {
			t.Errorf("gallery lacks %s:\n%s", want, out)
		}
	}
	if rep.Shortcodes["gallery"] != 1 || rep.Removed["gallery"] != 0 {
		t.Errorf("report = %+v", rep)
	}
	// Without attachments there is nothing to show: it goes, counted.
	res.Attached = func() []int64 { return nil }
	if out, rep := Convert("[gallery]", res); strings.Contains(out, "figure") || rep.Removed["gallery"] != 1 {
		t.Errorf("empty gallery: %q %+v", out, rep)
	}
}
