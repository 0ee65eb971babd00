package importer

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"warta"
	"warta/internal/slug"
	"warta/internal/wpbody"
	"warta/internal/wxr"
)

// plan is what the first pass learns: the site, its authors and terms,
// and for every item what it is and where it will live. It holds a few
// hundred bytes per item, never a body.
type plan struct {
	site       *wxr.Site
	source     string   // import key of the site: host and path, no scheme
	base       *url.URL // the old site's address, for relative links
	hosts      []string // the old site's host names, lower case
	authors    []*wxr.Author
	terms      []*wxr.Term
	termBySlug map[string]*wxr.Term // "category:slug" / "post_tag:slug"

	items  map[int64]*item  // by WordPress post ID
	order  []int64          // posts and pages in file order
	photos []int64          // attachments in file order
	byPath map[string]int64 // old path (decoded, no trailing slash) → post ID
	byFile map[string]int64 // uploads-relative file path → attachment ID

	// Filled by planTargets and the writes.
	sections  map[string]*warta.Section // category slug → section
	tags      map[string]*warta.Tag     // "category:slug" / "post_tag:slug" → tag
	people    map[string]*warta.Person  // author login → person
	files     map[string]*warta.Media   // uploads-relative path → photo imported by URL
	slugs     map[string]bool           // article slugs given out in this run
	pageSlugs map[string]bool
	// topPosts counts posts by top-level category; chosen holds the
	// top-level categories that become sections (see chooseSections).
	topPosts map[string]int
	chosen   map[string]bool
	// wordpressOnly counts skipped items of WordPress's own types.
	wordpressOnly map[string]int
	// children lists each post's attachments, in file order.
	children map[int64][]int64
	// archives is archiveIndex's map, nil until first asked.
	archives map[string]string
}

// item is one post, page or attachment as the plan knows it.
type item struct {
	id                   int64
	typ                  string // post, page, attachment
	status               string
	title                string
	line                 int
	oldPaths             []string
	parent               int64
	file                 string // attachments: uploads-relative path
	fileURL              string
	caption, alt, credit string // attachments: what pages say about the photo
	private              bool   // password-protected: imported as a draft
	sum                  string // checksum of what the import reads of it

	// Where it lives in Warta.
	slug      string
	section   string    // category slug whose section holds it
	tops      []string  // posts: top-level categories of its categories, in order
	published time.Time // public date, zero unless published
	existing  *warta.ImportItem
	version   int // the target's version now, when it exists
	targetID  int64
	newPath   string // public path, "" while it has none
	media     *warta.Media
}

// scan is the first pass.
func (r *run) scan(ctx context.Context) (*plan, error) {
	p := &plan{termBySlug: map[string]*wxr.Term{}, items: map[int64]*item{}, byPath: map[string]int64{},
		byFile: map[string]int64{}, sections: map[string]*warta.Section{}, tags: map[string]*warta.Tag{},
		people: map[string]*warta.Person{}, files: map[string]*warta.Media{}, slugs: map[string]bool{}, pageSlugs: map[string]bool{},
		topPosts: map[string]int{}, chosen: map[string]bool{}, wordpressOnly: map[string]int{},
		children: map[int64][]int64{}}
	err := r.stream(ctx, PhaseScan, func(e any) error {
		switch v := e.(type) {
		case *wxr.Site:
			p.setSite(v)
		case *wxr.Author:
			p.authors = append(p.authors, v)
		case *wxr.Term:
			p.addTerm(v)
		case *wxr.Item:
			r.scanItem(p, v)
		}
		return nil
	})
	// A file that breaks off or goes bad after its header is imported up
	// to that point; the error ends every pass there and is returned
	// when the run is done.
	var syn *wxr.SyntaxError
	if errors.As(err, &syn) && p.site != nil {
		r.brokenAt = syn
	} else if err != nil {
		return nil, err
	}
	if p.site == nil {
		return nil, &wxr.SyntaxError{Line: 1, Msg: "not a WordPress export: no <channel>"}
	}
	r.chooseSections(p)
	types := make([]string, 0, len(p.wordpressOnly))
	for typ := range p.wordpressOnly {
		types = append(types, typ)
	}
	sort.Strings(types)
	for _, typ := range types {
		r.report.add(Problem{Level: outcomeSkipped, Key: "import.skip_wordpress_only", Args: []any{p.wordpressOnly[typ], typ}})
	}
	r.progress(Progress{Phase: PhaseScan, Bytes: r.size, Size: r.size})
	return p, nil
}

func (p *plan) setSite(s *wxr.Site) {
	p.site = s
	for _, raw := range []string{s.BaseBlogURL, s.Link, s.BaseSiteURL} {
		u, err := url.Parse(strings.TrimSpace(raw))
		if err != nil || u.Host == "" {
			continue
		}
		host := strings.ToLower(u.Hostname())
		if p.base == nil {
			p.base = u
			p.source = host + strings.TrimSuffix(u.EscapedPath(), "/")
		}
		p.addHost(host)
	}
	if p.source == "" {
		p.source = "wxr:" + slug.Make(s.Title)
	}
}

// reDatedUpload is an upload's path below the uploads folder: year and
// month folders, then the file.
var reDatedUpload = regexp.MustCompile(`^/[0-9]{4}/[0-9]{2}/[^/]+$`)

// maxHosts bounds the old site's host names (an export names one or two).
const maxHosts = 16

func (p *plan) addHost(host string) {
	host = strings.TrimPrefix(host, "www.")
	for _, h := range p.hosts {
		if h == host {
			return
		}
	}
	p.hosts = append(p.hosts, host)
}

func (p *plan) addTerm(t *wxr.Term) {
	if t.Taxonomy != "category" && t.Taxonomy != "post_tag" {
		return
	}
	key := t.Taxonomy + ":" + t.Slug
	if _, dup := p.termBySlug[key]; dup || t.Slug == "" {
		return
	}
	p.terms = append(p.terms, t)
	p.termBySlug[key] = t
}

// scanItem notes one item, or reports why it is skipped.
func (r *run) scanItem(p *plan, it *wxr.Item) {
	ref := itemRef(it.PostID, it.Title)
	switch it.Type {
	case "post", "page", "attachment":
	case "nav_menu_item", "revision", "custom_css", "customize_changeset", "oembed_cache", "user_request",
		"wp_block", "wp_template", "wp_template_part", "wp_global_styles", "wp_navigation", "wp_font_family", "wp_font_face":
		// Counted by type, not listed one by one: a site has hundreds.
		p.wordpressOnly[it.Type]++
		r.report.count(kindOther, outcomeSkipped)
		return
	default:
		r.report.skip(it.Line, ref, "import.skip_post_type", it.Type)
		return
	}
	if it.PostID <= 0 {
		r.report.fail(it.Line, ref, "import.no_post_id")
		r.report.count(kindOther, outcomeFailed)
		return
	}
	if _, dup := p.items[it.PostID]; dup {
		r.report.fail(it.Line, ref, "import.duplicate_id", it.PostID)
		r.report.count(kindOther, outcomeFailed)
		return
	}
	switch it.Status {
	case "trash", "auto-draft", "inherit":
		if it.Type != "attachment" {
			r.report.skip(it.Line, ref, "import.skip_status", it.Status)
			return
		}
	}
	// Terms the channel did not list still count (some exports omit
	// them): they are made from the item's own name and slug.
	for _, t := range it.Terms {
		if (t.Domain == "category" || t.Domain == "post_tag") && t.Slug != "" {
			p.addTerm(&wxr.Term{Taxonomy: t.Domain, Slug: t.Slug, Name: t.Name})
		}
	}
	x := &item{id: it.PostID, typ: it.Type, status: it.Status, title: plainTitle(it.Title), line: it.Line, parent: it.Parent}
	p.items[it.PostID] = x
	// An item's own <link> is its permalink on the exporting site,
	// whatever the channel says the site's address is (exports from a
	// moved site disagree): its host counts as the old site's too.
	if u, err := url.Parse(strings.TrimSpace(it.Link)); err == nil && u.Host != "" && len(p.hosts) < maxHosts {
		p.addHost(strings.ToLower(u.Hostname()))
	}
	for _, raw := range []string{it.Link, it.GUID} {
		if old, ok := p.localPath(raw); ok {
			x.oldPaths = appendNew(x.oldPaths, old)
			if _, taken := p.byPath[old]; !taken {
				p.byPath[old] = it.PostID
			}
		}
	}
	if it.Type == "attachment" {
		x.fileURL = strings.TrimSpace(it.AttachmentURL)
		// Where the uploads were served from is the old site too.
		if u, err := url.Parse(x.fileURL); err == nil && u.Host != "" && len(p.hosts) < maxHosts {
			p.addHost(strings.ToLower(u.Hostname()))
		}
		if rel, ok := p.uploadsPath(x.fileURL); ok {
			x.file = rel
			p.byFile[rel] = it.PostID
		}
		x.caption = strings.TrimSpace(it.Excerpt)
		x.alt = strings.TrimSpace(it.MetaValue("_wp_attachment_image_alt"))
		x.credit = metadataCredit(it.MetaValue("_wp_attachment_metadata"))
		x.sum = checksum(x.fileURL, x.caption, x.alt, x.credit)
		p.photos = append(p.photos, it.PostID)
		if it.Parent > 0 && len(p.children[it.Parent]) < wpbody.MaxGallery {
			p.children[it.Parent] = append(p.children[it.Parent], it.PostID)
		}
		return
	}
	x.slug = it.Name
	x.private = it.Password != ""
	x.sum = itemChecksum(it)
	if it.Type == "post" {
		// Parents may come after their children in the channel: the
		// top-level categories are found once the scan is done.
		for _, t := range it.Terms {
			if t.Domain == "category" && t.Slug != "" {
				x.tops = appendNew(x.tops, t.Slug)
			}
		}
	}
	x.published = r.publicTime(it)
	p.order = append(p.order, it.PostID)
}

// localPath returns the path of a URL on the old site, decoded and
// without a trailing slash: the form a request for it arrives in. URLs of
// other sites, plain-permalink ?p= addresses (answered by ID) and the
// site's root give false.
func (p *plan) localPath(raw string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || raw == "" {
		return "", false
	}
	if u.Host != "" && !p.isOldHost(u.Hostname()) {
		return "", false
	}
	if u.Host == "" && !strings.HasPrefix(u.Path, "/") {
		return "", false
	}
	old := strings.TrimSuffix(u.Path, "/")
	if old == "" || u.RawQuery != "" && old == "/index.php" {
		return "", false
	}
	if warta.ValidRedirectFrom(old) != nil {
		return "", false
	}
	return old, true
}

func (p *plan) isOldHost(host string) bool {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	for _, h := range p.hosts {
		if h == host {
			return true
		}
	}
	return false
}

// uploadsPath returns the part of an uploaded file's URL after
// wp-content/uploads/ (or a network site's files/), cleaned.
func (p *plan) uploadsPath(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	// WordPress.com serves a site's uploads from SITE.files.wordpress.com
	// with the year and month at the root: the same layout as uploads/.
	if h := strings.ToLower(u.Hostname()); strings.HasSuffix(h, ".files.wordpress.com") && reDatedUpload.MatchString(u.Path) {
		return path.Clean(strings.TrimPrefix(u.Path, "/")), true
	}
	for _, marker := range []string{"/wp-content/uploads/", "/files/"} {
		if i := strings.Index(u.Path, marker); i >= 0 {
			rel := path.Clean(u.Path[i+len(marker):])
			if rel == "." || strings.HasPrefix(rel, "..") || strings.HasPrefix(rel, "/") {
				return "", false
			}
			return rel, true
		}
	}
	return "", false
}

// maxSections is how many top-level categories become sections: a news
// site's navigation holds about a dozen; the rest become topics.
const maxSections = 12

// chooseSections flattens WordPress's categories: the top-level
// categories with the most posts (at most maxSections) become sections,
// every other category a topic (tag). A post goes to the section of its
// first category that leads to one, else to the default section.
func (r *run) chooseSections(p *plan) {
	for _, id := range p.order {
		x := p.items[id]
		for i, c := range x.tops {
			x.tops[i] = p.topCategory(c)
		}
		seen := map[string]bool{}
		for _, top := range x.tops {
			if !seen[top] {
				seen[top] = true
				p.topPosts[top]++
			}
		}
	}
	var tops []string
	for _, t := range p.terms {
		if t.Taxonomy == "category" && p.topCategory(t.Slug) == t.Slug && !uncategorized[termSlug(t.Slug, t.Name)] {
			tops = append(tops, t.Slug)
		}
	}
	sort.SliceStable(tops, func(i, j int) bool { return p.topPosts[tops[i]] > p.topPosts[tops[j]] })
	var left []string
	for i, slug := range tops {
		if i < maxSections && (p.topPosts[slug] > 0 || len(tops) <= maxSections) {
			p.chosen[slug] = true
		} else {
			left = append(left, fmt.Sprintf("%s (%d)", decoded(slug), p.topPosts[slug]))
		}
	}
	if len(left) > 0 {
		if len(left) > 30 {
			left = append(left[:30], fmt.Sprintf("… (+%d)", len(left)-30))
		}
		r.report.note(0, "", "import.categories_not_sections", len(tops)-len(p.chosen), maxSections, strings.Join(left, ", "))
	}
	for _, id := range p.order {
		x := p.items[id]
		for _, top := range x.tops {
			if p.chosen[top] || uncategorized[top] {
				x.section = top
				break
			}
		}
		x.tops = nil
	}
}

// topCategory follows a category's parents to the top, bounded in case
// the export has a cycle.
func (p *plan) topCategory(s string) string {
	for range 16 {
		t := p.termBySlug["category:"+s]
		if t == nil || t.Parent == "" || t.Parent == s {
			return s
		}
		s = t.Parent
	}
	return s
}

// publicTime is when a post went (or goes) public: the GMT date when the
// export has one, else the local date in the site's zone, else the RSS
// pubDate. Zero for posts with no date at all.
func (r *run) publicTime(it *wxr.Item) time.Time {
	if t, ok := wxr.ParseTime(it.PostDateGMT, time.UTC); ok {
		return t
	}
	if t, ok := wxr.ParseTime(it.PostDate, r.loc); ok {
		return t
	}
	if t, err := time.Parse(time.RFC1123Z, strings.TrimSpace(it.PubDate)); err == nil && t.Year() > 1970 {
		return t
	}
	return time.Time{}
}

// itemRef names an item in the report.
func itemRef(id int64, title string) string {
	title = cut(plainTitle(title), 60)
	if id <= 0 {
		return fmt.Sprintf("%q", title)
	}
	return strconv.FormatInt(id, 10) + " " + strconv.Quote(title)
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
