package auth_test

import (
	"regexp"
	"strings"
	"testing"

	"warta/internal/auth"
)

func TestNewToken(t *testing.T) {
	tests := []struct {
		name   string
		prefix string
	}{
		{"session", ""},
		{"API", auth.APITokenPrefix},
	}
	body := regexp.MustCompile(`^[A-Za-z0-9_-]{43}$`)
	hex := regexp.MustCompile(`^[0-9a-f]{64}$`)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			seen := map[string]bool{}
			for range 1000 {
				plain, hash, err := auth.NewToken(tc.prefix)
				if err != nil {
					t.Fatal(err)
				}
				rest, ok := strings.CutPrefix(plain, tc.prefix)
				if !ok || !body.MatchString(rest) {
					t.Fatalf("token %q is not %q + 43 base64url characters", plain, tc.prefix)
				}
				if !hex.MatchString(hash) || hash != auth.HashToken(plain) {
					t.Fatalf("hash %q is not HashToken(%q)", hash, plain)
				}
				if seen[plain] {
					t.Fatalf("token %q issued twice", plain)
				}
				seen[plain] = true
			}
		})
	}
}

func TestHashToken(t *testing.T) {
	tests := []struct {
		name  string
		plain string
		want  string
	}{
		{"empty", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"FIPS 180-2 abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := auth.HashToken(tc.plain); got != tc.want {
				t.Errorf("HashToken(%q) = %s, want %s", tc.plain, got, tc.want)
			}
		})
	}
}

func TestNewSecret(t *testing.T) {
	a, err := auth.NewSecret()
	if err != nil {
		t.Fatal(err)
	}
	b, err := auth.NewSecret()
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != 32 || len(b) != 32 {
		t.Fatalf("secret lengths %d and %d, want 32", len(a), len(b))
	}
	if string(a) == string(b) {
		t.Fatal("two secrets are equal")
	}
}

func TestCSRF(t *testing.T) {
	secret := []byte("0123456789abcdef0123456789abcdef")
	const session = "5f2b0c5e9d0f6f1d2b1c0a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c"
	token := auth.CSRFToken(secret, session)
	// Pinned, and computed outside Go, so that a change of format, which
	// would break forms open in browsers across a deploy, is deliberate.
	const golden = "aEVVIlA1ok5hi5Hmfw1yGcGUJk_PfUuSTtVAzPn_4OI"
	if token != golden {
		t.Errorf("CSRFToken = %q, want %q", token, golden)
	}
	if again := auth.CSRFToken(secret, session); again != token {
		t.Errorf("CSRFToken is not deterministic: %q then %q", token, again)
	}
	flip := []byte(token)
	flip[10] ^= 1
	tests := []struct {
		name    string
		secret  []byte
		session string
		token   string
		want    bool
	}{
		{"valid", secret, session, token, true},
		{"other session", secret, session[1:], token, false},
		{"other secret", []byte("another secret of thirty-two byt"), session, token, false},
		{"flipped character", secret, session, string(flip), false},
		{"truncated", secret, session, token[:len(token)-1], false},
		{"extended", secret, session, token + "A", false},
		{"padded", secret, session, token + "=", false},
		{"newline inside", secret, session, token[:20] + "\n" + token[20:], false},
		{"standard alphabet", secret, session, strings.NewReplacer("-", "+", "_", "/").Replace(token), false},
		{"empty token", secret, session, "", false},
		{"empty session", secret, "", auth.CSRFToken(secret, ""), false},
		{"empty secret", nil, session, auth.CSRFToken(nil, session), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := auth.CheckCSRF(tc.secret, tc.session, tc.token); got != tc.want {
				t.Errorf("CheckCSRF = %v, want %v", got, tc.want)
			}
		})
	}
}

func BenchmarkHashToken(b *testing.B) {
	plain, _, err := auth.NewToken(auth.APITokenPrefix)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		auth.HashToken(plain)
	}
}

func BenchmarkCheckCSRF(b *testing.B) {
	secret, err := auth.NewSecret()
	if err != nil {
		b.Fatal(err)
	}
	token := auth.CSRFToken(secret, "session")
	b.ReportAllocs()
	for b.Loop() {
		if !auth.CheckCSRF(secret, "session", token) {
			b.Fatal("rejected")
		}
	}
}
