package public_test

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"warta"
	"warta/internal/body"
	"warta/internal/web/webtest"
)

// xssVectors are from the OWASP XSS filter evasion cheat sheet, rewritten.
var xssVectors = []string{
	`</script><script>alert(1)</script>`,
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	`'><svg/onload=alert(1)>`,
	`javascript:alert(1)`,
	`<iframe src="javascript:alert(1)"></iframe>`,
	`<a href="jav&#x09;ascript:alert(1)">klik</a>`,
	`<IMG SRC=JaVaScRiPt:alert('XSS')>`,
	`<body onload=alert(1)>`,
	`<math><mi xlink:href="javascript:alert(1)">x</mi></math>`,
	`</title><script>alert(1)</script>`,
	`<style>@import 'javascript:alert(1)';</style>`,
	`<div style="background:url(javascript:alert(1))">x</div>`,
	`<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`,
	`<details open ontoggle=alert(1)>`,
	`{{.}}<!--`,
}

// TestXSSInert puts every vector into every field readers see — title,
// dek, dateline, body, section, tag and person names, bio, site name and
// tagline — and checks that no page runs any of it, that the JSON-LD
// blocks stay JSON holding the text as written, and that meta attributes
// hold it whole.
func TestXSSInert(t *testing.T) {
	s, f, h := newSite(t)
	all := strings.Join(xssVectors, " ")
	ctx := context.Background()
	s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(ctx)
		if err != nil {
			return err
		}
		st.SiteName, st.Tagline, st.Description = "Kabar "+all, all, all
		st.FeedFullContent = true // the feeds below carry the hostile body too
		if err := tx.SaveSettings(ctx, st); err != nil {
			return err
		}
		f.Nasional.Name, f.Nasional.Description = "Nasional "+all, all
		if err := tx.UpdateSection(ctx, f.Nasional); err != nil {
			return err
		}
		f.Banjir.Name = "Banjir " + all
		if err := tx.UpdateTag(ctx, f.Banjir); err != nil {
			return err
		}
		f.Sari.Name, f.Sari.Title, f.Sari.Bio = "Sari "+all, all, all
		if err := tx.UpdatePerson(ctx, f.Sari); err != nil {
			return err
		}
		title, dek, dateline := "Banjir "+cut(all, 280), cut(all, 590), "Samarinda "+cut(all, 100)
		bodyHTML := body.Sanitize(strings.Join(xssVectors, "<p>x</p>"))
		_, err = tx.UpdateArticle(ctx, f.Main.ID, warta.ArticleUpdate{Version: 1, Title: &title, Dek: &dek, Dateline: &dateline, BodyHTML: &bodyHTML})
		return err
	})
	for _, path := range []string{"/", webtest.MainPath, "/nasional/", "/tag/banjir", "/penulis/sari-lestari", "/indeks", "/tidak-ada"} {
		t.Run(path, func(t *testing.T) {
			_, page := webtest.Do(t, h, "GET", path)
			if !strings.Contains(page, "alert(1)") {
				t.Fatalf("%s does not show the hostile text at all; the test proves nothing", path)
			}
			assertInert(t, page)
			doc := webtest.Parse(t, page)
			var ld strings.Builder
			for _, s := range webtest.FindAll(doc, "script") {
				var v any
				if err := json.Unmarshal([]byte(webtest.Text(s)), &v); err != nil {
					t.Fatalf("a JSON-LD block broke: %v", err)
				}
				b, _ := json.Marshal(v)
				ld.Write(b)
			}
			if ld.Len() > 0 && !strings.Contains(ld.String(), "alert(1)") {
				t.Errorf("the JSON-LD does not carry the hostile text; the test proves nothing for it")
			}
			if path == webtest.MainPath {
				title := "Banjir " + cut(all, 280)
				for _, m := range webtest.FindAll(doc, "meta", "property", "og:title") {
					if v, _ := webtest.Attr(m, "content"); v != title {
						t.Errorf("og:title = %q, want the title as written", v)
					}
				}
				if !strings.Contains(ld.String(), `"headline":"Banjir \u003c/script\u003e\u003cscript\u003ealert(1)`) {
					t.Errorf("the headline in JSON-LD is not the title as written:\n%s", ld.String())
				}
			}
		})
	}
	for _, path := range []string{"/feed", "/feed/atom", "/feed.json", "/nasional/feed", "/tag/banjir/feed/atom", "/penulis/sari-lestari/feed.json"} {
		t.Run(path, func(t *testing.T) { assertFeedInert(t, h, path) })
	}
}

// pictureStyle is the one inline style the templates write, from numbers
// only: a picture box's shape and its focal point.
var pictureStyle = regexp.MustCompile(`^(aspect-ratio:\d+/\d+)?;?(object-position:[\d.]+% [\d.]+%)?$`)

// assertInert fails if the page has a script, an event handler attribute,
// a javascript: or data: URL, an iframe or an inline style.
func assertInert(t *testing.T, page string) {
	t.Helper()
	doc := webtest.Parse(t, page)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				// Only JSON-LD, whose content must parse as JSON: a hostile
				// string that closed the block would leave broken JSON or
				// a second script without this type.
				if typ, _ := webtest.Attr(n, "type"); typ != "application/ld+json" || !json.Valid([]byte(webtest.Text(n))) {
					t.Errorf("<script type=%q> element on the page", typ)
				}
			case "iframe", "style", "object", "embed", "math", "svg", "details":
				t.Errorf("<%s> element on the page", n.Data)
			}
			for _, a := range n.Attr {
				v := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
				switch {
				case strings.HasPrefix(a.Key, "on"):
					t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
				case a.Key == "style" && !pictureStyle.MatchString(a.Val):
					t.Errorf("<%s style=%q>", n.Data, a.Val)
				case (a.Key == "href" || a.Key == "src" || a.Key == "action" || a.Key == "xlink:href") &&
					(strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:") || strings.HasPrefix(v, "vbscript:")):
					t.Errorf("<%s %s=%q>", n.Data, a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func TestHostileLinksRefused(t *testing.T) {
	s, _, _ := newSite(t)
	for _, u := range []string{"javascript:alert(1)", " javascript:alert(1)", "data:text/html,x", "//evil.example/x"} {
		err := s.Store.Update(context.Background(), func(tx warta.Tx) error {
			st, err := tx.FindSettings(context.Background())
			if err != nil {
				return err
			}
			st.Social = []warta.SocialLink{{Network: "x", URL: u}}
			return tx.SaveSettings(context.Background(), st)
		})
		if warta.ErrorCode(err) != warta.EINVALID {
			t.Errorf("social link %q accepted (%v)", u, err)
		}
	}
}

func cut(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
