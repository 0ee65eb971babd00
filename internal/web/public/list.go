package public

import (
	"net/http"
	"strconv"
	"time"

	"warta"
)

// listPage is a paginated list of articles: a section, an author or a tag.
type listPage struct {
	page
	Section  *warta.Section
	Person   *warta.Person
	Tag      *warta.Tag
	Articles []item
	Pager    pager
	Total    int
}

func (h *Handler) handleSectionList(w http.ResponseWriter, r *http.Request, slug string) {
	h.serveList(w, r, "section", func(tx warta.ReadTx, data *listPage, f *warta.ArticleFilter) error {
		s, err := tx.FindSectionBySlug(r.Context(), slug)
		if err != nil {
			return err
		}
		data.Section, f.SectionID = s, &s.ID
		data.deps.add(depSectionList, s.ID)
		data.Title, data.Description, data.Current = s.Name, s.Description, s.Slug
		return nil
	})
}

func (h *Handler) handleAuthorShow(w http.ResponseWriter, r *http.Request) {
	h.serveList(w, r, "author", func(tx warta.ReadTx, data *listPage, f *warta.ArticleFilter) error {
		p, err := tx.FindPersonBySlug(r.Context(), r.PathValue("slug"))
		if err != nil {
			return err
		}
		data.Person, f.AuthorID = p, &p.ID
		data.deps.add(depPersonList, p.ID)
		data.deps.add(depPerson, p.ID)
		data.deps.add(depMedia, p.PhotoMediaID)
		data.Title, data.Description = p.Name, p.Bio
		return nil
	})
}

func (h *Handler) handleTagShow(w http.ResponseWriter, r *http.Request) {
	h.serveList(w, r, "tag", func(tx warta.ReadTx, data *listPage, f *warta.ArticleFilter) error {
		t, err := tx.FindTagBySlug(r.Context(), r.PathValue("slug"))
		if err != nil {
			return err
		}
		data.Tag, f.TagID = t, &t.ID
		data.deps.add(depTagList, t.ID)
		data.deps.add(depTag, t.ID)
		data.Title = t.Name
		return nil
	})
}

// serveList renders one page of a list whose subject load picks.
func (h *Handler) serveList(w http.ResponseWriter, r *http.Request, name string,
	load func(warta.ReadTx, *listPage, *warta.ArticleFilter) error) {
	ctx := r.Context()
	n, err := pageNumber(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var data listPage
	err = h.store.View(ctx, func(tx warta.ReadTx) error {
		if err := h.loadPage(ctx, tx, &data.page, r); err != nil {
			return err
		}
		published := warta.StatusPublished
		f := warta.ArticleFilter{Status: &published, Offset: (n - 1) * perPage, Limit: perPage}
		if err := load(tx, &data, &f); err != nil {
			return err
		}
		if n > 1 {
			// Past the last page is answered from a count alone: reading
			// ?page=9999 would make the database step over 200,000 rows
			// to find nothing, on every request of a flood.
			probe := f
			probe.Offset, probe.Limit = 0, 1
			_, total, err := tx.FindArticles(ctx, probe)
			if err != nil {
				return err
			}
			if f.Offset >= total {
				return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "page out of range"}
			}
		}
		h.listReads.Add(1)
		list, total, err := tx.FindArticles(ctx, f)
		if err != nil {
			return err
		}
		if len(list) == 0 && n > 1 {
			return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "page out of range"}
		}
		data.Articles, data.Pager, data.Total = data.items(list), newPager(r.URL.Path, n, total), total
		data.addSubjectFeed()
		return nil
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data.setListMeta()
	if n > 1 {
		data.Canonical += "?page=" + strconv.Itoa(n)
		data.Title = data.T("list.page_title", data.Title, n)
	}
	h.render(w, r, http.StatusOK, name, &data)
}

// indexPage is the daily index ("Indeks"): every story of one day.
type indexPage struct {
	page
	Day      time.Time
	Articles []item
	Prev     time.Time
	Next     time.Time // zero when the day is today or later
	Today    bool
}

func (h *Handler) handleIndex(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if v := r.URL.Query().Get("tanggal"); v != "" && r.PathValue("date") == "" {
		// The date picker form submits ?tanggal=YYYY-MM-DD.
		if _, err := time.Parse("2006-01-02", v); err != nil {
			h.renderStatus(w, r, http.StatusBadRequest, "error.date_invalid")
			return
		}
		http.Redirect(w, r, "/indeks/"+v, http.StatusSeeOther)
		return
	}
	var data indexPage
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		if err := h.loadPage(ctx, tx, &data.page, r); err != nil {
			return err
		}
		today := midnight(data.Now, data.Loc)
		data.Day = today
		if v := r.PathValue("date"); v != "" {
			d, err := time.ParseInLocation("2006-01-02", v, data.Loc)
			if err != nil || d.Year() < 1900 {
				return &warta.Error{Code: warta.EINVALID, Key: "error.date_invalid", Message: "date must be YYYY-MM-DD"}
			}
			data.Day = d
		}
		data.deps.day(data.Day, data.Loc)
		end := data.Day.AddDate(0, 0, 1)
		published := warta.StatusPublished
		list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &published, PublishedFrom: &data.Day, PublishedBefore: &end, Limit: 500, NoTotal: true})
		if err != nil {
			return err
		}
		data.Articles = data.items(list)
		data.Prev = data.Day.AddDate(0, 0, -1)
		if data.Day.Before(today) {
			data.Next = end
		}
		data.Today = data.Day.Equal(today)
		return nil
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data.Title = data.T("index.title_day", data.Date(data.Day))
	data.Description = data.T("seo.index_description", data.Date(data.Day), data.Settings.SiteName)
	if len(data.Articles) == 0 {
		data.Robots = robotsNoindex
	}
	if r.PathValue("date") == "" {
		data.Canonical = h.baseURL + "/indeks"
	}
	h.render(w, r, http.StatusOK, "index", &data)
}

// midnight is the start of t's day in loc.
func midnight(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// errorPage is shown for every 4xx and 5xx answer.
type errorPage struct {
	page
	Status     int
	MessageKey string
	Latest     []item
}

// Message is the translated explanation.
func (p *errorPage) Message() string { return p.T(p.MessageKey) }

// sectionGrid is how many stories follow a section's lead story as
// pictures before its list.
const sectionGrid = 4

// Lead is the story a section's first page opens with, big; nil on other
// lists and later pages, and when the page has too few stories for a list.
func (p *listPage) Lead() *item {
	if p.Section == nil || p.Pager.Page > 1 || len(p.Articles) < 2+sectionGrid {
		return nil
	}
	return &p.Articles[0]
}

// Grid are the stories after the lead, shown as a small grid.
func (p *listPage) Grid() []item {
	if p.Lead() == nil {
		return nil
	}
	return p.Articles[1 : 1+sectionGrid]
}

// Rest is the list under the lead and the grid: the whole page elsewhere.
func (p *listPage) Rest() []item {
	if p.Lead() == nil {
		return p.Articles
	}
	return p.Articles[1+sectionGrid:]
}
