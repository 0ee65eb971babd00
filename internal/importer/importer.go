// Package importer moves a WordPress site into Warta from its export
// file (WXR): authors, categories and tags, posts and pages with their
// bodies converted to Warta's markup, photos from a local copy of
// wp-content/uploads, and a 301 from every old address to the new one.
//
// The export is read as a stream, twice: a first pass notes what every
// item is and where it will live (a few hundred bytes each), so that links
// between stories can be rewritten whatever their order in the file; the
// second writes each item in its own transaction, keyed by the export's
// site and the item's WordPress ID. Running the same import again updates
// what changed and duplicates nothing; an interrupted run picks up where it
// stopped, because every finished item is recorded with the write that
// made it.
//
// The importer is a sibling of the editorial services: it is the one
// writer for imported content, shared by the CLI and the tests.
package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/wxr"
)

// Importer runs imports into one store.
type Importer struct {
	Store warta.Store
	// Library stores photos through the upload pipeline. With its
	// background pool started, variants are made there and the import
	// never waits on image encoding.
	Library *editorial.Library
	// Notify hears of the import's writes, once per item, so that a
	// running site can drop its caches; nil for none.
	Notify func(warta.Event)
	Logger *slog.Logger
}

// Options are one run's choices.
type Options struct {
	// Uploads is a local copy of the old site's wp-content/uploads; photos
	// are taken from it. Empty: photos are not imported (and reported).
	Uploads string
	// DryRun reads and converts everything and reports what would
	// happen, writing nothing.
	DryRun bool
	// Accounts also makes a newsroom account (role author, no password:
	// an administrator sets one) for each author with an e-mail address.
	Accounts bool
	// Progress is called as items are done; nil for none.
	Progress func(Progress)
}

// Progress is where a run is.
type Progress struct {
	Phase       Phase
	Done, Total int
	Bytes, Size int64 // of the file read in this phase, when known
}

// Phase is a stage of a run.
type Phase string

// Phases of a run, in order.
const (
	PhaseScan   Phase = "scan"   // first pass: what is in the export
	PhasePhotos Phase = "photos" // attachments into the media library
	PhaseItems  Phase = "items"  // posts and pages
	PhaseLinks  Phase = "links"  // stories linking to stories that came later
)

// Run imports the export at path. The report is returned also with an
// error, for what was done before it.
func (im *Importer) Run(ctx context.Context, path string, opt Options) (*Report, error) {
	if im.Logger == nil {
		im.Logger = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	r := newRun(im, path, opt)
	err := r.run(ctx)
	r.report.Duration = time.Since(start)
	return r.report, err
}

// run holds one import's state.
type run struct {
	im     *Importer
	path   string
	opt    Options
	size   int64
	report *Report
	plan   *plan
	loc    *time.Location
	now    time.Time
	// brokenAt is the export's syntax error when it broke off after its
	// header: what came before it is imported, and Run returns it.
	brokenAt *wxr.SyntaxError
	// relinkIDs are stories whose "Baca Juga" links point at stories
	// later in the export, converted again once those exist.
	relinkIDs map[int64]bool
	// published are the stories written as published, whose similar
	// lists the server keeps after the run (jobs.Similar).
	published []int64
}

func newRun(im *Importer, path string, opt Options) *run {
	return &run{im: im, path: path, opt: opt, report: newReport(opt.DryRun)}
}

func (r *run) run(ctx context.Context) error {
	fi, err := os.Stat(r.path)
	if err != nil {
		return fmt.Errorf("cannot read the export: %w", err)
	}
	if fi.IsDir() {
		return fmt.Errorf("%s is a directory; give the export's .xml file", r.path)
	}
	r.size = fi.Size()
	if r.opt.Uploads != "" {
		if fi, err := os.Stat(r.opt.Uploads); err != nil || !fi.IsDir() {
			return fmt.Errorf("--uploads %s: not a directory (give the copy of wp-content/uploads)", r.opt.Uploads)
		}
	}
	var settings *warta.Settings
	if err := r.im.Store.View(ctx, func(tx warta.ReadTx) error {
		settings, err = tx.FindSettings(ctx)
		return err
	}); err != nil {
		return err
	}
	r.loc, r.now = settings.Location(), r.im.Store.Now()

	if r.plan, err = r.scan(ctx); err != nil {
		return err
	}
	r.report.Source = r.plan.source
	if err := r.importPeopleAndTerms(ctx); err != nil {
		return err
	}
	if err := r.planTargets(ctx); err != nil {
		return err
	}
	if err := r.importPhotos(ctx); err != nil {
		return err
	}
	if err := r.importItems(ctx); err != nil {
		return err
	}
	if err := r.relink(ctx); err != nil {
		return err
	}
	// Each published story's similar list is found by the server in the
	// background (jobs.Similar), not here: a full-text ranking per story,
	// it would be the longest phase of a large import, and a page without
	// a kept list searches for one meanwhile.
	r.report.SimilarWaiting = len(r.published)
	if !r.opt.DryRun && len(r.published) > 0 {
		// One transaction per item leaves the search index in many
		// pieces, each read by every search until merged.
		if err := r.im.Store.Update(ctx, func(tx warta.Tx) error { return tx.OptimizeSearch(ctx) }); err != nil {
			return fmt.Errorf("search index: %w", err)
		}
	}
	if r.brokenAt != nil {
		return r.brokenAt
	}
	return nil
}

// stream reads the export from the start, calling fn for each entry. A
// SyntaxError ends the stream; an ItemError is reported and skipped.
func (r *run) stream(ctx context.Context, phase Phase, fn func(entry any) error) error {
	f, err := os.Open(r.path)
	if err != nil {
		return fmt.Errorf("cannot read the export: %w", err)
	}
	defer f.Close()
	d := wxr.NewDecoder(f)
	for n := 0; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		e, err := d.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		var itemErr *wxr.ItemError
		if errors.As(err, &itemErr) {
			if phase == PhaseScan {
				r.report.fail(itemErr.Line, itemRef(itemErr.PostID, itemErr.Title), "import.item_unreadable", itemErr.Msg)
				r.report.count(kindOther, outcomeFailed)
			}
			continue
		}
		var syn *wxr.SyntaxError
		if r.brokenAt != nil && errors.As(err, &syn) {
			return nil // where the first pass stopped too
		}
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
		if phase == PhaseScan && n%256 == 0 {
			r.progress(Progress{Phase: phase, Bytes: d.Offset(), Size: r.size})
		}
	}
}

func (r *run) progress(p Progress) {
	if r.opt.Progress != nil {
		r.opt.Progress(p)
	}
}

func (r *run) notify(e warta.Event) {
	if r.im.Notify != nil && !r.opt.DryRun {
		r.im.Notify(e)
	}
}
