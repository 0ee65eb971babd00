// Package api serves the JSON API: /api/v1/ reads public content and
// /api/v1/admin/ writes it for automation, with API tokens and exactly the
// newsroom's rules (package editorial decides, not this package).
package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"warta"
	"warta/internal/auth"
	"warta/internal/editorial"
	"warta/internal/i18n"
	"warta/internal/web"
)

// Config is what the API needs.
type Config struct {
	Store     warta.Store
	Editorial *editorial.Service
	Library   *editorial.Library
	BaseURL   string
	Logger    *slog.Logger
	Now       func() time.Time // the store's clock when nil
}

// Handler serves /api/v1/.
type Handler struct {
	cfg     Config
	handler http.Handler
}

// maxBody bounds a JSON request body.
const maxBody = 4 << 20

// New builds the API's route table.
func New(cfg Config) *Handler {
	if cfg.Now == nil {
		cfg.Now = cfg.Store.Now
	}
	h := &Handler{cfg: cfg}
	h.handler = web.SecurityHeaders(web.APIPolicy, web.Recover(cfg.Logger, func(w http.ResponseWriter, r *http.Request) {
		h.fail(w, r, errors.New("panic"))
	}, web.NoteRoute(h.routes())))
	return h
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.handler.ServeHTTP(w, r) }

// lang is the language of messages: English when the client prefers it.
func lang(r *http.Request) i18n.Lang {
	first, _, _ := strings.Cut(r.Header.Get("Accept-Language"), ",")
	first, _, _ = strings.Cut(first, ";")
	return i18n.Parse(first)
}

// apiError is an error with an HTTP status of its own, for failures that
// are about the request rather than the domain.
type apiError struct {
	status int
	code   string
	key    string
	args   []any
}

func (e *apiError) Error() string { return e.code }

// statusOf maps an error to its status and JSON code. Domain validation
// failures are 422: the request was well formed but cannot be done.
func statusOf(err error) (int, string) {
	var ae *apiError
	if errors.As(err, &ae) {
		return ae.status, ae.code
	}
	code := warta.ErrorCode(err)
	var we *warta.Error
	if errors.As(err, &we) && we.Key == "error.media_type" {
		return http.StatusUnsupportedMediaType, "unsupported_media_type"
	}
	if code == warta.EINVALID {
		return http.StatusUnprocessableEntity, code
	}
	return web.StatusCode(code), code
}

// fail writes {"error":{"code","message"}} in the request's language.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, code := statusOf(err)
	msg := i18n.Message(lang(r), err)
	var ae *apiError
	if errors.As(err, &ae) {
		msg = i18n.T(lang(r), ae.key, ae.args...)
	}
	if status >= 500 {
		if r.Context().Err() != nil {
			return // the client went away: nothing failed, and no one reads an answer
		}
		if errors.Is(err, editorial.ErrBusy) || errors.Is(err, auth.ErrBusy) {
			// Refused on purpose, with Retry-After: the server works as
			// meant under more load than it takes on at once.
			h.cfg.Logger.WarnContext(r.Context(), "api: busy", "method", r.Method, "path", r.URL.Path, "error", err)
		} else {
			h.cfg.Logger.ErrorContext(r.Context(), "api", "method", r.Method, "path", r.URL.Path, "error", err)
		}
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="warta"`)
	}
	if status == http.StatusServiceUnavailable && w.Header().Get("Retry-After") == "" {
		w.Header().Set("Retry-After", "60") // a full or read-only disk needs an operator, not a quick retry
	}
	writeJSON(w, status, map[string]any{"error": map[string]string{"code": code, "message": msg}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// decode reads a JSON body strictly: the right content type, a size
// limit, no unknown fields and nothing after the value.
func decode(w http.ResponseWriter, r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(strings.ToLower(ct), "application/json") {
		return &apiError{http.StatusUnsupportedMediaType, "unsupported_media_type", "error.json_required", nil}
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return &apiError{http.StatusRequestEntityTooLarge, warta.ETOOLARGE, "error.too_large", nil}
		}
		return &apiError{http.StatusBadRequest, "bad_request", "error.bad_json", []any{jsonProblem(err)}}
	}
	if dec.More() {
		return &apiError{http.StatusBadRequest, "bad_request", "error.bad_json", []any{"trailing data"}}
	}
	return nil
}

// jsonProblem describes a decoding error without echoing the input.
func jsonProblem(err error) string {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		return fmt.Sprintf("field %q must be %s", typeErr.Field, typeErr.Type)
	case errors.As(err, &syntaxErr):
		return fmt.Sprintf("syntax error at byte %d", syntaxErr.Offset)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return "unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ")
	default:
		return "malformed JSON"
	}
}

// user authenticates a request by its bearer token.
func (h *Handler) user(r *http.Request) (*warta.User, error) {
	// The scheme is case-insensitive (RFC 9110 §11.1): "bearer x" is
	// what some clients send.
	scheme, plain, _ := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
	if !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(plain) == "" {
		return nil, &apiError{http.StatusUnauthorized, warta.EUNAUTHORIZED, "error.token_required", nil}
	}
	var u *warta.User
	var tok *warta.Token
	err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		var err error
		if tok, err = tx.FindTokenByHash(r.Context(), auth.HashToken(strings.TrimSpace(plain))); err != nil {
			return err
		}
		u, err = tx.FindUserByID(r.Context(), tok.UserID)
		return err
	})
	if warta.IsNotFound(err) || (err == nil && u.Disabled) {
		return nil, &apiError{http.StatusUnauthorized, warta.EUNAUTHORIZED, "error.token_invalid", nil}
	}
	if err != nil {
		return nil, err
	}
	now := h.cfg.Now()
	if tok.Expired(now) {
		h.cfg.Logger.WarnContext(r.Context(), "api token expired", "token_id", tok.ID, "user_id", tok.UserID)
		return nil, &apiError{http.StatusUnauthorized, warta.EUNAUTHORIZED, "error.token_expired", []any{tok.ExpiresAt.UTC().Format(time.RFC3339)}}
	}
	if tok.Scope == warta.ScopeRead && r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.cfg.Logger.WarnContext(r.Context(), "read-only api token tried to write", "token_id", tok.ID, "user_id", tok.UserID, "method", r.Method)
		return nil, &apiError{http.StatusForbidden, warta.EFORBIDDEN, "error.token_read_only", nil}
	}
	// Recording the use is best effort, at most once a minute: a busy
	// writer must not fail a read, and a read must not mean a write.
	if now.Sub(tok.LastUsedAt) > time.Minute {
		h.cfg.Store.Update(r.Context(), func(tx warta.Tx) error { return tx.TouchToken(r.Context(), tok.ID, now) })
	}
	return u, nil
}
