package importer

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"warta"
	"warta/internal/i18n"
	"warta/internal/wpbody"
)

// Kinds of things counted in a report.
const (
	kindPost     = "post"
	kindPage     = "page"
	kindPhoto    = "photo"
	kindSection  = "section"
	kindTag      = "tag"
	kindAuthor   = "author"
	kindAccount  = "account"
	kindOther    = "other" // items of a type Warta has no place for
	kindRedirect = "redirect"
)

// reportKinds is the order kinds are reported in.
var reportKinds = []string{kindPost, kindPage, kindPhoto, kindSection, kindTag, kindAuthor, kindAccount, kindRedirect, kindOther}

// Outcomes of one item.
const (
	outcomeImported  = "imported"
	outcomeUpdated   = "updated"
	outcomeUnchanged = "unchanged"
	outcomeSkipped   = "skipped"
	outcomeFailed    = "failed"
)

// maxProblems bounds the report's list; the counts stay exact.
const maxProblems = 2000

// Counts are what happened to the items of one kind.
type Counts struct {
	Imported, Updated, Unchanged, Skipped, Failed int
}

// Problem is one item the report names: a failure, a skip or a note.
type Problem struct {
	Line  int    // in the export; 0 when unknown
	Item  string // e.g. `post 12 "Judul"`
	Level string // outcomeFailed, outcomeSkipped, or "note"
	Key   string // i18n key of the message
	Args  []any
}

// Report is what a run did.
type Report struct {
	Source   string
	DryRun   bool
	Duration time.Duration
	Counts   map[string]*Counts
	Problems []Problem
	// Dropped counts problems beyond maxProblems, not listed.
	Dropped int
	Body    wpbody.Report
	// Waiting is how many imported photos still wait for their variants.
	Waiting int
	// SimilarWaiting is how many published stories the run wrote, whose
	// similar-story lists the server keeps in the background (jobs.Similar).
	SimilarWaiting int

	mu sync.Mutex
}

func newReport(dryRun bool) *Report {
	return &Report{DryRun: dryRun, Counts: map[string]*Counts{}}
}

// Failed is how many items failed.
func (r *Report) Failed() int {
	n := 0
	for _, c := range r.Counts {
		n += c.Failed
	}
	return n
}

// Of returns the counts of a kind ("post", "page", "photo", "section",
// "tag", "author", "account", "redirect", "other").
func (r *Report) Of(kind string) Counts {
	if c := r.Counts[kind]; c != nil {
		return *c
	}
	return Counts{}
}

func (r *Report) count(kind, outcome string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	c := r.Counts[kind]
	if c == nil {
		c = &Counts{}
		r.Counts[kind] = c
	}
	switch outcome {
	case outcomeImported:
		c.Imported++
	case outcomeUpdated:
		c.Updated++
	case outcomeUnchanged:
		c.Unchanged++
	case outcomeSkipped:
		c.Skipped++
	case outcomeFailed:
		c.Failed++
	}
}

func (r *Report) add(p Problem) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.Problems) >= maxProblems {
		r.Dropped++
		return
	}
	r.Problems = append(r.Problems, p)
}

// fail records a failed item; the caller counts it under its kind.
func (r *Report) fail(line int, item, key string, args ...any) {
	r.add(Problem{Line: line, Item: item, Level: outcomeFailed, Key: key, Args: args})
}

// skip records an item of a kind Warta does not import.
func (r *Report) skip(line int, item, key string, args ...any) {
	r.add(Problem{Line: line, Item: item, Level: outcomeSkipped, Key: key, Args: args})
	r.count(kindOther, outcomeSkipped)
}

// note records something the reader of the report should know.
func (r *Report) note(line int, item, key string, args ...any) {
	r.add(Problem{Line: line, Item: item, Level: "note", Key: key, Args: args})
}

// Problem messages with their items, for tests and logs.
func (r *Report) Messages(lang i18n.Lang) []string {
	out := make([]string, 0, len(r.Problems))
	for _, p := range r.Problems {
		out = append(out, p.String(lang))
	}
	return out
}

// String is the problem as one report line.
func (p Problem) String(lang i18n.Lang) string {
	var b strings.Builder
	if p.Line > 0 {
		b.WriteString(i18n.T(lang, "import.at_line", p.Line))
		b.WriteString(" ")
	}
	if p.Item != "" {
		b.WriteString(p.Item)
		b.WriteString(": ")
	}
	args := make([]any, len(p.Args))
	for i, a := range p.Args {
		if err, ok := a.(error); ok {
			var we *warta.Error
			if errors.As(err, &we) {
				a = i18n.Message(lang, err)
			} else {
				a = err.Error()
			}
		}
		args[i] = a
	}
	b.WriteString(i18n.T(lang, p.Key, args...))
	return b.String()
}

// Write prints the report for a person: counts per kind, what the
// bodies held, and every problem with its line.
func (r *Report) Write(w io.Writer, lang i18n.Lang) {
	if r.DryRun {
		fmt.Fprintln(w, i18n.T(lang, "import.dry_run"))
	}
	fmt.Fprintln(w, i18n.T(lang, "import.summary", r.Source, r.Duration.Round(time.Millisecond).String()))
	for _, kind := range reportKinds {
		c, ok := r.Counts[kind]
		if !ok {
			continue
		}
		fmt.Fprintf(w, "  %-12s %s\n", i18n.T(lang, "import.kind_"+kind),
			i18n.T(lang, "import.counts", c.Imported, c.Updated, c.Unchanged, c.Skipped, c.Failed))
	}
	if b := r.Body; b.Links+b.Images+b.ReadAlso > 0 || len(b.Shortcodes)+len(b.Removed)+len(b.Blocks) > 0 {
		fmt.Fprintln(w, i18n.T(lang, "import.bodies", b.Links, b.Images, b.ReadAlso))
		if len(b.Shortcodes) > 0 {
			fmt.Fprintln(w, "  "+i18n.T(lang, "import.shortcodes_converted", tally(b.Shortcodes)))
		}
		if len(b.Removed) > 0 {
			fmt.Fprintln(w, "  "+i18n.T(lang, "import.removed", tally(b.Removed)))
		}
		if len(b.Blocks) > 0 {
			fmt.Fprintln(w, "  "+i18n.T(lang, "import.blocks", tally(b.Blocks)))
		}
		if n := len(b.MissingImages); n > 0 {
			fmt.Fprintln(w, "  "+i18n.T(lang, "import.missing_images", n))
		}
	}
	if r.SimilarWaiting > 0 {
		fmt.Fprintln(w, i18n.T(lang, "import.similar_waiting", r.SimilarWaiting))
	}
	if r.Waiting > 0 {
		fmt.Fprintln(w, i18n.T(lang, "import.variants_waiting", r.Waiting))
	}
	levels := []string{outcomeFailed, outcomeSkipped, "note"}
	for _, level := range levels {
		first := true
		for _, p := range r.Problems {
			if p.Level != level {
				continue
			}
			if first {
				fmt.Fprintln(w, i18n.T(lang, "import.level_"+level))
				first = false
			}
			fmt.Fprintln(w, "  "+p.String(lang))
		}
	}
	if r.Dropped > 0 {
		fmt.Fprintln(w, i18n.T(lang, "import.more_problems", r.Dropped))
	}
}

// tally is "caption 3, gallery 1", most frequent first.
func tally(m map[string]int) string {
	type kv struct {
		k string
		v int
	}
	list := make([]kv, 0, len(m))
	for k, v := range m {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	parts := make([]string, 0, len(list))
	for i, e := range list {
		if i == 12 {
			parts = append(parts, fmt.Sprintf("… (+%d)", len(list)-i))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", e.k, e.v))
	}
	return strings.Join(parts, ", ")
}

// cut shortens s to at most n runes, with an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
