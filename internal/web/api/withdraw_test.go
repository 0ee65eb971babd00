package api_test

import (
	"context"
	"testing"

	"warta"
)

// TestWithdrawThroughAPI: unpublishing by PATCH takes an optional reason,
// which the article keeps for its 410 page and GET shows as
// removal_reason until it is published again.
func TestWithdrawThroughAPI(t *testing.T) {
	e := newEnv(t)
	// reason GETs the article and returns its removal_reason, and whether
	// the key is there at all.
	reason := func(id int64) (any, bool) {
		t.Helper()
		status, out := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/articles/"+jsonInt(id), "")
		if status != 200 {
			t.Fatalf("GET article %d: %d %v", id, status, out)
		}
		v, ok := out["removal_reason"]
		return v, ok
	}
	if v, ok := reason(e.f.Main.ID); ok {
		t.Errorf("a published article shows removal_reason %q", v)
	}
	find := func(id int64) *warta.Article {
		var a *warta.Article
		e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
			var err error
			a, err = tx.FindArticleByID(context.Background(), id)
			return err
		})
		return a
	}
	status, out := e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+jsonInt(e.f.Main.ID),
		`{"version":1,"status":"unpublished","reason":"  Melanggar   hak cipta foto. "}`)
	if status != 200 || out["status"] != "unpublished" {
		t.Fatalf("withdraw: %d %v", status, out)
	}
	if a := find(e.f.Main.ID); a.Status != warta.StatusUnpublished || a.RemovalReason != "Melanggar hak cipta foto." {
		t.Errorf("stored: %s %q", a.Status, a.RemovalReason)
	}
	if v, _ := reason(e.f.Main.ID); v != "Melanggar hak cipta foto." {
		t.Errorf("GET after withdrawing: removal_reason %v", v)
	}
	status, _ = e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+jsonInt(e.f.Opinion.ID), `{"version":1,"status":"unpublished"}`)
	if a := find(e.f.Opinion.ID); status != 200 || a.Status != warta.StatusUnpublished || a.RemovalReason != "" {
		t.Errorf("withdraw without a reason: %d %s %q", status, a.Status, a.RemovalReason)
	}
	if v, ok := reason(e.f.Opinion.ID); ok && v != "" {
		t.Errorf("withdrawn without a reason, GET shows removal_reason %q", v)
	}
	version := jsonInt(int64(out["version"].(float64)))
	status, _ = e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+jsonInt(e.f.Main.ID), `{"version":`+version+`,"status":"published"}`)
	if a := find(e.f.Main.ID); status != 200 || a.RemovalReason != "" {
		t.Errorf("published again: %d, reason %q", status, a.RemovalReason)
	}
	if v, ok := reason(e.f.Main.ID); ok {
		t.Errorf("published again, GET still shows removal_reason %q", v)
	}
}
