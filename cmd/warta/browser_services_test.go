package main

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"warta"
)

// TestBrowserUsersAndSettings clicks through the users and settings pages
// as an administrator: an account named without Latin letters is added,
// self-demotion is refused with a message, and a setting is saved. With
// WARTA_SCREENSHOTS set it keeps screenshots at desktop and phone width.
func TestBrowserUsersAndSettings(t *testing.T) {
	run := newBrowserRun(t)
	admin := run.user(warta.RoleAdministrator, "admin@kabar.example", "Ratna Admin")
	err := run.steps(
		run.login("admin@kabar.example"),
		run.open("/redaksi/pengguna", `#name`),
		chromedp.SendKeys(css(`#name`), "李明"),
		chromedp.SendKeys(css(`#email`), "li.ming@kabar.example"),
		chromedp.SetValue(css(`#role`), "author"),
		chromedp.SendKeys(css(`#password`), "kata-sandi-li-123"),
		run.submitAndWait(`form.card button.primary`, `.flash`),
		run.shotAt("users", 1280),
		run.shotAt("users-phone", 390),
	)
	if err != nil {
		t.Fatalf("adding 李明: %v", err)
	}
	page, err := chromedp.Run(run.ctx, chromedp.Text(css(`table.list`)))
	if err != nil || !strings.Contains(page, "李明") || !strings.Contains(page, "li.ming@kabar.example") {
		t.Fatalf("users list: %q %v", page, err)
	}
	// Self-demotion: the administrator's own row, role set to editor. The
	// users page already shows the last save's notice: wait for the next
	// page.
	row := `form.inline:has(input[name=id][value="` + strconv.FormatInt(admin.ID, 10) + `"])`
	err = run.steps(
		chromedp.SetValue(css(row+` select[name=role]`), "editor"),
		run.submitAndWait(row+` button[type=submit]`, `main`),
	)
	if err != nil {
		t.Fatalf("self-demotion: %v", err)
	}
	msg, err := chromedp.Run(run.ctx, chromedp.Text(css(`main`)))
	if err != nil || !strings.Contains(msg, "menurunkan peran") {
		t.Errorf("self-demotion page says %q (%v)", msg, err)
	}
	err = run.steps(
		run.open("/redaksi/pengaturan", `[name=tagline]`),
		chromedp.SetValue(css(`[name=tagline]`), "Kabar dari tepian sungai"),
		run.leave(chromedp.Submit(css(`[name=tagline]`)), `.flash`),
		run.shotAt("settings", 1280),
		run.shotAt("settings-phone", 390),
	)
	if err != nil {
		t.Fatalf("settings: %v", err)
	}
	var s *warta.Settings
	run.m.Store.View(context.Background(), func(tx warta.ReadTx) (err error) { s, err = tx.FindSettings(context.Background()); return })
	if s == nil || s.Tagline != "Kabar dari tepian sungai" {
		t.Errorf("tagline not saved: %+v", s)
	}
}
