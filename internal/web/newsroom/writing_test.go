package newsroom_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"warta"
	"warta/internal/web/webtest"
)

var timesLine = regexp.MustCompile(`(?s)<p class="times">.*?</p>`)

func TestPreviewBannerAndPublishTime(t *testing.T) {
	for _, tc := range []struct {
		lang, draft, published, phone string
	}{
		{"id", "Pratinjau — belum terbit", "Pratinjau", "Ponsel (390 px)"},
		{"en", "Preview — not published", "Preview", "Phone (390 px)"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			e := newEnv(t, true)
			e.setLanguage(t, warta.RoleEditor, tc.lang)
			b := e.browser(t).login(warta.RoleEditor)
			draft := "/redaksi/artikel/" + strconv.FormatInt(e.f.Draft.ID, 10) + "/pratinjau"
			main := "/redaksi/artikel/" + strconv.FormatInt(e.f.Main.ID, 10) + "/pratinjau"

			// The framed story is the public page, in the site's language.
			status, _, page := b.get(draft + "/halaman")
			if status != 200 || !strings.Contains(page, `<p class="preview-banner" role="note">Pratinjau — belum terbit</p>`) {
				t.Fatalf("draft preview: %d, banner missing", status)
			}
			if times := timesLine.FindString(page); times == "" || strings.Contains(times, "<time") {
				t.Errorf("a draft's preview shows a publish time: %s", times)
			}
			status, _, page = b.get(main + "/halaman")
			if status != 200 || !strings.Contains(page, `<p class="preview-banner" role="note">Pratinjau</p>`) {
				t.Fatalf("published preview: %d, banner missing", status)
			}
			if times := timesLine.FindString(page); !strings.Contains(times, "<time") {
				t.Errorf("a published story's preview lacks its publish time: %s", times)
			}

			// The frame page, in the user's language: desktop by default,
			// the phone's width on asking.
			if _, _, frame := b.get(main); !strings.Contains(frame, `<span class="preview-flag">`+tc.published+`</span>`) {
				t.Errorf("published frame page lacks the banner %q", tc.published)
			}
			_, _, frame := b.get(draft)
			for _, want := range []string{`<iframe class="preview-frame" src="` + draft + `/halaman"`, `href="` + draft + `?lebar=ponsel"`, tc.phone, `<span class="preview-flag">` + tc.draft + `</span>`} {
				if !strings.Contains(frame, want) {
					t.Errorf("frame page lacks %q", want)
				}
			}
			if strings.Contains(frame, `width="390"`) {
				t.Error("the desktop preview is phone-wide")
			}
			if _, _, phone := b.get(draft + "?lebar=ponsel"); !strings.Contains(phone, `width="390"`) || !strings.Contains(phone, `class="preview-stage preview-phone"`) {
				t.Error("the phone preview is not 390 px wide")
			}
		})
	}
}

func TestPreviewOnlyForThoseWhoMaySeeIt(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleContributor)
	draft := "/redaksi/artikel/" + strconv.FormatInt(e.f.Draft.ID, 10) + "/pratinjau"
	for _, p := range []string{draft, draft + "/halaman"} {
		if status, _, body := b.get(p); status != http.StatusForbidden || strings.Contains(body, e.f.Draft.Title) {
			t.Errorf("%s for another's contributor: %d", p, status)
		}
	}
	if status, loc, _ := e.browser(t).get(draft + "/halaman"); status != http.StatusSeeOther || !strings.HasPrefix(loc, "/redaksi/masuk") {
		t.Errorf("signed out: %d %s", status, loc)
	}
}

// postJSON posts a form as the editor's script does and decodes the answer.
func (b *browser) postJSON(path string, form url.Values, out any) int {
	b.t.Helper()
	req, _ := http.NewRequest("POST", b.e.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-CSRF-Token", b.csrf)
	req.Header.Set("X-Requested-With", "fetch")
	req.Header.Set("Accept", "application/json")
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(out); err != nil {
		b.t.Fatalf("%s answered %d with no JSON: %v", path, res.StatusCode, err)
	}
	return res.StatusCode
}

type jsonErr struct {
	Error struct{ Code, Message string } `json:"error"`
}

func TestTagAddedWhileWriting(t *testing.T) {
	e := newEnv(t, true)
	e.setLanguage(t, warta.RoleAuthor, "en")
	contrib := e.browser(t).login(warta.RoleContributor)
	var tag struct {
		ID    int64  `json:"id"`
		Name  string `json:"name"`
		Slug  string `json:"slug"`
		Added bool   `json:"added"`
	}
	if status := contrib.postJSON("/redaksi/topik/tambah", url.Values{"name": {"Kereta Cepat Jakarta–Bandung"}}, &tag); status != http.StatusCreated ||
		!tag.Added || tag.Slug != "kereta-cepat-jakarta-bandung" || tag.Name != "Kereta Cepat Jakarta–Bandung" {
		t.Fatalf("add: %d %+v", status, tag)
	}
	first := tag.ID
	if status := contrib.postJSON("/redaksi/topik/tambah", url.Values{"name": {"kereta cepat jakarta bandung"}}, &tag); status != http.StatusOK || tag.Added || tag.ID != first {
		t.Errorf("the same tag again: %d %+v", status, tag)
	}
	// The new tag is offered on the edit page at once.
	if _, _, page := contrib.get("/redaksi/artikel/baru"); !strings.Contains(page, `<option value="`+strconv.FormatInt(first, 10)+`">Kereta Cepat Jakarta–Bandung</option>`) {
		t.Error("the new tag is not in the edit page's list")
	}

	author := e.browser(t).login(warta.RoleAuthor)
	for _, tc := range []struct{ name, message string }{
		{"  ", "name is required"},
		{"?!", "letters or digits"},
		{strings.Repeat("x", 61), "at most 60"},
	} {
		var e jsonErr
		if status := author.postJSON("/redaksi/topik/tambah", url.Values{"name": {tc.name}}, &e); status != http.StatusBadRequest ||
			e.Error.Code != warta.EINVALID || !strings.Contains(strings.ToLower(e.Error.Message), tc.message) {
			t.Errorf("name %q: %d %+v, want 400 saying %q", tc.name, status, e, tc.message)
		}
	}
	// Without the form's token nothing is made.
	req, _ := http.NewRequest("POST", e.srv.URL+"/redaksi/topik/tambah", strings.NewReader("name=Palsu"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if res, err := author.c.Do(req); err != nil || res.StatusCode != http.StatusForbidden {
		t.Errorf("without a token: %v %v", res.StatusCode, err)
	}
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		if _, err := tx.FindTagBySlug(context.Background(), "palsu"); !warta.IsNotFound(err) {
			t.Errorf("a tag was made without the token: %v", err)
		}
		return nil
	})
}

func TestFeaturedPhotoGridAndFocalPoint(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	res, err := b.c.Get(e.srv.URL + "/redaksi/media/pilih?q=")
	if err != nil {
		t.Fatal(err)
	}
	var grid struct {
		Results []struct {
			ID       int64   `json:"id"`
			Thumb    string  `json:"thumb"`
			FocalX   float64 `json:"focal_x"`
			FocalY   float64 `json:"focal_y"`
			CanFocus bool    `json:"can_focus"`
		} `json:"results"`
		Page, Pages, Total int
	}
	json.NewDecoder(res.Body).Decode(&grid)
	res.Body.Close()
	if len(grid.Results) == 0 || grid.Page != 1 || grid.Pages < 1 || grid.Total < len(grid.Results) ||
		grid.Results[0].FocalX != 0.5 || grid.Results[0].FocalY != 0.5 || !grid.Results[0].CanFocus || grid.Results[0].Thumb == "" {
		t.Fatalf("grid = %+v", grid)
	}
	if res, _ := b.c.Get(e.srv.URL + "/redaksi/media/pilih?page=nol"); res.StatusCode != http.StatusBadRequest {
		t.Errorf("bad page: %d", res.StatusCode)
	}

	photo := "/redaksi/media/" + strconv.FormatInt(e.f.Photo.ID, 10) + "/fokus"
	var set struct {
		FocalX float64 `json:"focal_x"`
		FocalY float64 `json:"focal_y"`
	}
	if status := b.postJSON(photo, url.Values{"x": {"0.3"}, "y": {"0.8"}}, &set); status != 200 || set.FocalX != 0.3 || set.FocalY != 0.8 {
		t.Fatalf("set focal: %d %+v", status, set)
	}
	for _, bad := range []url.Values{{"x": {"1.2"}, "y": {"0.5"}}, {"x": {"abc"}, "y": {"0.5"}}, {"x": {"0.5"}}, {"x": {"NaN"}, "y": {"0.5"}}} {
		var e jsonErr
		if status := b.postJSON(photo, bad, &e); status != http.StatusBadRequest || e.Error.Message == "" {
			t.Errorf("focal %v: %d %+v", bad, status, e)
		}
	}
	// A contributor may not change the library.
	var refused jsonErr
	if status := e.browser(t).login(warta.RoleContributor).postJSON(photo, url.Values{"x": {"0"}, "y": {"0"}}, &refused); status != http.StatusForbidden {
		t.Errorf("contributor set a focal point: %d", status)
	}
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		m, err := tx.FindMediaByID(context.Background(), e.f.Photo.ID)
		if err == nil && (m.Focal == nil || *m.Focal != (warta.FocalPoint{X: 0.3, Y: 0.8})) {
			t.Errorf("stored focal = %+v, want 0.3,0.8 (bad and refused changes change nothing)", m.Focal)
		}
		return err
	})
}

func TestWritingPagesHTMLValid(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleAdministrator)
	draft := "/redaksi/artikel/" + strconv.FormatInt(e.f.Draft.ID, 10)
	pages := map[string]string{}
	for _, p := range []string{draft, draft + "/pratinjau", draft + "/pratinjau?lebar=ponsel", draft + "/pratinjau/halaman",
		"/redaksi/artikel/" + strconv.FormatInt(e.f.Main.ID, 10) + "/pratinjau/halaman"} {
		_, _, pages[p] = b.get(p)
	}
	webtest.ValidateHTML(t, pages)
}

// A preview shows a draft: no shared cache (a CDN in front of the site)
// may keep it, whatever the public article page allows.
func TestPreviewIsNeverCachedPublicly(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	res, err := b.c.Get(e.srv.URL + "/redaksi/artikel/" + strconv.FormatInt(e.f.Draft.ID, 10) + "/pratinjau/halaman")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if cc := res.Header.Get("Cache-Control"); res.StatusCode != 200 || strings.Contains(cc, "public") || !strings.Contains(cc, "no-store") {
		t.Errorf("draft preview: %d, Cache-Control %q", res.StatusCode, cc)
	}
}
