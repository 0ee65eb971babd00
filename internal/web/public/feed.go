package public

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"warta"
	"warta/internal/body"
	"warta/internal/feed"
	"warta/internal/i18n"
	"warta/internal/media"
	"warta/internal/web"
)

// Feeds hang below the page they follow: /feed, /feed/atom and /feed.json
// for the site; the same three after /{section}, /tag/{slug} and
// /penulis/{slug}. "feed" is a reserved section slug and articles have
// four segments after their section, so none of these collide with a
// section or an article.

// feedItems is how many of the newest stories a feed carries.
const feedItems = 30

// feedImageWidth is the photo width feeds point at: large enough for the
// readers and aggregators that show it full width, far smaller than the
// 1920 px variant.
const feedImageWidth = 1280

// feedFormat is one of the three feed documents.
type feedFormat struct {
	suffix string // after the subject's path
	typ    string // Content-Type
	write  func(io.Writer, *feed.Feed) error
}

var (
	feedRSS  = feedFormat{"/feed", feed.RSSType, feed.RSS}
	feedAtom = feedFormat{"/feed/atom", feed.AtomType, feed.Atom}
	feedJSON = feedFormat{"/feed.json", feed.JSONType, feed.JSON}
)

// sectionFeeds are the feeds of a section by what follows /{section}/.
var sectionFeeds = map[string]feedFormat{"feed": feedRSS, "feed/atom": feedAtom, "feed.json": feedJSON}

// feedKind says whose stories a feed lists.
type feedKind int

const (
	feedSite feedKind = iota
	feedSection
	feedTag
	feedAuthor
)

// feedSubject is a feed's kind with the slug of its section, tag or
// author.
type feedSubject struct {
	kind feedKind
	slug string
}

// path is the feed's path in format f.
func (s feedSubject) path(f feedFormat) string {
	switch s.kind {
	case feedSection:
		return "/" + s.slug + f.suffix
	case feedTag:
		return "/tag/" + s.slug + f.suffix
	case feedAuthor:
		return "/penulis/" + s.slug + f.suffix
	}
	return f.suffix
}

// feedLink is a feed a page announces in its <head>.
type feedLink struct{ Title, URL string }

// feedTitle names a feed: the site's name alone, or its subject's before it.
func (p *page) feedTitle(kind feedKind, name string) string {
	site := p.Settings.SiteName
	switch kind {
	case feedSection:
		return name + " – " + site
	case feedTag:
		return p.T("tag.kicker") + ": " + name + " – " + site
	case feedAuthor:
		return p.T("author.articles", name) + " – " + site
	}
	return site
}

// feedLink is the RSS feed of a subject named name, for <link
// rel="alternate">: RSS is what feed readers look for first.
func (p *page) feedLink(s feedSubject, name string) feedLink {
	return feedLink{Title: p.feedTitle(s.kind, name), URL: p.h.baseURL + s.path(feedRSS)}
}

// addSubjectFeed announces the feed of a list's section, tag or author
// beside the site's.
func (d *listPage) addSubjectFeed() {
	switch {
	case d.Section != nil:
		d.Feeds = append(d.Feeds, d.feedLink(feedSubject{feedSection, d.Section.Slug}, d.Section.Name))
	case d.Tag != nil:
		d.Feeds = append(d.Feeds, d.feedLink(feedSubject{feedTag, d.Tag.Slug}, d.Tag.Name))
	case d.Person != nil:
		d.Feeds = append(d.Feeds, d.feedLink(feedSubject{feedAuthor, d.Person.Slug}, d.Person.Name))
	}
}

// feedRoute answers one format of the feeds of a kind, the slug coming
// from the path.
func (h *Handler) feedRoute(kind feedKind, f feedFormat) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		h.serveFeed(w, r, feedSubject{kind: kind, slug: r.PathValue("slug")}, f)
	}
}

// serveFeed answers a feed from the cache, building it on a miss. The
// ETag is a hash of the document and Last-Modified the time it last
// changed, so a feed reader's conditional request gets 304 until a story
// in it, or what the feed says about the site, changes.
func (h *Handler) serveFeed(w http.ResponseWriter, r *http.Request, s feedSubject, f feedFormat) {
	h.serveFeedDoc(w, r, s.path(f), f.typ, func(ctx context.Context) ([]byte, time.Time, error) {
		return h.buildFeed(ctx, s, f)
	})
}

// serveFeedDoc answers the feed document at key of content type typ from
// the cache, building it with build (which records its deps in its
// context) on a miss.
func (h *Handler) serveFeedDoc(w http.ResponseWriter, r *http.Request, key, typ string,
	build func(context.Context) ([]byte, time.Time, error)) {
	e, gen := h.feeds.get(key)
	if e == nil {
		d := newDeps()
		doc, changed, err := build(withDeps(r.Context(), d))
		if err != nil {
			h.fail(w, r, err)
			return
		}
		e = h.feeds.add(key, doc, changed, h.now(), gen, d)
	}
	content, etag := e.body, e.etag
	hd := w.Header()
	hd.Add("Vary", "Accept-Encoding")
	if web.AcceptsGzip(r) {
		// A gzipped body is another representation, so it has its own tag.
		content, etag = e.gzipped(), e.etag+"-gz"
		hd.Set("Content-Encoding", "gzip")
	}
	hd.Set("Content-Type", typ)
	hd.Set("Cache-Control", "public, max-age=60")
	hd.Set("ETag", `"`+etag+`"`)
	// ServeContent answers If-None-Match and If-Modified-Since (the
	// former first, as RFC 9110 asks) and HEAD.
	http.ServeContent(w, r, "", e.modified, bytes.NewReader(content))
}

// buildFeed reads and writes one feed. It returns the document and the
// newest change of any article the feed could list, whatever its status:
// a story withdrawn from the feed counts as a change too.
func (h *Handler) buildFeed(ctx context.Context, s feedSubject, f feedFormat) ([]byte, time.Time, error) {
	var doc feed.Feed
	var changed time.Time
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		c, err := h.loadChrome(ctx, tx)
		if err != nil {
			return err
		}
		st := c.settings
		rec := depsFrom(ctx)
		rec.add(depMedia, st.LogoMediaID)
		p := &page{Lang: i18n.Parse(st.Language), Loc: st.Location(), Now: h.now(), Settings: st, Logo: c.logo, h: h, deps: rec}
		doc = feed.Feed{
			Title: st.SiteName, Description: st.Description, Link: h.baseURL + "/", Self: h.baseURL + s.path(f),
			Language: st.Language, Publisher: st.SiteName, Generator: "Warta",
		}
		if doc.Description == "" {
			doc.Description = st.Tagline
		}
		if c.logo != nil {
			doc.Logo = &feed.Image{URL: h.baseURL + p.MediaURL(c.logo), Width: c.logo.Width, Height: c.logo.Height}
		}
		published := warta.StatusPublished
		filter := warta.ArticleFilter{Status: &published, Limit: feedItems, NoTotal: true}
		switch s.kind {
		case feedSection:
			sec, err := tx.FindSectionBySlug(ctx, s.slug)
			if err != nil {
				return err
			}
			filter.SectionID = &sec.ID
			rec.add(depSectionList, sec.ID)
			doc.Title, doc.Link = p.feedTitle(s.kind, sec.Name), h.baseURL+p.SectionURL(sec)
			if sec.Description != "" {
				doc.Description = sec.Description
			}
		case feedTag:
			t, err := tx.FindTagBySlug(ctx, s.slug)
			if err != nil {
				return err
			}
			filter.TagID = &t.ID
			rec.add(depTagList, t.ID)
			rec.add(depTag, t.ID)
			doc.Title, doc.Link = p.feedTitle(s.kind, t.Name), h.baseURL+p.TagURL(t)
		case feedAuthor:
			person, err := tx.FindPersonBySlug(ctx, s.slug)
			if err != nil {
				return err
			}
			filter.AuthorID = &person.ID
			rec.add(depPersonList, person.ID)
			rec.add(depPerson, person.ID)
			doc.Title, doc.Link = p.feedTitle(s.kind, person.Name), h.baseURL+p.AuthorURL(person)
			if person.Bio != "" {
				doc.Description = person.Bio
			}
		}
		if s.kind == feedSite {
			rec.add(depLatest, 0)
		}
		list, _, err := tx.FindArticles(ctx, filter)
		if err != nil {
			return err
		}
		anyStatus := filter
		anyStatus.Status, anyStatus.Order, anyStatus.Limit = nil, warta.OrderModified, 1
		latest, _, err := tx.FindArticles(ctx, anyStatus)
		if err != nil {
			return err
		}
		if len(latest) > 0 {
			changed = latest[0].ModifiedAt
		}
		b := feedBuilder{h: h, ctx: ctx, tx: tx, p: p, host: hostOf(h.baseURL), full: st.FeedFullContent}
		for _, a := range list {
			// The list leaves out bodies and tags; the feed needs both.
			full, err := tx.FindArticleByID(ctx, a.ID)
			if err != nil {
				return err
			}
			rec.article(full)
			for _, t := range full.Tags {
				rec.add(depTag, t.ID) // feeds name an item's tags as its categories
			}
			it, err := b.item(full)
			if err != nil {
				return err
			}
			doc.Items = append(doc.Items, it)
			for _, t := range []time.Time{it.Published, it.Updated} {
				if t.After(doc.Updated) {
					doc.Updated = t
				}
			}
			if full.ModifiedAt.After(changed) {
				changed = full.ModifiedAt
			}
		}
		if doc.Updated.IsZero() {
			doc.Updated = h.now()
		}
		doc.Updated = doc.Updated.In(p.Loc)
		return nil
	})
	if err != nil {
		return nil, time.Time{}, err
	}
	var buf bytes.Buffer
	if err := f.write(&buf, &doc); err != nil {
		return nil, time.Time{}, err
	}
	return buf.Bytes(), changed, nil
}

// feedBuilder turns articles into feed items within one read.
type feedBuilder struct {
	h    *Handler
	ctx  context.Context
	tx   warta.ReadTx
	p    *page
	host string // for tag: URIs; "" when the base URL has none
	full bool   // the site's "full content in feeds" setting
}

// item is a's entry in a feed. Times are in the site's zone, so each
// format writes the offset readers there expect (+07:00 for WIB).
func (b *feedBuilder) item(a *warta.Article) (feed.Item, error) {
	p := b.p
	link := b.h.baseURL + articlePath(a, p.Loc)
	it := feed.Item{ID: b.id(a, link), Title: a.Title, Link: link, Summary: a.Dek, Published: a.PublishedAt.In(p.Loc)}
	if a.Label == warta.LabelAdvertorial {
		// Feed readers show no badge: sponsored content says what it is
		// in its title, as the Dewan Pers guideline asks.
		it.Title = p.LabelName(a.Label) + ": " + a.Title
	}
	if it.Summary == "" {
		it.Summary = body.Excerpt(a.BodyHTML, 300)
	}
	if a.WasUpdated() {
		it.Updated = a.UpdatedAt.In(p.Loc)
	}
	for _, au := range a.Authors {
		it.Authors = append(it.Authors, feed.Person{Name: au.Name, URL: b.h.baseURL + p.AuthorURL(au)})
	}
	if a.Section != nil {
		it.Categories = append(it.Categories, feed.Category{Term: a.Section.Slug, Label: a.Section.Name})
	}
	if p.ShowLabel(a.Label) {
		it.Categories = append(it.Categories, feed.Category{Term: string(a.Label), Label: p.LabelName(a.Label)})
	}
	for _, t := range a.Tags {
		it.Categories = append(it.Categories, feed.Category{Term: t.Slug, Label: t.Name})
	}
	if a.FeaturedMedia != nil && a.FeaturedMedia.Servable() {
		it.Image = b.image(a.FeaturedMedia)
	}
	if b.full {
		html, err := b.content(a, link)
		if err != nil {
			return it, err
		}
		it.ContentHTML = html
	}
	return it, nil
}

// content is the whole story as the article page shows it — dateline,
// photos with captions, embeds, "Baca Juga" — with absolute URLs, run
// through the sanitiser last, so that what leaves the site is exactly what
// it allows whatever the page's expansions add.
func (b *feedBuilder) content(a *warta.Article, link string) (string, error) {
	base, err := url.Parse(link)
	if err != nil {
		return "", err
	}
	media, err := bodyMedia(b.ctx, b.tx, a)
	if err != nil {
		return "", err
	}
	return body.Sanitize(body.AbsoluteURLs(b.h.articleBody(b.p, a, media), base)), nil
}

// id is an item's permanent identifier: a tag: URI (RFC 4151) from the
// site's host, the day the article was created and its number. Unlike the
// article's URL it survives a new slug, section or date, which would
// otherwise show readers the story again as new.
func (b *feedBuilder) id(a *warta.Article, link string) string {
	if b.host == "" {
		return link
	}
	day := a.CreatedAt
	if day.IsZero() {
		day = a.PublishedAt
	}
	return "tag:" + b.host + "," + day.UTC().Format("2006-01-02") + ":article:" + strconv.FormatInt(a.ID, 10)
}

// image is the featured photo as an enclosure: the narrowest JPEG variant
// at least feedImageWidth wide, or the widest there is, with its size in
// bytes when the blob store can tell.
func (b *feedBuilder) image(m *warta.Media) *feed.Enclosure {
	e := &feed.Enclosure{Type: m.MimeType, Width: m.Width, Height: m.Height, Caption: m.Caption, Credit: m.Credit}
	key := m.Key // items from before variants existed have only this
	var best *warta.MediaVariant
	for i := range m.Variants {
		v := &m.Variants[i]
		switch {
		case v.MimeType != "image/jpeg":
		case best == nil,
			best.Width < feedImageWidth && v.Width > best.Width,
			v.Width >= feedImageWidth && v.Width < best.Width:
			best = v
		}
	}
	if best != nil {
		key, e.Type, e.Width, e.Height = best.Key, best.MimeType, best.Width, best.Height
	}
	if media.Private(key) {
		return nil // an upload's original is never served
	}
	e.URL = b.h.baseURL + "/media/" + key
	if key == m.Key && m.Bytes > 0 {
		e.Length = m.Bytes
	} else {
		e.Length = b.blobSize(key)
	}
	return e
}

// blobSize is the size of a stored file, or 0 when it cannot be read; the
// feed then describes the photo without a length rather than failing.
func (b *feedBuilder) blobSize(key string) int64 {
	f, err := b.h.blobs.Open(b.ctx, key)
	if err != nil {
		return 0
	}
	defer f.Close()
	n, err := f.Seek(0, io.SeekEnd)
	if err != nil {
		return 0
	}
	return n
}

// hostOf is the host name of an absolute URL, without a port.
func hostOf(base string) string {
	u, err := url.Parse(base)
	if err != nil {
		return ""
	}
	return u.Hostname()
}
