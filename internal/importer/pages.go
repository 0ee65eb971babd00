package importer

import (
	"context"
	"strconv"

	"warta"
	"warta/internal/wxr"
)

// planPage decides a page's slug: WordPress's own, unless a page, a
// section or the site itself already answers at it. Pages live at /{slug}.
func (r *run) planPage(ctx context.Context, tx warta.ReadTx, x *item) {
	p := r.plan
	want := x.wantSlug()
	x.slug = uniqueSlug(want, func(c string) bool {
		if p.pageSlugs[c] || warta.ReservedSectionSlug(c) {
			return true
		}
		if _, err := tx.FindPageBySlug(ctx, c); err == nil {
			return true
		}
		_, err := tx.FindSectionBySlug(ctx, c)
		return err == nil
	})
	if x.slug != want {
		r.report.note(x.line, itemRef(x.id, x.title), "import.slug_taken", want, x.slug)
	}
	p.pageSlugs[x.slug] = true
	if x.status == "publish" && !x.private {
		x.newPath = "/" + x.slug
	}
}

// adoptPage takes over the page an earlier run made of an item.
func (r *run) adoptPage(ctx context.Context, tx warta.ReadTx, x *item, rec *warta.ImportItem) bool {
	pg, err := tx.FindPageByID(ctx, rec.TargetID)
	if err != nil {
		return false
	}
	x.existing, x.targetID, x.version, x.slug = rec, pg.ID, pg.Version, pg.Slug
	r.plan.pageSlugs[pg.Slug] = true
	if pg.IsPublic() || x.status == "publish" && !x.private {
		x.newPath = pg.Path()
	}
	return true
}

// importPage writes one WordPress page as a static page.
func (r *run) importPage(ctx context.Context, it *wxr.Item, x *item) {
	ref := itemRef(it.PostID, it.Title)
	if x.existing != nil && x.existing.Checksum == x.sum {
		r.report.count(kindPage, outcomeUnchanged)
		return
	}
	if x.existing != nil && x.version != x.existing.Version {
		r.report.note(it.Line, ref, "import.edited_in_warta")
		r.report.count(kindPage, outcomeSkipped)
		return
	}
	c, key, args := r.convert(ctx, it, x)
	if c == nil {
		r.report.fail(it.Line, ref, key, args...)
		r.report.count(kindPage, outcomeFailed)
		return
	}
	pg := &warta.Page{Slug: x.slug, Title: c.title, BodyHTML: c.html, Status: warta.PageDraft, Position: it.MenuOrder}
	if x.private {
		r.report.note(it.Line, ref, "import.password_draft")
	} else if it.Status == "publish" {
		pg.Status, pg.PublishedAt = warta.PagePublished, x.published
		if pg.PublishedAt.IsZero() {
			pg.PublishedAt = r.now
		}
	}
	if err := pg.Validate(); err != nil {
		r.report.fail(it.Line, ref, "import.invalid", err)
		r.report.count(kindPage, outcomeFailed)
		return
	}
	if r.opt.DryRun {
		if x.existing != nil {
			r.report.count(kindPage, outcomeUpdated)
		} else {
			r.report.count(kindPage, outcomeImported)
		}
		return
	}
	sum := x.sum
	if r.relinkIDs[x.id] {
		sum = ""
	}
	outcome := outcomeImported
	err := r.write(ctx, func(tx warta.Tx) error {
		if x.existing != nil {
			old, err := tx.FindPageByID(ctx, x.targetID)
			if err != nil {
				return err
			}
			pg.ID, pg.Version, pg.CreatedAt = old.ID, old.Version, old.CreatedAt
			if !old.PublishedAt.IsZero() {
				pg.PublishedAt = old.PublishedAt
			}
			if err := tx.UpdatePage(ctx, pg); err != nil {
				return err
			}
			outcome = outcomeUpdated
		} else if err := tx.CreatePage(ctx, pg); err != nil {
			return err
		}
		if x.newPath != "" {
			for _, old := range x.oldPaths {
				r.redirect(ctx, tx, old, x.newPath)
			}
		}
		return tx.SaveImportItem(ctx, &warta.ImportItem{Source: r.plan.source, Kind: warta.ImportPost,
			Key: strconv.FormatInt(it.PostID, 10), TargetKind: warta.TargetPage, TargetID: pg.ID,
			Checksum: sum, Version: pg.Version})
	})
	if err != nil {
		r.report.fail(it.Line, ref, "import.write_failed", err)
		r.report.count(kindPage, outcomeFailed)
		return
	}
	x.targetID, x.version = pg.ID, pg.Version
	r.report.count(kindPage, outcome)
	r.notify(warta.Event{Kind: warta.EventPageChanged, PageID: pg.ID})
}
