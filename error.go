// Package warta is the domain of the Warta newsroom publishing system:
// articles, sections, tags, people, media, settings and the rules that
// govern them. It depends on the standard library only and does no I/O.
package warta

import (
	"errors"
	"fmt"
)

// Error codes. The web layer maps each to an HTTP status.
const (
	EINVALID      = "invalid"
	ENOTFOUND     = "not_found"
	ECONFLICT     = "conflict"
	EFORBIDDEN    = "forbidden"
	EUNAUTHORIZED = "unauthorized"
	EGONE         = "gone"
	ETOOLARGE     = "too_large"
	EUNAVAILABLE  = "unavailable" // busy for now: try again later
	EINTERNAL     = "internal"
)

// Error is a domain error. Code is machine-readable; Key and Args name a
// user-facing message that the web layer translates into the reader's
// language. Message is an English fallback for logs and the CLI.
type Error struct {
	Code    string
	Key     string
	Args    []any
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Message != "" {
		return e.Message
	}
	if e.Key != "" {
		return fmt.Sprintf("%s: %s", e.Code, e.Key)
	}
	return e.Code
}

// Errorf returns an Error with the given code and a formatted English message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain,
// EINTERNAL for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the English message of the first *Error in err's
// chain, or a generic message for other errors so internals do not leak.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "internal error"
}

// IsNotFound reports whether err carries the not_found code.
func IsNotFound(err error) bool { return ErrorCode(err) == ENOTFOUND }
