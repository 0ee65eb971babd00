package web

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// AcceptsGzip reports whether the request allows a gzip-encoded answer.
func AcceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		if q, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if v, err := strconv.ParseFloat(q, 64); err == nil && v == 0 {
				return false
			}
		}
		return true
	}
	return false
}

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	return w
}}

// GzipBytes compresses b with a pooled writer.
func GzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(b)/4 + 64)
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(&buf)
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return Fit(buf.Bytes()), nil
}

// Fit returns b in a slice of its own length when b's array holds much
// more: a compressed page is kept for hours, and the buffer it grew in
// may be twice its size, which a cache counting len(b) would not see.
func Fit(b []byte) []byte {
	if cap(b)-len(b) > len(b)/8 {
		return bytes.Clone(b)
	}
	return b
}

// Gzip compresses b for the response when the client accepts it and b is
// large enough to gain; it sets the headers and returns what to send.
func Gzip(w http.ResponseWriter, r *http.Request, b []byte) []byte {
	w.Header().Add("Vary", "Accept-Encoding")
	if len(b) < 1024 || !AcceptsGzip(r) {
		return b
	}
	z, err := GzipBytes(b)
	if err != nil {
		return b
	}
	w.Header().Set("Content-Encoding", "gzip")
	return z
}
