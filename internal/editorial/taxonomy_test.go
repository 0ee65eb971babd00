package editorial_test

import (
	"context"
	"strings"
	"testing"

	"warta"
	"warta/internal/editorial"
)

func (e *env) eventCount() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.events)
}

func TestCreateTagWhileWriting(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	// A contributor may tag a story with a new topic, as in WordPress.
	tag, err := e.svc.CreateTag(ctx, e.users[warta.RoleContributor], "  Banjir   Bandang ")
	if err != nil {
		t.Fatal(err)
	}
	if tag.ID == 0 || tag.Slug != "banjir-bandang" || tag.Name != "Banjir Bandang" {
		t.Errorf("tag = %+v", tag)
	}
	if e.eventCount() != 1 {
		t.Errorf("events = %d, want 1 site change", e.eventCount())
	}
	// The same name again gives the same tag, whatever its case.
	again, err := e.svc.CreateTag(ctx, e.users[warta.RoleAuthor], "banjir bandang")
	if err != nil || again.ID != tag.ID {
		t.Errorf("again = %+v, %v; want tag %d", again, err, tag.ID)
	}
	// A name with no Latin letters gets a usable slug, and is found again by name.
	cjk, err := e.svc.CreateTag(ctx, e.users[warta.RoleAuthor], "李明")
	if err != nil || cjk.Slug != "topik" {
		t.Fatalf("李明 = %+v, %v", cjk, err)
	}
	if again, err := e.svc.CreateTag(ctx, e.users[warta.RoleAuthor], "李明"); err != nil || again.ID != cjk.ID {
		t.Errorf("李明 again = %+v, %v", again, err)
	}
	other, err := e.svc.CreateTag(ctx, e.users[warta.RoleAuthor], "王芳")
	if err != nil || other.Slug != "topik-2" {
		t.Errorf("王芳 = %+v, %v", other, err)
	}
	for _, c := range []struct {
		name string
		u    *warta.User
		tag  string
		code string
	}{
		{"empty", e.users[warta.RoleAuthor], "   ", warta.EINVALID},
		{"too long", e.users[warta.RoleAuthor], strings.Repeat("a", editorial.MaxNameLen+1), warta.EINVALID},
		{"signed out", nil, "Gempa", warta.EUNAUTHORIZED},
		{"disabled", &warta.User{ID: 99, Role: warta.RoleEditor, Disabled: true}, "Gempa", warta.EFORBIDDEN},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := e.svc.CreateTag(ctx, c.u, c.tag); warta.ErrorCode(err) != c.code {
				t.Errorf("err = %v, want %s", err, c.code)
			}
		})
	}
}
