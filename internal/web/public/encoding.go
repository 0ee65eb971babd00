package public

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"

	"warta/internal/web"
)

// A kept page is compressed when it is kept in gzip only, and only for a
// reader who takes it: the first visit to a story (a crawler walking the
// archive, a reader from search) should not pay for more. Brotli, about a
// tenth smaller than gzip but several times its CPU (bench/RESULTS.md,
// issue 13), is added on the page's first hit from a reader who takes a
// compressed page: a page read twice is likely read many times. Higher qualities cost far
// more per page for little gain.
const brotliQuality = 5

// Encodings of a kept page, in the order a tie prefers them.
const (
	encBrotli = iota
	encGzip
	encIdentity
	encodings
)

// contentEncodings are the Content-Encoding values of the encodings.
var contentEncodings = [encodings][]string{{"br"}, {"gzip"}, nil}

// variant is one encoding of a kept page with its header values, built
// once so a hit allocates nothing for them.
type variant struct {
	body   []byte   // nil when this encoding is not kept
	etag   []string // the page's ETag with the encoding's suffix: each representation has its own
	length []string // Content-Length
}

// brotliBytes compresses b at brotliQuality.
func brotliBytes(b []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(b)/5 + 64)
	zw := brotliWriters.Get().(*brotli.Writer)
	defer brotliWriters.Put(zw)
	zw.Reset(&buf)
	zw.Write(b)
	zw.Close()
	return web.Fit(buf.Bytes())
}

// brotliWriters are reused: a writer's window and hash tables are most of
// what compressing one page allocates.
var brotliWriters = sync.Pool{New: func() any { return brotli.NewWriterLevel(nil, brotliQuality) }}

// compressPage fills p's variants from its body: gzip when withGzip,
// brotli too when withBrotli, each only where it is smaller than the body
// by enough to pay.
func compressPage(p *cachedPage, etag string, withGzip, withBrotli bool) {
	if len(p.body) >= minCompress {
		if withGzip && p.gz == nil {
			if gz, err := web.GzipBytes(p.body); err == nil {
				p.gz = gz
			}
		}
		if withBrotli && p.br == nil {
			p.br = brotliBytes(p.body)
		}
	}
	p.etag = etag
	for enc, body := range [encodings][]byte{p.br, p.gz, p.body} {
		if enc != encIdentity && (body == nil || len(body) >= len(p.body)) {
			continue
		}
		tag := etag
		if enc != encIdentity {
			tag = etag[:len(etag)-1] + "-" + contentEncodings[enc][0] + `"`
		}
		p.variants[enc] = variant{body: body, etag: []string{tag}, length: []string{strconv.Itoa(len(body))}}
	}
}

// minCompress is the smallest body worth compressing.
const minCompress = 1024

// everyEncoding stands for a page kept in every encoding, to ask
// chooseEncoding what a reader would take.
var everyEncoding = [encodings]variant{{body: []byte{0}}, {body: []byte{0}}, {body: []byte{0}}}

// takes returns the encoding a reader's Accept-Encoding header prefers
// among all of them.
func takes(r *http.Request) int {
	return chooseEncoding(r.Header.Get("Accept-Encoding"), &everyEncoding)
}

// compressed returns p with its gzip and brotli encodings added when the
// reader of r takes a compressed page and p lacks one: one reader makes
// them (others are served what p has meanwhile), and the cache keeps the
// new page in place of p unless p has been evicted since.
func (h *Handler) compressed(r *http.Request, key string, p *cachedPage) *cachedPage {
	// Cheapest checks first: most hits find the page compressed already
	// or being compressed, and need not read Accept-Encoding here.
	if (p.br != nil && p.gz != nil) || len(p.body) < minCompress || p.compressing == nil || p.compressing.Load() ||
		takes(r) == encIdentity || !p.compressing.CompareAndSwap(false, true) {
		return p
	}
	q := *p
	q.variants = [encodings]variant{}
	compressPage(&q, p.etag, true, true)
	h.pageCache.replace(key, p, &q)
	return &q
}

// chooseEncoding picks the encoding to send for an Accept-Encoding
// header: the kept one with the highest q-value, brotli before gzip
// before identity when equal (RFC 9110 §12.5.3). "*" stands for any
// coding the header does not name; identity is always acceptable unless
// refused, and sent when nothing better is.
func chooseEncoding(header string, have *[encodings]variant) int {
	if header == "" {
		return encIdentity
	}
	q := [encodings]float64{-1, -1, -1} // -1: not named
	star := -1.0
	for part := range strings.SplitSeq(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.TrimSpace(coding)
		v := 1.0
		if p, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
			if err != nil || f < 0 || f > 1 {
				continue
			}
			v = f
		}
		switch {
		case strings.EqualFold(coding, "br"):
			q[encBrotli] = v
		case strings.EqualFold(coding, "gzip") || strings.EqualFold(coding, "x-gzip"):
			q[encGzip] = v
		case strings.EqualFold(coding, "identity"):
			q[encIdentity] = v
		case coding == "*":
			star = v
		}
	}
	best, bestQ := encIdentity, 0.0
	for enc := range encodings {
		v := q[enc]
		if v < 0 {
			v = star
			if enc == encIdentity && v < 0 {
				v = 0.001 // acceptable when not refused, but last
			}
		}
		if (enc != encIdentity && have[enc].body == nil) || v <= 0 {
			continue
		}
		if v > bestQ {
			best, bestQ = enc, v
		}
	}
	return best
}
