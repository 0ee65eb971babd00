package public

import (
	"net/http"
	"net/url"
	"strings"
)

// Query rules. Each public address reads a known set of query parameters;
// any other parameter changes nothing on the page, so it must not cost a
// render either (`/?x=1`, `/?x=2`, … would otherwise be a render flood).
// Such a request is answered 301 to the canonical address: crawlers then
// keep one address per page, and the answer costs no store read.
// Tracking parameters (utm_*, fbclid, …) are the exception: links shared
// on social networks carry them and analytics reads them in the browser,
// so the page is served from the cache as it is, without a redirect.

// searchParams are the parameters of /cari, in canonical order: the query,
// the filters of the search form, the page.
var searchParams = []string{"q", "rubrik", "penulis", "dari", "sampai", "page"}

// keyRule is what pageKey decided about a request.
type keyRule struct {
	key      string // the cache key; "" when the answer is not kept
	redirect string // the canonical address to send the reader to, or ""
}

// pageKey is the cache key of a request and, for a query the page does
// not use, the address to redirect to. Answers that are not kept: anything
// but GET and HEAD, files, searches (they have their own cache, see
// searchCache), the WordPress plain permalinks on / and the date picker of
// /indeks (both redirect), and an invalid ?page (400).
func pageKey(r *http.Request) keyRule {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return keyRule{}
	}
	path, q := r.URL.Path, r.URL.RawQuery
	if path == complaintsPath || strings.HasPrefix(path, complaintsPath+"/") || strings.HasPrefix(path, replyPathPrefix) {
		return keyRule{} // the reader forms: each carries its own signed time
	}
	if q == "" {
		return keyRule{key: path}
	}
	if strings.HasPrefix(path, "/static/") || strings.HasPrefix(path, "/media/") {
		return keyRule{} // files: the query picks nothing and costs no render
	}
	switch {
	case path == "/cari":
		return searchKey(r)
	case path == "/" && hasAny(q, wordpressIDParams):
		return keyRule{}
	case path == "/indeks" && hasAny(q, []string{"tanggal"}):
		return keyRule{}
	}
	paged := listPath(path)
	page, pages, unknown := "", 0, false
	for part := range strings.SplitSeq(q, "&") {
		name, value, _ := strings.Cut(part, "=")
		switch {
		case part == "" || tracking(name):
		case name == "page" && paged:
			pages++
			if page == "" {
				page = value
			}
		default:
			unknown = true
		}
	}
	if pages > 0 && !validPageNumber(page) {
		return keyRule{} // the handler says why: 400
	}
	key := path
	if page != "" && page != "1" {
		key += "?page=" + page
	}
	if unknown || pages > 1 || page == "1" {
		return keyRule{redirect: canonicalURL(r, key)}
	}
	return keyRule{key: key}
}

// searchKey redirects a search whose query holds parameters /cari does not
// read; the others are not kept in the page cache.
func searchKey(r *http.Request) keyRule {
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return keyRule{} // the handler reads what it can, as before
	}
	unknown := false
	for name, vs := range values {
		if tracking(name) {
			continue
		}
		if !contains(searchParams, name) || len(vs) > 1 {
			unknown = true
		}
	}
	if !unknown {
		return keyRule{}
	}
	var b strings.Builder
	for _, name := range searchParams {
		if vs := values[name]; len(vs) > 0 {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(name + "=" + url.QueryEscape(vs[0]))
		}
	}
	target := "/cari"
	if b.Len() > 0 {
		target += "?" + b.String()
	}
	return keyRule{redirect: canonicalURL(r, target)}
}

// canonicalURL is target (a path and the query the page uses) with the
// request's tracking parameters kept, in their order: analytics still
// sees where the reader came from.
func canonicalURL(r *http.Request, target string) string {
	path, query, _ := strings.Cut(target, "?")
	out := (&url.URL{Path: path}).EscapedPath()
	var kept []string
	if query != "" {
		kept = append(kept, query)
	}
	for part := range strings.SplitSeq(r.URL.RawQuery, "&") {
		name, _, _ := strings.Cut(part, "=")
		if name != "" && tracking(name) {
			kept = append(kept, part)
		}
	}
	if len(kept) > 0 {
		out += "?" + strings.Join(kept, "&")
	}
	return out
}

// listPath reports whether path is a paginated list, which reads ?page:
// a section (/nasional/), an author (/penulis/x) or a tag (/tag/x).
func listPath(path string) bool {
	rest, ok := strings.CutPrefix(path, "/")
	if !ok {
		return false
	}
	if path == correctionsPath || path == takedownsPath {
		return true
	}
	if slug, ok := strings.CutPrefix(rest, "penulis/"); ok {
		return slug != "" && !strings.Contains(slug, "/")
	}
	if slug, ok := strings.CutPrefix(rest, "tag/"); ok {
		return slug != "" && !strings.Contains(slug, "/")
	}
	section, ok := strings.CutSuffix(rest, "/")
	return ok && section != "" && !strings.Contains(section, "/")
}

// hasAny reports whether the raw query names one of the parameters.
func hasAny(rawQuery string, names []string) bool {
	for part := range strings.SplitSeq(rawQuery, "&") {
		name, _, _ := strings.Cut(part, "=")
		if contains(names, name) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// validPageNumber is a page number as the site writes it: 1 to 99999, no
// leading zero.
func validPageNumber(v string) bool {
	return v != "" && len(v) <= 5 && strings.Trim(v, "0123456789") == "" && v[0] != '0'
}

// trackingParams are query parameters that only tell analytics where a
// reader came from.
var trackingParams = map[string]bool{"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "igshid": true, "twclid": true, "ttclid": true, "yclid": true, "mc_cid": true, "mc_eid": true, "_ga": true}

func tracking(name string) bool {
	return strings.HasPrefix(name, "utm_") || trackingParams[name]
}
