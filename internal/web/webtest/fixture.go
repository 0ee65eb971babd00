package webtest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"warta"
)

// Fixture is a small site with one of everything a page shows.
type Fixture struct {
	Nasional, Ekonomi *warta.Section
	Banjir, Cuaca     *warta.Tag
	Sari, Agus        *warta.Person
	Photo             *warta.Media
	Main              *warta.Article // every anatomy element
	Related           *warta.Article // the main story's "Baca Juga"
	Opinion           *warta.Article
	Breaking          *warta.Article
	Draft             *warta.Article
	Withdrawn         *warta.Article
}

// MainPath is the canonical path of Fixture.Main.
const MainPath = "/nasional/2026/11/27/banjir-rendam-tiga-kecamatan"

// NewFixture writes the fixture into the site.
func (s *Site) NewFixture(tb testing.TB) *Fixture {
	tb.Helper()
	f := &Fixture{
		Nasional: &warta.Section{Slug: "nasional", Name: "Nasional", Description: "Kabar dari seluruh Nusantara.", Position: 1},
		Ekonomi:  &warta.Section{Slug: "ekonomi", Name: "Ekonomi", Description: "Pasar, harga dan usaha.", Position: 2},
		Banjir:   &warta.Tag{Slug: "banjir", Name: "Banjir"},
		Cuaca:    &warta.Tag{Slug: "cuaca", Name: "Cuaca"},
		Photo: &warta.Media{Key: "uji/banjir.jpg", MimeType: "image/jpeg", Width: 1200, Height: 675,
			Caption: "Warga mengungsi dengan perahu karet", Credit: "Kabar Uji/Dimas", Alt: "Perahu karet membawa warga di jalan yang tergenang"},
	}
	if err := s.Blobs.Put(context.Background(), f.Photo.Key, strings.NewReader("\xff\xd8\xff\xe0 not really a jpeg")); err != nil {
		tb.Fatal(err)
	}
	s.MustUpdate(tb, func(tx warta.Tx) error {
		ctx := context.Background()
		err := tx.SaveSettings(ctx, &warta.Settings{SiteName: "Kabar Uji", Tagline: "Berita untuk diuji", Description: "Situs berita untuk pengujian.",
			Language: "id", TimeZone: "Asia/Jakarta",
			Social: []warta.SocialLink{{Network: "facebook", URL: "https://www.facebook.com/kabaruji"}, {Network: "instagram", URL: "https://www.instagram.com/kabaruji"}}})
		if err != nil {
			return err
		}
		for _, sec := range []*warta.Section{f.Nasional, f.Ekonomi} {
			if err := tx.CreateSection(ctx, sec); err != nil {
				return err
			}
		}
		for _, t := range []*warta.Tag{f.Banjir, f.Cuaca} {
			if err := tx.CreateTag(ctx, t); err != nil {
				return err
			}
		}
		if err := tx.CreateMedia(ctx, f.Photo); err != nil {
			return err
		}
		f.Sari = &warta.Person{Slug: "sari-lestari", Name: "Sari Lestari", Title: "Jurnalis", PhotoMediaID: f.Photo.ID,
			Bio:   "Sari meliput isu lingkungan dan kebencanaan di Kalimantan sejak 2015.",
			Links: []warta.SocialLink{{Network: "x", URL: "https://x.com/sarilestari"}}}
		f.Agus = &warta.Person{Slug: "agus-pratama", Name: "Agus Pratama", Title: "Redaktur", Bio: "Agus menyunting rubrik ekonomi."}
		for _, p := range []*warta.Person{f.Sari, f.Agus} {
			if err := tx.CreatePerson(ctx, p); err != nil {
				return err
			}
		}
		f.Related = f.article("harga-cabai-turun", "Harga Cabai Turun Menjelang Akhir Tahun", f.Ekonomi, Now.Add(-26*time.Hour))
		f.Related.AuthorIDs = []int64{f.Agus.ID}
		f.Opinion = f.article("menata-kota-dari-sungai", "Menata Kota dari Tepian Sungai", f.Nasional, Now.Add(-5*time.Hour))
		f.Opinion.Label = warta.LabelOpini
		f.Breaking = f.article("jembatan-darurat-dibuka", "Jembatan Darurat Dibuka untuk Warga", f.Nasional, Now.Add(-30*time.Minute))
		f.Breaking.Breaking = true
		f.Main = f.article("banjir-rendam-tiga-kecamatan", "Banjir Rendam Tiga Kecamatan di Kota Sungai", f.Nasional, Now.Add(-2*time.Hour))
		f.Main.AuthorIDs = []int64{f.Sari.ID}
		f.Main.TagIDs = []int64{f.Banjir.ID, f.Cuaca.ID}
		f.Main.Dateline = "Kabar Uji, Samarinda"
		f.Main.Dek = "Hujan deras sejak Rabu malam membuat sungai meluap dan ratusan rumah terendam."
		f.Main.UpdatedAt = Now.Add(-time.Hour)
		f.Main.BodyHTML = mainBody
		f.Draft = f.article("rencana-liputan", "Rencana Liputan Pekan Depan", f.Nasional, time.Time{})
		f.Draft.Status = warta.StatusDraft
		f.Withdrawn = f.article("berita-ditarik", "Berita yang Ditarik", f.Nasional, Now.Add(-72*time.Hour))
		f.Withdrawn.Status = warta.StatusUnpublished
		for _, a := range []*warta.Article{f.Withdrawn, f.Related, f.Opinion, f.Draft} {
			if err := tx.CreateArticle(ctx, a); err != nil {
				return err
			}
		}
		f.Main.RelatedIDs = []int64{f.Related.ID, f.Draft.ID}
		if err := tx.CreateArticle(ctx, f.Main); err != nil {
			return err
		}
		if err := tx.CreateArticle(ctx, f.Breaking); err != nil {
			return err
		}
		return tx.AddCorrection(ctx, &warta.Correction{ArticleID: f.Main.ID, Kind: warta.CorrectionFix, CreatedAt: Now.Add(-time.Hour),
			Note: "Jumlah kecamatan yang terendam sebelumnya ditulis empat."})
	})
	return f
}

// article is a published story by Sari with the fixture's photo.
func (f *Fixture) article(slug, title string, s *warta.Section, published time.Time) *warta.Article {
	return &warta.Article{
		Slug: slug, Title: title, Dek: "Ringkasan: " + title + ".", Label: warta.LabelBerita,
		BodyHTML: "<p>Paragraf pertama " + slug + ".</p><p>Paragraf kedua.</p>", SectionID: s.ID,
		FeaturedMediaID: f.Photo.ID, AuthorIDs: []int64{f.Sari.ID}, Status: warta.StatusPublished,
		PublishedAt: published, WordCount: 120,
	}
}

const mainBody = `<p>Air setinggi pinggang orang dewasa menggenangi permukiman di tepi sungai.</p>
<p>Petugas gabungan mengevakuasi warga lanjut usia lebih dulu.</p>
<h2>Posko pengungsian</h2>
<p>Tiga sekolah dijadikan tempat pengungsian sementara.</p>
<p>Dapur umum menyiapkan makanan dua kali sehari.</p>
<h2>Curah hujan</h2>
<p>Petugas cuaca memperkirakan hujan masih turun hingga akhir pekan.</p>
<p>Warga diminta menjauhi bantaran sungai.</p>`

// Articles creates n plain published articles in a section, one an hour
// before Now, and returns them newest first.
func (s *Site) Articles(tb testing.TB, f *Fixture, sec *warta.Section, n int) []*warta.Article {
	tb.Helper()
	list := make([]*warta.Article, n)
	s.MustUpdate(tb, func(tx warta.Tx) error {
		for i := n - 1; i >= 0; i-- {
			a := f.article(fmt.Sprintf("berita-%s-%03d", sec.Slug, i), fmt.Sprintf("Berita %s nomor %d", sec.Name, i), sec,
				Now.Add(-time.Duration(i+3)*time.Hour))
			if err := tx.CreateArticle(context.Background(), a); err != nil {
				return err
			}
			list[i] = a
		}
		return nil
	})
	return list
}
