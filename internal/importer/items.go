package importer

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"warta"
	"warta/internal/body"
	"warta/internal/wpbody"
	"warta/internal/wxr"
)

// importItems is the second pass: each post and page is converted and
// written in its own transaction.
func (r *run) importItems(ctx context.Context) error {
	p := r.plan
	done := 0
	return r.stream(ctx, PhaseItems, func(e any) error {
		it, ok := e.(*wxr.Item)
		if !ok || (it.Type != "post" && it.Type != "page") {
			return nil
		}
		x := p.items[it.PostID]
		if x == nil || x.typ != it.Type || x.line != it.Line {
			return nil // skipped or failed in the first pass
		}
		if it.Type == "page" {
			r.importPage(ctx, it, x)
		} else {
			r.importPost(ctx, it, x)
		}
		done++
		r.progress(Progress{Phase: PhaseItems, Done: done, Total: len(p.order)})
		return nil
	})
}

// converted is an item's body, title and dek, ready to write.
type converted struct {
	title, dek, html string
	words            int
}

// convert turns an item's fields into Warta's, or returns the message
// key and arguments of why it cannot be imported.
func (r *run) convert(ctx context.Context, it *wxr.Item, x *item) (*converted, string, []any) {
	// The body cannot shrink much on the way, and sanitising costs grow
	// with its size: a body over the limit is refused before any work.
	if n := len(it.Content); n > warta.MaxBodyBytes {
		return nil, "import.body_too_large", []any{mib(n), mib(warta.MaxBodyBytes)}
	}
	html, rep := wpbody.Convert(it.Content, r.resolver(ctx, x))
	r.report.mu.Lock()
	r.report.Body.Add(rep)
	r.report.mu.Unlock()
	c := &converted{html: body.Sanitize(html)}
	if n := len(c.html); n > warta.MaxBodyBytes {
		return nil, "import.body_too_large", []any{mib(n), mib(warta.MaxBodyBytes)}
	}
	c.words = body.WordCount(c.html)
	c.title = cut(plainTitle(it.Title), warta.MaxTitleLen)
	if c.title == "" {
		text := body.Excerpt(c.html, 80)
		if text == "" {
			return nil, "import.empty", nil
		}
		c.title = text
		r.report.note(it.Line, itemRef(it.PostID, ""), "import.title_from_text", text)
	}
	dek := it.Excerpt
	if strings.ContainsAny(dek, "<&") {
		dek = body.PlainText(body.Sanitize(dek))
	}
	c.dek = cut(strings.Join(strings.Fields(dek), " "), warta.MaxDekLen)
	return c, "", nil
}

// status maps a WordPress status to Warta's: pending is waiting for
// review, future is scheduled, private is kept off the site. A password
// on a post has no Warta equivalent, so such a post stays a draft.
func (r *run) status(it *wxr.Item, x *item) (warta.Status, time.Time) {
	if x.private {
		r.report.note(it.Line, itemRef(it.PostID, it.Title), "import.password_draft")
		return warta.StatusDraft, time.Time{}
	}
	switch it.Status {
	case "publish":
		if x.published.IsZero() {
			r.report.note(it.Line, itemRef(it.PostID, it.Title), "import.no_date_draft")
			return warta.StatusDraft, time.Time{}
		}
		return warta.StatusPublished, time.Time{}
	case "pending":
		return warta.StatusReview, time.Time{}
	case "future":
		if x.published.IsZero() {
			return warta.StatusDraft, time.Time{}
		}
		return warta.StatusScheduled, x.published
	case "private":
		return warta.StatusUnpublished, time.Time{}
	}
	return warta.StatusDraft, time.Time{}
}

// importPost writes one post as a story.
func (r *run) importPost(ctx context.Context, it *wxr.Item, x *item) {
	ref := itemRef(it.PostID, it.Title)
	if x.existing != nil && x.existing.Checksum == x.sum {
		r.report.count(kindPost, outcomeUnchanged)
		return
	}
	if x.existing != nil && x.version != x.existing.Version {
		r.report.note(it.Line, ref, "import.edited_in_warta")
		r.report.count(kindPost, outcomeSkipped)
		return
	}
	c, key, args := r.convert(ctx, it, x)
	if c == nil {
		r.report.fail(it.Line, ref, key, args...)
		r.report.count(kindPost, outcomeFailed)
		return
	}
	status, publishAt := r.status(it, x)
	a := &warta.Article{Slug: x.slug, Title: c.title, Dek: c.dek, BodyHTML: c.html, WordCount: c.words,
		Label: warta.LabelBerita, Status: status, PublishAt: publishAt, SectionID: r.plan.section(x.section).ID}
	if status == warta.StatusPublished {
		a.PublishedAt = x.published
	}
	if person := r.plan.people[it.Creator]; person != nil && person.ID != 0 {
		a.AuthorIDs = []int64{person.ID}
	}
	for _, t := range it.Terms {
		if t.Domain != "post_tag" && t.Domain != "category" {
			continue
		}
		if tag := r.plan.tags[t.Domain+":"+t.Slug]; tag != nil && tag.ID != 0 {
			a.TagIDs = append(a.TagIDs, tag.ID)
		}
	}
	if th := r.plan.items[it.Thumbnail()]; th != nil && th.media != nil && th.media.ID != 0 {
		a.FeaturedMediaID = th.media.ID
	} else if it.Thumbnail() > 0 {
		r.report.note(it.Line, ref, "import.thumbnail_missing", it.Thumbnail())
	}
	created, ok := wxr.ParseTime(it.PostDateGMT, time.UTC)
	if !ok {
		created, _ = wxr.ParseTime(it.PostDate, r.loc)
	}
	modified, ok := wxr.ParseTime(it.ModifiedGMT, time.UTC)
	if !ok {
		modified, _ = wxr.ParseTime(it.Modified, r.loc)
	}
	if modified.Before(created) {
		modified = created
	}
	check := a.Validate
	if r.opt.DryRun {
		check = func() error { return validateDry(a) }
	}
	if err := check(); err != nil {
		r.report.fail(it.Line, ref, "import.invalid", err)
		r.report.count(kindPost, outcomeFailed)
		return
	}
	if r.opt.DryRun {
		if x.existing != nil {
			r.report.count(kindPost, outcomeUpdated)
		} else {
			r.report.count(kindPost, outcomeImported)
		}
		return
	}
	// A story whose "Baca Juga" waits for a later story is recorded
	// without its checksum until the relink pass has converted it again,
	// so that a run interrupted before then redoes it.
	sum := x.sum
	if r.relinkIDs[x.id] {
		sum = ""
	}
	outcome := outcomeImported
	err := r.write(ctx, func(tx warta.Tx) error {
		if x.existing != nil {
			updated, err := tx.UpdateArticle(ctx, x.targetID, fullUpdate(a, x.version))
			if err != nil {
				return err
			}
			a = updated
			outcome = outcomeUpdated
			// Its words may have changed: the server finds its similar
			// stories again (jobs.Similar).
			if err := tx.ForgetSimilar(ctx, a.ID); err != nil {
				return err
			}
		} else if err := tx.CreateArticle(ctx, a); err != nil {
			return err
		}
		if !created.IsZero() {
			if err := tx.SetArticleDates(ctx, a.ID, created, modified); err != nil {
				return err
			}
		}
		if x.newPath != "" {
			for _, old := range x.oldPaths {
				r.redirect(ctx, tx, old, x.newPath)
			}
		}
		return tx.SaveImportItem(ctx, &warta.ImportItem{Source: r.plan.source, Kind: warta.ImportPost,
			Key: strconv.FormatInt(it.PostID, 10), TargetKind: warta.TargetArticle, TargetID: a.ID,
			Checksum: sum, Version: a.Version})
	})
	if err != nil {
		r.report.fail(it.Line, ref, "import.write_failed", err)
		r.report.count(kindPost, outcomeFailed)
		return
	}
	x.targetID, x.version = a.ID, a.Version
	if a.Status == warta.StatusPublished {
		r.published = append(r.published, a.ID)
	}
	r.report.count(kindPost, outcome)
	r.notify(warta.Event{Kind: warta.EventArticleChanged, ArticleID: a.ID})
}

// validateDry checks an article of a dry run, whose section may not exist.
func validateDry(a *warta.Article) error {
	b := *a
	b.SectionID = 1
	return b.Validate()
}

// fullUpdate sets every field the import writes.
func fullUpdate(a *warta.Article, version int) warta.ArticleUpdate {
	return warta.ArticleUpdate{Version: version, Title: &a.Title, Dek: &a.Dek, BodyHTML: &a.BodyHTML,
		SectionID: &a.SectionID, FeaturedMediaID: &a.FeaturedMediaID, AuthorIDs: &a.AuthorIDs, TagIDs: &a.TagIDs,
		Status: &a.Status, PublishAt: &a.PublishAt, PublishedAt: &a.PublishedAt, WordCount: &a.WordCount}
}

// relink converts again the stories whose "Baca Juga" links pointed at
// stories further on in the export, now that those have IDs.
func (r *run) relink(ctx context.Context) error {
	if len(r.relinkIDs) == 0 || r.opt.DryRun {
		return nil
	}
	p := r.plan
	done := 0
	return r.stream(ctx, PhaseLinks, func(e any) error {
		it, ok := e.(*wxr.Item)
		if !ok || !r.relinkIDs[it.PostID] {
			return nil
		}
		x := p.items[it.PostID]
		if x == nil || x.targetID == 0 || x.typ != "post" {
			return nil
		}
		html, _ := wpbody.Convert(it.Content, r.resolver(ctx, x))
		html = body.Sanitize(html)
		err := r.write(ctx, func(tx warta.Tx) error {
			a, err := tx.FindArticleByID(ctx, x.targetID)
			if err != nil || a.BodyHTML == html || len(html) > warta.MaxBodyBytes {
				return err
			}
			updated, err := tx.UpdateArticle(ctx, a.ID, warta.ArticleUpdate{Version: a.Version, BodyHTML: &html})
			if err != nil {
				return err
			}
			return tx.SaveImportItem(ctx, &warta.ImportItem{Source: p.source, Kind: warta.ImportPost,
				Key: strconv.FormatInt(it.PostID, 10), TargetKind: warta.TargetArticle, TargetID: a.ID,
				Checksum: x.sum, Version: updated.Version})
		})
		if err != nil {
			r.report.fail(it.Line, itemRef(it.PostID, it.Title), "import.write_failed", err)
		}
		done++
		r.progress(Progress{Phase: PhaseLinks, Done: done, Total: len(r.relinkIDs)})
		return nil
	})
}

// mib is a byte count in MiB with one decimal, for messages.
func mib(n int) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }
