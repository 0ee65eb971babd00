package editorial_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"warta"
	"warta/internal/editorial"
	"warta/internal/web/webtest"
)

// desk is a newsroom whose people each have their own byline, with the
// notifications subscriber wired as the server wires it.
type desk struct {
	site  *webtest.Site
	f     *webtest.Fixture
	svc   *editorial.Service
	users map[string]*warta.User
	mu    sync.Mutex
	mails []string // "to|subject"
}

func newDesk(t *testing.T) *desk {
	t.Helper()
	d := &desk{site: webtest.NewSite(t), users: map[string]*warta.User{}}
	d.f = d.site.NewFixture(t)
	inbox := &editorial.Notifications{Store: d.site.Store, BaseURL: "https://kabar.example",
		Mail: func(to, subject, body string) {
			d.mu.Lock()
			d.mails = append(d.mails, to+"|"+subject)
			d.mu.Unlock()
			if !strings.Contains(body, "https://kabar.example/redaksi/artikel/") {
				t.Errorf("mail body lacks the link: %q", body)
			}
		}}
	d.svc = &editorial.Service{Store: d.site.Store, Notify: inbox.Handle}
	d.site.MustUpdate(t, func(tx warta.Tx) error {
		ctx := context.Background()
		dewi := &warta.Person{Slug: "dewi-anggraini", Name: "Dewi Anggraini"}
		if err := tx.CreatePerson(ctx, dewi); err != nil {
			return err
		}
		for _, u := range []*warta.User{
			{Email: "admin@kabar.example", Name: "Admin", Role: warta.RoleAdministrator},
			{Email: "editor@kabar.example", Name: "Editor", Role: warta.RoleEditor, Language: "en"},
			{Email: "mati@kabar.example", Name: "Editor Nonaktif", Role: warta.RoleEditor, Disabled: true},
			{Email: "sari@kabar.example", Name: "Sari", Role: warta.RoleAuthor, PersonID: d.f.Sari.ID},
			{Email: "dewi@kabar.example", Name: "Dewi", Role: warta.RoleContributor, PersonID: dewi.ID},
			{Email: "baru@kabar.example", Name: "Rudi Baru", Role: warta.RoleAuthor},
		} {
			if err := tx.CreateUser(ctx, u); err != nil {
				return err
			}
			d.users[strings.Split(u.Email, "@")[0]] = u
		}
		return nil
	})
	return d
}

// kinds lists a user's notifications, oldest first, as "kind:actor".
func (d *desk) kinds(t *testing.T, who string) []string {
	t.Helper()
	var out []string
	err := d.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		list, err := tx.FindNotifications(context.Background(), warta.NotificationFilter{UserID: d.users[who].ID})
		for i := len(list) - 1; i >= 0; i-- {
			actor := "sistem"
			if list[i].ActorName != "" {
				actor = list[i].ActorName
			}
			out = append(out, string(list[i].Kind)+":"+actor)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func (d *desk) expect(t *testing.T, step string, want map[string][]string) {
	t.Helper()
	for who := range d.users {
		got := d.kinds(t, who)
		if !slices.Equal(got, want[who]) {
			t.Errorf("after %s, %s has %q, want %q", step, who, got, want[who])
		}
	}
}

func TestNotificationFanOut(t *testing.T) {
	d := newDesk(t)
	ctx := context.Background()
	d.site.MustUpdate(t, func(tx warta.Tx) error {
		return tx.SaveMailSettings(ctx, &warta.MailSettings{Host: "127.0.0.1", Port: 2525, From: "redaksi@kabar.example"})
	})
	dewi, editor, sari, admin := d.users["dewi"], d.users["editor"], d.users["sari"], d.users["admin"]
	sec := d.f.Nasional.ID
	a, err := d.svc.Create(ctx, dewi, editorial.Input{Title: str("Banjir di Samarinda"), SectionID: &sec, BodyHTML: str("<p>Isi.</p>")}, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	d.expect(t, "a draft", nil)

	// Submitted for review: editors and administrators, never the disabled
	// one, never the writer.
	if a, err = d.svc.Transition(ctx, dewi, a.ID, a.Version, warta.StatusReview, time.Time{}); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"admin": {"submitted:Dewi"}, "editor": {"submitted:Dewi"}}
	d.expect(t, "submit", want)

	// A note on her story tells the owner; her own note tells nobody.
	if _, err := d.svc.AddNote(ctx, editor, a.ID, "Sumber kedua siapa?"); err != nil {
		t.Fatal(err)
	}
	if _, err := d.svc.AddNote(ctx, dewi, a.ID, "Sudah saya tambahkan."); err != nil {
		t.Fatal(err)
	}
	want["dewi"] = []string{"note:Editor"}
	d.expect(t, "notes", want)

	// Returned with a note: one notification, to the owner, about the note.
	if a, err = d.svc.ReturnWithNote(ctx, editor, a.ID, a.Version, "Judul terlalu panjang, persingkat."); err != nil {
		t.Fatal(err)
	}
	if a.Status != warta.StatusDraft {
		t.Fatalf("returned story is %s", a.Status)
	}
	want["dewi"] = append(want["dewi"], "returned:Editor")
	d.expect(t, "return", want)
	d.site.Store.View(ctx, func(tx warta.ReadTx) error {
		list, _ := tx.FindNotifications(ctx, warta.NotificationFilter{UserID: dewi.ID, Limit: 1})
		if len(list) != 1 || list[0].NoteBody != "Judul terlalu panjang, persingkat." {
			t.Errorf("returned notification = %+v", list)
		}
		return nil
	})

	// Published: the owner and the users whose byline it carries, not
	// the editor who published it.
	if a, err = d.svc.Transition(ctx, dewi, a.ID, a.Version, warta.StatusReview, time.Time{}); err != nil {
		t.Fatal(err)
	}
	want["admin"] = append(want["admin"], "submitted:Dewi")
	want["editor"] = append(want["editor"], "submitted:Dewi")
	authors := []int64{dewi.PersonID, sari.PersonID}
	if a, err = d.svc.Save(ctx, editor, a.ID, a.Version, editorial.Input{AuthorIDs: &authors}); err != nil {
		t.Fatal(err)
	}
	if _, err = d.svc.Transition(ctx, editor, a.ID, a.Version, warta.StatusPublished, time.Time{}); err != nil {
		t.Fatal(err)
	}
	want["dewi"] = append(want["dewi"], "published:Editor")
	want["sari"] = []string{"published:Editor"}
	d.expect(t, "publish", want)

	// The scheduler publishes as the system.
	b, err := d.svc.Create(ctx, sari, editorial.Input{Title: str("Jadwal terbit"), SectionID: &sec}, warta.StatusScheduled, d.site.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	d.site.Clock.Advance(2 * time.Hour)
	if n, err := d.svc.PublishDue(ctx); err != nil || n != 1 {
		t.Fatalf("PublishDue = %d, %v", n, err)
	}
	want["sari"] = append(want["sari"], "published:sistem")
	d.expect(t, "scheduled publish", want)
	_ = b

	// E-mail went to each recipient, in their language.
	d.mu.Lock()
	mails := strings.Join(d.mails, "\n")
	d.mu.Unlock()
	for _, s := range []string{"editor@kabar.example|Story submitted for review: Banjir di Samarinda",
		"admin@kabar.example|Naskah diajukan untuk ditinjau: Banjir di Samarinda",
		"dewi@kabar.example|Naskah dikembalikan dengan catatan: Banjir di Samarinda",
		"sari@kabar.example|Naskah terbit: Jadwal terbit"} {
		if !strings.Contains(mails, s) {
			t.Errorf("no mail %q in\n%s", s, mails)
		}
	}
	if strings.Contains(mails, "mati@") {
		t.Errorf("a disabled user was mailed:\n%s", mails)
	}
	_ = admin
}

func TestNoMailWhenSMTPIsOff(t *testing.T) {
	d := newDesk(t)
	ctx := context.Background()
	sec := d.f.Nasional.ID
	if _, err := d.svc.Create(ctx, d.users["dewi"], editorial.Input{Title: str("Tanpa surel"), SectionID: &sec}, warta.StatusReview, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if got := d.kinds(t, "editor"); len(got) != 1 {
		t.Errorf("editor notifications = %q", got)
	}
	if len(d.mails) != 0 {
		t.Errorf("mailed with SMTP off: %q", d.mails)
	}
}

func TestNotesRules(t *testing.T) {
	d := newDesk(t)
	ctx := context.Background()
	dewi, editor, sari := d.users["dewi"], d.users["editor"], d.users["sari"]
	sec := d.f.Nasional.ID
	a, err := d.svc.Create(ctx, dewi, editorial.Input{Title: str("Naskah Dewi"), SectionID: &sec}, warta.StatusReview, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	// Another author may not read or add notes on Dewi's story.
	if _, err := d.svc.AddNote(ctx, sari, a.ID, "Boleh saya bantu?"); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("author on another's story: %v", err)
	}
	if _, err := d.svc.Notes(ctx, sari, a.ID); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("author reading another's notes: %v", err)
	}
	for _, bad := range []string{"", "   ", strings.Repeat("x", warta.MaxNoteRunes+1)} {
		if _, err := d.svc.AddNote(ctx, editor, a.ID, bad); warta.ErrorCode(err) != warta.EINVALID {
			t.Errorf("note of %d chars: %v", len(bad), err)
		}
	}
	mine, err := d.svc.AddNote(ctx, dewi, a.ID, "Catatan Dewi")
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := d.svc.AddNote(ctx, editor, a.ID, "Catatan editor")
	if err != nil {
		t.Fatal(err)
	}
	// The author of a note, or an editor, deletes it; nobody else.
	if _, err := d.svc.DeleteNote(ctx, dewi, theirs.ID); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("contributor deleting the editor's note: %v", err)
	}
	if _, err := d.svc.DeleteNote(ctx, editor, mine.ID); err != nil {
		t.Errorf("editor deleting a note: %v", err)
	}
	if _, err := d.svc.DeleteNote(ctx, editor, theirs.ID); err != nil {
		t.Errorf("author deleting their note: %v", err)
	}
	if list, _ := d.svc.Notes(ctx, dewi, a.ID); len(list) != 0 {
		t.Errorf("notes left: %+v", list)
	}

	// Returning: only reviewers, only from review, only with a note; a
	// refused return changes nothing.
	v := a.Version
	for _, c := range []struct {
		name string
		u    *warta.User
		note string
		code string
	}{
		{"author", sari, "Perbaiki.", warta.EFORBIDDEN},
		{"contributor", dewi, "Perbaiki.", warta.EFORBIDDEN},
		{"no note", editor, " ", warta.EINVALID},
	} {
		if _, err := d.svc.ReturnWithNote(ctx, c.u, a.ID, v, c.note); warta.ErrorCode(err) != c.code {
			t.Errorf("%s: %v, want %s", c.name, err, c.code)
		}
	}
	if _, err := d.svc.ReturnWithNote(ctx, editor, a.ID, v-1, "Basi."); warta.ErrorCode(err) != warta.ECONFLICT {
		t.Errorf("stale return: %v", err)
	}
	if got := d.article(t, a.ID); got.Status != warta.StatusReview || got.Version != v {
		t.Errorf("after refused returns: %s v%d", got.Status, got.Version)
	}
	if list, _ := d.svc.Notes(ctx, editor, a.ID); len(list) != 0 {
		t.Errorf("a refused return left a note: %+v", list)
	}
	if _, err := d.svc.ReturnWithNote(ctx, editor, a.ID, v, "Perbaiki judul."); err != nil {
		t.Fatal(err)
	}
	a = d.article(t, a.ID)
	if _, err := d.svc.ReturnWithNote(ctx, editor, a.ID, a.Version, "Lagi."); warta.ErrorCode(err) != warta.EINVALID {
		t.Errorf("returning a draft: %v", err)
	}
}

func (d *desk) article(t *testing.T, id int64) *warta.Article {
	t.Helper()
	var a *warta.Article
	if err := d.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		a, err = tx.FindArticleByID(context.Background(), id)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return a
}

func (d *desk) person(t *testing.T, slug string) *warta.Person {
	t.Helper()
	var p *warta.Person
	if err := d.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		p, err = tx.FindPersonBySlug(context.Background(), slug)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return p
}

func pngImage(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 400, 400))
	for x := 0; x < 400; x++ {
		for y := 0; y < 400; y++ {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), 120, 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestOwnProfile(t *testing.T) {
	d := newDesk(t)
	ctx := context.Background()
	lib := &editorial.Library{Store: d.site.Store, Blobs: d.site.Blobs}
	changed := 0
	svc := &editorial.Service{Store: d.site.Store, Notify: func(warta.Event) { changed++ }}
	profiles := &editorial.Profiles{Service: svc, Library: lib}
	dewi, sari, editor := d.users["dewi"], d.users["sari"], d.users["editor"]
	sariBefore := d.person(t, "sari-lestari")

	// A contributor edits her own byline, photo included (contributors
	// may not use the library, but their own photo goes through it).
	in := editorial.ProfileInput{Name: " Dewi  Anggraini ", Title: "Kontributor Samarinda", Bio: "Dewi menulis dari Kalimantan Timur.",
		Links: []warta.SocialLink{{Network: "x", URL: "https://x.com/dewi"}}, Photo: bytes.NewReader(pngImage(t)), PhotoName: "dewi.png"}
	p, err := profiles.SaveMine(ctx, dewi, in)
	if err != nil {
		t.Fatal(err)
	}
	got := d.person(t, "dewi-anggraini")
	if got.Name != "Dewi Anggraini" || got.Bio != in.Bio || got.Title != "Kontributor Samarinda" || len(got.Links) != 1 ||
		got.PhotoMediaID == 0 || got.Photo == nil || p.ID != dewi.PersonID {
		t.Errorf("saved profile = %+v", got)
	}
	if changed != 1 {
		t.Errorf("site told %d times", changed)
	}

	// Not someone else's; an editor may (editors manage people).
	in = editorial.ProfileInput{Name: "Bukan Sari", Bio: "Diubah."}
	if _, err := profiles.Save(ctx, dewi, sari.PersonID, in); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("contributor editing another's profile: %v", err)
	}
	if _, err := profiles.Save(ctx, sari, dewi.PersonID, in); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("author editing another's profile: %v", err)
	}
	if after := d.person(t, "sari-lestari"); after.Name != sariBefore.Name || after.Bio != sariBefore.Bio {
		t.Errorf("a refused edit changed %+v", after)
	}
	if _, err := profiles.Save(ctx, editor, sari.PersonID, editorial.ProfileInput{Name: "Sari Lestari", Bio: "Disunting editor."}); err != nil {
		t.Errorf("editor editing a profile: %v", err)
	}

	// Bad input changes nothing.
	for name, bad := range map[string]editorial.ProfileInput{
		"no name":   {Name: " ", Bio: "x"},
		"bad link":  {Name: "Dewi", Links: []warta.SocialLink{{Network: "web", URL: "javascript:alert(1)"}}},
		"long bio":  {Name: "Dewi", Bio: strings.Repeat("a", editorial.MaxBioLen+1)},
		"bad photo": {Name: "Dewi", Photo: strings.NewReader("bukan gambar"), PhotoName: "x.png"},
	} {
		if _, err := profiles.SaveMine(ctx, dewi, bad); warta.ErrorCode(err) != warta.EINVALID {
			t.Errorf("%s: %v", name, err)
		}
	}
	if after := d.person(t, "dewi-anggraini"); after.Name != "Dewi Anggraini" || after.Bio != "Dewi menulis dari Kalimantan Timur." {
		t.Errorf("bad input changed %+v", after)
	}
	// Fields are checked before the photo is stored: a bad link with a
	// new photo leaves the library as it was.
	mediaCount := func() int {
		var n int
		d.site.Store.View(ctx, func(tx warta.ReadTx) error {
			var err error
			_, n, err = tx.FindMedia(ctx, warta.MediaFilter{Limit: 1})
			return err
		})
		return n
	}
	before := mediaCount()
	var other bytes.Buffer
	if err := png.Encode(&other, image.NewRGBA(image.Rect(0, 0, 300, 300))); err != nil {
		t.Fatal(err)
	}
	bad := editorial.ProfileInput{Name: "Dewi", Links: []warta.SocialLink{{Network: "web", URL: "javascript:alert(1)"}},
		Photo: &other, PhotoName: "lain.png"}
	if _, err := profiles.SaveMine(ctx, dewi, bad); warta.ErrorCode(err) != warta.EINVALID || mediaCount() != before {
		t.Errorf("bad link with a photo: %v, media %d → %d", err, before, mediaCount())
	}

	// A user without a byline gets one, linked to the account.
	baru := d.users["baru"]
	p, err = profiles.SaveMine(ctx, baru, editorial.ProfileInput{Name: "Rudi Baru", Bio: "Penulis baru."})
	if err != nil {
		t.Fatal(err)
	}
	if p.Slug != "rudi-baru" || p.Title != "Jurnalis" || p.Email != baru.Email || baru.PersonID != p.ID {
		t.Errorf("new byline %+v, user person %d", p, baru.PersonID)
	}
	d.site.Store.View(ctx, func(tx warta.ReadTx) error {
		u, err := tx.FindUserByID(ctx, baru.ID)
		if err != nil || u.PersonID != p.ID || u.Version != baru.Version {
			t.Errorf("user not linked: %+v, %v", u, err)
		}
		subject := fmt.Sprintf("person:%d", p.ID)
		entries, _, err := tx.FindAudit(ctx, warta.AuditFilter{Subject: &subject, Limit: 5})
		if err != nil || len(entries) != 1 || entries[0].Action != "person_save" || entries[0].UserID != baru.ID {
			t.Errorf("audit of the new byline: %+v, %v", entries, err)
		}
		return nil
	})
}

func TestMailSettingsValidation(t *testing.T) {
	d := newDesk(t)
	ctx := context.Background()
	admin := d.users["admin"]
	good := editorial.MailInput{Host: "smtp.kabar.example", Port: 587, Username: "redaksi", Password: "rahasia", From: "redaksi@kabar.example", StartTLS: true}
	if _, err := d.svc.SaveMailSettings(ctx, admin, good); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		u  *warta.User
		in editorial.MailInput
	}{
		"editor":      {d.users["editor"], good},
		"port 0":      {admin, editorial.MailInput{Host: "smtp.kabar.example", Port: 0, From: "a@kabar.example"}},
		"port 70000":  {admin, editorial.MailInput{Host: "smtp.kabar.example", Port: 70000, From: "a@kabar.example"}},
		"bad from":    {admin, editorial.MailInput{Host: "smtp.kabar.example", Port: 25, From: "bukan alamat"}},
		"host spaces": {admin, editorial.MailInput{Host: "smtp kabar", Port: 25, From: "a@kabar.example"}},
		"header cut":  {admin, editorial.MailInput{Host: "smtp.kabar.example", Port: 25, From: "a@kabar.example\r\nBcc: x@y.z"}},
	} {
		if _, err := d.svc.SaveMailSettings(ctx, c.u, c.in); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// An empty password keeps the saved one.
	keep := good
	keep.Password, keep.Port = "", 2525
	if _, err := d.svc.SaveMailSettings(ctx, admin, keep); err != nil {
		t.Fatal(err)
	}
	d.site.Store.View(ctx, func(tx warta.ReadTx) error {
		m, _ := tx.FindMailSettings(ctx)
		if m.Password != "rahasia" || m.Port != 2525 {
			t.Errorf("settings = %+v", m)
		}
		return nil
	})
}

// TestNotificationsOnlyForLocalEvents: on several nodes every node hears
// every event; only the node where the change happened notifies, so an
// event relayed from another node writes and mails nothing.
func TestNotificationsOnlyForLocalEvents(t *testing.T) {
	d := newDesk(t)
	ctx := context.Background()
	d.site.MustUpdate(t, func(tx warta.Tx) error {
		return tx.SaveMailSettings(ctx, &warta.MailSettings{Host: "127.0.0.1", Port: 2525, From: "redaksi@kabar.example"})
	})
	relayed := []warta.Event{}
	d.svc.Notify = func(e warta.Event) { relayed = append(relayed, e) } // what another node would hear
	dewi := d.users["dewi"]
	sec := d.f.Nasional.ID
	a, err := d.svc.Create(ctx, dewi, editorial.Input{Title: str("Banjir di Samarinda"), SectionID: &sec, BodyHTML: str("<p>Isi.</p>")}, "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err = d.svc.Transition(ctx, dewi, a.ID, a.Version, warta.StatusReview, time.Time{}); err != nil {
		t.Fatal(err)
	}
	inbox := &editorial.Notifications{Store: d.site.Store, Mail: func(to, subject, body string) { t.Errorf("mailed %s: %s", to, subject) }}
	for _, e := range relayed {
		e.Remote = true
		inbox.Handle(e)
	}
	d.expect(t, "a submission heard from another node", nil)
	if len(relayed) == 0 {
		t.Fatal("the submission published no event")
	}
}
