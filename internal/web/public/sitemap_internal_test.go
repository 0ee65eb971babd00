package public

import (
	"strings"
	"testing"
	"time"

	"warta"
)

func TestParseSitemapName(t *testing.T) {
	for _, tc := range []struct {
		file string
		want sitemapName
		ok   bool
	}{
		{"sitemap-pages.xml", sitemapName{kind: "pages", part: 1}, true},
		{"sitemap-pages-2.xml", sitemapName{kind: "pages", part: 2}, true},
		{"sitemap-articles-2026-11.xml", sitemapName{kind: "articles", year: 2026, month: 11, part: 1}, true},
		{"sitemap-articles-2026-01-12.xml", sitemapName{kind: "articles", year: 2026, month: 1, part: 12}, true},
		{"sitemap-articles-2026-11-1.xml", sitemapName{}, false},  // part one has no number
		{"sitemap-articles-2026-11-02.xml", sitemapName{}, false}, // one spelling only
		{"sitemap-articles-2026-1.xml", sitemapName{}, false},
		{"sitemap-articles-2026-00.xml", sitemapName{}, false},
		{"sitemap-articles-2026-13.xml", sitemapName{}, false},
		{"sitemap-articles-0999-01.xml", sitemapName{}, false},
		{"sitemap-articles-+2026-01.xml", sitemapName{}, false},
		{"sitemap-articles-2026-11-x.xml", sitemapName{}, false},
		{"sitemap-articles-2026-11-2-3.xml", sitemapName{}, false},
		{"sitemap-articles.xml", sitemapName{}, false},
		{"sitemap-pages-1.xml", sitemapName{}, false},
		{"sitemap-pages-0.xml", sitemapName{}, false},
		{"sitemap-pages-2-2.xml", sitemapName{}, false},
		{"sitemap-news.xml", sitemapName{}, false},
		{"sitemap.xml", sitemapName{}, false},
		{"sitemap-pages.xml.gz", sitemapName{}, false},
		{"nasional", sitemapName{}, false},
		{"", sitemapName{}, false},
	} {
		got, ok := parseSitemapName(tc.file)
		if ok != tc.ok || got != tc.want {
			t.Errorf("parseSitemapName(%q) = %+v, %v; want %+v, %v", tc.file, got, ok, tc.want, tc.ok)
		}
		if ok && got.path() != "/"+tc.file {
			t.Errorf("%q comes back as %q", tc.file, got.path())
		}
	}
}

func FuzzParseSitemapName(f *testing.F) {
	for _, s := range []string{"sitemap-pages.xml", "sitemap-articles-2026-11-3.xml", "sitemap-articles-2026-11.xml", "sitemap--.xml"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n, ok := parseSitemapName(s); ok && n.path() != "/"+s {
			t.Errorf("%q parsed as %+v, which is written %q", s, n, n.path())
		}
	})
}

// TestSitemapPartUnder50MB shows that a full part of 50,000 stories stays
// under sitemaps.org's 50 MB even with section and article slugs at their
// length limit, a long base URL and the longest variant key.
func TestSitemapPartUnder50MB(t *testing.T) {
	loc := time.FixedZone("WIT", 9*3600)
	base := "https://www." + strings.Repeat("a", 50) + ".example"
	a := &warta.Article{Slug: strings.Repeat("s", warta.MaxSlugLen), Section: &warta.Section{Slug: strings.Repeat("n", warta.MaxSlugLen)},
		PublishedAt: time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)}
	img := base + "/media/m/" + strings.Repeat("f", 64) + "/1920.jpg"
	u := sitemapURL{Loc: base + a.Path(loc), LastMod: w3c(a.PublishedAt, loc), Images: []sitemapImage{{Loc: img}}}
	doc := urlSet{XMLNS: nsSitemap, XMLNSImage: nsImage, URLs: make([]sitemapURL, sitemapMaxURLs)}
	for i := range doc.URLs {
		doc.URLs[i] = u
	}
	body, err := encodeXML(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(body) >= sitemapMaxBytes {
		t.Errorf("a full part is %d bytes, over 50 MB", len(body))
	}
	t.Logf("full part at the slug limits: %.1f MB", float64(len(body))/(1<<20))
}
