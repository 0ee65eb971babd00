package newsroom

import (
	"net/http"

	"warta/internal/auth"
)

// routes lists every newsroom route. Paths are Indonesian, like the rest
// of the site.
func (h *Handler) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /redaksi/static/", h.assets)
	mux.HandleFunc("GET /redaksi/masuk", h.handleLoginForm)
	mux.HandleFunc("POST /redaksi/masuk", h.handleLogin)
	mux.HandleFunc("GET /redaksi/siapkan", h.handleSetupForm)
	mux.HandleFunc("POST /redaksi/siapkan", h.handleSetup)
	mux.HandleFunc("POST /redaksi/keluar", h.authed(h.handleLogout))

	mux.HandleFunc("GET /redaksi/{$}", h.authed(h.handleDashboard))
	mux.HandleFunc("GET /redaksi/artikel/baru", h.authed(h.handleNew))
	mux.HandleFunc("POST /redaksi/artikel/baru", h.authed(h.handleSave))
	mux.HandleFunc("GET /redaksi/artikel/{id}", h.authed(h.handleEdit))
	mux.HandleFunc("POST /redaksi/artikel/{id}", h.authed(h.handleSave))
	mux.HandleFunc("POST /redaksi/artikel/{id}/koreksi", h.authed(h.handleCorrect))
	mux.HandleFunc("POST /redaksi/artikel/{id}/tarik", h.authed(h.handleWithdraw))
	mux.HandleFunc("GET /redaksi/artikel/{id}/hapus", h.authed(h.handleDelete))
	mux.HandleFunc("POST /redaksi/artikel/{id}/hapus", h.authed(h.handleDelete))
	mux.HandleFunc("POST /redaksi/artikel/{id}/kembalikan", h.authed(h.handleUntrash))
	mux.HandleFunc("POST /redaksi/artikel/massal", h.authed(h.handleBulk))
	mux.HandleFunc("POST /redaksi/sampah/kosongkan", h.authed(h.handleEmptyTrash))
	mux.HandleFunc("GET /redaksi/artikel/{id}/pratinjau", h.authed(h.handlePreview))
	mux.HandleFunc("GET /redaksi/artikel/{id}/pratinjau/halaman", h.authed(h.handlePreviewPage))
	mux.HandleFunc("GET /redaksi/artikel/{id}/revisi", h.authed(h.handleRevisions))
	mux.HandleFunc("POST /redaksi/artikel/{id}/pulihkan", h.authed(h.handleRestore))
	mux.HandleFunc("POST /redaksi/artikel/{id}/hadir", h.authed(h.handlePresence))
	mux.HandleFunc("GET /redaksi/cari-artikel", h.authed(h.handleSearch))

	mux.HandleFunc("GET /redaksi/media", h.authed(h.handleLibrary))
	mux.HandleFunc("GET /redaksi/media/cari", h.authed(h.handleMediaSearch))
	mux.HandleFunc("GET /redaksi/media/status", h.authed(h.handleMediaStatus))
	mux.HandleFunc("POST /redaksi/media/unggah", h.authed(h.handleUpload))
	mux.HandleFunc("GET /redaksi/media/pilih", h.authed(h.handleMediaPick))
	mux.HandleFunc("POST /redaksi/media/{id}/fokus", h.authed(h.handleMediaFocus))
	mux.HandleFunc("GET /redaksi/media/{id}", h.authed(h.handleMediaShow))
	mux.HandleFunc("POST /redaksi/media/{id}", h.authed(h.handleMediaSave))
	mux.HandleFunc("POST /redaksi/media/{id}/hapus", h.authed(h.handleMediaDelete))
	mux.HandleFunc("GET /redaksi/rubrik", h.authed(h.handleSections))
	mux.HandleFunc("POST /redaksi/rubrik", h.authed(h.handleSectionSave))
	mux.HandleFunc("GET /redaksi/topik", h.authed(h.handleTags))
	mux.HandleFunc("POST /redaksi/topik", h.authed(h.handleTagSave))
	mux.HandleFunc("POST /redaksi/topik/tambah", h.authed(h.handleTagAdd))
	mux.HandleFunc("GET /redaksi/pengalihan", h.authed(h.handleRedirects))
	mux.HandleFunc("POST /redaksi/pengalihan", h.authed(h.handleRedirectAdd))
	mux.HandleFunc("POST /redaksi/pengalihan/hapus", h.authed(h.handleRedirectDelete))
	mux.HandleFunc("GET /redaksi/halaman", h.authed(h.handlePages))
	mux.HandleFunc("GET /redaksi/halaman/baru", h.authed(h.handlePageNew))
	mux.HandleFunc("POST /redaksi/halaman/baru", h.authed(h.handlePageSave))
	mux.HandleFunc("GET /redaksi/halaman/{id}", h.authed(h.handlePageEdit))
	mux.HandleFunc("POST /redaksi/halaman/{id}", h.authed(h.handlePageSave))
	mux.HandleFunc("GET /redaksi/halaman/{id}/hapus", h.authed(h.handlePageDelete))
	mux.HandleFunc("POST /redaksi/halaman/{id}/hapus", h.authed(h.handlePageDelete))
	mux.HandleFunc("GET /redaksi/orang", h.authed(h.handlePeople))
	mux.HandleFunc("POST /redaksi/orang", h.authed(h.handlePersonSave))
	mux.HandleFunc("GET /redaksi/pengaturan", h.authed(h.handleSettings))
	mux.HandleFunc("POST /redaksi/pengaturan", h.authed(h.handleSettingsSave))
	mux.HandleFunc("GET /redaksi/pengguna", h.authed(h.handleUsers))
	mux.HandleFunc("POST /redaksi/pengguna", h.authed(h.handleUserSave))
	mux.HandleFunc("GET /redaksi/log", h.authed(h.handleAudit))
	mux.HandleFunc("GET /redaksi/akun", h.authed(h.handleAccount))
	mux.HandleFunc("POST /redaksi/akun", h.authed(h.handleAccountSave))
	mux.HandleFunc("POST /redaksi/akun/token", h.authed(h.handleTokenCreate))
	mux.HandleFunc("POST /redaksi/akun/token/{id}/cabut", h.authed(h.handleTokenRevoke))
	mux.HandleFunc("POST /redaksi/akun/sesi/{id}/cabut", h.authed(h.handleSessionRevoke))
	mux.HandleFunc("POST /redaksi/akun/sesi/keluar-lain", h.authed(h.handleSessionRevokeOthers))
	mux.HandleFunc("POST /redaksi/akun/2fa/mulai", h.authed(h.handleTOTPStart))
	mux.HandleFunc("POST /redaksi/akun/2fa", h.authed(h.handleTOTPConfirm))
	mux.HandleFunc("POST /redaksi/akun/2fa/kode", h.authed(h.handleRecoveryRenew))
	h.deskRoutes(mux)
	h.complaintRoutes(mux)
	mux.HandleFunc("/redaksi/", func(w http.ResponseWriter, r *http.Request) {
		h.renderError(w, r, nil, http.StatusNotFound, "error.not_found")
	})
	return mux
}

// verify checks a password against a stored hash.
func verify(password, hash string) (bool, bool, error) { return auth.VerifyPassword(password, hash) }
