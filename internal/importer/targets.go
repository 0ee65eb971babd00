package importer

import (
	"context"
	"net/url"
	"strconv"
	"time"

	"warta"
	"warta/internal/slug"
)

// planTargets decides where every post, page and photo lives in Warta
// before anything is written, so that links between stories can point at
// their new addresses whatever their order in the export. What an earlier
// run imported keeps its address.
func (r *run) planTargets(ctx context.Context) error {
	p := r.plan
	return r.im.Store.View(ctx, func(tx warta.ReadTx) error {
		for _, id := range p.photos {
			x := p.items[id]
			rec, err := tx.FindImportItem(ctx, p.source, warta.ImportPost, strconv.FormatInt(id, 10))
			if err != nil || rec.TargetKind != warta.TargetMedia {
				continue
			}
			if m, err := tx.FindMediaByID(ctx, rec.TargetID); err == nil {
				x.existing, x.targetID, x.media, x.newPath = rec, m.ID, m, "/media/"+m.Key
			}
		}
		for _, id := range p.order {
			if err := ctx.Err(); err != nil {
				return err
			}
			x := p.items[id]
			if rec, err := tx.FindImportItem(ctx, p.source, warta.ImportPost, strconv.FormatInt(id, 10)); err == nil {
				if r.adopt(ctx, tx, x, rec) {
					continue
				}
			}
			if x.typ == "page" {
				r.planPage(ctx, tx, x)
				continue
			}
			want := x.wantSlug()
			x.slug = uniqueSlug(want, func(c string) bool {
				if p.slugs[c] {
					return true
				}
				_, err := tx.FindArticleBySlug(ctx, c)
				return err == nil
			})
			if x.slug != want {
				r.report.note(x.line, itemRef(x.id, x.title), "import.slug_taken", want, x.slug)
			}
			p.slugs[x.slug] = true
			if x.status == "publish" && !x.private && !x.published.IsZero() {
				x.newPath = r.articlePath(p.section(x.section), x.published, x.slug)
			}
		}
		return nil
	})
}

// adopt takes over what an earlier run made of an item: its address
// stays. It reports false when the target is gone (deleted in Warta since),
// and the item is then imported afresh.
func (r *run) adopt(ctx context.Context, tx warta.ReadTx, x *item, rec *warta.ImportItem) bool {
	switch rec.TargetKind {
	case warta.TargetArticle:
		a, err := tx.FindArticleByID(ctx, rec.TargetID)
		if err != nil {
			return false
		}
		x.existing, x.targetID, x.version, x.slug = rec, a.ID, a.Version, a.Slug
		r.plan.slugs[a.Slug] = true
		if a.IsPublic() {
			x.newPath = a.Path(r.loc)
		} else if x.status == "publish" && !x.private && !x.published.IsZero() {
			// Published by this run: dated as the export says.
			x.newPath = r.articlePath(a.Section, x.published, a.Slug)
		}
		return true
	case warta.TargetPage:
		return r.adoptPage(ctx, tx, x, rec)
	}
	return false
}

// wantSlug is the slug the item asks for: WordPress's own (decoded from
// percent-encoding), else one made from its title, else from its ID.
func (x *item) wantSlug() string {
	s := x.slug
	if d, err := url.PathUnescape(s); err == nil {
		s = d
	}
	// WordPress's slug, when Warta can use it as it is, keeps the
	// address closest to the old one (slug.Make would cut it at 80).
	if warta.ValidSlug(s) {
		return s
	}
	if out := slug.Make(s); out != "" {
		return out
	}
	if out := slug.Make(x.title); out != "" {
		return out
	}
	return "tulisan-" + strconv.FormatInt(x.id, 10)
}

// section returns the section of a category slug, the default section
// for posts with none.
func (p *plan) section(category string) *warta.Section {
	if s := p.sections[category]; s != nil {
		return s
	}
	return p.sections[""]
}

// articlePath is Warta's address of a story: what Article.Path gives.
func (r *run) articlePath(s *warta.Section, published time.Time, slug string) string {
	a := &warta.Article{Section: s, PublishedAt: published, Slug: slug}
	return a.Path(r.loc)
}

// uniqueSlug is want when it is free, else the first free want-2,
// want-3 … (slug.Unique, which cuts a long want to slug.MaxLen first: a
// WordPress slug up to warta.MaxSlugLen is kept whole when it is free).
func uniqueSlug(want string, taken func(string) bool) string {
	if want != "" && !taken(want) {
		return want
	}
	return slug.Unique(want, taken)
}
