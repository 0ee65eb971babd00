// Package searchbench is the search latency benchmark both stores run:
// 100,000 generated published articles, and the reader's query timed as
// /cari runs it (strict, then relaxed when nothing matches every word),
// with p50 and p95 reported. Each store writes the generated articles and
// their index rows with its own SQL (as ReindexArticle would, through the
// real analyser); the articles, their dates and the queries are the same
// on both, from one seeded generator.
//
//	go test -run '^$' -bench Search100k -benchtime 400x -count 3 ./internal/store/sqlite/ ./internal/store/postgres/
//
// The news-like set builds its articles from the sentences of real
// Indonesian news (the CLICK-ID corpus beside the repository), so words
// are as common as they are in news, and runs the judged queries of
// internal/search's evaluation plus the short, broad queries readers type
// most ("jakarta", "harga"). The dense set is the worst case: a 200-word
// vocabulary, so every query word is in about 78% of the articles.
package searchbench

import (
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/search"
	"warta/internal/search/searcheval"
)

// Articles is how many articles a benchmark database holds.
const Articles = 100_000

// Newest is the newest generated article's publication time; the others
// are spread over the three years before it.
var Newest = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

// BroadQueries are short queries that match many stories.
var BroadQueries = []string{"jakarta", "harga", "presiden", "polisi", "banjir", "gempa", "korupsi", "timnas indonesia",
	"presiden jokowi", "rumah sakit", "anak", "warga", "film", "artis", "pemain", "gubernur", "kecelakaan", "harga beras naik",
	"jakarta banjir", "sepak bola"}

// DenseQueries are the dense set's queries.
var DenseQueries = []string{"banjir jakarta", "harga beras naik", "timnas juara final", "korupsi gubernur", "gempa",
	"pengiriman kapal nelayan", "data bocor aplikasi", "kebakaran hutan kalimantan", "pemilu partai calon", "pajak ekspor kopi",
	"tentara rusia ukraina", "festival musik denpasar", "dokter rumah sakit pasien", "upah buruh mogok", "satelit energi surya"}

// DenseWords is the dense set's vocabulary, which the newsroom list
// benchmark shares.
var DenseWords = strings.Fields(`banjir gempa tentara polisi presiden menteri gubernur bupati warga pasar harga beras cabai minyak
	bensin listrik air sekolah guru siswa rumah sakit dokter pasien jalan tol jembatan kereta pesawat bandara pelabuhan kapal nelayan
	petani panen hujan kemarau kebakaran hutan lahan asap sungai laut pantai wisata hotel festival budaya musik film artis penyanyi
	sepak bola timnas pelatih pemain liga juara final stadion pemilu partai calon suara debat korupsi jaksa hakim sidang vonis penjara
	pajak ekspor impor rupiah dolar saham bank kredit usaha pabrik pekerja upah buruh mogok demonstrasi mahasiswa kampus riset teknologi
	internet aplikasi data bocor peretas ponsel jaringan satelit energi surya angin tambang batu bara nikel emas kopi teh sawit karet
	rusia ukraina amerika china jepang korea malaysia singapura australia eropa jakarta surabaya bandung medan makassar semarang
	palembang denpasar pontianak manado ambon jayapura kupang mataram padang pekanbaru balikpapan samarinda yogyakarta solo malang`)

// Story makes one generated article's title, dek and body.
type Story func(r *rand.Rand) (title, dek, body string)

// Article is one generated article with its index terms, as
// ReindexArticle makes them (the names column holds the title's words).
type Article struct {
	Title, Dek, Body string
	PublishedAt      int64 // Unix milliseconds
	// The analysed terms of the index's columns.
	TitleTerms, DekTerms, BodyTerms, ExactTerms []string
}

// Generate calls emit for n articles of gen in order, the i-th to be the
// i-th article (id i+1) of a fresh database. The generator is seeded, so
// both stores get the same articles.
func Generate(n int, gen Story, emit func(i int, a Article) error) error {
	r := rand.New(rand.NewPCG(7, 11))
	now := Newest.UnixMilli()
	for i := range n {
		title, dek, body := gen(r)
		at := now - int64(r.IntN(3*365))*86400000
		a := Article{Title: title, Dek: dek, Body: body, PublishedAt: at,
			TitleTerms: search.Analyze(title), DekTerms: search.Analyze(dek), BodyTerms: search.Analyze(body),
			ExactTerms: search.Exact(title)}
		if err := emit(i, a); err != nil {
			return err
		}
	}
	return nil
}

// News is the news-like set: its story generator and its queries. It
// skips without the corpus, and fails under CI=true.
func News(tb testing.TB) (Story, []string) {
	tb.Helper()
	titles, sentences := loadNews(tb)
	gen := func(r *rand.Rand) (string, string, string) {
		var body []string
		for words := 0; words < 300; {
			sent := sentences[r.IntN(len(sentences))]
			body = append(body, sent)
			words += strings.Count(sent, " ") + 1
		}
		return titles[r.IntN(len(titles))], sentences[r.IntN(len(sentences))], strings.Join(body, ". ")
	}
	return gen, append(evalQueries(tb), BroadQueries...)
}

// Dense is the dense set's story generator.
func Dense(r *rand.Rand) (string, string, string) {
	words := func(k int) string {
		w := make([]string, k)
		for i := range w {
			w[i] = DenseWords[r.IntN(len(DenseWords))]
		}
		return strings.Join(w, " ")
	}
	return words(8), words(20), words(300)
}

// Run times each query as the search page runs it and reports the p50
// and p95 latency.
func Run(b *testing.B, s warta.Store, queries []string) {
	ctx := context.Background()
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := search.ParseQuery(queries[i%len(queries)])
		st := time.Now()
		err := s.View(ctx, func(tx warta.ReadTx) error {
			f := warta.SearchFilter{Terms: q.Terms, Exact: q.Exact, Now: Newest, Limit: 20}
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
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
}

// sentenceEnd splits the corpus's content into sentences; its paragraphs
// are joined with commas, so a comma after a full stop ends one too.
var sentenceEnd = regexp.MustCompile(`[.!?]["”]?,?\s+`)

// loadNews reads the corpus's titles and sentences of five words or more.
func loadNews(tb testing.TB) (titles, sentences []string) {
	tb.Helper()
	dir, err := searcheval.CorpusDir()
	if err != nil {
		tb.Fatal(err)
	}
	docs, err := searcheval.LoadCorpus(dir)
	if errors.Is(err, searcheval.ErrNoCorpus) && os.Getenv("CI") != "true" {
		tb.Skip(err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	for _, d := range docs {
		if d.Body == "" {
			continue
		}
		titles = append(titles, d.Title)
		for _, sent := range sentenceEnd.Split(d.Body, -1) {
			if strings.Count(sent, " ") >= 4 {
				sentences = append(sentences, sent)
			}
		}
	}
	return titles, sentences
}

// evalQueries are the judged queries' text.
func evalQueries(tb testing.TB) []string {
	tb.Helper()
	name, err := searcheval.QueryFile()
	if err != nil {
		tb.Fatal(err)
	}
	list, err := searcheval.LoadQueries(name)
	if err != nil {
		tb.Fatal(err)
	}
	var queries []string
	for _, q := range list {
		queries = append(queries, q.Text)
	}
	return queries
}

// filled holds each benchmark's database once filled, and closers what
// ends them. The testing package calls a benchmark function more than
// once (b.N = 1 first, then the asked count, and again for each -count),
// and filling 100,000 articles takes minutes on a busy machine: the
// articles are the same every time, so one fill per run serves them all.
var (
	filled  = map[string]warta.Store{}
	closers []func() error
)

// Filled returns the store filled for key, calling fill the first time;
// fill returns the filled store and a function that closes and removes
// it, which Close calls.
func Filled(b *testing.B, key string, fill func() (warta.Store, func() error)) warta.Store {
	b.Helper()
	if s, ok := filled[key]; ok {
		return s
	}
	s, done := fill()
	filled[key] = s
	closers = append(closers, done)
	return s
}

// Close ends every filled store; a package's TestMain calls it after the
// run.
func Close() error {
	var errs []error
	for _, c := range closers {
		errs = append(errs, c())
	}
	closers, filled = nil, map[string]warta.Store{}
	return errors.Join(errs...)
}
