package demo

import (
	"regexp"
	"strings"
	"testing"

	"warta"
)

// The demo must not look generated: a list on a public page shows no
// picture, headline or headline template twice. This checks the plan,
// newest first as the pages list it: each section's first page of
// twenty, the site's newest stories (the home page's latest block), and
// each story's related list with the story itself.
func TestPlanListsAreDistinct(t *testing.T) {
	p, err := build(testNow)
	if err != nil {
		t.Fatal(err)
	}
	var newest []*draft
	for i := len(p.articles) - 1; i >= 0; i-- {
		if d := p.articles[i]; d.a.Status == warta.StatusPublished {
			newest = append(newest, d)
		}
	}
	distinct := func(list string, ds []*draft) {
		t.Helper()
		pics, titles, patterns := map[int]string{}, map[string]bool{}, map[string]string{}
		for _, d := range ds {
			if other, ok := pics[d.picture]; ok {
				t.Errorf("%s: picture %d twice (%q and %q)", list, d.picture, other, d.a.Title)
			}
			if titles[d.a.Title] {
				t.Errorf("%s: title %q twice", list, d.a.Title)
			}
			if other, ok := patterns[d.pattern]; ok && !d.sponsor {
				t.Errorf("%s: one headline pattern twice: %q and %q", list, other, d.a.Title)
			}
			pics[d.picture], titles[d.a.Title], patterns[d.pattern] = d.a.Title, true, d.a.Title
		}
	}
	for sec := range sectionTable {
		var page []*draft
		for _, d := range newest {
			if d.section == sec && len(page) < 20 {
				page = append(page, d)
			}
		}
		distinct(sectionTable[sec].slug+" page 1", page)
	}
	distinct("newest on the site", newest[:siteWindow])
	for _, d := range p.articles {
		list := []*draft{d}
		for _, k := range d.related {
			list = append(list, p.articles[k])
		}
		distinct("related of "+d.a.Title, list)
	}

	// Titles are unique across the demo; pictures many and all used.
	titles, used := map[string]bool{}, map[int]bool{}
	for _, d := range p.articles {
		if titles[d.a.Title] {
			t.Errorf("title %q twice in the demo", d.a.Title)
		}
		titles[d.a.Title], used[d.picture] = true, true
		if d.figure >= 0 {
			used[d.figure] = true
			if d.figure == d.picture || strings.Count(d.a.BodyHTML, figureMark) != 1 {
				t.Errorf("%q: body picture %d, featured %d, %d marks", d.a.Title, d.figure, d.picture, strings.Count(d.a.BodyHTML, figureMark))
			}
		}
	}
	if len(used) < 40 {
		t.Errorf("%d distinct pictures used, want at least 40", len(used))
	}
}

// Every other headline belongs to an angle of the copy and uses only the
// slots its own template uses, so it is filled in whatever story it runs.
func TestOtherHeadlinesFit(t *testing.T) {
	slots := regexp.MustCompile(`\{[a-z0-9]+\}`)
	known := map[string]bool{}
	for _, sc := range append(sectionCopies(), &mitra) {
		for _, st := range sc.stories {
			for _, a := range st.angles {
				known[a.title] = true
			}
		}
	}
	for own, others := range otherHeadlines {
		if !known[own] {
			t.Errorf("no angle is headlined %q", own)
		}
		for _, o := range others {
			for _, s := range slots.FindAllString(o, -1) {
				if !strings.Contains(own, s) {
					t.Errorf("%q uses %s, which %q does not", o, s, own)
				}
			}
		}
	}
}

func sectionCopies() []*sectionCopy {
	var out []*sectionCopy
	for i := range sectionTable {
		out = append(out, sectionTable[i].copy)
	}
	return out
}

// TestAdvertorialsNameTheirSponsor: the newsroom refuses to publish an
// advertorial without its sponsor, so every demo advertorial names one,
// the company its copy is about.
func TestAdvertorialsNameTheirSponsor(t *testing.T) {
	p, err := build(testNow)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range p.articles {
		if d.a.Label != warta.LabelAdvertorial {
			continue
		}
		n++
		if d.a.Sponsor == "" || !strings.Contains(d.a.BodyHTML, d.a.Sponsor) {
			t.Errorf("advertorial %q: sponsor %q, not named in its body", d.a.Title, d.a.Sponsor)
		}
		if err := d.a.CheckSponsor(); err != nil {
			t.Errorf("advertorial %q: %v", d.a.Title, err)
		}
	}
	if n == 0 {
		t.Fatal("the demo has no advertorial")
	}
}
