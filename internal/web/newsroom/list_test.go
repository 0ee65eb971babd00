package newsroom_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta"
)

// manyStories writes n stories past the fixture's: every third a draft,
// the rest published, alternating sections, numbered in their titles, one
// minute apart, owned by owner.
func manyStories(t *testing.T, e *env, n int, owner int64) []*warta.Article {
	t.Helper()
	var list []*warta.Article
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		for i := 1; i <= n; i++ {
			a := &warta.Article{Slug: fmt.Sprintf("cerita-%03d", i), Title: fmt.Sprintf("Cerita Nomor %03d", i),
				BodyHTML: "<p>Laporan biasa.</p>", Label: warta.LabelBerita, SectionID: e.f.Nasional.ID,
				Status: warta.StatusPublished, PublishedAt: e.site.Now().Add(-time.Duration(i) * time.Minute), OwnerID: owner,
				AuthorIDs: []int64{e.f.Sari.ID}}
			if i%2 == 0 {
				a.SectionID = e.f.Ekonomi.ID
			}
			if i%3 == 0 {
				a.Status, a.PublishedAt = warta.StatusDraft, time.Time{}
			}
			if err := tx.CreateArticle(context.Background(), a); err != nil {
				return err
			}
			list = append(list, a)
		}
		return nil
	})
	return list
}

// titles are the article links of a list page, in order.
func titles(body string) []string {
	var out []string
	for _, part := range strings.Split(body, `<a href="/redaksi/artikel/`)[1:] {
		_, rest, _ := strings.Cut(part, ">")
		title, _, _ := strings.Cut(rest, "<")
		if !strings.HasPrefix(part, "baru") {
			out = append(out, title)
		}
	}
	return out
}

// TestArticleListPagesPast100 is the bug: the list stopped at 100 and
// ignored ?page=.
func TestArticleListPagesPast100(t *testing.T) {
	e := newEnv(t, true)
	manyStories(t, e, 130, 0)
	b := e.browser(t).login(warta.RoleEditor)
	total := 130 + 6 // and the fixture's
	seen := map[string]bool{}
	for p := 1; p <= 3; p++ {
		status, _, body := b.get("/redaksi/?sort=title&page=" + strconv.Itoa(p))
		if status != http.StatusOK {
			t.Fatalf("page %d: %d", p, status)
		}
		got := titles(body)
		want := 50
		if p == 3 {
			want = total - 100
		}
		if len(got) != want {
			t.Fatalf("page %d: %d stories, want %d", p, len(got), want)
		}
		for _, title := range got {
			if seen[title] {
				t.Errorf("%q on two pages", title)
			}
			seen[title] = true
		}
		if !strings.Contains(body, fmt.Sprintf("%d artikel", total)) {
			t.Errorf("page %d does not say %d stories", p, total)
		}
	}
	if !seen["Cerita Nomor 130"] || !seen["Cerita Nomor 001"] {
		t.Error("not every story is listed")
	}
	// A page that is not a number is a 400 with a message, past the end a 404.
	for target, want := range map[string]int{"/redaksi/?page=dua": 400, "/redaksi/?page=0": 400, "/redaksi/?page=-1": 400,
		"/redaksi/?page=4": 404, "/redaksi/?page=99999999999": 400, "/redaksi/?from=kemarin": 400, "/redaksi/?sort=acak": 400,
		"/redaksi/?status=hilang": 400, "/redaksi/?section=x": 400, "/redaksi/?label=gosip": 400, "/redaksi/?q=" + strings.Repeat("a", 201): 400} {
		status, _, body := b.get(target)
		if status != want {
			t.Errorf("%s: %d, want %d", target, status, want)
		}
		if want == 400 && !strings.Contains(body, `<p>`) {
			t.Errorf("%s: no message", target)
		}
	}
	_, _, body := b.get("/redaksi/?page=dua")
	if !strings.Contains(body, "Nomor halaman harus bilangan bulat") {
		t.Errorf("no message for a bad page:\n%.600s", body)
	}
}

// TestArticleListSearchFilterSort: the search finds a word in a draft's
// text and a title's beginning; each filter and sort narrows as it says;
// the tabs count per status.
func TestArticleListSearchFilterSort(t *testing.T) {
	e := newEnv(t, true)
	manyStories(t, e, 12, 0)
	ctx := context.Background()
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		d := &warta.Article{Slug: "catatan-rapat", Title: "Catatan Rapat", BodyHTML: "<p>Gubernur meninjau tanggul yang jebol.</p>",
			Label: warta.LabelOpini, SectionID: e.f.Ekonomi.ID, Status: warta.StatusDraft, AuthorIDs: []int64{e.f.Agus.ID}}
		return tx.CreateArticle(ctx, d)
	})
	b := e.browser(t).login(warta.RoleEditor)
	eko, agus := strconv.FormatInt(e.f.Ekonomi.ID, 10), strconv.FormatInt(e.f.Agus.ID, 10)
	cases := []struct {
		query string
		want  []string // exactly these titles, in this order; nil: only check count
		count int
	}{
		{"q=tanggul", []string{"Catatan Rapat"}, 1},                                                               // a word in a draft's text
		{"q=meninjau", []string{"Catatan Rapat"}, 1},                                                              // stemmed: tinjau
		{"q=Cerita+Nomor+01&sort=title", []string{"Cerita Nomor 010", "Cerita Nomor 011", "Cerita Nomor 012"}, 3}, // the start of a title word
		{"q=kapal+selam", nil, 0},
		{"label=opini&sort=title", []string{"Catatan Rapat", "Menata Kota dari Tepian Sungai"}, 2},
		{"author=" + agus + "&section=" + eko + "&sort=title", []string{"Catatan Rapat", "Harga Cabai Turun Menjelang Akhir Tahun"}, 2},
		{"status=draft&section=" + eko + "&sort=title&dir=desc", []string{"Cerita Nomor 012", "Cerita Nomor 006", "Catatan Rapat"}, 3},
		{"status=draft&q=cerita&sort=title", []string{"Cerita Nomor 003", "Cerita Nomor 006", "Cerita Nomor 009", "Cerita Nomor 012"}, 4},
		{"q=cerita&sort=published&dir=desc&status=published", []string{"Cerita Nomor 001", "Cerita Nomor 002", "Cerita Nomor 004", "Cerita Nomor 005",
			"Cerita Nomor 007", "Cerita Nomor 008", "Cerita Nomor 010", "Cerita Nomor 011"}, 8},
		{"q=cerita&sort=published&dir=asc&status=published", []string{"Cerita Nomor 011", "Cerita Nomor 010", "Cerita Nomor 008", "Cerita Nomor 007",
			"Cerita Nomor 005", "Cerita Nomor 004", "Cerita Nomor 002", "Cerita Nomor 001"}, 8},
		{"from=2000-01-01&until=2000-12-31", nil, 0},
		{"from=" + e.site.Now().Format("2006-01-02"), nil, 19},
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			status, _, body := b.get("/redaksi/?" + tc.query)
			if status != http.StatusOK {
				t.Fatalf("%d", status)
			}
			got := titles(body)
			if tc.want != nil && strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
			if len(got) != tc.count {
				t.Errorf("%d stories, want %d", len(got), tc.count)
			}
		})
	}
	// Tabs count per status, for the search in force.
	_, _, body := b.get("/redaksi/?q=cerita")
	for _, want := range []string{`Semua <span class="count">12</span>`, `Draf <span class="count">4</span>`, `Terbit <span class="count">8</span>`,
		`Sampah <span class="count">0</span>`} {
		if !strings.Contains(body, want) {
			t.Errorf("tabs lack %s", want)
		}
	}
	// An author sees only their own stories, whatever the search.
	a := e.browser(t).login(warta.RoleAuthor)
	if _, _, body := a.get("/redaksi/?q=tanggul"); len(titles(body)) != 0 {
		t.Errorf("an author finds others' drafts: %q", titles(body))
	}
}

// TestBulkActionsThroughUI: an author bulk-publishes their own draft and
// two of others'; the page reports per story what was done and what was
// refused and why. Trashing in bulk asks first.
func TestBulkActionsThroughUI(t *testing.T) {
	for _, lang := range []struct{ code, refused, done string }{{"id", "Ditolak", "Berhasil"}, {"en", "Refused", "Done"}} {
		t.Run(lang.code, func(t *testing.T) {
			e := newEnv(t, true)
			au := e.users[warta.RoleAuthor]
			if lang.code == "en" {
				au.Language = "en"
				e.site.MustUpdate(t, func(tx warta.Tx) error { return tx.UpdateUser(context.Background(), au) })
			}
			mine := manyStories(t, e, 3, au.ID)[2] // a draft
			b := e.browser(t).login(warta.RoleAuthor)
			ids := []string{strconv.FormatInt(mine.ID, 10), strconv.FormatInt(e.f.Draft.ID, 10), strconv.FormatInt(e.f.Main.ID, 10)}
			status, _, body := b.post("/redaksi/artikel/massal", url.Values{"action": {"publish"}, "id": ids, "back": {"/redaksi/?status=draft"}})
			if status != http.StatusOK {
				t.Fatalf("bulk: %d\n%.500s", status, body)
			}
			done, refused, _ := strings.Cut(body, "bulk-refused")
			if !strings.Contains(done, mine.Title) || !strings.Contains(body, lang.refused) || !strings.Contains(body, lang.done) {
				t.Errorf("own draft not reported done:\n%s", body)
			}
			for _, other := range []string{e.f.Draft.Title, e.f.Main.Title} {
				if !strings.Contains(refused, other) {
					t.Errorf("%q not reported refused", other)
				}
			}
			if !strings.Contains(body, `href="/redaksi/?status=draft"`) {
				t.Error("no way back to the list")
			}
			e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
				got, _ := tx.FindArticleByID(context.Background(), mine.ID)
				other, _ := tx.FindArticleByID(context.Background(), e.f.Draft.ID)
				if got.Status != warta.StatusPublished || other.Status != warta.StatusDraft {
					t.Errorf("after bulk publish: own %s, other %s", got.Status, other.Status)
				}
				return nil
			})
			// Trash in bulk: a confirmation first, then the trash.
			status, _, body = b.post("/redaksi/artikel/massal", url.Values{"action": {"trash"}, "id": ids[:1]})
			if status != http.StatusOK || !strings.Contains(body, `name="confirm"`) || !strings.Contains(body, mine.Title) {
				t.Fatalf("bulk trash without confirmation: %d\n%.500s", status, body)
			}
			b.post("/redaksi/artikel/massal", url.Values{"action": {"trash"}, "id": ids[:1], "confirm": {"1"}})
			_, _, body = b.get("/redaksi/?status=trashed")
			if got := strings.Count(body, `name="id" value="`+ids[0]+`"`); got != 1 {
				t.Fatalf("the trash does not list it:\n%.2000s", body)
			}
			if !strings.Contains(body, au.Name) {
				t.Error("the trash does not say who deleted it")
			}
			// Restore with the row's button; only editors empty the trash.
			if status, loc, _ := b.post("/redaksi/artikel/"+ids[0]+"/kembalikan", url.Values{"back": {"/redaksi/?status=trashed"}}); status != http.StatusSeeOther || !strings.Contains(loc, "untrashed") {
				t.Fatalf("restore: %d %s", status, loc)
			}
			if status, _, _ := b.post("/redaksi/sampah/kosongkan", url.Values{"confirm": {"1"}}); status != http.StatusForbidden {
				t.Errorf("an author empties the trash: %d", status)
			}
			// Refused as a whole: too many, a bad id.
			many := make([]string, 101)
			for i := range many {
				many[i] = "1"
			}
			if status, _, _ := b.post("/redaksi/artikel/massal", url.Values{"action": {"publish"}, "id": many}); status != http.StatusBadRequest {
				t.Errorf("101 stories: %d", status)
			}
			if status, _, _ := b.post("/redaksi/artikel/massal", url.Values{"action": {"publish"}, "id": {"x"}}); status != http.StatusBadRequest {
				t.Errorf("a bad id: %d", status)
			}
		})
	}
}

// TestEmptyTrashAsEditor: an editor empties the trash after confirming.
func TestEmptyTrashAsEditor(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	id := strconv.FormatInt(e.f.Draft.ID, 10)
	b.get("/redaksi/artikel/" + id + "/hapus")
	b.post("/redaksi/artikel/"+id+"/hapus", url.Values{"confirm": {"1"}})
	status, _, body := b.post("/redaksi/sampah/kosongkan", url.Values{})
	if status != http.StatusOK || !strings.Contains(body, `name="confirm"`) {
		t.Fatalf("empty without confirmation: %d", status)
	}
	if status, loc, _ := b.post("/redaksi/sampah/kosongkan", url.Values{"confirm": {"1"}}); status != http.StatusSeeOther || !strings.Contains(loc, "trash_emptied") {
		t.Fatalf("empty: %d %s", status, loc)
	}
	if status, _, _ := b.get("/redaksi/artikel/" + id); status != http.StatusNotFound {
		t.Errorf("purged draft: %d", status)
	}
}
