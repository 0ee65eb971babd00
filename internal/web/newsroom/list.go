package newsroom

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"warta"
)

// perPage is how many articles a page of the newsroom's list shows.
const perPage = 50

// maxListPage bounds ?page=: past it the offset scan costs too much to
// be a list anyone reads; filters reach older stories.
const maxListPage = 10000

// maxQueryLen bounds the search box, in characters.
const maxQueryLen = 200

// listTab is one status tab of the article list, with its count.
type listTab struct {
	Status  string // "" for every status but the trash
	Count   int
	Current bool
	URL     string
}

// pageLink is one link of the pager; an empty URL is a gap (…).
type pageLink struct {
	N       int
	URL     string
	Current bool
}

// dashboardPage is the article list: the user's own articles, or for
// editors every article, with tabs per status, a search, filters, sort,
// pages and bulk actions; on the trash tab, who deleted each story and
// when it will be purged.
type dashboardPage struct {
	view
	Queue    []*warta.Article
	MostRead *mostRead // nil when the card is not shown
	// Reads are each listed story's reads in the last 7 days, shown when
	// ShowReads (not in the trash, and to those who may see them).
	Reads     map[int64]int
	ShowReads bool
	Articles  []*warta.Article
	Total     int
	Mine      bool
	Trash     bool
	Tabs      []listTab
	Pages     []pageLink
	PrevURL   string
	NextURL   string
	Page      int
	PageCount int
	TrashDays int
	Back      string // this page's address, for the bulk form to return to

	// The filter form's values, as given.
	Query, Status, Section, Author, Label, From, Until, Sort, Dir string

	Sections  []*warta.Section
	People    []*warta.Person
	Labels    []warta.Label
	UserNames map[int64]string
	PurgeOn   func(*warta.Article) time.Time
	// Bulk actions offered on this tab.
	Actions []string
}

// listQuery is the article list's query string, parsed and checked.
type listQuery struct {
	filter warta.ArticleFilter
	page   int
}

// invalid is the 400 a bad list parameter gets.
func invalid(key string, args ...any) error {
	return &warta.Error{Code: warta.EINVALID, Key: key, Args: args, Message: "bad list parameter"}
}

// parseList reads the list's parameters into page (the form's values)
// and a filter; anything malformed is a 400 with a message.
func parseList(r *http.Request, page *dashboardPage, u *warta.User, loc *time.Location) (listQuery, error) {
	q := r.URL.Query()
	lq := listQuery{page: 1, filter: warta.ArticleFilter{Order: warta.OrderModified, Limit: perPage}}
	f := &lq.filter
	page.Query = strings.TrimSpace(q.Get("q"))
	page.Status, page.Section, page.Author, page.Label = q.Get("status"), q.Get("section"), q.Get("author"), q.Get("label")
	page.From, page.Until, page.Sort, page.Dir = q.Get("from"), q.Get("until"), q.Get("sort"), q.Get("dir")
	if v := q.Get("page"); v != "" || q.Has("page") {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxListPage {
			return lq, invalid("nr.list.bad_page", maxListPage)
		}
		lq.page = n
	}
	page.Page = lq.page
	if utf8.RuneCountInString(page.Query) > maxQueryLen {
		return lq, invalid("nr.list.bad_query", maxQueryLen)
	}
	f.Query = page.Query
	switch s := warta.Status(page.Status); {
	case page.Status == "":
		f.ExcludeStatuses = []warta.Status{warta.StatusTrashed}
	case s.Valid():
		f.Status = &s
	default:
		return lq, invalid("nr.list.bad_status")
	}
	page.Trash = page.Status == string(warta.StatusTrashed)
	id := func(v string) (*int64, error) {
		if v == "" {
			return nil, nil
		}
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 {
			return nil, invalid("nr.list.bad_filter")
		}
		return &n, nil
	}
	var err error
	if f.SectionID, err = id(page.Section); err != nil {
		return lq, err
	}
	if f.AuthorID, err = id(page.Author); err != nil {
		return lq, err
	}
	if page.Label != "" {
		l := warta.Label(page.Label)
		if !l.Valid() {
			return lq, invalid("nr.list.bad_filter")
		}
		f.Label = &l
	}
	day := func(v string) (time.Time, error) {
		if v == "" {
			return time.Time{}, nil
		}
		t, err := time.ParseInLocation("2006-01-02", v, loc)
		if err != nil || t.Year() < 1900 || t.Year() > 9999 {
			return t, invalid("nr.list.bad_date")
		}
		return t, nil
	}
	if f.Modified.From, err = day(page.From); err != nil {
		return lq, err
	}
	until, err := day(page.Until)
	if err != nil {
		return lq, err
	}
	if !until.IsZero() {
		f.Modified.Before = until.AddDate(0, 0, 1) // the whole last day
	}
	desc := true
	switch page.Dir {
	case "", "desc":
	case "asc":
		desc = false
	default:
		return lq, invalid("nr.list.bad_sort")
	}
	switch page.Sort {
	case "", "updated":
		f.Order = pick(desc, warta.OrderModified, warta.OrderModifiedOldest)
	case "published":
		f.Order = pick(desc, warta.OrderNewest, warta.OrderOldest)
	case "title":
		// A to Z reads as the natural order: asc unless asked otherwise.
		f.Order = pick(page.Dir == "desc", warta.OrderTitleDesc, warta.OrderTitle)
	default:
		return lq, invalid("nr.list.bad_sort")
	}
	page.Mine = !warta.Can(u, warta.ActionReview, nil) || q.Get("mine") == "1"
	if page.Mine {
		f.OwnerID = &u.ID
	}
	f.Offset = (lq.page - 1) * perPage
	return lq, nil
}

func pick(first bool, a, b warta.Order) warta.Order {
	if first {
		return a
	}
	return b
}

// listURL is the list's address with the page's filters and the given
// changes (an empty value drops a parameter).
func (p *dashboardPage) listURL(change ...string) string {
	q := url.Values{}
	for k, v := range map[string]string{"q": p.Query, "status": p.Status, "section": p.Section, "author": p.Author,
		"label": p.Label, "from": p.From, "until": p.Until, "sort": p.Sort, "dir": p.Dir} {
		if v != "" {
			q.Set(k, v)
		}
	}
	if p.Mine && warta.Can(p.User, warta.ActionReview, nil) {
		q.Set("mine", "1")
	}
	if p.Page > 1 {
		q.Set("page", strconv.Itoa(p.Page))
	}
	for i := 0; i+1 < len(change); i += 2 {
		if change[i+1] == "" {
			q.Del(change[i])
		} else {
			q.Set(change[i], change[i+1])
		}
	}
	if len(q) == 0 {
		return Prefix
	}
	return Prefix + "?" + q.Encode()
}

func (h *Handler) handleDashboard(w http.ResponseWriter, r *http.Request, u *warta.User) {
	page := &dashboardPage{view: h.newView(r, u, "", "articles"), Labels: warta.Labels}
	page.Title = page.T("nr.nav.articles")
	lq, err := parseList(r, page, u, page.Settings.Location())
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	page.PurgeOn = func(a *warta.Article) time.Time { return a.TrashedAt.Add(warta.TrashRetention) }
	var counts map[warta.Status]int
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		// The tabs' counts give the total too, so the matches are
		// counted once.
		f := lq.filter
		f.NoTotal = true
		if page.Articles, _, err = tx.FindArticles(r.Context(), f); err != nil {
			return err
		}
		if page.ShowReads = warta.Can(u, warta.ActionReadStats, nil) && !page.Trash; page.ShowReads {
			ids := make([]int64, len(page.Articles))
			for i, a := range page.Articles {
				ids[i] = a.ID
			}
			since := warta.ViewsSince(h.cfg.Now(), weekWindow)
			if page.Reads, err = tx.ArticleViewCounts(r.Context(), ids, since); err != nil {
				return err
			}
		}
		if counts, err = tx.CountArticlesByStatus(r.Context(), lq.filter); err != nil {
			return err
		}
		for s, n := range counts {
			if (lq.filter.Status == nil && s != warta.StatusTrashed) || (lq.filter.Status != nil && *lq.filter.Status == s) {
				page.Total += n
			}
		}
		if page.Sections, err = tx.FindSections(r.Context()); err != nil {
			return err
		}
		if page.People, err = tx.FindPeople(r.Context()); err != nil {
			return err
		}
		if page.Trash {
			users, err := tx.FindUsers(r.Context())
			if err != nil {
				return err
			}
			page.UserNames = make(map[int64]string, len(users))
			for _, x := range users {
				page.UserNames[x.ID] = x.Name
			}
		}
		front := lq.page == 1 && page.Status == "" && page.Query == ""
		if warta.Can(u, warta.ActionReadStats, nil) && front {
			if page.MostRead, err = loadMostRead(r.Context(), tx, h.cfg.Now()); err != nil {
				return err
			}
		}
		if warta.Can(u, warta.ActionReview, nil) && front {
			review := warta.StatusReview
			page.Queue, _, err = tx.FindArticles(r.Context(), warta.ArticleFilter{Status: &review, Order: warta.OrderOldest, Limit: 50, NoTotal: true})
		}
		return err
	})
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	pages := (page.Total + perPage - 1) / perPage
	if lq.page > 1 && lq.page > pages {
		h.fail(w, r, u, &warta.Error{Code: warta.ENOTFOUND, Key: "nr.list.no_page", Args: []any{max(pages, 1)}, Message: "page out of range"})
		return
	}
	page.Back, page.PageCount, page.TrashDays = page.listURL(), pages, trashDays
	all := 0
	for s, n := range counts {
		if s != warta.StatusTrashed {
			all += n
		}
	}
	page.Tabs = append(page.Tabs, listTab{Count: all, Current: page.Status == "", URL: page.listURL("status", "", "page", "")})
	for _, s := range warta.Statuses {
		page.Tabs = append(page.Tabs, listTab{Status: string(s), Count: counts[s], Current: page.Status == string(s),
			URL: page.listURL("status", string(s), "page", "")})
	}
	page.Pages = pagerLinks(lq.page, pages, func(n int) string { return page.listURL("page", pageParam(n)) })
	if lq.page > 1 {
		page.PrevURL = page.listURL("page", pageParam(lq.page-1))
	}
	if lq.page < pages {
		page.NextURL = page.listURL("page", pageParam(lq.page+1))
	}
	page.Actions = bulkActions(u, page.Trash)
	h.render(w, r, http.StatusOK, "dashboard", page)
}

// pageParam is ?page= for page n; the first page has none.
func pageParam(n int) string {
	if n <= 1 {
		return ""
	}
	return strconv.Itoa(n)
}

// pagerLinks numbers the first and last pages and two either side of the
// current one, with gaps between.
func pagerLinks(cur, pages int, link func(int) string) []pageLink {
	if pages <= 1 {
		return nil
	}
	var out []pageLink
	last := 0
	for n := 1; n <= pages; n++ {
		if n != 1 && n != pages && (n < cur-2 || n > cur+2) {
			continue
		}
		if last != 0 && n > last+1 {
			out = append(out, pageLink{})
		}
		out = append(out, pageLink{N: n, URL: link(n), Current: n == cur})
		last = n
	}
	return out
}
