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
