package editorial_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
)

// TestComplaintPermissions: editors and administrators work the queue;
// an author sees, and notes on, only the complaints about stories they
// own and cannot change them; anyone else's complaint is not found to
// them; a disabled editor and nobody can do nothing.
func TestComplaintPermissions(t *testing.T) {
	d := newDesk(t)
	ctx := context.Background()
	sari, dewi, editor, admin := d.users["sari"], d.users["dewi"], d.users["editor"], d.users["admin"]
	sec := d.f.Nasional.ID
	own, err := d.svc.Create(ctx, sari, editorial.Input{Title: str("Jalan Rusak di Balikpapan"), SectionID: &sec, BodyHTML: str("<p>Isi.</p>")}, warta.StatusPublished, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	mine := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: own.ID, Name: "Kontraktor", Email: "k@contoh.id", Body: "Data anggaran keliru."}
	other := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: d.f.Main.ID, Name: "Warga", Email: "w@contoh.id", Body: "Nama saya salah eja."}
	general := &warta.Complaint{Kind: warta.ComplaintGeneral, Name: "Pembaca", Email: "p@contoh.id", Body: "Terlalu banyak iklan."}
	for _, c := range []*warta.Complaint{mine, other, general} {
		if err := d.svc.SubmitComplaint(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	// The queue each sees.
	for _, tc := range []struct {
		u    *warta.User
		want int
	}{{editor, 3}, {admin, 3}, {sari, 1}, {dewi, 0}} {
		list, total, err := d.svc.Complaints(ctx, tc.u, warta.ComplaintFilter{})
		if err != nil || total != tc.want || len(list) != tc.want {
			t.Errorf("%s sees %d complaints (%v), want %d", tc.u.Name, total, err, tc.want)
		}
	}
	if open, _, _ := d.svc.ComplaintCounts(ctx, sari); open != 1 {
		t.Errorf("author's dashboard count: %d", open)
	}
	if _, _, err := d.svc.Complaints(ctx, nil, warta.ComplaintFilter{}); warta.ErrorCode(err) != warta.EUNAUTHORIZED {
		t.Errorf("nobody's queue: %v", err)
	}
	if _, _, err := d.svc.Complaints(ctx, d.users["mati"], warta.ComplaintFilter{}); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("disabled editor's queue: %v", err)
	}
	// One complaint.
	if _, err := d.svc.Complaint(ctx, sari, mine.ID); err != nil {
		t.Errorf("author reading a complaint on her story: %v", err)
	}
	for _, id := range []int64{other.ID, general.ID} {
		if _, err := d.svc.Complaint(ctx, sari, id); warta.ErrorCode(err) != warta.ENOTFOUND {
			t.Errorf("author reading complaint %d: %v, want not_found", id, err)
		}
	}
	if _, err := d.svc.AddComplaintNote(ctx, sari, mine.ID, "Data dari dinas PU, saya punya dokumennya."); err != nil {
		t.Errorf("author's note: %v", err)
	}
	if _, err := d.svc.AddComplaintNote(ctx, sari, other.ID, "x"); warta.ErrorCode(err) != warta.ENOTFOUND {
		t.Errorf("author's note on another's complaint: %v", err)
	}
	if _, err := d.svc.UpdateComplaint(ctx, sari, mine.ID, warta.ComplaintRejected, 0); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("author changing the status: %v", err)
	}
	if _, err := d.svc.PublishReply(ctx, sari, mine.ID, "Jawaban."); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("author publishing the reply: %v", err)
	}
	// Assigning to a writer is refused; to an editor recorded.
	if _, err := d.svc.UpdateComplaint(ctx, editor, mine.ID, warta.ComplaintWorking, sari.ID); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("assigning to an author: %v", err)
	}
	c, err := d.svc.UpdateComplaint(ctx, editor, mine.ID, warta.ComplaintWorking, admin.ID)
	if err != nil || c.Status != warta.ComplaintWorking || c.AssigneeID != admin.ID {
		t.Fatalf("UpdateComplaint = %+v, %v", c, err)
	}
	if _, err := d.svc.UpdateComplaint(ctx, editor, mine.ID, "hilang", 0); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("unknown status: %v", err)
	}
	// Only a Hak Jawab is published, and not empty.
	if _, err := d.svc.PublishReply(ctx, editor, general.ID, "Jawaban."); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("publishing a general complaint: %v", err)
	}
	if _, err := d.svc.PublishReply(ctx, editor, mine.ID, "  "); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("publishing an empty reply: %v", err)
	}
	if _, err := d.svc.PublishReply(ctx, editor, mine.ID, "Anggaran yang benar Rp2 miliar."); err != nil {
		t.Fatal(err)
	}
	got, err := d.svc.Complaint(ctx, editor, mine.ID)
	if err != nil || got.Status != warta.ComplaintAnswered || got.ReplyAt.IsZero() {
		t.Fatalf("after publishing: %+v, %v", got, err)
	}
	var trail []string
	for _, e := range got.Changes {
		trail = append(trail, e.Action+":"+e.UserName)
	}
	if want := "received:|note:Sari|status:Editor|assign:Editor|reply:Editor"; strings.Join(trail, "|") != want {
		t.Errorf("trail %q, want %q", strings.Join(trail, "|"), want)
	}
}

// TestComplaintOnlyPublicStories: a reader can only answer a story they
// can read.
func TestComplaintOnlyPublicStories(t *testing.T) {
	d := newDesk(t)
	err := d.svc.SubmitComplaint(context.Background(), &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: d.f.Draft.ID,
		Name: "A", Email: "a@contoh.id", Body: "x"})
	if warta.ErrorCode(err) != warta.ENOTFOUND {
		t.Errorf("reply to a draft: %v", err)
	}
}

// TestComplaintMailsEditors: a new complaint is mailed to the active
// editors and administrators in their language, to no one else.
func TestComplaintMailsEditors(t *testing.T) {
	d := newDesk(t)
	ctx := context.Background()
	d.site.MustUpdate(t, func(tx warta.Tx) error {
		return tx.SaveMailSettings(ctx, &warta.MailSettings{Host: "127.0.0.1", Port: 2525, From: "redaksi@kabar.example"})
	})
	inbox := &editorial.Notifications{Store: d.site.Store, BaseURL: "https://kabar.example",
		Mail: func(to, subject, body string) {
			d.mu.Lock()
			d.mails = append(d.mails, to+"|"+subject)
			d.mu.Unlock()
			if !strings.Contains(body, "https://kabar.example/redaksi/pengaduan/1") {
				t.Errorf("mail body lacks the link: %q", body)
			}
		}}
	d.svc = &editorial.Service{Store: d.site.Store, Notify: inbox.Handle}
	if err := d.svc.SubmitComplaint(ctx, &warta.Complaint{Kind: warta.ComplaintGeneral, Name: "A", Email: "a@contoh.id", Body: "x"}); err != nil {
		t.Fatal(err)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	want := []string{"admin@kabar.example|Pengaduan pembaca #1 masuk: jawab dalam 2×24 jam",
		"editor@kabar.example|Reader complaint #1 received: answer within 2×24 hours"}
	if strings.Join(d.mails, "\n") != strings.Join(want, "\n") {
		t.Errorf("mails:\n%s\nwant:\n%s", strings.Join(d.mails, "\n"), strings.Join(want, "\n"))
	}
}
