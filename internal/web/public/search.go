package public

import (
	"html/template"
	"net/http"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"warta"
	"warta/internal/search"
	"warta/internal/web"
)

// searchPage is /cari: results for a reader's query, never indexed.
type searchPage struct {
	page
	Query   string
	Section string
	Author  string // person slug
	From    string // YYYY-MM-DD
	Until   string // YYYY-MM-DD, inclusive
	People  []*warta.Person
	Results []searchResult
	Total   int
	Pager   pager
	More    bool // Total is past Cap: "more than Cap"
	Cap     int
	Relaxed bool // nothing matched every word, so these match some
}

type searchResult struct {
	item
	TitleHTML template.HTML // the title with the matched words marked
	Snippet   template.HTML
}

func (h *Handler) handleSearch(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	n, err := pageNumber(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	qv := r.URL.Query()
	data := searchPage{Query: strings.TrimSpace(qv.Get("q")), Section: qv.Get("rubrik"), Author: qv.Get("penulis"),
		From: qv.Get("dari"), Until: qv.Get("sampai")}
	if utf8.RuneCountInString(data.Query) > 2000 {
		data.Query = string([]rune(data.Query)[:2000])
	}
	q := search.ParseQuery(data.Query)
	terms := terms(q)
	var list []*warta.Article
	err = h.store.View(ctx, func(tx warta.ReadTx) error {
		if err := h.loadPage(ctx, tx, &data.page, r); err != nil {
			return err
		}
		f := warta.SearchFilter{Terms: q.Terms, Exact: q.Exact, Now: data.Now, Offset: (n - 1) * perPage, Limit: perPage}
		var err error
		if data.People, err = tx.FindPeople(ctx); err != nil {
			return err
		}
		if data.Section != "" {
			s, err := tx.FindSectionBySlug(ctx, data.Section)
			if err != nil {
				return err
			}
			f.SectionID = &s.ID
		}
		if data.Author != "" {
			p, err := tx.FindPersonBySlug(ctx, data.Author)
			if err != nil {
				return err
			}
			f.AuthorID = &p.ID
		}
		for _, d := range []struct {
			value string
			dst   **time.Time
			days  int
		}{{data.From, &f.From, 0}, {data.Until, &f.Before, 1}} {
			if d.value == "" {
				continue
			}
			t, err := time.ParseInLocation("2006-01-02", d.value, data.Loc)
			if err != nil {
				return &warta.Error{Code: warta.EINVALID, Key: "error.date_invalid", Message: "dates are YYYY-MM-DD"}
			}
			t = t.AddDate(0, 0, d.days)
			*d.dst = &t
		}
		key := searchCacheKey(q, f)
		kept, gen := h.searches.get(key)
		if kept != nil {
			h.searches.hits.Add(1)
		} else {
			h.searches.misses.Add(1)
			kept = &searchResults{}
			if kept.list, kept.total, kept.relaxed, err = web.Search(ctx, tx, f); err != nil {
				return err
			}
			h.searches.put(key, gen, kept)
		}
		list, data.Total, data.Relaxed = kept.list, kept.total, kept.relaxed
		return nil
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	for _, a := range list {
		text := a.Dek
		if text == "" {
			text = a.Title
		}
		data.Results = append(data.Results, searchResult{item: data.item(a), TitleHTML: highlight(a.Title, terms, 300),
			Snippet: highlight(text, terms, 240)})
	}
	base := "/cari?q=" + urlQuery(data.Query)
	for _, p := range [][2]string{{"rubrik", data.Section}, {"penulis", data.Author}, {"dari", data.From}, {"sampai", data.Until}} {
		if p[1] != "" {
			base += "&" + p[0] + "=" + urlQuery(p[1])
		}
	}
	data.More, data.Cap = data.Total > warta.SearchTotalCap, warta.SearchTotalCap
	data.Pager = newPager(base, n, min(data.Total, warta.SearchTotalCap))
	data.Title = data.T("search.title")
	if data.Query != "" {
		data.Title = data.T("search.title_q", data.Query)
	}
	data.Robots = robotsNoindex
	h.render(w, r, http.StatusOK, "search", &data)
}

// terms is the set of analysed terms a query looks for, for highlighting.
func terms(q search.Query) map[string]bool {
	set := map[string]bool{}
	for _, g := range q.Terms {
		for _, alt := range g {
			for _, t := range strings.Fields(alt) {
				set[t] = true
			}
		}
	}
	return set
}

// highlight escapes text, cut to max runes at a word, and marks the words
// whose analysed form the query looks for.
func highlight(text string, want map[string]bool, max int) template.HTML {
	if utf8.RuneCountInString(text) > max {
		cut := []rune(text)[:max]
		if i := strings.LastIndexFunc(string(cut), unicode.IsSpace); i > max/2 {
			cut = []rune(string(cut)[:i])
		}
		text = string(cut) + "…"
	}
	var b strings.Builder
	word := func(w string) {
		marked := false
		for _, t := range search.Analyze(w) {
			if want[t] {
				marked = true
				break
			}
		}
		for _, t := range search.Exact(w) {
			if want[t] {
				marked = true
			}
		}
		if marked {
			b.WriteString("<mark>" + template.HTMLEscapeString(w) + "</mark>")
		} else {
			b.WriteString(template.HTMLEscapeString(w))
		}
	}
	start := -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			word(text[start:i])
			start = -1
		}
		if !inWord {
			b.WriteString(template.HTMLEscapeString(string(r)))
		}
	}
	if start >= 0 {
		word(text[start:])
	}
	return template.HTML(b.String())
}
