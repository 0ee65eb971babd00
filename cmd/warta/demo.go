package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"warta"
	"warta/internal/config"
	"warta/internal/demo"
	"warta/internal/i18n"
	"warta/internal/media/disk"
)

const demoUsage = `usage: warta demo --articles N [--lang id|en] [--data DIR] [--db sqlite:PATH|postgres://…]

Fills an empty database with N generated published stories for
benchmarks: the demo's sections, authors and tags, a few dozen shared
photos, several stories a day back from now over as many days as N
needs. It creates the database when there is none; one that already
holds articles is refused.`

// runDemo runs `warta demo --articles N`.
func runDemo(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "help" {
		args = []string{"--help"}
	}
	var articles int
	var langName string
	cfg, err := config.LoadStore("demo", args, getenv, stderr, func(fs *flag.FlagSet) {
		fs.IntVar(&articles, "articles", 0, fmt.Sprintf("how many stories to generate (1 to %d)", demo.MaxScaleArticles))
		fs.StringVar(&langName, "lang", "id", "language of the messages: id or en")
		fs.Usage = func() { fmt.Fprintln(fs.Output(), demoUsage+"\n\nFlags:"); fs.PrintDefaults() }
	})
	if err != nil {
		return flagError(err)
	}
	lang := i18n.Parse(langName)
	if articles < 1 || articles > demo.MaxScaleArticles {
		fmt.Fprintln(stderr, demoUsage)
		return usageError{errors.New(i18n.T(lang, "demo.bad_count", articles, demo.MaxScaleArticles))}
	}
	if kind, target := cfg.DBKind(); kind == "sqlite" {
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
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
	began := time.Now()
	start, last := began, began
	err = demo.Scale(ctx, store, blobs, demo.ScaleOptions{
		Articles: articles,
		Now:      store.Now(),
		Progress: func(done int) {
			if done == 0 { // the stories start now; the photos took their own time
				start, last = time.Now(), time.Now()
				return
			}
			if t := time.Now(); t.Sub(last) >= time.Second || done == articles {
				last = t
				fmt.Fprintln(stderr, i18n.T(lang, "demo.progress", done, articles, rate(done, t.Sub(start))))
			}
		},
	})
	if err != nil {
		var e *warta.Error
		if errors.As(err, &e) && e.Key != "" {
			return errors.New(i18n.T(lang, e.Key, e.Args...))
		}
		return err
	}
	fmt.Fprintln(stdout, i18n.T(lang, "demo.done", articles, time.Since(began).Round(time.Millisecond).String(), rate(articles, time.Since(start))))
	return nil
}

// rate is stories per second, whole.
func rate(n int, d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int(float64(n) / d.Seconds())
}
