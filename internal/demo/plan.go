package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"warta"
	"warta/internal/body"
)

// How much the demo writes.
const (
	publishedCount = 320
	recentCount    = 6 // published in the last few hours
	sponsoredCount = 5
	correctedCount = 8
	spreadDays     = 30
)

// draft is an article before it has IDs: references are indices into the
// tables and into plan.articles.
type draft struct {
	a       warta.Article
	section int
	authors []int
	tags    []int
	picture int
	figure  int    // the picture inside the body, or -1
	pattern string // the headline template, before its slots are filled
	related []int  // earlier articles; for the very first one, a later one
	note    string
	kind    warta.CorrectionKind
	views   []int // reads per day, from the publication day to today
	sponsor bool
}

// plan is the whole demo site in memory, ready to be written.
type plan struct {
	now       time.Time
	settings  warta.Settings
	portraits []*picture // one per person in peopleTable
	pictures  []*picture
	articles  []*draft
}

// pick is one way to write an article: a story and one of its angles.
type pick struct {
	st       *story
	sc       *sectionCopy
	angle    int
	headline string // the template of its headline, one of st.headlines(angle)
}

// deck deals a section's stories and angles evenly. Angles whose title has
// no slot would give identical headlines, so they are dealt only once.
type deck struct {
	all  []pick
	left []pick
	used map[pick]bool
	// reuse deals every angle again once all were dealt, headlines with
	// no slot included (a generated archive of thousands of stories
	// repeats some; their slugs still differ).
	reuse  bool
	recent []string // templates of the last picks, newest last
}

func newDeck(sc *sectionCopy) *deck {
	d := &deck{used: map[pick]bool{}}
	for i := range sc.stories {
		for a := range sc.stories[i].angles {
			for _, h := range sc.stories[i].headlines(a) {
				d.all = append(d.all, pick{&sc.stories[i], sc, a, h})
			}
		}
	}
	return d
}

// headlineWindow is how many stories in a row of one section use
// different headline templates, so that a section's page of twenty (and
// its block on the home page) never shows two stories cut from one
// pattern side by side.
const headlineWindow = 20

// deal hands out the next pick that want accepts, one whose template the
// deck's last headlineWindow picks did not use when there is such a one.
func (d *deck) deal(r *rand.Rand, want func(pick) bool) (pick, bool) {
	for _, strict := range []bool{true, false} {
		if p, ok := d.take(r, want, strict); ok {
			d.recent = append(d.recent, p.headline)
			if len(d.recent) > headlineWindow {
				d.recent = d.recent[1:]
			}
			return p, true
		}
	}
	return pick{}, false
}

func (d *deck) take(r *rand.Rand, want func(pick) bool, strict bool) (pick, bool) {
	for round := 0; round < 2; round++ {
		for i, p := range d.left {
			title := p.headline
			if want(p) && (d.reuse || !(d.used[p] && !strings.Contains(title, "{"))) && !(strict && slices.Contains(d.recent, title)) {
				d.left = slices.Delete(d.left, i, i+1)
				d.used[p] = true
				return p, true
			}
		}
		d.left = slices.Clone(d.all)
		r.Shuffle(len(d.left), func(i, j int) { d.left[i], d.left[j] = d.left[j], d.left[i] })
	}
	return pick{}, false
}

// timeline returns publication times spread over the past month, denser
// towards now, mostly in waking hours, oldest first.
func timeline(r *rand.Rand, now time.Time) []time.Time {
	out := make([]time.Time, 0, publishedCount)
	for i := range recentCount {
		ago := time.Duration(12+i*50+r.IntN(20)) * time.Minute
		out = append(out, now.Add(-ago).Truncate(time.Minute))
	}
	oldest := now.Add(-spreadDays * 24 * time.Hour)
	for len(out) < publishedCount {
		hours := 5 + (spreadDays*24-6)*math.Pow(r.Float64(), 1.6)
		t := now.Add(-time.Duration(hours * float64(time.Hour)))
		if h := t.In(wibZone).Hour(); h < 5 && r.IntN(6) > 0 {
			t = t.Add(-time.Duration(h+1+r.IntN(3)) * time.Hour)
		}
		if t.Before(oldest) {
			t = oldest.Add(time.Duration(r.IntN(600)) * time.Minute)
		}
		out = append(out, t.Truncate(time.Minute))
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

// build plans the demo site for the given moment. It does no I/O.
func build(now time.Time) (*plan, error) {
	r := rand.New(rand.NewPCG(1, 2))
	now = now.UTC()
	p := &plan{now: now, settings: siteSettings(), pictures: planImages()}
	for i := range peopleTable {
		pd := &peopleTable[i]
		p.portraits = append(p.portraits, &picture{
			key: "demo/people/" + pd.slug + ".jpg", seed: uint64(500 + i),
			w: avatarSize, h: avatarSize, pw: avatarSize, ph: avatarSize, person: lookOf(i, pd),
		})
	}
	decks := make([]*deck, len(sectionTable))
	for i := range sectionTable {
		decks[i] = newDeck(sectionTable[i].copy)
	}
	sponsors := newDeck(&mitra)

	times := timeline(r, now)
	sponsored := map[int]bool{}
	for len(sponsored) < sponsoredCount {
		sponsored[20+r.IntN(publishedCount-40)] = true
	}
	g := &generator{r: r, p: p, titles: map[string]bool{}, slugs: map[string]bool{}}
	// The three newest stories are the kind that break, one per section.
	urgentSections := []int{sectionIndex("nasional"), sectionIndex("internasional"), sectionIndex("teknologi")}
	r.Shuffle(len(urgentSections), func(i, j int) { urgentSections[i], urgentSections[j] = urgentSections[j], urgentSections[i] })
	for i, t := range times {
		var pk pick
		var ok bool
		sec := 0
		switch {
		case sponsored[i]:
			pk, ok = sponsors.deal(r, func(pick) bool { return true })
			sec = sectionIndex(pk.st.section)
		case i >= publishedCount-3:
			sec = urgentSections[i-(publishedCount-3)]
			pk, ok = decks[sec].deal(r, func(p pick) bool { return p.st.urgent && !slices.Contains(p.st.calm, p.angle) })
		default:
			sec = weightedSection(r)
			pk, ok = decks[sec].deal(r, func(pick) bool { return true })
			if !ok {
				sec = 0
				pk, ok = decks[0].deal(r, func(pick) bool { return true })
			}
		}
		if !ok {
			return nil, fmt.Errorf("no story left for article %d", i)
		}
		d, err := g.article(pk, sec, t, warta.StatusPublished)
		if err != nil {
			return nil, err
		}
		d.sponsor = sponsored[i]
		d.a.Breaking = i >= publishedCount-2 || (i == publishedCount-3 && r.IntN(2) == 0)
		p.articles = append(p.articles, d)
	}
	g.relate()
	if err := g.correct(); err != nil {
		return nil, err
	}
	g.countViews()

	// The newsroom's work in progress, never public.
	pending := []struct {
		status  warta.Status
		section string
		at      time.Duration // from now, for scheduled articles
	}{
		{warta.StatusDraft, "nasional", 0}, {warta.StatusDraft, "ekonomi", 0}, {warta.StatusDraft, "gaya-hidup", 0},
		{warta.StatusReview, "internasional", 0}, {warta.StatusReview, "olahraga", 0},
		{warta.StatusScheduled, "nasional", 3 * time.Hour}, {warta.StatusScheduled, "teknologi", 26 * time.Hour},
	}
	for _, w := range pending {
		sec := sectionIndex(w.section)
		pk, ok := decks[sec].deal(r, func(p pick) bool { return !p.st.urgent })
		if !ok {
			return nil, fmt.Errorf("no story left for a %s article", w.status)
		}
		when := now.Add(w.at).Truncate(15 * time.Minute)
		d, err := g.article(pk, sec, when, w.status)
		if err != nil {
			return nil, err
		}
		if w.status == warta.StatusScheduled {
			d.a.PublishAt = when
		}
		d.related = g.related(len(p.articles), d)
		p.articles = append(p.articles, d)
	}
	return p, nil
}

func sectionIndex(slug string) int {
	for i := range sectionTable {
		if sectionTable[i].slug == slug {
			return i
		}
	}
	panic("demo: unknown section " + slug)
}

func weightedSection(r *rand.Rand) int {
	total := 0
	for i := range sectionTable {
		total += sectionTable[i].share
	}
	n := r.IntN(total)
	for i := range sectionTable {
		if n -= sectionTable[i].share; n < 0 {
			return i
		}
	}
	return 0
}

func siteSettings() warta.Settings {
	return warta.Settings{
		SiteName:    "Warta Nusantara",
		Tagline:     "Kabar tepercaya dari seluruh penjuru negeri",
		Description: "Berita nasional, internasional, ekonomi, olahraga, teknologi, dan gaya hidup dari redaksi Warta Nusantara. Seluruh isi situs ini adalah konten contoh rekaan untuk mencoba Warta.",
		Language:    "id",
		TimeZone:    "Asia/Jakarta",
		Social: []warta.SocialLink{
			{Network: "facebook", URL: "https://www.facebook.com/wartanusantara"},
			{Network: "x", URL: "https://x.com/wartanusantara"},
			{Network: "instagram", URL: "https://www.instagram.com/wartanusantara"},
			{Network: "youtube", URL: "https://www.youtube.com/@wartanusantara"},
			{Network: "tiktok", URL: "https://www.tiktok.com/@wartanusantara"},
		},
	}
}

// generator turns picks into drafts, keeping headlines and slugs unique.
type generator struct {
	r       *rand.Rand
	p       *plan
	titles  map[string]bool
	slugs   map[string]bool
	slots   []map[string]string // per draft, for correction notes
	painter *painter            // made on first use
}

func (g *generator) article(pk pick, sec int, when time.Time, status warta.Status) (*draft, error) {
	r := g.r
	st, ang := pk.st, pk.st.angles[pk.angle]
	var slots map[string]string
	var title string
	for try := 0; ; try++ {
		s, err := fillSlots(r, st, pk.sc, when)
		if err != nil {
			return nil, err
		}
		t, err := expand(pk.headline, s)
		if err != nil {
			return nil, err
		}
		if !g.titles[t] || try == 12 {
			slots, title = s, t
			break
		}
	}
	g.titles[title] = true
	dek, err := expand(ang.dek, slots)
	if err != nil {
		return nil, err
	}
	label := st.label
	if label == "" {
		label = warta.LabelBerita
	}
	d := &draft{section: sec, pattern: pk.headline}
	d.authors = g.authors(sec, label)
	d.tags, err = g.tags(st, pk.angle)
	if err != nil {
		return nil, err
	}
	if g.painter == nil {
		g.painter = newPainter(g.p.pictures)
	}
	d.picture, d.figure = g.painter.deal(sec), -1
	fig := r.IntN(100) < 22
	if fig {
		d.figure = g.painter.figure(sec, d.picture)
	}
	// Mostly short and medium news, some long reads; analyses are long.
	target := 260 + int(900*math.Pow(r.Float64(), 1.6))
	switch label {
	case warta.LabelAnalisis:
		target = 1000 + r.IntN(400)
	case warta.LabelOpini:
		target = 500 + r.IntN(400)
	}
	closing := ""
	switch label {
	case warta.LabelOpini:
		pd := &peopleTable[d.authors[0]]
		closing = pd.name + " adalah " + pd.about + ". Tulisan ini merupakan pendapat pribadi penulis."
	case warta.LabelAdvertorial:
		closing = "Artikel ini merupakan konten bersponsor hasil kerja sama Warta Nusantara dengan {org}."
	}
	// Background sections come from the article's tags first, then from
	// the story's other tags; sponsored pieces get none.
	var tagSlugs []string
	if label != warta.LabelAdvertorial {
		for _, k := range d.tags {
			tagSlugs = append(tagSlugs, tagTable[k][0])
		}
		for _, t := range append(st.onlyTags[pk.angle], st.tags...) {
			if !slices.Contains(tagSlugs, t) {
				tagSlugs = append(tagSlugs, t)
			}
		}
	}
	raw, err := compose(r, st, pk.sc, slots, pk.angle, target, tagSlugs, fig, closing)
	if err != nil {
		return nil, fmt.Errorf("compose %q: %w", title, err)
	}
	html := body.Sanitize(raw)
	place := slots["kota"]
	if st.scope == abroad {
		place = slots["kotaln"]
	}
	d.a = warta.Article{
		Slug:      g.slug(title),
		Title:     title,
		Dek:       dek,
		Dateline:  "Warta Nusantara, " + place,
		BodyHTML:  html,
		Label:     label,
		Status:    status,
		WordCount: body.WordCount(html),
	}
	if label == warta.LabelAdvertorial {
		// An advertorial names its sponsor, or it cannot be published.
		d.a.Sponsor = slots["org"]
	}
	if status == warta.StatusPublished {
		d.a.PublishedAt = when
	}
	g.slots = append(g.slots, slots)
	return d, nil
}

func (g *generator) slug(title string) string {
	base := slugify(title)
	s := base
	for n := 2; g.slugs[s]; n++ {
		s = fmt.Sprintf("%s-%d", base, n)
	}
	g.slugs[s] = true
	return s
}

// authors picks the byline: a columnist for opinion, the partnership team
// for sponsored content, otherwise one to three reporters on the beat.
func (g *generator) authors(sec int, label warta.Label) []int {
	slug := sectionTable[sec].slug
	var pool []int
	for i := range peopleTable {
		pd := &peopleTable[i]
		switch {
		case label == warta.LabelAdvertorial && pd.role == partner,
			label == warta.LabelOpini && pd.role == columnist,
			label != warta.LabelAdvertorial && label != warta.LabelOpini && pd.role == reporter && slices.Contains(pd.beats, slug):
			pool = append(pool, i)
		}
	}
	g.r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	n := 1
	if label != warta.LabelAdvertorial && label != warta.LabelOpini {
		if x := g.r.IntN(100); x < 8 {
			n = 3
		} else if x < 35 {
			n = 2
		}
	}
	return pool[:min(n, len(pool))]
}

// tags picks two to four of the story's tags, those of the angle first.
func (g *generator) tags(st *story, angle int) ([]int, error) {
	var idx []int
	for k, group := range [][]string{st.onlyTags[angle], st.tags} {
		start := len(idx)
		for _, slug := range group {
			i := slices.IndexFunc(tagTable, func(t [2]string) bool { return t[0] == slug })
			if i < 0 {
				return nil, fmt.Errorf("unknown tag %q", slug)
			}
			idx = append(idx, i)
		}
		if k == 1 {
			part := idx[start:]
			g.r.Shuffle(len(part), func(i, j int) { part[i], part[j] = part[j], part[i] })
		}
	}
	return idx[:min(2+g.r.IntN(3), len(idx))], nil
}
