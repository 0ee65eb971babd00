package public_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/webtest"
)

// The "Perlu verifikasi" mark shows on the story's page with its note and
// as a badge on its cards, and goes from both the moment an editor
// clears it (the cached pages are evicted).
func TestVerifyMarkShownAndCleared(t *testing.T) {
	e := newEvictSite(t)
	e.warmAll()
	a := e.article(e.f.Main.ID)
	yes, no := true, false
	a, err := e.svc.Save(context.Background(), e.u, a.ID, a.Version, editorial.Input{NeedsVerification: &yes})
	if err != nil {
		t.Fatal(err)
	}
	page, _ := e.get(webtest.MainPath)
	if !strings.Contains(page, `class="trust-verify"`) || !strings.Contains(page, "Perlu verifikasi") ||
		!strings.Contains(page, "masih diperiksa redaksi") {
		t.Error("the article page does not show the verification mark and its note")
	}
	for _, p := range []string{"/", "/nasional/", "/tag/banjir"} {
		if body, _ := e.get(p); !strings.Contains(body, `<span class="trust-badge">Perlu verifikasi</span>`) {
			t.Errorf("%s: the card shows no verification badge", p)
		}
	}
	e.mustStayCached(notMain...)
	if _, err := e.svc.Save(context.Background(), e.u, a.ID, a.Version, editorial.Input{NeedsVerification: &no}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{webtest.MainPath, "/", "/nasional/", "/tag/banjir"} {
		if body, _ := e.get(p); strings.Contains(body, "trust-badge") || strings.Contains(body, "Perlu verifikasi") {
			t.Errorf("%s still shows the verification mark after it was cleared", p)
		}
	}
}

// A follow-up links back to the earlier story ("Berita sebelumnya"), and
// the earlier story lists it under "Perkembangan terbaru" from the moment
// it is published until it is withdrawn, its cached page evicted each
// time; the later page follows the earlier story's headline.
func TestFollowUpsOnBothStories(t *testing.T) {
	e := newEvictSite(t)
	ctx := context.Background()
	d := e.article(e.f.Draft.ID)
	d, err := e.svc.Save(ctx, e.u, d.ID, d.Version, editorial.Input{FollowsRef: sp(webtest.MainPath)})
	if err != nil {
		t.Fatal(err)
	}
	e.warmAll()
	if body, _ := e.get(webtest.MainPath); strings.Contains(body, "Perkembangan terbaru") {
		t.Fatal("a draft follow-up is listed on the earlier story")
	}
	if d, err = e.svc.Transition(ctx, e.u, d.ID, d.Version, warta.StatusPublished, time.Time{}); err != nil {
		t.Fatal(err)
	}
	body, _ := e.get(webtest.MainPath)
	if !strings.Contains(body, "Perkembangan terbaru") || !strings.Contains(body, d.Title) {
		t.Error("the earlier story's cached page does not list its newly published follow-up")
	}
	later := "/nasional/2026/11/27/" + d.Slug
	later = strings.Replace(later, "2026/11/27", d.PublishedAt.In(jakarta(t)).Format("2006/01/02"), 1)
	body, _ = e.get(later)
	if !strings.Contains(body, "Berita sebelumnya:</span> <a href=\""+webtest.MainPath+"\">"+e.f.Main.Title) {
		t.Error("the follow-up does not link back to the earlier story")
	}
	// The earlier story's new headline reaches the follow-up's page.
	m := e.article(e.f.Main.ID)
	if _, err := e.svc.Save(ctx, e.u, m.ID, m.Version, editorial.Input{Title: sp("Banjir Meluas ke Empat Kecamatan")}); err != nil {
		t.Fatal(err)
	}
	e.mustShow("Banjir Meluas ke Empat Kecamatan", later)
	// A loop is refused: the earlier story cannot follow its follow-up.
	m = e.article(e.f.Main.ID)
	if _, err := e.svc.Save(ctx, e.u, m.ID, m.Version, editorial.Input{FollowsID: &d.ID}); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("a loop was accepted: %v", err)
	}
	// Withdrawn, the follow-up leaves the earlier story's page.
	if _, err := e.svc.Withdraw(ctx, e.u, d.ID, d.Version, "Ditarik untuk diperiksa."); err != nil {
		t.Fatal(err)
	}
	if body, _ := e.get(webtest.MainPath); strings.Contains(body, "Perkembangan terbaru") || strings.Contains(body, d.Title) {
		t.Error("a withdrawn follow-up is still listed on the earlier story")
	}
}

func jakarta(t *testing.T) *time.Location {
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func sp(s string) *string { return &s }

// An advertorial says so wherever it appears: its card, its page with
// the sponsor's name, each feed format (title and category), its
// JSON-LD type and sponsor, and the search results; in both languages.
func TestAdvertorialLabelEverywhere(t *testing.T) {
	e := newEvictSite(t)
	ad := &warta.Article{Slug: "kopi-nusantara-mendunia", Title: "Kopi Nusantara Mendunia", Dek: "Cerita petani kopi.",
		Label: warta.LabelAdvertorial, Sponsor: "PT Kopi Jaya", BodyHTML: "<p>Kopi dari lereng gunung.</p>",
		SectionID: e.f.Ekonomi.ID, AuthorIDs: []int64{e.f.Agus.ID}, Status: warta.StatusPublished,
		PublishedAt: webtest.Now.Add(-10 * time.Minute)}
	e.s.MustUpdate(t, func(tx warta.Tx) error {
		if err := tx.CreateArticle(context.Background(), ad); err != nil {
			return err
		}
		return tx.RecordViews(context.Background(), ad.ID, webtest.Now, 500) // into Terpopuler
	})
	path := "/ekonomi/2026/11/27/kopi-nusantara-mendunia"
	check := func(lang, label, presented string) {
		t.Helper()
		for _, p := range []string{"/", "/ekonomi/", "/penulis/agus-pratama"} {
			if body, _ := e.get(p); !strings.Contains(body, `<span class="label label-advertorial">`+label+`</span>`) {
				t.Errorf("%s %s: no advertorial label on the card", lang, p)
			}
		}
		body, _ := e.get(path)
		if !strings.Contains(body, `label-advertorial">`+label) || !strings.Contains(body, presented+" PT Kopi Jaya") {
			t.Errorf("%s: the page lacks the label or %q", lang, presented)
		}
		if !strings.Contains(body, `"@type":["Article","AdvertiserContentArticle"]`) ||
			!strings.Contains(body, `"sponsor":{"@type":"Organization","name":"PT Kopi Jaya"}`) {
			t.Errorf("%s: JSON-LD lacks the advertiser type or the sponsor", lang)
		}
		for p, category := range map[string]string{"/feed": "<category>" + label + "</category>",
			"/feed/atom": `<category term="advertorial" label="` + label + `">`, "/feed.json": `"tags":["Ekonomi","` + label + `"]`,
			"/ekonomi/feed": "<category>" + label + "</category>"} {
			body, _ := e.get(p)
			if strings.HasSuffix(p, ".json") {
				body = strings.Join(strings.Fields(body), "") // its category is indented JSON
				category = strings.Join(strings.Fields(category), "")
			}
			if !strings.Contains(body, label+": Kopi Nusantara Mendunia") && !strings.Contains(body, label+":KopiNusantaraMendunia") ||
				!strings.Contains(body, category) {
				t.Errorf("%s %s: the feed item lacks the title marker or the category %s", lang, p, category)
			}
		}
		if body, _ := e.get("/indeks/2026-11-27"); !strings.Contains(body, `<span class="label label-advertorial">`+label+`</span>`) {
			t.Errorf("%s: the daily index shows no advertorial label", lang)
		}
		if body, _ := e.get(bPath); !strings.Contains(body, `<span class="meta"><span class="label label-advertorial">`+label+`</span> Ekonomi`) {
			t.Errorf("%s: Terpopuler lists the advertorial without its label", lang)
		}
		if body, _ := e.get("/cari?q=kopi+nusantara"); !strings.Contains(body, `<span class="label label-advertorial">`+label+`</span>`) {
			t.Errorf("%s: the search result shows no advertorial label", lang)
		}
	}
	check("id", "Advertorial", "Dipersembahkan oleh")
	e.s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(context.Background())
		if err != nil {
			return err
		}
		st.Language = "en"
		return tx.SaveSettings(context.Background(), st)
	})
	check("en", "Advertorial", "Presented by")
}

// The English site names the verification mark and the follow-up links
// in English.
func TestTrustMarksInEnglish(t *testing.T) {
	e := newEvictSite(t)
	ctx := context.Background()
	e.s.MustUpdate(t, func(tx warta.Tx) error {
		st, err := tx.FindSettings(ctx)
		if err != nil {
			return err
		}
		st.Language = "en"
		return tx.SaveSettings(ctx, st)
	})
	yes := true
	o := e.article(e.f.Opinion.ID)
	if _, err := e.svc.Save(ctx, e.u, o.ID, o.Version, editorial.Input{FollowsID: &e.f.Main.ID, NeedsVerification: &yes}); err != nil {
		t.Fatal(err)
	}
	body, _ := e.get("/nasional/2026/11/27/menata-kota-dari-sungai")
	for _, want := range []string{"Being verified", "still checking", "Earlier story:"} {
		if !strings.Contains(body, want) {
			t.Errorf("the English page lacks %q", want)
		}
	}
	if body, _ := e.get(webtest.MainPath); !strings.Contains(body, "Latest developments") {
		t.Error("the English page of the earlier story lacks its follow-ups")
	}
}

// The article page with every trust mark, its cards and the search
// results stay valid HTML.
func TestTrustPagesValid(t *testing.T) {
	e := newEvictSite(t)
	ctx := context.Background()
	yes := true
	o := e.article(e.f.Opinion.ID)
	if _, err := e.svc.Save(ctx, e.u, o.ID, o.Version, editorial.Input{FollowsID: &e.f.Main.ID, NeedsVerification: &yes}); err != nil {
		t.Fatal(err)
	}
	m := e.article(e.f.Main.ID)
	if _, err := e.svc.Save(ctx, e.u, m.ID, m.Version, editorial.Input{NeedsVerification: &yes}); err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{}
	for _, p := range []string{webtest.MainPath, "/nasional/2026/11/27/menata-kota-dari-sungai", "/nasional/", "/", "/cari?q=banjir"} {
		pages[p], _ = e.get(p)
	}
	webtest.ValidateHTML(t, pages)
}
