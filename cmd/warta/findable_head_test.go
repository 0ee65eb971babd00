package main

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"warta"
	"warta/internal/web/webtest"
)

// The <head> half of TestDemoFindable: JSON-LD and the link preview tags.

// pageHead is what a page's <head> tells crawlers and link previews.
type pageHead struct {
	meta      map[string][]string // content by property or name
	canonical []string
	ld        []map[string]any
}

func readPageHead(t *testing.T, page string) pageHead {
	t.Helper()
	doc := webtest.Parse(t, page)
	h := pageHead{meta: map[string][]string{}}
	for _, m := range webtest.FindAll(doc, "meta") {
		key, ok := webtest.Attr(m, "property")
		if !ok {
			key, _ = webtest.Attr(m, "name")
		}
		if content, ok := webtest.Attr(m, "content"); ok && key != "" {
			h.meta[key] = append(h.meta[key], content)
		}
	}
	for _, l := range webtest.FindAll(doc, "link", "rel", "canonical") {
		href, _ := webtest.Attr(l, "href")
		h.canonical = append(h.canonical, href)
	}
	for _, s := range webtest.FindAll(doc, "script", "type", "application/ld+json") {
		var v map[string]any
		if err := json.Unmarshal([]byte(webtest.Text(s)), &v); err != nil {
			t.Fatalf("JSON-LD is not a JSON object: %v\n%s", err, webtest.Text(s))
		}
		if v["@context"] != "https://schema.org" {
			t.Errorf("JSON-LD @context %v", v["@context"])
		}
		h.ld = append(h.ld, v)
	}
	return h
}

// meta1 is the one value of a meta property, failing on none or several.
func (h pageHead) meta1(t *testing.T, key string) string {
	t.Helper()
	if v := h.meta[key]; len(v) == 1 && v[0] != "" {
		return v[0]
	}
	t.Errorf("meta %s = %q, want one value", key, h.meta[key])
	return ""
}

// ldTypes is an object's @type, a string or a list.
func ldTypes(v map[string]any) []string {
	switch typ := v["@type"].(type) {
	case string:
		return []string{typ}
	case []any:
		var out []string
		for _, x := range typ {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// find returns the one JSON-LD block of a type.
func (h pageHead) find(t *testing.T, typ string) map[string]any {
	t.Helper()
	var found []map[string]any
	for _, v := range h.ld {
		if slices.Contains(ldTypes(v), typ) {
			found = append(found, v)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d JSON-LD blocks of type %s, want 1", len(found), typ)
	}
	return found[0]
}

// ldObj and ldStr read a property, failing when it is not an object or a
// non-empty string.
func ldObj(t *testing.T, v map[string]any, key string) map[string]any {
	t.Helper()
	o, ok := v[key].(map[string]any)
	if !ok {
		t.Fatalf("%s is %T, want an object", key, v[key])
	}
	return o
}

func ldStr(t *testing.T, v map[string]any, key string) string {
	t.Helper()
	s, ok := v[key].(string)
	if !ok || s == "" {
		t.Errorf("%s is %v, want a non-empty string", key, v[key])
	}
	return s
}

func ldList(t *testing.T, v map[string]any, key string) []any {
	t.Helper()
	l, ok := v[key].([]any)
	if !ok || len(l) == 0 {
		t.Fatalf("%s is %v, want a non-empty array", key, v[key])
	}
	return l
}

// checkLogo checks an ImageObject logo: an image on the site with its size.
func (d *demoCrawler) checkLogo(t *testing.T, org map[string]any) {
	t.Helper()
	logo := ldObj(t, org, "logo")
	d.answers200(t, "logo", ldStr(t, logo, "url"))
	if w, _ := logo["width"].(float64); w < 112 {
		t.Errorf("logo width %v, want at least 112 px", logo["width"])
	}
	if h, _ := logo["height"].(float64); h <= 0 {
		t.Errorf("logo height %v", logo["height"])
	}
}

// checkBreadcrumbs checks a BreadcrumbList from the home page to page.
func (d *demoCrawler) checkBreadcrumbs(t *testing.T, h pageHead, page string) {
	t.Helper()
	items := ldList(t, h.find(t, "BreadcrumbList"), "itemListElement")
	for i, x := range items {
		it, _ := x.(map[string]any)
		if it == nil || it["@type"] != "ListItem" || it["position"] != float64(i+1) {
			t.Errorf("breadcrumb %d is %v", i, x)
			continue
		}
		ldStr(t, it, "name")
		d.answers200(t, "breadcrumb "+strconv.Itoa(i+1), ldStr(t, it, "item"))
	}
	if first, _ := items[0].(map[string]any); first == nil || first["item"] != d.base+"/" {
		t.Errorf("breadcrumbs start at %v, want the home page", items[0])
	}
	if last, _ := items[len(items)-1].(map[string]any); last == nil || last["item"] != page {
		t.Errorf("breadcrumbs end at %v, want %s", items[len(items)-1], page)
	}
}

// newestByLabel returns the newest published story of each label, in
// the order of warta.Labels.
func (d *demoCrawler) newestByLabel(t *testing.T) []*warta.Article {
	t.Helper()
	var out []*warta.Article
	for _, l := range warta.Labels {
		i := slices.IndexFunc(d.articles, func(a *warta.Article) bool { return a.Label == l })
		if i < 0 {
			t.Fatalf("the demo has no published %s story", l)
		}
		out = append(out, d.articles[i])
	}
	return out
}

// articleTypes is the schema.org type each label must carry; an
// advertorial is never a NewsArticle.
var articleTypes = map[warta.Label]string{
	warta.LabelBerita:      "ReportageNewsArticle",
	warta.LabelOpini:       "OpinionNewsArticle",
	warta.LabelAnalisis:    "AnalysisNewsArticle",
	warta.LabelAdvertorial: "AdvertiserContentArticle",
}

func (d *demoCrawler) checkStructuredData(t *testing.T) {
	t.Run("home", func(t *testing.T) {
		_, page := d.mustGet(t, "/", http.StatusOK)
		h := readPageHead(t, page)
		site := h.find(t, "WebSite")
		if site["url"] != d.base+"/" || site["name"] != d.site.SiteName {
			t.Errorf("WebSite %v", site)
		}
		action := ldObj(t, site, "potentialAction")
		tmpl := ldStr(t, ldObj(t, action, "target"), "urlTemplate")
		if action["@type"] != "SearchAction" || !strings.Contains(tmpl, "{search_term_string}") || action["query-input"] != "required name=search_term_string" {
			t.Errorf("SearchAction %v", action)
		}
		d.answers200(t, "search", strings.Replace(tmpl, "{search_term_string}", "banjir", 1))
		org := h.find(t, "NewsMediaOrganization")
		if org["name"] != d.site.SiteName || org["url"] != d.base+"/" {
			t.Errorf("organization %v", org)
		}
		d.checkLogo(t, org)
	})
	for _, a := range d.newestByLabel(t) {
		t.Run(string(a.Label), func(t *testing.T) {
			page := d.base + a.Path(d.loc)
			_, body := d.mustGet(t, page, http.StatusOK)
			h := readPageHead(t, body)
			ld := h.find(t, articleTypes[a.Label])
			if news := slices.Contains(ldTypes(ld), "NewsArticle"); news == (a.Label == warta.LabelAdvertorial) {
				t.Errorf("%s story has the types %v", a.Label, ldTypes(ld))
			}
			if ldObj(t, ld, "mainEntityOfPage")["@id"] != page || ld["url"] != page {
				t.Errorf("mainEntityOfPage %v, url %v, want %s", ld["mainEntityOfPage"], ld["url"], page)
			}
			hl := ldStr(t, ld, "headline")
			if n := utf8.RuneCountInString(hl); n > 110 || (hl != a.Title && !strings.HasPrefix(a.Title, strings.TrimSuffix(hl, "…"))) {
				t.Errorf("headline %q (%d characters) for the title %q", hl, n, a.Title)
			}
			for i, img := range ldList(t, ld, "image") {
				s, _ := img.(string)
				d.answers200(t, "image "+strconv.Itoa(i), s)
			}
			modified := a.PublishedAt
			if a.UpdatedAt.After(modified) {
				modified = a.UpdatedAt
			}
			for key, want := range map[string]time.Time{"datePublished": a.PublishedAt, "dateModified": modified} {
				s := ldStr(t, ld, key)
				tm, err := time.Parse(time.RFC3339, s)
				if err != nil {
					t.Errorf("%s %q: %v", key, s, err)
					continue
				}
				hasOffset(t, key, s, &tm, wib, want)
			}
			authors := ldList(t, ld, "author")
			if len(authors) != len(a.Authors) {
				t.Errorf("%d authors in JSON-LD, the story has %d", len(authors), len(a.Authors))
			}
			for i, x := range authors {
				p, _ := x.(map[string]any)
				if p == nil || p["@type"] != "Person" {
					t.Errorf("author %d is %v, want a Person", i, x)
					continue
				}
				if i < len(a.Authors) && p["name"] != a.Authors[i].Name {
					t.Errorf("author %d is %v, want %s", i, p["name"], a.Authors[i].Name)
				}
				d.answers200(t, "author url", ldStr(t, p, "url"))
			}
			pub := ldObj(t, ld, "publisher")
			if pub["name"] != d.site.SiteName || !strings.HasSuffix(ldStr(t, pub, "@type"), "Organization") {
				t.Errorf("publisher %v", pub)
			}
			d.checkLogo(t, pub)
			if ld["articleSection"] != a.Section.Name || ld["inLanguage"] != d.site.Language || ld["isAccessibleForFree"] != true {
				t.Errorf("articleSection %v, inLanguage %v, isAccessibleForFree %v", ld["articleSection"], ld["inLanguage"], ld["isAccessibleForFree"])
			}
			d.checkBreadcrumbs(t, h, page)
		})
	}
	t.Run("author", func(t *testing.T) {
		who := d.articles[0].Authors[0]
		page := d.base + "/penulis/" + who.Slug
		_, body := d.mustGet(t, page, http.StatusOK)
		h := readPageHead(t, body)
		person := ldObj(t, h.find(t, "ProfilePage"), "mainEntity")
		if person["@type"] != "Person" || person["name"] != who.Name || person["url"] != page {
			t.Errorf("Person %v, want %s at %s", person, who.Name, page)
		}
		if img, ok := person["image"].(string); ok {
			d.answers200(t, "portrait", img)
		}
		d.checkBreadcrumbs(t, h, page)
	})
	t.Run("section", func(t *testing.T) {
		sec := d.articles[0].Section
		page := d.base + "/" + sec.Slug + "/"
		_, body := d.mustGet(t, page, http.StatusOK)
		d.checkBreadcrumbs(t, readPageHead(t, body), page)
	})
}

// checkLinkPreviews checks the Open Graph and X card tags and the
// canonical URL of a story of each label.
func (d *demoCrawler) checkLinkPreviews(t *testing.T) {
	for _, a := range d.newestByLabel(t) {
		t.Run(string(a.Label), func(t *testing.T) {
			page := d.base + a.Path(d.loc)
			_, body := d.mustGet(t, page, http.StatusOK)
			h := readPageHead(t, body)
			if !slices.Equal(h.canonical, []string{page}) {
				t.Errorf("canonical %q, want %s", h.canonical, page)
			}
			if h.meta1(t, "og:type") != "article" || h.meta1(t, "og:url") != page || h.meta1(t, "og:title") == "" {
				t.Errorf("og:type %q, og:url %q, og:title %q", h.meta["og:type"], h.meta["og:url"], h.meta["og:title"])
			}
			d.answers200(t, "og:image", h.meta1(t, "og:image"))
			for _, key := range []string{"og:image:width", "og:image:height"} {
				if n, err := strconv.Atoi(h.meta1(t, key)); err != nil || n <= 0 {
					t.Errorf("%s = %q", key, h.meta[key])
				}
			}
			published := h.meta1(t, "article:published_time")
			if tm, err := time.Parse(time.RFC3339, published); err != nil || !tm.Equal(a.PublishedAt) {
				t.Errorf("article:published_time %q, want the instant %s", published, a.PublishedAt.Format(time.RFC3339))
			}
			if card := h.meta1(t, "twitter:card"); card != "summary_large_image" {
				t.Errorf("twitter:card %q, want the large card of a story with a photo", card)
			}
			d.answers200(t, "twitter:image", h.meta1(t, "twitter:image"))
		})
	}
}
