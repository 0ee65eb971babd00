package api

import (
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"warta"
	"warta/internal/body"
	"warta/internal/editorial"
	"warta/internal/markdown"
)

// articleJSON is an article as the API shows it.
type articleJSON struct {
	ID              int64      `json:"id"`
	Version         int        `json:"version"`
	Status          string     `json:"status"`
	URL             string     `json:"url"`
	Title           string     `json:"title"`
	Slug            string     `json:"slug"`
	Dek             string     `json:"dek"`
	Dateline        string     `json:"dateline"`
	BodyHTML        string     `json:"body_html,omitempty"`
	Label           string     `json:"label"`
	Section         string     `json:"section"`
	Tags            []string   `json:"tags"`
	Authors         []string   `json:"authors"`
	RelatedIDs      []int64    `json:"related_ids"`
	FeaturedMediaID int64      `json:"featured_media_id,omitempty"`
	PublishAt       *time.Time `json:"publish_at,omitempty"`
	PublishedAt     *time.Time `json:"published_at,omitempty"`
	UpdatedAt       *time.Time `json:"updated_at,omitempty"`
	WordCount       int        `json:"word_count"`
	// RemovalReason is why the editors withdrew the article, as readers
	// see it on its 410 page; absent unless it is unpublished with one.
	RemovalReason string `json:"removal_reason,omitempty"`
	// NeedsVerification is the "Perlu verifikasi" flag readers see;
	// Sponsor names an advertorial's sponsor; Follows is the id of the
	// story this one follows up (0: none).
	NeedsVerification bool   `json:"needs_verification"`
	Sponsor           string `json:"sponsor"`
	Follows           int64  `json:"follows"`
}

// createdJSON is the answer to a create or update.
type createdJSON struct {
	ID      int64  `json:"id"`
	Version int    `json:"version"`
	Status  string `json:"status"`
	URL     string `json:"url"`
}

// articleInput is what POST and PATCH accept. Absent fields are left as
// they are.
type articleInput struct {
	Version         *int       `json:"version"`
	Title           *string    `json:"title"`
	Slug            *string    `json:"slug"`
	Dek             *string    `json:"dek"`
	Dateline        *string    `json:"dateline"`
	BodyHTML        *string    `json:"body_html"`
	BodyMarkdown    *string    `json:"body_markdown"`
	Label           *string    `json:"label"`
	Breaking        *bool      `json:"breaking"`
	Section         *string    `json:"section"`
	Tags            *[]string  `json:"tags"`
	Authors         *[]string  `json:"authors"`
	RelatedIDs      *[]int64   `json:"related_ids"`
	FeaturedMediaID *int64     `json:"featured_media_id"`
	SEOTitle        *string    `json:"seo_title"`
	SEODescription  *string    `json:"seo_description"`
	Status          *string    `json:"status"`
	PublishAt       *time.Time `json:"publish_at"`
	// Reason says why an article is unpublished; readers see it on the
	// article's address, which answers 410 Gone.
	Reason *string `json:"reason"`
	// NeedsVerification, Sponsor and Follows (an article id; 0 clears
	// it) are articleJSON's fields of the same names.
	NeedsVerification *bool   `json:"needs_verification"`
	Sponsor           *string `json:"sponsor"`
	Follows           *int64  `json:"follows"`
}

// resolve turns slugs into IDs and Markdown into HTML.
func (h *Handler) resolve(r *http.Request, in *articleInput) (editorial.Input, error) {
	out := editorial.Input{Title: in.Title, Slug: in.Slug, Dek: in.Dek, Dateline: in.Dateline, BodyHTML: in.BodyHTML,
		SEOTitle: in.SEOTitle, SEODescription: in.SEODescription, Breaking: in.Breaking, FeaturedMediaID: in.FeaturedMediaID,
		RelatedIDs: in.RelatedIDs, NeedsVerification: in.NeedsVerification, Sponsor: in.Sponsor, FollowsID: in.Follows}
	if in.Follows != nil && *in.Follows < 0 {
		return out, &warta.Error{Code: warta.EINVALID, Key: "error.follows_unknown", Message: "follows must be an article id or 0"}
	}
	if in.BodyMarkdown != nil {
		if in.BodyHTML != nil {
			return out, &apiError{http.StatusBadRequest, "bad_request", "error.body_twice", nil}
		}
		html, err := markdown.Convert([]byte(*in.BodyMarkdown))
		if err != nil {
			slog.WarnContext(r.Context(), "api: body_markdown refused", "bytes", len(*in.BodyMarkdown), "err", err)
			return out, err
		}
		out.BodyHTML = &html
	}
	if in.Label != nil {
		l := warta.Label(*in.Label)
		if !l.Valid() {
			return out, &warta.Error{Code: warta.EINVALID, Key: "error.label_invalid", Message: "unknown label"}
		}
		out.Label = &l
	}
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		ctx := r.Context()
		if in.Section != nil {
			s, err := tx.FindSectionBySlug(ctx, *in.Section)
			if warta.IsNotFound(err) {
				return &warta.Error{Code: warta.EINVALID, Key: "error.section_unknown", Args: []any{*in.Section}, Message: "unknown section " + *in.Section}
			}
			if err != nil {
				return err
			}
			out.SectionID = &s.ID
		}
		var err error
		if out.TagIDs, err = slugIDs(in.Tags, "error.tag_unknown", func(slug string) (int64, error) {
			t, err := tx.FindTagBySlug(ctx, slug)
			if err != nil {
				return 0, err
			}
			return t.ID, nil
		}); err != nil {
			return err
		}
		if out.AuthorIDs, err = slugIDs(in.Authors, "error.author_unknown", func(slug string) (int64, error) {
			p, err := tx.FindPersonBySlug(ctx, slug)
			if err != nil {
				return 0, err
			}
			return p.ID, nil
		}); err != nil {
			return err
		}
		return nil
	})
	return out, err
}

// slugIDs turns slugs into IDs with find; an unknown slug is invalid with
// the message key. Nil slugs give nil: the field was not sent.
func slugIDs(slugs *[]string, key string, find func(string) (int64, error)) (*[]int64, error) {
	if slugs == nil {
		return nil, nil
	}
	ids := []int64{}
	for _, slug := range *slugs {
		id, err := find(slug)
		if warta.IsNotFound(err) {
			return nil, &warta.Error{Code: warta.EINVALID, Key: key, Args: []any{slug}, Message: "unknown " + slug}
		}
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return &ids, nil
}

// readArticle decodes an article request and resolves it into the
// editorial input and the status it asks for.
func (h *Handler) readArticle(w http.ResponseWriter, r *http.Request) (articleInput, editorial.Input, warta.Status, time.Time, error) {
	var in articleInput
	if err := decode(w, r, &in); err != nil {
		return in, editorial.Input{}, "", time.Time{}, err
	}
	to, at, err := status(&in)
	if err != nil {
		return in, editorial.Input{}, "", time.Time{}, err
	}
	ein, err := h.resolve(r, &in)
	return in, ein, to, at, err
}

// status parses the requested status, if any.
func status(in *articleInput) (warta.Status, time.Time, error) {
	if in.Status == nil {
		return "", time.Time{}, nil
	}
	s := warta.Status(*in.Status)
	if !s.Valid() {
		return "", time.Time{}, &warta.Error{Code: warta.EINVALID, Key: "error.status_invalid", Message: "unknown status " + *in.Status}
	}
	var at time.Time
	if in.PublishAt != nil {
		at = *in.PublishAt
	}
	if s == warta.StatusScheduled && at.IsZero() {
		return "", time.Time{}, &warta.Error{Code: warta.EINVALID, Key: "error.publish_at_required", Message: "a scheduled article needs publish_at"}
	}
	return s, at, nil
}

func (h *Handler) handleArticleCreate(w http.ResponseWriter, r *http.Request) {
	u, err := h.user(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	_, ein, to, at, err := h.readArticle(w, r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	a, err := h.cfg.Editorial.Create(r.Context(), u, ein, to, at)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/admin/articles/"+strconv.FormatInt(a.ID, 10))
	writeJSON(w, http.StatusCreated, h.created(r, a))
}

func (h *Handler) handleArticleUpdate(w http.ResponseWriter, r *http.Request) {
	u, id, err := h.userAndID(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	in, ein, to, at, err := h.readArticle(w, r)
	if err == nil && in.Version == nil {
		err = &warta.Error{Code: warta.EINVALID, Key: "error.version_required", Message: "version is required"}
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	move := editorial.Move{To: to, PublishAt: at}
	if in.Reason != nil {
		move.Reason = *in.Reason
	}
	a, err := h.cfg.Editorial.SaveAndMove(r.Context(), u, id, *in.Version, ein, move)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, h.created(r, a))
}

func (h *Handler) handleArticleShow(w http.ResponseWriter, r *http.Request) {
	u, id, err := h.userAndID(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var a *warta.Article
	var loc *time.Location
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		if a, err = tx.FindArticleByID(r.Context(), id); err != nil {
			return err
		}
		s, err := tx.FindSettings(r.Context())
		if err != nil {
			return err
		}
		loc = s.Location()
		return nil
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if !warta.Can(u, warta.ActionReview, nil) && !warta.Owns(u, a) {
		h.fail(w, r, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "article not found"})
		return
	}
	writeJSON(w, http.StatusOK, h.articleJSON(a, loc, true))
}

func (h *Handler) handleArticleDelete(w http.ResponseWriter, r *http.Request) {
	u, id, err := h.userAndID(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if err := h.cfg.Editorial.Delete(r.Context(), u, id); err != nil {
		h.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// created is the short answer to a write.
func (h *Handler) created(r *http.Request, a *warta.Article) createdJSON {
	loc := time.FixedZone("WIB", 7*3600)
	h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		s, err := tx.FindSettings(r.Context())
		if err == nil {
			loc = s.Location()
		}
		return err
	})
	return createdJSON{ID: a.ID, Version: a.Version, Status: string(a.Status), URL: h.publicURL(a, loc)}
}

// publicURL is where the article is or will be read: for an article not
// yet published, the address it would have if published now.
func (h *Handler) publicURL(a *warta.Article, loc *time.Location) string {
	if a.PublishedAt.IsZero() {
		b := *a
		b.PublishedAt = h.cfg.Now()
		if !a.PublishAt.IsZero() {
			b.PublishedAt = a.PublishAt
		}
		return h.cfg.BaseURL + b.Path(loc)
	}
	return h.cfg.BaseURL + a.Path(loc)
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func (h *Handler) articleJSON(a *warta.Article, loc *time.Location, withBody bool) articleJSON {
	out := articleJSON{ID: a.ID, Version: a.Version, Status: string(a.Status), URL: h.publicURL(a, loc), Title: a.Title,
		Slug: a.Slug, Dek: a.Dek, Dateline: a.Dateline, Label: string(a.Label), Tags: []string{}, Authors: []string{},
		RelatedIDs: a.RelatedIDs, FeaturedMediaID: a.FeaturedMediaID, PublishAt: timePtr(a.PublishAt),
		PublishedAt: timePtr(a.PublishedAt), UpdatedAt: timePtr(a.UpdatedAt), WordCount: a.WordCount,
		NeedsVerification: a.NeedsVerification, Sponsor: a.Sponsor, Follows: a.FollowsID}
	if withBody {
		out.BodyHTML = a.BodyHTML
	}
	if a.Status == warta.StatusUnpublished {
		out.RemovalReason = a.RemovalReason
	}
	if out.RelatedIDs == nil {
		out.RelatedIDs = []int64{}
	}
	if a.Section != nil {
		out.Section = a.Section.Slug
	}
	for _, t := range a.Tags {
		out.Tags = append(out.Tags, t.Slug)
	}
	for _, p := range a.Authors {
		out.Authors = append(out.Authors, p.Slug)
	}
	return out
}

// userAndID authenticates the request and reads the article ID of its path.
func (h *Handler) userAndID(r *http.Request) (*warta.User, int64, error) {
	u, err := h.user(r)
	if err != nil {
		return nil, 0, err
	}
	id, err := pathID(r)
	return u, id, err
}

// pageParam reads ?page=N of a public list: 1 when absent, 1–10000.
func pageParam(r *http.Request) (int, error) {
	v := r.URL.Query().Get("page")
	if v == "" && !r.URL.Query().Has("page") {
		return 1, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 10000 {
		return 0, &apiError{http.StatusBadRequest, "bad_request", "error.page_invalid", nil}
	}
	return n, nil
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		return 0, &apiError{http.StatusNotFound, warta.ENOTFOUND, "error.not_found", nil}
	}
	return id, nil
}

// searchResult is one item of a public list.
type searchResult struct {
	ID          int64     `json:"id"`
	Title       string    `json:"title"`
	URL         string    `json:"url"`
	Snippet     string    `json:"snippet"`
	Section     string    `json:"section"`
	PublishedAt time.Time `json:"published_at"`
}

// handleArticleList is the public list of published articles, newest
// first, optionally by section: {"results":[…],"total":N}.
func (h *Handler) handleArticleList(w http.ResponseWriter, r *http.Request) {
	page, err := pageParam(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	const perPage = 20
	var list []*warta.Article
	var total int
	var loc *time.Location
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		ctx := r.Context()
		published := warta.StatusPublished
		f := warta.ArticleFilter{Status: &published, Offset: (page - 1) * perPage, Limit: perPage}
		if slug := r.URL.Query().Get("section"); slug != "" {
			s, err := tx.FindSectionBySlug(ctx, slug)
			if err != nil {
				return err
			}
			f.SectionID = &s.ID
		}
		var err error
		if list, total, err = tx.FindArticles(ctx, f); err != nil {
			return err
		}
		s, err := tx.FindSettings(ctx)
		if err != nil {
			return err
		}
		loc = s.Location()
		return nil
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	results := make([]searchResult, 0, len(list))
	for _, a := range list {
		snippet := a.Dek
		if snippet == "" {
			snippet = body.Excerpt(a.BodyHTML, 200)
		}
		results = append(results, searchResult{ID: a.ID, Title: a.Title, URL: h.cfg.BaseURL + a.Path(loc), Snippet: snippet,
			Section: a.Section.Slug, PublishedAt: a.PublishedAt})
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": results, "total": total, "page": page})
}

func (h *Handler) handleSectionList(w http.ResponseWriter, r *http.Request) {
	var sections []*warta.Section
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		sections, err = tx.FindSections(r.Context())
		return err
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	type sectionJSON struct {
		Slug        string `json:"slug"`
		Name        string `json:"name"`
		Description string `json:"description"`
		URL         string `json:"url"`
	}
	out := []sectionJSON{}
	for _, s := range sections {
		out = append(out, sectionJSON{s.Slug, s.Name, s.Description, h.cfg.BaseURL + "/" + s.Slug + "/"})
	}
	writeJSON(w, http.StatusOK, map[string]any{"sections": out})
}
