package editorial_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/webtest"
)

// An advertorial is neither published nor scheduled without its sponsor
// named, and a published one cannot lose it; each refusal changes nothing.
func TestAdvertorialNeedsSponsor(t *testing.T) {
	e := newEnv(t)
	ed := e.users[warta.RoleEditor]
	ctx := context.Background()
	in := e.input("Liburan Hemat Bersama Mitra")
	ad := warta.LabelAdvertorial
	in.Label = &ad
	a, err := e.svc.Create(ctx, ed, in, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.svc.Transition(ctx, ed, a.ID, a.Version, warta.StatusPublished, time.Time{})
	wantCode(t, err, warta.EINVALID)
	if err.(*warta.Error).Key != "error.sponsor_required" {
		t.Errorf("key = %q", err.(*warta.Error).Key)
	}
	_, err = e.svc.Transition(ctx, ed, a.ID, a.Version, warta.StatusScheduled, e.site.Now().Add(time.Hour))
	wantCode(t, err, warta.EINVALID)
	_, err = e.svc.Create(ctx, ed, in, warta.StatusPublished, time.Time{})
	wantCode(t, err, warta.EINVALID)
	_, err = e.svc.SaveAndMove(ctx, ed, a.ID, a.Version, editorial.Input{Dek: str("Baru.")}, editorial.Move{To: warta.StatusPublished})
	wantCode(t, err, warta.EINVALID)
	if got := e.article(t, a.ID); got.Status != warta.StatusDraft || got.Version != a.Version || got.Dek != a.Dek {
		t.Fatalf("refused moves changed the article: %s v%d %q", got.Status, got.Version, got.Dek)
	}

	// Named, it goes out; the sponsor cannot then be removed, nor can a
	// published story become an advertorial without one.
	a, err = e.svc.SaveAndMove(ctx, ed, a.ID, a.Version, editorial.Input{Sponsor: str("  PT Laut   Biru ")}, editorial.Move{To: warta.StatusPublished})
	if err != nil {
		t.Fatal(err)
	}
	if a.Sponsor != "PT Laut Biru" || a.Status != warta.StatusPublished {
		t.Fatalf("sponsor %q, status %s", a.Sponsor, a.Status)
	}
	_, err = e.svc.Save(ctx, ed, a.ID, a.Version, editorial.Input{Sponsor: str(" ")})
	wantCode(t, err, warta.EINVALID)
	main := e.article(t, e.f.Main.ID)
	_, err = e.svc.Save(ctx, ed, main.ID, main.Version, editorial.Input{Label: &ad})
	wantCode(t, err, warta.EINVALID)
	if got := e.article(t, a.ID); got.Sponsor != "PT Laut Biru" || got.Version != a.Version {
		t.Errorf("refused save changed the advertorial: %q v%d", got.Sponsor, got.Version)
	}
	if got := e.article(t, main.ID); got.Label != warta.LabelBerita || got.Version != main.Version {
		t.Errorf("refused save changed Main: %s v%d", got.Label, got.Version)
	}
}

// A story names the one it follows up by id or by address; a link to
// itself, to a story that follows it (however far down), or to nothing
// is refused and changes nothing.
func TestFollowUpLinks(t *testing.T) {
	e := newEnv(t)
	ed := e.users[warta.RoleEditor]
	ctx := context.Background()
	first := e.article(t, e.f.Main.ID)
	in := e.input("Banjir Mulai Surut")
	in.FollowsRef = str("https://kabar.example" + webtest.MainPath + "?utm=x")
	second, err := e.svc.Create(ctx, ed, in, warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if second.FollowsID != first.ID {
		t.Fatalf("follows %d by address, want %d", second.FollowsID, first.ID)
	}
	in = e.input("Warga Kembali ke Rumah")
	in.FollowsRef = str(fmt.Sprint(second.ID))
	third, err := e.svc.Create(ctx, ed, in, warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if third.FollowsID != second.ID {
		t.Fatalf("follows %d by id, want %d", third.FollowsID, second.ID)
	}
	if got := e.article(t, first.ID); len(got.FollowUps) != 1 || got.FollowUps[0].ID != second.ID {
		t.Errorf("first's follow-ups = %v", got.FollowUps)
	}
	for name, ref := range map[string]string{
		"itself":        fmt.Sprint(first.ID),
		"its follow-up": fmt.Sprint(second.ID),
		"down a chain":  fmt.Sprint(third.ID),
		"unknown id":    "999999",
		"unknown path":  "/nasional/2026/11/27/tidak-ada",
		"not a slug":    "Banjir Besar!",
	} {
		_, err := e.svc.Save(ctx, ed, first.ID, first.Version, editorial.Input{FollowsRef: str(ref), Title: str("Diubah")})
		wantCode(t, err, warta.EINVALID)
		if got := e.article(t, first.ID); got.FollowsID != 0 || got.Version != first.Version || got.Title != first.Title {
			t.Errorf("%s: the refused link changed the story: follows %d v%d", name, got.FollowsID, got.Version)
		}
	}
	// The API's plain id is checked the same way.
	id := third.ID
	_, err = e.svc.Save(ctx, ed, first.ID, first.Version, editorial.Input{FollowsID: &id})
	wantCode(t, err, warta.EINVALID)
	// An empty reference clears the link.
	third, err = e.svc.Save(ctx, ed, third.ID, third.Version, editorial.Input{FollowsRef: str("")})
	if err != nil || third.FollowsID != 0 || third.Follows != nil {
		t.Fatalf("clearing: %v, %+v", err, third)
	}
}

// Setting and clearing the verification flag each leave an audit entry
// of their own, beside the save's.
func TestVerificationFlagAudited(t *testing.T) {
	e := newEnv(t)
	ed := e.users[warta.RoleEditor]
	ctx := context.Background()
	a := e.article(t, e.f.Main.ID)
	yes, no := true, false
	a, err := e.svc.Save(ctx, ed, a.ID, a.Version, editorial.Input{NeedsVerification: &yes})
	if err != nil || !a.NeedsVerification {
		t.Fatalf("flag: %v %v", err, a.NeedsVerification)
	}
	if a, err = e.svc.Save(ctx, ed, a.ID, a.Version, editorial.Input{NeedsVerification: &no}); err != nil || a.NeedsVerification {
		t.Fatalf("clear: %v %v", err, a.NeedsVerification)
	}
	subject := fmt.Sprintf("article:%d", a.ID)
	var actions []string
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		list, _, err := tx.FindAudit(ctx, warta.AuditFilter{Subject: &subject, Limit: 10})
		for _, en := range list {
			if en.UserID == ed.ID {
				actions = append(actions, en.Action)
			}
		}
		return err
	})
	want := fmt.Sprint([]string{"save", "verification_cleared", "save", "verification_flagged"})
	if fmt.Sprint(actions) != want {
		t.Errorf("audit = %v, want %v", actions, want)
	}
}
