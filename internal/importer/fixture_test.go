package importer_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The test export is a small Indonesian portal, "Kabar Lama", written for
// these tests: two authors, a category with a child, tags, photos (one
// uploaded twice, one missing from the uploads copy), posts in every
// status, and the awkward cases the issue lists.
const oldSite = "http://kabarlama.example"

// wxrItem is one <item> of the test export.
type wxrItem struct {
	ID                       int
	Type, Status, Name, Link string
	Title, Content, Excerpt  string
	Date, DateGMT            string
	Creator, Password        string
	Terms                    [][3]string // domain, nicename, name
	Meta                     [][2]string
	Attachment               string
	Parent                   int
}

func (it wxrItem) xml() string {
	var b strings.Builder
	if it.Type == "" {
		it.Type = "post"
	}
	if it.Status == "" {
		it.Status = "publish"
	}
	fmt.Fprintf(&b, "<item>\n<title>%s</title>\n<link>%s</link>\n<guid isPermaLink=\"false\">%s/?p=%d</guid>\n", esc(it.Title), esc(it.Link), oldSite, it.ID)
	fmt.Fprintf(&b, "<dc:creator><![CDATA[%s]]></dc:creator>\n<description></description>\n", it.Creator)
	fmt.Fprintf(&b, "<content:encoded><![CDATA[%s]]></content:encoded>\n<excerpt:encoded><![CDATA[%s]]></excerpt:encoded>\n", it.Content, it.Excerpt)
	fmt.Fprintf(&b, "<wp:post_id>%d</wp:post_id>\n<wp:post_date><![CDATA[%s]]></wp:post_date>\n<wp:post_date_gmt><![CDATA[%s]]></wp:post_date_gmt>\n", it.ID, it.Date, it.DateGMT)
	fmt.Fprintf(&b, "<wp:post_modified><![CDATA[%s]]></wp:post_modified>\n<wp:post_modified_gmt><![CDATA[%s]]></wp:post_modified_gmt>\n", it.Date, it.DateGMT)
	fmt.Fprintf(&b, "<wp:comment_status>open</wp:comment_status>\n<wp:post_name><![CDATA[%s]]></wp:post_name>\n<wp:status><![CDATA[%s]]></wp:status>\n", it.Name, it.Status)
	fmt.Fprintf(&b, "<wp:post_parent>%d</wp:post_parent>\n<wp:menu_order>0</wp:menu_order>\n<wp:post_type><![CDATA[%s]]></wp:post_type>\n<wp:post_password><![CDATA[%s]]></wp:post_password>\n<wp:is_sticky>0</wp:is_sticky>\n", it.Parent, it.Type, it.Password)
	if it.Attachment != "" {
		fmt.Fprintf(&b, "<wp:attachment_url><![CDATA[%s]]></wp:attachment_url>\n", it.Attachment)
	}
	for _, t := range it.Terms {
		fmt.Fprintf(&b, "<category domain=\"%s\" nicename=\"%s\"><![CDATA[%s]]></category>\n", t[0], t[1], t[2])
	}
	for _, m := range it.Meta {
		fmt.Fprintf(&b, "<wp:postmeta>\n<wp:meta_key><![CDATA[%s]]></wp:meta_key>\n<wp:meta_value><![CDATA[%s]]></wp:meta_value>\n</wp:postmeta>\n", m[0], m[1])
	}
	b.WriteString("</item>\n")
	return b.String()
}

func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// exportDoc is a whole WXR 1.2 export of the test site.
func exportDoc(items ...wxrItem) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Kabar Lama</title>
<link>` + oldSite + `</link>
<description>Berita daerah sejak 2010</description>
<language>id-ID</language>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>` + oldSite + `</wp:base_site_url>
<wp:base_blog_url>` + oldSite + `</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[rina]]></wp:author_login><wp:author_email><![CDATA[rina@kabarlama.example]]></wp:author_email><wp:author_display_name><![CDATA[Rina Wijaya]]></wp:author_display_name><wp:author_first_name><![CDATA[Rina]]></wp:author_first_name><wp:author_last_name><![CDATA[Wijaya]]></wp:author_last_name></wp:author>
<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[budi]]></wp:author_login><wp:author_email><![CDATA[]]></wp:author_email><wp:author_display_name><![CDATA[Budi Santoso]]></wp:author_display_name><wp:author_first_name><![CDATA[]]></wp:author_first_name><wp:author_last_name><![CDATA[]]></wp:author_last_name></wp:author>
<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename><![CDATA[nasional]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Nasional]]></wp:cat_name></wp:category>
<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename><![CDATA[politik]]></wp:category_nicename><wp:category_parent><![CDATA[nasional]]></wp:category_parent><wp:cat_name><![CDATA[Politik]]></wp:cat_name></wp:category>
<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename><![CDATA[uncategorized]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Uncategorized]]></wp:cat_name></wp:category>
<wp:category><wp:term_id>4</wp:term_id><wp:category_nicename><![CDATA[feed]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Feed]]></wp:cat_name></wp:category>
<wp:tag><wp:term_id>5</wp:term_id><wp:tag_slug><![CDATA[banjir]]></wp:tag_slug><wp:tag_name><![CDATA[Banjir]]></wp:tag_name></wp:tag>
<wp:tag><wp:term_id>6</wp:term_id><wp:tag_slug><![CDATA[%e2%80%8bbantuan-sosial]]></wp:tag_slug><wp:tag_name><![CDATA[Bantuan Sosial]]></wp:tag_name></wp:tag>
`)
	for _, it := range items {
		b.WriteString(it.xml())
	}
	b.WriteString("</channel>\n</rss>\n")
	return b.String()
}

// Posts of the test export, by ID.
const (
	idPhoto, idPhotoTwin, idPhotoMissing, idDocument = 10, 11, 12, 13
	idFlood, idAid, idDraft, idPending, idFuture     = 20, 21, 22, 23, 24
	idPrivate, idPassword, idUntitled, idTwinSlug    = 25, 26, 27, 28
	idHuge, idProduct, idMenu, idEmpty               = 29, 30, 31, 32
	idAbout, idMasthead                              = 40, 41
)

// kabarItems is the test export's content.
func kabarItems() []wxrItem {
	nasional := [3]string{"category", "nasional", "Nasional"}
	politik := [3]string{"category", "politik", "Politik"}
	banjir := [3]string{"post_tag", "banjir", "Banjir"}
	post := func(id int, name, title, date, content string, terms ...[3]string) wxrItem {
		return wxrItem{ID: id, Name: name, Title: title, Date: date, DateGMT: gmt(date), Creator: "rina", Content: content,
			Link: oldSite + "/" + strings.ReplaceAll(date[:10], "-", "/") + "/" + name + "/", Terms: terms}
	}
	flood := post(idFlood, "banjir-rendam-tiga-kecamatan", "Banjir Rendam Tiga Kecamatan", "2024-03-05 08:00:00",
		"Hujan deras sejak malam merendam permukiman di tiga kecamatan.\n\n"+
			`[caption id="attachment_10" align="aligncenter" width="300"]<img class="size-medium wp-image-10" src="`+oldSite+`/wp-content/uploads/2024/03/banjir-300x200.jpg" alt="Banjir" width="300" height="200" /> Warga menyeberangi genangan. (Foto: Rina/Kabar Lama)[/caption]`+"\n\n"+
			`Baca juga: <a href="`+oldSite+`/2024/03/06/bantuan-tiba/">Bantuan Tiba di Lokasi Banjir</a>`+"\n\n"+
			`Petugas mencatat ketinggian air mencapai satu meter. Lihat <a href="`+oldSite+`/?p=21">laporan lanjutan</a>.`+"\n\n"+
			`[contact-form-7 id="9" title="Kontak"]`,
		nasional, banjir)
	flood.Excerpt = "Tiga kecamatan terendam setelah hujan semalaman."
	flood.Meta = [][2]string{{"_thumbnail_id", "10"}}
	aid := post(idAid, "bantuan-tiba", "Bantuan Tiba di Lokasi <em>Banjir</em>", "2024-03-06 09:30:00",
		"<!-- wp:paragraph -->\n<p>Bantuan makanan dan selimut tiba pada pagi hari.</p>\n<!-- /wp:paragraph -->\n\n"+
			"<!-- wp:heading -->\n<h2>Posko di balai desa</h2>\n<!-- /wp:heading -->\n\n"+
			"<!-- wp:list -->\n<ul><li>Beras</li><li>Selimut</li></ul>\n<!-- /wp:list -->\n\n"+
			"<!-- wp:latest-posts /-->",
		politik, [3]string{"post_tag", "%e2%80%8bbantuan-sosial", "Bantuan Sosial"})
	aid.Creator = "budi"
	draft := post(idDraft, "", "Draf Liputan Pasar", "2024-03-07 10:00:00", "Catatan awal liputan pasar.", nasional)
	draft.Status, draft.DateGMT = "draft", "0000-00-00 00:00:00"
	pending := post(idPending, "menunggu-suntingan", "Menunggu Suntingan", "2024-03-07 11:00:00", "Naskah menunggu redaktur.", nasional)
	pending.Status = "pending"
	future := post(idFuture, "terbit-nanti", "Terbit Nanti", "2030-01-01 07:00:00", "Naskah terjadwal.", nasional)
	future.Status = "future"
	private := post(idPrivate, "catatan-internal", "Catatan Internal", "2024-03-08 12:00:00", "Hanya untuk redaksi.", nasional)
	private.Status = "private"
	password := post(idPassword, "berita-terkunci", "Berita Terkunci", "2024-03-08 13:00:00", "Isi terkunci.", nasional)
	password.Password = "rahasia"
	untitled := post(idUntitled, "", "", "2024-03-09 06:00:00", "Jembatan gantung di desa itu akhirnya diperbaiki warga secara gotong royong.")
	twin := post(idTwinSlug, "banjir-rendam-tiga-kecamatan", "Banjir Rendam Tiga Kecamatan Lagi", "2025-01-02 08:00:00", "Banjir kembali datang setahun kemudian.", nasional)
	huge := post(idHuge, "sangat-panjang", "Tulisan Sangat Panjang", "2024-03-10 08:00:00", strings.Repeat("Kalimat yang diulang-ulang untuk menguji batas. ", 220_000))
	empty := post(idEmpty, "", "", "2024-03-10 09:00:00", "")
	return []wxrItem{
		{ID: idPhoto, Type: "attachment", Status: "inherit", Title: "banjir", Name: "banjir", Date: "2024-03-05 07:00:00", DateGMT: "2024-03-05 00:00:00",
			Link: oldSite + "/2024/03/05/banjir-rendam-tiga-kecamatan/banjir/", Attachment: oldSite + "/wp-content/uploads/2024/03/banjir.jpg",
			Excerpt: "Warga menyeberangi genangan. (Foto: Rina/Kabar Lama)", Parent: idFlood,
			Meta: [][2]string{{"_wp_attachment_image_alt", "Warga di tengah banjir"}}},
		{ID: idPhotoTwin, Type: "attachment", Status: "inherit", Title: "banjir salinan", Name: "banjir-2", Date: "2024-03-05 07:00:00",
			Link: oldSite + "/?attachment_id=11", Attachment: oldSite + "/wp-content/uploads/2024/03/banjir-salinan.jpg"},
		{ID: idPhotoMissing, Type: "attachment", Status: "inherit", Title: "hilang", Name: "hilang", Date: "2024-03-05 07:00:00",
			Attachment: oldSite + "/wp-content/uploads/2024/03/hilang.jpg"},
		{ID: idDocument, Type: "attachment", Status: "inherit", Title: "jadwal", Name: "jadwal", Date: "2024-03-05 07:00:00",
			Attachment: oldSite + "/wp-content/uploads/2024/03/jadwal.pdf"},
		flood, aid, draft, pending, future, private, password, untitled, twin, huge,
		{ID: idProduct, Type: "product", Status: "publish", Title: "Kaos Kabar Lama", Name: "kaos"},
		{ID: idMenu, Type: "nav_menu_item", Status: "publish", Title: "Beranda", Name: "beranda"},
		empty,
		{ID: idAbout, Type: "page", Name: "tentang-kami", Title: "Tentang Kami", Date: "2012-01-01 08:00:00", DateGMT: "2012-01-01 01:00:00",
			Link: oldSite + "/tentang-kami/", Content: "Kabar Lama adalah portal berita daerah.\n\nHubungi redaksi lewat surel."},
		{ID: idMasthead, Type: "page", Name: "redaksi", Title: "Redaksi", Date: "2012-01-01 08:00:00", DateGMT: "2012-01-01 01:00:00",
			Link: oldSite + "/redaksi/", Content: "Pemimpin redaksi: Rina Wijaya."},
	}
}

// gmt is a Jakarta wall time as UTC (WIB is UTC+7).
func gmt(local string) string {
	if local == "" || strings.HasPrefix(local, "0000") {
		return local
	}
	var y, mo, d, h, mi, s int
	fmt.Sscanf(local, "%d-%d-%d %d:%d:%d", &y, &mo, &d, &h, &mi, &s)
	h -= 7
	for h < 0 {
		h += 24
		d--
	}
	return fmt.Sprintf("%04d-%02d-%02d %02d:%02d:%02d", y, mo, d, h, mi, s)
}

// writeExport writes an export to a file of the test's own.
func writeExport(t testing.TB, doc string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "export.xml")
	if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// writeUploads makes the uploads copy: a photo for each path, the given
// paths sharing content where they share a seed.
func writeUploads(t testing.TB, files map[string]int) string {
	t.Helper()
	dir := t.TempDir()
	for rel, seed := range files {
		full := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, photo(t, seed), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// photo is a small JPEG whose pixels depend on seed.
func photo(t testing.TB, seed int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 640, 400))
	for y := 0; y < 400; y++ {
		for x := 0; x < 640; x++ {
			img.Set(x, y, color.RGBA{uint8(x + seed*37), uint8(y + seed*11), uint8(seed * 53), 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
