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

// TestSearchLandmarksNamed: the search page holds two search landmarks,
// the header's and its own with the filters; a screen reader's list of
// landmarks tells them apart only by name (axe's landmark-unique rule),
// so the page's own is named, in the site's language.
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
		if len(names) != 2 || names[""] != 1 || names[c.name] != 1 {
			t.Errorf("%s: search landmarks by name: %v, want one unnamed and one %q", c.lang, names, c.name)
		}
	}
}
