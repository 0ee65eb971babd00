// Package demo fills an empty store with invented Indonesian news content
// (sections, a newsroom, a few hundred articles and generated pictures) so
// that a new user of `warta serve --demo` sees a living site at once.
//
// Everything is derived from a fixed random seed and the moment passed to
// Fill: the same moment gives the same site. All people, companies, clubs
// and events are made up.
package demo

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path"
	"runtime"
	"sync"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/media"
)

// Fill writes the demo site into an empty store and returns true. If the
// store already holds any article it does nothing and returns false, so a
// restart with --demo never duplicates content.
//
// Pictures are generated and stored in blobs first; everything else is
// written in one transaction, so a failure leaves no half-made site (at
// most a few orphaned demo pictures, which the next Fill overwrites).
func Fill(ctx context.Context, s warta.Store, blobs media.Blobs, now time.Time) (bool, error) {
	var n int
	err := s.View(ctx, func(tx warta.ReadTx) error {
		var err error
		n, err = tx.CountArticles(ctx)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("demo: count articles: %w", err)
	}
	if n > 0 {
		return false, nil
	}
	p, err := build(now)
	if err != nil {
		return false, fmt.Errorf("demo: plan: %w", err)
	}
	if err := p.storePictures(ctx, s, blobs); err != nil {
		return false, err
	}
	filled := false
	err = s.Update(ctx, func(tx warta.Tx) error {
		filled = false
		n, err := tx.CountArticles(ctx)
		if err != nil || n > 0 {
			return err
		}
		if err := p.write(ctx, tx); err != nil {
			return err
		}
		filled = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("demo: %w", err)
	}
	return filled, nil
}

// storePictures draws the plan's portraits and illustrations and puts
// them through the same pipeline as an upload: de-duplication (the
// pictures are deterministic, so a second attempt after a failure reuses
// them), the original kept privately, the JPEG sizes made now and the
// WebP sizes left to the server's background pool (ImportServable), so
// that a first start waits for as little as it can. Each worker draws a
// picture and stores it, the cores kept busy by both.
func (p *plan) storePictures(ctx context.Context, s warta.Store, blobs media.Blobs) error {
	pics := append(append([]*picture(nil), p.portraits...), p.pictures...)
	lib := &editorial.Library{Store: s, Blobs: blobs}
	store := func(i int, pic *picture) error {
		if err := pic.render(); err != nil {
			return err
		}
		meta := warta.MediaUpdate{Caption: &pic.art.caption, Credit: &pic.credit, Alt: &pic.art.alt}
		if i < len(p.portraits) {
			caption, credit, alt := "", "Ilustrasi: Warta Nusantara", "Ilustrasi potret "+peopleTable[i].name
			meta = warta.MediaUpdate{Caption: &caption, Credit: &credit, Alt: &alt}
		}
		m, err := lib.ImportServable(ctx, bytes.NewReader(pic.data), path.Base(pic.key), meta)
		if err != nil {
			return fmt.Errorf("store %s: %w", pic.key, err)
		}
		pic.media, pic.data = m, nil
		return nil
	}
	errs := make([]error, len(pics))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 4) {
		wg.Go(func() {
			for i := range next {
				errs[i] = store(i, pics[i])
			}
		})
	}
	for i := range pics {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	return nil
}

// refs are the IDs the plan's tables got in the store.
type refs struct {
	sections, tags, people, pictures []int64
	figures                          []string // per picture, its body markup
}

// write stores the plan. Sections, tags and people that already exist
// with the same slug are reused rather than duplicated.
func (p *plan) write(ctx context.Context, tx warta.Tx) error {
	ids, err := p.writeBase(ctx, tx)
	if err != nil {
		return err
	}
	return p.writeArticles(ctx, tx, ids)
}

// writeBase stores the settings, sections, tags and people of the plan.
func (p *plan) writeBase(ctx context.Context, tx warta.Tx) (*refs, error) {
	settings := p.settings
	if err := tx.SaveSettings(ctx, &settings); err != nil {
		return nil, fmt.Errorf("save settings: %w", err)
	}

	sectionIDs := make([]int64, len(sectionTable))
	for i := range sectionTable {
		sd := &sectionTable[i]
		sec, err := tx.FindSectionBySlug(ctx, sd.slug)
		if warta.IsNotFound(err) {
			sec = &warta.Section{Slug: sd.slug, Name: sd.name, Description: sd.desc, Position: i + 1}
			err = tx.CreateSection(ctx, sec)
		}
		if err != nil {
			return nil, fmt.Errorf("section %s: %w", sd.slug, err)
		}
		sectionIDs[i] = sec.ID
	}

	tagIDs := make([]int64, len(tagTable))
	for i, t := range tagTable {
		tag, err := tx.FindTagBySlug(ctx, t[0])
		if warta.IsNotFound(err) {
			tag = &warta.Tag{Slug: t[0], Name: t[1]}
			err = tx.CreateTag(ctx, tag)
		}
		if err != nil {
			return nil, fmt.Errorf("tag %s: %w", t[0], err)
		}
		tagIDs[i] = tag.ID
	}

	personIDs := make([]int64, len(peopleTable))
	for i := range peopleTable {
		pd := &peopleTable[i]
		person, err := tx.FindPersonBySlug(ctx, pd.slug)
		if warta.IsNotFound(err) {
			person = &warta.Person{
				Slug: pd.slug, Name: pd.name, Title: pd.title, Bio: pd.bio, Email: pd.email(),
				PhotoMediaID: p.portraits[i].media.ID, Links: pd.links(),
			}
			err = tx.CreatePerson(ctx, person)
		}
		if err != nil {
			return nil, fmt.Errorf("person %s: %w", pd.slug, err)
		}
		personIDs[i] = person.ID
	}

	pictureIDs := make([]int64, len(p.pictures))
	figures := make([]string, len(p.pictures))
	for i, pic := range p.pictures {
		pictureIDs[i], figures[i] = pic.media.ID, figureHTML(pic.media)
	}
	return &refs{sections: sectionIDs, tags: tagIDs, people: personIDs, pictures: pictureIDs, figures: figures}, nil
}

// writeArticles stores the plan's articles, their corrections and reads.
func (p *plan) writeArticles(ctx context.Context, tx warta.Tx, r *refs) error {
	sectionIDs, tagIDs, personIDs, pictureIDs := r.sections, r.tags, r.people, r.pictures

	ids := make([]int64, len(p.articles))
	var firstFix []int // articles whose related ones come later
	for i, d := range p.articles {
		a := d.a
		a.SectionID = sectionIDs[d.section]
		a.FeaturedMediaID = pictureIDs[d.picture]
		if d.figure >= 0 {
			a.BodyHTML = placeFigure(a.BodyHTML, r.figures[d.figure])
		}
		for _, k := range d.authors {
			a.AuthorIDs = append(a.AuthorIDs, personIDs[k])
		}
		for _, k := range d.tags {
			a.TagIDs = append(a.TagIDs, tagIDs[k])
		}
		later := false
		for _, k := range d.related {
			if k < i {
				a.RelatedIDs = append(a.RelatedIDs, ids[k])
			}
			later = later || k >= i
		}
		if later {
			firstFix = append(firstFix, i)
		}
		if err := tx.CreateArticle(ctx, &a); err != nil {
			return fmt.Errorf("article %q: %w", a.Slug, err)
		}
		ids[i] = a.ID
		d.a.Version = a.Version
		if d.note != "" {
			c := &warta.Correction{ArticleID: a.ID, Kind: d.kind, Note: d.note, CreatedAt: a.UpdatedAt}
			if err := tx.AddCorrection(ctx, c); err != nil {
				return fmt.Errorf("correct %q: %w", a.Slug, err)
			}
		}
		day := a.PublishedAt.Truncate(24 * time.Hour)
		for k, views := range d.views {
			if err := tx.RecordViews(ctx, a.ID, day.Add(time.Duration(k)*24*time.Hour), views); err != nil {
				return fmt.Errorf("views of %q: %w", a.Slug, err)
			}
		}
	}
	for _, i := range firstFix {
		var rel []int64
		for _, k := range p.articles[i].related {
			rel = append(rel, ids[k])
		}
		if _, err := tx.UpdateArticle(ctx, ids[i], warta.ArticleUpdate{Version: p.articles[i].a.Version, RelatedIDs: &rel}); err != nil {
			return fmt.Errorf("relate article %d: %w", ids[i], err)
		}
	}
	return nil
}
