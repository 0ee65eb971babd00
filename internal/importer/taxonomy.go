package importer

import (
	"context"
	"net/url"
	"strings"

	"warta"
	"warta/internal/slug"
	"warta/internal/wxr"
)

// defaultSection holds posts without a category, or only WordPress's
// "Uncategorized", whose name would read oddly on a news site.
var defaultSection = warta.Section{Slug: "berita", Name: "Berita"}

// uncategorized lists the default-category slugs of WordPress in the
// languages Indonesian sites are exported in.
var uncategorized = map[string]bool{"uncategorized": true, "tak-berkategori": true, "tidak-berkategori": true, "": true}

// importPeopleAndTerms brings authors, categories and tags across, each
// in its own transaction, before any story needs them.
func (r *run) importPeopleAndTerms(ctx context.Context) error {
	p := r.plan
	var sections []*warta.Section
	if err := r.im.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		sections, err = tx.FindSections(ctx)
		return err
	}); err != nil {
		return err
	}
	position := 0
	for _, s := range sections {
		position = max(position, s.Position)
	}
	for _, t := range p.terms {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case t.Taxonomy == "category" && (p.chosen[t.Slug] || uncategorized[t.Slug]):
			position++
			err = r.importSection(ctx, t, position, sections)
		default:
			err = r.importTag(ctx, t)
		}
		if err != nil {
			r.report.fail(t.Line, t.Taxonomy+" "+t.Slug, "import.term_failed", err)
			r.report.count(kindTag, outcomeFailed)
		}
	}
	if len(p.order) > 0 {
		if err := r.defaultSection(ctx, position+1); err != nil {
			return err
		}
	}
	for _, a := range p.authors {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.importAuthor(ctx, a); err != nil {
			r.report.fail(a.Line, "author "+a.Login, "import.author_failed", err)
			r.report.count(kindAuthor, outcomeFailed)
		}
	}
	return nil
}

// defaultSection finds or makes the section for posts without a
// category (or whose category failed).
func (r *run) defaultSection(ctx context.Context, position int) error {
	return r.write(ctx, func(tx warta.Tx) error {
		s, err := tx.FindSectionBySlug(ctx, defaultSection.Slug)
		if warta.IsNotFound(err) {
			s = &warta.Section{Slug: defaultSection.Slug, Name: defaultSection.Name, Position: position}
			if !r.opt.DryRun {
				err = tx.CreateSection(ctx, s)
			} else {
				err = nil
			}
		}
		if err != nil {
			return err
		}
		r.plan.sections[""] = s
		return nil
	})
}

// termSlug is a Warta slug for a WordPress term slug, which may be
// percent-encoded UTF-8.
func termSlug(wp, name string) string {
	if s, err := url.PathUnescape(wp); err == nil {
		wp = s
	}
	if s := slug.Make(wp); s != "" {
		return s
	}
	return slug.Make(name)
}

// importSection makes a top-level category a section, or finds the one it
// became before or the section that already has its slug.
func (r *run) importSection(ctx context.Context, t *wxr.Term, position int, existing []*warta.Section) error {
	p := r.plan
	want := termSlug(t.Slug, t.Name)
	name := strings.TrimSpace(plainTitle(t.Name))
	if uncategorized[want] {
		want, name = defaultSection.Slug, defaultSection.Name
	}
	if name == "" {
		name = want
	}
	return r.write(ctx, func(tx warta.Tx) error {
		if rec, err := tx.FindImportItem(ctx, p.source, warta.ImportCategory, t.Slug); err == nil && rec.TargetKind == warta.TargetSection {
			if s, ok := sectionByID(existing, rec.TargetID); ok {
				p.sections[t.Slug] = s
				r.report.count(kindSection, outcomeUnchanged)
				return nil
			}
		}
		s, err := tx.FindSectionBySlug(ctx, want)
		outcome := outcomeUnchanged
		switch {
		case warta.IsNotFound(err):
			final := uniqueSlug(want, func(c string) bool {
				if warta.ReservedSectionSlug(c) {
					return true
				}
				_, err := tx.FindSectionBySlug(ctx, c)
				return err == nil
			})
			if final != want {
				r.report.note(t.Line, "category "+t.Slug, "import.section_renamed", want, final)
			}
			s = &warta.Section{Slug: final, Name: name, Description: plainTitle(t.Description), Position: position}
			if r.opt.DryRun {
				p.sections[t.Slug] = s
				r.report.count(kindSection, outcomeImported)
				return nil
			}
			if err := tx.CreateSection(ctx, s); err != nil {
				return err
			}
			outcome = outcomeImported
		case err != nil:
			return err
		}
		p.sections[t.Slug] = s
		r.report.count(kindSection, outcome)
		if r.opt.DryRun {
			return nil
		}
		r.archiveRedirects(ctx, tx, t, "/"+s.Slug+"/", "/"+s.Slug+"/feed")
		return tx.SaveImportItem(ctx, &warta.ImportItem{Source: p.source, Kind: warta.ImportCategory, Key: t.Slug,
			TargetKind: warta.TargetSection, TargetID: s.ID})
	})
}

// importTag makes a tag, or a category below the top level, a Warta tag.
func (r *run) importTag(ctx context.Context, t *wxr.Term) error {
	p := r.plan
	kind := warta.ImportTag
	if t.Taxonomy == "category" {
		kind = warta.ImportCategory
		if top := p.topCategory(t.Slug); top != t.Slug && p.chosen[top] {
			r.report.note(t.Line, "category "+t.Slug, "import.category_flattened", t.Slug, top)
		}
	}
	want := termSlug(t.Slug, t.Name)
	name := strings.TrimSpace(plainTitle(t.Name))
	if want == "" {
		return &warta.Error{Code: warta.EINVALID, Key: "error.slug_invalid", Message: "the term has neither a usable slug nor a name"}
	}
	if name == "" {
		name = want
	}
	key := t.Taxonomy + ":" + t.Slug
	return r.write(ctx, func(tx warta.Tx) error {
		if rec, err := tx.FindImportItem(ctx, p.source, kind, t.Slug); err == nil && rec.TargetKind == warta.TargetTag {
			if tag, err := tx.FindTagByID(ctx, rec.TargetID); err == nil {
				p.tags[key] = tag
				r.report.count(kindTag, outcomeUnchanged)
				return nil
			}
		}
		tag, err := tx.FindTagBySlug(ctx, want)
		outcome := outcomeUnchanged
		switch {
		case warta.IsNotFound(err):
			tag = &warta.Tag{Slug: want, Name: name}
			if r.opt.DryRun {
				p.tags[key] = tag
				r.report.count(kindTag, outcomeImported)
				return nil
			}
			if err := tx.CreateTag(ctx, tag); err != nil {
				return err
			}
			outcome = outcomeImported
		case err != nil:
			return err
		}
		p.tags[key] = tag
		r.report.count(kindTag, outcome)
		if r.opt.DryRun {
			return nil
		}
		r.archiveRedirects(ctx, tx, t, "/tag/"+tag.Slug, "/tag/"+tag.Slug+"/feed")
		return tx.SaveImportItem(ctx, &warta.ImportItem{Source: p.source, Kind: kind, Key: t.Slug,
			TargetKind: warta.TargetTag, TargetID: tag.ID})
	})
}

// archiveRedirects points a term's WordPress archive and its feed at the
// Warta page and feed. Categories live under /category/ (nested ones
// under their parents' slugs too), tags under /tag/.
func (r *run) archiveRedirects(ctx context.Context, tx warta.Tx, t *wxr.Term, page, feed string) {
	var olds []string
	decoded := t.Slug
	if s, err := url.PathUnescape(decoded); err == nil {
		decoded = s
	}
	prefix := r.plan.basePath()
	if t.Taxonomy == "category" {
		olds = append(olds, prefix+"/category/"+decoded)
		if chain := r.plan.categoryChain(t.Slug); chain != decoded {
			olds = append(olds, prefix+"/category/"+chain)
		}
	} else {
		olds = append(olds, prefix+"/tag/"+decoded)
	}
	for _, old := range olds {
		r.redirect(ctx, tx, old, page)
		r.redirect(ctx, tx, old+"/feed", feed)
	}
}

// categoryChain is a nested category's path as WordPress writes it:
// parent/child, decoded.
func (p *plan) categoryChain(s string) string {
	var parts []string
	for range 16 {
		d := s
		if u, err := url.PathUnescape(s); err == nil {
			d = u
		}
		parts = append([]string{d}, parts...)
		t := p.termBySlug["category:"+s]
		if t == nil || t.Parent == "" || t.Parent == s {
			break
		}
		s = t.Parent
	}
	return strings.Join(parts, "/")
}

// basePath is the old site's path below its host ("" at the root): a
// blog at example.com/berita has its archives under /berita/.
func (p *plan) basePath() string {
	if p.base == nil {
		return ""
	}
	return strings.TrimSuffix(p.base.Path, "/")
}

// importAuthor makes an author a person (and, when asked, an account).
func (r *run) importAuthor(ctx context.Context, a *wxr.Author) error {
	p := r.plan
	if strings.TrimSpace(a.Login) == "" {
		return &warta.Error{Code: warta.EINVALID, Key: "error.name_required", Message: "the author has no login"}
	}
	name := strings.TrimSpace(plainTitle(a.DisplayName))
	if name == "" {
		name = strings.TrimSpace(a.FirstName + " " + a.LastName)
	}
	if name == "" {
		name = a.Login
	}
	email := warta.NormalizeEmail(a.Email)
	return r.write(ctx, func(tx warta.Tx) error {
		if rec, err := tx.FindImportItem(ctx, p.source, warta.ImportAuthor, a.Login); err == nil && rec.TargetKind == warta.TargetPerson {
			if person, err := tx.FindPersonByID(ctx, rec.TargetID); err == nil {
				p.people[a.Login] = person
				r.report.count(kindAuthor, outcomeUnchanged)
				return nil
			}
		}
		want := slug.Make(name)
		if want == "" {
			want = slug.Make(a.Login)
		}
		if want == "" {
			want = "penulis"
		}
		// The same person may already be in Warta under this name.
		if person, err := tx.FindPersonBySlug(ctx, want); err == nil && (person.Email == "" || email == "" || person.Email == email) && person.Name == name {
			p.people[a.Login] = person
			r.report.count(kindAuthor, outcomeUnchanged)
			if r.opt.DryRun {
				return nil
			}
			return tx.SaveImportItem(ctx, &warta.ImportItem{Source: p.source, Kind: warta.ImportAuthor, Key: a.Login,
				TargetKind: warta.TargetPerson, TargetID: person.ID})
		}
		final := uniqueSlug(want, func(c string) bool {
			_, err := tx.FindPersonBySlug(ctx, c)
			return err == nil
		})
		person := &warta.Person{Slug: final, Name: name, Title: "Penulis", Email: email}
		if r.opt.DryRun {
			p.people[a.Login] = person
			r.report.count(kindAuthor, outcomeImported)
			return nil
		}
		if err := tx.CreatePerson(ctx, person); err != nil {
			return err
		}
		p.people[a.Login] = person
		r.report.count(kindAuthor, outcomeImported)
		r.redirect(ctx, tx, p.basePath()+"/author/"+a.Login, "/penulis/"+person.Slug)
		r.redirect(ctx, tx, p.basePath()+"/author/"+a.Login+"/feed", "/penulis/"+person.Slug+"/feed")
		if r.opt.Accounts {
			r.account(ctx, tx, a, person)
		}
		return tx.SaveImportItem(ctx, &warta.ImportItem{Source: p.source, Kind: warta.ImportAuthor, Key: a.Login,
			TargetKind: warta.TargetPerson, TargetID: person.ID})
	})
}

// account gives an imported author a newsroom account without a
// password, unless one exists for the address.
func (r *run) account(ctx context.Context, tx warta.Tx, a *wxr.Author, person *warta.Person) {
	u := &warta.User{Email: person.Email, Name: person.Name, Role: warta.RoleAuthor, PersonID: person.ID, Language: "id"}
	if u.Email == "" {
		r.report.note(a.Line, "author "+a.Login, "import.account_no_email")
		return
	}
	if _, err := tx.FindUserByEmail(ctx, u.Email); err == nil {
		return
	}
	if err := u.Validate(); err != nil {
		r.report.note(a.Line, "author "+a.Login, "import.account_failed", err)
		return
	}
	if err := tx.CreateUser(ctx, u); err != nil {
		r.report.note(a.Line, "author "+a.Login, "import.account_failed", err)
		return
	}
	r.report.count(kindAccount, outcomeImported)
}

// sectionByID is the section with that ID among those the site had when
// the run began (what an earlier run's record can point at).
func sectionByID(list []*warta.Section, id int64) (*warta.Section, bool) {
	for _, s := range list {
		if s.ID == id {
			return s, true
		}
	}
	return nil, false
}
