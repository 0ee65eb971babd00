package storetest

import (
	"strings"
	"testing"

	"warta"
)

// testNotes: notes belong to one article, carry their author's name, go
// with the article, and never come back with the article itself.
func testNotes(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	u := &warta.User{Email: "rina@kabar.example", Name: "Rina", Role: warta.RoleEditor}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreateUser(ctx(), u) })
	a, b := f.article("satu", base), f.article("dua", base)
	mustCreate(t, s, a, b)
	n1 := &warta.Note{ArticleID: a.ID, UserID: u.ID, Body: "Cek lagi angka inflasinya."}
	n2 := &warta.Note{ArticleID: a.ID, UserID: u.ID, Body: "Sudah dicek."}
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.CreateNote(ctx(), n1); err != nil {
			return err
		}
		return tx.CreateNote(ctx(), n2)
	})
	if n1.ID == 0 || n1.CreatedAt.IsZero() {
		t.Fatalf("CreateNote: %+v", n1)
	}
	err := s.Update(ctx(), func(tx warta.Tx) error {
		return tx.CreateNote(ctx(), &warta.Note{ArticleID: a.ID, UserID: u.ID, Body: "  "})
	})
	wantCode(t, err, warta.EINVALID)
	err = s.Update(ctx(), func(tx warta.Tx) error {
		return tx.CreateNote(ctx(), &warta.Note{ArticleID: a.ID, UserID: u.ID, Body: strings.Repeat("a", warta.MaxNoteRunes+1)})
	})
	wantCode(t, err, warta.EINVALID)
	mustView(t, s, func(tx warta.ReadTx) error {
		list, err := tx.FindNotes(ctx(), a.ID)
		if err != nil || len(list) != 2 || list[0].ID != n1.ID || list[0].AuthorName != "Rina" || list[1].Body != "Sudah dicek." {
			t.Errorf("FindNotes = %+v, %v", list, err)
		}
		if list, _ := tx.FindNotes(ctx(), b.ID); len(list) != 0 {
			t.Errorf("notes of another article: %+v", list)
		}
		got, err := tx.FindNote(ctx(), n2.ID)
		if err != nil || got.ArticleID != a.ID {
			t.Errorf("FindNote = %+v, %v", got, err)
		}
		_, err = tx.FindNote(ctx(), 999)
		wantCode(t, err, warta.ENOTFOUND)
		return nil
	})
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.DeleteNote(ctx(), n2.ID) })
	wantCode(t, s.Update(ctx(), func(tx warta.Tx) error { return tx.DeleteNote(ctx(), n2.ID) }), warta.ENOTFOUND)
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.DeleteArticle(ctx(), a.ID) })
	mustView(t, s, func(tx warta.ReadTx) error {
		_, err := tx.FindNote(ctx(), n1.ID)
		wantCode(t, err, warta.ENOTFOUND)
		return nil
	})
}

// testNotifications: per-user lists, unread counts, and marking read
// that never touches another user's.
func testNotifications(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	rina := &warta.User{Email: "rina@kabar.example", Name: "Rina", Role: warta.RoleEditor}
	budi := &warta.User{Email: "budi@kabar.example", Name: "Budi", Role: warta.RoleContributor}
	a := f.article("satu", base)
	mustCreate(t, s, a)
	var note *warta.Note
	var xs []*warta.Notification
	mustUpdate(t, s, func(tx warta.Tx) error {
		for _, u := range []*warta.User{rina, budi} {
			if err := tx.CreateUser(ctx(), u); err != nil {
				return err
			}
		}
		note = &warta.Note{ArticleID: a.ID, UserID: rina.ID, Body: "Perbaiki judul."}
		if err := tx.CreateNote(ctx(), note); err != nil {
			return err
		}
		xs = []*warta.Notification{
			{UserID: rina.ID, Kind: warta.NotifySubmitted, ArticleID: a.ID, ActorID: budi.ID},
			{UserID: budi.ID, Kind: warta.NotifyReturned, ArticleID: a.ID, ActorID: rina.ID, NoteID: note.ID},
			{UserID: budi.ID, Kind: warta.NotifyPublished, ArticleID: a.ID},
		}
		for _, x := range xs {
			if err := tx.CreateNotification(ctx(), x); err != nil {
				return err
			}
		}
		return nil
	})
	count := func(u *warta.User) int {
		t.Helper()
		var n int
		mustView(t, s, func(tx warta.ReadTx) error {
			var err error
			n, err = tx.CountUnreadNotifications(ctx(), u.ID)
			return err
		})
		return n
	}
	if count(rina) != 1 || count(budi) != 2 {
		t.Fatalf("unread = %d, %d", count(rina), count(budi))
	}
	mustView(t, s, func(tx warta.ReadTx) error {
		list, err := tx.FindNotifications(ctx(), warta.NotificationFilter{UserID: budi.ID})
		if err != nil || len(list) != 2 || list[0].Kind != warta.NotifyPublished || list[1].NoteBody != "Perbaiki judul." ||
			list[1].ActorName != "Rina" || list[1].ArticleTitle != a.Title || !list[1].ReadAt.IsZero() {
			t.Errorf("FindNotifications = %+v, %v", list, err)
		}
		one, err := tx.FindNotifications(ctx(), warta.NotificationFilter{UserID: rina.ID, ID: xs[1].ID})
		if err != nil || len(one) != 0 {
			t.Errorf("another user's notification by id = %+v, %v", one, err)
		}
		return nil
	})
	// Marking someone else's ids changes nothing.
	var n int
	mustUpdate(t, s, func(tx warta.Tx) error {
		var err error
		n, err = tx.MarkNotificationsRead(ctx(), rina.ID, []int64{xs[1].ID})
		return err
	})
	if n != 0 || count(budi) != 2 {
		t.Errorf("marking another's: changed %d, budi unread %d", n, count(budi))
	}
	mustUpdate(t, s, func(tx warta.Tx) error {
		var err error
		n, err = tx.MarkNotificationsRead(ctx(), budi.ID, []int64{xs[1].ID})
		return err
	})
	if n != 1 || count(budi) != 1 || count(rina) != 1 {
		t.Errorf("mark one: changed %d, unread %d, %d", n, count(budi), count(rina))
	}
	mustUpdate(t, s, func(tx warta.Tx) error {
		var err error
		n, err = tx.MarkNotificationsRead(ctx(), budi.ID, nil)
		return err
	})
	if n != 1 || count(budi) != 0 || count(rina) != 1 {
		t.Errorf("mark all: changed %d, unread %d, %d", n, count(budi), count(rina))
	}
	mustView(t, s, func(tx warta.ReadTx) error {
		list, err := tx.FindNotifications(ctx(), warta.NotificationFilter{UserID: budi.ID, Unread: true})
		if err != nil || len(list) != 0 {
			t.Errorf("unread after mark all = %+v, %v", list, err)
		}
		return nil
	})
}

// testMailSettings: off until saved, validated, replaced whole.
func testMailSettings(t *testing.T, s warta.Store) {
	mustView(t, s, func(tx warta.ReadTx) error {
		m, err := tx.FindMailSettings(ctx())
		if err != nil || m.Enabled() {
			t.Errorf("default mail settings = %+v, %v", m, err)
		}
		return nil
	})
	good := &warta.MailSettings{Host: "smtp.kabar.example", Port: 587, Username: "redaksi", Password: "rahasia", From: "Redaksi <redaksi@kabar.example>", StartTLS: true}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.SaveMailSettings(ctx(), good) })
	bad := *good
	bad.Port = 70000
	wantCode(t, s.Update(ctx(), func(tx warta.Tx) error { return tx.SaveMailSettings(ctx(), &bad) }), warta.EINVALID)
	mustView(t, s, func(tx warta.ReadTx) error {
		m, err := tx.FindMailSettings(ctx())
		if err != nil || *m != *good {
			t.Errorf("mail settings = %+v, %v", m, err)
		}
		return nil
	})
}
