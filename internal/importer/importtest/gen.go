// Package importtest generates WordPress exports of any size for the
// importer's benchmarks: Indonesian-looking posts written from a few of
// our own sentences, each with a featured photo, categories, tags, a
// caption shortcode and links to earlier posts.
package importtest

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Spec says what to generate.
type Spec struct {
	Posts int
	// BodyBytes is roughly each post's content size.
	BodyBytes int
	// PhotoEvery gives every n-th post a featured photo (1: all; 0: none).
	PhotoEvery int
	// Uploads is where the photos are written, as wp-content/uploads.
	Uploads string
}

// Site is the generated export's address.
const Site = "https://lama.example.id"

var sentences = []string{
	"Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan desa.",
	"Warga berharap pekerjaan selesai sebelum musim hujan tiba.",
	"Kepala dinas menyebut pengerjaan dibagi menjadi tiga tahap.",
	"Pedagang pasar mengeluhkan harga cabai yang naik dua kali lipat.",
	"Tim sepak bola daerah menang tipis dalam laga tandang akhir pekan.",
	"Sekolah menambah jam pelajaran membaca bagi siswa kelas rendah.",
	"Petugas kesehatan berkeliling memeriksa warga lanjut usia.",
	"Bandara memperpanjang jam operasional selama libur panjang.",
}

var sections = []string{"nasional", "ekonomi", "olahraga", "daerah", "teknologi"}

// Write writes the export to w and the photos under spec.Uploads.
func Write(w io.Writer, spec Spec) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	fmt.Fprint(bw, `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Lama</title>
<link>`+Site+`</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>`+Site+`</wp:base_site_url>
<wp:base_blog_url>`+Site+`</wp:base_blog_url>
`)
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(bw, "<wp:author><wp:author_login><![CDATA[penulis%d]]></wp:author_login><wp:author_email><![CDATA[penulis%d@lama.example.id]]></wp:author_email><wp:author_display_name><![CDATA[Penulis Nomor %d]]></wp:author_display_name></wp:author>\n", i, i, i)
	}
	for _, s := range sections {
		fmt.Fprintf(bw, "<wp:category><wp:category_nicename><![CDATA[%s]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[%s]]></wp:cat_name></wp:category>\n", s, strings.ToUpper(s[:1])+s[1:])
	}
	for i := 1; i <= spec.Posts; i++ {
		photoID := 0
		if spec.PhotoEvery > 0 && i%spec.PhotoEvery == 0 {
			photoID = 1_000_000 + i
			rel := fmt.Sprintf("%d/%02d/foto-%d.jpg", 2015+i%10, 1+i%12, i)
			if spec.Uploads != "" {
				if err := writePhoto(filepath.Join(spec.Uploads, filepath.FromSlash(rel)), i); err != nil {
					return err
				}
			}
			fmt.Fprintf(bw, "<item><title>foto %d</title><link>%s/?attachment_id=%d</link><wp:post_id>%d</wp:post_id><wp:post_date><![CDATA[%s]]></wp:post_date><wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type><wp:post_parent>%d</wp:post_parent><wp:attachment_url><![CDATA[%s/wp-content/uploads/%s]]></wp:attachment_url><excerpt:encoded><![CDATA[Suasana liputan nomor %d. (Foto: Penulis/Lama)]]></excerpt:encoded></item>\n",
				i, Site, photoID, photoID, date(i), i, Site, rel, i)
		}
		writePost(bw, spec, i, photoID)
	}
	fmt.Fprint(bw, "</channel>\n</rss>\n")
	return bw.Flush()
}

func date(i int) string {
	return fmt.Sprintf("%04d-%02d-%02d %02d:%02d:00", 2015+i%10, 1+i%12, 1+i%28, i%24, i%60)
}

func writePost(w io.Writer, spec Spec, i, photoID int) {
	d := date(i)
	slug := fmt.Sprintf("kabar-daerah-nomor-%d", i)
	link := fmt.Sprintf("%s/%s/%s/", Site, strings.ReplaceAll(d[:10], "-", "/"), slug)
	var body strings.Builder
	for n := 0; body.Len() < spec.BodyBytes; n++ {
		body.WriteString(sentences[(i+n)%len(sentences)])
		switch {
		case n%5 == 4:
			body.WriteString("\n\n")
		default:
			body.WriteString(" ")
		}
		if n == 6 && i > 1 {
			fmt.Fprintf(&body, "\n\nBaca juga: <a href=\"%s/?p=%d\">Kabar daerah nomor %d</a>\n\n", Site, i-1, i-1)
		}
		if n == 12 && photoID != 0 {
			fmt.Fprintf(&body, "\n\n[caption id=\"attachment_%d\" width=\"300\"]<img class=\"wp-image-%d\" src=\"%s/wp-content/uploads/foto-%d-300x200.jpg\" /> Suasana liputan.[/caption]\n\n", photoID, photoID, Site, i)
		}
	}
	fmt.Fprintf(w, "<item><title>Kabar Daerah Nomor %d</title><link>%s</link><dc:creator><![CDATA[penulis%d]]></dc:creator>"+
		"<content:encoded><![CDATA[%s]]></content:encoded><excerpt:encoded><![CDATA[Ringkasan kabar nomor %d.]]></excerpt:encoded>"+
		"<wp:post_id>%d</wp:post_id><wp:post_date><![CDATA[%s]]></wp:post_date><wp:post_name><![CDATA[%s]]></wp:post_name>"+
		"<wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>"+
		"<category domain=\"category\" nicename=\"%s\"><![CDATA[x]]></category><category domain=\"post_tag\" nicename=\"topik-%d\"><![CDATA[Topik %d]]></category>",
		i, link, 1+i%5, body.String(), i, i, d, slug, sections[i%len(sections)], i%50, i%50)
	if photoID != 0 {
		fmt.Fprintf(w, "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>%d</wp:meta_value></wp:postmeta>", photoID)
	}
	fmt.Fprint(w, "</item>\n")
}

// writePhoto writes a small JPEG unique to seed.
func writePhoto(path string, seed int) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	img := image.NewRGBA(image.Rect(0, 0, 160, 100))
	for y := 0; y < 100; y++ {
		for x := 0; x < 160; x++ {
			img.Set(x, y, color.RGBA{uint8(x + seed), uint8(y + seed>>8), uint8(seed >> 16), 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 70}); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
