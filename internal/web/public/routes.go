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
	// Feeds; a section's are dispatched by handleSection.
	mux.HandleFunc("GET /feed", h.feedRoute(feedSite, feedRSS))
	mux.HandleFunc("GET /feed/atom", h.feedRoute(feedSite, feedAtom))
	mux.HandleFunc("GET /feed.json", h.feedRoute(feedSite, feedJSON))
	mux.HandleFunc("GET /tag/{slug}/feed", h.feedRoute(feedTag, feedRSS))
	mux.HandleFunc("GET /tag/{slug}/feed/atom", h.feedRoute(feedTag, feedAtom))
	mux.HandleFunc("GET /tag/{slug}/feed.json", h.feedRoute(feedTag, feedJSON))
	mux.HandleFunc("GET /penulis/{slug}/feed", h.feedRoute(feedAuthor, feedRSS))
	mux.HandleFunc("GET /penulis/{slug}/feed/atom", h.feedRoute(feedAuthor, feedAtom))
	mux.HandleFunc("GET /penulis/{slug}/feed.json", h.feedRoute(feedAuthor, feedJSON))
	mux.HandleFunc("GET /indeks", h.handleIndex)
	mux.HandleFunc("GET /indeks/{date}", h.handleIndex)
	mux.HandleFunc("GET /cari", h.handleSearch)
	// The reader forms (complaint.go): never kept in the page cache.
	mux.HandleFunc("GET /pengaduan", h.handleComplaintForm)
	mux.HandleFunc("POST /pengaduan", h.handleComplaintPost)
	mux.HandleFunc("GET /pengaduan/terkirim", h.handleComplaintSent)
	mux.HandleFunc("GET /hak-jawab/{id}", h.handleReplyForm)
	mux.HandleFunc("POST /hak-jawab/{id}", h.handleReplyPost)
	mux.HandleFunc("GET "+correctionsPath, h.handleCorrections)
	mux.HandleFunc("GET "+correctionsFeedPath, h.handleCorrectionsFeed)
	mux.HandleFunc("GET "+takedownsPath, h.handleTakedowns)
	mux.HandleFunc("GET "+mastheadPath, h.handleMasthead)
	mux.HandleFunc("GET /healthz", h.handleHealth)
	mux.HandleFunc("GET /readyz", h.handleReady)
	// Sitemaps and robots.txt; the numbered child sitemaps
	// (sitemap-articles-2026-11.xml, sitemap-pages-2.xml) are picked out
	// of the top-level paths by sitemapFiles.
	mux.HandleFunc("GET /robots.txt", h.handleRobots)
	mux.HandleFunc("GET /sitemap.xml", h.handleSitemapIndex)
	mux.HandleFunc("GET /sitemap-news.xml", h.handleSitemapNews)
	mux.HandleFunc("GET /sitemap-pages.xml", h.handleSitemapPages)
	mux.HandleFunc("GET /{section}", h.sitemapFiles(h.handleFallback))
	mux.HandleFunc("GET /{section}/{rest...}", h.handleSection)
	mux.HandleFunc("GET /", h.handleFallback)
	mux.HandleFunc("/", h.handleMethodNotAllowed)
	return mux
}
