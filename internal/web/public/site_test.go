package public_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// newSite builds the public handler over the fixture.
func newSite(t *testing.T) (*webtest.Site, *webtest.Fixture, http.Handler) {
	t.Helper()
	s := webtest.NewSite(t)
	f := s.NewFixture(t)
	h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: "https://kabar.example", Logger: s.Logger(),
		Now: s.Now})
	if err != nil {
		t.Fatal(err)
	}
	s.Changed = h.Invalidate
	return s, f, h
}

func TestArticleAnatomy(t *testing.T) {
	_, _, h := newSite(t)
	res, body := webtest.Do(t, h, "GET", webtest.MainPath)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d\n%s", res.StatusCode, body)
	}
	doc := webtest.Parse(t, body)
	if n := len(webtest.FindAll(doc, "h1")); n != 1 {
		t.Errorf("%d h1 elements, want 1", n)
	}
	for _, tag := range []string{"header", "nav", "main", "article", "aside", "footer"} {
		if len(webtest.FindAll(doc, tag)) == 0 {
			t.Errorf("no <%s>", tag)
		}
	}
	checks := []struct{ name, want string }{
		{"connect with us", `Ikuti kami`},
		{"social link", `href="https://www.facebook.com/kabaruji"`},
		{"section label", `<a href="/nasional/">Nasional</a></p>`},
		{"headline", `<h1>Banjir Rendam Tiga Kecamatan di Kota Sungai</h1>`},
		{"dek", `<p class="dek">Hujan deras sejak Rabu malam`},
		{"publish time", `<time datetime="2026-11-27T01:00:00Z">Jumat, 27 November 2026 08:00 WIB</time>`},
		{"updated time", `Diperbarui <time datetime="2026-11-27T02:00:00Z">Jumat, 27 November 2026 09:00 WIB</time>`},
		{"featured image", `<img src="/media/uji/banjir.jpg" alt="Perahu karet membawa warga di jalan yang tergenang" width="1200" height="675"`},
		{"caption and credit", `<figcaption>Warga mengungsi dengan perahu karet <span class="credit">Foto: Kabar Uji/Dimas</span></figcaption>`},
		{"dateline", `<p><strong class="dateline">Kabar Uji, Samarinda</strong> – Air setinggi`},
		{"sub-heading", `<h2>Posko pengungsian</h2>`},
		{"baca juga inline", `<span>Baca Juga:</span> <a href="/ekonomi/2026/11/26/harga-cabai-turun">Harga Cabai Turun Menjelang Akhir Tahun</a></aside>`},
		{"author box", `<p class="author-name"><a href="/penulis/sari-lestari">Sari Lestari</a>`},
		{"author bio", `Sari meliput isu lingkungan dan kebencanaan`},
		{"trending", `<h2 id="trending-title">Terpopuler</h2>`},
		{"correction", `Jumlah kecamatan yang terendam sebelumnya ditulis empat.`},
		{"tag link", `<a href="/tag/banjir">Banjir</a>`},
		{"breaking banner", `Jembatan Darurat Dibuka untuk Warga`},
		{"canonical", `<link rel="canonical" href="https://kabar.example/nasional/2026/11/27/banjir-rendam-tiga-kecamatan">`},
		{"lang", `<html lang="id">`},
		{"description", `<meta name="description" content="Hujan deras sejak Rabu malam`},
	}
	for _, c := range checks {
		if !strings.Contains(body, c.want) {
			t.Errorf("%s: page lacks %q", c.name, c.want)
		}
	}
	// The inline "Baca Juga" sits inside the body, between paragraphs.
	story := webtest.FindAll(doc, "div", "class", "story-body")
	if len(story) != 1 || len(webtest.FindAll(story[0], "aside", "class", "baca-juga")) != 1 {
		t.Errorf("inline Baca Juga not inside the story body")
	}
	related := webtest.FindAll(doc, "section", "class", "related")
	if len(related) != 1 || !strings.Contains(webtest.Text(related[0]), "Harga Cabai Turun") {
		t.Errorf("related list at the end missing")
	}
	if strings.Contains(body, "rencana-liputan") {
		t.Errorf("a draft is linked from a public page")
	}
	trending := webtest.FindAll(doc, "section", "class", "trending")
	if len(trending) != 1 || len(webtest.FindAll(trending[0], "li")) < 3 {
		t.Errorf("trending list has too few items")
	}
}

func TestOpinionAndAdvertorialLabels(t *testing.T) {
	s, f, h := newSite(t)
	res, body := webtest.Do(t, h, "GET", "/nasional/2026/11/27/menata-kota-dari-sungai")
	if res.StatusCode != 200 || !strings.Contains(body, `<span class="label label-opini">Opini</span>`) {
		t.Errorf("opinion label missing (status %d)", res.StatusCode)
	}
	s.MustUpdate(t, func(tx warta.Tx) error {
		adv := warta.LabelAdvertorial
		_, err := tx.UpdateArticle(t.Context(), f.Opinion.ID, warta.ArticleUpdate{Version: 1, Label: &adv})
		return err
	})
	_, body = webtest.Do(t, h, "GET", "/nasional/2026/11/27/menata-kota-dari-sungai")
	for _, want := range []string{`label-advertorial">Advertorial</span>`, `class="sponsored"`} {
		if !strings.Contains(body, want) {
			t.Errorf("advertorial page lacks %q", want)
		}
	}
}

func TestPages(t *testing.T) {
	s, f, h := newSite(t)
	s.Articles(t, f, f.Ekonomi, 25)
	t.Cleanup(func() {
		if t.Failed() {
			t.Log(s.Log.String())
		}
	})
	webtest.Run(t, h, []webtest.Scenario{
		{Name: "home", Path: "/", Status: 200, Contains: []string{
			`<h1 class="brand"><a href="/">Kabar Uji</a></h1>`, `<link rel="stylesheet" href="/static/site.`, "Jembatan Darurat Dibuka untuk Warga", "Terbaru", "Terpopuler",
			`id="blk-ekonomi"`, `30 menit lalu`, `href="/indeks"`},
			NotContains: []string{"Rencana Liputan", "Berita yang Ditarik"}},
		{Name: "section", Path: "/ekonomi/", Status: 200, Contains: []string{"<h1>Ekonomi</h1>", "Pasar, harga dan usaha.",
			`rel="next"`, `href="/ekonomi/?page=2"`, `aria-current="page">Ekonomi`}},
		{Name: "section page 2", Path: "/ekonomi/?page=2", Status: 200, Contains: []string{`rel="prev"`, "Berita Ekonomi nomor 24"},
			NotContains: []string{`rel="next"`}},
		{Name: "section without slash", Path: "/ekonomi", Status: 301, Location: "/ekonomi/"},
		{Name: "author", Path: "/penulis/sari-lestari", Status: 200, Contains: []string{"<h1>Sari Lestari</h1>", "Jurnalis",
			"kebencanaan di Kalimantan", `href="https://x.com/sarilestari"`, "Banjir Rendam Tiga Kecamatan"}},
		{Name: "tag", Path: "/tag/banjir", Status: 200, Contains: []string{"<h1>Banjir</h1>", "Banjir Rendam Tiga Kecamatan", "1 artikel"}},
		{Name: "index today", Path: "/indeks", Status: 200, Contains: []string{"<h1>Jumat, 27 November 2026</h1>",
			"Banjir Rendam Tiga Kecamatan", `href="/indeks/2026-11-26"`}, NotContains: []string{`rel="next"`, "Harga Cabai Turun"}},
		{Name: "index day", Path: "/indeks/2026-11-26", Status: 200, Contains: []string{"Kamis, 26 November 2026", "Harga Cabai Turun",
			`href="/indeks/2026-11-27" rel="next"`}},
		{Name: "index empty day", Path: "/indeks/2020-01-01", Status: 200, Contains: []string{"Rabu, 1 Januari 2020", "Belum ada berita"}},
		{Name: "index date picker", Path: "/indeks?tanggal=2026-11-26", Status: 303, Location: "/indeks/2026-11-26"},
		{Name: "healthz", Path: "/healthz", Status: 200, Contains: []string{`"ok"`}},
		{Name: "media", Path: "/media/uji/banjir.jpg", Status: 200, Header: map[string]string{"Content-Type": "image/jpeg"}},
	})
}

func TestStaticAssetsAreFingerprinted(t *testing.T) {
	_, _, h := newSite(t)
	_, body := webtest.Do(t, h, "GET", "/")
	doc := webtest.Parse(t, body)
	icons := webtest.FindAll(doc, "link", "rel", "icon")
	if len(icons) != 1 {
		t.Fatal("no favicon link")
	}
	href, _ := webtest.Attr(icons[0], "href")
	if !strings.HasPrefix(href, "/static/favicon.") || href == "/static/favicon.svg" {
		t.Fatalf("favicon not fingerprinted: %s", href)
	}
	webtest.Run(t, h, []webtest.Scenario{
		{Name: "fingerprinted", Path: href, Status: 200, Header: map[string]string{"Cache-Control": "public, max-age=31536000, immutable"}},
		{Name: "plain name", Path: "/static/favicon.svg", Status: 404},
	})
}

func TestBadInput(t *testing.T) {
	s, f, h := newSite(t)
	s.Articles(t, f, f.Ekonomi, 3)
	long := strings.Repeat("a", 10*1024)
	webtest.Run(t, h, []webtest.Scenario{
		{Name: "unknown article", Path: "/nasional/2026/11/27/tidak-ada", Status: 404, Contains: []string{"Halaman tidak ditemukan", "Banjir Rendam"}},
		{Name: "unknown section", Path: "/olahraga/", Status: 404},
		{Name: "unknown author", Path: "/penulis/tidak-ada", Status: 404},
		{Name: "unknown tag", Path: "/tag/tidak-ada", Status: 404},
		{Name: "unknown path", Path: "/a/b/c", Status: 404},
		{Name: "draft", Path: "/nasional/2026/11/27/rencana-liputan", Status: 404},
		{Name: "withdrawn", Path: "/nasional/2026/11/24/berita-ditarik", Status: 410},
		{Name: "wrong date", Path: "/nasional/2020/01/01/banjir-rendam-tiga-kecamatan", Status: 301, Location: webtest.MainPath},
		{Name: "wrong section", Path: "/ekonomi/2026/11/27/banjir-rendam-tiga-kecamatan", Status: 301, Location: webtest.MainPath},
		{Name: "page -1", Path: "/ekonomi/?page=-1", Status: 400, Contains: []string{"Nomor halaman"}},
		{Name: "page 0", Path: "/ekonomi/?page=0", Status: 400},
		{Name: "page abc", Path: "/ekonomi/?page=abc", Status: 400},
		{Name: "page empty", Path: "/ekonomi/?page=", Status: 400},
		{Name: "page 10^9", Path: "/ekonomi/?page=1000000000", Status: 404},
		{Name: "page 10^30", Path: "/ekonomi/?page=1000000000000000000000000000000", Status: 400},
		{Name: "page past the end", Path: "/ekonomi/?page=5", Status: 404},
		{Name: "tag page abc", Path: "/tag/banjir?page=abc", Status: 400},
		{Name: "author page -1", Path: "/penulis/sari-lestari?page=-1", Status: 400},
		{Name: "bad index date", Path: "/indeks/2026-13-45", Status: 400},
		{Name: "bad index picker", Path: "/indeks?tanggal=kemarin", Status: 400},
		{Name: "traversal static", Path: "/static/../../etc/passwd", Status: 400},
		{Name: "traversal encoded", Path: "/static/%2e%2e/%2e%2e/etc/passwd", Status: 400},
		{Name: "traversal media", Path: "/media/../warta.db", Status: 400},
		{Name: "traversal media encoded", Path: "/media/%2e%2e%2fwarta.db", Status: 400},
		{Name: "backslash", Path: "/media/..%5cwarta.db", Status: 400},
		{Name: "hidden media file", Path: "/media/.tmp-1", Status: 400},
		{Name: "missing media", Path: "/media/uji/tidak-ada.jpg", Status: 404},
		{Name: "10 KB query", Path: "/?q=" + long, Status: 414},
		{Name: "long path", Path: "/" + long, Status: 414},
		{Name: "non-UTF-8 path", Path: "/nasional/%ff%fe", Status: 400},
		{Name: "non-UTF-8 slug", Path: "/nasional/2026/11/27/%c3%28", Status: 400},
		{Name: "NUL byte", Path: "/tag/a%00b", Status: 400},
		{Name: "double slash", Path: "//nasional/", Status: 400},
		{Name: "POST", Method: "POST", Path: "/", Status: 405},
		{Name: "DELETE article", Method: "DELETE", Path: webtest.MainPath, Status: 405},
	})
}

func TestRedirectFromOldURL(t *testing.T) {
	s, _, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		return tx.CreateRedirect(t.Context(), &warta.Redirect{From: "/2019/03/banjir-lama", To: webtest.MainPath})
	})
	webtest.Run(t, h, []webtest.Scenario{
		{Name: "old wordpress url", Path: "/2019/03/banjir-lama", Status: 301, Location: webtest.MainPath},
		{Name: "old url with slash", Path: "/2019/03/banjir-lama/", Status: 301, Location: webtest.MainPath},
	})
}

func TestEnglishSite(t *testing.T) {
	s, _, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(t.Context())
		if err != nil {
			return err
		}
		st.Language, st.TimeZone = "en", "Asia/Makassar"
		return tx.SaveSettings(t.Context(), st)
	})
	webtest.Run(t, h, []webtest.Scenario{
		{Name: "article", Path: webtest.MainPath, Status: 200, Contains: []string{`<html lang="en">`,
			"Friday, 27 November 2026 09:00 WITA", "Read also", "Most read"}},
		{Name: "not found", Path: "/tag/none", Status: 404, Contains: []string{"Page not found"}},
	})
}

func TestInternalErrorIsAPage(t *testing.T) {
	s, _, h := newSite(t)
	s.Store.Close()
	res, body := webtest.Do(t, h, "GET", "/")
	if res.StatusCode != 500 || !strings.Contains(body, "<html") {
		t.Fatalf("status %d, body %.200s", res.StatusCode, body)
	}
	if !strings.Contains(s.Log.String(), "level=ERROR") {
		t.Errorf("internal error not logged")
	}
}

func TestCreditLine(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		m := &warta.Media{Key: "uji/grafis.png", MimeType: "image/png", Width: 800, Height: 450, Caption: "Peta banjir", Credit: "Grafis: Kabar Uji/Nia"}
		if err := tx.CreateMedia(t.Context(), m); err != nil {
			return err
		}
		_, err := tx.UpdateArticle(t.Context(), f.Opinion.ID, warta.ArticleUpdate{Version: 1, FeaturedMediaID: &m.ID})
		return err
	})
	_, body := webtest.Do(t, h, "GET", "/nasional/2026/11/27/menata-kota-dari-sungai")
	if !strings.Contains(body, `<span class="credit">Grafis: Kabar Uji/Nia</span>`) {
		t.Errorf("a credit with its own prefix got another one")
	}
}

func TestLogo(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(t.Context())
		if err != nil {
			return err
		}
		st.LogoMediaID = f.Photo.ID
		return tx.SaveSettings(t.Context(), st)
	})
	_, body := webtest.Do(t, h, "GET", "/tag/banjir")
	if !strings.Contains(body, `<p class="brand"><a href="/"><img src="/media/uji/banjir.jpg" alt="Kabar Uji"`) {
		t.Error("logo not shown in the masthead")
	}
}

func TestSharedPartsFollowInvalidate(t *testing.T) {
	s := webtest.NewSite(t)
	s.NewFixture(t)
	h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: "https://kabar.example", Logger: s.Logger(),
		Now: s.Now})
	if err != nil {
		t.Fatal(err)
	}
	if _, body := webtest.Do(t, h, "GET", "/"); !strings.Contains(body, ">Kabar Uji</a></h1>") {
		t.Fatal("site name missing")
	}
	s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(t.Context())
		if err != nil {
			return err
		}
		st.SiteName = "Kabar Baru"
		return tx.SaveSettings(t.Context(), st)
	})
	h.Invalidate()
	if _, body := webtest.Do(t, h, "GET", "/"); !strings.Contains(body, ">Kabar Baru</a></h1>") {
		t.Fatal("renamed site still shows the old name after Invalidate")
	}
}

func TestReadAlsoPlacedByTheWriter(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		bodyHTML := `<p>Satu.</p><aside class="baca-juga" data-article-id="` + fmtID(f.Related.ID) + `"><a href="/lama">Judul lama</a></aside>` +
			`<p>Dua.</p><aside class="baca-juga" data-article-id="` + fmtID(f.Draft.ID) + `"><a href="/x">Draf</a></aside><p>Tiga.</p>`
		related := []int64{f.Related.ID, f.Draft.ID}
		_, err := tx.UpdateArticle(t.Context(), f.Opinion.ID, warta.ArticleUpdate{Version: 1, BodyHTML: &bodyHTML, RelatedIDs: &related})
		return err
	})
	_, body := webtest.Do(t, h, "GET", "/nasional/2026/11/27/menata-kota-dari-sungai")
	if !strings.Contains(body, `<p>Satu.</p><aside class="baca-juga" aria-label="Baca Juga"><span>Baca Juga:</span> <a href="/ekonomi/2026/11/26/harga-cabai-turun">Harga Cabai Turun Menjelang Akhir Tahun</a></aside><p>Dua.</p>`) {
		t.Error("the writer's Baca Juga block was not expanded in place")
	}
	if strings.Contains(body, "Judul lama") || strings.Contains(body, "Draf</a>") || strings.Count(body, `class="baca-juga"`) != 1 {
		t.Error("stale or unpublished Baca Juga links leaked")
	}
}

func fmtID(id int64) string { return strconv.FormatInt(id, 10) }

func TestSEOFields(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		seoTitle, seoDesc := "Banjir Kota Sungai: Tiga Kecamatan Terendam", "Ringkasan khusus mesin pencari."
		_, err := tx.UpdateArticle(t.Context(), f.Main.ID, warta.ArticleUpdate{Version: 1, SEOTitle: &seoTitle, SEODescription: &seoDesc})
		return err
	})
	_, body := webtest.Do(t, h, "GET", webtest.MainPath)
	for _, want := range []string{"<title>Banjir Kota Sungai: Tiga Kecamatan Terendam - Kabar Uji</title>",
		`<meta name="description" content="Ringkasan khusus mesin pencari.">`, "<h1>Banjir Rendam Tiga Kecamatan di Kota Sungai</h1>"} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestEmbedsRendered(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		b := `<p>Video:</p><figure class="embed" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">x</a></figure>` +
			`<figure class="embed" data-embed-url="https://x.com/kabaruji/status/123"><a href="https://x.com/kabaruji/status/123">x</a></figure>`
		_, err := tx.UpdateArticle(t.Context(), f.Opinion.ID, warta.ArticleUpdate{Version: 1, BodyHTML: &b})
		return err
	})
	_, body := webtest.Do(t, h, "GET", "/nasional/2026/11/27/menata-kota-dari-sungai")
	for _, want := range []string{`<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Video YouTube"`,
		`<a href="https://x.com/kabaruji/status/123" rel="noopener">Lihat unggahan di X</a>`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Count(body, "<script") != strings.Count(body, `<script type="application/ld+json">`) {
		t.Error("an embed brought a script")
	}
}

func TestSrcset(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		m := &warta.Media{Key: "m/abc/960.jpg", MimeType: "image/jpeg", Width: 960, Height: 540, Caption: "Foto", Credit: "Kabar/Uji", Alt: "Alt",
			Hash: "abc", Variants: []warta.MediaVariant{
				{Key: "m/abc/320.jpg", MimeType: "image/jpeg", Width: 320, Height: 180}, {Key: "m/abc/320.webp", MimeType: "image/webp", Width: 320, Height: 180},
				{Key: "m/abc/960.jpg", MimeType: "image/jpeg", Width: 960, Height: 540}, {Key: "m/abc/960.webp", MimeType: "image/webp", Width: 960, Height: 540}}}
		if err := tx.CreateMedia(t.Context(), m); err != nil {
			return err
		}
		_, err := tx.UpdateArticle(t.Context(), f.Main.ID, warta.ArticleUpdate{Version: 1, FeaturedMediaID: &m.ID})
		return err
	})
	_, body := webtest.Do(t, h, "GET", webtest.MainPath)
	for _, want := range []string{
		`<source type="image/webp" srcset="/media/m/abc/320.webp 320w, /media/m/abc/960.webp 960w" sizes="(min-width: 1000px) 760px, 100vw">`,
		`<img src="/media/m/abc/960.jpg" srcset="/media/m/abc/320.jpg 320w, /media/m/abc/960.jpg 960w" sizes="(min-width: 1000px) 760px, 100vw" alt="Alt" width="960" height="540"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("article lacks %q", want)
		}
	}
	if _, home := webtest.Do(t, h, "GET", "/"); !strings.Contains(home, `srcset="/media/m/abc/320.webp 320w, /media/m/abc/960.webp 960w"`) {
		t.Error("cards lack the srcset")
	}
	if res, _ := webtest.Do(t, h, "GET", "/media/originals/ab/abc.jpg"); res.StatusCode != 404 {
		t.Errorf("an original is served: %d", res.StatusCode)
	}
}

func TestLibraryImageInBody(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		id := fmtID(f.Photo.ID)
		b := `<p>Satu.</p><figure class="image" data-media-id="` + id + `"><img src="/media/uji/banjir.jpg" alt="Perahu di &amp; jalan" width="1" height="1"><figcaption>Keterangan  untuk artikel ini <span class="credit">Kabar/Ani</span></figcaption></figure><p>Dua.</p>` +
			`<figure class="image" data-media-id="` + id + `"><img src="/media/uji/banjir.jpg" alt=""></figure><p>Tiga.</p>` +
			`<figure class="image" data-media-id="99999"><img src="/media/hilang.jpg" alt="hilang"></figure>`
		_, err := tx.UpdateArticle(t.Context(), f.Opinion.ID, warta.ArticleUpdate{Version: 1, BodyHTML: &b})
		return err
	})
	_, body := webtest.Do(t, h, "GET", "/nasional/2026/11/27/menata-kota-dari-sungai")
	// The writer's caption, credit and alt text, edited in place, are the article's own ...
	own := `<figure class="image"><picture><img src="/media/uji/banjir.jpg" alt="Perahu di &amp; jalan" width="1200" height="675" loading="lazy" decoding="async"></picture><figcaption>Keterangan untuk artikel ini <span class="credit">Foto: Kabar/Ani</span></figcaption></figure>`
	// ... and a block without them shows the library's, with the current size and variants.
	library := `<figure class="image"><picture><img src="/media/uji/banjir.jpg" alt="Perahu karet membawa warga di jalan yang tergenang" width="1200" height="675" loading="lazy" decoding="async"></picture><figcaption>Warga mengungsi dengan perahu karet <span class="credit">Foto: Kabar Uji/Dimas</span></figcaption></figure>`
	for _, want := range []string{own, library} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if !strings.Contains(body, `/media/hilang.jpg`) {
		t.Errorf("a missing item's block was dropped")
	}
}

func TestSearchPage(t *testing.T) {
	_, _, h := newSite(t)
	long := strings.Repeat("banjir ", 290)
	webtest.Run(t, h, []webtest.Scenario{
		{Name: "finds", Path: "/cari?q=banjir+kecamatan", Status: 200, Contains: []string{"Banjir Rendam Tiga Kecamatan",
			`<meta name="robots" content="noindex, follow">`, "<mark>"}},
		{Name: "stemmed", Path: "/cari?q=mengungsi", Status: 200, Contains: []string{"Banjir Rendam Tiga Kecamatan"}},
		{Name: "section filter", Path: "/cari?q=banjir&rubrik=ekonomi", Status: 200, Contains: []string{"Tidak ada artikel yang cocok"}},
		{Name: "empty", Path: "/cari", Status: 200, Contains: []string{"Cari berita"}},
		{Name: "empty q", Path: "/cari?q=", Status: 200},
		{Name: "2000 characters", Path: "/cari?q=" + strings.ReplaceAll(long[:2000], " ", "+"), Status: 200},
		{Name: "punctuation", Path: "/cari?q=%21%40%23%24%25%5E%26*()", Status: 200},
		{Name: "emoji", Path: "/cari?q=%F0%9F%99%82%F0%9F%94%A5", Status: 200},
		{Name: "quote", Path: "/cari?q=%22", Status: 200},
		{Name: "star", Path: "/cari?q=banjir*", Status: 200, Contains: []string{"Banjir Rendam"}},
		{Name: "near", Path: "/cari?q=NEAR(banjir+kota)", Status: 200},
		{Name: "or", Path: "/cari?q=OR(", Status: 200},
		{Name: "minus", Path: "/cari?q=-banjir", Status: 200},
		{Name: "column", Path: "/cari?q=title%3Abanjir", Status: 200},
		{Name: "unknown section", Path: "/cari?q=banjir&rubrik=gosip", Status: 404},
		{Name: "by author", Path: "/cari?q=harga&penulis=agus-pratama", Status: 200, Contains: []string{"Harga Cabai Turun"}},
		{Name: "other author", Path: "/cari?q=harga&penulis=sari-lestari", Status: 200, Contains: []string{"Tidak ada artikel yang cocok"}},
		{Name: "unknown author", Path: "/cari?q=harga&penulis=siapa", Status: 404},
		{Name: "date range", Path: "/cari?q=harga&dari=2026-11-26&sampai=2026-11-26", Status: 200, Contains: []string{"Harga Cabai Turun"}},
		{Name: "date range excludes", Path: "/cari?q=harga&dari=2026-11-27", Status: 200, Contains: []string{"Tidak ada artikel yang cocok"}},
		{Name: "bad date", Path: "/cari?q=harga&dari=kemarin", Status: 400},
		{Name: "bad page", Path: "/cari?q=banjir&page=abc", Status: 400},
	})
}

func TestRelatedFilledBySimilarity(t *testing.T) {
	_, _, h := newSite(t)
	// The opinion piece has no editor's picks; the story about the same city and river is the closest.
	_, body := webtest.Do(t, h, "GET", "/nasional/2026/11/27/menata-kota-dari-sungai")
	doc := webtest.Parse(t, body)
	related := webtest.FindAll(doc, "section", "class", "related")
	if len(related) != 1 || !strings.Contains(webtest.Text(related[0]), "Banjir Rendam Tiga Kecamatan di Kota Sungai") {
		t.Fatalf("no similar story in the related list")
	}
}
