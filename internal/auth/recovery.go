package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// RecoveryCodes is how many one-time recovery codes a user gets when
// two-step verification is turned on or the codes are made anew.
const RecoveryCodes = 10

// Recovery codes are 12 characters of lower-case base32 (60 bits), shown
// in groups of four: "k7mq-x2fp-ta4e". The alphabet has no 0, 1, 8 or 9,
// so a code read back from paper cannot be mistaken for a TOTP code, and
// 0 and 1 typed for o and l are read as those letters.
const (
	recoveryChars = 12
	recoveryGroup = 4
)

var recoveryEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// NewRecoveryCodes returns RecoveryCodes fresh codes, formatted for
// display; store only RecoveryHash of each.
func NewRecoveryCodes() ([]string, error) {
	codes := make([]string, RecoveryCodes)
	b := make([]byte, recoveryChars*5/8)
	for i := range codes {
		if _, err := rand.Read(b); err != nil {
			return nil, fmt.Errorf("new recovery codes: %w", err)
		}
		s := recoveryEncoding.EncodeToString(b)
		var groups []string
		for j := 0; j < len(s); j += recoveryGroup {
			groups = append(groups, s[j:j+recoveryGroup])
		}
		codes[i] = strings.Join(groups, "-")
	}
	return codes, nil
}

// NormalizeRecoveryCode returns code as generated, without grouping: in
// lower case, without spaces or dashes, with 0 and 1 read as o and l.
func NormalizeRecoveryCode(code string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '-' || r == '\t':
			return -1
		case r == '0':
			return 'o'
		case r == '1':
			return 'l'
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		}
		return r
	}, code)
}

// IsRecoveryCode reports whether code, normalised, has the shape of a
// recovery code; a sign-in form uses it to tell one from a TOTP code.
func IsRecoveryCode(code string) bool {
	s := NormalizeRecoveryCode(code)
	if len(s) != recoveryChars {
		return false
	}
	_, err := recoveryEncoding.DecodeString(s)
	return err == nil
}

// RecoveryHash is the hash the store keeps for a user's recovery code: hex
// SHA-256 over the user's ID and the normalised code. With 60 random bits
// per code a fast hash is enough; the user ID keeps equal codes of two
// users apart and makes one table of hashes useless against another.
func RecoveryHash(userID int64, code string) string {
	sum := sha256.Sum256([]byte("warta recovery v1\x00" + strconv.FormatInt(userID, 10) + "\x00" + NormalizeRecoveryCode(code)))
	return hex.EncodeToString(sum[:])
}
