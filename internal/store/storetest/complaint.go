package storetest

import (
	"strings"
	"testing"
	"time"

	"warta"
)

// testComplaints: a complaint is stored new with its 2×24-hour due time,
// refused when invalid, found with its story, assignee, notes and trail;
// the queue filters by status, overdue and owner; the per-client count
// sees only its client's recent ones; a story deleted for good leaves
// its complaints without the link.
func testComplaints(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	ed := &warta.User{Email: "rina@kabar.example", Name: "Rina", Role: warta.RoleEditor}
	au := &warta.User{Email: "budi@kabar.example", Name: "Budi", Role: warta.RoleAuthor}
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.CreateUser(ctx(), ed); err != nil {
			return err
		}
		return tx.CreateUser(ctx(), au)
	})
	a, b := f.article("satu", base), f.article("dua", base)
	a.OwnerID = au.ID
	mustCreate(t, s, a, b)
	reply := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: a.ID, Name: " Andi ", Email: "andi@contoh.id", Body: "Saya keberatan.", ClientKey: "k1"}
	general := &warta.Complaint{Kind: warta.ComplaintGeneral, Name: "Sari", Email: "sari@contoh.id", Phone: "+62 812", Body: "Iklan terlalu banyak.", ClientKey: "k2"}
	var now time.Time
	mustUpdate(t, s, func(tx warta.Tx) error {
		now = tx.Now()
		if err := tx.CreateComplaint(ctx(), reply); err != nil {
			return err
		}
		return tx.CreateComplaint(ctx(), general)
	})
	if reply.ID == 0 || reply.Status != warta.ComplaintNew || !reply.ReceivedAt.Equal(now) || !reply.DueAt.Equal(now.Add(48*time.Hour)) || reply.Name != "Andi" {
		t.Fatalf("CreateComplaint: %+v", reply)
	}
	for _, bad := range []*warta.Complaint{
		{Kind: warta.ComplaintReply, Name: "A", Email: "a@b.id", Body: "x"},                                              // no story
		{Kind: "lain", Name: "A", Email: "a@b.id", Body: "x"},                                                            // kind
		{Kind: warta.ComplaintGeneral, Name: "A", Email: "bukan-alamat", Body: "x"},                                      // e-mail
		{Kind: warta.ComplaintGeneral, Name: "A", Email: "a@b.id", Body: strings.Repeat("a", warta.MaxComplaintRunes+1)}, // size
	} {
		wantCode(t, s.Update(ctx(), func(tx warta.Tx) error { return tx.CreateComplaint(ctx(), bad) }), warta.EINVALID)
	}
	note := &warta.ComplaintNote{ComplaintID: reply.ID, UserID: ed.ID, Body: "Hubungi narasumber."}
	mustUpdate(t, s, func(tx warta.Tx) error {
		reply.Status, reply.AssigneeID = warta.ComplaintWorking, ed.ID
		if err := tx.UpdateComplaint(ctx(), reply); err != nil {
			return err
		}
		if err := tx.CreateComplaintNote(ctx(), note); err != nil {
			return err
		}
		return tx.AddComplaintChange(ctx(), &warta.ComplaintChange{ComplaintID: reply.ID, UserID: ed.ID, Action: "status", Detail: "diproses"})
	})
	wantCode(t, s.Update(ctx(), func(tx warta.Tx) error {
		return tx.CreateComplaintNote(ctx(), &warta.ComplaintNote{ComplaintID: 999, UserID: ed.ID, Body: "x"})
	}), warta.ENOTFOUND)
	wantCode(t, s.Update(ctx(), func(tx warta.Tx) error {
		return tx.UpdateComplaint(ctx(), &warta.Complaint{ID: 999, Status: warta.ComplaintNew})
	}), warta.ENOTFOUND)
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindComplaint(ctx(), reply.ID)
		if err != nil || got.ArticleTitle != a.Title || got.AssigneeName != "Rina" || got.Status != warta.ComplaintWorking ||
			len(got.Notes) != 1 || got.Notes[0].AuthorName != "Rina" || len(got.Changes) != 1 || got.Changes[0].UserName != "Rina" {
			t.Errorf("FindComplaint = %+v, %v", got, err)
		}
		_, err = tx.FindComplaint(ctx(), 999)
		wantCode(t, err, warta.ENOTFOUND)
		list, total, err := tx.FindComplaints(ctx(), warta.ComplaintFilter{})
		if err != nil || total != 2 || len(list) != 2 || list[0].ID != reply.ID {
			t.Errorf("FindComplaints = %d %v", total, err)
		}
		working := warta.ComplaintWorking
		if list, total, _ := tx.FindComplaints(ctx(), warta.ComplaintFilter{Status: &working}); total != 1 || list[0].ID != reply.ID {
			t.Errorf("by status: %d", total)
		}
		if _, total, _ := tx.FindComplaints(ctx(), warta.ComplaintFilter{OverdueAt: now.Add(47 * time.Hour)}); total != 0 {
			t.Errorf("overdue too early: %d", total)
		}
		if _, total, _ := tx.FindComplaints(ctx(), warta.ComplaintFilter{OverdueAt: now.Add(49 * time.Hour)}); total != 2 {
			t.Errorf("overdue: %d", total)
		}
		if list, total, _ := tx.FindComplaints(ctx(), warta.ComplaintFilter{OwnerID: au.ID}); total != 1 || list[0].ID != reply.ID {
			t.Errorf("by owner: %d", total)
		}
		if open, overdue, err := tx.CountOpenComplaints(ctx(), now.Add(49*time.Hour), 0); open != 2 || overdue != 2 || err != nil {
			t.Errorf("CountOpenComplaints = %d, %d, %v", open, overdue, err)
		}
		if open, overdue, _ := tx.CountOpenComplaints(ctx(), now, au.ID); open != 1 || overdue != 0 {
			t.Errorf("CountOpenComplaints(owner) = %d, %d", open, overdue)
		}
		if n, err := tx.CountComplaintsFrom(ctx(), "k1", now.Add(-time.Hour)); n != 1 || err != nil {
			t.Errorf("CountComplaintsFrom = %d, %v", n, err)
		}
		if n, _ := tx.CountComplaintsFrom(ctx(), "k1", now.Add(time.Minute)); n != 0 {
			t.Errorf("CountComplaintsFrom later = %d", n)
		}
		if list, err := tx.FindReplies(ctx(), warta.ReplyFilter{}); len(list) != 0 || err != nil {
			t.Errorf("FindReplies before publishing = %+v, %v", list, err)
		}
		return nil
	})
	// A published reply shows, newest first, with its story's links.
	second := &warta.Complaint{Kind: warta.ComplaintReply, ArticleID: b.ID, Name: "Dewi", Email: "dewi@contoh.id", Body: "Ralat nama."}
	mustUpdate(t, s, func(tx warta.Tx) error {
		reply.Status, reply.ReplyBody, reply.ReplyAt = warta.ComplaintAnswered, "Jawaban Andi.", now.Add(time.Hour)
		if err := tx.UpdateComplaint(ctx(), reply); err != nil {
			return err
		}
		if err := tx.CreateComplaint(ctx(), second); err != nil {
			return err
		}
		second.ReplyBody, second.ReplyAt = "Jawaban Dewi.", now.Add(2*time.Hour)
		return tx.UpdateComplaint(ctx(), second)
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		list, err := tx.FindReplies(ctx(), warta.ReplyFilter{})
		if err != nil || len(list) != 2 || list[0].ComplaintID != second.ID || list[1].Body != "Jawaban Andi." ||
			list[1].Article.Slug != "satu" || list[1].Article.Section.Slug != "nasional" || !list[1].PublishedAt.Equal(now.Add(time.Hour).Truncate(time.Millisecond)) {
			t.Errorf("FindReplies = %+v, %v", list, err)
		}
		if list, _ := tx.FindReplies(ctx(), warta.ReplyFilter{ArticleID: a.ID}); len(list) != 1 || list[0].Name != "Andi" {
			t.Errorf("FindReplies(article) = %+v", list)
		}
		if _, open, _ := tx.CountOpenComplaints(ctx(), now.Add(49*time.Hour), 0); open != 2 {
			t.Errorf("answered still counted overdue: %d", open)
		}
		return nil
	})
	// An unpublished story's replies are no longer listed; a deleted one
	// leaves its complaint unlinked.
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.DeleteArticle(ctx(), b.ID) })
	mustView(t, s, func(tx warta.ReadTx) error {
		if list, _ := tx.FindReplies(ctx(), warta.ReplyFilter{}); len(list) != 1 {
			t.Errorf("replies after delete: %d", len(list))
		}
		got, err := tx.FindComplaint(ctx(), second.ID)
		if err != nil || got.ArticleID != 0 {
			t.Errorf("complaint after its story went: %+v, %v", got, err)
		}
		return nil
	})
}
