package newsroom

// diffLine is one line of a comparison: kept ("="), removed ("-") or added ("+").
type diffLine struct {
	Op   string
	Text string
}

// diff compares two texts line by line with a longest-common-subsequence
// table; articles are a few hundred lines at most.
func diff(a, b []string) []diffLine {
	if len(a)*len(b) > 4_000_000 {
		// Too big to compare well: show everything as replaced.
		out := make([]diffLine, 0, len(a)+len(b))
		for _, s := range a {
			out = append(out, diffLine{"-", s})
		}
		for _, s := range b {
			out = append(out, diffLine{"+", s})
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
			out = append(out, diffLine{"=", a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, diffLine{"-", a[i]})
			i++
		default:
			out = append(out, diffLine{"+", b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, diffLine{"-", a[i]})
	}
	for ; j < len(b); j++ {
		out = append(out, diffLine{"+", b[j]})
	}
	return out
}
