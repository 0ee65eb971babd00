package public_test

import (
	"regexp"
	"testing"

	"warta"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// searchLandmark is a form a screen reader lists as a search landmark,
// with its name if it has one.
var (
	searchLandmark = regexp.MustCompile(`<form[^>]*role="search"[^>]*>`)
	ariaLabel      = regexp.MustCompile(`aria-label="([^"]*)"`)
)

// TestSearchLandmarksNamed: a screen reader's list of landmarks tells
// search forms apart only by name (axe's landmark-unique rule). The
// search page drops the header's form and names its own, with the
// filters, in the site's language; no two search landmarks share a name.
func TestSearchLandmarksNamed(t *testing.T) {
	s, _, h := newSite(t)
	for _, c := range []struct{ lang, name string }{{"id", "Pencarian terperinci"}, {"en", "Detailed search"}} {
		setSettings(t, s, func(st *warta.Settings) { st.Language = c.lang })
		h.(*public.Handler).Invalidate()
		_, body := webtest.Do(t, h, "GET", "/cari?q=banjir")
		names := map[string]int{}
		for _, form := range searchLandmark.FindAllString(body, -1) {
			name := ""
			if m := ariaLabel.FindStringSubmatch(form); m != nil {
				name = m[1]
			}
			names[name]++
		}
		if names[c.name] != 1 {
			t.Errorf("%s: search landmarks by name: %v, want one named %q", c.lang, names, c.name)
		}
		for name, n := range names {
			if n > 1 {
				t.Errorf("%s: %d search landmarks named %q", c.lang, n, name)
			}
		}
	}
}

// authorBox is a story's box about one of its authors, a landmark.
var authorBox = regexp.MustCompile(`<section class="author-box"[^>]*>`)

// TestAuthorBoxesNamed: a story by two authors has two boxes about them;
// each is a landmark, so each is named after its author (axe's
// landmark-unique rule), in the site's language.
func TestAuthorBoxesNamed(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		both := []int64{f.Sari.ID, f.Agus.ID}
		_, err := tx.UpdateArticle(t.Context(), f.Main.ID, warta.ArticleUpdate{Version: 1, AuthorIDs: &both})
		return err
	})
	for _, c := range []struct{ lang, sari, agus string }{
		{"id", "Tentang Sari Lestari", "Tentang Agus Pratama"}, {"en", "About Sari Lestari", "About Agus Pratama"},
	} {
		setSettings(t, s, func(st *warta.Settings) { st.Language = c.lang })
		h.(*public.Handler).Invalidate()
		_, body := webtest.Do(t, h, "GET", webtest.MainPath)
		var names []string
		for _, box := range authorBox.FindAllString(body, -1) {
			if m := ariaLabel.FindStringSubmatch(box); m != nil {
				names = append(names, m[1])
			}
		}
		if len(names) != 2 || names[0] != c.sari || names[1] != c.agus {
			t.Errorf("%s: author boxes named %q, want %q and %q", c.lang, names, c.sari, c.agus)
		}
	}
}
