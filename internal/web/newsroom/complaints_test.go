package newsroom_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/web/webtest"
)

// complaint stores a reader's complaint as the public form would.
func (e *env) complaint(t *testing.T, c *warta.Complaint) *warta.Complaint {
	t.Helper()
	e.site.MustUpdate(t, func(tx warta.Tx) error { return tx.CreateComplaint(context.Background(), c) })
	return c
}

// TestComplaintQueueClock: a complaint lands in the queue with its
// 2×24-hour clock; past it the row turns overdue, the overdue filter and
// the dashboard count it; the editor assigns, notes, publishes the
// reply, and the story shows it.
func TestComplaintQueueClock(t *testing.T) {
	e := newEnv(t, true)
	c := e.complaint(t, &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: e.f.Main.ID, Name: "Camat Hadi",
		Email: "hadi@contoh.id", Body: "Jumlah rumah terendam bukan 300 tetapi 120."})
	id := strconv.FormatInt(c.ID, 10)
	b := e.browser(t).login(warta.RoleEditor)
	_, _, body := b.get("/redaksi/pengaduan")
	if !strings.Contains(body, "Camat Hadi") || !strings.Contains(body, "sisa 48 jam 0 menit") || strings.Contains(body, "complaint-overdue") {
		t.Fatalf("fresh complaint's row:\n%s", body)
	}
	if _, _, body = b.get("/redaksi/"); !strings.Contains(body, "1 pengaduan belum selesai") || strings.Contains(body, "terlambat") {
		t.Errorf("dashboard before the deadline")
	}
	if _, _, body = b.get("/redaksi/pengaduan?terlambat=1"); strings.Contains(body, "Camat Hadi") {
		t.Errorf("overdue filter lists a complaint still in time")
	}
	e.site.Clock.Advance(49 * time.Hour)
	b = e.browser(t).login(warta.RoleEditor)
	_, _, body = b.get("/redaksi/pengaduan?terlambat=1")
	if !strings.Contains(body, "Camat Hadi") || !strings.Contains(body, `class="complaint-overdue"`) || !strings.Contains(body, "terlambat 1 jam 0 menit") {
		t.Fatalf("overdue complaint's row:\n%s", body)
	}
	if _, _, body = b.get("/redaksi/"); !strings.Contains(body, "1 terlambat") {
		t.Errorf("dashboard does not count the overdue complaint")
	}
	// Work it: assign, note, publish the reply.
	b.get("/redaksi/pengaduan/" + id)
	if status, loc, _ := b.post("/redaksi/pengaduan/"+id, url.Values{"status": {"diproses"}, "assignee": {strconv.FormatInt(e.users[warta.RoleEditor].ID, 10)}}); status != http.StatusSeeOther || !strings.HasSuffix(loc, "ok=complaint_saved") {
		t.Fatalf("update: %d %s", status, loc)
	}
	if status, _, _ := b.post("/redaksi/pengaduan/"+id+"/catatan", url.Values{"note": {"Sudah cek ke BPBD."}}); status != http.StatusSeeOther {
		t.Fatalf("note: %d", status)
	}
	if status, _, body := b.post("/redaksi/pengaduan/"+id+"/jawab", url.Values{"reply": {""}}); status != http.StatusUnprocessableEntity || !strings.Contains(body, "Tulis teks hak jawab") {
		t.Errorf("empty reply: %d", status)
	}
	if status, _, _ := b.post("/redaksi/pengaduan/"+id+"/jawab", url.Values{"reply": {"Menurut data kecamatan, 120 rumah terendam."}}); status != http.StatusSeeOther {
		t.Fatalf("publish: %d", status)
	}
	_, _, body = b.get("/redaksi/pengaduan/" + id)
	for _, want := range []string{"Sudah cek ke BPBD.", "status diubah", "diserahkan", "catatan ditambahkan", "hak jawab dimuat", "Dijawab", "Perbarui hak jawab"} {
		if !strings.Contains(body, want) {
			t.Errorf("complaint page lacks %q", want)
		}
	}
	if _, _, body = b.get("/redaksi/"); strings.Contains(body, "pengaduan belum selesai") {
		t.Errorf("an answered complaint is still counted open")
	}
	res, err := http.Get(e.srv.URL + webtest.MainPath)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	doc := webtest.Parse(t, readAll(t, res))
	if box := webtest.FindAll(doc, "section", "id", "hak-jawab"); len(box) != 1 || !strings.Contains(webtest.Text(box[0]), "120 rumah terendam") {
		t.Errorf("the story does not show the published reply")
	}
}

// TestComplaintQueuePermissions: an author sees only the complaints
// about their own stories and cannot work them; a contributor with no
// such story sees an empty queue and no one else's complaint.
func TestComplaintQueuePermissions(t *testing.T) {
	e := newEnv(t, true)
	author := e.users[warta.RoleAuthor]
	var own *warta.Article
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		own = &warta.Article{Slug: "milik-penulis", Title: "Berita Milik Penulis", Label: warta.LabelBerita, BodyHTML: "<p>Isi.</p>",
			SectionID: e.f.Nasional.ID, OwnerID: author.ID, Status: warta.StatusPublished, PublishedAt: webtest.Now.Add(-time.Hour)}
		return tx.CreateArticle(context.Background(), own)
	})
	mine := e.complaint(t, &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: own.ID, Name: "Narasumber Satu", Email: "a@contoh.id", Body: "x"})
	other := e.complaint(t, &warta.Complaint{Kind: warta.ComplaintGeneral, Name: "Pembaca Lain", Email: "b@contoh.id", Body: "y"})
	b := e.browser(t).login(warta.RoleAuthor)
	_, _, body := b.get("/redaksi/pengaduan")
	if !strings.Contains(body, "Narasumber Satu") || strings.Contains(body, "Pembaca Lain") {
		t.Errorf("author's queue:\n%s", body)
	}
	status, _, body := b.get("/redaksi/pengaduan/" + strconv.FormatInt(mine.ID, 10))
	if status != http.StatusOK || strings.Contains(body, `action="/redaksi/pengaduan/`+strconv.FormatInt(mine.ID, 10)+`/jawab"`) {
		t.Errorf("author's complaint page: %d, with the reply form", status)
	}
	if status, _, _ := b.post("/redaksi/pengaduan/"+strconv.FormatInt(mine.ID, 10), url.Values{"status": {"ditolak"}}); status != http.StatusForbidden {
		t.Errorf("author changing the status: %d", status)
	}
	if status, _, _ := b.post("/redaksi/pengaduan/"+strconv.FormatInt(mine.ID, 10)+"/jawab", url.Values{"reply": {"z"}}); status != http.StatusForbidden {
		t.Errorf("author publishing: %d", status)
	}
	if status, _, _ := b.get("/redaksi/pengaduan/" + strconv.FormatInt(other.ID, 10)); status != http.StatusNotFound {
		t.Errorf("author reading another complaint: %d", status)
	}
	c := e.browser(t).login(warta.RoleContributor)
	if _, _, body := c.get("/redaksi/pengaduan"); strings.Contains(body, "Narasumber Satu") || strings.Contains(body, "Pembaca Lain") {
		t.Errorf("contributor's queue shows others' complaints")
	}
	if status, _, _ := c.get("/redaksi/pengaduan/x"); status != http.StatusNotFound {
		t.Errorf("malformed id: %d", status)
	}
}

// TestComplaintQueueEnglish: the queue speaks the user's language.
func TestComplaintQueueEnglish(t *testing.T) {
	e := newEnv(t, true)
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		u := *e.users[warta.RoleEditor]
		u.Language = "en"
		return tx.UpdateUser(context.Background(), &u)
	})
	e.complaint(t, &warta.Complaint{Kind: warta.ComplaintGeneral, Name: "Reader", Email: "r@contoh.id", Body: "x"})
	b := e.browser(t).login(warta.RoleEditor)
	_, _, body := b.get("/redaksi/pengaduan")
	for _, want := range []string{"Complaints", "48 h 0 min left", "In progress"} {
		if !strings.Contains(body, want) {
			t.Errorf("English queue lacks %q", want)
		}
	}
}
