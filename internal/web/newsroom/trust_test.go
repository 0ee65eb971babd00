package newsroom_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/web/webtest"
)

// The article form sets the verification flag, the sponsor and the story
// followed up (by its address); an advertorial published without its
// sponsor is refused with the form shown again, nothing changed; the
// pages stay valid HTML.
func TestTrustFieldsOnTheForm(t *testing.T) {
	e := newEnv(t, true)
	ed := e.browser(t).login(warta.RoleEditor)
	a, form := e.draftFor(t, e.users[warta.RoleEditor], "Promo Wisata Danau")
	path := "/redaksi/artikel/" + strconv.FormatInt(a.ID, 10)
	pages := map[string]string{}
	_, _, pages["edit"] = ed.get(path)
	if !strings.Contains(pages["edit"], `name="needs_verification"`) || !strings.Contains(pages["edit"], `<datalist id="follows-choices">`) ||
		!strings.Contains(pages["edit"], e.f.Main.Title) {
		t.Fatal("the form lacks the trust fields or the recent stories to follow up")
	}
	form.Set("label", "advertorial")
	form.Set("sponsor", "  ")
	form.Set("action", "publish")
	status, _, body := ed.post(path, form)
	if status < 400 || status >= 500 || !strings.Contains(body, "harus menyebut nama sponsornya") {
		t.Fatalf("publishing an advertorial without sponsor: %d", status)
	}
	pages["refused"] = body
	stored := func() *warta.Article {
		var got *warta.Article
		e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
			var err error
			got, err = tx.FindArticleByID(context.Background(), a.ID)
			return err
		})
		return got
	}
	if got := stored(); got.Status != warta.StatusDraft || got.Label != warta.LabelBerita || got.Version != a.Version {
		t.Fatalf("the refused publish changed the article: %s %s v%d", got.Status, got.Label, got.Version)
	}
	form.Set("sponsor", "PT Danau Indah")
	form.Set("needs_verification", "1")
	form.Set("follows", "https://kabar.example"+webtest.MainPath)
	if status, loc, _ := ed.post(path, form); status != http.StatusSeeOther {
		t.Fatalf("publish with sponsor: %d %s", status, loc)
	}
	got := stored()
	if got.Status != warta.StatusPublished || got.Sponsor != "PT Danau Indah" || !got.NeedsVerification || got.FollowsID != e.f.Main.ID {
		t.Fatalf("stored: %s sponsor %q flag %v follows %d", got.Status, got.Sponsor, got.NeedsVerification, got.FollowsID)
	}
	_, _, pages["edit published"] = ed.get(path)
	if !strings.Contains(pages["edit published"], "Berita sebelumnya: "+e.f.Main.Title) {
		t.Error("the form does not name the story followed up")
	}
	// A link to itself is refused and shown again as typed.
	form.Set("version", strconv.Itoa(got.Version))
	form.Set("follows", strconv.FormatInt(a.ID, 10))
	form.Set("action", "save")
	status, _, body = ed.post(path, form)
	if status < 400 || status >= 500 || !strings.Contains(body, "tidak dapat menjadi kelanjutan dirinya sendiri") {
		t.Errorf("self link: %d", status)
	}
	pages["loop refused"] = body
	if stored().FollowsID != e.f.Main.ID {
		t.Error("the refused link changed the article")
	}
	webtest.ValidateHTML(t, pages)
}
