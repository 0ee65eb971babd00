package public

import (
	"context"
	"net/http"
	"sort"
	"strconv"
	"time"

	"warta"
)

// The transparency pages the Dewan Pers cyber-media guideline asks of a
// news site: the public log of notes on stories (/koreksi, with a feed),
// the takedown log (/koreksi/pencabutan) and the masthead
// (/susunan-redaksi). The guideline itself, the editorial standards and
// the contact page are static pages the newsroom edits.

// Paths of the transparency pages; the footer links them.
const (
	correctionsPath = "/koreksi"
	takedownsPath   = "/koreksi/pencabutan"
	mastheadPath    = "/susunan-redaksi"
)

// The feed of /koreksi, RSS 2.0 like the site's own.
const correctionsFeedPath = correctionsPath + "/feed"

// What the transparency pages show, for the page cache (deps.go): kinds of
// their own, numbered apart from the others so that the list there stays
// as it is.
const (
	depTransparency depKind = 100 + iota // lists the notes on stories or the takedowns
	depMasthead                          // lists the people on the masthead
)

// logEntry is one line of /koreksi: a note readers were given about a
// story, when, and the story it is on. Kind is a correction kind
// (correction, update, clarification); a published right of reply
// (Hak Jawab) joins the log as one more kind with its own anchor.
type logEntry struct {
	Kind   string
	At     time.Time
	Text   string
	Story  item
	Anchor string // the note's id on the story's page
}

// URL is the note on its story's page.
func (e logEntry) URL() string { return e.Story.URL + "#" + e.Anchor }

// correctionAnchor is the id of a correction note on its story's page.
func correctionAnchor(id int64) string { return "koreksi-" + strconv.FormatInt(id, 10) }

// correctionsPage is one page of /koreksi.
type correctionsPage struct {
	page
	Replies []logEntry // the newest published rights of reply, on the first page
	Entries []logEntry
	Pager   pager
}

// replyAnchor is the id of the reply box on a story's page.
const replyAnchor = "hak-jawab"

// loadReplyLog reads the newest published rights of reply (Hak Jawab),
// at most limit, as log entries.
func (h *Handler) loadReplyLog(ctx context.Context, tx warta.ReadTx, p *page, limit int) ([]logEntry, error) {
	p.deps.add(depTransparency, 0)
	replies, err := tx.FindReplies(ctx, warta.ReplyFilter{Limit: limit})
	if err != nil {
		return nil, err
	}
	out := make([]logEntry, 0, len(replies))
	for _, r := range replies {
		out = append(out, logEntry{Kind: "reply", At: r.PublishedAt, Text: r.Body, Story: p.item(r.Article), Anchor: replyAnchor})
	}
	return out, nil
}

// takedownEntry is a withdrawn story in the takedown log: when, the
// reason, its section and first publication, and its address, where the
// notice is. Never its text: the address is a link's target only, not
// shown, since a slug repeats the headline.
type takedownEntry struct {
	Path      string
	At        time.Time
	Reason    string
	Section   string
	Published time.Time
}

// takedownsPage is one page of the takedown log.
type takedownsPage struct {
	page
	Entries []takedownEntry
	Pager   pager
}

// loadCorrectionLog reads one page of the notes and the stories they are
// on; a page past the last is not found, answered from the count.
func (h *Handler) loadCorrectionLog(ctx context.Context, tx warta.ReadTx, p *page, n, limit int) ([]logEntry, int, error) {
	p.deps.add(depTransparency, 0)
	notes, total, err := tx.FindCorrectionLog(ctx, limit, (n-1)*limit)
	if err != nil {
		return nil, 0, err
	}
	if n > 1 && len(notes) == 0 {
		return nil, 0, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "page out of range"}
	}
	stories, err := publishedByID(ctx, tx, notes)
	if err != nil {
		return nil, 0, err
	}
	var out []logEntry
	for _, c := range notes {
		a := stories[c.ArticleID]
		if a == nil {
			continue // withdrawn between the two reads
		}
		out = append(out, logEntry{Kind: string(c.Kind), At: c.CreatedAt, Text: c.Note, Story: p.item(a), Anchor: correctionAnchor(c.ID)})
	}
	return out, total, nil
}

// publishedByID loads the published stories the notes are on.
func publishedByID(ctx context.Context, tx warta.ReadTx, notes []*warta.Correction) (map[int64]*warta.Article, error) {
	var ids []int64
	seen := map[int64]bool{}
	for _, c := range notes {
		if !seen[c.ArticleID] {
			seen[c.ArticleID] = true
			ids = append(ids, c.ArticleID)
		}
	}
	out := make(map[int64]*warta.Article, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	published := warta.StatusPublished
	list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{IDs: ids, Status: &published, Limit: len(ids), NoTotal: true})
	for _, a := range list {
		out[a.ID] = a
	}
	return out, err
}

func (h *Handler) handleCorrections(w http.ResponseWriter, r *http.Request) {
	n, err := pageNumber(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var data correctionsPage
	err = h.store.View(r.Context(), func(tx warta.ReadTx) error {
		if err := h.loadPage(r.Context(), tx, &data.page, r); err != nil {
			return err
		}
		entries, total, err := h.loadCorrectionLog(r.Context(), tx, &data.page, n, perPage)
		if err != nil {
			return err
		}
		data.Entries, data.Pager = entries, newPager(correctionsPath, n, total)
		if n == 1 {
			// Replies are few and stand apart: the newest, above the notes.
			data.Replies, err = h.loadReplyLog(r.Context(), tx, &data.page, perPage)
		}
		return err
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data.Title = data.T("transp.corrections.title")
	data.Description = data.T("transp.corrections.description", data.Settings.SiteName)
	data.Feeds = append(data.Feeds, feedLink{Title: data.T("transp.corrections.feed", data.Settings.SiteName), URL: h.baseURL + correctionsFeedPath})
	h.pagedMeta(&data.page, n, correctionsPath)
	h.render(w, r, http.StatusOK, "corrections", &data)
}

func (h *Handler) handleTakedowns(w http.ResponseWriter, r *http.Request) {
	n, err := pageNumber(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var data takedownsPage
	ctx := r.Context()
	err = h.store.View(ctx, func(tx warta.ReadTx) error {
		if err := h.loadPage(ctx, tx, &data.page, r); err != nil {
			return err
		}
		data.deps.add(depTransparency, 0)
		list, total, err := tx.FindTakedowns(ctx, perPage, (n-1)*perPage)
		if err != nil {
			return err
		}
		if n > 1 && len(list) == 0 {
			return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "page out of range"}
		}
		data.Pager = newPager(takedownsPath, n, total)
		ids := make([]int64, len(list))
		for i, t := range list {
			ids[i] = t.ArticleID
		}
		// Only the address is read from the story (its section and
		// publication day make it); its title and text stay off the log.
		var stories []*warta.Article
		if len(ids) > 0 {
			if stories, _, err = tx.FindArticles(ctx, warta.ArticleFilter{IDs: ids, Limit: len(ids), NoTotal: true}); err != nil {
				return err
			}
		}
		byID := make(map[int64]*warta.Article, len(stories))
		for _, a := range stories {
			byID[a.ID] = a
			data.deps.add(depArticle, a.ID)
		}
		for _, t := range list {
			a := byID[t.ArticleID]
			if a == nil || a.Section == nil {
				continue
			}
			data.Entries = append(data.Entries, takedownEntry{Path: articlePath(a, data.Loc), At: t.At, Reason: t.Reason,
				Section: a.Section.Name, Published: a.PublishedAt})
		}
		return nil
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data.Title = data.T("transp.takedowns.title")
	data.Description = data.T("transp.takedowns.description", data.Settings.SiteName)
	h.pagedMeta(&data.page, n, takedownsPath)
	h.render(w, r, http.StatusOK, "takedowns", &data)
}

// pagedMeta sets what a later page of a transparency log says about
// itself: its own canonical address and a numbered title.
func (h *Handler) pagedMeta(p *page, n int, path string) {
	p.Meta.JSONLD = append(p.Meta.JSONLD, p.breadcrumbs(p.Title, path))
	if n > 1 {
		p.Canonical += "?page=" + strconv.Itoa(n)
		p.Title = p.T("list.page_title", p.Title, n)
	}
}

// mastheadGroup is the people of one title on the masthead.
type mastheadGroup struct {
	Title  string
	People []link
}

// mastheadPage is the masthead (Susunan Redaksi).
type mastheadPage struct {
	page
	Groups []mastheadGroup
}

// mastheadGroups orders the people the newsroom placed on the masthead
// by their rank (then name) and groups neighbours of the same title, so
// the newsroom orders the groups by the ranks it gives their people.
func (p *page) mastheadGroups(people []*warta.Person) []mastheadGroup {
	var on []*warta.Person
	for _, who := range people {
		if who.MastheadRank > 0 {
			on = append(on, who)
		}
	}
	sort.SliceStable(on, func(i, j int) bool { return on[i].MastheadRank < on[j].MastheadRank })
	var out []mastheadGroup
	for _, who := range on {
		p.deps.add(depPerson, who.ID)
		if heading := who.MastheadHeading(); len(out) == 0 || out[len(out)-1].Title != heading {
			out = append(out, mastheadGroup{Title: heading})
		}
		g := &out[len(out)-1]
		g.People = append(g.People, link{Name: who.Name, URL: p.AuthorURL(who)})
	}
	return out
}

func (h *Handler) handleMasthead(w http.ResponseWriter, r *http.Request) {
	var data mastheadPage
	ctx := r.Context()
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		if err := h.loadPage(ctx, tx, &data.page, r); err != nil {
			return err
		}
		data.deps.add(depMasthead, 0)
		people, err := tx.FindPeople(ctx)
		data.Groups = data.mastheadGroups(people)
		return err
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data.Title = data.T("transp.masthead.title")
	data.Description = data.T("transp.masthead.description", data.Settings.SiteName)
	data.Meta.JSONLD = append(data.Meta.JSONLD, data.breadcrumbs(data.Title, mastheadPath))
	h.render(w, r, http.StatusOK, "masthead", &data)
}
