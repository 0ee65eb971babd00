package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"warta"
	"warta/internal/config"
	"warta/internal/editorial"
	"warta/internal/i18n"
	"warta/internal/importer"
	"warta/internal/media/disk"
	"warta/internal/store/postgres"
)

const importUsage = `usage: warta import wxr FILE [--uploads DIR] [--dry-run] [--accounts] [--data DIR] [--db sqlite:PATH]

Moves a WordPress site into Warta from its export (Tools → Export → All
content in WordPress): authors, categories, tags, posts, pages and photos,
with a 301 from every old address. Safe to run again: what changed is
updated and nothing is duplicated. It creates the database when there is
none: moving a WordPress site into a new Warta.`

// runImport runs `warta import wxr FILE`.
func runImport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "help" {
		args = []string{"--help"}
	}
	var opt importer.Options
	cfg, positional, err := config.LoadStoreArgs("import", args, getenv, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&opt.Uploads, "uploads", "", "local copy of the old site's wp-content/uploads (photos are skipped without it)")
		fs.BoolVar(&opt.DryRun, "dry-run", false, "read and convert everything, report, write nothing")
		fs.BoolVar(&opt.Accounts, "accounts", false, "also make newsroom accounts (author, no password) for authors with an e-mail")
		fs.Usage = func() { fmt.Fprintln(fs.Output(), importUsage+"\n\nFlags:"); fs.PrintDefaults() }
	})
	if err != nil {
		return flagError(err)
	}
	if len(positional) == 0 || positional[0] != "wxr" {
		fmt.Fprintln(stderr, importUsage)
		if len(positional) == 0 {
			return usageError{errors.New("import: say what to import: warta import wxr FILE")}
		}
		return usageError{fmt.Errorf("import: unknown format %q (only wxr, a WordPress export, is supported)", positional[0])}
	}
	files := positional[1:]
	switch len(files) {
	case 0:
		return usageError{errors.New("import wxr: give the export file: warta import wxr FILE")}
	case 1:
	default:
		return usageError{fmt.Errorf("import wxr: one export at a time (got %d files)", len(files))}
	}
	if fi, err := os.Stat(files[0]); err != nil || fi.IsDir() {
		return usageError{fmt.Errorf("import wxr: %q: not a readable file", files[0])}
	}
	if opt.Uploads != "" {
		if fi, err := os.Stat(opt.Uploads); err != nil || !fi.IsDir() {
			return usageError{fmt.Errorf("import wxr: --uploads %s: not a directory", opt.Uploads)}
		}
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	blobs, err := disk.New(cfg.MediaDir())
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	// Variants are made by one background worker while the import goes
	// on: the import never waits on image encoding, and what is left
	// when it ends is finished below or by the next `warta serve`.
	lib := &editorial.Library{Store: store, Blobs: blobs, Logger: logger, Workers: 1, Queue: 1 << 20}
	if !opt.DryRun {
		if err := lib.Start(ctx); err != nil {
			return err
		}
	}
	lang := i18n.ID
	_ = store.View(ctx, func(tx warta.ReadTx) error {
		if s, err := tx.FindSettings(ctx); err == nil {
			lang = i18n.Parse(s.Language)
		}
		return nil
	})
	show := newImportProgress(stderr, lang)
	opt.Progress = show.update
	im := &importer.Importer{Store: store, Library: lib, Logger: logger}
	report, runErr := im.Run(ctx, files[0], opt)
	show.finish()
	if report != nil {
		report.Waiting = pendingVariants(ctx, store)
		report.Write(stdout, lang)
	}
	if !opt.DryRun {
		finishVariants(ctx, lib, store, stderr, lang)
		announce(store, stderr, lang)
	}
	if runErr != nil {
		return fmt.Errorf("import wxr: %w", runErr)
	}
	if n := report.Failed(); n > 0 {
		return fmt.Errorf("import wxr: %d items failed (see the report above)", n)
	}
	return nil
}

// announce tells the nodes serving a PostgreSQL site that everything may
// have changed, so they drop their caches now; on SQLite the one server
// notices by its caches' TTLs. It runs also after a failed or interrupted
// import: part of it was written.
func announce(store warta.Store, stderr io.Writer, lang i18n.Lang) {
	pg, ok := store.(*postgres.Store)
	if !ok {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := pg.Announce(ctx, warta.Event{Kind: warta.EventSiteChanged}); err != nil {
		fmt.Fprintln(stderr, i18n.T(lang, "import.announce_failed", err.Error()))
	}
}

// pendingVariants counts photos still waiting for their variants.
func pendingVariants(ctx context.Context, store warta.Store) int {
	n := 0
	processing := warta.MediaProcessing
	_ = store.View(ctx, func(tx warta.ReadTx) error {
		_, total, err := tx.FindMedia(ctx, warta.MediaFilter{State: &processing, Limit: 1})
		n = total
		return err
	})
	return n
}

// finishVariants waits for the background worker to make the variants
// left, showing how many remain. An interrupt stops it; the next `warta
// serve` resumes the rest.
func finishVariants(ctx context.Context, lib *editorial.Library, store warta.Store, stderr io.Writer, lang i18n.Lang) {
	done := make(chan struct{})
	go func() { lib.Wait(); close(done) }()
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-done:
			_ = lib.Stop(context.Background())
			return
		case <-ctx.Done():
			fmt.Fprintln(stderr, i18n.T(lang, "import.variants_later", pendingVariants(context.Background(), store)))
			stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			_ = lib.Stop(stopCtx)
			cancel()
			return
		case <-tick.C:
			fmt.Fprintln(stderr, i18n.T(lang, "import.variants_progress", pendingVariants(ctx, store)))
		}
	}
}

// importProgress shows a run's progress: a bar with counts and time left
// on a terminal, a plain line every few seconds otherwise (a log, CI).
type importProgress struct {
	w     io.Writer
	lang  i18n.Lang
	tty   bool
	bar   *progressbar.ProgressBar
	phase importer.Phase
	last  time.Time
}

func newImportProgress(w io.Writer, lang i18n.Lang) *importProgress {
	p := &importProgress{w: w, lang: lang}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
	}
	return p
}

func (p *importProgress) update(pr importer.Progress) {
	total := int64(pr.Total)
	done := int64(pr.Done)
	if pr.Phase == importer.PhaseScan {
		total, done = pr.Size, pr.Bytes
	}
	label := i18n.T(p.lang, "import.phase_"+string(pr.Phase))
	if pr.Phase != p.phase {
		p.finish()
		p.phase = pr.Phase
		if p.tty {
			opts := []progressbar.Option{progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription(label),
				progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(100 * time.Millisecond),
				progressbar.OptionClearOnFinish()}
			if pr.Phase == importer.PhaseScan {
				opts = append(opts, progressbar.OptionShowBytes(true))
			}
			p.bar = progressbar.NewOptions64(total, opts...)
		}
	}
	if p.bar != nil {
		p.bar.ChangeMax64(max(total, 1))
		_ = p.bar.Set64(done)
		return
	}
	if now := time.Now(); now.Sub(p.last) >= 2*time.Second || done == total && total > 0 {
		p.last = now
		fmt.Fprintln(p.w, i18n.T(p.lang, "import.progress_line", label, done, total))
	}
}

func (p *importProgress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
		p.bar = nil
	}
}
