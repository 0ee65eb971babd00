package i18n_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/i18n"
)

// verbPattern matches one fmt verb with its flags, width and precision.
var verbPattern = regexp.MustCompile(`%[-+# 0]*[0-9]*(?:\.[0-9]+)?[a-zA-Z%]`)

// argsFor returns an argument of the right kind for each verb of format.
func argsFor(t *testing.T, key, format string) []any {
	t.Helper()
	var args []any
	for _, v := range verbPattern.FindAllString(format, -1) {
		switch v[len(v)-1] {
		case '%':
			continue
		case 'd':
			args = append(args, 42)
		case 's', 'q', 'v':
			args = append(args, "contoh")
		case 'f', 'g':
			args = append(args, 1.5)
		default:
			t.Errorf("key %q: verb %s has no test argument; add one here", key, v)
			args = append(args, "contoh")
		}
	}
	return args
}

// TestEveryMessageRenders fills every message of both catalogues with
// arguments of the kinds its verbs ask for: none may print a fmt error.
// A message without verbs is shown as it is, so it may not hold a "%".
func TestEveryMessageRenders(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.ID, i18n.EN} {
		for _, key := range i18n.Keys(lang) {
			format := i18n.T(lang, key)
			args := argsFor(t, key, format)
			if len(args) == 0 {
				if strings.Contains(format, "%") {
					t.Errorf("%s %q: %q has no verbs, so a %% is shown as it is", lang, key, format)
				}
				continue
			}
			if got := i18n.T(lang, key, args...); strings.Contains(got, "%!") {
				t.Errorf("%s %q with %v = %q", lang, key, args, got)
			}
		}
	}
}

// TestRefusalNamesTheAction is the bug where a refusal read
// "…melakukan ini.%!(EXTRA string=publish)": the message names the action
// in the reader's language instead.
func TestRefusalNamesTheAction(t *testing.T) {
	author := &warta.User{ID: 2, Role: warta.RoleAuthor}
	theirs := &warta.Article{ID: 9, OwnerID: 3, Status: warta.StatusDraft}
	tests := []struct {
		lang i18n.Lang
		err  error
		want string
	}{
		{i18n.ID, warta.Check(author, warta.ActionPublish, theirs), "Anda tidak memiliki izin untuk menerbitkan artikel ini."},
		{i18n.EN, warta.Check(author, warta.ActionPublish, theirs), "You are not allowed to publish this article."},
		{i18n.ID, warta.Check(author, warta.ActionDelete, theirs), "Anda tidak memiliki izin untuk menghapus artikel ini."},
		{i18n.EN, warta.Check(author, warta.ActionManageUsers, nil), "You are not allowed to manage users."},
		{i18n.ID, warta.CheckMedia(&warta.User{ID: 4, Role: warta.RoleContributor}, warta.ActionUpload, nil), "Anda tidak memiliki izin untuk mengunggah foto."},
		{i18n.EN, &warta.Error{Code: warta.EFORBIDDEN, Key: "refusal.no_such_action"}, "You are not allowed to do this."},
	}
	for _, tc := range tests {
		if got := i18n.Message(tc.lang, tc.err); got != tc.want {
			t.Errorf("%s: Message(%v) = %q, want %q", tc.lang, tc.err, got, tc.want)
		}
	}
}

// TestEveryActionHasARefusal reads the Action constants from the domain's
// source, so a new action cannot be added without its refusal message.
func TestEveryActionHasARefusal(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "../../permission.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || vs.Type == nil {
			return true
		}
		if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Action" {
			return true
		}
		for _, v := range vs.Values {
			if lit, ok := v.(*ast.BasicLit); ok {
				s, _ := strconv.Unquote(lit.Value)
				actions = append(actions, s)
			}
		}
		return true
	})
	if len(actions) < 10 {
		t.Fatalf("found %d actions in permission.go", len(actions))
	}
	for _, a := range actions {
		key := warta.RefusalKey(warta.Action(a))
		for _, lang := range []i18n.Lang{i18n.ID, i18n.EN} {
			if got := i18n.T(lang, key); got == key || strings.Contains(got, "%") {
				t.Errorf("%s: action %q has no refusal message %q (got %q)", lang, a, key, got)
			}
		}
	}
}

// call is one place in the code that fills a message with arguments.
type call struct {
	where string
	key   string
	args  int
}

// TestCallersPassTheRightArguments finds every place that names a message
// with arguments — T calls and Error literals in Go, .T in templates — and
// checks that it passes as many as the message has verbs in both
// languages. A surplus prints "%!(EXTRA …)", a shortfall "%!d(MISSING)".
func TestCallersPassTheRightArguments(t *testing.T) {
	calls := goCalls(t)
	calls = append(calls, templateCalls(t)...)
	checked := 0
	for _, c := range calls {
		for _, lang := range []i18n.Lang{i18n.ID, i18n.EN} {
			format := i18n.T(lang, c.key)
			if format == c.key {
				continue // not a message key (the catalogue tests cover missing ones)
			}
			checked++
			if want := len(argsFor(t, c.key, format)); want != c.args {
				t.Errorf("%s: %q gets %d arguments, its %s message %q has %d verbs", c.where, c.key, c.args, lang, format, want)
			}
		}
	}
	if checked < 50 {
		t.Fatalf("checked only %d calls; is the scan broken?", checked)
	}
}

// moduleFiles returns the module's files whose names end in ext, without
// tests, node_modules and hidden directories.
func moduleFiles(t *testing.T, ext string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".") && path != "../..") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(path, ext) && !strings.HasSuffix(path, "_test.go") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// goCalls finds x.T(…, "key", args…) calls and Error{Key: "key", Args: …}
// literals. Calls that spread a slice (args...) are left out: their count
// is not known until run time.
func goCalls(t *testing.T) []call {
	t.Helper()
	var calls []call
	fset := token.NewFileSet()
	for _, name := range moduleFiles(t, ".go") {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "T" || n.Ellipsis.IsValid() {
					return true
				}
				for i, a := range n.Args {
					if k, ok := stringLit(a); ok {
						calls = append(calls, call{fset.Position(n.Pos()).String(), k, len(n.Args) - i - 1})
						break
					}
				}
			case *ast.CompositeLit:
				var key string
				args := 0
				for _, e := range n.Elts {
					kv, ok := e.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					switch id, _ := kv.Key.(*ast.Ident); {
					case id == nil:
					case id.Name == "Key":
						key, _ = stringLit(kv.Value)
					case id.Name == "Args":
						lit, ok := kv.Value.(*ast.CompositeLit)
						if !ok {
							return true // a slice built elsewhere
						}
						args = len(lit.Elts)
					}
				}
				if messageKey.MatchString(key) {
					calls = append(calls, call{fset.Position(n.Pos()).String(), key, args})
				}
			}
			return true
		})
	}
	return calls
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// templateT matches the start of a T call in a template: `.T "key"` or
// `$.T "key"`.
var templateT = regexp.MustCompile(`\.T "([a-z_.]+)"`)

// templateCalls counts the operands after each T call's key in the
// templates, up to the end of its action or of its parenthesised call; a
// parenthesised operand counts once.
func templateCalls(t *testing.T) []call {
	t.Helper()
	var calls []call
	for _, name := range moduleFiles(t, ".html") {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		for _, m := range templateT.FindAllStringSubmatchIndex(src, -1) {
			line := 1 + strings.Count(src[:m[0]], "\n")
			calls = append(calls, call{name + ":" + strconv.Itoa(line), src[m[2]:m[3]], countOperands(src[m[1]:])})
		}
	}
	return calls
}

// TestTemplateScan keeps the template scanner honest on the shapes the
// templates use.
func TestTemplateScan(t *testing.T) {
	for src, want := range map[string]int{
		`{{.T "a.b"}}`:                       0,
		`{{.T "a.b" .Total}}`:                1,
		`{{$.T "a.b" (.Number .Total)}}`:     1,
		`{{$.T "a.b" .X (len .Y)}}`:          2,
		`{{with (.T "a.b" .X)}}{{.}}{{end}}`: 1,
		`{{.T "a.b" "two words" 3 -}}`:       2,
	} {
		m := templateT.FindStringIndex(src)
		n := countOperands(src[m[1]:])
		if n != want {
			t.Errorf("%s: %d operands, want %d", src, n, want)
		}
	}
}

// countOperands counts the operands at the start of rest, up to the end
// of the action or of the enclosing parenthesised call.
func countOperands(rest string) int {
	args, depth, inWord := 0, 0, false
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		switch {
		case depth == 0 && (c == ')' || c == '|' || strings.HasPrefix(rest[i:], "}}") || strings.HasPrefix(rest[i:], "-}}")):
			return args
		case c == '"':
			if depth == 0 && !inWord {
				args++
				inWord = true
			}
			for i++; i < len(rest) && rest[i] != '"'; i++ {
				if rest[i] == '\\' {
					i++
				}
			}
		case c == '(':
			if depth == 0 && !inWord {
				args++
			}
			depth++
			inWord = true
		case c == ')':
			depth--
		case c == ' ' || c == '\t' || c == '\n':
			if depth == 0 {
				inWord = false
			}
		default:
			if depth == 0 && !inWord {
				args++
				inWord = true
			}
		}
	}
	return args
}
