package editorial_test

import (
	"context"
	"testing"
	"time"

	"warta"
	"warta/internal/auth"
	"warta/internal/editorial"
)

// Sessions lists only the user's live sessions; RevokeSession ends one
// of them and treats anyone else's as not found.
func TestSessionsListAndRevoke(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	author, editor := e.users[warta.RoleAuthor], e.users[warta.RoleEditor]
	lapsed := e.signIn(t, author)
	e.site.Clock.Advance(auth.SessionIdle + time.Minute)
	here, there := e.signIn(t, author), e.signIn(t, author)
	theirs := e.signIn(t, editor)

	list, err := e.svc.Sessions(ctx, author)
	if err != nil || len(list) != 2 {
		t.Fatalf("Sessions = %d sessions, %v; want the 2 live ones", len(list), err)
	}
	for _, s := range list {
		if s.ID == lapsed.ID || s.UserID != author.ID {
			t.Errorf("listed %+v", s)
		}
	}
	if err := e.svc.RevokeSession(ctx, author, theirs.ID); warta.ErrorCode(err) != warta.ENOTFOUND || !e.alive(theirs) {
		t.Errorf("revoking another user's session: %v, alive %v", err, e.alive(theirs))
	}
	if err := e.svc.RevokeSession(ctx, nil, there.ID); warta.ErrorCode(err) != warta.EUNAUTHORIZED {
		t.Errorf("revoking with no user: %v", err)
	}
	if err := e.svc.RevokeSession(ctx, author, there.ID); err != nil || e.alive(there) || !e.alive(here) {
		t.Errorf("RevokeSession: %v; there alive %v, here alive %v", err, e.alive(there), e.alive(here))
	}
	e.signIn(t, author)
	if err := e.svc.RevokeOtherSessions(ctx, author, here.ID); err != nil {
		t.Fatal(err)
	}
	if list, _ := e.svc.Sessions(ctx, author); len(list) != 1 || list[0].ID != here.ID || !e.alive(theirs) {
		t.Errorf("after RevokeOtherSessions: %d listed, other user's alive %v", len(list), e.alive(theirs))
	}
}

// IssueToken refuses an unknown scope, an expiry in the past or too far
// ahead, and more than MaxTokensPerUser tokens.
func TestIssueTokenLimits(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	author := e.users[warta.RoleAuthor]
	for name, spec := range map[string]editorial.TokenSpec{
		"scope":     {Scope: "admin"},
		"past":      {ExpiresAt: e.site.Now().Add(-time.Second)},
		"too far":   {ExpiresAt: e.site.Now().Add(editorial.MaxTokenLifetime + time.Hour)},
		"right now": {ExpiresAt: e.site.Now()},
	} {
		if _, _, err := e.svc.IssueToken(ctx, author, author.ID, spec); warta.ErrorCode(err) != warta.EINVALID {
			t.Errorf("%s: %v, want invalid", name, err)
		}
	}
	for i := 0; i < editorial.MaxTokensPerUser; i++ {
		if _, _, err := e.svc.IssueToken(ctx, author, author.ID, editorial.TokenSpec{Name: "t"}); err != nil {
			t.Fatalf("token %d: %v", i, err)
		}
	}
	if _, _, err := e.svc.IssueToken(ctx, author, author.ID, editorial.TokenSpec{Name: "satu lagi"}); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("token %d: %v, want invalid", editorial.MaxTokensPerUser+1, err)
	}
}
