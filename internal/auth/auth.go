// Package auth holds the security primitives the newsroom and the API
// build on: argon2id password hashes, opaque tokens for sessions and API
// access, CSRF tokens, login rate limits, TOTP second factors and the
// session cookie.
//
// The package does no I/O and keeps no state outside the values it
// returns: storing hashes, tokens and sessions is the store's job, and
// deciding who may log in is the caller's. Everything that reads the
// clock takes the time as an argument or a Now field, so tests run on a
// fixed clock.
package auth
