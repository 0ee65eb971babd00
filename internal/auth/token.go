package auth

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

// APITokenPrefix starts every API token, so that secret scanners and a
// reader of a leaked log can tell a Warta token from random text. Session
// tokens, which never leave the cookie, have no prefix.
const APITokenPrefix = "wrt_"

// tokenBytes is the entropy of every token and secret: 256 bits.
const tokenBytes = 32

// csrfLabel separates CSRF MACs from any other use of the same secret.
const csrfLabel = "warta csrf v1\x00"

// NewToken returns a fresh opaque token and the hash to store for it. plain
// is prefix followed by 32 random bytes in unpadded URL-safe base64 (43
// characters); it is shown or sent once and never stored. hash is
// HashToken(plain). Use APITokenPrefix for API tokens and "" for sessions.
func NewToken(prefix string) (plain string, hash string, err error) {
	b := make([]byte, tokenBytes)
	if _, err := rand.Read(b); err != nil {
		return "", "", fmt.Errorf("new token: %w", err)
	}
	plain = prefix + base64.RawURLEncoding.EncodeToString(b)
	return plain, HashToken(plain), nil
}

// HashToken returns the lower-case hex SHA-256 of a token, the form the
// store keeps and looks tokens up by. A fast hash is enough: the token
// has 256 bits of entropy, so there is nothing to guess, and a stolen
// table of hashes cannot be turned back into working tokens.
func HashToken(plain string) string {
	sum := sha256.Sum256([]byte(plain))
	return hex.EncodeToString(sum[:])
}

// NewSecret returns 32 random bytes for keying CSRFToken.
func NewSecret() ([]byte, error) {
	b := make([]byte, tokenBytes)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("new secret: %w", err)
	}
	return b, nil
}

// CSRFToken returns the CSRF token of a session: an HMAC-SHA256 of
// sessionID under secret, in unpadded URL-safe base64. It is stateless, so
// every form of a session carries the same token and nothing is stored.
// Pass the session's stored hash rather than its plain token as sessionID,
// so that pages never carry anything derived from the cookie value alone.
func CSRFToken(secret []byte, sessionID string) string {
	return base64.RawURLEncoding.EncodeToString(csrfMAC(secret, sessionID))
}

// CheckCSRF reports, in constant time, whether token is the CSRF token of
// sessionID under secret. An empty secret, session ID or token never
// passes.
func CheckCSRF(secret []byte, sessionID, token string) bool {
	if len(secret) == 0 || sessionID == "" || token == "" {
		return false
	}
	return hmac.Equal([]byte(token), []byte(CSRFToken(secret, sessionID)))
}

func csrfMAC(secret []byte, sessionID string) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(csrfLabel))
	m.Write([]byte(sessionID))
	return m.Sum(nil)
}
