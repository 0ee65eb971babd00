package public

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"

	"warta/internal/web"
)

// Each kept page is compressed once, when it is stored, in gzip and in
// brotli: a hit then only picks bytes. Brotli at quality 5 makes pages
// about a tenth smaller than gzip at a few milliseconds per page
// (bench/RESULTS.md, issue 13); higher qualities cost far more per store
// for little gain.
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
	zw := brotli.NewWriterLevel(&buf, brotliQuality)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// compressPage fills p's variants from its body: compressed encodings
// only where they are smaller than the body by enough to pay.
func compressPage(p *cachedPage, etag string) {
	if len(p.body) >= 1024 {
		if gz, err := web.GzipBytes(p.body); err == nil {
			p.gz = gz
		}
		p.br = brotliBytes(p.body)
	}
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
