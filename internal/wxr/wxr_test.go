package wxr

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testdata is the shared fixture folder beside the clone (see
// shared/testdata/README.md for where each export comes from).
var testdata = filepath.Join("..", "..", "..", "shared", "testdata", "wxr")

// export is everything one decode returned.
type export struct {
	site     *Site
	items    []*Item
	authors  []*Author
	terms    []*Term
	itemErrs []*ItemError
	err      error // the error that ended the read (nil at io.EOF)
	order    []string
}

func decodeAll(t testing.TB, r io.Reader) export {
	t.Helper()
	var e export
	d := NewDecoder(r)
	for n := 0; ; n++ {
		if n > 1_000_000 {
			t.Fatal("Next does not end")
		}
		v, err := d.Next()
		if err == io.EOF {
			return e
		}
		var ie *ItemError
		if errors.As(err, &ie) {
			e.itemErrs = append(e.itemErrs, ie)
			e.order = append(e.order, "error")
			continue
		}
		if err != nil {
			e.err = err
			return e
		}
		switch v := v.(type) {
		case *Site:
			if e.site != nil {
				t.Fatal("two Sites")
			}
			e.site = v
			e.order = append(e.order, "site")
		case *Item:
			e.items = append(e.items, v)
			e.order = append(e.order, "item")
		case *Author:
			e.authors = append(e.authors, v)
			e.order = append(e.order, "author")
		case *Term:
			e.terms = append(e.terms, v)
			e.order = append(e.order, "term")
		default:
			t.Fatalf("Next returned %T", v)
		}
	}
}

func decodeFile(t *testing.T, name string) export {
	t.Helper()
	f, err := os.Open(filepath.Join(testdata, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return decodeAll(t, f)
}

func (e export) item(t *testing.T, id int64) *Item {
	t.Helper()
	for _, it := range e.items {
		if it.PostID == id {
			return it
		}
	}
	t.Fatalf("no item %d", id)
	return nil
}

// TestFixtureCounts reads every export in testdata/wxr and checks what
// came out of it, so a fixture added to the folder without a row fails.
func TestFixtureCounts(t *testing.T) {
	type want struct {
		version, title              string
		items, authors, terms, cmts int
		errLine                     int    // a SyntaxError on this line ends the read
		errMsg                      string // … containing this
	}
	cases := map[string]want{
		"cc-labs/cc-labs-wordpress.xml":                              {"1.2", "CC Labs", 224, 30, 269, 181, 0, ""},
		"wordpress-importer/a11y-unit-test-data.xml":                 {"1.2", "Theme Accessibility Unit Test Data", 154, 0, 93, -1, 0, ""},
		"wordpress-importer/authors-multiline.xml":                   {"1.2", "Authors Multiline", 1, 3, 0, 0, 0, ""},
		"wordpress-importer/backslashes.xml":                         {"1.2", "Backslashes", 1, 0, 0, 0, 0, ""},
		"wordpress-importer/blank-lines.xml":                         {"1.2", "Blank Lines", 1, 0, 0, 0, 0, ""},
		"wordpress-importer/cdata-edge.xml":                          {"1.2", "CDATA Edge", 1, 0, 0, 0, 0, ""},
		"wordpress-importer/chunked-meta.xml":                        {"1.2", "Chunked Meta", 1, 0, 0, 0, 0, ""},
		"wordpress-importer/crazy-cdata-escaped.xml":                 {"1.1", "", 1, 0, 0, 0, 0, ""},
		"wordpress-importer/crazy-cdata.xml":                         {"", "", 0, 0, 0, 0, 18, "]]>"},
		"wordpress-importer/invalid-version-tag.xml":                 {"", "", 0, 0, 0, 0, 36, `unsupported WXR version "abc"`},
		"wordpress-importer/large-authors.xml":                       {"1.2", "Large Authors", 0, 300, 0, 0, 0, ""},
		"wordpress-importer/malformed-simple.xml":                    {"1.2", "Malformed", 0, 0, 0, 0, 14, "export ends before </channel> (truncated?)"},
		"wordpress-importer/malformed.xml":                           {"", "", 0, 0, 0, 0, 90, "<notachanneltag> closed by </channel>"},
		"wordpress-importer/missing-tags.xml":                        {"1.2", "No Authors", 1, 0, 0, 0, 0, ""},
		"wordpress-importer/missing-version-tag.xml":                 {"", "", 0, 0, 0, 0, 35, "not a WordPress export: no <wp:wxr_version>"},
		"wordpress-importer/multiple-cdata.xml":                      {"1.2", "Multi CDATA", 1, 0, 0, 0, 0, ""},
		"wordpress-importer/namespace-edge-cases.xml":                {"1.2", "Namespace Edge Cases", 6, 2, 2, 0, 0, ""},
		"wordpress-importer/post-content-blank-lines.xml":            {"1.1", "Export Datasets", 1, 1, 0, 0, 0, ""},
		"wordpress-importer/slashes.xml":                             {"1.1", "trunk", 1, 1, 2, 1, 0, ""},
		"wordpress-importer/small-export.xml":                        {"1.1", "trunk", 11, 3, 33, -1, 0, ""},
		"wordpress-importer/term-formats.xml":                        {"1.2", "Export Dataset", 0, 0, 7, 0, 0, ""},
		"wordpress-importer/term-meta.xml":                           {"1.2", "Term Meta", 0, 0, 1, 0, 0, ""},
		"wordpress-importer/test-serialized-comment-meta.xml":        {"1.0", "Test With Serialized Comment Meta", 1, 0, 0, 1, 0, ""},
		"wordpress-importer/test-serialized-postmeta-no-cdata.xml":   {"1.0", "Test With Serialized Postmeta", 1, 0, 0, 0, 0, ""},
		"wordpress-importer/test-serialized-postmeta-with-cdata.xml": {"1.0", "Test With Serialized Postmeta", 1, 0, 0, 0, 0, ""},
		"wordpress-importer/test-serialized-term-meta.xml":           {"1.0", "Test With Serialized Term Meta", 1, 0, 3, -1, 0, ""},
		"wordpress-importer/test-utw-post-meta-import.xml":           {"1.0", "Test With Serialized Postmeta", 1, 0, 0, -1, 0, ""},
		"wordpress-importer/valid-wxr-1.0.xml":                       {"1.0", "Export Dataset", 6, 0, 9, -1, 0, ""},
		"wordpress-importer/valid-wxr-1.1.xml":                       {"1.1", "Export Datasets", 2, 1, 3, -1, 0, ""},
		"wordpress-importer/wxr-flat-attachment-different-site.xml":  {"1.2", "Media Export", 2, 1, 0, 0, 0, ""},
		"wordpress-importer/wxr-flat-attachment-same-site.xml":       {"1.2", "Media Export", 2, 1, 0, 0, 0, ""},
		"wordpress-importer/wxr-simple.xml":                          {"1.2", "My WordPress Website", 1, 1, 0, -1, 0, ""},
		"wordpress-importer/wxr-utf-8-challenges.xml":                {"1.2", "My WordPress Website 🚀 \u202E\u202Dمرحبا", 1, 1, 0, -1, 0, ""},
		"wordpress-importer/wxr-with-sub-data.xml":                   {"1.1", "", 1, 0, 1, -1, 0, ""},
		"wpcf/wordpress-content-framework-wxr.xml":                   {"1.2", "WPCF Test Site", 38, 1, 16, -1, 0, ""},
		"wptt/64-block-test-data.xml":                                {"1.2", "Theme test data: Blocks", 72, 2, 24, -1, 0, ""},
		"wptt/themeunittestdata.wordpress.xml":                       {"1.2", "Theme Unit Test Data", 186, 2, 185, 33, 0, ""},
	}
	files, err := filepath.Glob(filepath.Join(testdata, "*", "*.xml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures under %s (%v)", testdata, err)
	}
	for _, path := range files {
		name, _ := filepath.Rel(testdata, path)
		name = filepath.ToSlash(name)
		t.Run(name, func(t *testing.T) {
			w, ok := cases[name]
			if !ok {
				t.Fatalf("no expectations for %s: add a row", name)
			}
			e := decodeFile(t, name)
			if w.errLine != 0 {
				var se *SyntaxError
				if !errors.As(e.err, &se) {
					t.Fatalf("err = %v (%T), want a SyntaxError", e.err, e.err)
				}
				if se.Line != w.errLine || !strings.Contains(se.Msg, w.errMsg) {
					t.Errorf("err = %v, want line %d: …%s…", se, w.errLine, w.errMsg)
				}
				if got := se.Error(); !strings.HasPrefix(got, fmt.Sprintf("line %d: ", w.errLine)) {
					t.Errorf("Error() = %q", got)
				}
			} else if e.err != nil {
				t.Fatalf("err = %v", e.err)
			}
			if len(e.itemErrs) != 0 {
				t.Errorf("item errors: %v", e.itemErrs)
			}
			if w.version != "" {
				if e.site == nil {
					t.Fatal("no Site")
				}
				if e.site.Version != w.version || e.site.Title != w.title {
					t.Errorf("site = %q %q, want %q %q", e.site.Version, e.site.Title, w.version, w.title)
				}
				if e.order[0] != "site" {
					t.Errorf("first value is %s, want the site", e.order[0])
				}
			}
			if len(e.items) != w.items || len(e.authors) != w.authors || len(e.terms) != w.terms {
				t.Errorf("items, authors, terms = %d, %d, %d; want %d, %d, %d",
					len(e.items), len(e.authors), len(e.terms), w.items, w.authors, w.terms)
			}
			if w.cmts >= 0 {
				n := 0
				for _, it := range e.items {
					n += it.CommentCount
				}
				if n != w.cmts {
					t.Errorf("comments = %d, want %d", n, w.cmts)
				}
			}
		})
	}
}

func TestThemeUnitTest(t *testing.T) {
	e := decodeFile(t, "wptt/themeunittestdata.wordpress.xml")
	if e.err != nil {
		t.Fatal(e.err)
	}
	// The excerpt namespace is https here; it must still be read.
	if e.site.BaseBlogURL != "https://wpthemetestdata.wordpress.com" || e.site.BaseSiteURL != "https://wordpress.com/" {
		t.Errorf("site = %+v", e.site)
	}
	if a := e.authors[0]; a.Login != "themedemos" || a.DisplayName != "Theme Buster" || a.Line != 31 {
		t.Errorf("author = %+v", a)
	}
	if a := e.authors[1]; a.Login != "themereviewteam" || a.Email != "themereviewteam@gmail.com" {
		t.Errorf("author = %+v (CDATA login)", a)
	}
	var markup, sticky, excerpt *Item
	stickies := 0
	for _, it := range e.items {
		if strings.HasPrefix(it.Title, "Markup: Title <em>") {
			markup = it
		}
		if it.Sticky {
			stickies++
			sticky = it
		}
		if it.Title == "Template: Excerpt (Defined)" {
			excerpt = it
		}
	}
	if markup == nil || markup.Title != "Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>" || markup.Line != 10184 {
		t.Errorf("markup title item = %+v", markup)
	}
	if stickies != 1 || sticky.PostID != 1241 || sticky.Name != "template-sticky" || sticky.Status != "publish" ||
		sticky.PostDate != "2012-01-07 07:07:21" || sticky.PostDateGMT != "2012-01-07 14:07:21" || sticky.Creator != "themedemos" {
		t.Errorf("%d sticky; %+v", stickies, sticky)
	}
	if !strings.HasPrefix(sticky.Content, "This is a sticky post.\n\nThere are a few things to verify:") {
		t.Errorf("sticky content = %.60q", sticky.Content)
	}
	if excerpt == nil || !strings.Contains(excerpt.Excerpt, "This is a user-defined post excerpt") {
		t.Errorf("excerpt item = %+v", excerpt)
	}
	var protected *Item
	for _, it := range e.items {
		if it.Password != "" {
			protected = it
		}
	}
	if protected == nil || protected.Password != "enter" {
		t.Errorf("password item = %+v", protected)
	}
	thumbs, special := 0, 0
	for _, it := range e.items {
		if it.Thumbnail() != 0 {
			thumbs++
		}
		if it.Title == "Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:'\"?,.>" {
			special++
		}
	}
	if thumbs != 6 || special != 1 {
		t.Errorf("%d items with a thumbnail (want 6), %d with the special-characters title (want 1)", thumbs, special)
	}
	var nested *Term
	for _, tm := range e.terms {
		if tm.Taxonomy == "category" && tm.Parent != "" && tm.Name != "" {
			nested = tm
		}
	}
	if nested == nil {
		t.Error("no category with a parent")
	}
}

func TestUTF8Challenges(t *testing.T) {
	e := decodeFile(t, "wordpress-importer/wxr-utf-8-challenges.xml")
	if e.err != nil {
		t.Fatal(e.err)
	}
	it := e.items[0]
	want := "\"The Road \u202eNot\u202c Taken\" by Rob\u202dert \u202eFrost \u202a🌲\u202c"
	if it.Title != want {
		t.Errorf("title = %q\nwant    %q", it.Title, want)
	}
	if it.Creator != "admin\u200c\u200b\u200d\u200e" {
		t.Errorf("creator = %q", it.Creator)
	}
	if !strings.HasPrefix(it.GUID, "https://playground.internal/path/🚀/") || !strings.Contains(it.GUID, "?p=1&test=💫") {
		t.Errorf("guid = %q", it.GUID)
	}
	a := e.authors[0]
	if a.ID != 1 || a.FirstName != "🅰️" || a.LastName != "&#x1F1FA;&#x1F1F8;𝕌𝕟𝕚𝕔𝕠𝕕𝕖" || a.Email != "ădmĩn@ℓocalhost.com" {
		t.Errorf("author = %+v", a)
	}
	if e.site.Description != "Site with \u00a0\u200b\u2060\ufeff invisible chars and \ufffd replacement" {
		t.Errorf("description = %q", e.site.Description)
	}
}

func TestCDATA(t *testing.T) {
	if c := decodeFile(t, "wordpress-importer/multiple-cdata.xml").items[0].Content; c != "\nline oneline twoline three\n" {
		t.Errorf("multiple-cdata content = %q", c)
	}
	if c := decodeFile(t, "wordpress-importer/cdata-edge.xml").items[0].Content; c != "ends with sequence ]] >" {
		t.Errorf("cdata-edge content = %q", c)
	}
	it := decodeFile(t, "wordpress-importer/crazy-cdata-escaped.xml").items[0]
	want := []Meta{
		{"Plain string", "Foo"},
		{"Closing CDATA", "]]>"},
		{"Alot of CDATA", "This has <![CDATA[ opening and ]]> closing <![CDATA[ tags like this: ]]>"},
	}
	if fmt.Sprint(it.Meta) != fmt.Sprint(want) {
		t.Errorf("meta = %q", it.Meta)
	}
	if it.Content != "Content with nested <![CDATA[ tags ]]> :)" {
		t.Errorf("content = %q", it.Content)
	}
	if c := decodeFile(t, "wordpress-importer/blank-lines.xml").items[0].Content; c != "first paragraph\n\nsecond paragraph" {
		t.Errorf("blank-lines content = %q", c)
	}
	if c := decodeFile(t, "wordpress-importer/backslashes.xml").items[0].Content; c != `C:\xampp\htdocs\wp-content` {
		t.Errorf("backslashes content = %q", c)
	}
}

func TestPostmeta(t *testing.T) {
	it := decodeFile(t, "wordpress-importer/chunked-meta.xml").items[0]
	if v := it.MetaValue("_my_meta"); v != `a:1:{s:3:"foo";s:3:"bar";}` {
		t.Errorf("_my_meta = %q", v)
	}
	it = decodeFile(t, "wordpress-importer/test-serialized-postmeta-with-cdata.xml").items[0]
	for k, v := range map[string]string{
		"post-options":  `a:2:{s:18:"special_post_title";s:15:"A special title";s:11:"is_calendar";s:0:"";}`,
		"contains-html": "<pre>some html</pre>",
		"evil":          "<wp:meta_value>evil</wp:meta_value>",
		"string":        `¯\_(ツ)_/¯`,
		"array":         `a:1:{s:3:"key";s:13:"¯\_(ツ)_/¯";}`,
	} {
		if got := it.MetaValue(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	it = decodeFile(t, "wordpress-importer/test-serialized-postmeta-no-cdata.xml").items[0]
	if v := it.MetaValue("post-options"); v != `a:2:{s:18:"special_post_title";s:15:"A special title";s:11:"is_calendar";s:0:"";}` {
		t.Errorf("post-options = %q", v)
	}
	if it.MetaValue("missing") != "" || it.Thumbnail() != 0 {
		t.Error("absent meta is not empty")
	}
	e := decodeFile(t, "wordpress-importer/wxr-with-sub-data.xml")
	if tm := e.terms[0]; tm.Taxonomy != "custom_tax" || tm.Slug != "custom-term" || tm.Name != "Custom Term" || tm.ID != 40 ||
		len(tm.Meta) != 1 || tm.Meta[0] != (Meta{"term_meta_key", "term_meta_value"}) {
		t.Errorf("term = %+v", tm)
	}
	it = e.items[0]
	if it.PostID != 101 || len(it.Terms) != 1 || it.Terms[0] != (ItemTerm{"category", "test-cat", "Test Category"}) || it.Creator != "admin" {
		t.Errorf("item = %+v", it)
	}
}

func TestTermsAndAuthors(t *testing.T) {
	e := decodeFile(t, "wordpress-importer/valid-wxr-1.0.xml")
	if tm := e.terms[0]; tm.Taxonomy != "category" || tm.Slug != "alpha" || tm.Name != "alpha" || tm.Description != "The alpha category" {
		t.Errorf("first term = %+v", tm)
	}
	if tm := e.terms[4]; tm.Slug != "child" || tm.Parent != "parent" {
		t.Errorf("child term = %+v", tm)
	}
	if tm := e.terms[5]; tm.Taxonomy != "post_tag" || tm.Slug != "chicken" {
		t.Errorf("first tag = %+v", tm)
	}
	hello := e.item(t, 1)
	// WXR 1.0 writes a plain <category> beside each domain one; only the latter counts.
	if len(hello.Terms) != 1 || hello.Terms[0] != (ItemTerm{"category", "uncategorized", "Uncategorized"}) {
		t.Errorf("terms = %+v", hello.Terms)
	}
	if hello.CommentCount != 1 || hello.Link != "http://localhost/?p=1" || hello.GUID != "http://localhost/?p=1" ||
		hello.PubDate != "Wed, 20 Oct 2010 14:08:20 +0000" || hello.CommentStatus != "open" {
		t.Errorf("hello = %+v", hello)
	}
	if about := e.item(t, 2); about.Type != "page" || about.MetaValue("_wp_page_template") != "default" {
		t.Errorf("about = %+v", about)
	}

	e = decodeFile(t, "wordpress-importer/term-formats.xml")
	got := ""
	for _, tm := range e.terms {
		got += fmt.Sprintf("%d %s %s %q|", tm.ID, tm.Taxonomy, tm.Slug, tm.Name)
	}
	if !strings.HasPrefix(got, `1 category category-name "Category Name"|2 category cat-2 "Category 2"|3 post_tag a-tag "A Tag!"|`+
		`4 post_tag a-color "A Random Color"|5 post_tag another-tag "Another Tag"|6 custom-taxonomy custom-taxonomy-item`) {
		t.Errorf("terms = %s", got)
	}

	e = decodeFile(t, "wordpress-importer/authors-multiline.xml")
	for i, login := range []string{"alice", "bob", "carol"} {
		if a := e.authors[i]; a.Login != login || a.ID != int64(i+1) {
			t.Errorf("author %d = %+v", i, a)
		}
	}
	if e.items[0].Creator != "" {
		t.Errorf("an item's <wp:author> is not its creator: %+v", e.items[0])
	}
	e = decodeFile(t, "wordpress-importer/large-authors.xml")
	if e.authors[0].Line == 0 || e.authors[299].Line <= e.authors[0].Line {
		t.Errorf("author lines %d … %d", e.authors[0].Line, e.authors[299].Line)
	}
	e = decodeFile(t, "wordpress-importer/term-meta.xml")
	if tm := e.terms[0]; tm.ID != 100 || tm.Slug != "news" || tm.Meta[0] != (Meta{"legacy_id", "42"}) {
		t.Errorf("term = %+v", tm)
	}
}

func TestAttachments(t *testing.T) {
	for _, name := range []string{"wxr-flat-attachment-same-site.xml", "wxr-flat-attachment-different-site.xml"} {
		e := decodeFile(t, "wordpress-importer/"+name)
		n := 0
		for _, it := range e.items {
			if it.Type == "attachment" {
				n++
				if it.AttachmentURL != "https://wpthemetestdata.files.wordpress.com/2008/06/canola2.jpg" {
					t.Errorf("%s: attachment_url = %q", name, it.AttachmentURL)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: %d attachments", name, n)
		}
	}
}

// TestNamespaces: elements count by their namespace URL, whatever prefix
// names it, and a wp: prefix bound to another URL is not WordPress's.
func TestNamespaces(t *testing.T) {
	e := decodeFile(t, "wordpress-importer/namespace-edge-cases.xml")
	if e.err != nil {
		t.Fatal(e.err)
	}
	if e.authors[0].Login != "real_user" || e.authors[0].ID != 2 || e.authors[1].Login != "version_conflict" {
		t.Errorf("authors = %+v %+v", e.authors[0], e.authors[1])
	}
	if e.terms[0].ID != 100 || e.terms[1].ID != 102 {
		t.Errorf("terms = %+v %+v", e.terms[0], e.terms[1])
	}
	ids := []int64{}
	for _, it := range e.items {
		ids = append(ids, it.PostID)
	}
	// Item 1 has wp:post_id 1 then alt:post_id 999 in the same namespace:
	// the first wins. Item 5's wp: is a hijacked namespace: no ID.
	if fmt.Sprint(ids) != "[1 2 3 4 0 6]" {
		t.Errorf("post IDs = %v", ids)
	}
	if m := e.items[0].Meta; len(m) != 1 || m[0] != (Meta{"normal_key", "normal_value"}) {
		t.Errorf("meta = %+v", m)
	}
	if h := e.items[4]; h.Type != "" || len(h.Meta) != 0 || h.Content != "This attempts to hijack the wp namespace" {
		t.Errorf("hijacked item = %+v", h)
	}
	if c := e.items[5].Content; c != "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;" {
		t.Errorf("content = %q", c)
	}
}

func TestSiteBeforeEntities(t *testing.T) {
	e := decodeFile(t, "wordpress-importer/small-export.xml")
	if strings.Join(e.order[:5], " ") != "site author author author term" || e.order[len(e.order)-1] != "item" {
		t.Errorf("order = %v", e.order)
	}
	// An export with only a header still yields its Site, at </channel>.
	e = decodeAll(t, strings.NewReader(wrap("")))
	if e.err != nil || e.site == nil || e.site.Title != "T" {
		t.Errorf("empty export: %+v", e)
	}
}

// wrap makes a WXR 1.2 export around channel content.
func wrap(body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>T</title>
<wp:wxr_version>1.2</wp:wxr_version>
` + body + "</channel>\n</rss>\n"
}

func item(id int, content string) string {
	return fmt.Sprintf("<item>\n<title>Post %d</title>\n<wp:post_id>%d</wp:post_id>\n<content:encoded><![CDATA[%s]]></content:encoded>\n</item>\n", id, id, content)
}

func TestTruncated(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testdata, "wordpress-importer", "small-export.xml"))
	if err != nil {
		t.Fatal(err)
	}
	cut := bytes.Index(data, []byte("<title>Non-standard post format</title>")) // the item after 4 earlier ones
	if cut < 0 {
		t.Fatal("fixture changed")
	}
	cut += 200
	e := decodeAll(t, bytes.NewReader(data[:cut]))
	var se *SyntaxError
	if !errors.As(e.err, &se) || se.Msg != "export ends before </channel> (truncated?)" {
		t.Fatalf("err = %v", e.err)
	}
	if wantLine := bytes.Count(data[:cut], []byte("\n")) + 1; se.Line != wantLine {
		t.Errorf("line %d, want %d", se.Line, wantLine)
	}
	if len(e.items) == 0 || len(e.authors) != 3 {
		t.Errorf("before the cut: %d items, %d authors", len(e.items), len(e.authors))
	}
	// Cut inside a tag, and with nothing after the XML declaration.
	for _, in := range []string{string(data[:cut-5]) + "<wp:po", `<?xml version="1.0"?>`, ""} {
		if e := decodeAll(t, strings.NewReader(in)); !errors.As(e.err, &se) {
			t.Errorf("%.20q: err = %v", in, e.err)
		}
	}
}

func TestNotWXR(t *testing.T) {
	cases := map[string]string{
		`<html><body>hi</body></html>`: "not a WordPress export: the document is <html>, not <rss>",
		`<rss version="2.0"><channel><title>x</title><item><title>a</title></item></channel></rss>`: "not a WordPress export: no <wp:wxr_version>",
		`<rss version="2.0"></rss>`:                                          "not a WordPress export: no <channel>",
		strings.Replace(wrap(item(1, "x")), ">1.2<", ">2<", 1):               `unsupported WXR version "2"`,
		strings.Replace(wrap(item(1, "x")), "</title>", "&nbsp;</title>", 1): "invalid character entity &nbsp;",
		wrap("<item><title>a</item>"):                                        "element <title> closed by </item>",
	}
	for in, msg := range cases {
		e := decodeAll(t, strings.NewReader(in))
		var se *SyntaxError
		if !errors.As(e.err, &se) || se.Msg != msg || se.Line < 1 {
			t.Errorf("%.40q: err = %v, want %q", in, e.err, msg)
		}
		if len(e.items) != 0 {
			t.Errorf("%.40q: items returned", in)
		}
	}
	// A later version 1.x is read.
	e := decodeAll(t, strings.NewReader(strings.Replace(wrap(item(1, "x")), ">1.2<", ">1.3<", 1)))
	if e.err != nil || len(e.items) != 1 {
		t.Errorf("1.3: %v", e.err)
	}
}

func TestEncodings(t *testing.T) {
	// Latin-1 (read as Windows-1252, as browsers and WordPress do).
	latin := strings.Replace(wrap(item(1, "Caf\xe9 cr\xe8me \x80 5")), "UTF-8", "ISO-8859-1", 1)
	latin = strings.Replace(latin, "<title>T</title>", "<title>Jalan-jalan \xe0 Bandung</title>", 1)
	e := decodeAll(t, strings.NewReader(latin))
	if e.err != nil {
		t.Fatal(e.err)
	}
	if e.site.Title != "Jalan-jalan à Bandung" || e.items[0].Content != "Café crème € 5" {
		t.Errorf("latin-1: %q, %q", e.site.Title, e.items[0].Content)
	}
	e = decodeAll(t, strings.NewReader(strings.Replace(wrap(item(1, "Caf\xe9")), "UTF-8", "windows-1252", 1)))
	if e.err != nil || e.items[0].Content != "Café" {
		t.Errorf("windows-1252: %v %+v", e.err, e.items)
	}
	// A byte order mark is dropped.
	e = decodeAll(t, strings.NewReader("\xEF\xBB\xBF"+wrap(item(1, "ok"))))
	if e.err != nil || e.items[0].Content != "ok" {
		t.Errorf("BOM: %v", e.err)
	}
	// Invalid UTF-8 in a UTF-8 document is a syntax error on its line.
	bad := wrap(item(1, "ok") + item(2, "bad \xff byte"))
	e = decodeAll(t, strings.NewReader(bad))
	var se *SyntaxError
	if !errors.As(e.err, &se) || !strings.Contains(se.Msg, "UTF-8") || se.Line != 14 {
		t.Errorf("invalid UTF-8: err = %v", e.err)
	}
	if len(e.items) != 1 {
		t.Errorf("items before the bad one: %d", len(e.items))
	}
	// An encoding nobody knows.
	e = decodeAll(t, strings.NewReader(strings.Replace(wrap(""), "UTF-8", "klingon", 1)))
	if !errors.As(e.err, &se) || se.Line != 1 {
		t.Errorf("unknown charset: err = %v", e.err)
	}
}

// TestLimits: one item over a limit is skipped with an ItemError naming
// it, and the next item is still read.
func TestLimits(t *testing.T) {
	big := strings.Repeat("a", 20<<20)
	e := decodeAll(t, strings.NewReader(wrap(item(1, "first")+item(2, big)+item(3, "third"))))
	if e.err != nil {
		t.Fatal(e.err)
	}
	if len(e.items) != 2 || e.items[0].PostID != 1 || e.items[1].PostID != 3 || e.items[1].Content != "third" {
		t.Errorf("items = %d", len(e.items))
	}
	if len(e.itemErrs) != 1 {
		t.Fatalf("item errors = %v", e.itemErrs)
	}
	ie := e.itemErrs[0]
	if ie.PostID != 2 || ie.Title != "Post 2" || ie.Line != 11 || !strings.Contains(ie.Msg, "content:encoded") {
		t.Errorf("item error = %+v", ie)
	}
	if got := ie.Error(); got != `line 11: item 2 "Post 2": <content:encoded> is longer than 16 MiB` {
		t.Errorf("Error() = %q", got)
	}
	// A 10 MB body is the importer's business, not a reading error.
	e = decodeAll(t, strings.NewReader(wrap(item(1, strings.Repeat("b", 10<<20)))))
	if e.err != nil || len(e.items) != 1 || len(e.items[0].Content) != 10<<20 {
		t.Errorf("10 MB body: %v", e.err)
	}
	// Too many postmeta.
	var b strings.Builder
	b.WriteString("<item><wp:post_id>7</wp:post_id>")
	for i := 0; i <= maxRepeats; i++ {
		b.WriteString("<wp:postmeta><wp:meta_key>k</wp:meta_key><wp:meta_value>v</wp:meta_value></wp:postmeta>")
	}
	b.WriteString("</item>")
	e = decodeAll(t, strings.NewReader(wrap(b.String()+item(8, "after"))))
	if e.err != nil || len(e.itemErrs) != 1 || e.itemErrs[0].PostID != 7 || len(e.items) != 1 || e.items[0].PostID != 8 {
		t.Errorf("postmeta flood: %v %v %d", e.err, e.itemErrs, len(e.items))
	}
	// A post ID that is not a number makes the item unusable.
	e = decodeAll(t, strings.NewReader(wrap("<item><title>x</title><wp:post_id>abc</wp:post_id></item>")))
	if len(e.itemErrs) != 1 || !strings.Contains(e.itemErrs[0].Msg, "wp:post_id") {
		t.Errorf("bad id: %v", e.itemErrs)
	}
	// Nesting without end is refused before encoding/xml's stack grows.
	e = decodeAll(t, strings.NewReader(wrap("<item><title>"+strings.Repeat("<a>", 100000))))
	var se *SyntaxError
	if !errors.As(e.err, &se) || !strings.Contains(se.Msg, "nested") {
		t.Errorf("deep nesting: %v", e.err)
	}
}

// TestTokenLimit: one token over the raw limit ends the read instead of
// being held in memory whole.
func TestTokenLimit(t *testing.T) {
	d := NewDecoder(strings.NewReader(wrap(item(1, "ok") + item(2, strings.Repeat("x", 300<<10)))))
	d.in.limit = 128 << 10
	if v, err := d.Next(); err != nil || v.(*Site).Title != "T" {
		t.Fatal(v, err)
	}
	if v, err := d.Next(); err != nil || v.(*Item).PostID != 1 {
		t.Fatal(v, err)
	}
	_, err := d.Next()
	var se *SyntaxError
	if !errors.As(err, &se) || !strings.Contains(se.Msg, "larger than") {
		t.Fatalf("err = %v", err)
	}
	if _, err2 := d.Next(); err2 != err {
		t.Errorf("the error is not sticky: %v", err2)
	}
}

type failingReader struct{ r io.Reader }

var errDisk = errors.New("disk on fire")

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errDisk
	}
	return n, err
}

func TestReadErrorIsNotSyntax(t *testing.T) {
	in := wrap(item(1, "x"))
	e := decodeAll(t, &failingReader{strings.NewReader(in[:len(in)-30])})
	var se *SyntaxError
	if !errors.Is(e.err, errDisk) || errors.As(e.err, &se) {
		t.Errorf("err = %v", e.err)
	}
}

func TestOffsetAndLine(t *testing.T) {
	in := wrap(item(1, "x") + item(2, "y"))
	d := NewDecoder(strings.NewReader(in))
	var last int64
	for {
		_, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if d.Offset() < last || d.Offset() > int64(len(in)) {
			t.Errorf("offset %d after %d", d.Offset(), last)
		}
		last = d.Offset()
	}
	if last < int64(len(in))-20 || d.Line() != 16 {
		t.Errorf("offset %d of %d, line %d", last, len(in), d.Line())
	}
}

func TestParseTime(t *testing.T) {
	wib := time.FixedZone("WIB", 7*3600)
	got, ok := ParseTime(" 2012-01-07 07:07:21 ", wib)
	if !ok || !got.Equal(time.Date(2012, 1, 7, 0, 7, 21, 0, time.UTC)) {
		t.Errorf("got %v %v", got, ok)
	}
	if got, ok := ParseTime("2012-01-07 14:07:21", nil); !ok || got.Location() != time.UTC || got.Hour() != 14 {
		t.Errorf("nil loc: %v", got)
	}
	for _, s := range []string{"", "0000-00-00 00:00:00", "2012-13-01 00:00:00", "yesterday"} {
		if _, ok := ParseTime(s, wib); ok {
			t.Errorf("%q parsed", s)
		}
	}
}

// FuzzDecoder: whatever the input, Next ends, never panics, and reports
// only SyntaxError, ItemError, io.EOF or a value.
func FuzzDecoder(f *testing.F) {
	for _, name := range []string{"cdata-edge.xml", "namespace-edge-cases.xml", "term-meta.xml", "malformed-simple.xml", "valid-wxr-1.1.xml"} {
		data, err := os.ReadFile(filepath.Join(testdata, "wordpress-importer", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(wrap(item(1, "x"))))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDecoder(bytes.NewReader(data))
		for n := 0; ; n++ {
			if n > len(data)+10 {
				t.Fatalf("Next returned %d times for %d bytes", n, len(data))
			}
			v, err := d.Next()
			if err == io.EOF {
				return
			}
			var ie *ItemError
			if errors.As(err, &ie) {
				continue
			}
			var se *SyntaxError
			if errors.As(err, &se) {
				if se.Line < 1 {
					t.Fatalf("line %d", se.Line)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error %T %v", err, err)
			}
			if v == nil {
				t.Fatal("nil value without error")
			}
		}
	})
}

// BenchmarkDecoder reads a generated export of 10,000 posts of about
// 3 KB each.
func BenchmarkDecoder(b *testing.B) {
	var buf strings.Builder
	para := strings.Repeat("Presiden meresmikan jembatan baru di Kalimantan Timur pada Senin pagi. ", 50)[:3000]
	for i := 1; i <= 10000; i++ {
		fmt.Fprintf(&buf, `<item>
<title>Berita nomor %d</title>
<link>https://contoh.id/%d/berita-%d/</link>
<pubDate>Mon, 05 Jan 2024 10:00:00 +0000</pubDate>
<dc:creator><![CDATA[redaksi]]></dc:creator>
<guid isPermaLink="false">https://contoh.id/?p=%d</guid>
<description></description>
<content:encoded><![CDATA[<p>%s</p>]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>%d</wp:post_id>
<wp:post_date><![CDATA[2024-01-05 17:00:00]]></wp:post_date>
<wp:post_date_gmt><![CDATA[2024-01-05 10:00:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[berita-%d]]></wp:post_name>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="nasional"><![CDATA[Nasional]]></category>
<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[%d]]></wp:meta_value></wp:postmeta>
</item>
`, i, i, i, i, para, i, i, 100000+i)
	}
	data := []byte(strings.Replace(wrap(buf.String()), `xmlns:wp=`,
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:wp=`, 1))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		d := NewDecoder(bytes.NewReader(data))
		n := 0
		for {
			v, err := d.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if it, ok := v.(*Item); ok && it.Thumbnail() != 100000+it.PostID {
				b.Fatal("bad item", it.PostID)
			}
			n++
		}
		if n != 10001 {
			b.Fatal("values:", n)
		}
	}
}
