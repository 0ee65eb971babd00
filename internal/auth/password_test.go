package auth_test

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"warta"
	"warta/internal/auth"
)

// MustHash hashes password under p or fails the test.
func MustHash(tb testing.TB, password string, p auth.Params) string {
	tb.Helper()
	h, err := auth.HashPassword(password, p)
	if err != nil {
		tb.Fatalf("HashPassword: %v", err)
	}
	return h
}

func TestHashPasswordFormat(t *testing.T) {
	const pw = "kata sandi rahasia"
	h1 := MustHash(t, pw, auth.TestParams)
	h2 := MustHash(t, pw, auth.TestParams)
	re := regexp.MustCompile(`^\$argon2id\$v=19\$m=8,t=1,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$`)
	for _, h := range []string{h1, h2} {
		if !re.MatchString(h) {
			t.Errorf("hash %q does not match %s", h, re)
		}
	}
	if h1 == h2 {
		t.Error("two hashes of one password are equal: salt is not random")
	}
	p, err := auth.ParseHash(h1)
	if err != nil {
		t.Fatal(err)
	}
	if p != auth.TestParams {
		t.Errorf("ParseHash = %+v, want %+v", p, auth.TestParams)
	}
}

func TestHashPasswordDefaultParams(t *testing.T) {
	h := MustHash(t, "kata sandi rahasia", auth.DefaultParams)
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=3,p=2$") {
		t.Fatalf("hash = %q", h)
	}
	ok, rehash, err := auth.VerifyPassword("kata sandi rahasia", h)
	if !ok || rehash || err != nil {
		t.Fatalf("VerifyPassword = %v, %v, %v; want true, false, nil", ok, rehash, err)
	}
}

func TestHashPasswordLength(t *testing.T) {
	tests := []struct {
		name     string
		password string
		key      string // "" when accepted
		arg      int
	}{
		{"empty", "", "error.password_too_short", auth.MinPasswordLen},
		{"nine ASCII", "123456789", "error.password_too_short", auth.MinPasswordLen},
		{"ten ASCII", "1234567890", "", 0},
		{"nine runes in eighteen bytes", strings.Repeat("é", 9), "error.password_too_short", auth.MinPasswordLen},
		{"ten runes in twenty bytes", strings.Repeat("é", 10), "", 0},
		{"ten emoji", strings.Repeat("🔑", 10), "", 0},
		{"at the byte limit", strings.Repeat("a", auth.MaxPasswordLen), "", 0},
		{"one byte over", strings.Repeat("a", auth.MaxPasswordLen+1), "error.password_too_long", auth.MaxPasswordLen},
		{"multibyte over", strings.Repeat("é", auth.MaxPasswordLen/2+1), "error.password_too_long", auth.MaxPasswordLen},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, err := auth.HashPassword(tc.password, auth.TestParams)
			if tc.key == "" {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				if ok, _, err := auth.VerifyPassword(tc.password, h); !ok || err != nil {
					t.Fatalf("VerifyPassword = %v, %v", ok, err)
				}
				return
			}
			var e *warta.Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *warta.Error", err)
			}
			if e.Code != warta.EINVALID || e.Key != tc.key {
				t.Errorf("err = {%s %s}, want {%s %s}", e.Code, e.Key, warta.EINVALID, tc.key)
			}
			if len(e.Args) != 1 || e.Args[0] != tc.arg {
				t.Errorf("args = %v, want [%d]", e.Args, tc.arg)
			}
			if h != "" {
				t.Errorf("hash = %q on error", h)
			}
		})
	}
}

func TestHashPasswordBadParams(t *testing.T) {
	p := auth.TestParams
	tests := []struct {
		name   string
		params auth.Params
	}{
		{"zero", auth.Params{}},
		{"no threads", withParams(p, func(p *auth.Params) { p.Threads = 0 })},
		{"no passes", withParams(p, func(p *auth.Params) { p.Time = 0 })},
		{"too many passes", withParams(p, func(p *auth.Params) { p.Time = 21 })},
		{"memory under 8 KiB a lane", withParams(p, func(p *auth.Params) { p.Threads = 2; p.Memory = 15 })},
		{"memory over 1 GiB", withParams(p, func(p *auth.Params) { p.Memory = 1<<20 + 1 })},
		{"short salt", withParams(p, func(p *auth.Params) { p.SaltLen = 7 })},
		{"short key", withParams(p, func(p *auth.Params) { p.KeyLen = 15 })},
		{"long key", withParams(p, func(p *auth.Params) { p.KeyLen = 129 })},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := auth.HashPassword("kata sandi rahasia", tc.params)
			if err == nil {
				t.Fatal("no error")
			}
			if code := warta.ErrorCode(err); code != warta.EINTERNAL {
				t.Errorf("code = %s, want %s: bad parameters are a programming error", code, warta.EINTERNAL)
			}
		})
	}
}

func withParams(p auth.Params, f func(*auth.Params)) auth.Params {
	f(&p)
	return p
}

func TestVerifyPassword(t *testing.T) {
	const pw = "Jakarta-2024!"
	hash := MustHash(t, pw, auth.TestParams)
	tests := []struct {
		name     string
		password string
		encoded  string
		ok       bool
		rehash   bool
	}{
		{"right password, weaker params", pw, hash, true, true},
		{"wrong password", "Jakarta-2025!", hash, false, false},
		{"other case", strings.ToUpper(pw), hash, false, false},
		{"trailing space", pw + " ", hash, false, false},
		{"empty", "", hash, false, false},
		{"prefix", pw[:len(pw)-1], hash, false, false},
		// Made with the reference implementation's command-line tool, so
		// hashes move between Warta and other argon2id users.
		{"reference tool, 64 KiB", "kata sandi rahasia",
			"$argon2id$v=19$m=64,t=2,p=1$Z2FyYW0td2FydGEtdWpp$aZWCx/4CGfLTOgLjPwEAzXk+XqG6xx6H9BkezoGDPhI", true, true},
		{"reference tool, 64 MiB and 4 lanes", "password",
			"$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo", true, true},
		{"reference tool, wrong password", "kata sandi rahasiA",
			"$argon2id$v=19$m=64,t=2,p=1$Z2FyYW0td2FydGEtdWpp$aZWCx/4CGfLTOgLjPwEAzXk+XqG6xx6H9BkezoGDPhI", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ok, rehash, err := auth.VerifyPassword(tc.password, tc.encoded)
			if err != nil {
				t.Fatal(err)
			}
			if ok != tc.ok || rehash != tc.rehash {
				t.Errorf("VerifyPassword = %v, %v; want %v, %v", ok, rehash, tc.ok, tc.rehash)
			}
		})
	}
}

func TestParamsVerifyRehash(t *testing.T) {
	const pw = "kata sandi rahasia"
	hash := MustHash(t, pw, auth.TestParams)
	tests := []struct {
		name   string
		policy auth.Params
	}{
		{"same params", auth.TestParams},
		{"more memory wanted", withParams(auth.TestParams, func(p *auth.Params) { p.Memory *= 2 })},
		{"more passes wanted", withParams(auth.TestParams, func(p *auth.Params) { p.Time++ })},
		{"more lanes wanted", withParams(auth.TestParams, func(p *auth.Params) { p.Threads++ })},
		{"longer salt wanted", withParams(auth.TestParams, func(p *auth.Params) { p.SaltLen++ })},
		{"longer key wanted", withParams(auth.TestParams, func(p *auth.Params) { p.KeyLen++ })},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.policy != auth.TestParams
			ok, rehash, err := tc.policy.Verify(pw, hash)
			if !ok || err != nil || rehash != want {
				t.Errorf("Verify = %v, %v, %v; want true, %v, nil", ok, rehash, err, want)
			}
			if ok, rehash, _ := tc.policy.Verify("wrong password", hash); ok || rehash {
				t.Errorf("wrong password: Verify = %v, %v", ok, rehash)
			}
		})
	}
}

// validSalt and validKey are base64 of 16 and 32 bytes.
const (
	validSalt = "c29tZXNhbHRzb21lc2FsdA"
	validKey  = "aZWCx/4CGfLTOgLjPwEAzXk+XqG6xx6H9BkezoGDPhI"
)

func phc(params, salt, key string) string {
	return "$argon2id$v=19$" + params + "$" + salt + "$" + key
}

func TestVerifyPasswordMalformed(t *testing.T) {
	tests := []struct {
		name    string
		encoded string
	}{
		{"empty", ""},
		{"plain text", "kata sandi rahasia"},
		{"bcrypt", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"},
		{"argon2i", "$argon2i$v=19$m=8,t=1,p=1$" + validSalt + "$" + validKey},
		{"argon2d", "$argon2d$v=19$m=8,t=1,p=1$" + validSalt + "$" + validKey},
		{"upper-case algorithm", "$ARGON2ID$v=19$m=8,t=1,p=1$" + validSalt + "$" + validKey},
		{"version 16", "$argon2id$v=16$m=8,t=1,p=1$" + validSalt + "$" + validKey},
		{"no version", "$argon2id$m=8,t=1,p=1$" + validSalt + "$" + validKey},
		{"no leading dollar", "argon2id$v=19$m=8,t=1,p=1$" + validSalt + "$" + validKey},
		{"trailing dollar", phc("m=8,t=1,p=1", validSalt, validKey) + "$"},
		{"trailing newline", phc("m=8,t=1,p=1", validSalt, validKey) + "\n"},
		{"leading space", " " + phc("m=8,t=1,p=1", validSalt, validKey)},
		{"no key", "$argon2id$v=19$m=8,t=1,p=1$" + validSalt},
		{"empty key", phc("m=8,t=1,p=1", validSalt, "")},
		{"empty salt", phc("m=8,t=1,p=1", "", validKey)},
		{"params out of order", phc("t=1,m=8,p=1", validSalt, validKey)},
		{"missing param", phc("m=8,t=1", validSalt, validKey)},
		{"extra param", phc("m=8,t=1,p=1,k=1", validSalt, validKey)},
		{"keyid param", phc("m=8,t=1,p=1,keyid=abc", validSalt, validKey)},
		{"space in params", phc("m=8, t=1,p=1", validSalt, validKey)},
		{"leading zero", phc("m=08,t=1,p=1", validSalt, validKey)},
		{"plus sign", phc("m=+8,t=1,p=1", validSalt, validKey)},
		{"negative", phc("m=-8,t=1,p=1", validSalt, validKey)},
		{"hex", phc("m=0x8,t=1,p=1", validSalt, validKey)},
		{"empty value", phc("m=,t=1,p=1", validSalt, validKey)},
		{"overflowing value", phc("m=99999999999999999999,t=1,p=1", validSalt, validKey)},
		{"uint32 wrap", phc("m=4294967304,t=1,p=1", validSalt, validKey)},
		{"zero passes", phc("m=8,t=0,p=1", validSalt, validKey)},
		{"zero lanes", phc("m=8,t=1,p=0", validSalt, validKey)},
		{"memory under 8 KiB a lane", phc("m=15,t=1,p=2", validSalt, validKey)},
		{"memory over 1 GiB", phc("m=1048577,t=1,p=1", validSalt, validKey)},
		{"memory 4 GiB", phc("m=4194304,t=1,p=1", validSalt, validKey)},
		{"21 passes", phc("m=8,t=21,p=1", validSalt, validKey)},
		{"huge pass count", phc("m=8,t=4294967295,p=1", validSalt, validKey)},
		{"65 lanes", phc("m=1024,t=1,p=65", validSalt, validKey)},
		{"256 lanes", phc("m=4096,t=1,p=256", validSalt, validKey)},
		{"padded salt", phc("m=8,t=1,p=1", validSalt+"==", validKey)},
		{"padded key", phc("m=8,t=1,p=1", validSalt, validKey+"=")},
		{"URL alphabet", phc("m=8,t=1,p=1", validSalt, strings.ReplaceAll(validKey, "/", "_"))},
		{"newline in salt", phc("m=8,t=1,p=1", validSalt[:10]+"\n"+validSalt[10:], validKey)},
		{"CR in key", phc("m=8,t=1,p=1", validSalt, validKey[:10]+"\r"+validKey[10:])},
		{"non-canonical trailing bits", phc("m=8,t=1,p=1", validSalt[:len(validSalt)-1]+"B", validKey)},
		{"impossible base64 length", phc("m=8,t=1,p=1", validSalt+"AAA", validKey)},
		{"salt of 7 bytes", phc("m=8,t=1,p=1", b64(7), validKey)},
		{"salt of 65 bytes", phc("m=8,t=1,p=1", b64(65), validKey)},
		{"key of 15 bytes", phc("m=8,t=1,p=1", validSalt, b64(15))},
		{"key of 129 bytes", phc("m=8,t=1,p=1", validSalt, b64(129))},
		{"very long", phc("m=8,t=1,p=1", validSalt, validKey) + strings.Repeat("A", 1<<20)},
		{"NUL", phc("m=8,t=1,p=1", validSalt, validKey) + "\x00"},
		{"invalid UTF-8", phc("m=8,t=1,p=1", validSalt, validKey[:5]+"\xff"+validKey[6:])},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ok, rehash, err := auth.VerifyPassword("kata sandi rahasia", tc.encoded)
			if err == nil {
				t.Fatal("no error")
			}
			if ok || rehash {
				t.Errorf("ok, rehash = %v, %v on error", ok, rehash)
			}
			if strings.Contains(err.Error(), validKey) || strings.Contains(err.Error(), validSalt) {
				t.Errorf("error %q repeats the stored hash", err)
			}
			if _, err := auth.ParseHash(tc.encoded); err == nil {
				t.Error("ParseHash accepts what VerifyPassword refuses")
			}
		})
	}
}

func TestParseHashLimits(t *testing.T) {
	tests := []struct {
		name    string
		encoded string
		want    auth.Params
	}{
		{"smallest", phc("m=8,t=1,p=1", "c29tZXNhbHQ", b64(16)), auth.Params{Memory: 8, Time: 1, Threads: 1, SaltLen: 8, KeyLen: 16}},
		{"largest", phc("m=1048576,t=20,p=64", b64(64), b64(128)), auth.Params{Memory: 1 << 20, Time: 20, Threads: 64, SaltLen: 64, KeyLen: 128}},
		{"default", phc("m=65536,t=3,p=2", validSalt, validKey), auth.DefaultParams},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := auth.ParseHash(tc.encoded)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("ParseHash = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// b64 returns unpadded standard base64 of n bytes.
func b64(n int) string {
	s := strings.Repeat("A", n*4/3)
	if n%3 != 0 {
		s += "A"
	}
	return s
}

// TestDummyVerifyDoesTheWork checks that DummyVerify spends what a real
// verification under DefaultParams spends. Memory is measured rather than
// time because it is deterministic: argon2 allocates its whole matrix.
func TestDummyVerifyDoesTheWork(t *testing.T) {
	hash := MustHash(t, "kata sandi rahasia", auth.DefaultParams)
	verify := allocated(func() { _, _, _ = auth.VerifyPassword("tebakan salah", hash) })
	dummy := allocated(func() { auth.DummyVerify(context.Background(), "tebakan salah") })
	const matrix = 64 << 20
	if verify < matrix || dummy < matrix {
		t.Fatalf("allocated %d bytes verifying and %d in DummyVerify, want at least %d each", verify, dummy, matrix)
	}
	if dummy < verify*9/10 || dummy > verify*11/10 {
		t.Errorf("DummyVerify allocated %d bytes, VerifyPassword %d", dummy, verify)
	}
	// DummyVerify takes any input without complaint.
	for _, pw := range []string{"", "\x00", strings.Repeat("x", auth.MaxPasswordLen+1)} {
		auth.TestParams.DummyVerify(context.Background(), pw)
	}
}

func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func FuzzParseHash(f *testing.F) {
	f.Add(phc("m=8,t=1,p=1", validSalt, validKey))
	f.Add(phc("m=65536,t=3,p=2", validSalt, validKey))
	f.Add("$argon2id$v=19$m=64,t=2,p=1$Z2FyYW0td2FydGEtdWpp$aZWCx/4CGfLTOgLjPwEAzXk+XqG6xx6H9BkezoGDPhI")
	f.Add(phc("m=08,t=1,p=1", validSalt, validKey))
	f.Add(phc("m=8,t=1,p=1", validSalt+"=", validKey))
	f.Add(phc("m=4294967304,t=1,p=1", validSalt, validKey))
	f.Add("$argon2id$v=19$m=8,t=1,p=1$$")
	f.Add("$$$$$")
	f.Add("")
	f.Fuzz(func(t *testing.T, encoded string) {
		p, err := auth.ParseHash(encoded)
		if err != nil {
			if p != (auth.Params{}) {
				t.Errorf("ParseHash returned %+v with an error", p)
			}
			ok, rehash, verr := auth.TestParams.Verify("kata sandi rahasia", encoded)
			if verr == nil || ok || rehash {
				t.Errorf("Verify = %v, %v, %v for a hash ParseHash refuses", ok, rehash, verr)
			}
			return
		}
		if p.Threads < 1 || p.Threads > 64 || p.Time < 1 || p.Time > 20 ||
			p.Memory < 8*uint32(p.Threads) || p.Memory > 1<<20 ||
			p.SaltLen < 8 || p.SaltLen > 64 || p.KeyLen < 16 || p.KeyLen > 128 {
			t.Fatalf("ParseHash accepted out-of-range %+v", p)
		}
		// Accepted hashes have one spelling: the header is exactly what
		// HashPassword would write for these parameters.
		header := fmt.Sprintf("$argon2id$v=19$m=%d,t=%d,p=%d$", p.Memory, p.Time, p.Threads)
		if !strings.HasPrefix(encoded, header) {
			t.Fatalf("%q accepted but does not start with %q", encoded, header)
		}
		// Verifying is cheap enough to try only for small parameters.
		if p.Memory*p.Time <= 512 {
			if _, _, err := auth.TestParams.Verify("kata sandi rahasia", encoded); err != nil {
				t.Fatalf("Verify refuses what ParseHash accepts: %v", err)
			}
		}
	})
}

func BenchmarkVerifyPassword(b *testing.B) {
	for _, bc := range []struct {
		name   string
		params auth.Params
	}{
		{"default", auth.DefaultParams},
		{"test", auth.TestParams},
	} {
		hash := MustHash(b, "kata sandi rahasia", bc.params)
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if ok, _, err := bc.params.Verify("kata sandi rahasia", hash); !ok || err != nil {
					b.Fatal(ok, err)
				}
			}
		})
	}
}

func BenchmarkDummyVerify(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		auth.DummyVerify(context.Background(), "kata sandi rahasia")
	}
}

func BenchmarkParseHash(b *testing.B) {
	hash := phc("m=65536,t=3,p=2", validSalt, validKey)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := auth.ParseHash(hash); err != nil {
			b.Fatal(err)
		}
	}
}
