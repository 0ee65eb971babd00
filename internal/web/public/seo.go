package public

import (
	"encoding/json"
	"html/template"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"warta"
	"warta/internal/body"
)

// This file holds what a page says to search engines and link previews:
// the Open Graph and Twitter tags of the layout's <head> and the JSON-LD
// structured data (schema.org, checked against Google's Article,
// Breadcrumb, Organization and ProfilePage documentation).
//
// hreflang: a Warta site has one language (Settings.Language, already in
// <html lang>) and articles have no translations, so the head has no
// hreflang links: a page pointing only at itself tells search engines
// nothing, and a wrong alternate is worse than none. When a site gains a
// second language, the links belong next to the canonical in _layout.html,
// one per translation of the page plus x-default, each page listing all of
// them including itself.

// meta is what a page adds to the <head> beyond its title and description.
// The zero value suits any page: type website, the site's logo as image.
type meta struct {
	OGType     string      // "article" on articles; "" is "website"
	ShareTitle string      // og:title when it should differ from Title
	Image      *shareImage // a photo for link previews; nil uses the logo
	Article    *ogArticle  // article:* tags, on articles only
	// Creator is the X account (@name) of an article's first author who
	// has one, for twitter:creator.
	Creator string
	// JSONLD holds one JSON object per <script type="application/ld+json">.
	// Each is made by json.Marshal, which escapes <, > and & as \u003c,
	// \u003e and \u0026, so no "</script" or "<!--" can occur in it; that
	// is why it may be typed template.JS and inserted as it is.
	JSONLD []template.JS
}

// shareImage is an image for og:image and twitter:image.
type shareImage struct {
	URL           string // absolute
	Width, Height int
	Alt           string
}

// ogArticle is the article:* Open Graph properties.
type ogArticle struct {
	Published, Modified string // ISO 8601
	Section             string
	Authors             []string // author page URLs
	Tags                []string
}

// robotsNoindex keeps a page out of search results while letting crawlers
// follow its links: search results and pages with nothing on them.
const robotsNoindex = "noindex, follow"

// Limits from Google's guidelines.
const (
	maxHeadline    = 110  // Article headline
	shareWidth     = 1200 // the width link previews want at least
	descriptionLen = 160  // a meta description made from the body
)

// defaultLogo is the static logo (static/logo.png) used when the site has
// none of its own; a test checks the file's size matches.
const (
	defaultLogo     = "logo.png"
	defaultLogoSize = 512
)

// Indexable reports whether search engines may index the page, and so
// whether it names a canonical URL.
func (p *page) Indexable() bool { return p.Canonical != "" && !strings.Contains(p.Robots, "noindex") }

// PreviewDirectives lets search engines show a story's photo large (Google
// Discover and Top Stories want max-image-preview:large) and as much of
// its text and video as they like, on every indexable page.
func (p *page) PreviewDirectives() string {
	return "max-image-preview:large, max-snippet:-1, max-video-preview:-1"
}

// OGLocale is og:locale for the site's language.
func (p *page) OGLocale() string {
	if p.Lang == "en" {
		return "en_US"
	}
	return "id_ID"
}

// OGType is og:type.
func (p *page) OGType() string {
	if p.Meta.OGType != "" {
		return p.Meta.OGType
	}
	return "website"
}

// TwitterSite is the site's X account (@name) for twitter:site, from its
// "Ikuti kami" links; "" when it has none.
func (p *page) TwitterSite() string {
	if p.Settings == nil {
		return ""
	}
	return xAccount(p.Settings.Social)
}

// xAccount returns "@name" for the first link to an X (Twitter) profile,
// or "". Only a profile address counts: a link to a post or a search names
// no account.
func xAccount(links []warta.SocialLink) string {
	for _, l := range links {
		u, err := url.Parse(l.URL)
		if err != nil {
			continue
		}
		switch strings.TrimPrefix(strings.ToLower(u.Host), "www.") {
		case "x.com", "twitter.com", "mobile.twitter.com":
		default:
			continue
		}
		name := strings.Trim(u.Path, "/")
		if xName.MatchString(name) && !xPages[strings.ToLower(name)] {
			return "@" + name
		}
	}
	return ""
}

// xPages are X's own pages, whose addresses look like a profile's.
var xPages = map[string]bool{"search": true, "home": true, "explore": true, "intent": true, "i": true, "hashtag": true,
	"share": true, "settings": true, "messages": true, "notifications": true, "login": true, "signup": true, "tos": true, "privacy": true}

// xName is an X user name: 1 to 15 letters, digits and underscores.
var xName = regexp.MustCompile(`^[A-Za-z0-9_]{1,15}$`)

// OGTitle is og:title and twitter:title: the page's title without the
// site name, which og:site_name carries.
func (p *page) OGTitle() string {
	switch {
	case p.Meta.ShareTitle != "":
		return p.Meta.ShareTitle
	case p.Title != "":
		return p.Title
	}
	return p.Settings.SiteName
}

// ShareImage is the image of link previews: the page's photo, else the
// site's logo.
func (p *page) ShareImage() *shareImage {
	if p.Meta.Image != nil {
		return p.Meta.Image
	}
	return p.logoImage()
}

// TwitterCard is the large card when the page has a photo; a logo fits
// the small one.
func (p *page) TwitterCard() string {
	if p.Meta.Image != nil {
		return "summary_large_image"
	}
	return "summary"
}

// logoImage is the site's logo, or Warta's default one.
func (p *page) logoImage() *shareImage {
	if p.Logo != nil {
		if img := p.photo(p.Logo); img != nil {
			img.Alt = p.Settings.SiteName
			return img
		}
	}
	return &shareImage{URL: p.AbsURL(p.Asset(defaultLogo)), Width: defaultLogoSize, Height: defaultLogoSize, Alt: p.Settings.SiteName}
}

// photo is the share image of a media item: the JPEG variant closest to
// 1200 px wide without being narrower, else the widest there is, else the
// item's own file (items from before variants existed).
func (p *page) photo(m *warta.Media) *shareImage {
	if m == nil || m.Key == "" || !m.Servable() {
		return nil
	}
	var best *warta.MediaVariant
	for i := range m.Variants {
		v := &m.Variants[i]
		if v.MimeType != "image/jpeg" {
			continue
		}
		switch {
		case best == nil,
			best.Width < shareWidth && v.Width > best.Width,
			v.Width >= shareWidth && v.Width < best.Width:
			best = v
		}
	}
	if best != nil {
		return &shareImage{URL: p.AbsURL("/media/" + best.Key), Width: best.Width, Height: best.Height, Alt: m.Alt}
	}
	return &shareImage{URL: p.AbsURL(p.MediaURL(m)), Width: m.Width, Height: m.Height, Alt: m.Alt}
}

// photoURLs lists the absolute URLs of a photo for JSON-LD: the share
// size and the widest JPEG when it is a different file. The variants keep
// the original's aspect ratio, so there are no 1:1 or 4:3 crops to offer.
func (p *page) photoURLs(m *warta.Media) []string {
	img := p.photo(m)
	if img == nil {
		return nil
	}
	urls := []string{img.URL}
	widest := img
	for _, v := range m.Variants {
		if v.MimeType == "image/jpeg" && v.Width > widest.Width {
			widest = &shareImage{URL: p.AbsURL("/media/" + v.Key), Width: v.Width}
		}
	}
	if widest != img {
		urls = append(urls, widest.URL)
	}
	return urls
}

// ldTime is a time in the site's zone with its offset, as JSON-LD wants.
func (p *page) ldTime(t time.Time) string { return t.In(p.Loc).Format(time.RFC3339) }

// jsonLD marshals a structured-data object. The values are our own
// structs of strings and numbers, which always marshal.
func jsonLD(v any) template.JS {
	b, err := json.Marshal(v)
	if err != nil {
		panic("public: marshal JSON-LD: " + err.Error())
	}
	return template.JS(b)
}

// schemaContext is the @context of every object.
const schemaContext = "https://schema.org"

// ldRef is an object named by its URL.
type ldRef struct {
	Type string `json:"@type"`
	ID   string `json:"@id"`
}

type ldImage struct {
	Type   string `json:"@type"`
	URL    string `json:"url"`
	Width  int    `json:"width,omitempty"`
	Height int    `json:"height,omitempty"`
}

type ldPerson struct {
	Context     string   `json:"@context,omitempty"`
	Type        string   `json:"@type"`
	Name        string   `json:"name"`
	URL         string   `json:"url,omitempty"`
	Image       string   `json:"image,omitempty"`
	JobTitle    string   `json:"jobTitle,omitempty"`
	Description string   `json:"description,omitempty"`
	SameAs      []string `json:"sameAs,omitempty"`
}

type ldOrganization struct {
	Context string   `json:"@context,omitempty"`
	Type    string   `json:"@type"`
	ID      string   `json:"@id,omitempty"`
	Name    string   `json:"name"`
	URL     string   `json:"url"`
	Logo    *ldImage `json:"logo,omitempty"`
	SameAs  []string `json:"sameAs,omitempty"`
}

type ldArticle struct {
	Context             string          `json:"@context"`
	Type                []string        `json:"@type"`
	MainEntityOfPage    ldRef           `json:"mainEntityOfPage"`
	URL                 string          `json:"url"`
	Headline            string          `json:"headline"`
	Description         string          `json:"description,omitempty"`
	Image               []string        `json:"image,omitempty"`
	DatePublished       string          `json:"datePublished"`
	DateModified        string          `json:"dateModified"`
	Author              []any           `json:"author"`
	Publisher           *ldOrganization `json:"publisher"`
	Dateline            string          `json:"dateline,omitempty"`
	ArticleSection      string          `json:"articleSection,omitempty"`
	Keywords            []string        `json:"keywords,omitempty"`
	InLanguage          string          `json:"inLanguage"`
	IsAccessibleForFree bool            `json:"isAccessibleForFree"`
	WordCount           int             `json:"wordCount,omitempty"`
	Sponsor             *ldSponsor      `json:"sponsor,omitempty"`
}

type ldBreadcrumbs struct {
	Context string       `json:"@context"`
	Type    string       `json:"@type"`
	Items   []ldListItem `json:"itemListElement"`
}

type ldListItem struct {
	Type     string `json:"@type"`
	Position int    `json:"position"`
	Name     string `json:"name"`
	Item     string `json:"item"`
}

type ldWebSite struct {
	Context    string         `json:"@context"`
	Type       string         `json:"@type"`
	ID         string         `json:"@id"`
	Name       string         `json:"name"`
	URL        string         `json:"url"`
	InLanguage string         `json:"inLanguage"`
	Publisher  ldRef          `json:"publisher"`
	Action     ldSearchAction `json:"potentialAction"`
}

type ldSearchAction struct {
	Type       string       `json:"@type"`
	Target     ldEntryPoint `json:"target"`
	QueryInput string       `json:"query-input"`
}

type ldEntryPoint struct {
	Type        string `json:"@type"`
	URLTemplate string `json:"urlTemplate"`
}

type ldProfilePage struct {
	Context    string   `json:"@context"`
	Type       string   `json:"@type"`
	URL        string   `json:"url"`
	MainEntity ldPerson `json:"mainEntity"`
}

// articleTypes are the schema.org types of an article by its label. Each
// news label names NewsArticle beside its subtype, so a reader of the data
// that does not know the subtype still sees a NewsArticle. An advertorial
// is paid content, not journalism: it is an Article of the subtype
// AdvertiserContentArticle (schema.org's type for sponsored content), never
// a NewsArticle, so news surfaces do not take it for a story of the
// newsroom — the same line the Dewan Pers guideline draws with its label.
func articleTypes(l warta.Label) []string {
	switch l {
	case warta.LabelOpini:
		return []string{"NewsArticle", "OpinionNewsArticle"}
	case warta.LabelAnalisis:
		return []string{"NewsArticle", "AnalysisNewsArticle"}
	case warta.LabelAdvertorial:
		return []string{"Article", "AdvertiserContentArticle"}
	}
	return []string{"NewsArticle", "ReportageNewsArticle"}
}

// organization is the site as a news organisation.
func (p *page) organization() *ldOrganization {
	logo := p.logoImage()
	o := &ldOrganization{Type: "NewsMediaOrganization", ID: p.AbsURL("/#organization"), Name: p.Settings.SiteName, URL: p.AbsURL("/"),
		Logo: &ldImage{Type: "ImageObject", URL: logo.URL, Width: logo.Width, Height: logo.Height}}
	for _, l := range p.Settings.Social {
		o.SameAs = append(o.SameAs, l.URL)
	}
	return o
}

// breadcrumbs is a BreadcrumbList from the home page to the current page;
// trail alternates names and paths.
func (p *page) breadcrumbs(trail ...string) template.JS {
	list := ldBreadcrumbs{Context: schemaContext, Type: "BreadcrumbList",
		Items: []ldListItem{{Type: "ListItem", Position: 1, Name: p.T("nav.home"), Item: p.AbsURL("/")}}}
	for i := 0; i+1 < len(trail); i += 2 {
		list.Items = append(list.Items, ldListItem{Type: "ListItem", Position: len(list.Items) + 1, Name: trail[i], Item: p.AbsURL(trail[i+1])})
	}
	return jsonLD(list)
}

// setArticleMeta fills the meta of an article page; Title, Description
// and Canonical are already set.
func (p *articlePage) setArticleMeta() {
	a := p.Article
	published, modified := a.PublishedAt, a.PublishedAt
	if a.UpdatedAt.After(a.PublishedAt) {
		modified = a.UpdatedAt
	}
	if p.Description == "" {
		p.Description = body.Excerpt(a.BodyHTML, descriptionLen)
	}
	p.Meta.OGType = "article"
	p.Meta.Image = p.photo(a.FeaturedMedia)
	og := &ogArticle{Published: p.ldTime(published), Modified: p.ldTime(modified)}
	ld := ldArticle{Context: schemaContext, Type: articleTypes(a.Label), MainEntityOfPage: ldRef{Type: "WebPage", ID: p.Canonical},
		URL: p.Canonical, Headline: headline(a.Title), Description: a.Dek, Image: p.photoURLs(a.FeaturedMedia),
		DatePublished: p.ldTime(published), DateModified: p.ldTime(modified), Publisher: p.organization(),
		InLanguage: string(p.Lang), IsAccessibleForFree: true, WordCount: a.WordCount}
	ld.Publisher.SameAs = nil // the home page lists them; every story need not
	if ld.Description == "" {
		ld.Description = p.Description
	}
	if a.Label != warta.LabelAdvertorial {
		ld.Dateline = a.Dateline // a NewsArticle property
	}
	ld.Sponsor = sponsorLD(a)
	for _, au := range a.Authors {
		if p.Meta.Creator == "" {
			p.Meta.Creator = xAccount(au.Links)
		}
		url := p.AbsURL(p.AuthorURL(au))
		og.Authors = append(og.Authors, url)
		ld.Author = append(ld.Author, ldPerson{Type: "Person", Name: au.Name, URL: url})
	}
	if len(ld.Author) == 0 {
		// Google accepts an organisation as the author of unsigned copy.
		ld.Author = append(ld.Author, ldOrganization{Type: "NewsMediaOrganization", Name: p.Settings.SiteName, URL: p.AbsURL("/")})
	}
	for _, t := range a.Tags {
		og.Tags = append(og.Tags, t.Name)
		ld.Keywords = append(ld.Keywords, t.Name)
	}
	var trail []string
	if s := a.Section; s != nil {
		og.Section, ld.ArticleSection = s.Name, s.Name
		trail = append(trail, s.Name, p.SectionURL(s))
	}
	p.Meta.Article = og
	p.Meta.JSONLD = append(p.Meta.JSONLD, jsonLD(ld), p.breadcrumbs(append(trail, a.Title, p.ArticleURL(a))...))
}

// setListMeta fills the meta of a section, tag or author page.
func (p *listPage) setListMeta() {
	site := p.Settings.SiteName
	switch {
	case p.Section != nil:
		if p.Section.Description == "" {
			p.Description = p.T("seo.section_description", p.Section.Name, site)
		}
		p.Meta.JSONLD = append(p.Meta.JSONLD, p.breadcrumbs(p.Section.Name, p.SectionURL(p.Section)))
	case p.Tag != nil:
		p.Description = p.T("seo.tag_description", p.Tag.Name, site)
		p.Meta.JSONLD = append(p.Meta.JSONLD, p.breadcrumbs(p.Tag.Name, p.TagURL(p.Tag)))
	case p.Person != nil:
		who := p.Person
		if who.Bio == "" {
			p.Description = p.T("seo.author_description", who.Name, site)
		}
		person := ldPerson{Type: "Person", Name: who.Name, URL: p.AbsURL(p.AuthorURL(who)), JobTitle: who.Title, Description: who.Bio}
		if img := p.photo(who.Photo); img != nil {
			person.Image = img.URL
		}
		for _, l := range who.Links {
			person.SameAs = append(person.SameAs, l.URL)
		}
		p.Meta.JSONLD = append(p.Meta.JSONLD,
			jsonLD(ldProfilePage{Context: schemaContext, Type: "ProfilePage", URL: person.URL, MainEntity: person}),
			p.breadcrumbs(who.Name, p.AuthorURL(who)))
	}
	if p.Total == 0 {
		p.Robots = robotsNoindex
	}
}

// setHomeMeta fills the meta of the home page: the site and its
// publisher, with the search the site offers.
func (p *homePage) setHomeMeta() {
	p.Meta.ShareTitle = p.Settings.SiteName
	org := p.organization()
	org.Context = schemaContext
	site := ldWebSite{Context: schemaContext, Type: "WebSite", ID: p.AbsURL("/#website"), Name: p.Settings.SiteName, URL: p.AbsURL("/"),
		InLanguage: string(p.Lang), Publisher: ldRef{Type: org.Type, ID: org.ID},
		Action: ldSearchAction{Type: "SearchAction", QueryInput: "required name=search_term_string",
			Target: ldEntryPoint{Type: "EntryPoint", URLTemplate: p.AbsURL("/cari?q={search_term_string}")}}}
	p.Meta.JSONLD = append(p.Meta.JSONLD, jsonLD(site), jsonLD(org))
}

// headline cuts a title to Google's 110 characters at a word, with an
// ellipsis.
func headline(title string) string {
	title = strings.TrimSpace(title)
	if utf8.RuneCountInString(title) <= maxHeadline {
		return title
	}
	r := []rune(title)[:maxHeadline] // one more than fits beside "…"
	cut := string(r[:maxHeadline-1])
	if !unicode.IsSpace(r[maxHeadline-1]) {
		if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > 0 {
			cut = cut[:i]
		}
	}
	if trimmed := strings.TrimRight(cut, " ,;:-–—([{\"'“‘"); trimmed != "" {
		cut = trimmed
	}
	return cut + "…"
}
