package main

import (
	"context"
	"fmt"
	"mime"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
	"warta/internal/auth"
	"warta/internal/mail/mailtest"
)

// TestBrowserDesk is a day at the desk in a real browser: a contributor
// submits a story; the editor sees the count in the header, opens the
// notification and returns the story with a note (and is e-mailed through
// a fake SMTP server); the contributor sees the notification and the
// note; then she edits her bio and reads it on her public author page.
func TestBrowserDesk(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	m, base := startMain(t, dir)
	ctx := context.Background()
	smtp := mailtest.New(t)
	hash, err := auth.HashPassword("kata-sandi-uji-123", auth.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	var sectionID int64
	err = m.Store.Update(ctx, func(tx warta.Tx) error {
		for _, u := range []*warta.User{
			{Email: "sinta@kabar.example", Name: "Sinta Kontributor", Role: warta.RoleContributor, PasswordHash: hash},
			{Email: "yoga@kabar.example", Name: "Yoga Redaktur", Role: warta.RoleEditor, PasswordHash: hash},
		} {
			p := &warta.Person{Name: u.Name, Slug: strings.ToLower(strings.ReplaceAll(u.Name, " ", "-")), Bio: "Bio lama."}
			if err := tx.CreatePerson(ctx, p); err != nil {
				return err
			}
			u.PersonID = p.ID
			if err := tx.CreateUser(ctx, u); err != nil {
				return err
			}
		}
		sections, err := tx.FindSections(ctx)
		if err != nil || len(sections) == 0 {
			return fmt.Errorf("no sections: %v", err)
		}
		sectionID = sections[0].ID
		return tx.SaveMailSettings(ctx, smtp.Settings())
	})
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-first-run", true), chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(filepath.Join(dir, "chrome")), chromedp.WindowSize(1280, 1000))
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
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			out := os.Getenv("WARTA_SCREENSHOTS")
			if out == "" {
				return chromedp.Void{}, nil
			}
			buf, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return chromedp.Void{}, err
			}
			return chromedp.Void{}, os.WriteFile(filepath.Join(out, "desk-"+name+".png"), buf, 0o644)
		}
	}
	// shotOf keeps one element's screenshot, for the notes panel below the
	// long form.
	shotOf := func(name, sel string) chromedp.Action[chromedp.Void] {
		return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			out := os.Getenv("WARTA_SCREENSHOTS")
			if out == "" {
				return chromedp.Void{}, nil
			}
			buf, err := chromedp.Screenshot(c(sel))(ctx, tg)
			if err != nil {
				return chromedp.Void{}, err
			}
			return chromedp.Void{}, os.WriteFile(filepath.Join(out, "desk-"+name+".png"), buf, 0o644)
		}
	}
	login := func(email string) chromedp.Action[chromedp.Void] {
		return chromedp.Steps(
			chromedp.Navigate(base+"/redaksi/masuk"),
			chromedp.WaitVisible(c(`#email`)),
			chromedp.SendKeys(c(`#email`), email),
			chromedp.SendKeys(c(`#password`), "kata-sandi-uji-123"),
			chromedp.Click(c(`form button[type=submit]`)),
			chromedp.WaitVisible(c(`.nr-nav`)),
		)
	}
	logout := chromedp.Steps(chromedp.Click(c(`.nr-user button.link`)), chromedp.WaitVisible(c(`#email`)))
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Text(c(sel)))
		if err != nil {
			t.Fatalf("%s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}

	title := "Nelayan Pulang Lebih Awal karena Gelombang Tinggi"
	err = steps(t, bctx,
		login("sinta@kabar.example"),
		chromedp.Navigate(base+"/redaksi/artikel/baru"),
		chromedp.WaitVisible(c(`#title`)),
		chromedp.SendKeys(c(`#title`), title),
		chromedp.SetValue(c(`#section`), fmt.Sprint(sectionID)),
		chromedp.Click(c(`button[value=submit]`)),
		chromedp.WaitVisible(c(`.flash`)),
		logout,
		login("yoga@kabar.example"),
		chromedp.WaitVisible(c(`#unread-count`)),
		shot("1-editor-header"),
	)
	if err != nil {
		t.Fatalf("submit and see the count: %v", err)
	}
	if n := text(`#unread-count`); n != "1" {
		t.Fatalf("editor's unread count = %q", n)
	}
	// The editor is e-mailed in the background.
	select {
	case got := <-smtp.Received:
		msg, err := mail.ReadMessage(strings.NewReader(got.Data))
		if err != nil {
			t.Fatal(err)
		}
		subject, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		if got.To[0] != "RCPT TO:<yoga@kabar.example>" || subject != "Naskah diajukan untuk ditinjau: "+title {
			t.Errorf("mail to %q: %q", got.To, subject)
		}
	case <-time.After(10 * time.Second):
		t.Error("no e-mail reached the fake SMTP server")
	}
	err = steps(t, bctx,
		chromedp.Click(c(`.nr-bell`)),
		chromedp.WaitVisible(c(`.notification.unread a`)),
		shot("2-notifications"),
		chromedp.Click(c(`.notification.unread a`)),
		chromedp.WaitVisible(c(`#return_note`)),
		chromedp.SendKeys(c(`#return_note`), "Tambahkan keterangan dari BMKG."),
		chromedp.Click(c(`.return-form button[type=submit]`)),
		chromedp.WaitVisible(c(`.flash`)),
	)
	if err != nil {
		t.Fatalf("open the notification and return the story: %v", err)
	}
	if s := text(`.bar .status`); s != "Draf" {
		t.Errorf("returned story reads %q", s)
	}
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.getElementById("unread-count") === null`)); err != nil {
		t.Fatal(err)
	}
	err = steps(t, bctx,
		logout,
		login("sinta@kabar.example"),
		chromedp.WaitVisible(c(`#unread-count`)),
		chromedp.Click(c(`.nr-bell`)),
		chromedp.WaitVisible(c(`.notification.unread`)),
		shot("3-writer-notifications"),
	)
	if err != nil {
		t.Fatalf("the writer's notifications: %v", err)
	}
	if s := text(`.notification.unread`); !strings.Contains(s, "Yoga Redaktur mengembalikan") || !strings.Contains(s, "Tambahkan keterangan dari BMKG.") {
		t.Errorf("writer's notification reads %q", s)
	}
	err = steps(t, bctx,
		chromedp.Click(c(`.notification.unread a`)),
		chromedp.WaitVisible(c(`#catatan .note-body`)),
		shotOf("4-note-on-story", `#catatan`),
	)
	if err != nil {
		t.Fatalf("open the returned story: %v", err)
	}
	if s := text(`#catatan .note-body`); s != "Tambahkan keterangan dari BMKG." {
		t.Errorf("note on the story reads %q", s)
	}
	// On a phone.
	err = steps(t, bctx,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(base+"/redaksi/notifikasi"),
		chromedp.WaitVisible(c(`.notification`)),
		shot("4b-phone-notifications"),
		chromedp.EmulateViewport(1280, 1000),
	)
	if err != nil {
		t.Fatalf("phone width: %v", err)
	}

	// Her byline: edit the bio, read it on the public author page.
	bio := "Sinta meliput kehidupan nelayan di pesisir utara Jawa."
	err = steps(t, bctx,
		chromedp.Navigate(base+"/redaksi/akun"),
		chromedp.WaitVisible(c(`#profile_bio`)),
		chromedp.Clear(c(`#profile_bio`)),
		chromedp.SendKeys(c(`#profile_bio`), bio),
		chromedp.Click(c(`#profil button[type=submit]`)),
		chromedp.WaitVisible(c(`.flash`)),
		shot("5-account"),
		chromedp.Navigate(base+"/penulis/sinta-kontributor"),
		chromedp.WaitVisible(c(`h1`)),
		shot("6-author-page"),
	)
	if err != nil {
		t.Fatalf("edit the bio: %v", err)
	}
	page, err := chromedp.Run(bctx, chromedp.Text(c(`main`)))
	if err != nil || !strings.Contains(page, bio) {
		t.Errorf("the author page lacks the new bio (%v):\n%.400s", err, page)
	}
}
