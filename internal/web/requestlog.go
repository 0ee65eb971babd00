package web

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"sync"
	"time"
)

// requestIDKey holds the request id in a request's context.
type requestIDKey struct{}

// RequestID returns the id Requests gave the request ctx belongs to, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// WithRequestID returns ctx carrying id, for work started outside a
// request (a test, a job) that wants its records tied to one.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// ContextHandler adds request_id to every record logged with a request's
// context, so that a WarnContext anywhere below a handler can be found
// next to the request's access log line.
type ContextHandler struct{ slog.Handler }

// Handle implements slog.Handler.
func (h ContextHandler) Handle(ctx context.Context, r slog.Record) error {
	if id := RequestID(ctx); id != "" {
		r.AddAttrs(slog.String("request_id", id))
	}
	return h.Handler.Handle(ctx, r)
}

// WithAttrs implements slog.Handler, keeping the wrapper.
func (h ContextHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return ContextHandler{h.Handler.WithAttrs(attrs)}
}

// WithGroup implements slog.Handler, keeping the wrapper.
func (h ContextHandler) WithGroup(name string) slog.Handler {
	return ContextHandler{h.Handler.WithGroup(name)}
}

// maxRequestID bounds an id taken from a proxy; longer ones are replaced.
const maxRequestID = 64

// maxLoggedPath bounds the path written in an access log line.
const maxLoggedPath = 256

// Requests gives every request an id, answers it in X-Request-Id and puts
// it in the request's context (see ContextHandler); with access set it
// logs one INFO line per request when it is done. An X-Request-Id sent by
// a proxy on the same machine (a loopback peer) is kept, so that the
// proxy's log and Warta's share the id; from anyone else it is replaced,
// since a client could otherwise write what it likes into the log.
func Requests(logger *slog.Logger, access bool, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-Id")
		if id == "" || !validRequestID(id) || !loopback(r.RemoteAddr) {
			id = newRequestID()
		}
		w.Header()["X-Request-Id"] = []string{id}
		r = r.WithContext(WithRequestID(r.Context(), id))
		if !access || !logger.Enabled(r.Context(), slog.LevelInfo) {
			next.ServeHTTP(w, r)
			return
		}
		rec := accessRecorders.Get().(*accessRecorder)
		rec.ResponseWriter, rec.status, rec.bytes, rec.route = w, 0, 0, ""
		defer func() {
			status, route := rec.status, rec.route
			if status == 0 {
				status = http.StatusOK
			}
			if route == "" {
				route = r.Pattern
			}
			bytes := rec.bytes
			rec.ResponseWriter = nil
			accessRecorders.Put(rec)
			path := r.URL.Path // never the query: it may hold a token or an address
			if len(path) > maxLoggedPath {
				path = path[:maxLoggedPath]
			}
			logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("method", r.Method), slog.String("path", path), slog.Int("status", status),
				slog.Int64("bytes", bytes), slog.Duration("duration", time.Since(start)), slog.String("route", route))
		}()
		next.ServeHTTP(rec, r)
	})
}

// validRequestID accepts the ids proxies make (hex, UUIDs, base64url):
// short, and nothing that could break a log line.
func validRequestID(id string) bool {
	if len(id) > maxRequestID {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':') {
			return false
		}
	}
	return true
}

func loopback(remoteAddr string) bool {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// newRequestID returns 16 hex digits: unique enough to find one request
// in a day's log, and not a secret (math/rand's generator is enough).
func newRequestID() string {
	const hexDigits = "0123456789abcdef"
	var b [16]byte
	x := rand.Uint64()
	for i := range b {
		b[i] = hexDigits[x&15]
		x >>= 4
	}
	return string(b[:])
}

// accessRecorders keeps recorders between requests, as the metrics
// middleware does, so that the cached-page path allocates less.
var accessRecorders = sync.Pool{New: func() any { return new(accessRecorder) }}

// accessRecorder notes the status, the bytes written and the route that
// served the request (RouteRecorder).
type accessRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	route  string
}

func (rw *accessRecorder) RecordRoute(pattern string) { rw.route = pattern }

func (rw *accessRecorder) Unwrap() http.ResponseWriter { return rw.ResponseWriter }

func (rw *accessRecorder) WriteHeader(code int) {
	if rw.status == 0 && code >= 200 {
		rw.status = code
	}
	rw.ResponseWriter.WriteHeader(code)
}

func (rw *accessRecorder) Write(b []byte) (int, error) {
	if rw.status == 0 {
		rw.status = http.StatusOK
	}
	n, err := rw.ResponseWriter.Write(b)
	rw.bytes += int64(n)
	return n, err
}

// ReadFrom keeps the connection's sendfile path for files.
func (rw *accessRecorder) ReadFrom(src io.Reader) (int64, error) {
	if rw.status == 0 {
		rw.status = http.StatusOK
	}
	n, err := io.Copy(rw.ResponseWriter, src)
	rw.bytes += n
	return n, err
}
