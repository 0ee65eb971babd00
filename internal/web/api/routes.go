package api

import "net/http"

// routes lists every API route.
func (h *Handler) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/articles", h.handleArticleList)
	mux.HandleFunc("GET /api/v1/sections", h.handleSectionList)
	mux.HandleFunc("GET /api/v1/search", h.handleSearch)
	mux.HandleFunc("POST /api/v1/admin/articles", h.handleArticleCreate)
	mux.HandleFunc("GET /api/v1/admin/articles/{id}", h.handleArticleShow)
	mux.HandleFunc("PATCH /api/v1/admin/articles/{id}", h.handleArticleUpdate)
	mux.HandleFunc("DELETE /api/v1/admin/articles/{id}", h.handleArticleDelete)
	mux.HandleFunc("POST /api/v1/admin/media", h.handleMediaUpload)
	mux.HandleFunc("GET /api/v1/admin/media/{id}", h.handleMediaShow)
	mux.HandleFunc("GET /api/v1/admin/complaints", h.handleComplaintList)
	mux.HandleFunc("GET /api/v1/admin/complaints/{id}", h.handleComplaintShow)
	mux.HandleFunc("PATCH /api/v1/admin/complaints/{id}", h.handleComplaintUpdate)
	mux.HandleFunc("POST /api/v1/admin/complaints/{id}/notes", h.handleComplaintNote)
	mux.HandleFunc("POST /api/v1/admin/complaints/{id}/reply", h.handleComplaintReply)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		h.fail(w, r, &apiError{http.StatusNotFound, "not_found", "error.not_found", nil})
	})
	return mux
}
