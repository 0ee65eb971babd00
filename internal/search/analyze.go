// Package search is Warta's Indonesian text analyzer: it turns article text
// into index terms and a reader's query into groups of terms to look up.
// The stores put the terms in SQLite FTS5 or a Postgres tsvector; this
// package knows nothing of either.
//
// Text is normalised (Latin letters folded to ASCII a–z without their marks,
// case folded, curly quotes and hyphens mapped), split into words of letters
// and digits, cleared of stop words and stemmed with the Snowball Indonesian
// algorithm. Every term is made of a–z, 0–9 and, in dates, '/', so it passes
// through any FTS tokenizer and cannot be read as query syntax.
//
// Words:
//   - numbers stay whole: "10.000" → 10000 (thousands separators go),
//     "3,5" → 3koma5 (the decimal point is written as it is read, keeping
//     terms free of punctuation), "28/10" → 28/10; see normalizeNumbers;
//   - a hyphenated word gives its parts, a repeated part once: "anak-anak"
//     → anak, "sayur-mayur" → sayur, mayur;
//   - a code, letters then digits, is one word with or without its hyphen:
//     "U-19" and "U19" → u19, "COVID-19" → covid19, "G-20" → g20; the
//     ordinal "ke-2" stays 2;
//   - an apostrophe inside a word goes: "Jum'at" → jumat, "Ma'ruf" → maruf;
//   - words longer than 40 letters are dropped, as are letters of scripts
//     other than Latin.
package search

// Version names the analyzer's output. Stores keep analysed terms, so any
// change to what Analyze or Exact return for some text must raise it: a
// store that finds its index written by another version rebuilds it.
const Version = 2

// Analyze returns the index terms of a text: normalised, tokenised, stop words removed, stemmed.
// Where the stemmer is ambiguous (a dropped k/p/t/s after peng-/meng-/pen-/men-/pem-/mem-), both candidates are returned.
//
// The terms come in two runs. First one term per word, in text order, so
// that words next to each other stay next to each other for phrase
// queries: the Snowball stem, or for an abbreviation the short form itself
// ("Korut" → korut, unstemmed; for a code the code, "u19"). Then the extra
// terms, in the order their words came: each ambiguous word's alternative
// stems (see Candidates), each abbreviation's long forms, a long form's
// terms kept together ("korea utara"), so that a query in either form finds
// the article, and each code's letters and number ("u 19", "covid 19"), so
// that "U 19" and "covid" find it too.
func Analyze(text string) []string {
	// News text gives about one term per seven bytes and, dense with
	// abbreviations and prefixed words, up to one extra per twenty-five:
	// sized so, neither slice grows, nor does terms when extra joins it.
	terms := make([]string, 0, len(text)/7+1)
	extra := make([]string, 0, len(text)/20+1)
	walkTerms(text, abbrevs, false, func(w termWord) {
		terms = append(terms, w.term)
		extra = append(extra, w.alts[:w.nalts]...)
		if w.abbrev != nil {
			for _, f := range w.abbrev.index {
				extra = append(extra, f...)
			}
		}
		if w.tok.code > 0 {
			extra = append(extra, w.letters, w.number())
		}
	})
	return append(terms, extra...)
}

// Exact returns normalised tokens without stemming or stop-word removal, for names and exact matches.
func Exact(text string) []string {
	var out []string
	tokenize(text, func(t token) { out = append(out, t.text) })
	return out
}

// termWord is one word of a text as the index sees it.
type termWord struct {
	tok   token
	term  string    // the Snowball stem, or the short form of an abbreviation
	alts  [2]string // alternative stems of an ambiguous word
	nalts int
	// abbrev is the abbreviation the word is, if any.
	abbrev *abbrev
	// letters is a code's letters as a term of their own: stemmed, or the
	// short form of an abbreviation ("RI-1" → ri).
	letters string
}

// number is a code's digits ("u19" → 19).
func (w termWord) number() string { return w.tok.text[w.tok.code:] }

// walkTerms calls fn for each word of text that gives a term: stop words
// (and hyphenated stop words such as "semata-mata") give none, and the
// parts of one compound that stem alike give one ("berlari-lari" → lari).
func walkTerms(text string, table abbrevTable, query bool, fn func(termWord)) {
	lastSeq, last := 0, ""
	tokenize(text, func(t token) {
		if t.compound != "" && isStop(t.compound) {
			return
		}
		w := termWord{tok: t}
		if t.code == 0 {
			w.abbrev = table.lookup(t, query)
		}
		switch {
		case t.code > 0:
			w.term = t.text
			w.letters = Stem(t.text[:t.code])
			if a := table.lookup(token{text: t.text[:t.code], upper: t.upper}, query); a != nil {
				w.letters = a.short
			}
		case w.abbrev != nil:
			w.term = w.abbrev.short
		case isStop(t.text):
			return
		default:
			w.term, w.alts, w.nalts = candidates(t.text)
		}
		if t.seq == lastSeq && w.term == last {
			return
		}
		lastSeq, last = t.seq, w.term
		fn(w)
	})
}
