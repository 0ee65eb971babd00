package public

import (
	"context"
	"html/template"
	"net/http"
	"strings"

	"warta"
	"warta/internal/body"
)

// Bounds on static pages shown to readers: the footer links the first
// ones by position; the sitemap lists at most sitemapStaticPages.
const (
	footerPages        = 20
	sitemapStaticPages = 1000
	readAlsoOnPage     = 20 // "Baca Juga" blocks expanded in one page's body
)

// staticPage is a static page ("Tentang Kami", "Pedoman Media Siber" …):
// the site layout around a title and a body, with no byline or date.
type staticPage struct {
	page
	StaticPage *warta.Page
	Body       template.HTML
}

// serveStaticPage answers /{slug} with the published static page of that slug,
// and reports false (nothing written) when there is none, so the caller
// tries redirects and sections next. A draft is not found to readers.
func (h *Handler) serveStaticPage(w http.ResponseWriter, r *http.Request) bool {
	slug := strings.TrimPrefix(r.URL.Path, "/")
	if !warta.ValidSlug(slug) {
		return false
	}
	ctx := r.Context()
	var data staticPage
	found := false
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		p, err := tx.FindPageBySlug(ctx, slug)
		if err != nil || !p.IsPublic() {
			return err
		}
		found = true
		if err := h.loadPage(ctx, tx, &data.page, r); err != nil {
			return err
		}
		data.StaticPage = p
		// The body is expanded as an article's is: library photos,
		// embeds and the "Baca Juga" links it places itself.
		a := &warta.Article{BodyHTML: p.BodyHTML}
		if a.Related, err = readAlsoArticles(ctx, tx, p.BodyHTML); err != nil {
			return err
		}
		media, err := bodyMedia(ctx, tx, a)
		if err != nil {
			return err
		}
		data.Body = template.HTML(h.articleBody(&data.page, a, media))
		return nil
	})
	if warta.IsNotFound(err) || (err == nil && !found) {
		return false
	}
	if err != nil {
		h.fail(w, r, err)
		return true
	}
	p := data.StaticPage
	data.Title = p.Title
	if d := body.Excerpt(p.BodyHTML, descriptionLen); d != "" {
		data.Description = d // otherwise the site's own description
	}
	data.Canonical = h.baseURL + p.Path()
	data.Meta.JSONLD = append(data.Meta.JSONLD, data.breadcrumbs(p.Title, p.Path()))
	h.render(w, r, http.StatusOK, "staticpage", &data)
	return true
}

// redirectStaticPage sends /{slug}/ to /{slug} when a published page has
// the slug: pages have no trailing slash (sections do).
func (h *Handler) redirectStaticPage(w http.ResponseWriter, r *http.Request) bool {
	slug, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/"), "/")
	if !ok || !warta.ValidSlug(slug) {
		return false
	}
	err := h.store.View(r.Context(), func(tx warta.ReadTx) error {
		p, err := tx.FindPageBySlug(r.Context(), slug)
		if err == nil && !p.IsPublic() {
			err = &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "page not published"}
		}
		return err
	})
	if err != nil {
		return false
	}
	http.Redirect(w, r, "/"+slug, http.StatusMovedPermanently)
	return true
}

// readAlsoArticles loads the published articles a body's "Baca Juga"
// blocks point at, at most readAlsoOnPage of them; the others' blocks are
// dropped when the body is expanded.
func readAlsoArticles(ctx context.Context, tx warta.ReadTx, html string) ([]*warta.Article, error) {
	var ids []int64
	body.ExpandReadAlso(html, func(id int64) string {
		if len(ids) < readAlsoOnPage {
			ids = append(ids, id)
		}
		return ""
	})
	var list []*warta.Article
	for _, id := range ids {
		a, err := tx.FindArticleByID(ctx, id)
		if warta.IsNotFound(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if a.IsPublic() {
			list = append(list, a)
		}
	}
	return list, nil
}

// PageURL is a static page's path.
func (p *page) PageURL(sp *warta.Page) string { return sp.Path() }
