package public

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"warta"
	"warta/internal/body"
	"warta/internal/trending"
)

// articlePage is one story with everything the reference page shows.
type articlePage struct {
	page
	Article  *warta.Article
	Item     item // the article's own links and byline
	Related  []item
	Body     template.HTML
	More     []item                 // latest from the same section
	media    map[int64]*warta.Media // library images the body shows
	related  []*warta.Article       // editor's picks, then similar stories
	ShareURL string
	Replies  []*warta.Reply // published rights of reply (_reply.html)
	// Preview is the newsroom preview's banner, empty on the public site;
	// Unpublished hides the publish time a story does not have yet.
	Preview     string
	Unpublished bool
	Trust       trustView // the verification mark, sponsor and follow-up links
}

// handleSection dispatches /{section}/{rest...}: the section page for an
// empty rest, its feeds for feed, feed/atom and feed.json, an article for
// yyyy/mm/dd/slug, not found otherwise.
func (h *Handler) handleSection(w http.ResponseWriter, r *http.Request) {
	section, rest := r.PathValue("section"), r.PathValue("rest")
	if rest == "" {
		h.handleSectionList(w, r, section)
		return
	}
	if f, ok := sectionFeeds[rest]; ok {
		h.serveFeed(w, r, feedSubject{kind: feedSection, slug: section}, f)
		return
	}
	parts := strings.Split(rest, "/")
	if len(parts) == 4 && isDigits(parts[0], 4) && isDigits(parts[1], 2) && isDigits(parts[2], 2) && parts[3] != "" {
		h.handleArticleShow(w, r, parts[3])
		return
	}
	h.handleFallback(w, r)
}

func (h *Handler) handleArticleShow(w http.ResponseWriter, r *http.Request, slug string) {
	ctx := r.Context()
	var data articlePage
	var gone *warta.Article
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		a, err := tx.FindArticleBySlug(ctx, slug)
		if err != nil {
			return err
		}
		switch a.Status {
		case warta.StatusPublished:
		case warta.StatusUnpublished:
			gone = a
			return &warta.Error{Code: warta.EGONE, Key: "error.gone", Message: "article withdrawn"}
		case warta.StatusTrashed:
			if !a.PublishedAt.IsZero() {
				// Deleted after readers saw it: gone, never "not found".
				gone = &warta.Article{RemovalReason: a.RemovalReason}
				return &warta.Error{Code: warta.EGONE, Key: "error.gone", Message: "article deleted"}
			}
			return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "article not published"}
		default:
			return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "article not published"}
		}
		if err := h.loadPage(ctx, tx, &data.page, r); err != nil {
			return err
		}
		data.Article = a
		if data.Replies, err = articleReplies(ctx, tx, a); err != nil {
			return err
		}
		if data.media, err = bodyMedia(ctx, tx, a); err != nil {
			return err
		}
		// The related list: the editor's picks, filled up with the most
		// similar stories.
		data.related = a.Related
		if n := relatedCount - len(a.Related); n > 0 {
			similar, err := h.similar(ctx, tx, a, n+relatedSpare)
			if err != nil {
				return err
			}
			data.related = append(append([]*warta.Article(nil), a.Related...), similar...)
		}
		data.related = distinctRelated(a, data.related, relatedCount)
		for _, t := range a.Tags {
			data.deps.add(depTag, t.ID)
		}
		for id := range data.media {
			data.deps.add(depMedia, id)
		}
		// The "more from the section" block follows its stories (each
		// item records itself), not the section's list: a story newly
		// published there reaches the block with the page's time-to-live
		// (30 s). Evicting every story page of a section at each publish
		// would keep a busy section's archive cold.
		published := warta.StatusPublished
		exclude := []int64{a.ID}
		for _, r := range data.related {
			exclude = append(exclude, r.ID)
		}
		more, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &published, SectionID: &a.SectionID, ExcludeIDs: exclude, Limit: 4, NoTotal: true})
		data.More = underTitle(data.items(more))
		return err
	})
	if gone != nil {
		// Withdrawn: 410 with the editors' reason, unless the newsroom
		// sent this address elsewhere.
		if !h.redirectOld(w, r) {
			h.renderGone(w, r, gone)
		}
		return
	}
	if err != nil {
		h.fail(w, r, err) // not found tries the stored redirects
		return
	}
	a := data.Article
	canonical := articlePath(a, data.Loc)
	if r.URL.Path != canonical {
		// Wrong section or date: the story lives at one address only,
		// unless this is the old address of another story with the slug.
		if !h.redirectOld(w, r) {
			http.Redirect(w, r, canonical, http.StatusMovedPermanently)
		}
		return
	}
	if slot := slotFrom(r); slot != nil {
		slot.articleID = a.ID // so that reads from the cache count too
	}
	h.renderArticle(w, r, &data)
	if h.views != nil && trending.Countable(r) {
		h.views.Hit(r, a.ID)
	}
}

// renderArticle fills the article page's derived fields and renders it.
func (h *Handler) renderArticle(w http.ResponseWriter, r *http.Request, data *articlePage) {
	a := data.Article
	if data.related == nil {
		data.related = a.Related
	}
	data.Item, data.Related = data.item(a), data.items(data.related)
	data.Trust = data.trust()
	data.Canonical = h.baseURL + articlePath(a, data.Loc)
	data.ShareURL = data.Canonical
	data.Feeds = append(data.Feeds, data.feedLink(feedSubject{feedSection, a.Section.Slug}, a.Section.Name))
	// The SEO fields, when the editor set them, speak to search engines;
	// the page itself keeps the headline and dek.
	data.Title, data.Description = a.Title, a.Dek
	if a.SEOTitle != "" {
		data.Title = a.SEOTitle
	}
	if a.SEODescription != "" {
		data.Description = a.SEODescription
	}
	data.Current = a.Section.Slug
	data.setArticleMeta()
	data.Body = template.HTML(h.articleBody(&data.page, a, data.media))
	h.render(w, r, http.StatusOK, "article", data)
}

// Preview renders any article, whatever its status, with the article
// page's template: for the newsroom, which checks who may see it. The
// page tells search engines not to index it.
func (h *Handler) Preview(w http.ResponseWriter, r *http.Request, a *warta.Article) {
	var data articlePage
	err := h.store.View(r.Context(), func(tx warta.ReadTx) error {
		if err := h.loadPage(r.Context(), tx, &data.page, r); err != nil {
			return err
		}
		if a.Section == nil {
			return &warta.Error{Code: warta.EINVALID, Key: "error.section_required", Message: "choose a section to preview"}
		}
		var err error
		if data.media, err = bodyMedia(r.Context(), tx, a); err != nil {
			return err
		}
		published := warta.StatusPublished
		more, _, err := tx.FindArticles(r.Context(), warta.ArticleFilter{Status: &published, SectionID: &a.SectionID, ExcludeIDs: []int64{a.ID}, Limit: 4, NoTotal: true})
		data.More = underTitle(data.items(more))
		return err
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data.Article = a
	data.Robots = "noindex"
	w.Header().Set("Cache-Control", "private, no-store") // a draft must never reach a shared cache
	data.Unpublished = a.Status != warta.StatusPublished
	data.Preview = data.T("preview.banner")
	if data.Unpublished {
		data.Preview = data.T("preview.banner_unpublished")
	}
	h.renderArticle(w, r, &data)
}

// relatedCount is how long the related list at the end of a story is.
const relatedCount = 4

// articleBody prefixes the dateline to the first paragraph and inserts
// the first "Baca Juga" link inline, in the middle of the story.
func (h *Handler) articleBody(p *page, a *warta.Article, media map[int64]*warta.Media) string {
	html := strings.TrimSpace(a.BodyHTML)
	html = body.ExpandImageBlocks(html, func(b body.ImageBlock) (string, bool) {
		m, ok := media[b.MediaID]
		if !ok {
			return "", false
		}
		return imageHTML(p, m, b), true
	})
	if a.Dateline != "" {
		dateline := `<strong class="dateline">` + template.HTMLEscapeString(a.Dateline) + `</strong> – `
		if strings.HasPrefix(html, "<p>") {
			html = "<p>" + dateline + html[len("<p>"):]
		} else {
			html = `<p class="dateline-only">` + dateline + "</p>" + html
		}
	}
	html = body.ExpandEmbeds(html, func(raw string) string { return embedHTML(p, raw) })
	readAlso := func(rel *warta.Article) string {
		return `<aside class="baca-juga" aria-label="` + template.HTMLEscapeString(p.T("article.read_also")) + `"><span>` +
			template.HTMLEscapeString(p.T("article.read_also")) + `:</span> <a href="` + template.HTMLEscapeString(p.ArticleURL(rel)) + `">` +
			template.HTMLEscapeString(rel.Title) + `</a></aside>`
	}
	switch {
	case body.HasReadAlso(html):
		// The writer placed the links: show each as it reads today, and
		// drop those whose article is no longer public.
		byID := make(map[int64]*warta.Article, len(a.Related))
		for _, rel := range a.Related {
			byID[rel.ID] = rel
		}
		html = body.ExpandReadAlso(html, func(id int64) string {
			if rel, ok := byID[id]; ok {
				return readAlso(rel)
			}
			return ""
		})
	case len(a.Related) > 0:
		html = body.InsertAfterParagraph(html, body.ReadAlsoSlot(html), readAlso(a.Related[0]))
	}
	return html
}

// Updated reports whether to show the "updated" time.
func (p *articlePage) Updated() bool { return p.Article.WasUpdated() }

// Minutes is the estimated reading time.
func (p *articlePage) Minutes() int { return p.Article.ReadingMinutes() }

func isDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// embedHTML renders an embed by URL. A YouTube video plays in a privacy-
// enhanced frame; posts on X and Instagram stay links, so the page loads
// no third-party script and stays readable without JavaScript.
func embedHTML(p *page, raw string) string {
	esc := template.HTMLEscapeString
	kind := body.EmbedKind(raw)
	if id, ok := body.YouTubeID(raw); ok {
		return `<figure class="embed embed-video"><div class="embed-frame"><iframe src="https://www.youtube-nocookie.com/embed/` + esc(id) +
			`" title="` + esc(p.T("embed.youtube")) + `" width="560" height="315" loading="lazy" allowfullscreen` +
			` referrerpolicy="strict-origin-when-cross-origin"></iframe></div><figcaption><a href="` + esc(raw) + `" rel="noopener">` +
			esc(p.T("embed.youtube_link")) + `</a></figcaption></figure>`
	}
	label := p.T("embed.link")
	if kind != "" {
		label = p.T("embed." + kind)
	}
	return `<figure class="embed embed-link"><a href="` + esc(raw) + `" rel="noopener">` + esc(label) + `</a>` +
		`<figcaption>` + esc(raw) + `</figcaption></figure>`
}

// bodyMedia loads the library images an article's body shows; one that
// was deleted meanwhile is left out, and its block stays as written.
func bodyMedia(ctx context.Context, tx warta.ReadTx, a *warta.Article) (map[int64]*warta.Media, error) {
	ids := body.MediaIDs(a.BodyHTML)
	out := make(map[int64]*warta.Media, len(ids))
	for _, id := range ids {
		m, err := tx.FindMediaByID(ctx, id)
		if warta.IsNotFound(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[id] = m
	}
	return out, nil
}

// imageHTML renders a library image in the body with its variants. The
// caption, credit and alt text are the block's, as the writer left them
// in the editor; a block without a caption (older bodies, imports) shows
// the library's current ones, and an empty alt the library's alt.
func imageHTML(p *page, m *warta.Media, blk body.ImageBlock) string {
	caption, credit, alt := m.Caption, m.Credit, m.Alt
	if blk.HasCaption {
		caption, credit = blk.Caption, blk.Credit
	}
	if blk.Alt != "" {
		alt = blk.Alt
	}
	esc := template.HTMLEscapeString
	var w strings.Builder
	if !m.Servable() {
		// Its variants are still being made: the caption stands alone
		// until the site is told they are ready.
		w.WriteString(`<figure class="image">`)
	} else {
		imagePicture(&w, p, m, alt)
	}
	if caption != "" || credit != "" {
		w.WriteString(`<figcaption>` + esc(caption))
		if credit != "" {
			w.WriteString(` <span class="credit">` + esc(p.Credit(credit)) + `</span>`)
		}
		w.WriteString(`</figcaption>`)
	}
	w.WriteString(`</figure>`)
	return w.String()
}

// imagePicture opens a body image's figure with its picture: the WebP and
// JPEG variants as srcsets.
func imagePicture(b *strings.Builder, p *page, m *warta.Media, alt string) {
	esc := template.HTMLEscapeString
	const sizes = "(min-width: 1000px) 760px, 100vw"
	b.WriteString(`<figure class="image"><picture>`)
	if set := p.Srcset(m, "image/webp"); set != "" {
		b.WriteString(`<source type="image/webp" srcset="` + esc(set) + `" sizes="` + sizes + `">`)
	}
	b.WriteString(`<img src="` + esc(p.MediaURL(m)) + `"`)
	if set := p.Srcset(m, "image/jpeg"); set != "" {
		b.WriteString(` srcset="` + esc(set) + `" sizes="` + sizes + `"`)
	}
	fmt.Fprintf(b, ` alt="%s" width="%d" height="%d" loading="lazy" decoding="async"></picture>`, esc(alt), m.Width, m.Height)
}
