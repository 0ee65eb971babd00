package feed_test

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"warta/internal/feed"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// wita is the zone the sample is written in, so that every format must
// keep a non-UTC offset.
var wita = time.FixedZone("WITA", 8*3600)

// sample is a feed with one story of each kind: updated, with full
// content, a photo and two authors; and plain, with no author, a photo of
// unknown size and only a summary.
func sample() *feed.Feed {
	return &feed.Feed{
		Title: "Kabar Uji", Description: "Berita untuk diuji", Link: "https://kabar.example/", Self: "https://kabar.example/feed",
		Language: "id", Updated: time.Date(2026, 11, 27, 10, 30, 0, 0, wita), Publisher: "Kabar Uji", Generator: "Warta",
		Logo: &feed.Image{URL: "https://kabar.example/media/logo.png", Width: 120, Height: 40},
		Items: []feed.Item{
			{
				ID: "tag:kabar.example,2026-11-27:article:5", Title: "Banjir & longsor <di> Samarinda",
				Link: "https://kabar.example/nasional/2026/11/27/banjir", Summary: "Hujan deras sejak Rabu malam.",
				ContentHTML: `<p>Air setinggi pinggang. <a href="https://kabar.example/ekonomi/" rel="noopener">Ekonomi</a></p>`,
				Published:   time.Date(2026, 11, 27, 9, 0, 0, 0, wita), Updated: time.Date(2026, 11, 27, 10, 30, 0, 0, wita),
				Authors:    []feed.Person{{Name: "Sari Lestari", URL: "https://kabar.example/penulis/sari"}, {Name: "Agus", URL: "https://kabar.example/penulis/agus"}},
				Categories: []feed.Category{{Term: "nasional", Label: "Nasional"}, {Term: "banjir", Label: "Banjir"}},
				Image: &feed.Enclosure{URL: "https://kabar.example/media/m/ab/1280.jpg", Type: "image/jpeg", Length: 123456,
					Width: 1280, Height: 720, Caption: "Warga mengungsi", Credit: "Kabar Uji/Dimas"},
			},
			{
				ID: "tag:kabar.example,2026-11-26:article:2", Title: "Harga cabai turun",
				Link: "https://kabar.example/ekonomi/2026/11/26/cabai", Summary: "Pasokan dari Jawa Timur pulih.",
				Published:  time.Date(2026, 11, 26, 9, 0, 0, 0, wita),
				Categories: []feed.Category{{Term: "ekonomi", Label: "Ekonomi"}},
				Image:      &feed.Enclosure{URL: "https://kabar.example/media/lama.jpg", Type: "image/jpeg", Width: 800, Height: 600},
			},
		},
	}
}

var writers = []struct {
	name  string
	write func(io.Writer, *feed.Feed) error
}{
	{"rss", feed.RSS}, {"atom", feed.Atom}, {"json", feed.JSON},
}

// TestGolden pins each format's output; run with -update after a change
// that is meant, and read the diff.
func TestGolden(t *testing.T) {
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := w.write(&buf, sample()); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", w.name+".golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if buf.String() != string(want) {
				t.Errorf("%s output differs from %s:\n%s", w.name, golden, buf.String())
			}
		})
	}
}

// TestParsedByGofeed reads every format back with a real feed parser.
func TestParsedByGofeed(t *testing.T) {
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := w.write(&buf, sample()); err != nil {
				t.Fatal(err)
			}
			f, err := gofeed.NewParser().ParseString(buf.String())
			if err != nil {
				t.Fatalf("gofeed: %v\n%s", err, buf.String())
			}
			if f.FeedType != w.name || f.Title != "Kabar Uji" || f.Link != "https://kabar.example/" || f.Language != "id" && w.name != "atom" {
				t.Errorf("feed = %q %q %q %q", f.FeedType, f.Title, f.Link, f.Language)
			}
			if w.name != "json" && (f.Image == nil || f.Image.URL != "https://kabar.example/media/logo.png") {
				t.Errorf("logo = %+v", f.Image)
			}
			if len(f.Items) != 2 {
				t.Fatalf("%d items", len(f.Items))
			}
			first, second := f.Items[0], f.Items[1]
			if first.Title != "Banjir & longsor <di> Samarinda" || first.Link != "https://kabar.example/nasional/2026/11/27/banjir" ||
				first.GUID != "tag:kabar.example,2026-11-27:article:5" {
				t.Errorf("first item = %q %q %q", first.Title, first.Link, first.GUID)
			}
			if first.PublishedParsed == nil || !first.PublishedParsed.Equal(time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)) {
				t.Errorf("published = %v", first.PublishedParsed)
			}
			if w.name != "rss" && (first.UpdatedParsed == nil || !first.UpdatedParsed.Equal(time.Date(2026, 11, 27, 2, 30, 0, 0, time.UTC))) {
				t.Errorf("updated = %v", first.UpdatedParsed)
			}
			if w.name == "json" && second.UpdatedParsed != nil {
				t.Errorf("a story never updated has date_modified %v", second.UpdatedParsed)
			}
			// gofeed keeps only the first of RSS's dc:creator elements;
			// the golden file shows both.
			if len(first.Authors) == 0 || first.Authors[0].Name != "Sari Lestari" || w.name != "rss" && len(first.Authors) != 2 {
				t.Errorf("authors = %d, first %+v", len(first.Authors), first.Author)
			}
			if strings.Join(first.Categories, ",") != "Nasional,Banjir" {
				t.Errorf("categories = %q", first.Categories)
			}
			if !strings.Contains(first.Content, `<a href="https://kabar.example/ekonomi/"`) || first.Description != "Hujan deras sejak Rabu malam." {
				t.Errorf("content %q, summary %q", first.Content, first.Description)
			}
			switch w.name {
			case "json":
				if first.Image == nil || first.Image.URL != "https://kabar.example/media/m/ab/1280.jpg" ||
					len(first.Enclosures) != 1 || first.Enclosures[0].Type != "image/jpeg" || first.Enclosures[0].Length != "123456" {
					t.Errorf("image %+v, attachments %+v", first.Image, first.Enclosures)
				}
				if second.Content != "Pasokan dari Jawa Timur pulih." {
					t.Errorf("summary-only item's content_text = %q", second.Content)
				}
			default:
				if len(first.Enclosures) != 1 || first.Enclosures[0].URL != "https://kabar.example/media/m/ab/1280.jpg" ||
					first.Enclosures[0].Type != "image/jpeg" || first.Enclosures[0].Length != "123456" {
					t.Errorf("enclosures = %+v", first.Enclosures)
				}
				if second.Content != "" {
					t.Errorf("summary-only item has content %q", second.Content)
				}
			}
			if w.name == "rss" {
				// RSS requires an enclosure's length: a photo of unknown
				// size is described by media:content alone.
				if len(second.Enclosures) != 0 || second.Image == nil || second.Image.URL != "https://kabar.example/media/lama.jpg" {
					t.Errorf("unknown-size photo: enclosures %+v, image %+v", second.Enclosures, second.Image)
				}
			}
		})
	}
}

// TestOffsets checks that dates keep the zone they were given, in the
// form each format prescribes.
func TestOffsets(t *testing.T) {
	want := map[string][]string{
		"rss":  {"<pubDate>Fri, 27 Nov 2026 09:00:00 +0800</pubDate>", "<lastBuildDate>Fri, 27 Nov 2026 10:30:00 +0800</lastBuildDate>"},
		"atom": {"<published>2026-11-27T09:00:00+08:00</published>", "<updated>2026-11-27T10:30:00+08:00</updated>"},
		"json": {`"date_published": "2026-11-27T09:00:00+08:00"`, `"date_modified": "2026-11-27T10:30:00+08:00"`},
	}
	for _, w := range writers {
		var buf bytes.Buffer
		if err := w.write(&buf, sample()); err != nil {
			t.Fatal(err)
		}
		for _, s := range want[w.name] {
			if !strings.Contains(buf.String(), s) {
				t.Errorf("%s lacks %s", w.name, s)
			}
		}
	}
}

// TestTextIsEscaped puts markup and characters XML cannot hold into the
// text fields: the XML must stay well-formed with the markup as text, and
// the JSON must carry no raw angle bracket.
func TestTextIsEscaped(t *testing.T) {
	f := sample()
	hostile := `</title><script>alert(1)</script>]]><!-- ` + "\x00\x1b"
	f.Title, f.Description = hostile, hostile
	f.Items[0].Title, f.Items[0].Summary, f.Items[0].Authors[0].Name = hostile, hostile, hostile
	f.Items[0].Categories[0].Label, f.Items[0].Image.Caption, f.Items[0].Image.Credit = hostile, hostile, hostile
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := w.write(&buf, f); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if strings.Contains(out, "<script") || strings.Contains(out, "</title><") {
				t.Errorf("markup written unescaped:\n%s", out)
			}
			// RSS descriptions are read as HTML: the text is escaped as
			// HTML, then as XML.
			if w.name == "rss" && !strings.Contains(out, "<description>&amp;lt;/title&amp;gt;&amp;lt;script&amp;gt;") {
				t.Errorf("summary not written as HTML text:\n%s", out)
			}
			if w.name == "json" {
				if strings.ContainsAny(out, "<>") {
					t.Errorf("raw angle bracket in JSON:\n%s", out)
				}
				return
			}
			dec := xml.NewDecoder(&buf)
			for {
				tok, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("not well-formed XML: %v\n%s", err, out)
				}
				if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "script" {
					t.Errorf("a <script> element")
				}
			}
		})
	}
}
