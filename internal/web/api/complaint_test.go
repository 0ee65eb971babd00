package api_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/i18n"
	"warta/internal/web/public"
	"warta/internal/web/webtest"
)

// complaints stores readers' complaints through the service the public
// forms use, so each trail starts with "received".
func (e *env) complaints(t *testing.T, list ...*warta.Complaint) {
	t.Helper()
	svc := &editorial.Service{Store: e.site.Store}
	for _, c := range list {
		if err := svc.SubmitComplaint(context.Background(), c); err != nil {
			t.Fatalf("SubmitComplaint(%s): %v", c.Name, err)
		}
	}
}

func general(name string) *warta.Complaint {
	return &warta.Complaint{Kind: warta.ComplaintGeneral, Name: name, Email: "pembaca@contoh.id", Body: "Isi pengaduan."}
}

func complaintPath(id int64, tail string) string {
	return fmt.Sprintf("/api/v1/admin/complaints/%d%s", id, tail)
}

func results(out map[string]any) []map[string]any {
	var list []map[string]any
	for _, v := range out["results"].([]any) {
		list = append(list, v.(map[string]any))
	}
	return list
}

// TestComplaintAPIList: the queue in pages of 50 with its total, the
// status and open filters, each item's fields, and 400 with a message in
// the client's language for a bad status, open or page.
func TestComplaintAPIList(t *testing.T) {
	e := newEnv(t)
	reply := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: e.f.Main.ID, Name: "Camat Hadi", Email: "hadi@contoh.id",
		Phone: "+62 811", Body: "Yang terendam 120 rumah."}
	e.complaints(t, reply)
	var rest []*warta.Complaint
	for i := 0; i < 52; i++ {
		rest = append(rest, general(fmt.Sprintf("Pembaca %d", i)))
	}
	e.complaints(t, rest...)

	status, out := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/complaints", "")
	if status != 200 || out["total"].(float64) != 53 || out["page"].(float64) != 1 || len(results(out)) != 50 {
		t.Fatalf("page 1: %d total %v page %v, %d results", status, out["total"], out["page"], len(out["results"].([]any)))
	}
	status, out = e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/complaints?page=2", "")
	if status != 200 || out["total"].(float64) != 53 || out["page"].(float64) != 2 || len(results(out)) != 3 {
		t.Fatalf("page 2: %d %v", status, out)
	}

	_, got := e.call(t, warta.RoleEditor, "GET", complaintPath(reply.ID, ""), "")
	want := map[string]any{"kind": "hak_jawab", "article_id": float64(e.f.Main.ID), "article_title": e.f.Main.Title, "name": "Camat Hadi",
		"email": "hadi@contoh.id", "phone": "+62 811", "body": "Yang terendam 120 rumah.", "status": "baru", "assignee_id": float64(0),
		"assignee_name": "", "overdue": false,
		"received_at": e.site.Now().UTC().Format(time.RFC3339), "due_at": e.site.Now().Add(48 * time.Hour).UTC().Format(time.RFC3339)}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	if _, ok := got["reply_at"]; ok {
		t.Errorf("reply_at before any reply: %v", got["reply_at"])
	}
	_, gen := e.call(t, warta.RoleEditor, "GET", complaintPath(rest[0].ID, ""), "")
	if _, ok := gen["article_id"]; ok || gen["kind"] != "pengaduan" {
		t.Errorf("general complaint: %v", gen)
	}

	for _, id := range []int64{rest[0].ID, rest[1].ID} {
		if status, out := e.call(t, warta.RoleEditor, "PATCH", complaintPath(id, ""), `{"status":"selesai"}`); status != 200 || out["status"] != "selesai" {
			t.Fatalf("patch: %d %v", status, out)
		}
	}
	e.call(t, warta.RoleEditor, "PATCH", complaintPath(rest[2].ID, ""), `{"status":"diproses"}`)
	for query, total := range map[string]float64{"status=selesai": 2, "status=diproses": 1, "status=baru": 50, "status=ditolak": 0, "open=1": 51, "open=0": 53} {
		status, out := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/complaints?"+query, "")
		if status != 200 || out["total"].(float64) != total {
			t.Errorf("?%s: %d total %v, want %v", query, status, out["total"], total)
		}
		for _, c := range results(out) {
			if s, _ := c["status"].(string); strings.HasPrefix(query, "status=") && "status="+s != query {
				t.Errorf("?%s lists a complaint in %s", query, s)
			}
		}
	}

	for query, key := range map[string]string{"status=semua": "error.complaint_status_param", "status=": "error.complaint_status_param",
		"open=ya": "error.complaint_open_param", "page=0": "error.page_invalid", "page=x": "error.page_invalid"} {
		for _, l := range []i18n.Lang{i18n.ID, i18n.EN} {
			status, out := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/complaints?"+query, "", "Accept-Language", string(l))
			if status != 400 || errCode(out) != "bad_request" || errMessage(out) != i18n.T(l, key) {
				t.Errorf("?%s (%s): %d %v, want 400 %q", query, l, status, out, i18n.T(l, key))
			}
		}
	}
	if i18n.T(i18n.ID, "error.complaint_status_param") == i18n.T(i18n.EN, "error.complaint_status_param") {
		t.Errorf("the status message is not translated")
	}
	if status, _ := e.call(t, "", "GET", "/api/v1/admin/complaints", ""); status != http.StatusUnauthorized {
		t.Errorf("no token: %d", status)
	}
}

// TestComplaintAPIAuthor: an author's token sees only the complaints
// about the author's own stories, reads and notes on them, but cannot
// work them; another complaint is not found, as is an unknown one.
func TestComplaintAPIAuthor(t *testing.T) {
	e := newEnv(t)
	author := e.users[warta.RoleAuthor]
	var own *warta.Article
	e.site.MustUpdate(t, func(tx warta.Tx) error {
		own = &warta.Article{Slug: "milik-penulis", Title: "Berita Milik Penulis", Label: warta.LabelBerita, BodyHTML: "<p>Isi.</p>",
			SectionID: e.f.Nasional.ID, OwnerID: author.ID, Status: warta.StatusPublished, PublishedAt: webtest.Now.Add(-time.Hour)}
		return tx.CreateArticle(context.Background(), own)
	})
	mine := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: own.ID, Name: "Narasumber Satu", Email: "a@contoh.id", Body: "x"}
	other := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: e.f.Main.ID, Name: "Narasumber Lain", Email: "b@contoh.id", Body: "y"}
	e.complaints(t, mine, other, general("Pembaca Umum"))

	status, out := e.call(t, warta.RoleAuthor, "GET", "/api/v1/admin/complaints", "")
	if list := results(out); status != 200 || out["total"].(float64) != 1 || len(list) != 1 || list[0]["name"] != "Narasumber Satu" {
		t.Fatalf("author's queue: %d %v", status, out)
	}
	if _, out := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/complaints", ""); out["total"].(float64) != 3 {
		t.Errorf("editor's queue: %v", out["total"])
	}
	if status, _ := e.call(t, warta.RoleAuthor, "GET", complaintPath(mine.ID, ""), ""); status != 200 {
		t.Errorf("author reading own: %d", status)
	}
	if status, _ := e.call(t, warta.RoleAuthor, "POST", complaintPath(mine.ID, "/notes"), `{"text":"Data saya dari BPBD."}`); status != 201 {
		t.Errorf("author noting own: %d", status)
	}
	for _, c := range []struct{ method, path, body string }{
		{"PATCH", complaintPath(mine.ID, ""), `{"status":"ditolak"}`},
		{"POST", complaintPath(mine.ID, "/reply"), `{"text":"Jawaban."}`},
	} {
		if status, out := e.call(t, warta.RoleAuthor, c.method, c.path, c.body); status != 403 || errCode(out) != "forbidden" {
			t.Errorf("author %s %s: %d %v", c.method, c.path, status, out)
		}
	}
	for _, c := range []struct{ method, path, body string }{
		{"GET", complaintPath(other.ID, ""), ""},
		{"PATCH", complaintPath(other.ID, ""), `{"status":"ditolak"}`},
		{"POST", complaintPath(other.ID, "/notes"), `{"text":"Mengintip."}`},
		{"GET", complaintPath(999999, ""), ""},
		{"GET", "/api/v1/admin/complaints/x", ""},
	} {
		if status, out := e.call(t, warta.RoleAuthor, c.method, c.path, c.body); status != 404 || errCode(out) != "not_found" {
			t.Errorf("author %s %s: %d %v, want 404", c.method, c.path, status, out)
		}
	}
	if status, _ := e.call(t, warta.RoleEditor, "GET", complaintPath(999999, ""), ""); status != 404 {
		t.Errorf("editor, unknown id: %d", status)
	}
	_, got := e.call(t, warta.RoleEditor, "GET", complaintPath(other.ID, ""), "")
	if got["status"] != "baru" || got["notes"] != nil {
		t.Errorf("a refused request changed the complaint: %v", got)
	}
}

// TestComplaintAPIRefusals: a read-only token reads but cannot write; an
// unknown field, a bad status or a bad assignee is refused with nothing
// changed.
func TestComplaintAPIRefusals(t *testing.T) {
	e := newEnv(t)
	c := general("Pembaca Teliti")
	e.complaints(t, c)
	e.issue(t, warta.RoleEditor, editorial.TokenSpec{Name: "dasbor", Scope: warta.ScopeRead})
	if status, _ := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/complaints", ""); status != 200 {
		t.Fatalf("read token GET: %d", status)
	}
	for _, w := range []struct{ method, path, body string }{
		{"PATCH", complaintPath(c.ID, ""), `{"status":"selesai"}`},
		{"POST", complaintPath(c.ID, "/notes"), `{"text":"x"}`},
		{"POST", complaintPath(c.ID, "/reply"), `{"text":"x"}`},
	} {
		if status, out := e.call(t, warta.RoleEditor, w.method, w.path, w.body); status != 403 || errCode(out) != "forbidden" {
			t.Errorf("read token %s %s: %d %v", w.method, w.path, status, out)
		}
	}
	e.issue(t, warta.RoleEditor, editorial.TokenSpec{Name: "otomasi"})
	cases := []struct {
		body   string
		status int
		key    string
	}{
		{`{"status":"selesai","prioritas":1}`, 400, ""},
		{`{"status":"selesai"} {}`, 400, ""},
		{`{"assignee_id":"dua"}`, 400, ""},
		{`{"status":"semua"}`, 422, "error.complaint_status"},
		{`{"assignee_id":` + jsonInt(e.users[warta.RoleAuthor].ID) + `}`, 422, "error.complaint_assignee"},
		{`{"assignee_id":999999}`, 422, "error.complaint_assignee"},
	}
	for _, tc := range cases {
		for _, l := range []i18n.Lang{i18n.ID, i18n.EN} {
			status, out := e.call(t, warta.RoleEditor, "PATCH", complaintPath(c.ID, ""), tc.body, "Accept-Language", string(l))
			if status != tc.status || errMessage(out) == "" || strings.HasPrefix(errMessage(out), "error.") ||
				(tc.key != "" && errMessage(out) != i18n.T(l, tc.key)) {
				t.Errorf("PATCH %s (%s): %d %v, want %d", tc.body, l, status, out, tc.status)
			}
		}
	}
	if status, out := e.call(t, warta.RoleEditor, "POST", complaintPath(c.ID, "/notes"), `{"text":"x","private":true}`); status != 400 {
		t.Errorf("note with an unknown field: %d %v", status, out)
	}
	if status, out := e.call(t, warta.RoleEditor, "POST", complaintPath(c.ID, "/notes"), `{"text":"  "}`); status != 422 {
		t.Errorf("empty note: %d %v", status, out)
	}
	_, got := e.call(t, warta.RoleEditor, "GET", complaintPath(c.ID, ""), "")
	if got["status"] != "baru" || got["assignee_id"].(float64) != 0 || got["notes"] != nil || len(got["changes"].([]any)) != 1 {
		t.Errorf("a refused request changed the complaint: %v", got)
	}
	editor := e.users[warta.RoleEditor]
	status, got := e.call(t, warta.RoleEditor, "PATCH", complaintPath(c.ID, ""), `{"assignee_id":`+jsonInt(editor.ID)+`}`)
	if status != 200 || got["assignee_id"].(float64) != float64(editor.ID) || got["assignee_name"] != editor.Name || got["status"] != "baru" {
		t.Errorf("assign only: %d %v", status, got)
	}
	status, got = e.call(t, warta.RoleEditor, "PATCH", complaintPath(c.ID, ""), `{"status":"ditolak"}`)
	if status != 200 || got["assignee_id"].(float64) != float64(editor.ID) || got["status"] != "ditolak" {
		t.Errorf("status only keeps the assignee: %d %v", status, got)
	}
}

// TestComplaintAPIOverdue: overdue follows the injected clock past the
// 2×24 hours, in the list and in the complaint, until it is closed.
func TestComplaintAPIOverdue(t *testing.T) {
	e := newEnv(t)
	c := general("Pembaca Sabar")
	e.complaints(t, c)
	overdue := func() (list, one any) {
		_, out := e.call(t, warta.RoleEditor, "GET", "/api/v1/admin/complaints?open=1", "")
		_, got := e.call(t, warta.RoleEditor, "GET", complaintPath(c.ID, ""), "")
		if l := results(out); len(l) == 1 {
			list = l[0]["overdue"]
		}
		return list, got["overdue"]
	}
	if list, one := overdue(); list != false || one != false {
		t.Fatalf("fresh complaint overdue: %v %v", list, one)
	}
	e.site.Clock.Advance(47 * time.Hour)
	if list, one := overdue(); list != false || one != false {
		t.Fatalf("at 47 h overdue: %v %v", list, one)
	}
	e.site.Clock.Advance(2 * time.Hour)
	if list, one := overdue(); list != true || one != true {
		t.Fatalf("at 49 h not overdue: %v %v", list, one)
	}
	e.call(t, warta.RoleEditor, "PATCH", complaintPath(c.ID, ""), `{"status":"selesai"}`)
	if _, got := e.call(t, warta.RoleEditor, "GET", complaintPath(c.ID, ""), ""); got["overdue"] != false {
		t.Errorf("a closed complaint is overdue")
	}
}

// TestComplaintAPIReply: notes and the reply through the API; the reply
// is refused for a general complaint and without text, and once
// published the story page shows it.
func TestComplaintAPIReply(t *testing.T) {
	e := newEnv(t)
	c := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: e.f.Main.ID, Name: "Camat Hadi", Email: "hadi@contoh.id",
		Body: "Jumlah rumah terendam bukan 300 tetapi 120."}
	g := general("Pembaca Umum")
	e.complaints(t, c, g)
	editor := e.users[warta.RoleEditor]

	status, note := e.call(t, warta.RoleEditor, "POST", complaintPath(c.ID, "/notes"), `{"text":"Sudah cek ke BPBD."}`)
	if status != 201 || note["text"] != "Sudah cek ke BPBD." || note["author"] != editor.Name || note["author_id"].(float64) != float64(editor.ID) ||
		note["created_at"] != e.site.Now().UTC().Format(time.RFC3339) || note["id"].(float64) < 1 {
		t.Fatalf("note: %d %v", status, note)
	}
	for _, tc := range []struct {
		id   int64
		body string
		key  string
		args []any
	}{
		{g.ID, `{"text":"Jawaban."}`, "error.reply_not_hak_jawab", nil},
		{c.ID, `{"text":"   "}`, "error.reply_required", nil},
		{c.ID, `{"text":"` + strings.Repeat("a", warta.MaxReplyRunes+1) + `"}`, "error.reply_too_long", []any{warta.MaxReplyRunes}},
	} {
		status, out := e.call(t, warta.RoleEditor, "POST", complaintPath(tc.id, "/reply"), tc.body)
		if status != 422 || errMessage(out) != i18n.T(i18n.ID, tc.key, tc.args...) {
			t.Errorf("reply %.40s: %d %v", tc.body, status, out)
		}
	}
	e.site.Clock.Advance(time.Hour)
	status, got := e.call(t, warta.RoleEditor, "POST", complaintPath(c.ID, "/reply"), `{"text":"Menurut data kecamatan, 120 rumah terendam."}`)
	if status != 200 || got["status"] != "selesai" || got["reply_at"] != e.site.Now().UTC().Format(time.RFC3339) ||
		got["reply_body"] != "Menurut data kecamatan, 120 rumah terendam." {
		t.Fatalf("reply: %d %v", status, got)
	}
	var actions []string
	for _, ch := range got["changes"].([]any) {
		actions = append(actions, ch.(map[string]any)["action"].(string))
	}
	if strings.Join(actions, ",") != "received,note,reply" {
		t.Errorf("trail %v", actions)
	}
	if notes := got["notes"].([]any); len(notes) != 1 || notes[0].(map[string]any)["text"] != "Sudah cek ke BPBD." {
		t.Errorf("notes %v", notes)
	}

	site, err := public.New(public.Config{Store: e.site.Store, Blobs: e.site.Blobs, BaseURL: "https://kabar.example", Logger: e.site.Logger(), Now: e.site.Now})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	site.ServeHTTP(rec, httptest.NewRequest("GET", webtest.MainPath, nil))
	raw, _ := io.ReadAll(rec.Body)
	doc := webtest.Parse(t, string(raw))
	if box := webtest.FindAll(doc, "section", "id", "hak-jawab"); rec.Code != 200 || len(box) != 1 || !strings.Contains(webtest.Text(box[0]), "120 rumah terendam") {
		t.Errorf("the story does not show the reply published through the API: %d", rec.Code)
	}
}
