package public_test

import (
	"net/url"
	"testing"

	"warta"
	"warta/internal/web/webtest"
)

// TestHTMLValid runs the W3C Nu HTML checker over every page type.
func TestHTMLValid(t *testing.T) {
	s, f, h := newSite(t)
	s.Articles(t, f, f.Ekonomi, 25)
	s.MustUpdate(t, func(tx warta.Tx) error {
		m := &warta.Media{Key: "m/abc/960.jpg", MimeType: "image/jpeg", Width: 960, Height: 540, Caption: "Foto", Credit: "Kabar/Uji", Alt: "Alt",
			Hash: "abc", Variants: []warta.MediaVariant{
				{Key: "m/abc/320.jpg", MimeType: "image/jpeg", Width: 320, Height: 180}, {Key: "m/abc/320.webp", MimeType: "image/webp", Width: 320, Height: 180},
				{Key: "m/abc/960.jpg", MimeType: "image/jpeg", Width: 960, Height: 540}, {Key: "m/abc/960.webp", MimeType: "image/webp", Width: 960, Height: 540}}}
		if err := tx.CreateMedia(t.Context(), m); err != nil {
			return err
		}
		withPhoto := f.Main.BodyHTML + `<figure class="image" data-media-id="` + fmtID(m.ID) + `"><img src="/media/m/abc/960.jpg" alt=""></figure>`
		if _, err := tx.UpdateArticle(t.Context(), f.Main.ID, warta.ArticleUpdate{Version: 1, FeaturedMediaID: &m.ID, BodyHTML: &withPhoto}); err != nil {
			return err
		}
		adv := warta.LabelAdvertorial
		b := f.Opinion.BodyHTML + `<figure class="embed" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">v</a></figure>` +
			`<figure class="embed" data-embed-url="https://x.com/a/status/1"><a href="https://x.com/a/status/1">x</a></figure>`
		if _, err := tx.UpdateArticle(t.Context(), f.Opinion.ID, warta.ArticleUpdate{Version: 1, Label: &adv, BodyHTML: &b}); err != nil {
			return err
		}
		if err := tx.CreatePage(t.Context(), &warta.Page{Slug: "tentang-kami", Title: "Tentang Kami", Status: warta.PagePublished,
			PublishedAt: s.Now(), BodyHTML: "<p>Kabar media daring.</p>" + withPhoto}); err != nil {
			return err
		}
		// A published right of reply, shown under Main.
		c := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: f.Main.ID, Name: "Camat Hadi", Email: "hadi@contoh.id", Body: "x"}
		if err := tx.CreateComplaint(t.Context(), c); err != nil {
			return err
		}
		c.ReplyBody, c.ReplyAt, c.Status = "Angka yang benar 120 rumah.\n\nTerima kasih.", s.Now(), warta.ComplaintAnswered
		if err := tx.UpdateComplaint(t.Context(), c); err != nil {
			return err
		}
		f.Sari.MastheadRank, f.Agus.MastheadRank, f.Agus.MastheadRole = 20, 10, "Pemimpin Redaksi"
		for _, p := range []*warta.Person{f.Sari, f.Agus} {
			if err := tx.UpdatePerson(t.Context(), p); err != nil {
				return err
			}
		}
		reason := "Memuat data pribadi narasumber."
		_, err := tx.UpdateArticle(t.Context(), f.Withdrawn.ID, warta.ArticleUpdate{Version: 1, RemovalReason: &reason})
		return err
	})
	pages := map[string]string{}
	for _, p := range []string{"/", webtest.MainPath, "/nasional/2026/11/27/menata-kota-dari-sungai", "/ekonomi/", "/ekonomi/?page=2",
		"/penulis/sari-lestari", "/tag/banjir", "/indeks", "/indeks/2026-11-26", "/indeks/2020-01-01", "/tidak-ada",
		"/ekonomi/?page=abc", "/nasional/2026/11/24/berita-ditarik", "/cari", "/cari?q=banjir+kecamatan", "/cari?q=gempa", "/cari?q=harga&penulis=agus-pratama&dari=2026-11-01", "/tentang-kami",
		"/koreksi", "/koreksi/pencabutan", "/susunan-redaksi"} {
		_, body := webtest.Do(t, h, "GET", p)
		pages[p] = body
	}
	// The reader forms, empty and refused, and the thank-you page.
	for _, p := range []string{"/pengaduan", "/hak-jawab/" + fmtID(f.Main.ID), "/pengaduan/terkirim"} {
		_, pages[p] = webtest.Do(t, h, "GET", p)
	}
	_, pages["/pengaduan (refused)"] = post(t, h, "/pengaduan", "192.0.2.9:1", url.Values{"nama": {"A"}, "email": {"x"}, "isi": {"y"}})
	webtest.ValidateHTML(t, pages)
}
