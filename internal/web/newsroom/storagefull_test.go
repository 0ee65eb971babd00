package newsroom_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/web/webtest"
)

// TestSaveOnFullDisk: when the database cannot grow, the newsroom's save
// answers 503 with a clear message and the writer's text still on the
// page, stores nothing, and saves again once there is room.
func TestSaveOnFullDisk(t *testing.T) {
	if webtest.OnPostgreSQL() {
		t.Skip("max_page_count is SQLite's; PostgreSQL's full disk maps to the same error in its store")
	}
	e := newEnv(t, true)
	sectionID := strconv.FormatInt(e.f.Nasional.ID, 10)
	ed := e.browser(t).login(warta.RoleEditor)
	ed.get("/redaksi/artikel/baru")
	form := func(title string) url.Values {
		return url.Values{"title": {title}, "dek": {"Ringkasan."}, "section": {sectionID}, "label": {"berita"}, "version": {"0"},
			"body_html": {"<p>" + strings.Repeat("Teks wartawan yang tidak boleh hilang. ", 4000) + "</p>"}, "action": {"save"}}
	}
	ctx := context.Background()
	if err := e.site.Store.Exec(ctx, "PRAGMA max_page_count = 1"); err != nil {
		t.Fatal(err)
	}
	status, _, body := ed.post("/redaksi/artikel/baru", form("Ditulis saat disk penuh"))
	if status != http.StatusServiceUnavailable || !strings.Contains(body, "Penyimpanan server penuh") || !strings.Contains(body, "Teks wartawan yang tidak boleh hilang") {
		t.Errorf("save on a full disk: %d\n%.600s", status, body)
	}
	if err := e.site.Store.Exec(ctx, "PRAGMA max_page_count = 1073741823"); err != nil {
		t.Fatal(err)
	}
	var n int
	e.site.Store.View(ctx, func(tx warta.ReadTx) error {
		list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Query: "Ditulis saat disk penuh"})
		n = len(list)
		return err
	})
	if n != 0 {
		t.Errorf("%d articles stored by the refused save", n)
	}
	if status, loc, _ := ed.post("/redaksi/artikel/baru", form("Ditulis setelah disk lega")); status != http.StatusSeeOther {
		t.Errorf("save with room again: %d %s", status, loc)
	}
}
