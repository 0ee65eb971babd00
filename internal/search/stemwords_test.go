package search_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"warta/internal/search"
)

// corpusDir holds the CLICK-ID news articles (CC BY 4.0, see
// shared/testdata/README.md), outside the repository beside it.
var corpusDir = filepath.Join("..", "..", "..", "shared", "testdata", "id-news", "click-id")

// TestStemMatchesSnowball stems every distinct word of the news corpus with
// Stem and with Snowball's reference stemmer (stemwords, from Debian's
// libstemmer-tools; testdata/install-stemwords.sh installs it) and requires
// them to agree on all but the exceptions, the words whose stem Warta sets
// itself (exception.go, checked by TestStemExceptions).
func TestStemMatchesSnowball(t *testing.T) {
	words := corpusWords(t)
	want := stemwords(t, words)
	var diffs, skipped []string
	for i, w := range words {
		if _, ok := search.ExceptionOf(w); ok {
			skipped = append(skipped, w+" → "+search.Stem(w)+" (stemwords "+want[i]+")")
			continue
		}
		if got := search.Stem(w); got != want[i] {
			diffs = append(diffs, w+": Stem "+got+", stemwords "+want[i])
		}
	}
	t.Logf("stemwords agreement: %d of %d distinct corpus words; %d exceptions left out:\n%s",
		len(words)-len(skipped)-len(diffs), len(words)-len(skipped), len(skipped), strings.Join(skipped, "\n"))
	if len(diffs) > 0 {
		if len(diffs) > 100 {
			diffs = append(diffs[:100], "…")
		}
		t.Errorf("%d words stem differently:\n%s", len(diffs), strings.Join(diffs, "\n"))
	}
}

// TestStemMatchesSnowballAffixes does the same for made-up words that put
// every prefix, suffix, particle and possessive, alone and combined, on
// roots that begin with vowels, nasals and the consonants the prefixes
// change, and on a few words with letters outside ASCII.
func TestStemMatchesSnowballAffixes(t *testing.T) {
	roots := []string{"kirim", "tulis", "pukul", "sapu", "ajar", "erti", "olah", "ikut", "usir", "baca",
		"lari", "kerja", "serta", "tahu", "bersih", "nyanyi", "makan", "beri", "obat", "indah", "ubah",
		"anak", "lajar", "kenal", "pilih", "si", "api", "isi", "ambil", "ingat", "elak", "iri", "sisi", "ñer"}
	prefixes := []string{"", "meng", "meny", "men", "mem", "me", "peng", "peny", "pen", "pem", "pe", "per",
		"ber", "be", "di", "ter", "ke", "memper", "diper", "keber", "pember", "menye", "memb", "mempel",
		"pelajar", "belajar", "bel", "pel", "beñ", "meñ"}
	suffixes := []string{"", "kan", "an", "i", "nya", "lah", "kah", "pun", "ku", "mu", "kannya", "annya",
		"ilah", "kanlah", "inya", "si", "ni", "kanku"}
	var words []string
	for _, p := range prefixes {
		for _, r := range roots {
			for _, s := range suffixes {
				words = append(words, p+r+s)
			}
		}
	}
	want := stemwords(t, words)
	bad, skipped := 0, 0
	for i, w := range words {
		if _, ok := search.ExceptionOf(w); ok {
			skipped++
			continue
		}
		if got := search.Stem(w); got != want[i] {
			if bad++; bad <= 100 {
				t.Errorf("Stem(%q) = %q, stemwords %q", w, got, want[i])
			}
		}
	}
	t.Logf("stemwords agreement: %d of %d made-up words; %d exceptions left out", len(words)-skipped-bad, len(words)-skipped, skipped)
}

// TestStemExceptionsSnowball checks the snowball column of
// TestStemExceptions's table against stemwords, so that the table shows
// truly where Warta departs from Snowball.
func TestStemExceptionsSnowball(t *testing.T) {
	words := make([]string, len(stemExceptionTests))
	for i, tc := range stemExceptionTests {
		words[i] = tc.word
	}
	for i, got := range stemwords(t, words) {
		if tc := stemExceptionTests[i]; got != tc.snowball {
			t.Errorf("stemwords stems %q to %q, the table says %q", tc.word, got, tc.snowball)
		}
	}
}

// stemwords stems words with Snowball's stemwords, skipping the test
// without it (failing in CI).
func stemwords(t *testing.T, words []string) []string {
	t.Helper()
	bin, err := exec.LookPath("stemwords")
	if err != nil {
		skipOrFail(t, "stemwords not on PATH (run internal/search/testdata/install-stemwords.sh)")
	}
	cmd := exec.Command(bin, "-l", "indonesian")
	cmd.Stdin = strings.NewReader(strings.Join(words, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("stemwords: %v: %s", err, stderr.Bytes())
	}
	stems := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(stems) != len(words) {
		t.Fatalf("stemwords gave %d lines for %d words", len(stems), len(words))
	}
	return stems
}

// corpusWords returns the distinct normalised words of the corpus's titles
// and bodies, sorted.
func corpusWords(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.csv"))
	if len(files) == 0 {
		skipOrFail(t, "no corpus in "+corpusDir)
	}
	seen := map[string]bool{}
	for _, name := range files {
		for _, text := range corpusTexts(t, name) {
			for _, w := range search.Exact(text) {
				seen[w] = true
			}
		}
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	sort.Strings(words)
	return words
}

// corpusTexts reads the title and content of every article of one CSV file.
func corpusTexts(t testing.TB, name string) []string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	title, content := indexOf(head, "title"), indexOf(head, "content")
	if title < 0 || content < 0 {
		t.Fatalf("%s: no title or content column in %q", name, head)
	}
	var texts []string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(rec) > content {
			texts = append(texts, rec[title], rec[content])
		}
	}
	return texts
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// skipOrFail skips a test that lacks something outside the repository,
// except in CI, where everything it needs must be there.
func skipOrFail(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(why)
	}
	t.Skip(why)
}
