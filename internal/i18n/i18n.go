// Package i18n translates Warta's user-facing text: Indonesian by default,
// English on request. It holds the message catalogues and formats dates,
// times, relative times and numbers the way Indonesian newsrooms write
// them ("Senin, 28 Oktober 2024 10:15 WIB"). It is pure: no I/O and no
// state beyond its tables.
package i18n

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"warta"
)

// Lang is a language the site can be shown in.
type Lang string

// Supported languages.
const (
	ID Lang = "id" // Indonesian, the default
	EN Lang = "en" // English
)

// Parse returns EN for "en" and its regional variants ("en-US", "en_GB",
// in any case) and ID for anything else, including "".
func Parse(s string) Lang {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "en" || strings.HasPrefix(s, "en-") || strings.HasPrefix(s, "en_") {
		return EN
	}
	return ID
}

// catalog returns the messages of lang; unknown languages get Indonesian.
func catalog(lang Lang) map[string]string {
	if lang == EN {
		return catalogEN
	}
	return catalogID
}

// lookup finds key in lang's catalogue, then in the Indonesian one.
func lookup(lang Lang, key string) (string, bool) {
	if s, ok := catalog(lang)[key]; ok {
		return s, true
	}
	s, ok := catalogID[key]
	return s, ok
}

// T returns the message for key in lang, falling back to Indonesian and
// then to the key itself. With args, the message is a fmt format and is
// filled in with them; without, it is returned as it is.
func T(lang Lang, key string, args ...any) string {
	s, ok := lookup(lang, key)
	if !ok {
		return key
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Keys returns the keys of lang's catalogue, sorted.
func Keys(lang Lang) []string {
	return slices.Sorted(maps.Keys(catalog(lang)))
}

// Message returns the text to show a user for err in lang: for a
// *warta.Error with a known Key, that message filled in with its Args;
// for any other *warta.Error, a generic message for its code; and for
// every other error a generic server-error message, so internal details
// never reach a reader. It returns "" for a nil error.
func Message(lang Lang, err error) string {
	if err == nil {
		return ""
	}
	var e *warta.Error
	if !errors.As(err, &e) {
		return T(lang, "error.internal")
	}
	if e.Key != "" {
		if s, ok := lookup(lang, e.Key); ok {
			if len(e.Args) == 0 {
				return s
			}
			return fmt.Sprintf(s, e.Args...)
		}
	}
	switch e.Code {
	case warta.EINVALID, warta.ENOTFOUND, warta.ECONFLICT, warta.EFORBIDDEN,
		warta.EUNAUTHORIZED, warta.EGONE, warta.ETOOLARGE, warta.EUNAVAILABLE:
		return T(lang, "error."+e.Code)
	}
	return T(lang, "error.internal")
}
