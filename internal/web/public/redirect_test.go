package public_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// editor makes an editor account and an editorial service on the site.
func editor(t *testing.T, s *webtest.Site) (*editorial.Service, *warta.User) {
	t.Helper()
	u := &warta.User{Email: "editor@kabar.example", Name: "Editor", Role: warta.RoleEditor}
	s.MustUpdate(t, func(tx warta.Tx) error { return tx.CreateUser(context.Background(), u) })
	return &editorial.Service{Store: s.Store, Now: s.Now, Notify: s.Notify}, u
}

// checkOneHop requests every stored redirect: each answers exactly one
// 301 whose target answers 200.
func checkOneHop(t *testing.T, s *webtest.Site, h http.Handler) map[string]string {
	t.Helper()
	var list []*warta.Redirect
	s.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		list, _, err = tx.FindRedirects(context.Background(), warta.RedirectFilter{})
		return err
	})
	if len(list) == 0 {
		t.Fatal("no redirects stored; the test proves nothing")
	}
	out := map[string]string{}
	for _, r := range list {
		out[r.From] = r.To
		for _, method := range []string{"GET", "HEAD"} {
			res, _ := webtest.Do(t, h, method, r.From)
			if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != r.To {
				t.Errorf("%s %s: %d → %q, want 301 → %q", method, r.From, res.StatusCode, res.Header.Get("Location"), r.To)
				continue
			}
		}
		if res, _ := webtest.Do(t, h, "GET", r.To); res.StatusCode != http.StatusOK {
			t.Errorf("%s redirects to %s, which answers %d (Location %q)", r.From, r.To, res.StatusCode, res.Header.Get("Location"))
		}
	}
	return out
}

// TestSlugChangesRedirectOneHop renames the main story several times,
// moves it to another section and back to an earlier slug.
func TestSlugChangesRedirectOneHop(t *testing.T) {
	s, f, h := newSite(t)
	svc, ed := editor(t, s)
	ctx := context.Background()
	a := f.Main
	save := func(slug string, section int64) {
		t.Helper()
		var err error
		if a, err = svc.Save(ctx, ed, a.ID, a.Version, editorial.Input{Slug: &slug, SectionID: &section}); err != nil {
			t.Fatal(err)
		}
	}
	nasional, ekonomi := f.Nasional.ID, f.Ekonomi.ID
	save("banjir-surut", nasional)
	save("banjir-surut-perlahan", nasional)
	save("banjir-surut-perlahan", ekonomi)
	save("warga-kembali-ke-rumah", ekonomi)
	now := "/ekonomi/2026/11/27/warga-kembali-ke-rumah"
	got := checkOneHop(t, s, h)
	for _, old := range []string{webtest.MainPath, "/nasional/2026/11/27/banjir-surut", "/nasional/2026/11/27/banjir-surut-perlahan",
		"/ekonomi/2026/11/27/banjir-surut-perlahan"} {
		if got[old] != now {
			t.Errorf("%s → %q, want %s", old, got[old], now)
		}
	}
	// Back to an earlier slug: that address serves the story again and
	// the newer one redirects to it.
	save("banjir-surut", nasional)
	back := "/nasional/2026/11/27/banjir-surut"
	webtest.Run(t, h, []webtest.Scenario{
		{Name: "restored address", Path: back, Status: 200, Contains: []string{"Banjir Rendam Tiga Kecamatan"}},
		{Name: "newest address", Path: now, Status: 301, Location: back},
		{Name: "first address", Path: webtest.MainPath, Status: 301, Location: back},
	})
	got = checkOneHop(t, s, h)
	if _, loops := got[back]; loops || len(got) != 4 {
		t.Errorf("redirects after going back: %v", got)
	}
	// A new story that takes the first slug on another day does not steal
	// the old address, which still leads to the story that had it.
	other := &warta.Article{Slug: "banjir-rendam-tiga-kecamatan", Title: "Banjir Lagi", Label: warta.LabelBerita, SectionID: nasional,
		Status: warta.StatusPublished, PublishedAt: webtest.Now.Add(24 * time.Hour), BodyHTML: "<p>Isi.</p>"}
	s.MustUpdate(t, func(tx warta.Tx) error { return tx.CreateArticle(ctx, other) })
	webtest.Run(t, h, []webtest.Scenario{
		{Name: "old address of the renamed story", Path: webtest.MainPath, Status: 301, Location: back},
		{Name: "the new story", Path: "/nasional/2026/11/28/banjir-rendam-tiga-kecamatan", Status: 200},
	})
}

// TestWithdrawnAnswers410WithReason checks the takedown notice: 410,
// noindex, the reason in the site's language, not the story itself.
func TestWithdrawnAnswers410WithReason(t *testing.T) {
	s, f, h := newSite(t)
	svc, ed := editor(t, s)
	ctx := context.Background()
	reason := `Memuat identitas anak <korban> & keluarganya.`
	a, err := svc.Withdraw(ctx, ed, f.Main.ID, f.Main.Version, reason)
	if err != nil {
		t.Fatal(err)
	}
	notice := []string{"Artikel ini telah dihapus oleh redaksi.", "Alasan redaksi:", "Memuat identitas anak &lt;korban&gt; &amp; keluarganya.",
		`<meta name="robots" content="noindex">`}
	webtest.Run(t, h, []webtest.Scenario{
		{Name: "withdrawn with reason", Path: webtest.MainPath, Status: 410, Contains: notice,
			NotContains: []string{"Banjir Rendam Tiga Kecamatan di Kota Sungai", "Air setinggi pinggang", "<korban>"},
			Header:      map[string]string{"Cache-Control": "no-store"}},
		{Name: "withdrawn at another date", Path: "/nasional/2020/01/01/banjir-rendam-tiga-kecamatan", Status: 410, Contains: notice},
		{Name: "withdrawn without reason", Path: "/nasional/2026/11/24/berita-ditarik", Status: 410,
			Contains: []string{"Artikel ini telah dihapus oleh redaksi.", `content="noindex"`}, NotContains: []string{"Alasan redaksi:", "Berita yang Ditarik"}},
		{Name: "draft", Path: "/nasional/2026/11/27/rencana-liputan", Status: 404, NotContains: []string{"dihapus oleh redaksi"}},
		{Name: "never existed", Path: "/nasional/2026/11/27/tidak-pernah-ada", Status: 404},
	})
	res, body := webtest.Do(t, h, "HEAD", webtest.MainPath)
	if res.StatusCode != http.StatusGone || body != "" {
		t.Errorf("HEAD: %d with %d bytes", res.StatusCode, len(body))
	}
	// The notice speaks the site's language.
	s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(ctx)
		if err != nil {
			return err
		}
		st.Language = "en"
		return tx.SaveSettings(ctx, st)
	})
	h.(*public.Handler).Invalidate()
	webtest.Run(t, h, []webtest.Scenario{{Name: "english", Path: webtest.MainPath, Status: 410,
		Contains: []string{`lang="en"`, "This article was removed by the editors.", "The editors&#39; reason:", "Memuat identitas anak"}}})
	// The newsroom may send the address elsewhere instead.
	s.MustUpdate(t, func(tx warta.Tx) error {
		return tx.CreateRedirect(ctx, &warta.Redirect{From: webtest.MainPath, To: "/nasional/2026/11/27/menata-kota-dari-sungai"})
	})
	webtest.Run(t, h, []webtest.Scenario{{Name: "redirected takedown", Path: webtest.MainPath, Status: 301, Location: "/nasional/2026/11/27/menata-kota-dari-sungai"}})
	s.MustUpdate(t, func(tx warta.Tx) error { return tx.DeleteRedirect(ctx, webtest.MainPath) })
	// Published again, the story is back and the notice is gone.
	if _, err := svc.Transition(ctx, ed, a.ID, a.Version, warta.StatusPublished, time.Time{}); err != nil {
		t.Fatal(err)
	}
	res, body = webtest.Do(t, h, "GET", webtest.MainPath)
	if res.StatusCode != 200 || strings.Contains(body, "Memuat identitas anak") {
		t.Errorf("after re-publishing: %d, reason shown: %v", res.StatusCode, strings.Contains(body, "Memuat identitas anak"))
	}
}

// TestRedirectsReplaceNotFound: any address that would be not found
// answers its stored redirect, whatever page type it looks like.
func TestRedirectsReplaceNotFound(t *testing.T) {
	s, _, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		for from, to := range map[string]string{"/tag/banjir-2019": "/tag/banjir", "/penulis/sari": "/penulis/sari-lestari",
			"/olahraga": "/nasional/", "/category/berita/banjir-lama": webtest.MainPath, "/arsip": "https://arsip.kabar.example/"} {
			if err := tx.CreateRedirect(context.Background(), &warta.Redirect{From: from, To: to}); err != nil {
				return err
			}
		}
		return nil
	})
	webtest.Run(t, h, []webtest.Scenario{
		{Name: "tag", Path: "/tag/banjir-2019", Status: 301, Location: "/tag/banjir"},
		{Name: "author", Path: "/penulis/sari", Status: 301, Location: "/penulis/sari-lestari"},
		{Name: "section", Path: "/olahraga/", Status: 301, Location: "/nasional/"},
		{Name: "wordpress category", Path: "/category/berita/banjir-lama", Status: 301, Location: webtest.MainPath},
		{Name: "outside", Path: "/arsip", Status: 301, Location: "https://arsip.kabar.example/"},
		{Name: "still not found", Path: "/tag/lain", Status: 404},
	})
}
