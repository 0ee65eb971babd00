package editorial

import (
	"context"
	"fmt"
	"html"
	"sort"
	"strings"

	"warta"
	"warta/internal/i18n"
)

// The pages the Dewan Pers cyber-media guideline asks a news site to
// show, seeded on a new site (first setup, and serve --demo) so that the
// footer links them from the first day: a short summary of the guideline
// in our own words with a link to the press council's own text, the
// outlet's editorial standards and the contact page. They are ordinary
// static pages the newsroom then edits. The masthead (/susunan-redaksi)
// is built from the people; seeding gives the staff a starting order.

// pressCouncilURL is the press council's own site, where the guideline's
// full text is.
const pressCouncilURL = "https://dewanpers.or.id/"

// seededPage is a page seeded on a new site: its slug, its title's
// catalogue key, and its paragraphs' keys; the last may link elsewhere.
type seededPage struct {
	slug, title string
	paragraphs  []string
	link        string // the last paragraph's link, or ""
}

var seededPages = []seededPage{
	{slug: "pedoman-media-siber", title: "seed.guideline.title",
		paragraphs: []string{"seed.guideline.p1", "seed.guideline.p2", "seed.guideline.p3", "seed.guideline.link"}, link: pressCouncilURL},
	{slug: "standar-redaksi", title: "seed.standards.title",
		paragraphs: []string{"seed.standards.p1", "seed.standards.p2", "seed.standards.p3", "seed.standards.p4", "seed.standards.p5", "seed.standards.p6"}},
	{slug: "kontak", title: "seed.contact.title", paragraphs: []string{"seed.contact.p1", "seed.contact.p2"}},
}

// seedPagePosition is where the seeded pages stand in the footer: after
// those an import or the newsroom placed first.
const seedPagePosition = 90

// SeedTransparency writes the transparency pages and the masthead order
// a new site starts with, in one transaction (see seedTransparency): for
// serve --demo, before the site serves, so no cache holds the old state.
func SeedTransparency(ctx context.Context, s warta.Store) error {
	return s.Update(ctx, func(tx warta.Tx) error { return seedTransparency(ctx, tx) })
}

// seedTransparency creates each seeded page whose address is free, in
// the site's language, published; and, when nobody is on the masthead
// yet, places the staff there by their byline titles. What exists is
// left as it is, so calling it again changes nothing.
func seedTransparency(ctx context.Context, tx warta.Tx) error {
	st, err := tx.FindSettings(ctx)
	if err != nil {
		return err
	}
	lang := i18n.Parse(st.Language)
	for i, sp := range seededPages {
		taken, err := slugTaken(ctx, tx, sp.slug)
		if err != nil {
			return err
		}
		if taken {
			continue
		}
		p := &warta.Page{Slug: sp.slug, Title: i18n.T(lang, sp.title), BodyHTML: seededBody(lang, st, sp),
			Status: warta.PagePublished, Position: seedPagePosition + i, PublishedAt: tx.Now()}
		if err := cleanPage(p); err != nil {
			return err
		}
		if err := tx.CreatePage(ctx, p); err != nil {
			return err
		}
		if err := siteAudit(ctx, tx, nil, "page_create", pageSubject(p), p.Slug); err != nil {
			return err
		}
	}
	return seedMasthead(ctx, tx)
}

// slugTaken reports whether a page or a section has slug.
func slugTaken(ctx context.Context, tx warta.Tx, slug string) (bool, error) {
	_, err := tx.FindPageBySlug(ctx, slug)
	if err == nil || !warta.IsNotFound(err) {
		return err == nil, err
	}
	_, err = tx.FindSectionBySlug(ctx, slug)
	if err == nil || !warta.IsNotFound(err) {
		return err == nil, err
	}
	return false, nil
}

// seededBody is a seeded page's HTML: its paragraphs with the site's
// name, and on the contact page the site's social accounts.
func seededBody(lang i18n.Lang, st *warta.Settings, sp seededPage) string {
	var b strings.Builder
	name := st.SiteName
	for i, key := range sp.paragraphs {
		text := i18n.T(lang, key)
		if strings.Contains(text, "%s") {
			text = i18n.T(lang, key, name)
		}
		text = html.EscapeString(text)
		if i == len(sp.paragraphs)-1 && sp.link != "" {
			text = `<a href="` + html.EscapeString(sp.link) + `">` + text + `</a>`
		}
		b.WriteString("<p>" + text + "</p>")
	}
	if sp.slug == "kontak" && len(st.Social) > 0 {
		b.WriteString("<ul>")
		for _, l := range st.Social {
			b.WriteString(`<li><a href="` + html.EscapeString(l.URL) + `">` + html.EscapeString(l.Network) + `</a></li>`)
		}
		b.WriteString("</ul>")
	}
	return b.String()
}

// mastheadGroups are the headings a byline title places a person under
// on the seeded masthead, in the masthead's order, by the title's first
// words; titles matching none (columnists, partners) stay off it.
var mastheadGroups = []struct{ prefix, heading string }{
	{"pemimpin redaksi", "Pemimpin Redaksi"},
	{"wakil pemimpin redaksi", "Wakil Pemimpin Redaksi"},
	{"redaktur pelaksana", "Redaktur Pelaksana"},
	{"redaktur", "Redaktur"},
	{"editor", "Editor"},
	{"jurnalis", "Jurnalis"},
	{"wartawan", "Jurnalis"},
	{"reporter", "Jurnalis"},
	{"koresponden", "Koresponden"},
	{"fotografer", "Fotografer"},
	{"pewarta foto", "Fotografer"},
}

// mastheadPlace is the group index and heading of a byline title, or -1.
func mastheadPlace(title string) (int, string) {
	t := strings.ToLower(strings.TrimSpace(title))
	best, heading := -1, ""
	for i, g := range mastheadGroups {
		// The longest prefix wins: "redaktur pelaksana" over "redaktur".
		if strings.HasPrefix(t, g.prefix) && (best < 0 || len(g.prefix) > len(mastheadGroups[best].prefix)) {
			best, heading = i, g.heading
		}
	}
	return best, heading
}

// seedMasthead ranks the staff on the masthead by their titles' groups,
// then by name, when nobody is on it yet.
func seedMasthead(ctx context.Context, tx warta.Tx) error {
	people, err := tx.FindPeople(ctx)
	if err != nil {
		return err
	}
	type placed struct {
		p       *warta.Person
		group   int
		heading string
	}
	var staff []placed
	for _, p := range people {
		if p.MastheadRank > 0 {
			return nil // the newsroom has its own order
		}
		if g, heading := mastheadPlace(p.Title); g >= 0 {
			staff = append(staff, placed{p, g, heading})
		}
	}
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].group < staff[j].group }) // FindPeople is by name
	for i, s := range staff {
		s.p.MastheadRank = (i + 1) * 10 // room to place someone between
		if s.heading != s.p.Title {
			s.p.MastheadRole = s.heading
		}
		if err := tx.UpdatePerson(ctx, s.p); err != nil {
			return fmt.Errorf("masthead: %w", err)
		}
	}
	return nil
}
