package editorial_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
)

// Authors and contributors are the byline of their own stories: putting
// anyone else on it, when creating or saving (a fresh or a stale save),
// is refused and stores nothing, not even a revision.
func TestWritersCannotCreditOthers(t *testing.T) {
	for _, role := range []warta.Role{warta.RoleAuthor, warta.RoleContributor} {
		t.Run(string(role), func(t *testing.T) {
			e := newEnv(t)
			ctx := context.Background()
			u := e.users[role] // writes as Agus
			sari := []int64{e.f.Sari.ID}
			in := e.input("Tulisan Sendiri")
			in.AuthorIDs = &sari
			if _, err := e.svc.Create(ctx, u, in, "", time.Time{}); err == nil {
				t.Fatal("created a story bylined to someone else")
			} else {
				wantCode(t, err, warta.EFORBIDDEN)
				var we *warta.Error
				if !errors.As(err, &we) || we.Key != "refusal.credit" {
					t.Errorf("refusal %#v, want key refusal.credit", err)
				}
			}

			a, err := e.svc.Create(ctx, u, e.input("Tulisan Sendiri"), "", time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			revs := len(e.revisions(t, a.ID))
			for _, version := range []int{a.Version, a.Version - 1} {
				both := []int64{e.f.Agus.ID, e.f.Sari.ID}
				_, err := e.svc.Save(ctx, u, a.ID, version, editorial.Input{AuthorIDs: &both, Title: str("Diubah")})
				wantCode(t, err, warta.EFORBIDDEN)
			}
			got := e.article(t, a.ID)
			if fmt.Sprint(got.AuthorIDs) != fmt.Sprint([]int64{e.f.Agus.ID}) || got.Title != "Tulisan Sendiri" || got.Version != a.Version {
				t.Errorf("after refused saves: byline %v, title %q, version %d", got.AuthorIDs, got.Title, got.Version)
			}
			if n := len(e.revisions(t, a.ID)); n != revs {
				t.Errorf("refused saves kept %d revisions", n-revs)
			}
			// Their own name, alone, is always theirs to set.
			mine := []int64{e.f.Agus.ID}
			if _, err := e.svc.Save(ctx, u, a.ID, a.Version, editorial.Input{AuthorIDs: &mine}); err != nil {
				t.Errorf("saving their own byline: %v", err)
			}
		})
	}
}

// An editor credits anyone, on their own story and on an author's; the
// author may then save the story keeping (or trimming) that byline, but
// not name someone new.
func TestEditorsCreditAnyone(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	author, editor := e.users[warta.RoleAuthor], e.users[warta.RoleEditor]
	a, err := e.svc.Create(ctx, author, e.input("Liputan Bersama"), "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	both := []int64{e.f.Agus.ID, e.f.Sari.ID}
	if a, err = e.svc.Save(ctx, editor, a.ID, a.Version, editorial.Input{AuthorIDs: &both}); err != nil {
		t.Fatalf("editor crediting a second writer: %v", err)
	}
	if fmt.Sprint(a.AuthorIDs) != fmt.Sprint(both) {
		t.Fatalf("byline %v, want %v", a.AuthorIDs, both)
	}
	sari := []int64{e.f.Sari.ID}
	in := e.input("Ditulis Sari")
	in.AuthorIDs = &sari
	if own, err := e.svc.Create(ctx, editor, in, "", time.Time{}); err != nil || fmt.Sprint(own.AuthorIDs) != fmt.Sprint(sari) {
		t.Fatalf("editor creating a story for Sari: %v, %v", err, own)
	}
	// The author keeps the editor's byline when saving the text.
	if a, err = e.svc.Save(ctx, author, a.ID, a.Version, editorial.Input{AuthorIDs: &both, Title: str("Liputan Bersama Lagi")}); err != nil {
		t.Fatalf("author saving with the editor's byline: %v", err)
	}
	dewi := &warta.Person{Slug: "dewi-anggraini", Name: "Dewi Anggraini"}
	e.site.MustUpdate(t, func(tx warta.Tx) error { return tx.CreatePerson(ctx, dewi) })
	third := []int64{e.f.Agus.ID, e.f.Sari.ID, dewi.ID}
	_, err = e.svc.Save(ctx, author, a.ID, a.Version, editorial.Input{AuthorIDs: &third})
	wantCode(t, err, warta.EFORBIDDEN)
}
