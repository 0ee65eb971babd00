package editorial_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"warta"
	"warta/internal/i18n"
)

// tagState is every tag and every tag_add audit entry.
func (e *env) tagState(t *testing.T) (tags []*warta.Tag, added []*warta.AuditEntry) {
	t.Helper()
	err := e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		if tags, err = tx.FindTags(context.Background(), nil); err != nil {
			return err
		}
		all, _, err := tx.FindAudit(context.Background(), warta.AuditFilter{Limit: 100})
		for _, a := range all {
			if a.Action == "tag_add" {
				added = append(added, a)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return tags, added
}

func TestAddTagWhileWriting(t *testing.T) {
	for _, role := range warta.Roles {
		t.Run(string(role), func(t *testing.T) {
			e := newEnv(t)
			before, _ := e.tagState(t)
			tag, added, err := e.svc.AddTag(context.Background(), e.users[role], "  Banjir   Rob  Jakarta ")
			if err != nil || !added {
				t.Fatalf("AddTag by %s = %v, %v", role, added, err)
			}
			if tag.Name != "Banjir Rob Jakarta" || tag.Slug != "banjir-rob-jakarta" || tag.ID == 0 {
				t.Errorf("tag = %+v", tag)
			}
			after, audit := e.tagState(t)
			if len(after) != len(before)+1 || len(audit) != 1 || audit[0].UserID != e.users[role].ID || audit[0].Subject == "" {
				t.Errorf("after: %d tags (was %d), audit %+v", len(after), len(before), audit)
			}
		})
	}
}

func TestAddTagRefused(t *testing.T) {
	e := newEnv(t)
	disabled := *e.users[warta.RoleAuthor]
	disabled.Disabled = true
	long := strings.Repeat("kata ", 13) // 64 characters
	tests := []struct {
		name string
		user *warta.User
		tag  string
		code string
	}{
		{"signed out", nil, "Pemilu", warta.EUNAUTHORIZED},
		{"disabled account", &disabled, "Pemilu", warta.EFORBIDDEN},
		{"empty", e.users[warta.RoleAuthor], "   ", warta.EINVALID},
		{"no letters or digits", e.users[warta.RoleAuthor], "!!! ???", warta.EINVALID},
		{"too long", e.users[warta.RoleAuthor], long, warta.EINVALID},
	}
	before, _ := e.tagState(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := e.svc.AddTag(context.Background(), tc.user, tc.tag)
			wantCode(t, err, tc.code)
			// The refusal reads as a sentence in both languages.
			var we *warta.Error
			if tc.code == warta.EINVALID && errors.As(err, &we) {
				for _, lang := range []i18n.Lang{i18n.ID, i18n.EN} {
					if msg := i18n.T(lang, we.Key, we.Args...); msg == we.Key || strings.Contains(msg, "%!") {
						t.Errorf("%s message for %s = %q", lang, we.Key, msg)
					}
				}
			}
		})
	}
	after, audit := e.tagState(t)
	if len(after) != len(before) || len(audit) != 0 {
		t.Errorf("refused adds changed the tags (%d → %d) or the audit log (%d)", len(before), len(after), len(audit))
	}
}

func TestAddTagTwiceFindsTheFirst(t *testing.T) {
	e := newEnv(t)
	first, added, err := e.svc.AddTag(context.Background(), e.users[warta.RoleContributor], "Kereta Cepat")
	if err != nil || !added {
		t.Fatal(added, err)
	}
	for _, again := range []string{"Kereta Cepat", "kereta  cepat", "KERETA-CEPAT"} {
		tag, added, err := e.svc.AddTag(context.Background(), e.users[warta.RoleAuthor], again)
		if err != nil || added || tag.ID != first.ID || tag.Name != "Kereta Cepat" {
			t.Errorf("AddTag(%q) = %+v, %v, %v; want the existing tag", again, tag, added, err)
		}
	}
	// A tag from the fixture is found by its slug too.
	tag, added, err := e.svc.AddTag(context.Background(), e.users[warta.RoleAuthor], e.f.Banjir.Name)
	if err != nil || added || tag.ID != e.f.Banjir.ID {
		t.Errorf("AddTag(%q) = %+v, %v, %v; want the fixture's tag", e.f.Banjir.Name, tag, added, err)
	}
	if _, audit := e.tagState(t); len(audit) != 1 {
		t.Errorf("%d tag_add entries, want 1", len(audit))
	}
}
