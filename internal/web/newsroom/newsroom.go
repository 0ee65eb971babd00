// Package newsroom serves /redaksi/, where journalists and editors sign in,
// write with the embedded editor, review, schedule and publish, and where
// administrators manage sections, people, users and settings. Pages are
// server-rendered forms; the editor is the one JavaScript island. Every
// rule is decided by package editorial and the domain's Can.
package newsroom

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
	"time"

	"warta"
	"warta/internal/auth"
	"warta/internal/editorial"
	"warta/internal/i18n"
	"warta/internal/web"
	"warta/internal/web/newsroom/editor"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config is what the newsroom needs.
type Config struct {
	Store     warta.Store
	Editorial *editorial.Service
	// Pages manages the static pages; one on Store and Notify when nil.
	Pages   *editorial.Pages
	Library *editorial.Library
	Logger  *slog.Logger
	BaseURL string           // the public site, for links and to decide Secure cookies
	Now     func() time.Time // the store's clock when nil
	// Notify hears site-wide changes (settings, sections, tags, people).
	Notify func(warta.Event)
	// Preview renders an article with the public templates.
	Preview func(w http.ResponseWriter, r *http.Request, a *warta.Article)
	// LoginRefused hears of each password check refused before it ran,
	// by reason ("rate_limited" or "busy"), for the metrics; may be nil.
	LoginRefused func(reason string)
}

// Handler serves /redaksi/.
type Handler struct {
	cfg    Config
	secure bool
	assets *web.Assets
	pages  map[string]*template.Template
	// attempts are the sign-in limits, kept in the store so that every
	// node counts the same failures.
	attempts *auth.Attempts
	handler  http.Handler
	presence presence
}

// Prefix is where the newsroom lives.
const Prefix = "/redaksi/"

var pageNames = []string{"login", "setup", "dashboard", "edit", "revisions", "sections", "tags", "people", "settings",
	"users", "audit", "account", "error", "media", "media_item", "redirects", "notifications", "mail", "confirm", "bulk", "preview",
	"pages", "page_edit", "complaints", "complaint"}

// New parses the templates and builds the routes.
func New(cfg Config) (*Handler, error) {
	if cfg.Now == nil {
		cfg.Now = cfg.Store.Now
	}
	if cfg.Notify == nil {
		cfg.Notify = func(warta.Event) {}
	}
	if cfg.Pages == nil {
		cfg.Pages = &editorial.Pages{Store: cfg.Store, Notify: cfg.Notify}
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	assets, err := web.NewAssets(mergeFS{static, editor.FS()}, Prefix+"static/")
	if err != nil {
		return nil, err
	}
	h := &Handler{cfg: cfg, secure: strings.HasPrefix(cfg.BaseURL, "https://"), assets: assets,
		attempts: &auth.Attempts{Store: cfg.Store, Now: cfg.Now}}
	base, err := template.New("").Funcs(funcs).Funcs(writingFuncs).ParseFS(templateFS, "templates/_*.html")
	if err != nil {
		return nil, fmt.Errorf("parse newsroom partials: %w", err)
	}
	h.pages = map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse newsroom %s: %w", name, err)
		}
		h.pages[name] = t
	}
	// Browsers say where a request comes from; refuse cross-site writes
	// before any handler runs, and check each form's token as well.
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.renderError(w, r, nil, http.StatusForbidden, "nr.error.csrf")
	}))
	h.handler = web.SecurityHeaders(web.NewsroomPolicy, web.Recover(cfg.Logger, func(w http.ResponseWriter, r *http.Request) {
		h.renderError(w, r, nil, http.StatusInternalServerError, "error.internal")
	}, cop.Handler(web.NoteRoute(h.routes()))))
	return h, nil
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Robots-Tag", "noindex")
	h.handler.ServeHTTP(w, r)
}

// mergeFS serves files from the first FS that has them.
type mergeFS []fs.FS

func (m mergeFS) Open(name string) (fs.File, error) {
	for _, f := range m {
		if file, err := f.Open(name); err == nil {
			return file, nil
		}
	}
	return nil, fs.ErrNotExist
}

func (m mergeFS) ReadDir(name string) ([]fs.DirEntry, error) {
	var out []fs.DirEntry
	for _, f := range m {
		if list, err := fs.ReadDir(f, name); err == nil {
			out = append(out, list...)
		}
	}
	return out, nil
}

// view is what every newsroom page's layout needs.
type view struct {
	Lang     i18n.Lang
	User     *warta.User
	CSRF     string
	Title    string
	Nav      string // the current menu entry
	Flash    string
	Settings *warta.Settings
	// Unread is the signed-in user's count of unread notifications,
	// shown in the header of every page.
	Unread int
	ctx    context.Context // the request's, for what a page loads lazily
	h      *Handler
}

// T translates a key in the user's language.
func (v *view) T(key string, args ...any) string { return i18n.T(v.Lang, key, args...) }

// Asset is a fingerprinted static URL.
func (v *view) Asset(name string) string { return v.h.assets.URL(name) }

// Can reports whether the signed-in user may act.
func (v *view) Can(action string, a *warta.Article) bool {
	return warta.Can(v.User, warta.Action(action), a)
}

// Site is the public site's URL.
func (v *view) Site() string { return v.h.cfg.BaseURL }

// DateTime formats a time in the site's zone.
func (v *view) DateTime(t time.Time) string {
	if t.IsZero() {
		return "–"
	}
	loc := time.FixedZone("WIB", 7*3600)
	if v.Settings != nil {
		loc = v.Settings.Location()
	}
	return i18n.DateTime(t, loc, v.Lang)
}

// Local formats a time for a datetime-local input in the site's zone.
func (v *view) Local(t time.Time) string {
	if t.IsZero() || v.Settings == nil {
		return ""
	}
	return t.In(v.Settings.Location()).Format("2006-01-02T15:04")
}

// PublicURL is an article's address on the public site.
func (v *view) PublicURL(a *warta.Article) string {
	if v.Settings == nil || a.PublishedAt.IsZero() {
		return ""
	}
	return v.h.cfg.BaseURL + a.Path(v.Settings.Location())
}

var funcs = template.FuncMap{
	"contains": func(list []int64, id int64) bool {
		for _, x := range list {
			if x == id {
				return true
			}
		}
		return false
	},
	"itoa": func(n int64) string { return strconv.FormatInt(n, 10) },
	"list": func(s ...string) []string { return s },
	"mul":  func(a, b int) int { return a * b },
	"div": func(a, b int) int {
		if b == 0 {
			return 0
		}
		return a / b
	},
}

// newView prepares the layout data for a request.
func (h *Handler) newView(r *http.Request, u *warta.User, title, nav string) view {
	v := view{Lang: i18n.ID, User: u, Title: title, Nav: nav, h: h, Flash: r.URL.Query().Get("ok"), ctx: r.Context()}
	if u != nil && u.Language != "" {
		v.Lang = i18n.Parse(u.Language)
	} else if i18n.Parse(firstLang(r)) == i18n.EN && u == nil {
		v.Lang = i18n.EN
	}
	if s := sessionFrom(r.Context()); s != nil {
		v.CSRF = s.csrf
	}
	h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		if v.Settings, err = tx.FindSettings(r.Context()); err != nil || u == nil {
			return err
		}
		v.Unread, err = tx.CountUnreadNotifications(r.Context(), u.ID)
		return err
	})
	if v.Settings == nil {
		v.Settings = warta.DefaultSettings()
	}
	return v
}

func firstLang(r *http.Request) string {
	first, _, _ := strings.Cut(r.Header.Get("Accept-Language"), ",")
	first, _, _ = strings.Cut(first, ";")
	return first
}

// render writes a page through a buffer.
func (h *Handler) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := h.pages[name].ExecuteTemplate(&buf, name+".html", data); err != nil {
		h.cfg.Logger.Error("render newsroom", "page", name, "error", err)
		http.Error(w, "500", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// errorPage is the newsroom's error page.
type errorPage struct {
	view
	Status  int
	Message string
}

// renderError shows an error page with a translated message.
func (h *Handler) renderError(w http.ResponseWriter, r *http.Request, u *warta.User, status int, key string) {
	v := h.newView(r, u, i18n.T(i18n.ID, "status."+strconv.Itoa(status)), "")
	page := &errorPage{view: v, Status: status, Message: v.T(key)}
	page.Title = v.T("status." + strconv.Itoa(status))
	h.render(w, r, status, "error", page)
}

// fail shows err: its code picks the status; internal errors are logged.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, u *warta.User, err error) {
	status := web.StatusCode(warta.ErrorCode(err))
	if status >= 500 {
		if r.Context().Err() != nil {
			return
		}
		h.cfg.Logger.Error("newsroom", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	v := h.newView(r, u, "", "")
	page := &errorPage{view: v, Status: status, Message: i18n.Message(v.Lang, err)}
	page.Title = v.T("status." + strconv.Itoa(status))
	h.render(w, r, status, "error", page)
}

// redirect answers a form post with 303 to a page, with an optional
// confirmation message key.
func redirect(w http.ResponseWriter, r *http.Request, path, ok string) {
	if ok != "" {
		sep := "?"
		if strings.Contains(path, "?") {
			sep = "&"
		}
		path += sep + "ok=" + ok
	}
	http.Redirect(w, r, path, http.StatusSeeOther)
}

type ctxKey int

const sessionKey ctxKey = 0

// current is the signed-in session of a request.
type current struct {
	session *warta.Session
	user    *warta.User
	csrf    string
}

func sessionFrom(ctx context.Context) *current {
	c, _ := ctx.Value(sessionKey).(*current)
	return c
}
