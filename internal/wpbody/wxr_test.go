package wpbody

import (
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"warta/internal/body"
)

// reContent reads each item's content from an export; a tiny reader for
// this test only (the importer has the real one).
var reContent = regexp.MustCompile(`(?s)<content:encoded>\s*<!\[CDATA\[(.*?)\]\]>\s*</content:encoded>`)

// TestConvertExports converts every post of the shared WordPress exports
// and checks that no block comment or raw shortcode reaches the body.
func TestConvertExports(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "testdata", "wxr")
	files := []string{
		filepath.Join("wptt", "64-block-test-data.xml"),
		filepath.Join("wptt", "themeunittestdata.wordpress.xml"),
		filepath.Join("cc-labs", "cc-labs-wordpress.xml"),
	}
	base, _ := url.Parse("https://wpthemetestdata.wordpress.com/")
	res := Resolver{
		Base:  base,
		Link:  func(u *url.URL) (string, int64, bool) { return "/baru" + u.Path, 1, true },
		Image: func(u *url.URL, id int64) (Media, bool) { return Media{ID: 9, Src: "/media/x.jpg"}, id%2 == 0 },
	}
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Skipf("shared test data not found: %v", err)
		}
		var total Report
		items := 0
		for _, m := range reContent.FindAllSubmatch(data, -1) {
			content := strings.ReplaceAll(string(m[1]), "]]]]><![CDATA[>", "]]>")
			for _, r := range []Resolver{res, {}} {
				out, rep := Convert(content, r)
				total.Add(rep)
				got := body.Sanitize(out)
				for _, bad := range []string{"<!-- wp:", "[caption", "[gallery", "[embed", "[video", "[audio", "[/caption", "[/embed"} {
					if strings.Contains(got, bad) {
						t.Errorf("%s: %q left in\n%s\nfrom\n%s", f, bad, got, content)
					}
				}
			}
			items++
		}
		if items == 0 {
			t.Errorf("%s: no items read", f)
		}
		t.Logf("%s: %d items; blocks %d kinds, shortcodes %v, removed %v, links %d, images %d, missing %d, baca juga %d",
			f, items, len(total.Blocks), total.Shortcodes, total.Removed, total.Links, total.Images, len(total.MissingImages), total.ReadAlso)
	}
}

// FuzzConvert checks that no input makes Convert panic and that no block
// comment survives conversion and sanitising.
func FuzzConvert(f *testing.F) {
	for _, s := range []string{
		"", "a\n\nb", "<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->",
		`[caption id="attachment_1"]<img src="/a.jpg"> C (Foto: A/B)[/caption]`,
		"[[gallery]] [vc_row][vc_row][/vc_row] [a b='c' d=e \"f\"] [embed]https://youtu.be/abcdefg[/embed]",
		"<!-- wp:image {\"id\":\"3\"} --><figure><img src=x><figcaption>c</figcaption></figure>",
		"<p>Baca juga: <a href=\"?p=1\">x</a></p><pre>\n\n</pre><!--more-->",
		"<!-- wp:group --><!-- wp:group --><!-- wp:latest-posts /--><!-- wp:",
	} {
		f.Add(s)
	}
	base, _ := url.Parse("http://old.test/")
	res := Resolver{
		Base:  base,
		Link:  func(u *url.URL) (string, int64, bool) { return "/n" + u.Path, int64(len(u.Path)), len(u.Path)%2 == 0 },
		Image: func(u *url.URL, id int64) (Media, bool) { return Media{ID: id + 1, Src: "/media/a.jpg"}, id%2 == 1 },
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := Convert(s, res)
		if got := body.Sanitize(out); strings.Contains(got, "<!-- wp:") {
			t.Errorf("block comment left in %q", got)
		}
	})
}

// TestConvertLinear converts 1 MB of each input that would make a careless
// scanner quadratic. Tests never read the clock: a quadratic step shows as
// this test running into go test's timeout (all of it takes seconds).
func TestConvertLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: converts 25 MB")
	}
	const size = 1 << 20
	base, _ := url.Parse("http://old.test/")
	for _, unit := range []string{
		"[", "[a ", "[[a", "[a]", "[/a]", "[vc_row]", "[a x=1 ", "<", "<a ", "<!--", "<!-- wp:", "<!-- wp:p -->",
		"<!-- wp:group -->", "\n", "\n \n", "x\n", "<p>", "<pre>", "</div>", "<a href=/a>", "<img src=/a.jpg>",
		"[caption]", "[caption]<img src=a>", "Baca juga: <a href=/?p=1>a</a>\n\n", "https://youtu.be/abcdefg\n",
	} {
		in := strings.Repeat(unit, size/len(unit))
		Convert(in, Resolver{Base: base, Link: func(*url.URL) (string, int64, bool) { return "/a", 1, true }})
	}
}
