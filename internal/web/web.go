// Package web holds what every HTTP part of Warta shares: the server with
// graceful shutdown, request guards, error statuses, the template engine
// and fingerprinted static assets.
package web

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"

	"warta"
)

// StatusCode maps a domain error code to its HTTP status.
func StatusCode(code string) int {
	switch code {
	case "":
		return http.StatusOK
	case warta.EINVALID:
		return http.StatusBadRequest
	case warta.ENOTFOUND:
		return http.StatusNotFound
	case warta.ECONFLICT:
		return http.StatusConflict
	case warta.EFORBIDDEN:
		return http.StatusForbidden
	case warta.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case warta.EGONE:
		return http.StatusGone
	case warta.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case warta.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	default:
		return http.StatusInternalServerError
	}
}

// Server is an HTTP server that shuts down gracefully.
type Server struct {
	ln     net.Listener
	srv    *http.Server
	Logger *slog.Logger
}

// Listen binds addr ("127.0.0.1:0" picks a free port) for handler.
func Listen(addr string, handler http.Handler, logger *slog.Logger) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Server{
		ln:     ln,
		Logger: logger,
		srv: &http.Server{
			Handler:           handler,
			ReadHeaderTimeout: 10 * time.Second,
			ReadTimeout:       60 * time.Second,
			WriteTimeout:      60 * time.Second,
			IdleTimeout:       120 * time.Second,
			MaxHeaderBytes:    64 << 10,
			ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		},
	}, nil
}

// Addr is the bound address.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Serve serves until Shutdown; it returns nil after a clean shutdown.
func (s *Server) Serve() error {
	if err := s.srv.Serve(s.ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Close stops the server at once, also before Serve was called.
func (s *Server) Close() {
	s.srv.Close()
	s.ln.Close()
}

// Shutdown stops accepting and waits for requests in flight, up to ctx.
func (s *Server) Shutdown(ctx context.Context) error { return s.srv.Shutdown(ctx) }
