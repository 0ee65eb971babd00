// Package public serves the reader-facing news site: home, sections,
// articles, authors, tags and the daily index, rendered on the server and
// readable without JavaScript.
package public

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/i18n"
	"warta/internal/media"
	"warta/internal/web"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config is what the public site needs.
type Config struct {
	Store   warta.Store
	Blobs   media.Blobs
	BaseURL string // absolute, no trailing slash
	Logger  *slog.Logger
	Now     func() time.Time // the store's clock when nil
	// Views counts article reads for Trending; nil counts nothing.
	Views interface {
		Hit(r *http.Request, articleID int64)
	}
	// Ready reports whether the database answers and its migrations are
	// current, for /readyz; nil asks the store for a read transaction.
	Ready func(context.Context) error
	// Metrics counts page cache hits and misses; nil counts nothing.
	Metrics CacheMetrics
	// SitemapURLs is the most URLs one sitemap file holds; 0 means
	// sitemaps.org's 50,000 (tests set fewer to see a month split).
	SitemapURLs int
	// Purger is told the public paths each write evicted, for a CDN in
	// front; nil purges nothing (see purge.go).
	Purger Purger
	// Complaints takes the reader forms' complaints; an editorial
	// service on Store (without events) when nil.
	Complaints ComplaintService
	// FormKey signs the reader forms' issue time; a random key per
	// process when empty (nodes behind one address share one).
	FormKey []byte
}

// Handler serves the public site.
type Handler struct {
	store   warta.Store
	blobs   media.Blobs
	baseURL string
	logger  *slog.Logger
	now     func() time.Time
	views   interface {
		Hit(*http.Request, int64)
	}
	ready     func(context.Context) error
	metrics   CacheMetrics
	chrome    chromeCache
	similars  similarCache
	sitemaps  sitemapCache
	archive   archiveSummary // what the sitemap index counts, kept
	feeds     feedCache
	pageCache pageCache
	searches  searchCache
	limiter   *renderLimiter
	flights   renderFlights
	renders   atomic.Int64 // pages rendered, for tests that prove a request was not
	listReads atomic.Int64 // pages of lists read from the store, likewise
	purger    Purger
	purges    purgeQueueT
	assets    *web.Assets
	pages     map[string]*template.Template
	// complaints and formKey serve the reader forms (complaint.go).
	complaints ComplaintService
	formKey    []byte
	handler    http.Handler

	sitemapURLs int // the most URLs in one sitemap file
}

// Listing limits and the Trending window.
const (
	perPage  = 20                 // articles on a page of a list
	maxPage  = 10000              // a higher ?page is not found without a query
	trendWin = 7 * 24 * time.Hour // reads counted for Trending
)

// New parses the templates and builds the route table.
func New(cfg Config) (*Handler, error) {
	if cfg.Store == nil || cfg.Blobs == nil || cfg.Logger == nil {
		return nil, fmt.Errorf("public: Store, Blobs and Logger are required")
	}
	if cfg.Now == nil {
		cfg.Now = cfg.Store.Now
	}
	if cfg.SitemapURLs <= 0 || cfg.SitemapURLs > sitemapMaxURLs {
		cfg.SitemapURLs = sitemapMaxURLs
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	assets, err := web.NewAssets(static, "/static/")
	if err != nil {
		return nil, err
	}
	h := &Handler{store: cfg.Store, blobs: cfg.Blobs, baseURL: cfg.BaseURL, logger: cfg.Logger, now: cfg.Now, views: cfg.Views, assets: assets, ready: cfg.Ready, metrics: cfg.Metrics,
		sitemapURLs: cfg.SitemapURLs, limiter: newRenderLimiter(0, renderQueue, renderWait), purger: cfg.Purger}
	h.complaints, h.formKey = cfg.Complaints, cfg.FormKey
	if h.complaints == nil {
		h.complaints = &editorial.Service{Store: cfg.Store, Now: cfg.Now}
	}
	if len(h.formKey) == 0 {
		h.formKey = newFormKey()
	}
	if h.pages, err = parseTemplates(); err != nil {
		return nil, err
	}
	// The page cache comes first: a hit is a map lookup and a write, and
	// the middlewares after it (checks, panic recovery) are for renders.
	h.handler = h.cached(web.SecurityHeaders(web.PublicPolicy, web.Recover(h.logger, h.renderPanic, h.guard(web.NoteRoute(h.routes())))))
	return h, nil
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.handler.ServeHTTP(w, r) }

// pageNames are the templates that are whole pages.
var pageNames = []string{"home", "section", "article", "author", "tag", "index", "error", "search", "gone", "staticpage", "complaint",
	"corrections", "takedowns", "masthead"}

func parseTemplates() (map[string]*template.Template, error) {
	base, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/_*.html")
	if err != nil {
		return nil, fmt.Errorf("parse partials: %w", err)
	}
	pages := make(map[string]*template.Template, len(pageNames))
	for _, name := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// guard refuses malformed requests before routing.
func (h *Handler) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rej := web.Check(r); rej != nil {
			h.renderStatus(w, r, rej.Status, rej.Key)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 rather than half a page.
func (h *Handler) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	buf := renderBuffers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 1<<20 {
			buf.Reset()
			renderBuffers.Put(buf)
		}
	}()
	h.renders.Add(1)
	if err := h.pages[name].ExecuteTemplate(buf, name+".html", data); err != nil {
		h.logger.Error("render", "page", name, "path", r.URL.Path, "error", err)
		h.renderPanic(w, r)
		return
	}
	if status == http.StatusOK {
		if p := h.keepPage(r, name, buf.Bytes()); p != nil {
			servePage(w, r, p)
			return
		}
	}
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	out := web.Gzip(w, r, buf.Bytes())
	hd.Set("Content-Length", strconv.Itoa(len(out)))
	if hd.Get("Cache-Control") == "" { // a preview has set its own
		hd.Set("Cache-Control", cacheControl(name, status))
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(out)
	}
}

// renderBuffers keeps page buffers between requests; a page is tens of KB.
var renderBuffers = sync.Pool{New: func() any { return bytes.NewBuffer(make([]byte, 0, 64<<10)) }}

// fail answers err as an error page: its domain code picks the status;
// internal errors are logged here, once, and shown without detail. What
// is not found may be an old address with a stored redirect.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := warta.ErrorCode(err)
	status := web.StatusCode(code)
	if status == http.StatusNotFound && (h.redirectOld(w, r) || h.redirectStaticPage(w, r)) {
		return
	}
	if status == http.StatusNotFound && h.tombstoned(r) {
		h.renderGone(w, r, &warta.Article{})
		return
	}
	if status >= 500 {
		if r.Context().Err() != nil {
			return // the reader went away
		}
		h.logger.Error("request", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	key := "error.internal"
	switch status {
	case http.StatusNotFound:
		key = "error.not_found"
	case http.StatusGone:
		key = "error.gone"
	case http.StatusBadRequest:
		key = "error.bad_request"
		var we *warta.Error
		if asError(err, &we) && we.Key != "" {
			key = we.Key
		}
	}
	h.renderStatus(w, r, status, key)
}

// renderStatus shows the friendly error page for status with message key.
func (h *Handler) renderStatus(w http.ResponseWriter, r *http.Request, status int, key string) {
	if key == "error.not_found" {
		// The page's title already says "not found"; say what to do.
		key = "public.not_found_help"
	}
	data := &errorPage{Status: status, MessageKey: key}
	err := h.store.View(r.Context(), func(tx warta.ReadTx) error {
		if err := h.loadPage(r.Context(), tx, &data.page, r); err != nil {
			return err
		}
		if status == http.StatusNotFound || status == http.StatusGone {
			published := warta.StatusPublished
			latest, _, _ := tx.FindArticles(r.Context(), warta.ArticleFilter{Status: &published, Limit: 6, NoTotal: true})
			data.Latest = data.items(latest)
		}
		return nil
	})
	if err != nil {
		data.page = h.fallbackPage(r)
	}
	data.Title = data.T("status." + strconv.Itoa(status))
	data.Robots = "noindex"
	h.render(w, r, status, "error", data)
}

// renderPanic answers 500 without touching the store or templates that
// may be what failed.
func (h *Handler) renderPanic(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusInternalServerError)
	fmt.Fprintf(w, `<!doctype html><html lang="id"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>500</title>`+
		`<h1>%s</h1><p><a href="/">%s</a></p></html>`,
		template.HTMLEscapeString(i18n.T(i18n.ID, "error.internal")), template.HTMLEscapeString(i18n.T(i18n.ID, "nav.home")))
}

// handleFallback answers paths no route claims: a static page at
// /{slug}, an old URL with a redirect, or not found.
func (h *Handler) handleFallback(w http.ResponseWriter, r *http.Request) {
	if h.serveStaticPage(w, r) || h.redirectOld(w, r) || h.redirectSection(w, r) || h.redirectImportedID(w, r) {
		return
	}
	h.renderStatus(w, r, http.StatusNotFound, "error.not_found")
}

func (h *Handler) handleMethodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	h.renderStatus(w, r, http.StatusMethodNotAllowed, "error.method")
}

// redirectSection sends /nasional to /nasional/ when the section exists.
func (h *Handler) redirectSection(w http.ResponseWriter, r *http.Request) bool {
	slug := strings.TrimPrefix(r.URL.Path, "/")
	if !warta.ValidSlug(slug) {
		return false
	}
	err := h.store.View(r.Context(), func(tx warta.ReadTx) error {
		_, err := tx.FindSectionBySlug(r.Context(), slug)
		return err
	})
	if err != nil {
		return false
	}
	http.Redirect(w, r, "/"+slug+"/", http.StatusMovedPermanently)
	return true
}

// tombstoned reports whether the request path belonged to a purged
// article that readers saw: it answers 410 Gone for ever.
func (h *Handler) tombstoned(r *http.Request) bool {
	err := h.store.View(r.Context(), func(tx warta.ReadTx) error {
		_, err := tx.FindTombstone(r.Context(), strings.TrimSuffix(r.URL.Path, "/"))
		return err
	})
	return err == nil
}

// redirectOld sends a 301 if the request path has a stored redirect.
func (h *Handler) redirectOld(w http.ResponseWriter, r *http.Request) bool {
	var to string
	err := h.store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		to, err = tx.FindRedirect(r.Context(), strings.TrimSuffix(r.URL.Path, "/"))
		if warta.IsNotFound(err) && r.URL.Path != "/" {
			to, err = tx.FindRedirect(r.Context(), r.URL.Path)
		}
		if orig := resizedUpload(r.URL.Path); warta.IsNotFound(err) && orig != "" {
			// A copy WordPress resized (foto-300x200.jpg) goes where
			// its original went: other sites hot-link the copies.
			to, err = tx.FindRedirect(r.Context(), orig)
		}
		return err
	})
	if err != nil {
		return false
	}
	http.Redirect(w, r, to, http.StatusMovedPermanently)
	return true
}

// pageNumber parses ?page=N: absent is 1; anything but a positive integer
// is invalid; numbers past maxPage are out of range.
func pageNumber(r *http.Request) (int, error) {
	v := r.URL.Query().Get("page")
	if v == "" && !r.URL.Query().Has("page") {
		return 1, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, &warta.Error{Code: warta.EINVALID, Key: "error.page_invalid", Message: "page must be a positive whole number"}
	}
	if n > maxPage {
		return 0, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "page out of range"}
	}
	return n, nil
}
