package i18n_test

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/i18n"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want i18n.Lang
	}{
		{"", i18n.ID},
		{"id", i18n.ID},
		{"id-ID", i18n.ID},
		{"en", i18n.EN},
		{"EN", i18n.EN},
		{" en-US ", i18n.EN},
		{"en_GB", i18n.EN},
		{"en-US,en;q=0.9", i18n.EN},
		{"eng", i18n.ID},
		{"fr", i18n.ID},
		{"ms", i18n.ID},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := i18n.Parse(tc.in); got != tc.want {
				t.Errorf("Parse(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestT(t *testing.T) {
	tests := []struct {
		name string
		lang i18n.Lang
		key  string
		args []any
		want string
	}{
		{"indonesian", i18n.ID, "error.not_found", nil, "Halaman tidak ditemukan."},
		{"english", i18n.EN, "error.not_found", nil, "Page not found."},
		{"unknown language falls back to indonesian", i18n.Lang("fr"), "error.not_found", nil, "Halaman tidak ditemukan."},
		{"unknown key gives the key", i18n.EN, "nav.nowhere", nil, "nav.nowhere"},
		{"unknown key ignores args", i18n.ID, "nav.nowhere", []any{1}, "nav.nowhere"},
		{"args formatted", i18n.ID, "error.title_too_long", []any{300}, "Judul terlalu panjang (paling banyak 300 karakter)."},
		{"args formatted in english", i18n.EN, "time.minutes_ago", []any{5}, "5 minutes ago"},
		{"no args returns format as is", i18n.EN, "time.minutes_ago", nil, "%d minutes ago"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := i18n.T(tc.lang, tc.key, tc.args...); got != tc.want {
				t.Errorf("T(%q, %q, %v) = %q, want %q", tc.lang, tc.key, tc.args, got, tc.want)
			}
		})
	}
}

// verbs counts the fmt verbs in a format.
func verbs(format string) int {
	return strings.Count(strings.ReplaceAll(format, "%%", ""), "%")
}

func TestCatalogues(t *testing.T) {
	idKeys, enKeys := i18n.Keys(i18n.ID), i18n.Keys(i18n.EN)
	t.Run("same keys", func(t *testing.T) {
		for _, k := range idKeys {
			if _, found := slices.BinarySearch(enKeys, k); !found {
				t.Errorf("key %q is in the Indonesian catalogue but not the English one", k)
			}
		}
		for _, k := range enKeys {
			if _, found := slices.BinarySearch(idKeys, k); !found {
				t.Errorf("key %q is in the English catalogue but not the Indonesian one", k)
			}
		}
	})
	t.Run("same verbs", func(t *testing.T) {
		for _, k := range idKeys {
			id, en := i18n.T(i18n.ID, k), i18n.T(i18n.EN, k)
			if verbs(id) != verbs(en) {
				t.Errorf("key %q: %d verbs in %q but %d in %q", k, verbs(id), id, verbs(en), en)
			}
		}
	})
	t.Run("required keys", func(t *testing.T) {
		required := append(domainKeys(t),
			"error.not_found", "error.gone", "error.internal", "error.bad_request",
			"error.page_invalid", "error.query_too_long", "error.media_key_invalid")
		for _, code := range []string{warta.EINVALID, warta.ENOTFOUND, warta.ECONFLICT,
			warta.EFORBIDDEN, warta.EUNAUTHORIZED, warta.EGONE, warta.ETOOLARGE, warta.EINTERNAL} {
			required = append(required, "error."+code)
		}
		for _, k := range required {
			if _, found := slices.BinarySearch(idKeys, k); !found {
				t.Errorf("catalogues lack key %q", k)
			}
		}
	})
}

// errorKey matches a message key written as a string literal.
var errorKey = regexp.MustCompile(`^error\.[a-z_]+$`)

// messageKey matches what a Key field holds when it names a message.
var messageKey = regexp.MustCompile(`^[a-z]+\.[a-z_]+$`)

// domainKeys returns every message key the domain package sets in an
// Error literal, read from its source so that new keys cannot be missed.
func domainKeys(t *testing.T) []string {
	t.Helper()
	// Every package of the module, not only the domain: stores, editorial
	// and the web layers set keys too.
	var files []string
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".") && path != "../..") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			// Any "error.…" string literal names a message.
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if k, err := strconv.Unquote(lit.Value); err == nil && errorKey.MatchString(k) {
					keys = append(keys, k)
				}
			}
			kv, ok := n.(*ast.KeyValueExpr)
			if !ok {
				return true
			}
			if id, ok := kv.Key.(*ast.Ident); !ok || id.Name != "Key" {
				return true
			}
			if lit, ok := kv.Value.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				// Other structs have Key fields too (media keys, HTML attributes).
				if k, err := strconv.Unquote(lit.Value); err == nil && messageKey.MatchString(k) {
					keys = append(keys, k)
				}
			}
			return true
		})
	}
	if len(keys) == 0 {
		t.Fatal("found no Key literals in the domain package")
	}
	return keys
}

func TestMessage(t *testing.T) {
	article := &warta.Article{Title: strings.Repeat("x", warta.MaxTitleLen+1)}
	section := &warta.Section{Name: "Tag", Slug: "tag"}
	settings := &warta.Settings{SiteName: "Warta", Language: "id", TimeZone: "Asia/Atlantis"}
	link := warta.SocialLink{Network: "x", URL: "ftp://example.com"}
	tests := []struct {
		name string
		lang i18n.Lang
		err  error
		want string
	}{
		{"nil", i18n.ID, nil, ""},
		{"key without args", i18n.ID, (&warta.Article{}).Validate(), "Judul wajib diisi."},
		{"key with int arg", i18n.ID, article.Validate(), "Judul terlalu panjang (paling banyak 300 karakter)."},
		{"key with int arg english", i18n.EN, article.Validate(), "Title is too long (at most 300 characters)."},
		{"key with string arg", i18n.ID, section.Validate(), "Slug “tag” sudah dipakai oleh halaman situs."},
		{"time zone arg", i18n.EN, settings.Validate(), "Unknown time zone “Asia/Atlantis”."},
		{"url arg", i18n.ID, link.Validate(), "Tautan “ftp://example.com” harus berupa alamat http atau https."},
		{"status args", i18n.EN, warta.CheckTransition(warta.StatusPublished, warta.StatusReview), "An article cannot move from published to review."},
		{"wrapped", i18n.EN, fmt.Errorf("save article 7: %w", (&warta.Article{}).Validate()), "Title is required."},
		{"code only", i18n.ID, warta.Errorf(warta.ENOTFOUND, "article %d not found", 7), "Halaman tidak ditemukan."},
		{"conflict code", i18n.EN, warta.Errorf(warta.ECONFLICT, "version 3 is stale"), "Someone else changed this in the meantime. Reload the page and try again."},
		{"unknown key uses code", i18n.EN, &warta.Error{Code: warta.EFORBIDDEN, Key: "error.no_such_key"}, "You are not allowed to do this."},
		{"unknown code", i18n.EN, &warta.Error{Code: "teapot", Message: "secret"}, "Something went wrong on our side. Please try again later."},
		{"internal hides details", i18n.ID, warta.Errorf(warta.EINTERNAL, "pq: relation articles does not exist"), "Terjadi kesalahan pada server. Silakan coba lagi nanti."},
		{"plain error hides details", i18n.EN, errors.New("dial tcp 10.0.0.5:5432: connection refused"), "Something went wrong on our side. Please try again later."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := i18n.Message(tc.lang, tc.err); got != tc.want {
				t.Errorf("Message(%q, %v) = %q, want %q", tc.lang, tc.err, got, tc.want)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		name string
		n    int
		lang i18n.Lang
		want string
	}{
		{"zero", 0, i18n.ID, "0"},
		{"three digits", 999, i18n.ID, "999"},
		{"four digits", 1000, i18n.ID, "1.000"},
		{"millions id", 1234567, i18n.ID, "1.234.567"},
		{"millions en", 1234567, i18n.EN, "1,234,567"},
		{"negative", -1234, i18n.ID, "-1.234"},
		{"negative three digits", -123, i18n.EN, "-123"},
		{"min int", -9223372036854775808, i18n.ID, "-9.223.372.036.854.775.808"},
		{"unknown language", 12345, i18n.Lang("fr"), "12.345"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := i18n.Number(tc.n, tc.lang); got != tc.want {
				t.Errorf("Number(%d, %q) = %q, want %q", tc.n, tc.lang, got, tc.want)
			}
		})
	}
}

func BenchmarkT(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		i18n.T(i18n.EN, "error.title_too_long", 300)
	}
}

func BenchmarkNumber(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		i18n.Number(1234567, i18n.ID)
	}
}
