package demo

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
	"unicode"

	"warta"
)

// angle is one way into a story: a headline with its dek and lead
// paragraph, written to go together.
type angle struct{ title, dek, lead string }

// list is a bulleted or numbered list with the sentence that introduces it.
type list struct {
	intro   string
	ordered bool
	items   []string
}

// scope is where a story happens, which decides its dateline.
type scope int

const (
	local    scope = iota // an Indonesian city other than Jakarta
	national              // Jakarta
	abroad                // a foreign city
)

// story is a family of articles on one subject. Templates use {slot}
// names that slots fills in per article, so one story yields many
// different articles.
type story struct {
	section string // for sponsored stories only: the section they run in
	label   warta.Label
	urgent  bool  // may be breaking news
	calm    []int // angles of an urgent story that are not breaking news
	// own says the section's and the newsroom's shared sentences do not
	// fit this story, so it is written from its own material only.
	own      bool
	scope    scope
	tags     []string
	onlyTags map[int][]string // tags that fit one angle only, by angle index
	role     string           // the official quoted, e.g. "Kepala Dinas Perhubungan Kota {kota}"
	expert   string           // how the outside expert is introduced, e.g. "pengamat transportasi"
	viewBy   string           // attribution of a blockquote; default "{ahli}, {bidang} {lembaga}"
	jobs     []string
	orgs     []string // slot {org}
	angles   []angle
	facts    []string         // self-contained sentences that fit every angle
	only     map[int][]string // facts that fit one angle only, by angle index
	// In said, views, voices and heads an entry written "N|text" fits
	// angle N only; see forAngle.
	said   []string // quotes from the official, without final punctuation
	views  []string // quotes from the expert, for blockquotes
	voices []string // quotes from ordinary people
	heads  []string // sub-headings
	lists  []list
}

// sectionCopy is the writing material of one section.
type sectionCopy struct {
	stories  []story
	facts    []string // sentences that fit any story of the section
	heads    []string
	closings []string
	labs     []string // institutions the section's experts work for
	common   bool     // whether the newsroom-wide sentences fit the section
	extra    func(r *rand.Rand, s map[string]string)
}

// expand replaces {name} with slots[name]; unknown names are reported.
func expand(tmpl string, slots map[string]string) (string, error) {
	if !strings.Contains(tmpl, "{") {
		return tmpl, nil
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String(), nil
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			return "", fmt.Errorf("unclosed slot in %q", tmpl)
		}
		v, ok := slots[tmpl[i+1:i+j]]
		if !ok {
			return "", fmt.Errorf("unknown slot %q in %q", tmpl[i+1:i+j], tmpl)
		}
		b.WriteString(tmpl[:i])
		b.WriteString(v)
		tmpl = tmpl[i+j+1:]
	}
}

// writer builds one article body, keeping the first error it meets.
type writer struct {
	slots map[string]string
	b     strings.Builder
	words int
	err   error
}

func (w *writer) text(tmpl string) string {
	s, err := expand(tmpl, w.slots)
	if err != nil && w.err == nil {
		w.err = err
	}
	return s
}

func (w *writer) tag(name, content string) {
	text := w.text(content)
	w.words += len(strings.Fields(text))
	fmt.Fprintf(&w.b, "<%s>%s</%s>\n", name, html.EscapeString(text), name)
}

func (w *writer) para(sentences ...string) {
	w.tag("p", strings.Join(sentences, " "))
}

// quote writes a paragraph with a quotation followed by its attribution.
func (w *writer) quote(q, attribution string) {
	q = strings.TrimRight(q, ".")
	if !strings.HasSuffix(q, "?") && !strings.HasSuffix(q, "!") {
		q += ","
	}
	w.para("“" + q + "” " + attribution)
}

func (w *writer) blockquote(q, by string) {
	q = w.text(q)
	if !strings.ContainsAny(q[len(q)-1:], ".?!") {
		q += "."
	}
	by = w.text(by)
	w.words += len(strings.Fields(q)) + len(strings.Fields(by))
	fmt.Fprintf(&w.b, "<blockquote><p>“%s”</p><p>— %s</p></blockquote>\n", html.EscapeString(q), html.EscapeString(by))
}

func (w *writer) list(l list) {
	w.para(l.intro)
	name := "ul"
	if l.ordered {
		name = "ol"
	}
	fmt.Fprintf(&w.b, "<%s>\n", name)
	for _, it := range l.items {
		w.tag("li", it)
	}
	fmt.Fprintf(&w.b, "</%s>\n", name)
}

// figureMark stands in a composed body where its picture goes: the
// picture's media item (and so its address and size) exists only once the
// pictures are stored, after the bodies are planned.
const figureMark = "<p>[[gambar]]</p>"

func (w *writer) figure() { w.b.WriteString(figureMark + "\n") }

// placeFigure puts figure, the HTML of a library photo as the editor
// inserts it, where the body's mark is.
func placeFigure(body, figure string) string {
	return strings.Replace(body, figureMark, figure, 1)
}

// figureHTML is the body markup of library photo m, as the editor's photo
// insertion writes it: the media item's ID, its largest JPEG and size,
// caption and credit.
func figureHTML(m *warta.Media) string {
	return fmt.Sprintf("<figure class=\"image\" data-media-id=\"%d\"><img src=\"/media/%s\" alt=\"%s\" width=\"%d\" height=\"%d\"><figcaption>%s <span class=\"credit\">%s</span></figcaption></figure>",
		m.ID, m.Key, html.EscapeString(m.Alt), m.Width, m.Height, html.EscapeString(m.Caption), html.EscapeString(m.Credit))
}

// queue hands out strings in a shuffled order without repeats.
type queue struct{ items []string }

// forAngle splits items for angle a: mine holds the entries marked "a|"
// (with the mark removed), rest the unmarked ones. Entries marked for
// another angle are left out.
func forAngle(items []string, a int) (mine, rest []string) {
	for _, it := range items {
		n, text, ok := strings.Cut(it, "|")
		switch {
		case !ok || len(n) > 1:
			rest = append(rest, it)
		case n == fmt.Sprint(a):
			mine = append(mine, text)
		}
	}
	return mine, rest
}

// addFor appends the entries of items meant for angle a, its own first.
func (q *queue) addFor(r *rand.Rand, items []string, a int) *queue {
	mine, rest := forAngle(items, a)
	return q.add(r, mine, len(mine)).add(r, rest, len(rest))
}

// add appends up to n of items, in random order.
func (q *queue) add(r *rand.Rand, items []string, n int) *queue {
	start := len(q.items)
	q.items = append(q.items, items...)
	part := q.items[start:]
	r.Shuffle(len(part), func(i, j int) { part[i], part[j] = part[j], part[i] })
	q.items = q.items[:start+min(n, len(part))]
	return q
}

func (q *queue) next() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, true
}

func (q *queue) take(n int) []string {
	var out []string
	for range n {
		s, ok := q.next()
		if !ok {
			break
		}
		out = append(out, s)
	}
	return out
}

var sayVerbs = []string{"kata", "ujar", "tutur", "jelas"}

// Most filler an article takes from its section's and the newsroom's
// shared sentences; the rest of its length comes from its own story.
const (
	maxSectionFacts = 4
	maxCommonFacts  = 2
)

// background is what a newsroom explains about a topic in longer pieces:
// a sub-heading and paragraphs that stand on their own.
type background struct {
	head  string
	paras []string
}

// compose writes the body of an article on angle a of story st, aiming at
// target words. The story's own material comes first; longer pieces then
// add background sections on the article's tags. fig says a picture is
// placed after the opening paragraphs. closing is an optional last
// paragraph in italics (an author's note, a sponsor line).
func compose(r *rand.Rand, st *story, sc *sectionCopy, slots map[string]string, a, target int, tags []string, fig bool, closing string) (string, error) {
	w := &writer{slots: slots}
	all := 1 << 30
	facts := (&queue{}).add(r, st.only[a], all).add(r, st.facts, all)
	heads := (&queue{}).addFor(r, st.heads, a).add(r, sc.heads, all)
	if st.label != warta.LabelAnalisis && !st.own {
		facts.add(r, sc.facts, maxSectionFacts)
	}
	if sc.common && !st.own && (st.label == "" || st.label == warta.LabelBerita) {
		facts.add(r, commonFacts, maxCommonFacts)
		heads.add(r, commonHeadings, all)
	}
	said := (&queue{}).addFor(r, st.said, a)
	views := (&queue{}).addFor(r, st.views, a)
	voices := (&queue{}).addFor(r, st.voices, a)
	viewBy := st.viewBy
	if viewBy == "" {
		viewBy = "{ahli}, {bidang} {lembaga}"
	}
	// factPara writes a paragraph of two or three sentences, leaving
	// keep sentences for the sections still to come.
	factPara := func(keep int) bool {
		n := min(2+r.IntN(2), len(facts.items)-keep)
		if n < 1 {
			return false
		}
		w.para(facts.take(n)...)
		return true
	}

	w.para(st.angles[a].lead)
	nh := min(max(1+(target-250)/300, 1), 4, max(1, (len(facts.items)-2)/4))
	factPara(2 * nh)
	if s, ok := said.next(); ok && st.role != "" {
		w.quote(s, sayVerbs[r.IntN(len(sayVerbs))]+" {pejabat}, {jabatan}, {hari} ({tgl}).")
	}
	if fig {
		w.figure()
	}
	listAt, h3At := -1, -1
	if len(st.lists) > 0 && r.IntN(100) < 45 {
		listAt = r.IntN(nh)
	}
	if nh >= 2 && r.IntN(100) < 35 {
		h3At = nh - 1
	}
	for i := range nh {
		keep := 2 * (nh - 1 - i)
		h, ok := heads.next()
		if !ok || (i > 0 && len(facts.items) < 2) {
			break
		}
		w.tag("h2", h)
		factPara(keep)
		if i == 0 {
			if v, ok := views.next(); ok {
				w.blockquote(v, viewBy)
			}
		}
		if i == min(1, nh-1) {
			if v, ok := voices.next(); ok {
				w.quote(v, "kata {warga} ({usia}), {pekerjaan}.")
			}
		}
		if i == listAt {
			w.list(st.lists[r.IntN(len(st.lists))])
		}
		if i > 0 && st.role != "" {
			if s, ok := said.next(); ok && r.IntN(2) == 0 {
				w.quote(s, "tambah {pejabat}.")
			}
		}
		for w.words < target*(i+1)/nh && len(facts.items)-keep >= 2 && factPara(keep) {
		}
		if i == h3At && len(facts.items)-keep >= 3 {
			if h, ok := heads.next(); ok {
				w.tag("h3", h)
				factPara(keep)
			}
		}
	}
	if target > 600 {
		if v, ok := views.next(); ok {
			w.blockquote(v, viewBy)
		}
	}
	for _, t := range tags {
		bg, ok := backgroundOf(t)
		if !ok || w.words >= target {
			continue
		}
		w.tag("h2", bg.head)
		paras := (&queue{}).add(r, bg.paras, all)
		for p, ok := paras.next(); ok; p, ok = paras.next() {
			w.para(p)
			if w.words >= target {
				break
			}
		}
	}
	if len(sc.closings) > 0 {
		w.para(sc.closings[r.IntN(len(sc.closings))])
	}
	if closing != "" {
		fmt.Fprintf(&w.b, "<p><em>%s</em></p>\n", html.EscapeString(w.text(closing)))
	}
	return w.b.String(), w.err
}

// slugify makes a lower-case ASCII slug of at most warta.MaxSlugLen bytes.
func slugify(title string) string {
	var b strings.Builder
	hyphen := false
	for _, c := range strings.ToLower(title) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteRune(c)
			hyphen = false
		case c == '\'' || c == '’':
			// "Jum'at" reads better as "jumat" than "jum-at".
		case unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsSpace(c) || unicode.IsPunct(c) || unicode.IsSymbol(c):
			if !hyphen && b.Len() > 0 {
				b.WriteByte('-')
				hyphen = true
			}
		}
	}
	s := strings.TrimRight(b.String(), "-")
	for len(s) > warta.MaxSlugLen-8 { // leave room for a "-N" suffix
		i := strings.LastIndexByte(s[:warta.MaxSlugLen-8], '-')
		if i <= 0 {
			s = s[:warta.MaxSlugLen-8]
			break
		}
		s = s[:i]
	}
	if s == "" {
		s = "artikel"
	}
	return s
}
