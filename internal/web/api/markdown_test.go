package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"warta"
)

// TestHostileMarkdownAnsweredQuickly sends bodies shaped to make the
// Markdown converter rescan its input (160 KB of "[a](" cost 7 s of CPU
// and 2 MB ran past two minutes), at 2 MB and just under the Markdown
// limit. Each is answered within 2 s (a generous behaviour bound, not a
// speed target): a 4xx with a message and nothing stored, or, for a shape
// the converter handles in linear time, the article.
func TestHostileMarkdownAnsweredQuickly(t *testing.T) {
	e := newEnv(t)
	count := func() int {
		var n int
		e.site.Store.View(context.Background(), func(tx warta.ReadTx) error { n, _ = tx.CountArticles(context.Background()); return nil })
		return n
	}
	before, stored := count(), 0
	shapes := map[string]string{"links": "[a](", "emphasis": "*_", "backticks": "`a``", "angles": "<", "quotes": "> ", "titles": "[a](x \"\n"}
	for name, unit := range shapes {
		for _, size := range []int{2 << 20, 250 << 10} {
			md := strings.Repeat(unit, size/len(unit))
			body, _ := json.Marshal(map[string]any{"title": "Serangan", "section": "nasional", "body_markdown": md})
			start := time.Now()
			status, out := e.call(t, warta.RoleContributor, "POST", "/api/v1/admin/articles", string(body))
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("%s, %d bytes: answered after %v", name, size, d)
			}
			if status == http.StatusCreated && size < 2<<20 {
				stored++
				continue
			}
			if status < 400 || status >= 500 || errMessage(out) == "" || strings.HasPrefix(errMessage(out), "error.") {
				t.Errorf("%s, %d bytes: %d %v", name, size, status, out)
			}
		}
	}
	if after := count(); after != before+stored {
		t.Fatalf("articles %d → %d: a refused body was stored", before, after)
	}
}

// TestMarkdownTooLargeIs413 names the limit in its message.
func TestMarkdownTooLargeIs413(t *testing.T) {
	e := newEnv(t)
	body, _ := json.Marshal(map[string]any{"title": "Panjang", "section": "nasional", "body_markdown": strings.Repeat("kata ", 300<<10/5)})
	status, out := e.call(t, warta.RoleEditor, "POST", "/api/v1/admin/articles", string(body))
	if status != http.StatusRequestEntityTooLarge || errCode(out) != warta.ETOOLARGE || !strings.Contains(errMessage(out), "256") {
		t.Fatalf("%d %v", status, out)
	}
}

// TestStaleOversizedPatchStoresNothing: a stale PATCH used to skip the
// size check and be kept as a refused revision, so twenty 3.9 MB stale
// PATCHes grew the database by 77 MB. It is refused as too large, and
// the article's revisions stay as they were.
func TestStaleOversizedPatchStoresNothing(t *testing.T) {
	e := newEnv(t)
	_, out := e.call(t, warta.RoleEditor, "POST", "/api/v1/admin/articles", story)
	id := int64(out["id"].(float64))
	if status, out := e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+jsonInt(id), `{"version":1,"title":"Judul Kedua"}`); status != 200 {
		t.Fatalf("patch: %d %v", status, out)
	}
	revisions := func() (n, bytes int) {
		e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
			list, err := tx.FindRevisions(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range list {
				n, bytes = n+1, bytes+len(r.BodyHTML)+len(r.Title)+len(r.Dek)
			}
			return nil
		})
		return n, bytes
	}
	n0, b0 := revisions()
	huge, _ := json.Marshal(map[string]any{"version": 1, "body_html": "<p>" + strings.Repeat("kata ", 3900<<10/5) + "</p>"})
	for range 3 {
		status, out := e.call(t, warta.RoleEditor, "PATCH", "/api/v1/admin/articles/"+jsonInt(id), string(huge))
		if status != http.StatusRequestEntityTooLarge || errMessage(out) == "" {
			t.Fatalf("stale 3.9 MB patch: %d %v", status, out)
		}
	}
	if n, b := revisions(); n != n0 || b != b0 {
		t.Fatalf("revisions %d (%d bytes) → %d (%d bytes): a refused save was stored", n0, b0, n, b)
	}
}
