package auth_test

import (
	"encoding/base32"
	"net/url"
	"strings"
	"testing"
	"time"

	"warta/internal/auth"
)

// rfcSecret is the SHA-1 seed of RFC 6238 appendix B, "12345678901234567890",
// in base32.
const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"

func TestTOTPCodeRFC6238(t *testing.T) {
	// Appendix B lists eight-digit codes; six-digit codes are their last
	// six digits, since both are the same number modulo a power of ten.
	tests := []struct {
		unix  int64
		eight string
	}{
		{59, "94287082"},
		{1111111109, "07081804"},
		{1111111111, "14050471"},
		{1234567890, "89005924"},
		{2000000000, "69279037"},
		{20000000000, "65353130"},
	}
	for _, tc := range tests {
		t.Run(tc.eight, func(t *testing.T) {
			got, err := auth.TOTPCode(rfcSecret, time.Unix(tc.unix, 0))
			if err != nil {
				t.Fatal(err)
			}
			if want := tc.eight[2:]; got != want {
				t.Errorf("TOTPCode at %d = %s, want %s", tc.unix, got, want)
			}
		})
	}
}

func TestTOTPCodeSecretForms(t *testing.T) {
	at := time.Unix(1111111111, 0)
	seed16 := []byte("1234567890123456")
	tests := []struct {
		name      string
		secret    string
		canonical string
	}{
		{"canonical", rfcSecret, rfcSecret},
		{"lower case", strings.ToLower(rfcSecret), rfcSecret},
		{"grouped", "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", rfcSecret},
		{"padded", base32.StdEncoding.EncodeToString(seed16),
			base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(seed16)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := auth.TOTPCode(tc.secret, at)
			if err != nil {
				t.Fatal(err)
			}
			want, err := auth.TOTPCode(tc.canonical, at)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("code = %s, want %s", got, want)
			}
		})
	}
}

func TestTOTPCodeErrors(t *testing.T) {
	tests := []struct {
		name   string
		secret string
		at     time.Time
	}{
		{"empty secret", "", time.Unix(59, 0)},
		{"not base32", "GEZDGNBV!Y3TQOJQGEZDGNBVGY3TQOJQ", time.Unix(59, 0)},
		{"digits 0 and 1", "GEZDGNBV01234567GEZDGNBVGY3TQOJQ", time.Unix(59, 0)},
		{"10-byte secret", base32.StdEncoding.EncodeToString([]byte("1234567890")), time.Unix(59, 0)},
		{"65-byte secret", base32.StdEncoding.EncodeToString(make([]byte, 65)), time.Unix(59, 0)},
		{"before 1970", rfcSecret, time.Unix(-1, 0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if code, err := auth.TOTPCode(tc.secret, tc.at); err == nil {
				t.Errorf("TOTPCode = %q, want an error", code)
			}
		})
	}
}

func TestCheckTOTP(t *testing.T) {
	now := time.Unix(1111111111, 0) // one second into step 37037037
	code := func(at time.Time) string {
		c, err := auth.TOTPCode(rfcSecret, at)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	current := code(now)
	tests := []struct {
		name   string
		secret string
		code   string
		ok     bool
		step   int64
	}{
		{"current step", rfcSecret, current, true, 37037037},
		{"previous step", rfcSecret, code(now.Add(-30 * time.Second)), true, 37037036},
		{"next step", rfcSecret, code(now.Add(30 * time.Second)), true, 37037038},
		{"two steps back", rfcSecret, code(now.Add(-60 * time.Second)), false, 0},
		{"two steps ahead", rfcSecret, code(now.Add(60 * time.Second)), false, 0},
		{"typed with a space", rfcSecret, current[:3] + " " + current[3:], true, 37037037},
		{"typed with spaces around", rfcSecret, " " + current + " ", true, 37037037},
		{"wrong code", rfcSecret, "000000", false, 0},
		{"five digits", rfcSecret, current[:5], false, 0},
		{"seven digits", rfcSecret, current + "0", false, 0},
		{"eight-digit form", rfcSecret, "14050471", false, 0},
		{"letters", rfcSecret, "05O471", false, 0},
		{"sign", rfcSecret, "+50471", false, 0},
		{"full-width digits", rfcSecret, "０５０４７１", false, 0},
		{"empty", rfcSecret, "", false, 0},
		{"other secret", strings.Repeat("A", 32), current, false, 0},
		{"bad secret", "!", current, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := auth.CheckTOTP(tc.secret, tc.code, now); got != tc.ok {
				t.Errorf("CheckTOTP = %v, want %v", got, tc.ok)
			}
			step, ok := auth.MatchTOTP(tc.secret, tc.code, now)
			if ok != tc.ok || step != tc.step {
				t.Errorf("MatchTOTP = %d, %v; want %d, %v", step, ok, tc.step, tc.ok)
			}
		})
	}
}

func TestCheckTOTPAtEpoch(t *testing.T) {
	// At step 0 there is no previous step to try.
	c, err := auth.TOTPCode(rfcSecret, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if !auth.CheckTOTP(rfcSecret, c, time.Unix(10, 0)) {
		t.Error("code of step 0 refused")
	}
	if auth.CheckTOTP(rfcSecret, c, time.Unix(-10, 0)) {
		t.Error("code accepted before 1970")
	}
}

func TestNewTOTPSecret(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		s, err := auth.NewTOTPSecret()
		if err != nil {
			t.Fatal(err)
		}
		if len(s) != 32 || strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") != "" {
			t.Fatalf("secret %q is not 32 unpadded base32 characters", s)
		}
		if seen[s] {
			t.Fatalf("secret %q made twice", s)
		}
		seen[s] = true
		now := time.Unix(1700000000, 0)
		c, err := auth.TOTPCode(s, now)
		if err != nil {
			t.Fatal(err)
		}
		if !auth.CheckTOTP(s, c, now) {
			t.Fatal("own code refused")
		}
	}
}

func TestTOTPURI(t *testing.T) {
	tests := []struct {
		name      string
		issuer    string
		account   string
		wantLabel string // the decoded path after "/"
		wantRaw   string // a substring of the raw URI
	}{
		{"plain", "Warta", "budi@warta.id", "Warta:budi@warta.id", "otpauth://totp/Warta:budi%40warta.id?secret=" + rfcSecret + "&issuer=Warta&"},
		{"spaces", "Harian Warta", "Budi Santoso", "Harian Warta:Budi Santoso", "totp/Harian%20Warta:Budi%20Santoso?"},
		{"reserved characters", "Warta & Co", "budi+redaksi@warta.id", "Warta & Co:budi+redaksi@warta.id", "issuer=Warta%20%26%20Co&"},
		{"colon in issuer", "Warta:Pagi", "budi", "Warta:Pagi:budi", "totp/Warta%3APagi:budi?"},
		{"slash and question mark", "a/b?c", "d#e", "a/b?c:d#e", "totp/a%2Fb%3Fc:d%23e?"},
		{"no issuer", "", "budi@warta.id", "budi@warta.id", "totp/budi%40warta.id?secret="},
		{"non-ASCII", "Wartä", "Ñoño", "Wartä:Ñoño", "totp/Wart%C3%A4:%C3%91o%C3%B1o?"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := auth.TOTPURI(rfcSecret, tc.issuer, tc.account)
			if !strings.Contains(raw, tc.wantRaw) {
				t.Errorf("URI %q does not contain %q", raw, tc.wantRaw)
			}
			if strings.Contains(raw, "+") {
				t.Errorf("URI %q has a + that apps may show as a space", raw)
			}
			u, err := url.Parse(raw)
			if err != nil {
				t.Fatal(err)
			}
			if u.Scheme != "otpauth" || u.Host != "totp" {
				t.Errorf("scheme and host %q %q", u.Scheme, u.Host)
			}
			if u.Path != "/"+tc.wantLabel {
				t.Errorf("label %q, want %q", u.Path, "/"+tc.wantLabel)
			}
			q := u.Query()
			want := url.Values{"secret": {rfcSecret}, "algorithm": {"SHA1"}, "digits": {"6"}, "period": {"30"}}
			if tc.issuer != "" {
				want.Set("issuer", tc.issuer)
			}
			if q.Encode() != want.Encode() {
				t.Errorf("parameters %v, want %v", q, want)
			}
		})
	}
}

func BenchmarkCheckTOTP(b *testing.B) {
	now := time.Unix(1700000000, 0)
	c, err := auth.TOTPCode(rfcSecret, now)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if !auth.CheckTOTP(rfcSecret, c, now) {
			b.Fatal("refused")
		}
	}
}
