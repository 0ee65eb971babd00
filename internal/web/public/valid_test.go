package public_test

import (
	"testing"

	"warta"
	"warta/internal/web/webtest"
)

// TestHTMLValid runs the W3C Nu HTML checker over every page type.
func TestHTMLValid(t *testing.T) {
	s, f, h := newSite(t)
	s.Articles(t, f, f.Ekonomi, 25)
	s.MustUpdate(t, func(tx warta.Tx) error {
		adv := warta.LabelAdvertorial
		b := f.Opinion.BodyHTML + `<figure class="embed" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">v</a></figure>` +
			`<figure class="embed" data-embed-url="https://x.com/a/status/1"><a href="https://x.com/a/status/1">x</a></figure>`
		_, err := tx.UpdateArticle(t.Context(), f.Opinion.ID, warta.ArticleUpdate{Version: 1, Label: &adv, BodyHTML: &b})
		return err
	})
	pages := map[string]string{}
	for _, p := range []string{"/", webtest.MainPath, "/nasional/2026/11/27/menata-kota-dari-sungai", "/ekonomi/", "/ekonomi/?page=2",
		"/penulis/sari-lestari", "/tag/banjir", "/indeks", "/indeks/2026-11-26", "/indeks/2020-01-01", "/tidak-ada",
		"/ekonomi/?page=abc", "/nasional/2026/11/24/berita-ditarik"} {
		_, body := webtest.Do(t, h, "GET", p)
		pages[p] = body
	}
	webtest.ValidateHTML(t, pages)
}
