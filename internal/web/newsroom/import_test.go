package newsroom_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"warta"
	"warta/internal/importer"
)

// TestImportedRedirectsListed imports a real WordPress export and finds
// its redirects on the Pengalihan page, made by the system, searchable.
func TestImportedRedirectsListed(t *testing.T) {
	e := newEnv(t, true)
	export := filepath.Join("..", "..", "..", "..", "shared", "testdata", "wxr", "wordpress-importer", "wxr-flat-attachment-same-site.xml")
	im := &importer.Importer{Store: e.site.Store, Library: e.lib, Notify: e.site.Notify}
	if _, err := im.Run(context.Background(), export, importer.Options{}); err != nil {
		t.Fatal(err)
	}
	b := e.browser(t).login(warta.RoleEditor)
	status, _, body := b.get("/redaksi/pengalihan?q=post-with-attachment")
	if status != 200 {
		t.Fatalf("Pengalihan: %d", status)
	}
	for _, want := range []string{"<code>/2011/01/10/post-with-attachment</code>", "Sistem"} {
		if !strings.Contains(body, want) {
			t.Errorf("Pengalihan lacks %q:\n%.3000s", want, body)
		}
	}
	if status, loc, _ := e.publicGet(t, "/2011/01/10/post-with-attachment/"); status != 301 || !strings.HasSuffix(loc, "/2011/01/10/post-with-attachment") {
		t.Errorf("old permalink answers %d → %q", status, loc)
	}
}
