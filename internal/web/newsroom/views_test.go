package newsroom_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/trending"
	"warta/internal/web/webtest"
)

// read counts n reads of each article through the counter, as the public
// site does, and flushes them at the site's current time.
func (e *env) read(t *testing.T, c *trending.Counter, reads map[*warta.Article]int) {
	t.Helper()
	for a, n := range reads {
		for i := range n {
			// Each read by its own reader: one reader counts once.
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = fmt.Sprintf("10.%d.%d.%d:40000", a.ID&255, i>>8&255, i&255)
			r.Header.Set("User-Agent", "Mozilla/5.0 (Linux; Android 14) Mobile")
			c.Hit(r, a.ID)
		}
	}
	if err := c.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// mostRead returns the rows of the dashboard's most-read lists and of its
// section table, as text.
func mostRead(t *testing.T, body string) (day, week, sections []string) {
	t.Helper()
	doc := webtest.Parse(t, body)
	items := func(id string) []string {
		var out []string
		for _, div := range webtest.FindAll(doc, "div", "id", id) {
			for _, li := range webtest.FindAll(div, "li") {
				out = append(out, webtest.Text(li))
			}
		}
		return out
	}
	for _, table := range webtest.FindAll(doc, "table", "class", "section-views") {
		for _, tr := range webtest.FindAll(table, "tr")[1:] {
			sections = append(sections, webtest.Text(tr))
		}
	}
	return items("most-read-day"), items("most-read-week"), sections
}

// listReads returns the article list's 7-day reads column by title.
func listReads(t *testing.T, body string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, form := range webtest.FindAll(webtest.Parse(t, body), "form", "id", "bulk") {
		for _, tr := range webtest.FindAll(form, "tr") {
			links, nums := webtest.FindAll(tr, "a"), webtest.FindAll(tr, "td", "class", "num")
			if len(links) == 1 && len(nums) == 1 {
				out[webtest.Text(links[0])] = webtest.Text(nums[0])
			}
		}
	}
	return out
}

// TestMostReadOnTheDashboard counts reads through the public site's
// counter and checks the dashboard's lists, their order, the sections'
// sums and the numbers' format in both languages, for every role.
func TestMostReadOnTheDashboard(t *testing.T) {
	e := newEnv(t, true)
	counter := trending.New(e.site.Store, e.site.Logger(), e.site.Now)
	now := e.site.Now()
	e.site.Clock.Set(now.Add(-72 * time.Hour))
	e.read(t, counter, map[*warta.Article]int{e.f.Related: 1500, e.f.Withdrawn: 3})
	e.site.Clock.Set(now)
	e.read(t, counter, map[*warta.Article]int{e.f.Main: 1234, e.f.Opinion: 7, e.f.Related: 2})

	wantID := struct{ day, week, sections []string }{
		[]string{
			"Banjir Rendam Tiga Kecamatan di Kota Sungai Nasional 1.234 kali dibaca",
			"Menata Kota dari Tepian Sungai Nasional 7 kali dibaca",
			"Harga Cabai Turun Menjelang Akhir Tahun Ekonomi 2 kali dibaca",
		},
		[]string{
			"Harga Cabai Turun Menjelang Akhir Tahun Ekonomi 1.502 kali dibaca",
			"Banjir Rendam Tiga Kecamatan di Kota Sungai Nasional 1.234 kali dibaca",
			"Menata Kota dari Tepian Sungai Nasional 7 kali dibaca",
			"Berita yang Ditarik Nasional 3 kali dibaca",
		},
		[]string{"Ekonomi 2 1.502 1.502", "Nasional 1.241 1.244 1.244"},
	}
	for _, role := range warta.Roles {
		t.Run(string(role), func(t *testing.T) {
			status, _, body := e.browser(t).login(role).get("/redaksi/")
			if status != http.StatusOK || !strings.Contains(body, "Paling banyak dibaca") {
				t.Fatalf("dashboard: %d, without the most-read card", status)
			}
			day, week, sections := mostRead(t, body)
			for _, c := range []struct {
				name      string
				got, want []string
			}{{"24 hours", day, wantID.day}, {"7 days", week, wantID.week}, {"sections", sections, wantID.sections}} {
				if strings.Join(c.got, "\n") != strings.Join(c.want, "\n") {
					t.Errorf("%s:\n%s\nwant\n%s", c.name, strings.Join(c.got, "\n"), strings.Join(c.want, "\n"))
				}
			}
		})
	}

	// The article list gives each story's 7-day reads.
	_, _, body := e.browser(t).login(warta.RoleEditor).get("/redaksi/")
	reads := listReads(t, body)
	for title, want := range map[string]string{"Harga Cabai Turun Menjelang Akhir Tahun": "1.502",
		"Banjir Rendam Tiga Kecamatan di Kota Sungai": "1.234", "Rencana Liputan Pekan Depan": "0"} {
		if reads[title] != want {
			t.Errorf("list: %q read %q, want %q (all: %q)", title, reads[title], want, reads)
		}
	}
	if !strings.Contains(body, `<th scope="col" class="num">Dibaca 7 hari</th>`) {
		t.Error("the list's reads column has no heading")
	}

	e.setLanguage(t, warta.RoleContributor, "en")
	_, _, body = e.browser(t).login(warta.RoleContributor).get("/redaksi/")
	day, week, sections := mostRead(t, body)
	if !strings.Contains(body, "Most read") || len(day) != 3 || day[0] != "Banjir Rendam Tiga Kecamatan di Kota Sungai Nasional 1,234 reads" ||
		len(week) != 4 || week[0] != "Harga Cabai Turun Menjelang Akhir Tahun Ekonomi 1,502 reads" {
		t.Errorf("in English:\n%s\n%s", strings.Join(day, "\n"), strings.Join(week, "\n"))
	}
	if strings.Join(sections, "|") != "Ekonomi 2 1,502 1,502|Nasional 1,241 1,244 1,244" {
		t.Errorf("sections in English: %q", sections)
	}
	e.setLanguage(t, warta.RoleEditor, "en")
	_, _, body = e.browser(t).login(warta.RoleEditor).get("/redaksi/?sort=title")
	if got := listReads(t, body)["Harga Cabai Turun Menjelang Akhir Tahun"]; got != "1,502" {
		t.Errorf("list in English: %q", got)
	}

	// Filtered, paged or other tabs keep to the list.
	b := e.browser(t).login(warta.RoleEditor)
	for _, p := range []string{"/redaksi/?q=banjir", "/redaksi/?status=draft", "/redaksi/?page=1&status=trashed"} {
		if _, _, body := b.get(p); strings.Contains(body, "most-read") {
			t.Errorf("%s shows the most-read card", p)
		}
	}
}

// TestMostReadWindowsMoveByTheHour moves the clock across the edge of
// the hour the reads were counted in: 24 hours later, to the nanosecond,
// they leave the 24-hour list and stay in the 7-day one.
func TestMostReadWindowsMoveByTheHour(t *testing.T) {
	e := newEnv(t, true)
	counter := trending.New(e.site.Store, e.site.Logger(), e.site.Now)
	e.read(t, counter, map[*warta.Article]int{e.f.Main: 4})
	hour := e.site.Now().UTC().Truncate(time.Hour)
	// A new session each time: a day's jump would outlast one.
	dashboard := func() string {
		_, _, body := e.browser(t).login(warta.RoleAuthor).get("/redaksi/")
		if !strings.Contains(body, "most-read-title") {
			t.Fatal("the dashboard has no most-read card")
		}
		return body
	}

	e.site.Clock.Set(hour.Add(24*time.Hour - time.Nanosecond))
	body := dashboard()
	if day, week, _ := mostRead(t, body); len(day) != 1 || len(week) != 1 {
		t.Errorf("just before the edge: 24 hours %q, 7 days %q", day, week)
	}
	e.site.Clock.Set(hour.Add(24 * time.Hour))
	body = dashboard()
	if day, week, _ := mostRead(t, body); len(day) != 0 || len(week) != 1 || !strings.Contains(body, "Belum ada yang membaca dalam rentang ini.") {
		t.Errorf("at the edge: 24 hours %q, 7 days %q", day, week)
	}
	e.site.Clock.Set(hour.Add(7 * 24 * time.Hour))
	body = dashboard()
	if day, week, _ := mostRead(t, body); len(day) != 0 || len(week) != 0 {
		t.Errorf("a week on: 24 hours %q, 7 days %q", day, week)
	}
}

// TestArticleViewsOnTheEditPage shows a published story's reads in both
// windows, in the user's language; a draft shows none.
func TestArticleViewsOnTheEditPage(t *testing.T) {
	e := newEnv(t, true)
	counter := trending.New(e.site.Store, e.site.Logger(), e.site.Now)
	now := e.site.Now()
	e.site.Clock.Set(now.Add(-48 * time.Hour))
	e.read(t, counter, map[*warta.Article]int{e.f.Main: 10000})
	e.site.Clock.Set(now)
	e.read(t, counter, map[*warta.Article]int{e.f.Main: 2345})
	main := "/redaksi/artikel/" + strconv.FormatInt(e.f.Main.ID, 10)

	b := e.browser(t).login(warta.RoleEditor)
	_, _, body := b.get(main)
	if want := "Dibaca 2.345 kali dalam 24 jam terakhir dan 12.345 kali dalam 7 hari terakhir."; !strings.Contains(body, want) {
		t.Errorf("edit page lacks %q", want)
	}
	if _, _, body := b.get("/redaksi/artikel/" + strconv.FormatInt(e.f.Draft.ID, 10)); strings.Contains(body, "article-views") {
		t.Error("a draft shows reads")
	}
	e.setLanguage(t, warta.RoleEditor, "en")
	_, _, body = e.browser(t).login(warta.RoleEditor).get(main)
	if want := "Read 2,345 times in the last 24 hours and 12,345 times in the last 7 days."; !strings.Contains(body, want) {
		t.Errorf("edit page lacks %q", want)
	}
}
