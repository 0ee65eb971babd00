package demo

import (
	"bytes"
	"flag"
	"image/jpeg"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"warta"
)

var dump = flag.String("dump", "", "write the planned articles and pictures into this directory for reading")

var testNow = time.Date(2026, 3, 9, 5, 30, 0, 0, time.UTC)

func TestPlan(t *testing.T) {
	p, err := build(testNow)
	if err != nil {
		t.Fatal(err)
	}
	labels := map[warta.Label]int{}
	statuses := map[warta.Status]int{}
	for i, d := range p.articles {
		a := d.a
		a.SectionID = int64(d.section + 1) // set when written
		statuses[a.Status]++
		labels[a.Label]++
		if err := a.Validate(); err != nil {
			t.Errorf("article %d %q: %v", i, a.Title, err)
		}
		if strings.ContainsAny(a.Title+a.Dek+a.BodyHTML, "{}") {
			t.Errorf("article %q has an unfilled slot", a.Title)
		}
		if a.WordCount < 200 || a.WordCount > 1500 {
			t.Errorf("article %q has %d words", a.Title, a.WordCount)
		}
		if !strings.Contains(a.BodyHTML, "<h2>") || !strings.Contains(a.BodyHTML, "<p>") {
			t.Errorf("article %q lacks h2 or p", a.Title)
		}
		if a.Status == warta.StatusPublished {
			if !a.PublishedAt.Before(testNow) || a.PublishedAt.Before(testNow.Add(-31*24*time.Hour)) {
				t.Errorf("article %q published at %v", a.Title, a.PublishedAt)
			}
			if i > 0 && a.PublishedAt.Before(p.articles[i-1].a.PublishedAt) {
				t.Errorf("article %d is older than the one before", i)
			}
			if len(d.related) == 0 {
				t.Errorf("article %q has no related", a.Title)
			}
		}
		if n := len(d.authors); n < 1 || n > 3 {
			t.Errorf("article %q has %d authors", a.Title, n)
		}
		if n := len(d.tags); n < 2 || n > 4 {
			t.Errorf("article %q has %d tags", a.Title, n)
		}
		if a.Label == warta.LabelOpini && sectionTable[d.section].slug != "opini" {
			t.Errorf("opinion %q outside Opini", a.Title)
		}
		if strings.Contains(a.BodyHTML, "<figure>") && !strings.Contains(a.BodyHTML, `<span class="credit">`) {
			t.Errorf("figure credit lost in %q", a.Title)
		}
	}
	t.Logf("statuses %v labels %v", statuses, labels)
	short := map[string][]int{}
	for _, d := range p.articles {
		k := sectionTable[d.section].slug + "/" + string(d.a.Label)
		short[k] = append(short[k], d.a.WordCount)
	}
	for k, v := range short {
		slices.Sort(v)
		t.Logf("%-26s n=%3d min=%4d median=%4d max=%4d", k, len(v), v[0], v[len(v)/2], v[len(v)-1])
	}
	if statuses[warta.StatusPublished] < 300 || statuses[warta.StatusDraft] != 3 || statuses[warta.StatusReview] != 2 || statuses[warta.StatusScheduled] != 2 {
		t.Errorf("statuses %v", statuses)
	}
	for _, l := range warta.Labels {
		if labels[l] == 0 {
			t.Errorf("no %s articles", l)
		}
	}
	if n := len(tagTable); n < 30 || n > 40 {
		t.Errorf("%d tags", n)
	}
	for _, tg := range tagTable {
		if !warta.ValidSlug(tg[0]) {
			t.Errorf("tag slug %q", tg[0])
		}
	}

	again, err := build(testNow)
	if err != nil {
		t.Fatal(err)
	}
	for i := range p.articles {
		if p.articles[i].a.BodyHTML != again.articles[i].a.BodyHTML {
			t.Fatalf("article %d differs between runs", i)
		}
	}
	if *dump != "" {
		writeDump(t, p)
	}
}

func writeDump(t *testing.T, p *plan) {
	var b strings.Builder
	for _, d := range p.articles {
		a := d.a
		b.WriteString("=== " + sectionTable[d.section].name + " | " + string(a.Label) + " | " + string(a.Status) + " | " +
			a.PublishedAt.In(wibZone).Format("2006-01-02 15:04") + " | " + a.Slug + "\n")
		b.WriteString("# " + a.Title + "\n" + a.Dek + "\n" + a.Dateline + "\n")
		if a.Breaking {
			b.WriteString("BREAKING\n")
		}
		if d.note != "" {
			b.WriteString("NOTE (" + string(d.kind) + "): " + d.note + "\n")
		}
		b.WriteString(a.BodyHTML + "\n")
	}
	if err := os.WriteFile(filepath.Join(*dump, "articles.txt"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	pics := append(append([]*picture(nil), p.portraits...), p.pictures...)
	if err := render(pics, runtime.GOMAXPROCS(0)); err != nil {
		t.Fatal(err)
	}
	for _, pic := range pics {
		if err := os.WriteFile(filepath.Join(*dump, strings.ReplaceAll(pic.key, "/", "_")), pic.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRender(t *testing.T) {
	p, err := build(testNow)
	if err != nil {
		t.Fatal(err)
	}
	pics := append(append([]*picture(nil), p.portraits...), p.pictures...)
	start := time.Now()
	if err := render(pics, min(runtime.GOMAXPROCS(0), 4)); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, pic := range pics {
		total += len(pic.data)
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(pic.data))
		if err != nil || cfg.Width != pic.pw || cfg.Height != pic.ph {
			t.Errorf("%s: %v %dx%d", pic.key, err, cfg.Width, cfg.Height)
		}
	}
	t.Logf("%d pictures, %d bytes, %v with GOMAXPROCS=%d", len(pics), total, time.Since(start), runtime.GOMAXPROCS(0))
}
