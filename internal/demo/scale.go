package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"warta"
	"warta/internal/media"
)

// Bounds of `warta demo --articles N`.
const (
	// MaxScaleArticles bounds one run: a million stories is ten times the
	// archive the benchmarks aim at and a few GB of database.
	MaxScaleArticles = 1_000_000
	// scalePerDay is how many stories a day the generated outlet
	// publishes, so N stories span N/scalePerDay days back from now.
	scalePerDay = 40
	// scaleBatch is how many stories one write transaction holds: big
	// enough that commits do not dominate, small enough that a reader of
	// the database is never held up for long.
	scaleBatch = 1000
	// scaleRelated is how many earlier stories of the same section a
	// story links as related, at most.
	scaleRelated = 3
)

// ScaleOptions says what Scale generates.
type ScaleOptions struct {
	Articles int
	// Now is the moment the newest story is published at or before.
	Now time.Time
	// Progress, if set, is called with 0 once the photos, sections and
	// people are stored, then after every committed batch with the
	// number of stories written so far.
	Progress func(done int)
}

// Scale fills an empty store with opt.Articles generated, published
// stories for benchmarks: the demo's sections, tags and people, a pool
// of the demo's illustrations (drawn once and put through the photo
// pipeline) shared as featured photos, and bodies composed from the
// demo's Indonesian copy, published several a day over as many days as
// the count needs. Stories go through the store's CreateArticle, which
// keeps the invariants (search index rows, unique slugs); batches of
// scaleBatch commit one by one, so an interrupted run leaves whole
// stories behind.
//
// A store that already holds articles is refused with a conflict error
// (key demo.not_empty): adding a generated archive to a real site, or a
// second one to the first, would mislead the benchmarks built on it.
func Scale(ctx context.Context, s warta.Store, blobs media.Blobs, opt ScaleOptions) error {
	if opt.Articles < 1 || opt.Articles > MaxScaleArticles {
		return &warta.Error{Code: warta.EINVALID, Key: "demo.bad_count", Args: []any{opt.Articles, MaxScaleArticles},
			Message: fmt.Sprintf("demo: --articles %d: want 1 to %d", opt.Articles, MaxScaleArticles)}
	}
	var n int
	if err := s.View(ctx, func(tx warta.ReadTx) error {
		var err error
		n, err = tx.CountArticles(ctx)
		return err
	}); err != nil {
		return fmt.Errorf("demo: count articles: %w", err)
	}
	if n > 0 {
		return &warta.Error{Code: warta.ECONFLICT, Key: "demo.not_empty", Args: []any{n},
			Message: fmt.Sprintf("demo: the database already holds %d articles; demo fills only an empty one", n)}
	}
	now := opt.Now.UTC()
	p := &plan{now: now, settings: siteSettings(), pictures: planImages()}
	for i := range peopleTable {
		pd := &peopleTable[i]
		p.portraits = append(p.portraits, &picture{
			key: "demo/people/" + pd.slug + ".jpg", seed: uint64(500 + i),
			w: avatarSize, h: avatarSize, pw: avatarSize, ph: avatarSize, person: lookOf(i, pd),
		})
	}
	if err := p.storePictures(ctx, s, blobs); err != nil {
		return err
	}
	var ids *refs
	if err := s.Update(ctx, func(tx warta.Tx) error {
		var err error
		ids, err = p.writeBase(ctx, tx)
		return err
	}); err != nil {
		return fmt.Errorf("demo: %w", err)
	}

	// Stories are composed on one goroutine while the previous batch is
	// written on another: composing and indexing cost about the same.
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan []*draft, 2)
	genErr := make(chan error, 1)
	go func() {
		defer close(batches)
		genErr <- generate(gctx, p, opt.Articles, now, batches)
	}()
	if opt.Progress != nil {
		opt.Progress(0)
	}
	sc := &scaleWriter{ids: ids, now: now, r: rand.New(rand.NewPCG(7, 8)), recent: make([][]scaleRecent, len(sectionTable))}
	done := 0
	for batch := range batches {
		if err := s.Update(ctx, func(tx warta.Tx) error { return sc.write(ctx, tx, batch) }); err != nil {
			cancel()
			for range batches {
			}
			return fmt.Errorf("demo: %w", err)
		}
		sc.commit()
		done += len(batch)
		if opt.Progress != nil {
			opt.Progress(done)
		}
	}
	if err := <-genErr; err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// Written in many transactions, the search index is in many pieces.
	if err := s.Update(ctx, func(tx warta.Tx) error { return tx.OptimizeSearch(ctx) }); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	return nil
}

// generate composes n published drafts, oldest first, and sends them in
// batches of scaleBatch.
func generate(ctx context.Context, p *plan, n int, now time.Time, out chan<- []*draft) error {
	r := rand.New(rand.NewPCG(3, 4))
	g := &generator{r: r, p: p, titles: map[string]bool{}, slugs: map[string]bool{}}
	decks := make([]*deck, len(sectionTable))
	for i := range sectionTable {
		decks[i] = newDeck(sectionTable[i].copy)
		decks[i].reuse = true
	}
	days := max(1, (n+scalePerDay-1)/scalePerDay)
	span := time.Duration(days) * 24 * time.Hour
	step := span / time.Duration(n)
	start := now.Add(-span)
	batch := make([]*draft, 0, scaleBatch)
	for i := range n {
		// Evenly spread with jitter inside each story's slot, so the
		// times stay in order and the newest is just before now.
		when := start.Add(step*time.Duration(i+1) - time.Duration(r.Int64N(int64(max(step/2, 1))))).Truncate(time.Second)
		sec := weightedSection(r)
		pk, ok := decks[sec].deal(r, func(pick) bool { return true })
		if !ok {
			return fmt.Errorf("no story left for article %d", i)
		}
		d, err := g.article(pk, sec, when, warta.StatusPublished)
		if err != nil {
			return err
		}
		g.slots = g.slots[:0] // kept for corrections, which Scale makes none of
		batch = append(batch, d)
		if len(batch) == scaleBatch || i == n-1 {
			select {
			case out <- batch:
			case <-ctx.Done():
				return ctx.Err()
			}
			batch = make([]*draft, 0, scaleBatch)
		}
	}
	return nil
}

// scaleRecent is an earlier story a new one of the section may link.
type scaleRecent struct {
	id   int64
	tags []int
}

// scaleWriter writes batches of drafts, linking each story to earlier
// ones of its section that share a tag.
type scaleWriter struct {
	ids     *refs
	now     time.Time
	r       *rand.Rand
	recent  [][]scaleRecent // per section, newest last, at most 50
	pending [][]scaleRecent // recent as of the open transaction
}

func (w *scaleWriter) write(ctx context.Context, tx warta.Tx, batch []*draft) error {
	// A transaction that is retried or rolled back must not leave IDs
	// that never committed in the related pool.
	w.pending = make([][]scaleRecent, len(w.recent))
	for i := range w.recent {
		w.pending[i] = append([]scaleRecent(nil), w.recent[i]...)
	}
	for _, d := range batch {
		a := d.a
		a.SectionID = w.ids.sections[d.section]
		a.FeaturedMediaID = w.ids.pictures[d.picture]
		if d.figure >= 0 {
			a.BodyHTML = placeFigure(a.BodyHTML, w.ids.figures[d.figure])
		}
		for _, k := range d.authors {
			a.AuthorIDs = append(a.AuthorIDs, w.ids.people[k])
		}
		for _, k := range d.tags {
			a.TagIDs = append(a.TagIDs, w.ids.tags[k])
		}
		pool := w.pending[d.section]
		for k := len(pool) - 1; k >= 0 && len(a.RelatedIDs) < scaleRelated; k-- {
			if shareTag(pool[k].tags, d.tags) {
				a.RelatedIDs = append(a.RelatedIDs, pool[k].id)
			}
		}
		if err := tx.CreateArticle(ctx, &a); err != nil {
			return fmt.Errorf("article %q: %w", a.Slug, err)
		}
		// Its similar list is kept, as a site keeps one for every story,
		// so that a benchmark reads the archive as a site serves it: the
		// section's stories just before it, other than the editor's
		// picks. Finding them by search, as a newsroom's publish does,
		// would cost a full-text ranking per story (an hour at 100,000).
		var similar []int64
		for k := len(pool) - 1; k >= 0 && len(similar) < warta.SimilarKept; k-- {
			if !slices.Contains(a.RelatedIDs, pool[k].id) {
				similar = append(similar, pool[k].id)
			}
		}
		if err := tx.SetStoredSimilar(ctx, a.ID, similar); err != nil {
			return fmt.Errorf("similar of %q: %w", a.Slug, err)
		}
		if err := tx.SetArticleDates(ctx, a.ID, a.PublishedAt, a.PublishedAt); err != nil {
			return fmt.Errorf("article %q: %w", a.Slug, err)
		}
		// Reads for the last week, so Trending has something to show.
		day := a.PublishedAt.Truncate(24 * time.Hour)
		for ; w.now.Sub(day) < 7*24*time.Hour && !day.After(w.now); day = day.Add(24 * time.Hour) {
			if err := tx.RecordViews(ctx, a.ID, day, 1+w.r.IntN(400)); err != nil {
				return fmt.Errorf("views of %q: %w", a.Slug, err)
			}
		}
		pool = append(pool, scaleRecent{id: a.ID, tags: d.tags})
		if len(pool) > 50 {
			pool = pool[len(pool)-50:]
		}
		w.pending[d.section] = pool
	}
	return nil
}

// commit makes the open transaction's stories eligible as related ones.
func (w *scaleWriter) commit() { w.recent, w.pending = w.pending, nil }

func shareTag(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
