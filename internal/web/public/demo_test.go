package public_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"warta/internal/demo"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// The demo site as a reader sees it: on the home page, each section's
// first page and every story page, no block or list shows one picture or
// one headline twice; every picture a story body holds answers 200 and
// has its size; the demo has at least 40 distinct pictures.
func TestDemoPagesShowNoTwins(t *testing.T) {
	s := webtest.NewSite(t)
	if _, err := demo.Fill(context.Background(), s.Store, s.Blobs, s.Now()); err != nil {
		t.Fatal(err)
	}
	h, err := public.New(public.Config{Store: s.Store, Blobs: s.Blobs, BaseURL: "https://kabar.example", Logger: s.Logger(), Now: s.Now})
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) (int, *html.Node) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		doc, err := html.Parse(rec.Body)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return rec.Code, doc
	}
	pictures := map[string]bool{}
	articles := map[string]bool{}
	checkPage := func(path string) *html.Node {
		code, doc := get(path)
		if code != http.StatusOK {
			t.Fatalf("%s: %d", path, code)
		}
		for _, b := range blocks(doc) {
			checkBlock(t, path, b)
		}
		for _, img := range findAll(doc, "img") {
			if k := pictureOf(attr(img, "src")); k != "" {
				pictures[k] = true
			}
		}
		for _, a := range findAll(doc, "a") {
			if href := attr(a, "href"); articlePath.MatchString(href) {
				articles[strings.SplitN(href, "#", 2)[0]] = true
			}
		}
		return doc
	}

	home := checkPage("/")
	for _, a := range findAll(home, "a") {
		if href := attr(a, "href"); sectionPath.MatchString(href) {
			checkPage(href)
		}
	}
	// Every story linked from those pages and from the stories' own
	// lists, and their body pictures.
	seen := map[string]bool{}
	for len(seen) < len(articles) {
		for path := range articles {
			if seen[path] {
				continue
			}
			seen[path] = true
			doc := checkPage(path)
			for _, body := range findClass(doc, "story-body") {
				for _, img := range findAll(body, "img") {
					src := attr(img, "src")
					if attr(img, "width") == "" || attr(img, "height") == "" {
						t.Errorf("%s: body picture %s without width and height", path, src)
					}
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, src, nil))
					if rec.Code != http.StatusOK {
						t.Errorf("%s: body picture %s answers %d", path, src, rec.Code)
					}
				}
			}
		}
	}
	t.Logf("%d stories, %d distinct pictures", len(seen), len(pictures))
	if len(seen) < 280 {
		t.Errorf("reached %d stories from the home and section pages, want nearly all the demo's 320", len(seen))
	}
	if len(pictures) < 40 {
		t.Errorf("%d distinct pictures on the demo's pages, want at least 40", len(pictures))
	}
}

var (
	articlePath = regexp.MustCompile(`^/[a-z-]+/\d{4}/\d{2}/\d{2}/[a-z0-9-]+/?$`)
	sectionPath = regexp.MustCompile(`^/(nasional|internasional|ekonomi|olahraga|teknologi|gaya-hidup|opini)/$`)
	mediaDir    = regexp.MustCompile(`^/media/(m/[0-9a-f]+)/`)
)

// pictureOf names the picture an image address shows, whatever its size.
func pictureOf(src string) string {
	if m := mediaDir.FindStringSubmatch(src); m != nil {
		return m[1]
	}
	return ""
}

// blocks are the page's lists: every section and aside, and every list
// of stories.
func blocks(doc *html.Node) []*html.Node {
	var out []*html.Node
	for _, tag := range []string{"section", "aside", "ul", "ol"} {
		out = append(out, findAll(doc, tag)...)
	}
	return out
}

// checkBlock reports a picture or a headline that two different stories
// of one block show.
func checkBlock(t *testing.T, page string, b *html.Node) {
	t.Helper()
	picBy, titleBy := map[string]string{}, map[string]string{}
	for _, a := range findAll(b, "a") {
		href := attr(a, "href")
		if !articlePath.MatchString(href) {
			continue
		}
		for _, img := range findAll(a, "img") {
			if k := pictureOf(attr(img, "src")); k != "" {
				if other, ok := picBy[k]; ok && other != href {
					t.Errorf("%s: a %s block shows picture %s for %s and %s", page, b.Data, k, other, href)
				}
				picBy[k] = href
			}
		}
		if title := strings.Join(strings.Fields(text(a)), " "); len(title) > 20 {
			if other, ok := titleBy[title]; ok && other != href {
				t.Errorf("%s: a %s block shows %q for %s and %s", page, b.Data, title, other, href)
			}
			titleBy[title] = href
		}
	}
}

func findAll(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.Data == tag {
			out = append(out, c)
		}
	}
	return out
}

func findClass(n *html.Node, class string) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && strings.Contains(" "+attr(c, "class")+" ", " "+class+" ") {
			out = append(out, c)
		}
	}
	return out
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}
