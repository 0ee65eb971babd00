package public

import (
	"context"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"warta"
	"warta/internal/i18n"
)

// page is what every page's layout needs. Page data types embed it; its
// methods are the template's vocabulary.
type page struct {
	Lang        i18n.Lang
	Loc         *time.Location
	Now         time.Time
	Settings    *warta.Settings
	Logo        *warta.Media // nil when the site has none
	Sections    []*warta.Section
	Pages       []*warta.Page // published static pages, for the footer
	Feeds       []feedLink    // announced in <head>: the site's, then the page subject's
	Breaking    []item
	Trending    []item
	Title       string // <title>, without the site name
	Description string
	Canonical   string // absolute URL
	Robots      string
	Current     string // slug of the section being shown, for the nav
	Path        string
	Meta        meta // Open Graph, Twitter card and JSON-LD; see seo.go

	h    *Handler
	deps *deps // what this render shows, for the page cache; nil records nothing
}

// loadPage fills the layout data, from the shared chrome where it can.
func (h *Handler) loadPage(ctx context.Context, tx warta.ReadTx, p *page, r *http.Request) error {
	c, err := h.loadChrome(ctx, tx)
	if err != nil {
		return err
	}
	*p = page{
		Lang: i18n.Parse(c.settings.Language), Loc: c.settings.Location(), Now: h.now(),
		Settings: c.settings, Logo: c.logo, Sections: c.sections, Pages: c.pages,
		Path: r.URL.Path, Canonical: h.baseURL + r.URL.Path, Description: c.settings.Description, h: h,
		deps: renderDeps(r),
	}
	p.deps.add(depMedia, c.settings.LogoMediaID)
	// The banner and Trending show only headlines, so they record only
	// their stories, not the bylines and photos that lists show.
	p.Breaking, p.Trending = h.withoutDeps(p, c.breaking), h.withoutDeps(p, c.trending)
	p.Feeds = []feedLink{p.feedLink(feedSubject{kind: feedSite}, "")}
	return nil
}

// fallbackPage is the layout data used when the store cannot be read.
func (h *Handler) fallbackPage(r *http.Request) page {
	s := warta.DefaultSettings()
	return page{Lang: i18n.ID, Loc: s.Location(), Now: h.now(), Settings: s, Path: r.URL.Path, h: h}
}

// T translates a message key.
func (p *page) T(key string, args ...any) string { return i18n.T(p.Lang, key, args...) }

// DateTime formats a time as "Senin, 28 Oktober 2024 10:15 WIB".
func (p *page) DateTime(t time.Time) string { return i18n.DateTime(t, p.Loc, p.Lang) }

// Date formats a day as "Senin, 28 Oktober 2024".
func (p *page) Date(t time.Time) string { return i18n.Date(t, p.Loc, p.Lang) }

// ShortDate formats "28 Okt 2024".
func (p *page) ShortDate(t time.Time) string { return i18n.ShortDate(t, p.Loc, p.Lang) }

// When is the relative time for recent items and the date for older ones.
func (p *page) When(t time.Time) string { return i18n.Relative(t, p.Now, p.Loc, p.Lang) }

// Clock is the time of day, "10:15".
func (p *page) Clock(t time.Time) string { return i18n.Clock(t, p.Loc) }

// DayValue is a day as YYYY-MM-DD in the site's zone, for date inputs.
func (p *page) DayValue(t time.Time) string { return t.In(p.Loc).Format("2006-01-02") }

// ISO is the machine-readable time for <time datetime>, in UTC so
// html/template has no "+" to escape.
func (p *page) ISO(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// Number formats an integer with the language's separators.
func (p *page) Number(n int) string { return i18n.Number(n, p.Lang) }

// Asset returns the fingerprinted URL of a static file.
func (p *page) Asset(name string) string { return p.h.assets.URL(name) }

// Year is the current year in the site's zone, for the footer.
func (p *page) Year() int { return p.Now.In(p.Loc).Year() }

// ArticleURL is an article's path: /{section}/{yyyy}/{mm}/{dd}/{slug}.
func (p *page) ArticleURL(a *warta.Article) string { return articlePath(a, p.Loc) }

// AbsURL makes a path absolute with the site's base URL.
func (p *page) AbsURL(path string) string { return p.h.baseURL + path }

// SectionURL is a section's path.
func (p *page) SectionURL(s *warta.Section) string { return "/" + s.Slug + "/" }

// AuthorURL is a person's path.
func (p *page) AuthorURL(a *warta.Person) string { return "/penulis/" + a.Slug }

// TagURL is a tag's path.
func (p *page) TagURL(t *warta.Tag) string { return "/tag/" + t.Slug }

// MediaURL is the path of a media original.
func (p *page) MediaURL(m *warta.Media) string { return "/media/" + m.Key }

// Shown is m when it can be served (see warta.Media.Servable), nil while
// its first variants are being made (or failed): templates show it with {{with $.Shown …}}.
func (p *page) Shown(m *warta.Media) *warta.Media {
	if m == nil || !m.Servable() {
		return nil
	}
	return m
}

// IndexURL is the daily index path of a day.
func (p *page) IndexURL(t time.Time) string { return "/indeks/" + t.In(p.Loc).Format("2006-01-02") }

// Srcset lists a media item's variants of one type, "url 320w, url 640w",
// or "" when it has none (items from before variants existed).
func (p *page) Srcset(m *warta.Media, typ string) string {
	if m == nil {
		return ""
	}
	var b strings.Builder
	for _, v := range m.Variants {
		if v.MimeType != typ {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString("/media/" + v.Key + " " + strconv.Itoa(v.Width) + "w")
	}
	return b.String()
}

// Credit is the credit line under a photo: "Foto: Warta/Rina", unless
// the credit already says what it is ("Ilustrasi: …", "Foto: …").
func (p *page) Credit(credit string) string {
	if head, _, ok := strings.Cut(credit, ":"); ok && len(head) <= 12 && !strings.Contains(head, "/") {
		return credit
	}
	return p.T("article.photo") + ": " + credit
}

// LabelName is the translated name of an article label.
func (p *page) LabelName(l warta.Label) string { return p.T("label." + string(l)) }

// ShowLabel reports whether a label is worth a badge: every label but plain news.
func (p *page) ShowLabel(l warta.Label) bool { return l != warta.LabelBerita && l != "" }

// Network is the display name of a social network.
func (p *page) Network(n string) string {
	if name, ok := networkNames[strings.ToLower(n)]; ok {
		return name
	}
	return n
}

var networkNames = map[string]string{
	"facebook": "Facebook", "x": "X", "twitter": "X", "instagram": "Instagram", "youtube": "YouTube",
	"tiktok": "TikTok", "linkedin": "LinkedIn", "threads": "Threads", "whatsapp": "WhatsApp", "telegram": "Telegram",
	"website": "Situs web",
}

// articlePath builds the canonical path of a published article.
func articlePath(a *warta.Article, loc *time.Location) string { return a.Path(loc) }

// pager is the navigation between pages of a list.
type pager struct {
	Page, Total int
	Base        string // path without ?page
	Numbers     []int  // page numbers to link; 0 marks a gap
}

func newPager(base string, page, total int) pager {
	last := max(1, (total+perPage-1)/perPage)
	p := pager{Page: page, Total: last, Base: base}
	for n := 1; n <= last; n++ {
		if n == 1 || n == last || (n >= page-2 && n <= page+2) {
			p.Numbers = append(p.Numbers, n)
		} else if len(p.Numbers) > 0 && p.Numbers[len(p.Numbers)-1] != 0 {
			p.Numbers = append(p.Numbers, 0)
		}
	}
	return p
}

// URL is the link to page n.
func (p pager) URL(n int) string {
	if n <= 1 {
		return p.Base
	}
	sep := "?"
	if strings.Contains(p.Base, "?") {
		sep = "&"
	}
	return p.Base + sep + "page=" + strconv.Itoa(n)
}

// HasPrev and HasNext tell whether there are pages around this one.
func (p pager) HasPrev() bool { return p.Page > 1 }

// HasNext reports whether a later page exists.
func (p pager) HasNext() bool { return p.Page < p.Total }

// Prev is the previous page number.
func (p pager) Prev() int { return p.Page - 1 }

// Next is the next page number.
func (p pager) Next() int { return p.Page + 1 }

// item is an article as lists show it, with its links and times worked out
// in Go once rather than by template method calls for every use.
type item struct {
	*warta.Article
	URL        string
	SectionURL string
	Image      string // featured image URL, "" when there is none
	ImageJPEG  string // srcset of the JPEG variants
	ImageWebP  string // srcset of the WebP variants
	LabelName  string // "" for plain news, which needs no badge
	// A card carries one label: the badge, the section's name, or, when
	// the two say the same ("Opini" in Opini), the badge linking to the
	// section. A section's own page names neither on its cards.
	LabelLink   bool   // the badge is the section's link
	Verify      string // the "Perlu verifikasi" badge; "" when verified
	ShowSection bool   // the section's name is shown beside any badge
	Authors     []link // shadows Article.Authors
	ISO         string // for <time datetime>
	When        string // "2 jam lalu" or a date
}

// link is a named URL.
type link struct{ Name, URL string }

// item builds the list view of a published article.
func (p *page) item(a *warta.Article) item {
	p.deps.article(a)
	it := item{Article: a, URL: articlePath(a, p.Loc), ISO: p.ISO(a.PublishedAt), When: p.When(a.PublishedAt)}
	if a.Section != nil {
		it.SectionURL = p.SectionURL(a.Section)
	}
	if a.FeaturedMedia != nil && a.FeaturedMedia.Servable() {
		it.Image = p.MediaURL(a.FeaturedMedia)
		it.ImageJPEG, it.ImageWebP = p.Srcset(a.FeaturedMedia, "image/jpeg"), p.Srcset(a.FeaturedMedia, "image/webp")
	}
	ownSection := a.Section != nil && a.Section.Slug == p.Current
	it.ShowSection = a.Section != nil && !ownSection
	if p.ShowLabel(a.Label) {
		it.LabelName = p.LabelName(a.Label)
		if a.Section != nil && strings.EqualFold(it.LabelName, a.Section.Name) {
			it.LabelLink, it.ShowSection = !ownSection, false
			if ownSection {
				it.LabelName = ""
			}
		}
	}
	it.Verify = p.verifyMark(a)
	it.Authors = make([]link, len(a.Authors))
	for i, au := range a.Authors {
		it.Authors[i] = link{Name: au.Name, URL: p.AuthorURL(au)}
	}
	return it
}

// underTitle drops the section's name from the cards of a block whose
// title already names it (a section's block, "More in Nasional").
func underTitle(list []item) []item {
	for i := range list {
		list[i].ShowSection = false
	}
	return list
}

// items builds the list views of articles.
func (p *page) items(list []*warta.Article) []item {
	out := make([]item, len(list))
	for i, a := range list {
		out[i] = p.item(a)
	}
	return out
}

// funcs are the few helpers that are not page methods.
var funcs = template.FuncMap{
	"initials": func(name string) string {
		var out []rune
		for _, f := range strings.Fields(name) {
			for _, r := range f {
				out = append(out, r)
				break
			}
			if len(out) == 2 {
				break
			}
		}
		return strings.ToUpper(string(out))
	},
	"card": func(a item, size string) cardData {
		return cardData{A: a, Size: size, Eager: size == "lead" || size == "top"}
	},
	"list": func(p any, list []item) listData { return listData{P: p, List: list} },
	// sizes is the sizes attribute of a card image by the card's size.
	"sizes": func(size string) string {
		switch size {
		case "lead":
			return "(min-width: 1000px) 700px, 100vw"
		case "row", "list":
			return "(min-width: 700px) 200px, 110px"
		case "rail":
			return "96px"
		case "small", "top":
			return "(min-width: 1000px) 260px, (min-width: 700px) 25vw, 96px"
		default:
			return "(min-width: 1000px) 260px, (min-width: 700px) 25vw, 50vw"
		}
	},
	"pg":    func(p any, pg pager) pagerData { return pagerData{P: p, Pager: pg} },
	"focus": focusStyle,
	"frame": frameStyle,
}

// cardData is a card's article and how to show it; listData and
// pagerData carry the page beside a partial's own value, so partials can
// use the page's methods.
type cardData struct {
	A     item
	Size  string // lead, top (above the fold), small, row, list (a page's main list, h2 titles), rail (the side column) or text
	Eager bool
}

type listData struct {
	P    any
	List []item
}

type pagerData struct {
	P     any
	Pager pager
}

// urlQuery escapes a query-string value.
func urlQuery(s string) string { return url.QueryEscape(s) }

func asError(err error, target **warta.Error) bool { return errors.As(err, target) }
