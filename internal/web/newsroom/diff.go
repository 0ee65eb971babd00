package newsroom

import "strings"

// diffLine is one line of a comparison: kept ("="), removed ("-"), added
// ("+") or changed ("~"), whose Words mark what changed within it.
type diffLine struct {
	Op    string
	Text  string
	Words []diffLine
}

// maxDiffCells bounds the comparison table; beyond it everything is shown
// as replaced.
const maxDiffCells = 4_000_000

// diff compares two texts line by line, then word by word within each
// line that was replaced, so a writer sees the changed words rather than
// whole paragraphs.
func diff(a, b []string) []diffLine {
	lines := compare(a, b)
	var out []diffLine
	for i := 0; i < len(lines); {
		if lines[i].Op != "-" {
			out = append(out, lines[i])
			i++
			continue
		}
		// A run of removed lines followed by a run of added ones: pair
		// them up as changed lines.
		j := i
		for j < len(lines) && lines[j].Op == "-" {
			j++
		}
		k := j
		for k < len(lines) && lines[k].Op == "+" {
			k++
		}
		removed, added := lines[i:j], lines[j:k]
		n := min(len(removed), len(added))
		for p := 0; p < n; p++ {
			out = append(out, diffLine{Op: "~", Words: wordDiff(removed[p].Text, added[p].Text)})
		}
		out = append(out, removed[n:]...)
		out = append(out, added[n:]...)
		i = k
	}
	return out
}

// wordDiff compares two lines word by word; runs of words with the same
// operation are joined.
func wordDiff(a, b string) []diffLine {
	var out []diffLine
	for _, w := range compare(strings.Fields(a), strings.Fields(b)) {
		if n := len(out); n > 0 && out[n-1].Op == w.Op {
			out[n-1].Text += " " + w.Text
			continue
		}
		out = append(out, w)
	}
	return out
}

// compare is a longest-common-subsequence comparison of two lists;
// articles are a few hundred lines at most.
func compare(a, b []string) []diffLine {
	if len(a)*len(b) > maxDiffCells {
		out := make([]diffLine, 0, len(a)+len(b))
		for _, s := range a {
			out = append(out, diffLine{Op: "-", Text: s})
		}
		for _, s := range b {
			out = append(out, diffLine{Op: "+", Text: s})
		}
		return out
	}
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []diffLine
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, diffLine{Op: "=", Text: a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, diffLine{Op: "-", Text: a[i]})
			i++
		default:
			out = append(out, diffLine{Op: "+", Text: b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, diffLine{Op: "-", Text: a[i]})
	}
	for ; j < len(b); j++ {
		out = append(out, diffLine{Op: "+", Text: b[j]})
	}
	return out
}
