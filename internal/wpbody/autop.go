package wpbody

import "strings"

// autopBlocks are the elements WordPress's wpautop treats as blocks: it
// never puts a paragraph around them or across them.
var autopBlocks = map[string]bool{
	"table": true, "thead": true, "tfoot": true, "caption": true, "col": true,
	"colgroup": true, "tbody": true, "tr": true, "td": true, "th": true,
	"div": true, "dl": true, "dd": true, "dt": true, "ul": true, "ol": true,
	"li": true, "pre": true, "form": true, "map": true, "area": true,
	"blockquote": true, "address": true, "math": true, "style": true,
	"script": true, "p": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "hr": true, "fieldset": true, "legend": true,
	"section": true, "article": true, "aside": true, "hgroup": true,
	"header": true, "footer": true, "nav": true, "figure": true,
	"figcaption": true, "details": true, "menu": true, "summary": true,
	"main": true, "iframe": true,
}

// Blocks whose content autop leaves exactly as written.
var autopRaw = map[string]bool{"pre": true, "script": true, "style": true, "math": true}

// Containers whose text runs become paragraphs when there is more than
// one; a single run stays bare, as in "<li>text</li>".
var autopMulti = map[string]bool{
	"div": true, "td": true, "th": true, "li": true, "dd": true,
	"section": true, "article": true, "aside": true, "header": true,
	"footer": true, "main": true, "details": true, "form": true,
	"fieldset": true, "nav": true, "address": true,
}

// A tok is a piece of HTML for autop: text, a tag or a comment.
type tok struct {
	s     string
	name  string // lower-case tag name; "" for text and comments
	text  bool
	close bool
}

// autop adds the paragraphs of WordPress's classic editor, which saves
// plain text with line breaks (this is our own reading of wpautop's
// documented behaviour):
//   - a blank line (white space only counts as blank) separates
//     paragraphs; text at the top level and in a blockquote is wrapped in
//     <p>, and so is text in a div, list item or table cell when it holds
//     more than one paragraph;
//   - a single line break inside a paragraph becomes <br>;
//   - no <p> goes around or inside a block element (div, table, lists,
//     blockquote, figure, headings, pre, hr …) and text already in a <p>
//     or heading gets only its <br>s;
//   - the contents of <pre>, <script> and <style> are left untouched.
func autop(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	var out strings.Builder
	out.Grow(len(s) + len(s)/8)
	var stack []string // open block elements
	var run []tok
	raw := 0 // depth inside autopRaw elements
	container := func() string {
		if len(stack) == 0 {
			return ""
		}
		return stack[len(stack)-1]
	}
	for _, t := range tokenize(s) {
		if t.name == "" || !autopBlocks[t.name] {
			run = append(run, t)
			continue
		}
		if raw > 0 {
			for _, r := range run {
				out.WriteString(r.s)
			}
		} else {
			paragraphs(&out, run, container())
		}
		run = run[:0]
		out.WriteString(t.s)
		switch {
		case t.close:
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k] == t.name {
					stack = stack[:k]
					if autopRaw[t.name] && raw > 0 {
						raw--
					}
					break
				}
			}
		case t.name == "hr" || t.name == "col" || t.name == "area" || strings.HasSuffix(t.s, "/>"):
		default:
			if len(stack) < 512 {
				stack = append(stack, t.name)
				if autopRaw[t.name] {
					raw++
				}
			}
		}
		if raw == 0 && len(stack) == 0 && (t.close || t.name == "hr") {
			out.WriteByte('\n')
		}
	}
	if raw > 0 {
		for _, r := range run {
			out.WriteString(r.s)
		}
	} else {
		paragraphs(&out, run, container())
	}
	return strings.TrimSpace(out.String())
}

// paragraphs writes a run of inline HTML found in container ("" at the
// top level) as paragraphs.
func paragraphs(out *strings.Builder, run []tok, container string) {
	var paras [][]tok
	var cur []tok
	for _, t := range run {
		if !t.text {
			cur = append(cur, t)
			continue
		}
		for i, seg := range splitBlank(t.s) {
			if i > 0 {
				paras = append(paras, cur)
				cur = nil
			}
			cur = append(cur, tok{s: seg, text: true})
		}
	}
	paras = append(paras, cur)
	var kept []string
	for _, p := range paras {
		if s := lineBreaks(p); s != "" {
			kept = append(kept, s)
		}
	}
	if len(kept) == 0 {
		return
	}
	wrap := container == "" || container == "blockquote" || len(kept) > 1 && autopMulti[container]
	for i, p := range kept {
		if i > 0 || wrap {
			out.WriteByte('\n')
		}
		if wrap {
			out.WriteString("<p>" + p + "</p>")
		} else {
			out.WriteString(p)
		}
	}
	if wrap {
		out.WriteByte('\n')
	}
}

// lineBreaks renders one paragraph's pieces, trimmed, with each line break
// inside it turned into <br> (none after a <br> that is already there).
// It returns "" for a paragraph of white space only.
func lineBreaks(p []tok) string {
	first, last := -1, -1
	for i, t := range p {
		if !t.text || strings.TrimSpace(t.s) != "" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return ""
	}
	var b strings.Builder
	afterBr := false // the last thing written, white space aside, is a <br>
	for i := first; i <= last; i++ {
		t := p[i]
		if !t.text {
			b.WriteString(t.s)
			afterBr = t.name == "br"
			continue
		}
		s := t.s
		if i == first {
			s = strings.TrimLeft(s, " \t\n")
		}
		if i == last {
			s = strings.TrimRight(s, " \t\n")
		}
		for {
			j := strings.IndexByte(s, '\n')
			if j < 0 {
				b.WriteString(s)
				afterBr = afterBr && strings.TrimSpace(s) == ""
				break
			}
			line := strings.TrimRight(s[:j], " \t")
			b.WriteString(line)
			if line != "" {
				afterBr = false
			}
			if !afterBr {
				b.WriteString("<br>")
			}
			b.WriteByte('\n')
			afterBr = true
			s = strings.TrimLeft(s[j+1:], " \t")
		}
	}
	return b.String()
}

// splitBlank splits s at blank lines: a line break, any spaces or tabs,
// and another line break (with any more blank lines after it).
func splitBlank(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j >= len(s) || s[j] != '\n' {
			continue
		}
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		out = append(out, s[start:i])
		start = j
		i = j - 1
	}
	return append(out, s[start:])
}

// tokenize splits s into text, tags and comments. A "<" that starts no
// tag is text; a tag or comment without its end makes the rest text.
func tokenize(s string) []tok {
	var toks []tok
	text := func(t string) {
		if t != "" {
			toks = append(toks, tok{s: t, text: true})
		}
	}
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			text(s)
			break
		}
		text(s[:i])
		s = s[i:]
		if strings.HasPrefix(s, "<!--") {
			j := strings.Index(s[4:], "-->")
			if j < 0 {
				text(s)
				break
			}
			toks = append(toks, tok{s: s[:4+j+3]})
			s = s[4+j+3:]
			continue
		}
		k := 1
		closing := len(s) > 1 && s[1] == '/'
		if closing {
			k = 2
		}
		n := k
		for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z' || n > k && s[n] >= '0' && s[n] <= '9') {
			n++
		}
		if n == k {
			text(s[:1])
			s = s[1:]
			continue
		}
		j := strings.IndexByte(s, '>')
		if j < 0 {
			text(s)
			break
		}
		toks = append(toks, tok{s: s[:j+1], name: strings.ToLower(s[k:n]), close: closing})
		s = s[j+1:]
	}
	return toks
}
