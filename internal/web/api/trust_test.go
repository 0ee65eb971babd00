package api_test

import (
	"context"
	"strings"
	"testing"

	"warta"
)

// The API reads and writes the trust fields, and refuses to publish an
// advertorial without its sponsor — in the caller's language, with
// nothing changed — as the newsroom does.
func TestTrustFieldsThroughAPI(t *testing.T) {
	e := newEnv(t)
	find := func(id int64) *warta.Article {
		var a *warta.Article
		e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
			var err error
			a, err = tx.FindArticleByID(context.Background(), id)
			return err
		})
		return a
	}
	path := "/api/v1/admin/articles/" + jsonInt(e.f.Opinion.ID)
	for lang, want := range map[string]string{"id": "harus menyebut nama sponsornya", "en": "must name its sponsor"} {
		status, out := e.call(t, warta.RoleEditor, "PATCH", path, `{"version":1,"label":"advertorial","sponsor":" "}`, "Accept-Language", lang)
		if status != 400 && status != 422 || !strings.Contains(errMessage(out), want) {
			t.Errorf("%s: advertorial without sponsor: %d %q", lang, status, errMessage(out))
		}
	}
	if a := find(e.f.Opinion.ID); a.Label != warta.LabelOpini || a.Version != 1 {
		t.Fatalf("the refused PATCH changed the story: %s v%d", a.Label, a.Version)
	}
	status, out := e.call(t, warta.RoleEditor, "PATCH", path,
		`{"version":1,"label":"advertorial","sponsor":"PT Kopi Jaya","needs_verification":true,"follows":`+jsonInt(e.f.Main.ID)+`}`)
	if status != 200 {
		t.Fatalf("PATCH: %d %v", status, out)
	}
	status, out = e.call(t, warta.RoleEditor, "GET", path, "")
	if status != 200 || out["sponsor"] != "PT Kopi Jaya" || out["needs_verification"] != true || out["follows"] != float64(e.f.Main.ID) {
		t.Errorf("GET: %d sponsor %v, flag %v, follows %v", status, out["sponsor"], out["needs_verification"], out["follows"])
	}
	// A loop is refused.
	status, out = e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+jsonInt(e.f.Main.ID),
		`{"version":1,"follows":`+jsonInt(e.f.Opinion.ID)+`}`)
	if status != 400 && status != 422 || find(e.f.Main.ID).FollowsID != 0 {
		t.Errorf("loop: %d %v", status, out)
	}
}
