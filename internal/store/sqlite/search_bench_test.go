package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/search"
	"warta/internal/store/sqlite"
)

// benchWords is a vocabulary for generated stories: common news words, so
// queries hit many documents as real ones do.
var benchWords = strings.Fields(`banjir gempa tentara polisi presiden menteri gubernur bupati warga pasar harga beras cabai minyak
	bensin listrik air sekolah guru siswa rumah sakit dokter pasien jalan tol jembatan kereta pesawat bandara pelabuhan kapal nelayan
	petani panen hujan kemarau kebakaran hutan lahan asap sungai laut pantai wisata hotel festival budaya musik film artis penyanyi
	sepak bola timnas pelatih pemain liga juara final stadion pemilu partai calon suara debat korupsi jaksa hakim sidang vonis penjara
	pajak ekspor impor rupiah dolar saham bank kredit usaha pabrik pekerja upah buruh mogok demonstrasi mahasiswa kampus riset teknologi
	internet aplikasi data bocor peretas ponsel jaringan satelit energi surya angin tambang batu bara nikel emas kopi teh sawit karet
	rusia ukraina amerika china jepang korea malaysia singapura australia eropa jakarta surabaya bandung medan makassar semarang
	palembang denpasar pontianak manado ambon jayapura kupang mataram padang pekanbaru balikpapan samarinda yogyakarta solo malang`)

// fillBench writes n published articles straight into the tables, with
// index rows made by the real analyser.
func fillBench(b *testing.B, s *sqlite.Store, n int) {
	b.Helper()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 11))
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC).UnixMilli()
	if err := s.Exec(ctx, `INSERT INTO sections (slug, name) VALUES ('nasional', 'Nasional')`); err != nil {
		b.Fatal(err)
	}
	words := func(k int) string {
		w := make([]string, k)
		for i := range w {
			w[i] = benchWords[r.IntN(len(benchWords))]
		}
		return strings.Join(w, " ")
	}
	const batch = 2000
	for start := 0; start < n; start += batch {
		var arts, idx strings.Builder
		arts.WriteString(`INSERT INTO articles (slug, title, dek, label, section_id, status, published_at, created_at, modified_at) VALUES `)
		idx.WriteString(`INSERT INTO article_search (rowid, title, dek, body, exact) VALUES `)
		for i := start; i < min(start+batch, n); i++ {
			title, dek, body := words(8), words(20), words(300)
			at := now - int64(r.IntN(3*365))*86400000
			if i > start {
				arts.WriteString(",")
				idx.WriteString(",")
			}
			fmt.Fprintf(&arts, "('a-%d', '%s', '%s', 'berita', 1, 'published', %d, %d, %d)", i, title, dek, at, at, at)
			fmt.Fprintf(&idx, "(%d, '%s', '%s', '%s', '%s')", i+1, strings.Join(search.Analyze(title), " "),
				strings.Join(search.Analyze(dek), " "), strings.Join(search.Analyze(body), " "), strings.Join(search.Exact(title), " "))
		}
		if err := s.Exec(ctx, arts.String()); err != nil {
			b.Fatal(err)
		}
		if err := s.Exec(ctx, idx.String()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch100k measures reader queries over 100,000 articles and
// reports the p50 and p95 latency of one search (the page's query: strict,
// then relaxed when nothing matches every word).
//
//	go test -run '^$' -bench Search100k -benchtime 200x ./internal/store/sqlite/
func BenchmarkSearch100k(b *testing.B) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "warta.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	fillBench(b, s, 100_000)
	queries := []string{"banjir jakarta", "harga beras naik", "timnas juara final", "korupsi gubernur", "gempa",
		"pengiriman kapal nelayan", "data bocor aplikasi", "kebakaran hutan kalimantan", "pemilu partai calon", "pajak ekspor kopi",
		"tentara rusia ukraina", "festival musik denpasar", "dokter rumah sakit pasien", "upah buruh mogok", "satelit energi surya"}
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := search.ParseQuery(queries[i%len(queries)])
		st := time.Now()
		err := s.View(ctx, func(tx warta.ReadTx) error {
			f := warta.SearchFilter{Terms: q.Terms, Exact: q.Exact, Now: time.Now(), Limit: 20}
			list, total, err := tx.SearchArticles(ctx, f)
			if err == nil && total == 0 {
				f.Any = true
				list, _, err = tx.SearchArticles(ctx, f)
			}
			_ = list
			return err
		})
		lat = append(lat, time.Since(st))
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
}
