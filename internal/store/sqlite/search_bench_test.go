package sqlite_test

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/search"
	"warta/internal/store/sqlite"
)

// The search benchmarks fill a database with 100,000 generated published
// articles and time the reader's query as /cari runs it: strict, then
// relaxed when nothing matches every word.
//
//	go test -run '^$' -bench Search100k -benchtime 400x ./internal/store/sqlite/
//
// BenchmarkSearch100k builds its articles from the sentences of real
// Indonesian news (the CLICK-ID corpus in ../shared/testdata), so words
// are as common as they are in news, and runs the 110 judged queries of
// internal/search's evaluation plus the short, broad queries readers type
// most ("jakarta", "harga"). BenchmarkSearch100kDense is the worst case:
// a 200-word vocabulary, so every query word is in about 78% of the
// articles.

// clickDir holds the real news corpus, read at run time.
var clickDir = filepath.Join("..", "..", "..", "..", "shared", "testdata", "id-news", "click-id")

// broadQueries are short queries that match many stories.
var broadQueries = []string{"jakarta", "harga", "presiden", "polisi", "banjir", "gempa", "korupsi", "timnas indonesia",
	"presiden jokowi", "rumah sakit", "anak", "warga", "film", "artis", "pemain", "gubernur", "kecelakaan", "harga beras naik",
	"jakarta banjir", "sepak bola"}

// benchWords is the dense benchmark's vocabulary.
var benchWords = strings.Fields(`banjir gempa tentara polisi presiden menteri gubernur bupati warga pasar harga beras cabai minyak
	bensin listrik air sekolah guru siswa rumah sakit dokter pasien jalan tol jembatan kereta pesawat bandara pelabuhan kapal nelayan
	petani panen hujan kemarau kebakaran hutan lahan asap sungai laut pantai wisata hotel festival budaya musik film artis penyanyi
	sepak bola timnas pelatih pemain liga juara final stadion pemilu partai calon suara debat korupsi jaksa hakim sidang vonis penjara
	pajak ekspor impor rupiah dolar saham bank kredit usaha pabrik pekerja upah buruh mogok demonstrasi mahasiswa kampus riset teknologi
	internet aplikasi data bocor peretas ponsel jaringan satelit energi surya angin tambang batu bara nikel emas kopi teh sawit karet
	rusia ukraina amerika china jepang korea malaysia singapura australia eropa jakarta surabaya bandung medan makassar semarang
	palembang denpasar pontianak manado ambon jayapura kupang mataram padang pekanbaru balikpapan samarinda yogyakarta solo malang`)

// story makes one generated article's title, dek and body.
type story func(r *rand.Rand) (title, dek, body string)

// fillBench writes n published articles straight into the tables, with
// index rows made by the real analyser, as ReindexArticle writes them.
func fillBench(b *testing.B, s *sqlite.Store, n int, gen story) {
	b.Helper()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 11))
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC).UnixMilli()
	if err := s.Exec(ctx, `INSERT INTO sections (slug, name) VALUES ('nasional', 'Nasional')`); err != nil {
		b.Fatal(err)
	}
	quote := func(v string) string { return "'" + strings.ReplaceAll(v, "'", "''") + "'" }
	const batch = 1000
	for start := 0; start < n; start += batch {
		var arts, idx strings.Builder
		arts.WriteString(`INSERT INTO articles (slug, title, dek, label, section_id, status, published_at, created_at, modified_at) VALUES `)
		idx.WriteString(`INSERT INTO article_search (rowid, title, dek, body, exact, facets) VALUES `)
		for i := start; i < min(start+batch, n); i++ {
			title, dek, body := gen(r)
			at := now - int64(r.IntN(3*365))*86400000
			if i > start {
				arts.WriteString(",")
				idx.WriteString(",")
			}
			fmt.Fprintf(&arts, "('a-%d', %s, %s, 'berita', 1, 'published', %d, %d, %d)", i, quote(title), quote(dek), at, at, at)
			fmt.Fprintf(&idx, "(%d, %s, %s, %s, %s, 's1')", i+1, quote(strings.Join(search.Analyze(title), " ")),
				quote(strings.Join(search.Analyze(dek), " ")), quote(strings.Join(search.Analyze(body), " ")),
				quote(strings.Join(search.Exact(title), " ")))
		}
		if err := s.Exec(ctx, arts.String()); err != nil {
			b.Fatal(err)
		}
		if err := s.Exec(ctx, idx.String()); err != nil {
			b.Fatal(err)
		}
	}
	// A running server's log is checkpointed as it goes; a bulk fill
	// leaves all of it in the log until this.
	if err := s.Exec(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		b.Fatal(err)
	}
}

// benchSearch times each query as the search page runs it and reports the
// p50 and p95 latency.
func benchSearch(b *testing.B, s *sqlite.Store, queries []string) {
	ctx := context.Background()
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := search.ParseQuery(queries[i%len(queries)])
		st := time.Now()
		err := s.View(ctx, func(tx warta.ReadTx) error {
			f := warta.SearchFilter{Terms: q.Terms, Exact: q.Exact, Now: time.Now(), Limit: 20}
			_, total, err := tx.SearchArticles(ctx, f)
			if err == nil && total == 0 && len(f.Terms) > 1 {
				f.Any = true
				_, _, err = tx.SearchArticles(ctx, f)
			}
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

func openBench(b *testing.B) *sqlite.Store {
	b.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "warta.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

func BenchmarkSearch100k(b *testing.B) {
	titles, sentences := loadNews(b)
	s := openBench(b)
	fillBench(b, s, 100_000, func(r *rand.Rand) (string, string, string) {
		var body []string
		for words := 0; words < 300; {
			sent := sentences[r.IntN(len(sentences))]
			body = append(body, sent)
			words += strings.Count(sent, " ") + 1
		}
		return titles[r.IntN(len(titles))], sentences[r.IntN(len(sentences))], strings.Join(body, ". ")
	})
	benchSearch(b, s, append(loadEvalQueries(b), broadQueries...))
}

func BenchmarkSearch100kDense(b *testing.B) {
	s := openBench(b)
	words := func(r *rand.Rand, k int) string {
		w := make([]string, k)
		for i := range w {
			w[i] = benchWords[r.IntN(len(benchWords))]
		}
		return strings.Join(w, " ")
	}
	fillBench(b, s, 100_000, func(r *rand.Rand) (string, string, string) {
		return words(r, 8), words(r, 20), words(r, 300)
	})
	benchSearch(b, s, []string{"banjir jakarta", "harga beras naik", "timnas juara final", "korupsi gubernur", "gempa",
		"pengiriman kapal nelayan", "data bocor aplikasi", "kebakaran hutan kalimantan", "pemilu partai calon", "pajak ekspor kopi",
		"tentara rusia ukraina", "festival musik denpasar", "dokter rumah sakit pasien", "upah buruh mogok", "satelit energi surya"})
}

// sentenceEnd splits the corpus's content into sentences; its paragraphs
// are joined with commas, so a comma after a full stop ends one too.
var sentenceEnd = regexp.MustCompile(`[.!?]["”]?,?\s+`)

// loadNews reads the corpus's titles and sentences of five words or more.
func loadNews(b *testing.B) (titles, sentences []string) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(clickDir, "*.csv"))
	if len(files) == 0 {
		b.Skipf("no news corpus in %s", clickDir)
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		r := csv.NewReader(bufio.NewReader(f))
		r.LazyQuotes = true
		r.FieldsPerRecord = -1
		head, err := r.Read()
		if err != nil {
			b.Fatal(err)
		}
		col := map[string]int{}
		for i, h := range head {
			col[h] = i
		}
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			if len(rec) <= col["content"] || rec[col["content"]] == "-" {
				continue
			}
			titles = append(titles, rec[col["title"]])
			for _, sent := range sentenceEnd.Split(rec[col["content"]], -1) {
				if strings.Count(sent, " ") >= 4 {
					sentences = append(sentences, sent)
				}
			}
		}
		f.Close()
	}
	return titles, sentences
}

// loadEvalQueries reads the judged queries' text from internal/search's
// evaluation set.
func loadEvalQueries(b *testing.B) []string {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "search", "testdata", "eval", "queries.tsv"))
	if err != nil {
		b.Fatal(err)
	}
	var queries []string
	for _, line := range strings.Split(string(data), "\n") {
		if q, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			queries = append(queries, q)
		}
	}
	return queries
}
