package main

import (
	"context"
	"fmt"
	"mime"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
	"warta/internal/mail/mailtest"
)

// TestBrowserDesk is a day at the desk in a real browser: a contributor
// submits a story; the editor sees the count in the header, opens the
// notification and returns the story with a note (and is e-mailed through
// a fake SMTP server); the contributor sees the notification and the
// note; then she edits her bio and reads it on her public author page.
func TestBrowserDesk(t *testing.T) {
	run := newBrowserRun(t)
	smtp := mailtest.New(t)
	run.user(warta.RoleContributor, "sinta@kabar.example", "Sinta Kontributor")
	run.user(warta.RoleEditor, "yoga@kabar.example", "Yoga Redaktur")
	sectionID := run.section()
	err := run.m.Store.Update(context.Background(), func(tx warta.Tx) error {
		return tx.SaveMailSettings(context.Background(), smtp.Settings())
	})
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}

	title := "Nelayan Pulang Lebih Awal karena Gelombang Tinggi"
	err = run.steps(
		run.login("sinta@kabar.example"),
		run.open("/redaksi/artikel/baru", `#title`),
		chromedp.SendKeys(css(`#title`), title),
		chromedp.SetValue(css(`#section`), fmt.Sprint(sectionID)),
		run.submitAndWait(`button[value=submit]`, `.flash`),
		run.logout(),
		run.login("yoga@kabar.example"),
		chromedp.WaitVisible(css(`#unread-count`)),
		run.shot("desk-1-editor-header"),
	)
	if err != nil {
		t.Fatalf("submit and see the count: %v", err)
	}
	if n := run.text(`#unread-count`); n != "1" {
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
	err = run.steps(
		run.submitAndWait(`.nr-bell`, `.notification.unread a`),
		run.shot("desk-2-notifications"),
		run.submitAndWait(`.notification.unread a`, `#return_note`),
		chromedp.SendKeys(css(`#return_note`), "Tambahkan keterangan dari BMKG."),
		run.submitAndWait(`.return-form button[type=submit]`, `.flash`),
	)
	if err != nil {
		t.Fatalf("open the notification and return the story: %v", err)
	}
	if s := run.text(`.bar .status`); s != "Draf" {
		t.Errorf("returned story reads %q", s)
	}
	if _, err := chromedp.Run(run.ctx, chromedp.Evaluate[bool](`document.getElementById("unread-count") === null`)); err != nil {
		t.Fatal(err)
	}
	err = run.steps(
		run.logout(),
		run.login("sinta@kabar.example"),
		chromedp.WaitVisible(css(`#unread-count`)),
		run.submitAndWait(`.nr-bell`, `.notification.unread`),
		run.shot("desk-3-writer-notifications"),
	)
	if err != nil {
		t.Fatalf("the writer's notifications: %v", err)
	}
	if s := run.text(`.notification.unread`); !strings.Contains(s, "Yoga Redaktur mengembalikan") || !strings.Contains(s, "Tambahkan keterangan dari BMKG.") {
		t.Errorf("writer's notification reads %q", s)
	}
	err = run.steps(
		run.submitAndWait(`.notification.unread a`, `#catatan .note-body`),
		// The notes panel below the long form, on its own.
		run.shotOf("desk-4-note-on-story", `#catatan`),
	)
	if err != nil {
		t.Fatalf("open the returned story: %v", err)
	}
	if s := run.text(`#catatan .note-body`); s != "Tambahkan keterangan dari BMKG." {
		t.Errorf("note on the story reads %q", s)
	}
	// On a phone.
	err = run.steps(
		chromedp.EmulateViewport(390, 844),
		run.open("/redaksi/notifikasi", `.notification`),
		run.shot("desk-4b-phone-notifications"),
		chromedp.EmulateViewport(1280, 1000),
	)
	if err != nil {
		t.Fatalf("phone width: %v", err)
	}

	// Her byline: edit the bio, read it on the public author page.
	bio := "Sinta meliput kehidupan nelayan di pesisir utara Jawa."
	err = run.steps(
		run.open("/redaksi/akun", `#profile_bio`),
		chromedp.Clear(css(`#profile_bio`)),
		chromedp.SendKeys(css(`#profile_bio`), bio),
		run.submitAndWait(`#profil button[type=submit]`, `.flash`),
		run.shot("desk-5-account"),
		run.open("/penulis/sinta-kontributor", `h1`),
		run.shot("desk-6-author-page"),
	)
	if err != nil {
		t.Fatalf("edit the bio: %v", err)
	}
	page, err := chromedp.Run(run.ctx, chromedp.Text(css(`main`)))
	if err != nil || !strings.Contains(page, bio) {
		t.Errorf("the author page lacks the new bio (%v):\n%.400s", err, page)
	}
}
