package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
	"warta/internal/editorial"
)

// TestBrowserUsersAndSettings clicks through the users and settings pages
// as an administrator: an account named without Latin letters is added,
// self-demotion is refused with a message, and a setting is saved. With
// WARTA_SCREENSHOTS set it keeps screenshots at desktop and phone width.
func TestBrowserUsersAndSettings(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	m, base := startMain(t, dir)
	ctx := context.Background()
	svc := &editorial.Service{Store: m.Store}
	admin, err := svc.CreateUser(ctx, editorial.Console(), editorial.NewUser{Email: "admin@kabar.example", Name: "Ratna Admin",
		Role: warta.RoleAdministrator, Password: "kata-sandi-uji-123"})
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(filepath.Join(dir, "chrome")), chromedp.WindowSize(1280, 900))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	bctx, cancelTimeout := context.WithTimeout(bctx, 60*time.Second)
	defer cancelTimeout()
	c := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	shot := func(name string, width int64) chromedp.Action[chromedp.Void] {
		return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			out := os.Getenv("WARTA_SCREENSHOTS")
			if out == "" {
				return chromedp.Void{}, nil
			}
			if _, err := chromedp.EmulateViewport(width, 900)(ctx, tg); err != nil {
				return chromedp.Void{}, err
			}
			buf, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return chromedp.Void{}, err
			}
			if _, err := chromedp.EmulateViewport(1280, 900)(ctx, tg); err != nil {
				return chromedp.Void{}, err
			}
			return chromedp.Void{}, os.WriteFile(filepath.Join(out, name+".png"), buf, 0o644)
		}
	}
	err = steps(t, bctx,
		chromedp.Navigate(base+"/redaksi/masuk"),
		chromedp.WaitVisible(c(`#email`)),
		chromedp.SendKeys(c(`#email`), "admin@kabar.example"),
		chromedp.SendKeys(c(`#password`), "kata-sandi-uji-123"),
		chromedp.Click(c(`form button[type=submit]`)),
		chromedp.WaitVisible(c(`.nr-nav`)),
		chromedp.Navigate(base+"/redaksi/pengguna"),
		chromedp.WaitVisible(c(`#name`)),
		chromedp.SendKeys(c(`#name`), "李明"),
		chromedp.SendKeys(c(`#email`), "li.ming@kabar.example"),
		chromedp.SetValue(c(`#role`), "author"),
		chromedp.SendKeys(c(`#password`), "kata-sandi-li-123"),
		chromedp.Click(c(`form.card button.primary`)),
		chromedp.WaitVisible(c(`.flash`)),
		shot("users", 1280),
		shot("users-phone", 390),
	)
	if err != nil {
		t.Fatalf("adding 李明: %v", err)
	}
	page, err := chromedp.Run(bctx, chromedp.Text(c(`table.list`)))
	if err != nil || !strings.Contains(page, "李明") || !strings.Contains(page, "li.ming@kabar.example") {
		t.Fatalf("users list: %q %v", page, err)
	}
	// Self-demotion: the administrator's own row, role set to editor.
	row := `form.inline:has(input[name=id][value="` + strconv.FormatInt(admin.ID, 10) + `"])`
	err = steps(t, bctx,
		chromedp.SetValue(c(row+` select[name=role]`), "editor"),
		chromedp.Click(c(row+` button[type=submit]`)),
		chromedp.WaitVisible(c(`main`)),
	)
	if err != nil {
		t.Fatalf("self-demotion: %v", err)
	}
	msg, err := chromedp.Run(bctx, chromedp.Text(c(`main`)))
	if err != nil || !strings.Contains(msg, "menurunkan peran") {
		t.Errorf("self-demotion page says %q (%v)", msg, err)
	}
	err = steps(t, bctx,
		chromedp.Navigate(base+"/redaksi/pengaturan"),
		chromedp.WaitVisible(c(`[name=tagline]`)),
		chromedp.SetValue(c(`[name=tagline]`), "Kabar dari tepian sungai"),
		chromedp.Submit(c(`[name=tagline]`)),
		chromedp.WaitVisible(c(`.flash`)),
		shot("settings", 1280),
		shot("settings-phone", 390),
	)
	if err != nil {
		t.Fatalf("settings: %v", err)
	}
	var s *warta.Settings
	m.Store.View(ctx, func(tx warta.ReadTx) (err error) { s, err = tx.FindSettings(ctx); return })
	if s == nil || s.Tagline != "Kabar dari tepian sungai" {
		t.Errorf("tagline not saved: %+v", s)
	}
}
