package auth

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"

	"warta"
)

// Password length policy. The minimum counts characters, so an Indonesian
// or emoji passphrase is not penalised for its encoding; the maximum counts
// bytes, because it bounds the work a request can ask of the server.
const (
	MinPasswordLen = 10
	MaxPasswordLen = 1024
)

// Params are the argon2id cost parameters of a password hash. Memory is in
// KiB, Time is the number of passes, Threads the degree of parallelism,
// SaltLen and KeyLen are in bytes.
type Params struct {
	Memory  uint32
	Time    uint32
	Threads uint8
	SaltLen uint32
	KeyLen  uint32
}

// DefaultParams are the parameters new hashes use: 64 MiB, 3 passes and 2
// lanes, with a 16-byte salt and a 32-byte key. They follow the second
// recommended option of RFC 9106 §4 (64 MiB, t=3) and sit above the OWASP
// minimum for argon2id (19 MiB, t=2). On the reference machine (2 cores) a
// verification takes about 60 ms, slow enough to make offline guessing
// costly and fast enough for a login form; 2 lanes match its cores. The
// memory is held only during a run, and runs go one CPU pair at a time
// (see hashlimit.go), so a burst of logins costs waiting, not memory.
var DefaultParams = Params{Memory: 64 * 1024, Time: 3, Threads: 2, SaltLen: 16, KeyLen: 32}

// TestParams are the cheapest parameters the parser accepts. They exist so
// that tests in other packages can create users quickly; never use them
// for real accounts.
var TestParams = Params{Memory: 8, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

// Limits on the parameters of a stored hash. A hash read from the database
// is trusted no further than these: a tampered row asking for 4 GiB or a
// thousand passes would turn every login into a denial of service.
const (
	maxMemory    = 1 << 20 // KiB, 1 GiB
	maxTime      = 20
	maxThreads   = 64
	minSaltLen   = 8
	maxSaltLen   = 64
	minKeyLen    = 16
	maxKeyLen    = 128
	maxHashLen   = 512 // bytes of the encoded form; the largest valid one is under 300
	hashAlgoName = "argon2id"
)

// HashPassword hashes password with argon2id under p and returns it in the
// PHC string format:
//
//	$argon2id$v=19$m=65536,t=3,p=2$<salt>$<key>
//
// with salt and key in unpadded standard base64. A password shorter than
// MinPasswordLen characters or longer than MaxPasswordLen bytes is rejected
// with an invalid *warta.Error (keys error.password_too_short and
// error.password_too_long, the limit as the argument). Parameters outside
// the limits VerifyPassword accepts are a programming error and return a
// plain error. When no hashing slot comes free in time it returns ErrBusy.
func HashPassword(password string, p Params) (string, error) {
	return HashPasswordContext(context.Background(), password, p)
}

// HashPasswordContext is HashPassword giving up on a hashing slot when
// ctx ends.
func HashPasswordContext(ctx context.Context, password string, p Params) (string, error) {
	if len(password) > MaxPasswordLen {
		return "", &warta.Error{Code: warta.EINVALID, Key: "error.password_too_long",
			Args: []any{MaxPasswordLen}, Message: fmt.Sprintf("password is longer than %d bytes", MaxPasswordLen)}
	}
	if utf8.RuneCountInString(password) < MinPasswordLen {
		return "", &warta.Error{Code: warta.EINVALID, Key: "error.password_too_short",
			Args: []any{MinPasswordLen}, Message: fmt.Sprintf("password is shorter than %d characters", MinPasswordLen)}
	}
	if err := p.validate(); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	var key []byte
	if err := withHashSlot(ctx, func() {
		key = argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	}); err != nil {
		return "", err
	}
	return encodeHash(p, salt, key), nil
}

// VerifyPassword reports whether password matches the encoded hash, in
// constant time with respect to the key. needsRehash is true when the
// password matched but the hash was made with parameters other than
// DefaultParams; the caller should then store a fresh HashPassword result.
//
// err is non-nil only when encoded is not a well-formed argon2id PHC string
// within the parameter limits (at most 1 GiB of memory, 20 passes, 64
// lanes, a 8–64 byte salt and a 16–128 byte key). Such a value never comes
// from HashPassword, so it means a corrupt or tampered row: treat it as an
// internal error, not as a wrong password. The one other error is
// ErrBusy, when no hashing slot came free in time: then nothing was
// checked.
func VerifyPassword(password, encoded string) (ok bool, needsRehash bool, err error) {
	return DefaultParams.Verify(password, encoded)
}

// VerifyPasswordContext is VerifyPassword giving up on a hashing slot
// when ctx ends.
func VerifyPasswordContext(ctx context.Context, password, encoded string) (ok bool, needsRehash bool, err error) {
	return DefaultParams.VerifyContext(ctx, password, encoded)
}

// Verify is VerifyPassword with p, rather than DefaultParams, as the
// parameters a current hash should have. A server configured with
// TestParams uses it so that its logins do not rehash every password.
func (p Params) Verify(password, encoded string) (ok bool, needsRehash bool, err error) {
	return p.VerifyContext(context.Background(), password, encoded)
}

// VerifyContext is Verify giving up on a hashing slot when ctx ends.
func (p Params) VerifyContext(ctx context.Context, password, encoded string) (ok bool, needsRehash bool, err error) {
	got, salt, key, err := parseHash(encoded)
	if err != nil {
		return false, false, err
	}
	var derived []byte
	if err := withHashSlot(ctx, func() {
		derived = argon2.IDKey([]byte(password), salt, got.Time, got.Memory, got.Threads, got.KeyLen)
	}); err != nil {
		return false, false, err
	}
	if subtle.ConstantTimeCompare(derived, key) != 1 {
		return false, false, nil
	}
	return true, got != p, nil
}

// DummyVerify does the work of VerifyPassword against a fixed hash with
// DefaultParams and discards the result. Call it when no account matches
// the login name, so that "no such user" takes as long as "wrong password"
// and response times do not reveal which accounts exist. It takes a
// hashing slot like a real verification, and returns ErrBusy when none
// came free in time.
func DummyVerify(ctx context.Context, password string) error {
	return DefaultParams.DummyVerify(ctx, password)
}

// DummyVerify is DummyVerify for a server whose hashes use p.
func (p Params) DummyVerify(ctx context.Context, password string) error {
	// The salt and key are fixed zero bytes: the cost of argon2 does not
	// depend on their values, only on the parameters and the password.
	encoded := encodeHash(p, make([]byte, p.SaltLen), make([]byte, p.KeyLen))
	_, _, err := p.VerifyContext(ctx, password, encoded)
	return err
}

// ParseHash returns the parameters of an encoded hash, checking it as
// strictly as VerifyPassword does. Its SaltLen and KeyLen are those of the
// stored salt and key.
func ParseHash(encoded string) (Params, error) {
	p, _, _, err := parseHash(encoded)
	return p, err
}

func encodeHash(p Params, salt, key []byte) string {
	return fmt.Sprintf("$%s$v=%d$m=%d,t=%d,p=%d$%s$%s", hashAlgoName, argon2.Version,
		p.Memory, p.Time, p.Threads,
		base64.RawStdEncoding.EncodeToString(salt), base64.RawStdEncoding.EncodeToString(key))
}

// parseHash accepts exactly the strings encodeHash produces: one spelling
// per value, so a hash cannot be altered without changing what it says.
func parseHash(encoded string) (p Params, salt, key []byte, err error) {
	if len(encoded) > maxHashLen {
		return p, nil, nil, hashError("too long")
	}
	fields := strings.Split(encoded, "$")
	if len(fields) != 6 || fields[0] != "" {
		return p, nil, nil, hashError("not a PHC string")
	}
	if fields[1] != hashAlgoName {
		return p, nil, nil, hashError("algorithm is not argon2id")
	}
	if fields[2] != "v="+strconv.Itoa(argon2.Version) {
		return p, nil, nil, hashError("unsupported version")
	}
	m, rest, ok := cutParam(fields[3], "m=", maxMemory)
	if !ok || !strings.HasPrefix(rest, ",") {
		return p, nil, nil, hashError("bad memory parameter")
	}
	t, rest, ok := cutParam(rest[1:], "t=", maxTime)
	if !ok || !strings.HasPrefix(rest, ",") {
		return p, nil, nil, hashError("bad time parameter")
	}
	threads, rest, ok := cutParam(rest[1:], "p=", maxThreads)
	if !ok || rest != "" {
		return p, nil, nil, hashError("bad parallelism parameter")
	}
	p = Params{Memory: uint32(m), Time: uint32(t), Threads: uint8(threads)}
	if salt, err = decodeB64(fields[4]); err != nil {
		return Params{}, nil, nil, hashError("bad salt")
	}
	if key, err = decodeB64(fields[5]); err != nil {
		return Params{}, nil, nil, hashError("bad key")
	}
	p.SaltLen, p.KeyLen = uint32(len(salt)), uint32(len(key))
	if err := p.validate(); err != nil {
		return Params{}, nil, nil, hashError(err.Error())
	}
	return p, salt, key, nil
}

// cutParam reads name followed by a canonical decimal no greater than max
// from the front of s, and returns the value and what follows it.
func cutParam(s, name string, max uint64) (v uint64, rest string, ok bool) {
	s, ok = strings.CutPrefix(s, name)
	if !ok {
		return 0, "", false
	}
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	// Ten digits hold any uint32; a leading zero would be a second spelling.
	if n == 0 || n > 10 || (s[0] == '0' && n > 1) {
		return 0, "", false
	}
	v, err := strconv.ParseUint(s[:n], 10, 64)
	if err != nil || v > max {
		return 0, "", false
	}
	return v, s[n:], true
}

// decodeB64 decodes unpadded standard base64 strictly. The check on the
// alphabet comes first because the decoder skips CR and LF.
func decodeB64(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/') {
			return nil, errors.New("character outside the base64 alphabet")
		}
	}
	return base64.RawStdEncoding.Strict().DecodeString(s)
}

// validate checks p against the limits a stored hash must respect.
func (p Params) validate() error {
	switch {
	case p.Threads < 1 || p.Threads > maxThreads:
		return fmt.Errorf("parallelism %d outside 1–%d", p.Threads, maxThreads)
	case p.Time < 1 || p.Time > maxTime:
		return fmt.Errorf("time %d outside 1–%d", p.Time, maxTime)
	case p.Memory < 8*uint32(p.Threads) || p.Memory > maxMemory:
		// argon2 silently raises memory below 8 KiB per lane, so a smaller
		// value would not say what was computed.
		return fmt.Errorf("memory %d KiB outside %d–%d", p.Memory, 8*uint32(p.Threads), maxMemory)
	case p.SaltLen < minSaltLen || p.SaltLen > maxSaltLen:
		return fmt.Errorf("salt length %d outside %d–%d", p.SaltLen, minSaltLen, maxSaltLen)
	case p.KeyLen < minKeyLen || p.KeyLen > maxKeyLen:
		return fmt.Errorf("key length %d outside %d–%d", p.KeyLen, minKeyLen, maxKeyLen)
	}
	return nil
}

func hashError(why string) error {
	return fmt.Errorf("parse password hash: %s", why)
}
