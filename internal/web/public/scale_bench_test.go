package public_test

// BenchmarkScale renders the public pages of the generated archives that
// `bash bench/scale.sh` builds (1k, 10k and 100k stories made by `warta
// demo --articles N`), so their costs can be read side by side:
//
//	WARTA_SCALE_DIR=/var/tmp/warta-scale go test -run '^$' -bench Scale -count 3 ./internal/web/public/
//
// Every request follows an Invalidate, so each one renders from the
// database (the page, feed and sitemap caches and the shared page parts
// are all empty): this is the first-read cost, which must not grow with
// the archive. Without WARTA_SCALE_DIR it is skipped.

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"
	"time"

	"warta"
	"warta/internal/media/disk"
	"warta/internal/store/sqlite"
	"warta/internal/web/public"
)

func BenchmarkScale(b *testing.B) {
	dir := os.Getenv("WARTA_SCALE_DIR")
	if dir == "" {
		b.Skip("WARTA_SCALE_DIR names the directory bench/scale.sh fills")
	}
	// Every finished archive (a directory named by its size, with the
	// "done" marker scale.sh leaves), smallest first.
	var sizes []int
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		n, err := strconv.Atoi(e.Name())
		if _, serr := os.Stat(filepath.Join(dir, e.Name(), "done")); err == nil && serr == nil {
			sizes = append(sizes, n)
		}
	}
	slices.Sort(sizes)
	for _, n := range sizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) { benchArchive(b, filepath.Join(dir, strconv.Itoa(n))) })
	}
}

// monthlySitemap matches a monthly sitemap's address in the index.
var monthlySitemap = regexp.MustCompile(`/sitemap-articles-[0-9]{4}-[0-9]{2}\.xml`)

func benchArchive(b *testing.B, dir string) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(dir, "warta.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	blobs, err := disk.New(filepath.Join(dir, "media"))
	if err != nil {
		b.Fatal(err)
	}
	site, err := public.New(public.Config{
		Store: store, Blobs: blobs, BaseURL: "http://127.0.0.1:8080",
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		b.Fatal(err)
	}
	paths := scalePaths(b, store)
	index := get(b, site, "/sitemap.xml")
	months := monthlySitemap.FindAll(index, -1)
	if len(months) == 0 {
		b.Fatalf("no monthly sitemap in the index:\n%s", index)
	}
	paths = append(paths, [2]string{"sitemap-month", string(months[len(months)/2])})
	for _, p := range paths {
		b.Run(p[0], func(b *testing.B) {
			get(b, site, p[1])
			b.ReportAllocs()
			for b.Loop() {
				site.Invalidate()
				rec := httptest.NewRecorder()
				site.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p[1], nil))
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s: status %d", p[1], rec.Code)
				}
			}
		})
	}
	// Search: distinct queries in turn, each over the whole archive; the
	// 95th percentile of the request times is reported as p95-ms.
	queries := []string{"banjir", "harga beras", "pemilu", "timnas", "ekspor", "inflasi", "gempa", "startup",
		"kereta cepat", "festival", "nelayan", "investasi", "sekolah", "kesehatan", "jalan tol", "sepak bola"}
	b.Run("search", func(b *testing.B) {
		var took []time.Duration
		i := 0
		for b.Loop() {
			site.Invalidate()
			q := "/cari?q=" + url.QueryEscape(queries[i%len(queries)])
			i++
			start := time.Now()
			rec := httptest.NewRecorder()
			site.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, q, nil))
			took = append(took, time.Since(start))
			if rec.Code != http.StatusOK {
				b.Fatalf("GET %s: status %d", q, rec.Code)
			}
		}
		slices.Sort(took)
		b.ReportMetric(float64(took[len(took)*95/100].Microseconds())/1000, "p95-ms")
	})
}

// scalePaths picks the pages to render: the busiest section's first and
// last page, the middle story of the archive and its day's index, the
// busiest author and tag.
func scalePaths(b *testing.B, store warta.Store) [][2]string {
	ctx := context.Background()
	published := warta.StatusPublished
	var paths [][2]string
	err := store.View(ctx, func(tx warta.ReadTx) error {
		count := func(f warta.ArticleFilter) int {
			f.Status, f.Limit = &published, 1
			_, n, err := tx.FindArticles(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			return n
		}
		sections, err := tx.FindSections(ctx)
		if err != nil {
			return err
		}
		var sec *warta.Section
		most := 0
		for _, s := range sections {
			if n := count(warta.ArticleFilter{SectionID: &s.ID}); n > most {
				sec, most = s, n
			}
		}
		people, err := tx.FindPeople(ctx)
		if err != nil {
			return err
		}
		var author *warta.Person
		most = 0
		for _, p := range people {
			if n := count(warta.ArticleFilter{AuthorID: &p.ID}); n > most {
				author, most = p, n
			}
		}
		tags, err := tx.FindTags(ctx, nil)
		if err != nil {
			return err
		}
		var tag *warta.Tag
		most = 0
		for _, t := range tags {
			if n := count(warta.ArticleFilter{TagID: &t.ID}); n > most {
				tag, most = t, n
			}
		}
		total := count(warta.ArticleFilter{})
		mid, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &published, Offset: total / 2, Limit: 1, NoTotal: true})
		if err != nil || len(mid) == 0 {
			return fmt.Errorf("middle story: %v", err)
		}
		loc, _ := time.LoadLocation("Asia/Jakarta")
		a := mid[0]
		day := a.PublishedAt.In(loc)
		last := (count(warta.ArticleFilter{SectionID: &sec.ID}) + 19) / 20
		paths = [][2]string{
			{"home", "/"},
			{"section-first", "/" + sec.Slug + "/"},
			{"section-last", fmt.Sprintf("/%s/?page=%d", sec.Slug, last)},
			{"article", fmt.Sprintf("/%s/%s/%s", a.Section.Slug, day.Format("2006/01/02"), a.Slug)},
			{"author", "/penulis/" + author.Slug},
			{"tag", "/tag/" + tag.Slug},
			{"daily-index", "/indeks/" + day.Format("2006-01-02")},
			{"feed", "/feed"},
			{"sitemap-index", "/sitemap.xml"},
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return paths
}
