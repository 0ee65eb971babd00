package web

import "net/http"

// RouteRecorder is a ResponseWriter that wants to know which route
// pattern served the request: the metrics middleware, which labels
// requests by pattern ("GET /tag/{slug}"), never by raw path, so that the
// number of series stays bounded whatever readers type.
type RouteRecorder interface {
	RecordRoute(pattern string)
}

// NoteRoute wraps a ServeMux so that, once it has served a request, the
// pattern it matched reaches the RouteRecorder under w. A mux sets
// r.Pattern on the request it was given; reading it afterwards works
// even where middleware in between copied the request.
func NoteRoute(mux http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mux.ServeHTTP(w, r)
		RecordRoute(w, r.Pattern)
	})
}

// RecordRoute tells every RouteRecorder under w (the metrics middleware,
// the access log) that pattern served the request; an empty pattern
// tells nothing.
func RecordRoute(w http.ResponseWriter, pattern string) {
	if pattern == "" {
		return
	}
	for w != nil {
		if x, ok := w.(RouteRecorder); ok {
			x.RecordRoute(pattern)
		}
		u, ok := w.(interface{ Unwrap() http.ResponseWriter })
		if !ok {
			return
		}
		w = u.Unwrap()
	}
}
