package public_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"warta"
	"warta/internal/web/webtest"
)

// The checks here follow Google's structured data documentation for
// Article (NewsArticle and its subtypes), BreadcrumbList, Organization,
// WebSite with SearchAction and ProfilePage, and the Open Graph and X card
// properties link previews read.

const base = "https://kabar.example"

// head is what a page's <head> says, read the way crawlers read it.
type head struct {
	meta      map[string][]string // by name or property, in order
	canonical []string
	ld        []map[string]any // each JSON-LD block, decoded
}

// first is the first content of a meta name or property, "" when absent.
func (h head) first(key string) string {
	if v := h.meta[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// readHead parses a page with an HTML parser and decodes every JSON-LD
// block with encoding/json, failing on a block that is not valid JSON.
func readHead(t *testing.T, page string) head {
	t.Helper()
	doc := webtest.Parse(t, page)
	h := head{meta: map[string][]string{}}
	heads := webtest.FindAll(doc, "head")
	if len(heads) != 1 {
		t.Fatalf("%d <head> elements", len(heads))
	}
	for _, m := range webtest.FindAll(heads[0], "meta") {
		key, ok := webtest.Attr(m, "property")
		if !ok {
			key, _ = webtest.Attr(m, "name")
		}
		if content, ok := webtest.Attr(m, "content"); ok && key != "" {
			h.meta[key] = append(h.meta[key], content)
		}
	}
	for _, l := range webtest.FindAll(heads[0], "link", "rel", "canonical") {
		href, _ := webtest.Attr(l, "href")
		h.canonical = append(h.canonical, href)
	}
	for _, s := range webtest.FindAll(doc, "script") {
		if typ, _ := webtest.Attr(s, "type"); typ != "application/ld+json" {
			t.Errorf("a script of type %q", typ)
			continue
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(scriptText(s)), &v); err != nil {
			t.Fatalf("JSON-LD is not a JSON object: %v\n%s", err, scriptText(s))
		}
		if v["@context"] != "https://schema.org" {
			t.Errorf("JSON-LD @context = %v", v["@context"])
		}
		h.ld = append(h.ld, v)
	}
	return h
}

func scriptText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(c.Data)
	}
	return b.String()
}

// find returns the one JSON-LD object with a type; a list of types
// matches when it holds typ.
func (h head) find(t *testing.T, typ string) map[string]any {
	t.Helper()
	var found []map[string]any
	for _, v := range h.ld {
		if slices.Contains(types(v), typ) {
			found = append(found, v)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d JSON-LD objects of type %s, want 1 (have %d objects)", len(found), typ, len(h.ld))
	}
	return found[0]
}

// types lists an object's @type, a string or an array of strings.
func types(v map[string]any) []string {
	switch t := v["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, s := range t {
			if s, ok := s.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func obj(t *testing.T, v any, what string) map[string]any {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%s is %T, want an object", what, v)
	}
	return m
}

func str(t *testing.T, v map[string]any, key string) string {
	t.Helper()
	s, ok := v[key].(string)
	if !ok || s == "" {
		t.Errorf("%s is %v, want a non-empty string", key, v[key])
	}
	return s
}

func strs(t *testing.T, v any, what string) []string {
	t.Helper()
	list, ok := v.([]any)
	if !ok {
		t.Fatalf("%s is %T, want an array", what, v)
	}
	out := make([]string, len(list))
	for i, x := range list {
		if out[i], ok = x.(string); !ok {
			t.Fatalf("%s[%d] is %T, want a string", what, i, x)
		}
	}
	return out
}

// absolute fails unless u is an absolute https URL on the site.
func absolute(t *testing.T, what, u string) {
	t.Helper()
	p, err := url.Parse(u)
	if err != nil || !p.IsAbs() || p.Host != "kabar.example" || !strings.HasPrefix(p.Path, "/") {
		t.Errorf("%s = %q, want an absolute URL on the site", what, u)
	}
}

// checkTime fails unless s is RFC 3339 with the zone's offset and names
// the instant want.
func checkTime(t *testing.T, what, s string, want time.Time, offset string) {
	t.Helper()
	got, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Errorf("%s = %q: %v", what, s, err)
		return
	}
	if !got.Equal(want) {
		t.Errorf("%s = %s, want the instant %s", what, s, want.UTC().Format(time.RFC3339))
	}
	if offset != "" && !strings.HasSuffix(s, offset) {
		t.Errorf("%s = %s, want the site's offset %s", what, s, offset)
	}
}

func setSettings(t *testing.T, s *webtest.Site, change func(*warta.Settings)) {
	t.Helper()
	s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(t.Context())
		if err != nil {
			return err
		}
		change(st)
		return tx.SaveSettings(t.Context(), st)
	})
}

func mustGet(t *testing.T, h http.Handler, path string, status int) string {
	t.Helper()
	res, body := webtest.Do(t, h, "GET", path)
	if res.StatusCode != status {
		t.Fatalf("GET %s: status %d, want %d\n%.500s", path, res.StatusCode, status, body)
	}
	return body
}

// TestArticleStructuredData checks the NewsArticle and BreadcrumbList of
// the fixture's main story, in the site's three Indonesian zones.
func TestArticleStructuredData(t *testing.T) {
	for _, zone := range []struct{ name, offset string }{
		{"Asia/Jakarta", "+07:00"}, {"Asia/Makassar", "+08:00"}, {"Asia/Jayapura", "+09:00"},
	} {
		t.Run(zone.name, func(t *testing.T) {
			s, f, h := newSite(t)
			setSettings(t, s, func(st *warta.Settings) { st.TimeZone = zone.name })
			hd := readHead(t, mustGet(t, h, webtest.MainPath, 200))
			canonical := base + webtest.MainPath
			a := hd.find(t, "NewsArticle")

			if got := types(a); !slices.Equal(got, []string{"NewsArticle", "ReportageNewsArticle"}) {
				t.Errorf("@type = %v, want a NewsArticle of reportage for plain news", got)
			}
			if got := str(t, a, "headline"); got != f.Main.Title || utf8.RuneCountInString(got) > 110 {
				t.Errorf("headline = %q, want the title", got)
			}
			if got := str(t, a, "description"); got != f.Main.Dek {
				t.Errorf("description = %q, want the dek", got)
			}
			images := strs(t, a["image"], "image")
			if len(images) == 0 {
				t.Error("no image")
			}
			for _, u := range images {
				absolute(t, "image", u)
			}
			if images[0] != base+"/media/uji/banjir.jpg" {
				t.Errorf("image = %v, want the featured photo (1200 px wide)", images)
			}
			checkTime(t, "datePublished", str(t, a, "datePublished"), webtest.Now.Add(-2*time.Hour), zone.offset)
			checkTime(t, "dateModified", str(t, a, "dateModified"), webtest.Now.Add(-time.Hour), zone.offset)

			authors, ok := a["author"].([]any)
			if !ok || len(authors) != 1 {
				t.Fatalf("author = %v, want one", a["author"])
			}
			au := obj(t, authors[0], "author")
			if types(au)[0] != "Person" || au["name"] != "Sari Lestari" || au["url"] != base+"/penulis/sari-lestari" {
				t.Errorf("author = %v, want the Person with her page", au)
			}
			pub := obj(t, a["publisher"], "publisher")
			if pt := types(pub); len(pt) != 1 || (pt[0] != "Organization" && pt[0] != "NewsMediaOrganization") {
				t.Errorf("publisher @type = %v", pt)
			}
			if pub["name"] != "Kabar Uji" || pub["url"] != base+"/" {
				t.Errorf("publisher = %v", pub)
			}
			logo := obj(t, pub["logo"], "publisher.logo")
			if types(logo)[0] != "ImageObject" {
				t.Errorf("logo @type = %v", logo["@type"])
			}
			absolute(t, "logo.url", str(t, logo, "url"))
			if w, _ := logo["width"].(float64); w < 112 {
				t.Errorf("logo width %v, want at least 112", logo["width"])
			}
			if res, _ := webtest.Do(t, h, "GET", strings.TrimPrefix(logo["url"].(string), base)); res.StatusCode != 200 ||
				res.Header.Get("Content-Type") != "image/png" {
				t.Errorf("logo not served: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
			}
			page := obj(t, a["mainEntityOfPage"], "mainEntityOfPage")
			if page["@id"] != canonical || a["url"] != canonical {
				t.Errorf("mainEntityOfPage = %v, url = %v, want %s", page, a["url"], canonical)
			}
			if a["articleSection"] != "Nasional" || a["inLanguage"] != "id" || a["isAccessibleForFree"] != true ||
				a["dateline"] != "Kabar Uji, Samarinda" {
				t.Errorf("articleSection %v, inLanguage %v, isAccessibleForFree %v, dateline %v",
					a["articleSection"], a["inLanguage"], a["isAccessibleForFree"], a["dateline"])
			}
			if kw := strs(t, a["keywords"], "keywords"); !slices.Equal(kw, []string{"Banjir", "Cuaca"}) {
				t.Errorf("keywords = %v", kw)
			}
			if wc, _ := a["wordCount"].(float64); int(wc) != f.Main.WordCount || wc == 0 {
				t.Errorf("wordCount = %v, want %d", a["wordCount"], f.Main.WordCount)
			}

			checkBreadcrumbs(t, hd, []string{"Beranda", "Nasional", f.Main.Title},
				[]string{base + "/", base + "/nasional/", canonical})

			// The dates of the Open Graph tags name the same instants.
			checkTime(t, "article:published_time", hd.first("article:published_time"), webtest.Now.Add(-2*time.Hour), zone.offset)
			checkTime(t, "article:modified_time", hd.first("article:modified_time"), webtest.Now.Add(-time.Hour), zone.offset)
		})
	}
}

// checkBreadcrumbs checks a BreadcrumbList: positions 1..n, names and
// absolute item URLs.
func checkBreadcrumbs(t *testing.T, hd head, names, urls []string) {
	t.Helper()
	list := hd.find(t, "BreadcrumbList")
	items, ok := list["itemListElement"].([]any)
	if !ok || len(items) != len(names) {
		t.Fatalf("itemListElement = %v, want %d items", list["itemListElement"], len(names))
	}
	for i, x := range items {
		it := obj(t, x, "itemListElement")
		if types(it)[0] != "ListItem" {
			t.Errorf("item %d @type %v", i, it["@type"])
		}
		if pos, _ := it["position"].(float64); int(pos) != i+1 {
			t.Errorf("item %d position %v, want %d", i, it["position"], i+1)
		}
		if it["name"] != names[i] {
			t.Errorf("item %d name %v, want %q", i, it["name"], names[i])
		}
		absolute(t, "item", str(t, it, "item"))
		if it["item"] != urls[i] {
			t.Errorf("item %d = %v, want %s", i, it["item"], urls[i])
		}
	}
}

// TestArticleMeta checks every Open Graph and X card tag of an article.
func TestArticleMeta(t *testing.T) {
	_, f, h := newSite(t)
	hd := readHead(t, mustGet(t, h, webtest.MainPath, 200))
	canonical := base + webtest.MainPath
	want := map[string][]string{
		"description":            {f.Main.Dek},
		"og:site_name":           {"Kabar Uji"},
		"og:locale":              {"id_ID"},
		"og:type":                {"article"},
		"og:title":               {f.Main.Title},
		"og:description":         {f.Main.Dek},
		"og:url":                 {canonical},
		"og:image":               {base + "/media/uji/banjir.jpg"},
		"og:image:width":         {"1200"},
		"og:image:height":        {"675"},
		"og:image:alt":           {f.Photo.Alt},
		"article:published_time": {"2026-11-27T08:00:00+07:00"},
		"article:modified_time":  {"2026-11-27T09:00:00+07:00"},
		"article:section":        {"Nasional"},
		"article:author":         {base + "/penulis/sari-lestari"},
		"article:tag":            {"Banjir", "Cuaca"},
		"twitter:card":           {"summary_large_image"},
		"twitter:title":          {f.Main.Title},
		"twitter:description":    {f.Main.Dek},
		"twitter:image":          {base + "/media/uji/banjir.jpg"},
		"twitter:image:alt":      {f.Photo.Alt},
	}
	for key, w := range want {
		if got := hd.meta[key]; !slices.Equal(got, w) {
			t.Errorf("%s = %q, want %q", key, got, w)
		}
	}
	if !slices.Equal(hd.canonical, []string{canonical}) {
		t.Errorf("canonical = %v", hd.canonical)
	}
	if r := hd.meta["robots"]; !slices.Equal(r, []string{largePreviews}) {
		t.Errorf("an article has robots %v, want %q", r, largePreviews)
	}
}

// largePreviews is the robots directive of every indexable page.
const largePreviews = "max-image-preview:large, max-snippet:-1, max-video-preview:-1"

// TestArticleTypesByLabel checks the schema.org type each label gets.
func TestArticleTypesByLabel(t *testing.T) {
	for _, tc := range []struct {
		label warta.Label
		want  []string
	}{
		{warta.LabelOpini, []string{"NewsArticle", "OpinionNewsArticle"}},
		{warta.LabelAnalisis, []string{"NewsArticle", "AnalysisNewsArticle"}},
		{warta.LabelAdvertorial, []string{"Article", "AdvertiserContentArticle"}},
	} {
		t.Run(string(tc.label), func(t *testing.T) {
			s, f, h := newSite(t)
			s.MustUpdate(t, func(tx warta.Tx) error {
				_, err := tx.UpdateArticle(t.Context(), f.Main.ID, warta.ArticleUpdate{Version: 1, Label: &tc.label})
				return err
			})
			hd := readHead(t, mustGet(t, h, webtest.MainPath, 200))
			a := hd.find(t, tc.want[1])
			if got := types(a); !slices.Equal(got, tc.want) {
				t.Errorf("@type = %v, want %v", got, tc.want)
			}
			if tc.label == warta.LabelAdvertorial {
				if _, ok := a["dateline"]; ok {
					t.Error("an advertorial carries the NewsArticle dateline")
				}
				for _, v := range hd.ld {
					if slices.Contains(types(v), "NewsArticle") {
						t.Error("an advertorial is marked up as a NewsArticle")
					}
				}
			}
		})
	}
}

// TestLongHeadline checks that a title over 110 characters is cut at a
// word for the headline while the page keeps it whole.
func TestLongHeadline(t *testing.T) {
	s, f, h := newSite(t)
	title := strings.Repeat("Pemerintah daerah menyiapkan bantuan ", 6) + "akhir"
	s.MustUpdate(t, func(tx warta.Tx) error {
		_, err := tx.UpdateArticle(t.Context(), f.Main.ID, warta.ArticleUpdate{Version: 1, Title: &title})
		return err
	})
	page := mustGet(t, h, webtest.MainPath, 200)
	got := str(t, readHead(t, page).find(t, "NewsArticle"), "headline")
	if n := utf8.RuneCountInString(got); n > 110 || n < 80 {
		t.Errorf("headline of %d characters: %q", n, got)
	}
	stem, ok := strings.CutSuffix(got, "…")
	if !ok || !strings.HasPrefix(title, stem) || title[len(stem)] != ' ' {
		t.Errorf("headline %q is not the title cut at a word with an ellipsis", got)
	}
	if !strings.Contains(page, "<h1>"+title+"</h1>") {
		t.Error("the page's own headline was cut too")
	}
}

// TestShareImageFromVariants checks that previews get the JPEG variant of
// about 1200 px and JSON-LD the large sizes, all absolute.
func TestShareImageFromVariants(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		m := &warta.Media{Key: "m/abc/1920.jpg", MimeType: "image/jpeg", Width: 1920, Height: 1080, Alt: "Sungai meluap", Hash: "abc"}
		for _, w := range []int{320, 640, 960, 1280, 1920} {
			for _, ext := range []string{"jpg", "webp"} {
				typ := map[string]string{"jpg": "image/jpeg", "webp": "image/webp"}[ext]
				m.Variants = append(m.Variants, warta.MediaVariant{Key: "m/abc/" + itoa(w) + "." + ext, MimeType: typ, Width: w, Height: w * 9 / 16})
			}
		}
		if err := tx.CreateMedia(t.Context(), m); err != nil {
			return err
		}
		_, err := tx.UpdateArticle(t.Context(), f.Main.ID, warta.ArticleUpdate{Version: 1, FeaturedMediaID: &m.ID})
		return err
	})
	hd := readHead(t, mustGet(t, h, webtest.MainPath, 200))
	for key, want := range map[string]string{"og:image": base + "/media/m/abc/1280.jpg", "og:image:width": "1280",
		"og:image:height": "720", "og:image:alt": "Sungai meluap", "twitter:image": base + "/media/m/abc/1280.jpg"} {
		if got := hd.first(key); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	images := strs(t, hd.find(t, "NewsArticle")["image"], "image")
	if !slices.Equal(images, []string{base + "/media/m/abc/1280.jpg", base + "/media/m/abc/1920.jpg"}) {
		t.Errorf("image = %v, want the 1280 and 1920 px JPEGs", images)
	}
}

func itoa(n int) string { return fmtID(int64(n)) }

// TestArticleWithoutPhotoOrAuthor checks the fallbacks: the site logo
// with a small card, the organisation as author, and a description made
// from the body when there is no dek.
func TestArticleWithoutPhotoOrAuthor(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		none, empty, noAuthors := int64(0), "", []int64{}
		_, err := tx.UpdateArticle(t.Context(), f.Main.ID, warta.ArticleUpdate{Version: 1, FeaturedMediaID: &none, Dek: &empty, AuthorIDs: &noAuthors})
		return err
	})
	hd := readHead(t, mustGet(t, h, webtest.MainPath, 200))
	if hd.first("twitter:card") != "summary" || !strings.HasPrefix(hd.first("og:image"), base+"/static/logo.") {
		t.Errorf("card %q with image %q, want the small card with the logo", hd.first("twitter:card"), hd.first("og:image"))
	}
	if d := hd.first("description"); !strings.HasPrefix(d, "Air setinggi pinggang") || utf8.RuneCountInString(d) > 160 {
		t.Errorf("description = %q, want the start of the body", d)
	}
	a := hd.find(t, "NewsArticle")
	if _, ok := a["image"]; ok {
		t.Errorf("image = %v for a story without a photo", a["image"])
	}
	authors, _ := a["author"].([]any)
	if len(authors) != 1 || obj(t, authors[0], "author")["name"] != "Kabar Uji" {
		t.Errorf("author = %v, want the site", a["author"])
	}
	if a["description"] != hd.first("description") {
		t.Errorf("JSON-LD description %v, meta %q", a["description"], hd.first("description"))
	}
}

// TestSEODescriptionWins checks that the editor's SEO description is the
// meta description while JSON-LD keeps the dek.
func TestSEODescriptionWins(t *testing.T) {
	s, f, h := newSite(t)
	desc := "Ringkasan khusus mesin pencari."
	s.MustUpdate(t, func(tx warta.Tx) error {
		_, err := tx.UpdateArticle(t.Context(), f.Main.ID, warta.ArticleUpdate{Version: 1, SEODescription: &desc})
		return err
	})
	hd := readHead(t, mustGet(t, h, webtest.MainPath, 200))
	for _, key := range []string{"description", "og:description", "twitter:description"} {
		if got := hd.first(key); got != desc {
			t.Errorf("%s = %q, want the SEO description", key, got)
		}
	}
	if got := hd.find(t, "NewsArticle")["description"]; got != f.Main.Dek {
		t.Errorf("JSON-LD description = %v, want the dek", got)
	}
}

// TestListStructuredData checks the breadcrumbs of sections, tags and
// authors, the author's Person and the descriptions of each.
func TestListStructuredData(t *testing.T) {
	_, f, h := newSite(t)
	t.Run("section", func(t *testing.T) {
		hd := readHead(t, mustGet(t, h, "/nasional/", 200))
		checkBreadcrumbs(t, hd, []string{"Beranda", "Nasional"}, []string{base + "/", base + "/nasional/"})
		if hd.first("description") != f.Nasional.Description || hd.first("og:type") != "website" {
			t.Errorf("description %q, og:type %q", hd.first("description"), hd.first("og:type"))
		}
	})
	t.Run("tag", func(t *testing.T) {
		hd := readHead(t, mustGet(t, h, "/tag/banjir", 200))
		checkBreadcrumbs(t, hd, []string{"Beranda", "Banjir"}, []string{base + "/", base + "/tag/banjir"})
		if d := hd.first("description"); d != "Kumpulan berita tentang Banjir di Kabar Uji." {
			t.Errorf("description = %q", d)
		}
	})
	t.Run("author", func(t *testing.T) {
		hd := readHead(t, mustGet(t, h, "/penulis/sari-lestari", 200))
		checkBreadcrumbs(t, hd, []string{"Beranda", "Sari Lestari"}, []string{base + "/", base + "/penulis/sari-lestari"})
		profile := hd.find(t, "ProfilePage")
		p := obj(t, profile["mainEntity"], "mainEntity")
		if types(p)[0] != "Person" {
			t.Fatalf("mainEntity @type = %v", p["@type"])
		}
		for key, want := range map[string]string{"name": "Sari Lestari", "url": base + "/penulis/sari-lestari",
			"description": f.Sari.Bio, "jobTitle": "Jurnalis", "image": base + "/media/uji/banjir.jpg"} {
			if p[key] != want {
				t.Errorf("Person %s = %v, want %q", key, p[key], want)
			}
		}
		if same := strs(t, p["sameAs"], "sameAs"); !slices.Equal(same, []string{"https://x.com/sarilestari"}) {
			t.Errorf("sameAs = %v", same)
		}
		if hd.first("description") != f.Sari.Bio {
			t.Errorf("description = %q, want the bio", hd.first("description"))
		}
	})
}

// TestHomeStructuredData checks the WebSite with its search and the
// Organization with its logo and social profiles.
func TestHomeStructuredData(t *testing.T) {
	_, _, h := newSite(t)
	hd := readHead(t, mustGet(t, h, "/", 200))
	site := hd.find(t, "WebSite")
	if site["url"] != base+"/" || site["name"] != "Kabar Uji" || site["inLanguage"] != "id" {
		t.Errorf("WebSite = %v", site)
	}
	action := obj(t, site["potentialAction"], "potentialAction")
	if types(action)[0] != "SearchAction" {
		t.Errorf("potentialAction @type = %v", action["@type"])
	}
	target := obj(t, action["target"], "target")
	tmpl := str(t, target, "urlTemplate")
	if !strings.HasPrefix(tmpl, base+"/cari?q=") || !strings.Contains(tmpl, "{search_term_string}") {
		t.Errorf("urlTemplate = %q", tmpl)
	}
	if action["query-input"] != "required name=search_term_string" {
		t.Errorf("query-input = %v", action["query-input"])
	}
	// The template is a working search URL.
	mustGet(t, h, strings.TrimPrefix(strings.ReplaceAll(tmpl, "{search_term_string}", "banjir"), base), 200)

	org := hd.find(t, "NewsMediaOrganization")
	if org["name"] != "Kabar Uji" || org["url"] != base+"/" {
		t.Errorf("Organization = %v", org)
	}
	logo := obj(t, org["logo"], "logo")
	if u := str(t, logo, "url"); !strings.HasPrefix(u, base+"/static/logo.") || logo["width"] != 512.0 || logo["height"] != 512.0 {
		t.Errorf("logo = %v, want the default 512 px logo", logo)
	}
	if same := strs(t, org["sameAs"], "sameAs"); !slices.Equal(same, []string{"https://www.facebook.com/kabaruji", "https://www.instagram.com/kabaruji"}) {
		t.Errorf("sameAs = %v", same)
	}
	for key, want := range map[string]string{"og:type": "website", "og:title": "Kabar Uji", "og:url": base + "/",
		"twitter:card": "summary", "og:image:width": "512", "og:description": "Situs berita untuk pengujian."} {
		if got := hd.first(key); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	if hd.first("og:image") != logo["url"] {
		t.Errorf("og:image %q is not the logo %v", hd.first("og:image"), logo["url"])
	}
}

// TestSiteLogo checks that a logo set in the settings replaces the
// default in the publisher and in previews.
func TestSiteLogo(t *testing.T) {
	s, f, h := newSite(t)
	setSettings(t, s, func(st *warta.Settings) { st.LogoMediaID = f.Photo.ID })
	hd := readHead(t, mustGet(t, h, webtest.MainPath, 200))
	logo := obj(t, obj(t, hd.find(t, "NewsArticle")["publisher"], "publisher")["logo"], "logo")
	if logo["url"] != base+"/media/uji/banjir.jpg" || logo["width"] != 1200.0 {
		t.Errorf("publisher logo = %v, want the site's", logo)
	}
	if got := readHead(t, mustGet(t, h, "/nasional/", 200)).first("og:image"); got != base+"/media/uji/banjir.jpg" {
		t.Errorf("og:image of a section = %q, want the site's logo", got)
	}
}

// TestCanonicalAndRobots checks which pages name a canonical URL and
// which ask not to be indexed.
func TestCanonicalAndRobots(t *testing.T) {
	s, f, h := newSite(t)
	s.Articles(t, f, f.Ekonomi, 25)
	s.MustUpdate(t, func(tx warta.Tx) error {
		if err := tx.CreateTag(t.Context(), &warta.Tag{Slug: "kosong", Name: "Kosong"}); err != nil {
			return err
		}
		if err := tx.CreateSection(t.Context(), &warta.Section{Slug: "sepi", Name: "Sepi", Position: 3}); err != nil {
			return err
		}
		return tx.CreatePerson(t.Context(), &warta.Person{Slug: "baru", Name: "Penulis Baru"})
	})
	const noindex = "noindex, follow"
	const large = largePreviews
	for _, tc := range []struct {
		name, path string
		status     int
		canonical  string // "" when there must be none
		robots     string
	}{
		{"home", "/", 200, base + "/", large},
		{"article", webtest.MainPath, 200, base + webtest.MainPath, large},
		{"section", "/ekonomi/", 200, base + "/ekonomi/", large},
		{"section page 2", "/ekonomi/?page=2", 200, base + "/ekonomi/?page=2", large},
		{"tag", "/tag/banjir", 200, base + "/tag/banjir", large},
		{"author", "/penulis/sari-lestari", 200, base + "/penulis/sari-lestari", large},
		{"index", "/indeks", 200, base + "/indeks", large},
		{"index day", "/indeks/2026-11-26", 200, base + "/indeks/2026-11-26", large},
		{"search", "/cari?q=banjir", 200, "", noindex},
		{"search form", "/cari", 200, "", noindex},
		{"empty tag", "/tag/kosong", 200, "", noindex},
		{"empty section", "/sepi/", 200, "", noindex},
		{"author without stories", "/penulis/baru", 200, "", noindex},
		{"empty index day", "/indeks/2020-01-01", 200, "", noindex},
		{"not found", "/tidak-ada", 404, "", "noindex"},
		{"withdrawn", "/nasional/2026/11/24/berita-ditarik", 410, "", "noindex"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hd := readHead(t, mustGet(t, h, tc.path, tc.status))
			if tc.canonical == "" && len(hd.canonical) != 0 || tc.canonical != "" && !slices.Equal(hd.canonical, []string{tc.canonical}) {
				t.Errorf("canonical = %v, want %q", hd.canonical, tc.canonical)
			}
			if got := strings.Join(hd.meta["robots"], "|"); got != tc.robots {
				t.Errorf("robots = %q, want %q", got, tc.robots)
			}
			for _, key := range []string{"og:site_name", "og:locale", "og:type", "og:title", "og:image", "og:image:width", "og:image:height",
				"twitter:card", "twitter:title", "twitter:image"} {
				if len(hd.meta[key]) != 1 || hd.meta[key][0] == "" {
					t.Errorf("%s = %q, want one value", key, hd.meta[key])
				}
			}
			for _, key := range []string{"og:image", "twitter:image"} {
				absolute(t, key, hd.first(key))
			}
			if got := hd.meta["og:url"]; tc.canonical == "" && got != nil || tc.canonical != "" && !slices.Equal(got, []string{tc.canonical}) {
				t.Errorf("og:url = %q, want the canonical URL %q", got, tc.canonical)
			}
		})
	}
	// A page past the end is not found rather than an empty 200.
	mustGet(t, h, "/ekonomi/?page=3", 404)
}

// TestEnglishSiteMeta checks the locale and language of an English site.
func TestEnglishSiteMeta(t *testing.T) {
	s, _, h := newSite(t)
	setSettings(t, s, func(st *warta.Settings) { st.Language = "en" })
	hd := readHead(t, mustGet(t, h, webtest.MainPath, 200))
	if hd.first("og:locale") != "en_US" || hd.find(t, "NewsArticle")["inLanguage"] != "en" {
		t.Errorf("og:locale %q, inLanguage %v", hd.first("og:locale"), hd.find(t, "NewsArticle")["inLanguage"])
	}
	checkBreadcrumbs(t, hd, []string{"Home", "Nasional", "Banjir Rendam Tiga Kecamatan di Kota Sungai"},
		[]string{base + "/", base + "/nasional/", base + webtest.MainPath})
}

// TestNoHreflang pins the decision that a one-language site names no
// alternate languages (see seo.go).
func TestNoHreflang(t *testing.T) {
	_, _, h := newSite(t)
	doc := webtest.Parse(t, mustGet(t, h, webtest.MainPath, 200))
	for _, l := range webtest.FindAll(doc, "link") {
		if _, ok := webtest.Attr(l, "hreflang"); ok {
			t.Errorf("hreflang link on a one-language site")
		}
	}
}

// twitter:site names the site's X account from its "Ikuti kami" links,
// twitter:creator the first author's.
func TestXAccounts(t *testing.T) {
	s, _, h := newSite(t)
	hd := readHead(t, mustGet(t, h, webtest.MainPath, 200))
	if got := hd.meta["twitter:creator"]; !slices.Equal(got, []string{"@sarilestari"}) {
		t.Errorf("twitter:creator = %q, want the author's account", got)
	}
	if got := hd.meta["twitter:site"]; got != nil {
		t.Errorf("twitter:site = %q on a site without an X link", got)
	}
	setSettings(t, s, func(st *warta.Settings) {
		st.Social = append(st.Social, warta.SocialLink{Network: "x", URL: "https://x.com/search?q=kabar"},
			warta.SocialLink{Network: "x", URL: "https://twitter.com/KabarUji/"})
	})
	for _, path := range []string{"/", webtest.MainPath, "/ekonomi/"} {
		if got := readHead(t, mustGet(t, h, path, 200)).meta["twitter:site"]; !slices.Equal(got, []string{"@KabarUji"}) {
			t.Errorf("%s: twitter:site = %q, want @KabarUji", path, got)
		}
	}
}
