package auth

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base32"
	"encoding/binary"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// TOTP parameters (RFC 6238): six digits from HMAC-SHA1 over 30-second
// steps, the only combination every authenticator app supports.
const (
	TOTPDigits = 6
	TOTPPeriod = 30 * time.Second
)

// Secret sizes in bytes: RFC 4226 requires at least 128 bits and
// recommends 160, which is what NewTOTPSecret makes.
const (
	totpSecretBytes    = 20
	minTOTPSecretBytes = 16
	maxTOTPSecretBytes = 64
	totpModulus        = 1_000_000 // 10^TOTPDigits
)

// NewTOTPSecret returns a fresh 20-byte TOTP secret in unpadded base32, the
// form authenticator apps take and TOTPURI embeds.
func NewTOTPSecret() (string, error) {
	b := make([]byte, totpSecretBytes)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("new totp secret: %w", err)
	}
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b), nil
}

// TOTPCode returns the six-digit code of secret for the 30-second step
// holding t. The secret is base32, in either case, with or without padding
// and spaces. It fails on a secret that does not decode to 16–64 bytes and
// on times before 1970.
func TOTPCode(secret string, t time.Time) (string, error) {
	key, err := decodeTOTPSecret(secret)
	if err != nil {
		return "", err
	}
	step, err := totpStep(t)
	if err != nil {
		return "", err
	}
	return hotp(key, uint64(step)), nil
}

// CheckTOTP reports whether code is the code of secret for the step
// holding t or for the step on either side of it, which absorbs clock
// drift and the time a person takes to type. Spaces in code are ignored,
// since apps show codes as "123 456". The comparison is constant-time.
//
// CheckTOTP alone accepts a code more than once while it is valid; to
// refuse replays, use MatchTOTP and remember the last step accepted.
func CheckTOTP(secret, code string, t time.Time) bool {
	_, ok := MatchTOTP(secret, code, t)
	return ok
}

// MatchTOTP is CheckTOTP that also returns the step the code belongs to
// (Unix time divided by 30 s). RFC 6238 §5.2 asks a verifier to refuse a
// code once used: store the step of each accepted code with the account
// and reject a code whose step is not greater than the stored one.
func MatchTOTP(secret, code string, t time.Time) (step int64, ok bool) {
	code = strings.ReplaceAll(code, " ", "")
	if len(code) != TOTPDigits || strings.Trim(code, "0123456789") != "" {
		return 0, false
	}
	key, err := decodeTOTPSecret(secret)
	if err != nil {
		return 0, false
	}
	now, err := totpStep(t)
	if err != nil {
		return 0, false
	}
	// Every candidate is computed and compared, so the time taken does not
	// depend on which step, if any, matched.
	var match [3]int
	for i := range match {
		s := now + int64(i) - 1
		if s < 0 {
			continue
		}
		match[i] = subtle.ConstantTimeCompare([]byte(hotp(key, uint64(s))), []byte(code))
	}
	for i, m := range match {
		if m == 1 {
			return now + int64(i) - 1, true
		}
	}
	return 0, false
}

// TOTPURI returns the otpauth:// URI that authenticator apps read from a
// QR code, in the Key URI format: label "issuer:account", and the secret,
// issuer, algorithm, digits and period as parameters. Spaces are escaped
// as %20, which every app decodes, rather than "+", which some show.
func TOTPURI(secret, issuer, account string) string {
	label := totpEscape(account)
	if issuer != "" {
		label = totpEscape(issuer) + ":" + label
	}
	q := "secret=" + totpEscape(secret)
	if issuer != "" {
		q += "&issuer=" + totpEscape(issuer)
	}
	q += fmt.Sprintf("&algorithm=SHA1&digits=%d&period=%d", TOTPDigits, int(TOTPPeriod/time.Second))
	return "otpauth://totp/" + label + "?" + q
}

func totpEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

func decodeTOTPSecret(secret string) ([]byte, error) {
	s := strings.ToUpper(strings.ReplaceAll(secret, " ", ""))
	s = strings.TrimRight(s, "=")
	key, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("decode totp secret: %w", err)
	}
	if len(key) < minTOTPSecretBytes || len(key) > maxTOTPSecretBytes {
		return nil, fmt.Errorf("decode totp secret: %d bytes, want %d–%d", len(key), minTOTPSecretBytes, maxTOTPSecretBytes)
	}
	return key, nil
}

func totpStep(t time.Time) (int64, error) {
	u := t.Unix()
	if u < 0 {
		return 0, errors.New("totp: time before 1970")
	}
	return u / int64(TOTPPeriod/time.Second), nil
}

// hotp is RFC 4226's HOTP with SHA-1, truncated to TOTPDigits digits.
func hotp(key []byte, counter uint64) string {
	var msg [8]byte
	binary.BigEndian.PutUint64(msg[:], counter)
	m := hmac.New(sha1.New, key)
	m.Write(msg[:])
	sum := m.Sum(nil)
	off := sum[len(sum)-1] & 0x0f
	bin := binary.BigEndian.Uint32(sum[off:off+4]) & 0x7fffffff
	return fmt.Sprintf("%0*d", TOTPDigits, bin%totpModulus)
}
