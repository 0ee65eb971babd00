package public_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"warta"
	"warta/internal/web/webtest"
)

// kickers are the texts of the kickers of the cards in a page's <main>.
func kickers(t *testing.T, page string) []string {
	t.Helper()
	var out []string
	for _, main := range webtest.FindAll(webtest.Parse(t, page), "main") {
		for _, card := range webtest.FindAll(main, "article", "class", "card") {
			for _, k := range webtest.FindAll(card, "p", "class", "kicker") {
				out = append(out, strings.Join(strings.Fields(webtest.Text(k)), " "))
			}
		}
	}
	return out
}

// TestOneLabelPerCard: a card names its section or shows its label's
// badge, never the same word twice ("Opini Opini"); a section's page
// does not name the section on each of its cards; an article page's
// kicker says "Opini" once and still links the section.
func TestOneLabelPerCard(t *testing.T) {
	s, f, h := newSite(t)
	opini := &warta.Section{Slug: "opini", Name: "Opini", Position: 3}
	s.MustUpdate(t, func(tx warta.Tx) error {
		if err := tx.CreateSection(t.Context(), opini); err != nil {
			return err
		}
		a := &warta.Article{Slug: "kolom-sungai", Title: "Kolom tentang Sungai Kota", Label: warta.LabelOpini,
			BodyHTML: "<p>Isi kolom.</p>", SectionID: opini.ID, FeaturedMediaID: f.Photo.ID, AuthorIDs: []int64{f.Sari.ID},
			Status: warta.StatusPublished, PublishedAt: s.Now().Add(-10 * time.Minute)}
		return tx.CreateArticle(t.Context(), a)
	})
	_, home := webtest.Do(t, h, "GET", "/")
	ks := kickers(t, home)
	if len(ks) == 0 {
		t.Fatal("no kickers on the front page")
	}
	for _, k := range ks {
		if w := strings.Fields(strings.ToLower(k)); len(w) == 2 && w[0] == w[1] {
			t.Errorf("a card's kicker says %q", k)
		}
	}
	if !strings.Contains(home, `<a class="label label-opini" href="/opini/">Opini</a>`) {
		t.Error("the opinion card's one label is not the badge linking its section")
	}
	// Opini in Nasional keeps both: they say different things.
	if !strings.Contains(home, `<span class="label label-opini">Opini</span> <a href="/nasional/">Nasional</a>`) {
		t.Error("an opinion piece in Nasional lost its badge or its section")
	}
	for path, name := range map[string]string{"/nasional/": "Nasional", "/opini/": "Opini"} {
		_, page := webtest.Do(t, h, "GET", path)
		for _, k := range kickers(t, page) {
			if strings.Contains(k, name) {
				t.Errorf("%s: a card repeats the page's own section: %q", path, k)
			}
		}
	}
	_, article := webtest.Do(t, h, "GET", "/opini/"+s.Now().Add(-10*time.Minute).In(wib).Format("2006/01/02")+"/kolom-sungai")
	_, story := webtest.Do(t, h, "GET", webtest.MainPath)
	more := webtest.FindAll(webtest.Parse(t, story), "section", "class", "more-section")
	if len(more) != 1 || len(webtest.FindAll(more[0], "article", "class", "card")) == 0 {
		t.Fatal("the Nasional story has no \"More in Nasional\" block")
	}
	for _, k := range webtest.FindAll(more[0], "p", "class", "kicker") {
		if strings.Contains(webtest.Text(k), "Nasional") {
			t.Errorf("a card under \"More in Nasional\" says %q", webtest.Text(k))
		}
	}
	head := webtest.FindAll(webtest.Parse(t, article), "header", "class", "story-head")
	if len(head) != 1 {
		t.Fatalf("no story head:\n%s", article)
	}
	if k := webtest.FindAll(head[0], "p", "class", "kicker"); len(k) != 1 || strings.TrimSpace(webtest.Text(k[0])) != "Opini" {
		t.Errorf("the article's kicker is not one Opini")
	}
	if !strings.Contains(article, `<a class="label label-opini" href="/opini/">Opini</a>`) {
		t.Error("the article's kicker does not link its section")
	}
}

var wib = time.FixedZone("WIB", 7*3600)

// TestSectionLeadStory: a section's first page opens with a lead story
// (big picture and dek) and a grid of four before its list; page 2 is the
// plain list.
func TestSectionLeadStory(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		for i := range 25 {
			a := &warta.Article{Slug: fmt.Sprintf("kabar-%d", i), Title: fmt.Sprintf("Kabar Nomor %d dari Daerah", i),
				Dek: "Ringkasan kabar.", Label: warta.LabelBerita, BodyHTML: "<p>Isi.</p>", SectionID: f.Nasional.ID,
				FeaturedMediaID: f.Photo.ID, Status: warta.StatusPublished, PublishedAt: s.Now().Add(-time.Duration(i+1) * 3 * time.Hour)}
			if err := tx.CreateArticle(t.Context(), a); err != nil {
				return err
			}
		}
		return nil
	})
	_, first := webtest.Do(t, h, "GET", "/nasional/")
	doc := webtest.Parse(t, first)
	front := webtest.FindAll(doc, "div", "class", "section-front")
	if len(front) != 1 {
		t.Fatalf("the section's first page has %d lead blocks, want 1", len(front))
	}
	lead := webtest.FindAll(front[0], "article", "class", "card-lead")
	if len(lead) != 1 || len(webtest.FindAll(lead[0], "img")) != 1 || len(webtest.FindAll(lead[0], "p", "class", "dek")) != 1 {
		t.Error("the lead story lacks its picture or its dek")
	}
	if n := len(webtest.FindAll(front[0], "article", "class", "card-small")); n != 4 {
		t.Errorf("the grid after the lead holds %d stories, want 4", n)
	}
	// No story twice in the main column.
	seen := map[string]bool{}
	for _, col := range webtest.FindAll(doc, "main") {
		for _, tag := range []string{"h2", "h3"} {
			for _, title := range webtest.FindAll(col, tag, "class", "card-title") {
				if text := webtest.Text(title); seen[text] {
					t.Errorf("%q shows twice", text)
				} else {
					seen[text] = true
				}
			}
		}
	}
	_, second := webtest.Do(t, h, "GET", "/nasional/?page=2")
	if strings.Contains(second, "section-front") {
		t.Error("page 2 repeats a lead block")
	}
}

// TestIndonesianChrome: the Indonesian site says "Berita Terkini", not
// "Breaking News"; the 404 page says "not found" once; /cari has one
// search form, its own.
func TestIndonesianChrome(t *testing.T) {
	_, _, h := newSite(t)
	_, home := webtest.Do(t, h, "GET", "/")
	if strings.Contains(home, "Breaking News") || !strings.Contains(home, "Berita Terkini") {
		t.Error("the breaking banner is not labelled in Indonesian")
	}
	_, missing := webtest.Do(t, h, "GET", "/tidak-ada-di-sini")
	for _, main := range webtest.FindAll(webtest.Parse(t, missing), "main") {
		if n := strings.Count(webtest.Text(main), "Halaman tidak ditemukan"); n != 1 {
			t.Errorf("the 404 page says \"Halaman tidak ditemukan\" %d times", n)
		}
	}
	_, search := webtest.Do(t, h, "GET", "/cari?q=banjir")
	if n := len(webtest.FindAll(webtest.Parse(t, search), "form", "role", "search")); n != 1 {
		t.Errorf("/cari has %d search forms, want 1", n)
	}
	if main := webtest.FindAll(webtest.Parse(t, missing), "main"); len(main) != 1 || !strings.Contains(webtest.Text(main[0]), "Coba cari") {
		t.Error("the 404 page does not say what to do next")
	}
	_, other := webtest.Do(t, h, "GET", "/nasional/")
	if n := len(webtest.FindAll(webtest.Parse(t, other), "form", "role", "search")); n != 1 {
		t.Errorf("a section page has %d search forms, want the header's", n)
	}
}

// TestHomeRail: the front page's side column holds Trending and then
// section lists, and no section shows twice on the page.
func TestHomeRail(t *testing.T) {
	s, f, h := newSite(t)
	s.MustUpdate(t, func(tx warta.Tx) error {
		for i, name := range []string{"Olahraga", "Teknologi", "Gaya Hidup", "Opini"} {
			sec := &warta.Section{Slug: strings.ToLower(strings.ReplaceAll(name, " ", "")), Name: name, Position: 3 + i}
			if err := tx.CreateSection(t.Context(), sec); err != nil {
				return err
			}
			for j := range 6 {
				a := &warta.Article{Slug: fmt.Sprintf("%s-%d", sec.Slug, j), Title: fmt.Sprintf("%s Hari Ini Nomor %d", name, j),
					Label: warta.LabelBerita, BodyHTML: "<p>Isi.</p>", SectionID: sec.ID, FeaturedMediaID: f.Photo.ID,
					Status: warta.StatusPublished, PublishedAt: s.Now().Add(-time.Duration(20+i*6+j) * time.Hour)}
				if err := tx.CreateArticle(t.Context(), a); err != nil {
					return err
				}
			}
		}
		return nil
	})
	_, home := webtest.Do(t, h, "GET", "/")
	doc := webtest.Parse(t, home)
	aside := webtest.FindAll(doc, "aside", "class", "col-side")
	if len(aside) != 1 {
		t.Fatal("no side column")
	}
	rail := webtest.FindAll(aside[0], "section", "class", "rail-block")
	if len(rail) == 0 || len(webtest.FindAll(aside[0], "section", "class", "trending")) != 1 {
		t.Fatalf("the side column holds %d section lists and no Trending, or none", len(rail))
	}
	if first := aside[0].FirstChild; first != nil {
		for first != nil && first.Type != html.ElementNode {
			first = first.NextSibling
		}
		if v, _ := webtest.Attr(first, "class"); v != "trending" {
			t.Errorf("the side column opens with %q, want Trending", v)
		}
	}
	blocks := len(webtest.FindAll(doc, "section", "class", "section-block"))
	if blocks < len(rail) {
		t.Errorf("the main column keeps %d section blocks, the side %d", blocks, len(rail))
	}
	for _, name := range []string{"Olahraga", "Teknologi", "Gaya Hidup", "Opini"} {
		n := 0
		for _, h2 := range webtest.FindAll(doc, "h2", "class", "block-title") {
			if strings.TrimSpace(webtest.Text(h2)) == name {
				n++
			}
		}
		if n > 1 {
			t.Errorf("section %s has %d blocks on the front page", name, n)
		}
	}
}

// TestEnglishChrome: an English site keeps "Breaking News" and its 404
// page explains itself in English, once.
func TestEnglishChrome(t *testing.T) {
	s, _, h := newFeedSite(t)
	setFeedSettings(t, s, h, func(st *warta.Settings) { st.Language = "en" })
	_, home := webtest.Do(t, h, "GET", "/")
	if !strings.Contains(home, "Breaking News") {
		t.Error("the English breaking banner is not labelled Breaking News")
	}
	_, missing := webtest.Do(t, h, "GET", "/not-here")
	for _, main := range webtest.FindAll(webtest.Parse(t, missing), "main") {
		text := webtest.Text(main)
		if strings.Count(text, "Page not found") != 1 || !strings.Contains(text, "Try searching") {
			t.Errorf("the English 404 page reads %q", strings.Join(strings.Fields(text), " ")[:200])
		}
	}
}
