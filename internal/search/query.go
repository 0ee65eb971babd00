package search

import "strings"

const (
	// maxQueryBytes bounds the work one query can cause; the rest is ignored.
	maxQueryBytes = 4096
	// maxQueryWords bounds the groups and exact words of a query.
	maxQueryWords = 32
)

// Query is an analysed reader query.
//
// A caller matches an article when every group of Terms matches, and a
// group matches when any of its alternatives does. An alternative is either
// one term or several terms separated by single spaces, which must occur
// next to each other in Analyze's output: in SQLite FTS5 each alternative
// becomes a quoted string ("korea utara" is a phrase there), in Postgres a
// phraseto_tsquery. Alternatives hold only a–z, 0–9, '/' and spaces, never
// query syntax.
//
// A query of stop words only ("yang di") has no Terms; Exact still holds
// its words, for a caller that wants to fall back on them.
type Query struct {
	Terms [][]string // one group per query word: the word's alternatives (stem candidates, abbreviation expansions); any alternative may match
	Exact []string   // normalised query words, unstemmed
}

// ParseQuery analyses a query string; it never fails: punctuation, FTS operators, emoji, 2,000-character input give an empty or clean Query.
//
// Each word gives a group of its Candidates. A code gives a group of itself
// and its letters and number as a phrase ("U-19" and "U19" → u19, "u 19"),
// which finds "U 19" too. An abbreviation gives a group of itself and its
// long forms ("korut" → korut, "korea utara"), and a long form gives a
// group of itself and its abbreviations ("Korea Utara" →
// "korea utara", korut; "polisi" → polisi, polri), a long form of several
// words taking one group. Stop words give no group, the operators AND, OR,
// NOT and NEAR written in capitals are dropped, repeated groups and words
// are left out, and only the first 32 groups and words count.
func ParseQuery(q string) Query {
	if len(q) > maxQueryBytes {
		q = q[:maxQueryBytes] // may cut a rune; the tokeniser skips the bad byte
	}
	var query Query
	tokenize(q, func(t token) {
		if isOperator(t) || len(query.Exact) >= maxQueryWords || contains(query.Exact, t.text) {
			return
		}
		query.Exact = append(query.Exact, t.text)
	})

	words := make([]termWord, 0, min(len(q)/5+1, 2*maxQueryWords)) // a word per five bytes or so
	walkTerms(q, abbrevs, true, func(w termWord) {
		if !isOperator(w.tok) && len(words) < 2*maxQueryWords {
			words = append(words, w)
		}
	})
	terms := make([]string, len(words))
	for i, w := range words {
		terms[i] = w.term
	}
	for i := 0; i < len(words) && len(query.Terms) < maxQueryWords; {
		w := words[i]
		group := []string{w.term}
		switch f, ok := abbrevs.match(terms[i:]); {
		case w.tok.code > 0:
			group = append(group, w.letters+" "+w.number())
			i++
		case w.abbrev != nil:
			group = append(group, w.abbrev.phrases...)
			i++
		case ok && len(f.terms) > 1:
			group = append([]string{strings.Join(f.terms, " ")}, f.shorts...)
			i += len(f.terms)
		default:
			group = append(group, w.alts[:w.nalts]...)
			if ok {
				group = append(group, f.shorts...)
			}
			i++
		}
		group = cleanGroup(group)
		if len(group) > 0 && !hasGroup(query.Terms, group) {
			query.Terms = append(query.Terms, group)
		}
	}
	return query
}

// isOperator reports FTS5 and web-search operators typed as words.
func isOperator(t token) bool {
	return t.upper && (t.text == "and" || t.text == "or" || t.text == "not" || t.text == "near")
}

// cleanGroup drops repeated alternatives and, as a last guard for the
// promise that no query syntax gets through, anything outside a–z, 0–9,
// '/' and single inner spaces.
func cleanGroup(group []string) []string {
	out := group[:0]
	for _, g := range group {
		if validTerm(g) && !contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

func validTerm(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '/':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// hasGroup reports a group with the same alternatives as g, in any order.
func hasGroup(groups [][]string, g []string) bool {
	for _, h := range groups {
		if len(h) != len(g) {
			continue
		}
		same := true
		for _, x := range g {
			if !contains(h, x) {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}
