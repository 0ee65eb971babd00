package importer_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/i18n"
	"warta/internal/importer"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// harness is a test site with the importer and the public site over it.
type harness struct {
	site *webtest.Site
	im   *importer.Importer
	web  *public.Handler
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	site := webtest.NewSite(t)
	web, err := public.New(public.Config{Store: site.Store, Blobs: site.Blobs, BaseURL: "https://kabar.example", Logger: site.Logger()})
	if err != nil {
		t.Fatal(err)
	}
	lib := &editorial.Library{Store: site.Store, Blobs: site.Blobs}
	return &harness{site: site, web: web,
		im: &importer.Importer{Store: site.Store, Library: lib, Notify: func(warta.Event) { web.Invalidate() }}}
}

func (h *harness) run(t *testing.T, path string, opt importer.Options) *importer.Report {
	t.Helper()
	rep, err := h.im.Run(context.Background(), path, opt)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	h.web.Invalidate()
	return rep
}

// get fetches a public path without following redirects.
func (h *harness) get(path string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.web.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
	return w
}

// article finds what a WordPress post became.
func (h *harness) article(t *testing.T, wpID string) *warta.Article {
	t.Helper()
	var a *warta.Article
	err := h.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, err := tx.FindImportItemsByKey(context.Background(), warta.ImportPost, wpID)
		if err != nil || len(list) == 0 {
			return &warta.Error{Code: warta.ENOTFOUND, Message: "no import record for " + wpID}
		}
		a, err = tx.FindArticleByID(context.Background(), list[0].TargetID)
		return err
	})
	if err != nil {
		t.Fatalf("post %s: %v", wpID, err)
	}
	return a
}

func (h *harness) countArticles(t *testing.T) int {
	t.Helper()
	var n int
	err := h.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		n, err = tx.CountArticles(context.Background())
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func kabarUploads(t *testing.T) string {
	return writeUploads(t, map[string]int{
		"2024/03/banjir.jpg":         1,
		"2024/03/banjir-salinan.jpg": 1, // the same picture uploaded twice
		"2024/03/jadwal.pdf":         2,
	})
}

func problems(rep *importer.Report) string { return strings.Join(rep.Messages(i18n.EN), "\n") }

func TestImportKabarLama(t *testing.T) {
	h := newHarness(t)
	export := writeExport(t, exportDoc(kabarItems()...))
	rep := h.run(t, export, importer.Options{Uploads: kabarUploads(t)})
	msgs := problems(rep)

	posts := rep.Of("post")
	// flood, aid, draft, pending, future, private, password, untitled, twin-slug
	if posts.Imported != 9 || posts.Failed != 2 {
		t.Errorf("posts = %+v, want 9 imported and 2 failed (the huge one, the empty one)\n%s", posts, msgs)
	}
	for _, want := range []string{"body of 10.1 MB is over the 2.0 MB limit", "has neither a title nor text", "post type product is unknown", "is not in the uploads copy",
		"is not a photo", "slug banjir-rendam-tiga-kecamatan is taken", "password-protected", "child category politik became a tag",
		"section address feed is taken"} {
		if !strings.Contains(msgs, want) {
			t.Errorf("report lacks %q:\n%s", want, msgs)
		}
	}
	if pages := rep.Of("page"); pages.Imported != 2 {
		t.Errorf("pages = %+v, want 2 imported\n%s", pages, msgs)
	}
	if !strings.Contains(msgs, "slug redaksi is taken; this story uses redaksi-2") {
		t.Errorf("report lacks the masthead page's new slug:\n%s", msgs)
	}
	if photos := rep.Of("photo"); photos.Imported != 2 || photos.Failed != 1 {
		t.Errorf("photos = %+v, want 2 imported (one library item) and 1 failed\n%s", photos, msgs)
	}
	if rep.Failed() == 0 {
		t.Error("Failed() = 0 with failed items")
	}

	flood := h.article(t, "20")
	if flood.Status != warta.StatusPublished || flood.Section.Slug != "nasional" || flood.Dek != "Tiga kecamatan terendam setelah hujan semalaman." {
		t.Errorf("flood story = %s in %s, dek %q", flood.Status, flood.Section.Slug, flood.Dek)
	}
	if len(flood.Authors) != 1 || flood.Authors[0].Name != "Rina Wijaya" || flood.Authors[0].Email != "rina@kabarlama.example" {
		t.Errorf("flood authors = %+v", flood.Authors)
	}
	if flood.FeaturedMedia == nil || flood.FeaturedMedia.Alt != "Warga di tengah banjir" || flood.FeaturedMedia.Credit != "Foto: Rina/Kabar Lama" ||
		flood.FeaturedMedia.Caption != "Warga menyeberangi genangan." {
		t.Errorf("featured photo = %+v", flood.FeaturedMedia)
	}
	if got := flood.PublishedAt.UTC().Format("2006-01-02 15:04"); got != "2024-03-05 01:00" {
		t.Errorf("published at %s UTC, want 2024-03-05 01:00 (08:00 WIB)", got)
	}
	if flood.CreatedAt.Year() != 2024 {
		t.Errorf("created at %v: the export's date is kept", flood.CreatedAt)
	}
	aid := h.article(t, "21")
	if aid.Title != "Bantuan Tiba di Lokasi Banjir" || aid.Section.Slug != "nasional" || aid.Authors[0].Name != "Budi Santoso" {
		t.Errorf("aid story = %q in %s by %v", aid.Title, aid.Section.Slug, aid.Authors)
	}
	tags := map[string]bool{}
	for _, tag := range aid.Tags {
		tags[tag.Slug] = true
	}
	if !tags["politik"] || !tags["bantuan-sosial"] {
		t.Errorf("aid tags = %v, want politik (the child category) and bantuan-sosial (decoded slug)", tags)
	}
	// The Baca Juga paragraph pointed at a story later in the export: the
	// relink pass gives it the story's ID.
	if want := `data-article-id="` + itoa(aid.ID) + `"`; !strings.Contains(flood.BodyHTML, want) {
		t.Errorf("flood body lacks the Baca Juga block %s:\n%s", want, flood.BodyHTML)
	}
	if !strings.Contains(flood.BodyHTML, `href="`+aid.Path(loc(t, h))+`"`) {
		t.Errorf("flood body's ?p=21 link not rewritten to %s:\n%s", aid.Path(loc(t, h)), flood.BodyHTML)
	}
	for _, raw := range []string{"[caption", "[contact-form-7", "<!-- wp:", "kabarlama.example"} {
		if strings.Contains(flood.BodyHTML, raw) || strings.Contains(aid.BodyHTML, raw) {
			t.Errorf("bodies still hold %q:\n%s\n%s", raw, flood.BodyHTML, aid.BodyHTML)
		}
	}

	for id, want := range map[string]warta.Status{"22": warta.StatusDraft, "23": warta.StatusReview, "24": warta.StatusScheduled,
		"25": warta.StatusUnpublished, "26": warta.StatusDraft, "27": warta.StatusPublished, "28": warta.StatusPublished} {
		if got := h.article(t, id).Status; got != want {
			t.Errorf("post %s: status %s, want %s", id, got, want)
		}
	}
	if a := h.article(t, "27"); !strings.HasPrefix(a.Title, "Jembatan gantung di desa itu") {
		t.Errorf("untitled post: title %q, want its first words", a.Title)
	}
	if a := h.article(t, "28"); a.Slug != "banjir-rendam-tiga-kecamatan-2" {
		t.Errorf("twin slug = %q", a.Slug)
	}
	if a := h.article(t, "24"); a.PublishAt.UTC().Format("2006-01-02") != "2030-01-01" {
		t.Errorf("scheduled for %v", a.PublishAt)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func loc(t *testing.T, h *harness) *time.Location {
	t.Helper()
	var l *time.Location
	_ = h.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		s, err := tx.FindSettings(context.Background())
		if err == nil {
			l = s.Location()
		}
		return err
	})
	return l
}

// TestImportAccounts checks --accounts: an author with an e-mail gets a
// newsroom account (author, no password, writing under the imported
// byline); one without is named in the report.
func TestImportAccounts(t *testing.T) {
	h := newHarness(t)
	rep := h.run(t, writeExport(t, exportDoc(kabarItems()...)), importer.Options{Accounts: true})
	if !strings.Contains(problems(rep), "author budi: has no e-mail, so no newsroom account") {
		t.Errorf("report does not name budi:\n%s", problems(rep))
	}
	if !strings.Contains(problems(rep), "photos were not imported because --uploads was not given") {
		t.Errorf("report does not say photos were left without --uploads:\n%s", problems(rep))
	}
	err := h.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		u, err := tx.FindUserByEmail(context.Background(), "rina@kabarlama.example")
		if err != nil {
			return err
		}
		person, err := tx.FindPersonByID(context.Background(), u.PersonID)
		if err != nil {
			return err
		}
		if u.Role != warta.RoleAuthor || u.PasswordHash != "" || person.Name != "Rina Wijaya" {
			t.Errorf("account = %+v for %s", u, person.Name)
		}
		if n, err := tx.CountUsers(context.Background()); err != nil || n != 1 {
			t.Errorf("%d accounts (%v), want 1", n, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Running again makes no second account.
	h.run(t, writeExport(t, exportDoc(kabarItems()...)), importer.Options{Accounts: true})
	_ = h.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		if n, _ := tx.CountUsers(context.Background()); n != 1 {
			t.Errorf("after a re-run: %d accounts, want 1", n)
		}
		return nil
	})
}
