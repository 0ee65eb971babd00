package auth_test

import (
	"regexp"
	"strings"
	"testing"

	"warta/internal/auth"
)

func TestRecoveryCodes(t *testing.T) {
	codes, err := auth.NewRecoveryCodes()
	if err != nil {
		t.Fatal(err)
	}
	if len(codes) != 10 {
		t.Fatalf("%d codes", len(codes))
	}
	shape := regexp.MustCompile(`^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$`)
	seen := map[string]bool{}
	for _, c := range codes {
		if !shape.MatchString(c) {
			t.Errorf("code %q is not xxxx-xxxx-xxxx", c)
		}
		if seen[c] {
			t.Errorf("code %q twice", c)
		}
		seen[c] = true
		if !auth.IsRecoveryCode(c) || auth.IsRecoveryCode(strings.ReplaceAll(c, "-", "")[:8]) {
			t.Errorf("IsRecoveryCode(%q) wrong", c)
		}
	}
	c := codes[0]
	typed := strings.ToUpper(strings.ReplaceAll(c, "-", " "))
	if auth.RecoveryHash(7, typed) != auth.RecoveryHash(7, c) {
		t.Errorf("a code typed in capitals with spaces hashes differently")
	}
	if auth.RecoveryHash(8, c) == auth.RecoveryHash(7, c) {
		t.Errorf("two users' equal codes hash alike")
	}
	if got := auth.NormalizeRecoveryCode("AB0C-1DEF-GH2J"); got != "aboclde"+"fgh2j" {
		t.Errorf("NormalizeRecoveryCode = %q", got)
	}
	for _, s := range []string{"123456", "123 456", "", "abcd-efgh-ijk8", "abcd-efgh-ijklm"} {
		if auth.IsRecoveryCode(s) {
			t.Errorf("IsRecoveryCode(%q) = true", s)
		}
	}
}
