package public

import "net/http"

// routes lists every public route. Sections own the first path segment,
// so /{section}/… is dispatched by handleSection after the fixed prefixes.
func (h *Handler) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", h.handleHome)
	mux.Handle("GET /static/", h.assets)
	mux.HandleFunc("GET /media/{key...}", h.handleMedia)
	mux.HandleFunc("GET /penulis/{slug}", h.handleAuthorShow)
	mux.HandleFunc("GET /tag/{slug}", h.handleTagShow)
	mux.HandleFunc("GET /indeks", h.handleIndex)
	mux.HandleFunc("GET /indeks/{date}", h.handleIndex)
	mux.HandleFunc("GET /cari", h.handleSearch)
	mux.HandleFunc("GET /healthz", h.handleHealth)
	mux.HandleFunc("GET /{section}", h.handleFallback)
	mux.HandleFunc("GET /{section}/{rest...}", h.handleSection)
	mux.HandleFunc("GET /", h.handleFallback)
	mux.HandleFunc("/", h.handleMethodNotAllowed)
	return mux
}
