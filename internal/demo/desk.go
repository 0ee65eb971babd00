package demo

// What the desk adds once the articles are written: "Baca Juga" links,
// corrections and the read counts behind the trending list.

import (
	"math"
	"slices"
	"strings"
	"time"

	"warta"
)

// related picks one to three earlier published articles for "Baca Juga",
// preferring shared tags, then the same section, then recency.
func (g *generator) related(upto int, d *draft) []int {
	type cand struct{ i, score int }
	var cs []cand
	for j := range upto {
		o := g.p.articles[j]
		if o.a.Status != warta.StatusPublished || (o.sponsor && !d.sponsor) {
			continue
		}
		score := 0
		for _, t := range d.tags {
			if slices.Contains(o.tags, t) {
				score += 3
			}
		}
		if o.section == d.section {
			score += 2
		}
		if upto-j < 40 {
			score++
		}
		cs = append(cs, cand{j, score})
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		if a.score != b.score {
			return b.score - a.score
		}
		return b.i - a.i
	})
	// A list shows no headline pattern, title or picture twice, the
	// story's own included.
	n := 1 + g.r.IntN(3)
	out := make([]int, 0, n)
	seen := []*draft{d}
	for _, c := range cs {
		if len(out) == n {
			break
		}
		o := g.p.articles[c.i]
		if slices.ContainsFunc(seen, func(s *draft) bool {
			return s.pattern == o.pattern || s.a.Title == o.a.Title || s.picture == o.picture
		}) {
			continue
		}
		out = append(out, c.i)
		seen = append(seen, o)
	}
	return out
}

func (g *generator) relate() {
	for i, d := range g.p.articles {
		d.related = g.related(i, d)
	}
	// The oldest article has nothing earlier; it points at the next
	// article of its section once that exists.
	first := g.p.articles[0]
	for j := 1; j < len(g.p.articles); j++ {
		if g.p.articles[j].section == first.section || j == len(g.p.articles)-1 {
			first.related = []int{j}
			break
		}
	}
}

// correct gives a few older news articles a visible correction or update.
func (g *generator) correct() error {
	var pool []int
	for i, d := range g.p.articles {
		age := g.p.now.Sub(d.a.PublishedAt)
		if d.a.Label == warta.LabelBerita && age > 24*time.Hour && age < 28*24*time.Hour && g.slots[i]["jabatan"] != "" {
			pool = append(pool, i)
		}
	}
	g.r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	for k, i := range pool[:correctedCount] {
		d := g.p.articles[i]
		note, err := expand(correctionNotes[k%len(correctionNotes)], g.slots[i])
		if err != nil {
			return err
		}
		d.note, d.kind = note, warta.CorrectionFix
		if strings.HasPrefix(note, "Pembaruan") {
			d.kind = warta.CorrectionUpdate
		}
		d.a.UpdatedAt = d.a.PublishedAt.Add(time.Duration(2*60+g.r.IntN(7*60)) * time.Minute)
	}
	return nil
}

// countViews gives the last week's articles read counts so that the
// trending list has something to rank.
func (g *generator) countViews() {
	today := g.p.now.Truncate(24 * time.Hour)
	for _, d := range g.p.articles {
		day := d.a.PublishedAt.Truncate(24 * time.Hour)
		if today.Sub(day) > 7*24*time.Hour || d.sponsor {
			continue
		}
		peak := 20 + int(900*math.Pow(g.r.Float64(), 3))
		if d.a.Breaking {
			peak *= 4
		}
		for k := 0; !day.After(today); k, day = k+1, day.Add(24*time.Hour) {
			d.views = append(d.views, max(peak>>k, 1))
		}
	}
}
