package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"warta"
)

// layoutWidths are the viewport widths every public page is laid out at:
// two phones, a tablet, a laptop and a wide desktop.
var layoutWidths = []int64{360, 390, 768, 1280, 1920}

// overflowJS reports what sticks out of the viewport: the document when
// it scrolls sideways, and each element holding text that is wider than
// the viewport or reaches past its right edge, unless a box that scrolls
// or clips (a wide table's, the section bar's) holds it. "" when nothing does.
const overflowJS = `(() => {
  const vw = window.innerWidth, out = [];
  const de = document.documentElement;
  if (de.scrollWidth > vw) out.push('document is ' + de.scrollWidth + 'px wide');
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
  const held = el => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX !== 'visible' || s.position === 'absolute' && s.clip !== 'auto') return true;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.skip, .visually-hidden')) continue;
    const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== '');
    if (!text && !['IMG', 'TABLE', 'IFRAME', 'VIDEO', 'FIGURE'].includes(el.tagName)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if ((r.width > vw + 1 || r.right > vw + 1) && !held(el)) {
      out.push(name(el) + ' is ' + Math.round(r.width) + 'px wide, right edge at ' + Math.round(r.right) +
        ' ("' + (el.textContent || '').trim().slice(0, 40) + '")');
      if (out.length >= 4) break;
    }
  }
  return out.join('; ');
})()`

// bandsJS reports card pictures whose box is not the picture's: a box
// taller or wider than the image shown in it (the grey band), or an image
// box whose shape is not the image's own (stretched or cut) although the
// shape is one a card shows whole (4:3 to 2:1).
const bandsJS = `(() => {
  const out = [];
  for (const a of document.querySelectorAll('main .card-img')) {
    const img = a.querySelector('img');
    if (!img || !img.complete || !img.naturalWidth) continue;
    const box = a.getBoundingClientRect(), r = img.getBoundingClientRect();
    if (box.height - r.height > 2 || box.width - r.width > 2) {
      out.push(img.currentSrc.split('/').slice(-2).join('/') + ': box ' + Math.round(box.width) + 'x' + Math.round(box.height) +
        ', image ' + Math.round(r.width) + 'x' + Math.round(r.height));
    }
    // Shapes beyond 4:3 to 2:1 are cropped to that range on purpose.
    const shape = img.naturalWidth / img.naturalHeight, want = r.width / shape;
    if (shape > 1.32 && shape < 2.01 && Math.abs(want - r.height) > 2) {
      out.push(img.currentSrc.split('/').slice(-2).join('/') + ': ' + Math.round(r.width) + 'x' + Math.round(r.height) +
        ' shows a ' + img.naturalWidth + 'x' + img.naturalHeight + ' picture');
    }
    if (out.length >= 4) break;
  }
  return out.join('; ');
})()`

// headerJS is how far down the page the first story starts: its picture
// or its headline, whichever is higher.
const headerJS = `(() => {
  const el = document.querySelector('main .card-img, main .card-title, main h1');
  return el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : -1;
})()`

// TestBrowserLayout lays every kind of public page out at five widths,
// from a 360 px phone to a 1920 px desktop, and fails on anything wider
// than the screen: the page itself or a piece of text. The pages include
// a story written to break layouts (a 1920 px picture in the body, a
// 12-column table, a 200-letter word). At phone width the header leaves
// the first story in view, and card pictures (on a phone and a laptop)
// sit in boxes of their shape.
func TestBrowserLayout(t *testing.T) {
	run := newBrowserRun(t)
	var picture string
	err := run.steps(run.open("/", `main .card-img img`), func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		var err error
		picture, err = chromedp.Evaluate[string](`new URL(document.querySelector('main .card-img img').currentSrc).pathname`)(ctx, tg)
		return chromedp.Void{}, err
	})
	if err != nil {
		t.Fatal(err)
	}
	wide := run.wideStory(picture)
	var links map[string]string
	err = run.steps(run.open(wide, `article.story h1`), func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		var err error
		links, err = chromedp.Evaluate[map[string]string](`({
		  author: (document.querySelector('.byline a[href^="/penulis/"]') || {}).pathname || '',
		  tag: (document.querySelector('.tags a[href^="/tag/"]') || {}).pathname || '',
		  section: (document.querySelector('.story-head .kicker a, .story-head a[href$="/"]') || {}).pathname || ''})`)(ctx, tg)
		return chromedp.Void{}, err
	})
	if err != nil {
		t.Fatalf("the wide story %s: %v", wide, err)
	}
	for k, v := range links {
		if v == "" {
			t.Fatalf("the wide story links no %s", k)
		}
	}
	day := run.m.Store.Now().In(time.UTC).Format("2006-01-02")
	pages := []struct{ name, path string }{
		{"home", "/"},
		{"section", links["section"]},
		{"section page 2", links["section"] + "?page=2"},
		{"wide article", wide},
		{"author", links["author"]},
		{"tag", links["tag"]},
		{"index", "/indeks"},
		{"index day", "/indeks/" + day},
		{"search", "/cari?q=banjir"},
		{"static page", "/uji-tata-letak"},
		{"404", "/tidak-ada-halaman-ini"},
		{"corrections log", "/koreksi"},
		{"takedown log", "/koreksi/pencabutan"},
		{"masthead", "/susunan-redaksi"},
		{"complaint form", "/pengaduan"},
	}
	// Each page loads once and is laid out again at each width: a busy
	// machine loads pages slowly, and a resize is what a reader's turn
	// of the phone does too.
	for _, p := range pages {
		if err := run.steps(chromedp.Navigate(run.base+p.path), chromedp.WaitVisible(css(`footer.site-footer`))); err != nil {
			t.Fatalf("%s (%s): %v", p.name, p.path, err)
		}
		for _, w := range layoutWidths {
			if err := run.steps(chromedp.EmulateViewport(w, 900)); err != nil {
				t.Fatal(err)
			}
			if got := run.eval(run.ctx, overflowJS); got != "" {
				t.Errorf("%s (%s) at %d px overflows: %s", p.name, p.path, w, got)
			}
			if (p.name == "home" || p.name == "section") && (w == 390 || w == 1280) {
				// Pictures load lazily: load them all now, then measure.
				run.eval(run.ctx, `(document.querySelectorAll('main img[loading=lazy]').forEach(i => i.loading = 'eager'), '')`)
				wait := chromedp.Poll[chromedp.Void](`[...document.querySelectorAll('main .card-img img')].every(i => i.complete)`,
					chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(10*time.Second))
				if err := run.steps(wait); err != nil {
					t.Fatalf("%s at %d px: pictures: %v", p.name, w, err)
				}
				if got := run.eval(run.ctx, bandsJS); got != "" {
					t.Errorf("%s at %d px: card pictures and their boxes differ: %s", p.name, w, got)
				}
			}
			if p.name == "wide article" && (w == 360 || w == 1280) {
				if err := run.steps(screenshot(fmt.Sprintf("layout-wide-%d", w), chromedp.FullScreenshot(100))); err != nil {
					t.Fatal(err)
				}
			}
			if w == 390 && p.name == "home" {
				top, err := chromedp.Run(run.ctx, chromedp.Evaluate[int](headerJS))
				if err != nil {
					t.Fatal(err)
				}
				if top < 0 || top > 160 {
					t.Errorf("at 390 px the first story starts %d px down the page, want at most 160", top)
				}
			}
		}
	}
}

// wideStory publishes a story built to break a layout, with the demo's
// first byline and tag, and a static page; it gives the story's path.
// picture is the address of one of the demo's pictures, shown 1920 px wide.
func (r *browserRun) wideStory(picture string) string {
	r.t.Helper()
	ctx := context.Background()
	var path string
	err := r.m.Store.Update(ctx, func(tx warta.Tx) error {
		secs, err := tx.FindSections(ctx)
		if err != nil {
			return err
		}
		people, err := tx.FindPeople(ctx)
		if err != nil {
			return err
		}
		settings, err := tx.FindSettings(ctx)
		if err != nil {
			return err
		}
		published := warta.StatusPublished
		list, _, err := tx.FindArticles(ctx, warta.ArticleFilter{Status: &published, Limit: 1, NoTotal: true})
		if err != nil || len(list) == 0 {
			r.t.Fatalf("a demo story: %v", err)
		}
		first, err := tx.FindArticleByID(ctx, list[0].ID)
		if err != nil || len(first.Tags) == 0 || first.FeaturedMediaID == 0 {
			r.t.Fatalf("a demo story with tags and a picture: %v", err)
		}
		var table strings.Builder
		table.WriteString("<table><thead><tr>")
		for i := range 12 {
			table.WriteString("<th>Kolom nomor " + string(rune('A'+i)) + " dengan judul panjang</th>")
		}
		table.WriteString("</tr></thead><tbody><tr>")
		for range 12 {
			table.WriteString("<td>Rp1.234.567.890.000</td>")
		}
		table.WriteString("</tr></tbody></table>")
		img := `<p><img src="` + picture + `" alt="Foto lebar" width="1920" height="1080"></p>`
		a := &warta.Article{Slug: "uji-tata-letak-lebar", Title: "Uji tata letak: gambar lebar, tabel dua belas kolom, dan kata panjang",
			Dek: "Naskah ini sengaja memuat isi yang lebar.", Label: warta.LabelBerita, SectionID: secs[0].ID,
			Status: warta.StatusPublished, PublishedAt: r.m.Store.Now().Add(-time.Minute), FeaturedMediaID: first.FeaturedMediaID,
			BodyHTML: "<p>Paragraf pembuka.</p>" + img + table.String() + "<p>" + strings.Repeat("a", 200) + "</p>" +
				`<p>https://contoh.example/` + strings.Repeat("jalur/", 30) + `</p>`,
			AuthorIDs: []int64{people[0].ID}, TagIDs: []int64{first.Tags[0].ID}}
		if err := tx.CreateArticle(ctx, a); err != nil {
			return err
		}
		path = a.Path(settings.Location())
		return tx.CreatePage(ctx, &warta.Page{Slug: "uji-tata-letak", Title: "Uji tata letak", Status: warta.PagePublished,
			BodyHTML: "<p>" + strings.Repeat("b", 200) + "</p>" + table.String()})
	})
	if err != nil {
		r.t.Fatalf("the wide story: %v", err)
	}
	return path
}
