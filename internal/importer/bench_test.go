package importer_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"warta/internal/editorial"
	"warta/internal/importer"
	"warta/internal/importer/importtest"
	"warta/internal/web/webtest"
)

// BenchmarkImport10k imports a generated export of 10,000 posts, each
// with a featured photo, into an empty site: the target is under
// 60 s on this machine, without waiting for the photos' variants, which a
// background worker makes meanwhile (as `warta import` does). Run with
// -benchtime 1x; WARTA_IMPORT_POSTS changes the count.
//
//	go test -run '^$' -bench Import10k -benchtime 1x -count 3 ./internal/importer/
func BenchmarkImport10k(b *testing.B) {
	n := 10_000
	if v, err := strconv.Atoi(os.Getenv("WARTA_IMPORT_POSTS")); err == nil && v > 0 {
		n = v
	}
	dir := b.TempDir()
	uploads := filepath.Join(dir, "uploads")
	export := filepath.Join(dir, "export.xml")
	if err := os.MkdirAll(uploads, 0o755); err != nil {
		b.Fatal(err)
	}
	f, err := os.Create(export)
	if err != nil {
		b.Fatal(err)
	}
	if err := importtest.Write(f, importtest.Spec{Posts: n, BodyBytes: 3000, PhotoEvery: photoEvery(), Uploads: uploads}); err != nil {
		b.Fatal(err)
	}
	f.Close()
	b.ResetTimer()
	var elapsed, similar time.Duration
	phases := map[importer.Phase]time.Duration{}
	for range b.N {
		b.StopTimer()
		site := webtest.NewSite(b)
		lib := &editorial.Library{Store: site.Store, Blobs: site.Blobs, Workers: 1, Queue: 1 << 20}
		if err := lib.Start(context.Background()); err != nil {
			b.Fatal(err)
		}
		im := &importer.Importer{Store: site.Store, Library: lib}
		b.StartTimer()
		start := time.Now()
		last, phase := start, importer.PhaseScan
		rep, err := im.Run(context.Background(), export, importer.Options{Uploads: uploads, Progress: func(p importer.Progress) {
			if p.Phase != phase {
				now := time.Now()
				phases[phase] += now.Sub(last)
				last, phase = now, p.Phase
			}
		}})
		elapsed += time.Since(start)
		phases[phase] += time.Since(last)
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		if got := rep.Of("post").Imported; got != n || rep.Failed() != 0 {
			b.Fatalf("imported %d of %d posts, %d failed: %v", got, n, rep.Failed(), rep.Messages("en"))
		}
		// The server's background work after the import, timed apart:
		// each published story's similar list (jobs.Similar's batches,
		// without its pauses).
		svc := &editorial.Service{Store: site.Store}
		began := time.Now()
		for {
			n, err := svc.KeepSimilar(context.Background(), 50)
			if err != nil {
				b.Fatal(err)
			}
			if n == 0 {
				break
			}
		}
		similar += time.Since(began)
		_ = lib.Stop(context.Background())
		b.StartTimer()
	}
	b.ReportMetric(similar.Seconds()/float64(b.N), "s/similar_after")
	b.ReportMetric(float64(n)*float64(b.N)/elapsed.Seconds(), "posts/s")
	b.ReportMetric(elapsed.Seconds()/float64(b.N), "s/import")
	for _, ph := range []importer.Phase{importer.PhaseScan, importer.PhasePhotos, importer.PhaseItems, importer.PhaseLinks} {
		b.ReportMetric(phases[ph].Seconds()/float64(b.N), "s/"+string(ph))
	}
}

// photoEvery is WARTA_IMPORT_PHOTO_EVERY (default 1: every post has a
// photo; 0: none), to tell the posts' cost from the photos'.
func photoEvery() int {
	if v, err := strconv.Atoi(os.Getenv("WARTA_IMPORT_PHOTO_EVERY")); err == nil && v >= 0 {
		return v
	}
	return 1
}
