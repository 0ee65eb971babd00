package newsroom

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"warta"
	"warta/internal/body"
	"warta/internal/editorial"
	"warta/internal/i18n"
	"warta/internal/web"
)

// editPage is the article form.
type editPage struct {
	view
	Article   *warta.Article
	Sections  []*warta.Section
	Tags      []*warta.Tag
	People    []*warta.Person
	Media     []*warta.Media // recent library items to pick the featured image from
	Labels    []warta.Label
	Error     string
	Words     int
	Minutes   int
	Revisions int
	CanUpload bool
	// CanCredit shows the byline picker; authors and contributors see
	// the byline as it is instead (warta.CanByline).
	CanCredit bool
	// Conflict compares a stale save with the article as it is now.
	Conflict *conflictView
	// Others are the other people who have the story open in the editor.
	Others []string
	// Views are the story's reads, once it has been published.
	Views *articleViews
	// FollowChoices are recent published stories the form offers to
	// follow up (a datalist: works without JavaScript); FollowsRef is
	// what the writer typed, kept when the form comes back refused.
	FollowChoices []*warta.Article
	FollowsRef    string
}

// Byline is the names of the people the story is credited to, in order.
func (p *editPage) Byline() string {
	var names []string
	for _, id := range p.Article.AuthorIDs {
		for _, person := range p.People {
			if person.ID == id {
				names = append(names, person.Name)
			}
		}
	}
	return strings.Join(names, ", ")
}

// OthersText says who else has the story open.
func (p *editPage) OthersText() string {
	if len(p.Others) == 0 {
		return ""
	}
	return p.T("nr.presence.others", strings.Join(p.Others, ", "))
}

// loadEditPage fills the form's choices.
func (h *Handler) loadEditPage(r *http.Request, u *warta.User, a *warta.Article) (*editPage, error) {
	page := &editPage{view: h.newView(r, u, "", "articles"), Article: a, Labels: warta.Labels,
		CanUpload: warta.CanMedia(u, warta.ActionUpload, nil), CanCredit: warta.Can(u, warta.ActionCredit, nil)}
	page.Title = page.T("nr.edit.new")
	if a.ID != 0 {
		page.Title = a.Title
	}
	page.Words = body.WordCount(a.BodyHTML)
	page.Minutes = max(1, (page.Words+199)/200)
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		if page.Sections, err = tx.FindSections(r.Context()); err != nil {
			return err
		}
		if page.Tags, err = tx.FindTags(r.Context(), nil); err != nil {
			return err
		}
		if page.People, err = tx.FindPeople(r.Context()); err != nil {
			return err
		}
		if page.Media, _, err = tx.FindMedia(r.Context(), warta.MediaFilter{Limit: 60}); err != nil {
			return err
		}
		if page.FollowChoices, err = followChoices(r.Context(), tx, a.ID); err != nil {
			return err
		}
		if a.FeaturedMedia != nil && !containsMedia(page.Media, a.FeaturedMediaID) {
			page.Media = append([]*warta.Media{a.FeaturedMedia}, page.Media...)
		}
		if a.ID != 0 {
			page.Others = h.presence.others(a.ID, u, h.cfg.Now())
			if !a.PublishedAt.IsZero() && warta.Can(u, warta.ActionReadStats, nil) {
				if page.Views, err = loadArticleViews(r.Context(), tx, a.ID, h.cfg.Now()); err != nil {
					return err
				}
			}
			revs, err := tx.FindRevisions(r.Context(), a.ID)
			page.Revisions = len(revs)
			return err
		}
		return nil
	})
	return page, err
}

func (h *Handler) handleNew(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a := &warta.Article{Label: warta.LabelBerita, Status: warta.StatusDraft, OwnerID: u.ID}
	if u.PersonID != 0 {
		a.AuthorIDs = []int64{u.PersonID}
	}
	page, err := h.loadEditPage(r, u, a)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.render(w, r, http.StatusOK, "edit", page)
}

func (h *Handler) handleEdit(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a, err := h.article(r)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	if !warta.Can(u, warta.ActionEdit, a) && !warta.Can(u, warta.ActionReview, nil) && !warta.Owns(u, a) {
		h.fail(w, r, u, warta.Check(u, warta.ActionEdit, a))
		return
	}
	page, err := h.loadEditPage(r, u, a)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.render(w, r, http.StatusOK, "edit", page)
}

// article loads the article named by the path's id.
func (h *Handler) article(r *http.Request) (*warta.Article, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		return nil, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "no such article"}
	}
	var a *warta.Article
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		a, err = tx.FindArticleByID(r.Context(), id)
		return err
	})
	return a, err
}

// formInput reads the article form into an editorial input.
func formInput(r *http.Request) (editorial.Input, error) {
	in := editorial.Input{}
	text := func(name string) *string {
		v := r.PostFormValue(name)
		return &v
	}
	in.Title, in.Slug, in.Dek, in.Dateline = text("title"), text("slug"), text("dek"), text("dateline")
	in.BodyHTML, in.SEOTitle, in.SEODescription = text("body_html"), text("seo_title"), text("seo_description")
	label := warta.Label(r.PostFormValue("label"))
	in.Label = &label
	breaking := r.PostFormValue("breaking") == "1"
	in.Breaking = &breaking
	verify := r.PostFormValue("needs_verification") == "1"
	in.NeedsVerification = &verify
	if _, ok := r.PostForm["sponsor"]; ok {
		in.Sponsor = text("sponsor")
	}
	if _, ok := r.PostForm["follows"]; ok {
		in.FollowsRef = text("follows")
	}
	ids := func(name string) (*[]int64, error) {
		out := []int64{}
		for _, v := range r.PostForm[name] {
			for _, part := range strings.Split(v, ",") {
				part = strings.TrimSpace(part)
				if part == "" {
					continue
				}
				id, err := strconv.ParseInt(part, 10, 64)
				if err != nil || id < 1 {
					return nil, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "bad id in " + name}
				}
				out = append(out, id)
			}
		}
		return &out, nil
	}
	var err error
	if in.TagIDs, err = ids("tags"); err != nil {
		return in, err
	}
	if in.AuthorIDs, err = ids("authors"); err != nil {
		return in, err
	}
	if in.RelatedIDs, err = ids("related"); err != nil {
		return in, err
	}
	if v, ok := r.PostForm["featured_media"]; ok {
		id, err := strconv.ParseInt(strings.TrimSpace(strings.Join(v, "")), 10, 64)
		if err != nil && strings.TrimSpace(strings.Join(v, "")) != "" || id < 0 {
			return in, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "bad featured image"}
		}
		in.FeaturedMediaID = &id
	}
	if v := r.PostFormValue("section"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return in, &warta.Error{Code: warta.EINVALID, Key: "error.section_required", Message: "bad section"}
		}
		in.SectionID = &id
	}
	// "Baca Juga" blocks placed in the body link their articles too.
	if in.BodyHTML != nil && len(*in.RelatedIDs) == 0 {
		*in.RelatedIDs = readAlsoIDs(*in.BodyHTML)
	}
	return in, nil
}

// readAlsoIDs finds data-article-id attributes of "Baca Juga" blocks.
func readAlsoIDs(html string) []int64 {
	var out []int64
	for _, part := range strings.Split(html, `data-article-id="`)[1:] {
		end := strings.IndexByte(part, '"')
		if end < 0 {
			continue
		}
		if id, err := strconv.ParseInt(part[:end], 10, 64); err == nil && id > 0 {
			out = append(out, id)
		}
	}
	return out
}

// handleSave creates or saves the article, then applies the button the
// writer pressed: save, submit, publish, schedule, unpublish or back to
// draft. After a conflict the form also carries the writer's choice per
// field (see resolve). The editor's autosave posts the same form with
// X-Requested-With: fetch and gets JSON back.
func (h *Handler) handleSave(w http.ResponseWriter, r *http.Request, u *warta.User) {
	in, err := formInput(r)
	if err != nil {
		h.redisplay(w, r, u, in, err)
		return
	}
	action := r.PostFormValue("action")
	to, at, err := h.target(r, action)
	move := editorial.Move{To: to, PublishAt: at, Reason: r.PostFormValue("removal_reason"), ReasonRequired: true}
	if err != nil {
		h.redisplay(w, r, u, in, err)
		return
	}
	ctx := r.Context()
	var a *warta.Article
	if r.PathValue("id") == "" {
		a, err = h.cfg.Editorial.Create(ctx, u, in, to, at)
	} else {
		var cur *warta.Article
		if cur, err = h.article(r); err != nil {
			h.fail(w, r, u, err)
			return
		}
		if err = resolve(r, &in, cur); err != nil {
			h.redisplay(w, r, u, in, err)
			return
		}
		version, _ := strconv.Atoi(r.PostFormValue("version"))
		a, err = h.cfg.Editorial.SaveAndMove(ctx, u, cur.ID, version, in, move)
	}
	if err != nil {
		h.redisplay(w, r, u, in, err)
		return
	}
	edit := Prefix + "artikel/" + strconv.FormatInt(a.ID, 10)
	if isFetch(r) {
		writeJSON(w, map[string]any{"id": a.ID, "version": a.Version, "url": edit})
		return
	}
	redirect(w, r, edit, "saved_"+string(a.Status))
}

// isFetch reports whether the editor's script sent the request and reads
// JSON back.
func isFetch(r *http.Request) bool { return r.Header.Get("X-Requested-With") == "fetch" }

// failJSON answers the editor's script with {"error":{"code","message"}}.
func (h *Handler) failJSON(w http.ResponseWriter, r *http.Request, err error) {
	status := web.StatusCode(warta.ErrorCode(err))
	if status >= 500 && r.Context().Err() == nil {
		h.cfg.Logger.Error("newsroom", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	lang := i18n.ID
	if c := sessionFrom(r.Context()); c != nil && c.user.Language != "" {
		lang = i18n.Parse(c.user.Language)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"code": warta.ErrorCode(err), "message": errorText(lang, err)}})
}

// target is the status a form button asks for, and its time.
func (h *Handler) target(r *http.Request, action string) (warta.Status, time.Time, error) {
	switch action {
	case "", "save":
		return "", time.Time{}, nil
	case "submit":
		return warta.StatusReview, time.Time{}, nil
	case "publish":
		return warta.StatusPublished, time.Time{}, nil
	case "unpublish":
		return warta.StatusUnpublished, time.Time{}, nil
	case "draft":
		return warta.StatusDraft, time.Time{}, nil
	case "schedule":
		loc := time.FixedZone("WIB", 7*3600)
		h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
			s, err := tx.FindSettings(r.Context())
			if err == nil {
				loc = s.Location()
			}
			return err
		})
		at, err := time.ParseInLocation("2006-01-02T15:04", r.PostFormValue("publish_at"), loc)
		if err != nil {
			return "", time.Time{}, &warta.Error{Code: warta.EINVALID, Key: "error.publish_at_required", Message: "pick a time to publish"}
		}
		return warta.StatusScheduled, at, nil
	}
	return "", time.Time{}, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "unknown action"}
}

// redisplay shows the form again with what was sent and the error, so a
// refused save loses nothing on screen either. After a conflict the page
// compares, field by field, the article as it is now with what was sent,
// and carries the current version, so the next save applies the writer's
// choices rather than the stale fields.
func (h *Handler) redisplay(w http.ResponseWriter, r *http.Request, u *warta.User, in editorial.Input, err error) {
	code := warta.ErrorCode(err)
	if code == warta.EINTERNAL || code == warta.EFORBIDDEN || code == warta.ENOTFOUND {
		if isFetch(r) {
			h.failJSON(w, r, err)
			return
		}
		h.fail(w, r, u, err)
		return
	}
	a := &warta.Article{Status: warta.StatusDraft, OwnerID: u.ID}
	if cur, err2 := h.article(r); err2 == nil {
		a = cur
	}
	conflict := asConflict(err)
	if conflict != nil {
		a = conflict.Current
	}
	base := *a
	version := a.Version
	up := warta.ArticleUpdate{Title: in.Title, Slug: in.Slug, Dek: in.Dek, Dateline: in.Dateline, BodyHTML: in.BodyHTML,
		SEOTitle: in.SEOTitle, SEODescription: in.SEODescription, Label: in.Label, Breaking: in.Breaking, SectionID: in.SectionID,
		FeaturedMediaID: in.FeaturedMediaID, AuthorIDs: in.AuthorIDs, TagIDs: in.TagIDs, RelatedIDs: in.RelatedIDs,
		NeedsVerification: in.NeedsVerification, Sponsor: in.Sponsor}
	shown := *a
	up.Apply(&shown)
	if conflict == nil {
		// Keep the version the writer started from.
		if v, err := strconv.Atoi(r.PostFormValue("version")); err == nil {
			version = v
		}
	}
	shown.Version = version
	page, err2 := h.loadEditPage(r, u, &shown)
	if err2 != nil {
		h.fail(w, r, u, err2)
		return
	}
	page.Error = errorText(page.Lang, err)
	if in.FollowsRef != nil {
		page.FollowsRef = *in.FollowsRef
	}
	status := statusOf(err)
	if s := web.StatusCode(warta.ErrorCode(err)); s >= 500 {
		// The server's trouble (a full or read-only disk), not the form's:
		// the writer's text is on the page again with the reason.
		status = s
		w.Header().Set("Retry-After", "60")
	}
	if conflict != nil {
		status = http.StatusConflict
		page.Conflict = page.newConflict(conflict, inputValues(&base, in))
		h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
			if rev, err := tx.FindRevisionAt(r.Context(), a.ID, a.Version); err == nil {
				page.Conflict.By = rev.UserName
			}
			return nil
		})
	}
	if isFetch(r) {
		if conflict == nil {
			h.failJSON(w, r, err)
			return
		}
		h.conflictJSON(w, page)
		return
	}
	h.render(w, r, status, "edit", page)
}

// conflictJSON answers a stale autosave: the error, the three versions'
// fields and the comparison as the edit page shows it, for the editor to
// put in place.
func (h *Handler) conflictJSON(w http.ResponseWriter, page *editPage) {
	var buf bytes.Buffer
	if err := h.pages["edit"].ExecuteTemplate(&buf, "conflict", page); err != nil {
		h.cfg.Logger.Error("render conflict", "error", err)
	}
	c := page.Conflict
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusConflict)
	json.NewEncoder(w).Encode(map[string]any{
		"error": map[string]string{"code": warta.ECONFLICT, "message": page.Error},
		"conflict": map[string]any{"version": c.Version, "by": c.By, "current": c.Current, "base": c.Base, "mine": c.Mine,
			"fields": len(c.Rows), "html": buf.String()},
	})
}

// errorText is a translated message for an error.
func errorText(lang i18n.Lang, err error) string { return i18n.Message(lang, err) }

// handleWithdraw unpublishes an article with the reason its address will
// show readers; a missing reason shows the form again with the message.
func (h *Handler) handleWithdraw(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a, err := h.article(r)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	if _, err := h.cfg.Editorial.Withdraw(r.Context(), u, a.ID, a.Version, r.PostFormValue("removal_reason")); err != nil {
		if warta.ErrorCode(err) != warta.EINVALID {
			h.fail(w, r, u, err)
			return
		}
		page, err2 := h.loadEditPage(r, u, a)
		if err2 != nil {
			h.fail(w, r, u, err2)
			return
		}
		page.Error = errorText(page.Lang, err)
		h.render(w, r, http.StatusUnprocessableEntity, "edit", page)
		return
	}
	redirect(w, r, Prefix+"artikel/"+strconv.FormatInt(a.ID, 10), "saved_unpublished")
}

// handleCorrect adds a correction or update note.
func (h *Handler) handleCorrect(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a, err := h.article(r)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	kind := warta.CorrectionKind(r.PostFormValue("kind"))
	if _, err := h.cfg.Editorial.Correct(r.Context(), u, a.ID, kind, strings.TrimSpace(r.PostFormValue("note"))); err != nil {
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"artikel/"+strconv.FormatInt(a.ID, 10), "corrected")
}

// revisionsPage lists revisions and compares two.
type revisionsPage struct {
	view
	Article   *warta.Article
	Revisions []*warta.Revision
	From, To  *warta.Revision
	Diff      []diffLine
}

func (h *Handler) handleRevisions(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a, err := h.article(r)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	if !warta.Can(u, warta.ActionEdit, a) && !warta.Owns(u, a) {
		h.fail(w, r, u, warta.Check(u, warta.ActionEdit, a))
		return
	}
	page := &revisionsPage{view: h.newView(r, u, "", "articles"), Article: a}
	page.Title = page.T("nr.revisions.title", a.Title)
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		page.Revisions, err = tx.FindRevisions(r.Context(), a.ID)
		return err
	})
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	byID := map[string]*warta.Revision{}
	for _, rev := range page.Revisions {
		byID[strconv.FormatInt(rev.ID, 10)] = rev
	}
	page.From, page.To = byID[r.URL.Query().Get("a")], byID[r.URL.Query().Get("b")]
	if page.From == nil && len(page.Revisions) > 1 {
		page.From = page.Revisions[1]
	}
	if page.To == nil && len(page.Revisions) > 0 {
		page.To = page.Revisions[0]
	}
	if page.From != nil && page.To != nil {
		names, err := h.loadEditPage(r, u, a)
		if err != nil {
			h.fail(w, r, u, err)
			return
		}
		page.Diff = diff(names.revisionText(page.From), names.revisionText(page.To))
	}
	h.render(w, r, http.StatusOK, "revisions", page)
}

// revisionText is a revision as lines to compare: the title, dek and
// body as they read, then every other field it holds by its label.
func (p *editPage) revisionText(r *warta.Revision) []string {
	v := revisionValues(r)
	lines := []string{"# " + r.Title, r.Dek}
	lines = append(lines, p.lines("body_html", r.BodyHTML)...)
	for _, f := range articleFields {
		value, ok := v[f.Name]
		if !ok || f.Name == "title" || f.Name == "dek" || f.Name == "body_html" || value == "" {
			continue
		}
		lines = append(lines, p.T("nr.rev.field", p.T(f.Key), p.display(f.Name, value)))
	}
	return lines
}

func (h *Handler) handleRestore(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a, err := h.article(r)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	revID, _ := strconv.ParseInt(r.PostFormValue("revision"), 10, 64)
	version, _ := strconv.Atoi(r.PostFormValue("version"))
	if _, err := h.cfg.Editorial.Restore(r.Context(), u, a.ID, version, revID); err != nil {
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"artikel/"+strconv.FormatInt(a.ID, 10), "restored")
}

// handleSearch answers the editor's "Baca Juga" search:
// {"results":[{"id","title","url"}],"suggested":bool}. Typed text (two
// letters or more) finds published articles by title; without it the
// dialog asks for suggestions, the published stories most like the one
// being written: about carries its title and topics, section its section,
// and skip the article itself and the stories it already links.
func (h *Handler) handleSearch(w http.ResponseWriter, r *http.Request, u *warta.User) {
	query := r.URL.Query()
	q := strings.TrimSpace(query.Get("q"))
	about := strings.TrimSpace(query.Get("about"))
	suggest := len([]rune(q)) < 2 && about != ""
	var list []*warta.Article
	var loc *time.Location
	if (len([]rune(q)) >= 2 && len(q) <= 200) || (suggest && len(about) <= 2000) {
		err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
			s, err := tx.FindSettings(r.Context())
			if err != nil {
				return err
			}
			loc = s.Location()
			if suggest {
				a := &warta.Article{Title: about, PublishedAt: h.cfg.Now()}
				a.SectionID, _ = strconv.ParseInt(query.Get("section"), 10, 64)
				var skip []int64
				for _, v := range strings.Split(query.Get("skip"), ",") {
					if id, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); err == nil && id > 0 && len(skip) < 100 {
						skip = append(skip, id)
					}
				}
				list, err = tx.SimilarArticles(r.Context(), a, skip, suggestions)
				return err
			}
			published := warta.StatusPublished
			list, _, err = tx.FindArticles(r.Context(), warta.ArticleFilter{Status: &published, TitleContains: q, Limit: 8, NoTotal: true})
			return err
		})
		if err != nil {
			h.fail(w, r, u, err)
			return
		}
	}
	type result struct {
		ID    int64  `json:"id"`
		Title string `json:"title"`
		URL   string `json:"url"`
	}
	out := []result{}
	for _, a := range list {
		out = append(out, result{a.ID, a.Title, a.Path(loc)})
	}
	writeJSON(w, map[string]any{"results": out, "suggested": suggest})
}

// suggestions is how many Baca Juga suggestions the editor offers.
const suggestions = 6

func containsMedia(list []*warta.Media, id int64) bool {
	for _, m := range list {
		if m.ID == id {
			return true
		}
	}
	return false
}
