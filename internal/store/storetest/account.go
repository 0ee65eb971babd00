package storetest

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"warta"
)

func testUsers(t *testing.T, s warta.Store) {
	u := &warta.User{Email: " Rina@Kabar.Example ", Name: "Rina", Role: warta.RoleEditor, PasswordHash: "$argon2id$x"}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreateUser(ctx(), u) })
	if u.ID == 0 || u.Version != 1 || u.Email != "rina@kabar.example" {
		t.Fatalf("CreateUser: %+v", u)
	}
	err := s.Update(ctx(), func(tx warta.Tx) error {
		return tx.CreateUser(ctx(), &warta.User{Email: "RINA@kabar.example", Name: "Lain", Role: warta.RoleAuthor})
	})
	wantCode(t, err, warta.ECONFLICT)
	err = s.Update(ctx(), func(tx warta.Tx) error {
		return tx.CreateUser(ctx(), &warta.User{Email: "budi@kabar.example", Name: "Budi", Role: "owner"})
	})
	wantCode(t, err, warta.EINVALID)

	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindUserByEmail(ctx(), "RINA@kabar.example")
		if err != nil || got.ID != u.ID || got.Role != warta.RoleEditor || got.PasswordHash != "$argon2id$x" {
			t.Errorf("FindUserByEmail = %+v, %v", got, err)
		}
		n, err := tx.CountUsers(ctx())
		if err != nil || n != 1 {
			t.Errorf("CountUsers = %d, %v", n, err)
		}
		_, err = tx.FindUserByID(ctx(), 999)
		wantCode(t, err, warta.ENOTFOUND)
		return nil
	})

	u.Role = warta.RoleAdministrator
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.UpdateUser(ctx(), u) })
	if u.Version != 2 {
		t.Fatalf("version after update = %d", u.Version)
	}
	stale := *u
	stale.Version = 1
	stale.Name = "Basi"
	err = s.Update(ctx(), func(tx warta.Tx) error { return tx.UpdateUser(ctx(), &stale) })
	wantCode(t, err, warta.ECONFLICT)
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindUserByID(ctx(), u.ID)
		if err != nil || got.Name != "Rina" || got.Role != warta.RoleAdministrator {
			t.Errorf("after a stale update: %+v, %v", got, err)
		}
		return nil
	})

	// A two-step code's time step is good once, and never an earlier one.
	for _, c := range []struct {
		step int64
		want bool
	}{{1000, true}, {1000, false}, {999, false}, {1001, true}} {
		mustUpdate(t, s, func(tx warta.Tx) error {
			got, err := tx.ClaimTOTPStep(ctx(), u.ID, c.step)
			if err != nil || got != c.want {
				t.Errorf("ClaimTOTPStep(%d) = %v, %v; want %v", c.step, got, err, c.want)
			}
			return nil
		})
	}
}

func testSessionsAndTokens(t *testing.T, s warta.Store) {
	u := &warta.User{Email: "sari@kabar.example", Name: "Sari", Role: warta.RoleAuthor}
	sess := &warta.Session{TokenHash: "abc", UserAgent: "uji"}
	tok := &warta.Token{TokenHash: "def", Name: "otomasi"}
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.CreateUser(ctx(), u); err != nil {
			return err
		}
		sess.UserID, tok.UserID = u.ID, u.ID
		if err := tx.CreateSession(ctx(), sess); err != nil {
			return err
		}
		return tx.CreateToken(ctx(), tok)
	})
	later := base.Add(time.Hour)
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.TouchSession(ctx(), sess.ID, later); err != nil {
			return err
		}
		return tx.TouchToken(ctx(), tok.ID, later)
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindSessionByHash(ctx(), "abc")
		if err != nil || got.UserID != u.ID || !got.LastSeenAt.Equal(later) || got.UserAgent != "uji" {
			t.Errorf("session = %+v, %v", got, err)
		}
		tk, err := tx.FindTokenByHash(ctx(), "def")
		if err != nil || tk.UserID != u.ID || !tk.LastUsedAt.Equal(later) {
			t.Errorf("token = %+v, %v", tk, err)
		}
		_, err = tx.FindTokenByHash(ctx(), "abc")
		wantCode(t, err, warta.ENOTFOUND)
		return nil
	})
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.DeleteUserSessions(ctx(), u.ID) })
	mustView(t, s, func(tx warta.ReadTx) error {
		_, err := tx.FindSessionByHash(ctx(), "abc")
		wantCode(t, err, warta.ENOTFOUND)
		return nil
	})
}

// testRevokeSessionsAndTokens covers what a password change or a disabled
// account ends: other sessions, one token, every token, and nobody else's.
func testRevokeSessionsAndTokens(t *testing.T, s warta.Store) {
	sari := &warta.User{Email: "sari@kabar.example", Name: "Sari", Role: warta.RoleAuthor}
	budi := &warta.User{Email: "budi@kabar.example", Name: "Budi", Role: warta.RoleEditor}
	var here, there, budiSess *warta.Session
	var tok1, tok2, budiTok *warta.Token
	mustUpdate(t, s, func(tx warta.Tx) error {
		for _, u := range []*warta.User{sari, budi} {
			if err := tx.CreateUser(ctx(), u); err != nil {
				return err
			}
		}
		here, there, budiSess = &warta.Session{TokenHash: "s1", UserID: sari.ID}, &warta.Session{TokenHash: "s2", UserID: sari.ID},
			&warta.Session{TokenHash: "s3", UserID: budi.ID}
		for _, se := range []*warta.Session{here, there, budiSess} {
			if err := tx.CreateSession(ctx(), se); err != nil {
				return err
			}
		}
		tok1, tok2, budiTok = &warta.Token{TokenHash: "t1", UserID: sari.ID, Name: "satu"}, &warta.Token{TokenHash: "t2", UserID: sari.ID, Name: "dua"},
			&warta.Token{TokenHash: "t3", UserID: budi.ID, Name: "tiga"}
		for _, tk := range []*warta.Token{tok1, tok2, budiTok} {
			if err := tx.CreateToken(ctx(), tk); err != nil {
				return err
			}
		}
		return nil
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		all, err := tx.FindTokens(ctx(), 0)
		if err != nil || len(all) != 3 || all[0].ID != tok1.ID {
			t.Errorf("FindTokens(0) = %+v, %v", all, err)
		}
		mine, err := tx.FindTokens(ctx(), sari.ID)
		if err != nil || len(mine) != 2 || mine[1].Name != "dua" || mine[1].UserID != sari.ID {
			t.Errorf("FindTokens(sari) = %+v, %v", mine, err)
		}
		got, err := tx.FindTokenByID(ctx(), budiTok.ID)
		if err != nil || got.TokenHash != "t3" || got.CreatedAt.IsZero() {
			t.Errorf("FindTokenByID = %+v, %v", got, err)
		}
		_, err = tx.FindTokenByID(ctx(), 999)
		wantCode(t, err, warta.ENOTFOUND)
		return nil
	})
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.DeleteOtherSessions(ctx(), sari.ID, here.ID); err != nil {
			return err
		}
		return tx.DeleteToken(ctx(), tok1.ID)
	})
	err := s.Update(ctx(), func(tx warta.Tx) error { return tx.DeleteToken(ctx(), tok1.ID) })
	wantCode(t, err, warta.ENOTFOUND)
	mustView(t, s, func(tx warta.ReadTx) error {
		for hash, want := range map[string]bool{"s1": true, "s2": false, "s3": true} {
			if _, err := tx.FindSessionByHash(ctx(), hash); (err == nil) != want {
				t.Errorf("session %s kept = %v, want %v", hash, err == nil, want)
			}
		}
		if mine, _ := tx.FindTokens(ctx(), sari.ID); len(mine) != 1 || mine[0].ID != tok2.ID {
			t.Errorf("after DeleteToken: %+v", mine)
		}
		return nil
	})
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.DeleteUserTokens(ctx(), sari.ID) })
	mustView(t, s, func(tx warta.ReadTx) error {
		if all, _ := tx.FindTokens(ctx(), 0); len(all) != 1 || all[0].ID != budiTok.ID {
			t.Errorf("after DeleteUserTokens: %+v", all)
		}
		return nil
	})
}

// testCompleteRevision keeps every field an article's writer edits, in
// order, and names the user who saved it.
func testCompleteRevision(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("lengkap", base)
	a.SEOTitle, a.SEODescription, a.Breaking, a.Label = "Judul mesin", "Deskripsi mesin", true, warta.LabelAnalisis
	a.TagIDs, a.AuthorIDs = []int64{f.pajak.ID, f.pemilu.ID}, []int64{f.budi.ID, f.rina.ID}
	mustCreate(t, s, a)
	u := &warta.User{Email: "penyunting@kabar.example", Name: "Sari Penyunting", Role: warta.RoleEditor}
	var id int64
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.CreateUser(ctx(), u); err != nil {
			return err
		}
		r := warta.RevisionOf(a)
		r.UserID, r.RelatedIDs = u.ID, []int64{9, 3}
		err := tx.CreateRevision(ctx(), r)
		id = r.ID
		return err
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		r, err := tx.FindRevision(ctx(), id)
		if err != nil {
			t.Fatal(err)
		}
		want := warta.RevisionOf(a)
		want.ID, want.UserID, want.UserName, want.RelatedIDs, want.CreatedAt = id, u.ID, "Sari Penyunting", []int64{9, 3}, r.CreatedAt
		if !reflect.DeepEqual(r, want) {
			t.Errorf("revision =\n%+v\nwant\n%+v", r, want)
		}
		list, err := tx.FindRevisions(ctx(), a.ID)
		if err != nil || len(list) != 1 || list[0].UserName != "Sari Penyunting" {
			t.Errorf("revisions = %+v, %v", list, err)
		}
		return nil
	})
}

// testRevisionAt finds the text an article had at a version: the newest
// kept at or before it, never a refused one.
func testRevisionAt(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("pada-versi", base)
	mustCreate(t, s, a)
	mustUpdate(t, s, func(tx warta.Tx) error {
		for _, r := range []*warta.Revision{
			{ArticleID: a.ID, Version: 1, Title: "Satu"},
			{ArticleID: a.ID, Version: 2, Title: "Dua"},
			{ArticleID: a.ID, Version: 2, Title: "Dua ditolak", Refused: true},
			{ArticleID: a.ID, Version: 5, Title: "Lima"},
		} {
			if err := tx.CreateRevision(ctx(), r); err != nil {
				return err
			}
		}
		return nil
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		for version, want := range map[int]string{1: "Satu", 2: "Dua", 4: "Dua", 5: "Lima", 9: "Lima"} {
			r, err := tx.FindRevisionAt(ctx(), a.ID, version)
			if err != nil || r.Title != want {
				t.Errorf("at %d = %+v, %v; want %s", version, r, err, want)
			}
		}
		_, err := tx.FindRevisionAt(ctx(), a.ID, 0)
		wantCode(t, err, warta.ENOTFOUND)
		return nil
	})
}

func testRevisionsAndAudit(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	a := f.article("berevisi", base)
	mustCreate(t, s, a)
	mustUpdate(t, s, func(tx warta.Tx) error {
		for i, title := range []string{"Pertama", "Kedua"} {
			if err := tx.CreateRevision(ctx(), &warta.Revision{ArticleID: a.ID, Version: i + 1, Title: title, BodyHTML: "<p>" + title + "</p>"}); err != nil {
				return err
			}
		}
		if err := tx.AddAudit(ctx(), &warta.AuditEntry{UserID: 7, Action: "publish", Subject: "article:1"}); err != nil {
			return err
		}
		return tx.AddAudit(ctx(), &warta.AuditEntry{Action: "scheduled_publish", Subject: "article:2", Detail: "jadwal"})
	})
	mustView(t, s, func(tx warta.ReadTx) error {
		revs, err := tx.FindRevisions(ctx(), a.ID)
		if err != nil || len(revs) != 2 || revs[0].Title != "Kedua" {
			t.Errorf("revisions = %+v, %v", revs, err)
		}
		one, err := tx.FindRevision(ctx(), revs[1].ID)
		if err != nil || one.BodyHTML != "<p>Pertama</p>" || one.Complete || one.UserName != "" {
			t.Errorf("revision = %+v, %v", one, err)
		}
		entries, total, err := tx.FindAudit(ctx(), warta.AuditFilter{Limit: 10})
		if err != nil || total != 2 || entries[0].Action != "scheduled_publish" || entries[1].UserID != 7 {
			t.Errorf("audit = %+v, %d, %v", entries, total, err)
		}
		subject := "article:1"
		entries, total, _ = tx.FindAudit(ctx(), warta.AuditFilter{Subject: &subject})
		if total != 1 || len(entries) != 1 {
			t.Errorf("audit by subject: %d", total)
		}
		return nil
	})
}

func testDeleteAndOwners(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	owner := &warta.User{Email: "a@kabar.example", Name: "A", Role: warta.RoleAuthor}
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.CreateUser(ctx(), owner) })
	mine := f.article("milikku", base)
	mine.OwnerID, mine.SEOTitle = owner.ID, "Judul SEO"
	due := f.article("terjadwal", time.Time{})
	due.Status, due.PublishAt = warta.StatusScheduled, base.Add(-time.Minute)
	later := f.article("nanti", time.Time{})
	later.Status, later.PublishAt = warta.StatusScheduled, base.Add(time.Hour)
	odd := f.article("persen", base)
	odd.Title = "Naik 50% dalam_sebulan"
	mustCreate(t, s, mine, due, later, odd)
	mustView(t, s, func(tx warta.ReadTx) error {
		list, _, err := tx.FindArticles(ctx(), warta.ArticleFilter{OwnerID: &owner.ID})
		if err != nil || strings.Join(slugs(list), ",") != "milikku" || list[0].SEOTitle != "Judul SEO" || list[0].OwnerID != owner.ID {
			t.Errorf("by owner = %v, %v", slugs(list), err)
		}
		now := base
		list, _, _ = tx.FindArticles(ctx(), warta.ArticleFilter{DueBy: &now})
		if strings.Join(slugs(list), ",") != "terjadwal" {
			t.Errorf("due = %v", slugs(list))
		}
		for q, want := range map[string]string{"50%": "persen", "dalam_": "persen", "JUDUL MILIKKU": "milikku", "%": "persen", "_": "persen"} {
			list, _, _ = tx.FindArticles(ctx(), warta.ArticleFilter{TitleContains: q})
			if strings.Join(slugs(list), ",") != want {
				t.Errorf("title contains %q = %v, want %s", q, slugs(list), want)
			}
		}
		return nil
	})
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.DeleteArticle(ctx(), mine.ID) })
	err := s.Update(ctx(), func(tx warta.Tx) error { return tx.DeleteArticle(ctx(), mine.ID) })
	wantCode(t, err, warta.ENOTFOUND)
	if n := count(t, s); n != 3 {
		t.Fatalf("count after delete = %d", n)
	}
}

func testUpdateTaxonomy(t *testing.T, s warta.Store) {
	f := mustFixture(t, s)
	f.ekonomi.Name, f.ekonomi.Description = "Ekonomi & Bisnis", "Uang"
	f.pajak.Name = "Perpajakan"
	f.budi.Bio = "Redaktur."
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.UpdateSection(ctx(), f.ekonomi); err != nil {
			return err
		}
		if err := tx.UpdateTag(ctx(), f.pajak); err != nil {
			return err
		}
		return tx.UpdatePerson(ctx(), f.budi)
	})
	f.ekonomi.Slug = "nasional"
	err := s.Update(ctx(), func(tx warta.Tx) error { return tx.UpdateSection(ctx(), f.ekonomi) })
	wantCode(t, err, warta.ECONFLICT)
	err = s.Update(ctx(), func(tx warta.Tx) error { return tx.UpdateTag(ctx(), &warta.Tag{ID: 999, Slug: "x", Name: "X"}) })
	wantCode(t, err, warta.ENOTFOUND)
	mustView(t, s, func(tx warta.ReadTx) error {
		sec, _ := tx.FindSectionBySlug(ctx(), "ekonomi")
		tag, _ := tx.FindTagBySlug(ctx(), "pajak")
		p, _ := tx.FindPersonBySlug(ctx(), "budi-santoso")
		if sec.Name != "Ekonomi & Bisnis" || tag.Name != "Perpajakan" || p.Bio != "Redaktur." {
			t.Errorf("updates not stored: %+v %+v %+v", sec, tag, p)
		}
		return nil
	})
}

func testRecoveryCodes(t *testing.T, s warta.Store) {
	u := &warta.User{Email: "dewi@kabar.example", Name: "Dewi", Role: warta.RoleEditor}
	other := &warta.User{Email: "eko@kabar.example", Name: "Eko", Role: warta.RoleAuthor}
	mustUpdate(t, s, func(tx warta.Tx) error {
		if err := tx.CreateUser(ctx(), u); err != nil {
			return err
		}
		if err := tx.CreateUser(ctx(), other); err != nil {
			return err
		}
		if err := tx.ReplaceRecoveryCodes(ctx(), u.ID, []string{"h1", "h2", "h3"}); err != nil {
			return err
		}
		return tx.ReplaceRecoveryCodes(ctx(), other.ID, []string{"h1", "x9"})
	})
	left := func(want int) {
		t.Helper()
		mustView(t, s, func(tx warta.ReadTx) error {
			if n, err := tx.CountRecoveryCodes(ctx(), u.ID); err != nil || n != want {
				t.Errorf("CountRecoveryCodes = %d, %v; want %d", n, err, want)
			}
			return nil
		})
	}
	left(3)
	use := func(user *warta.User, hash, code string) {
		t.Helper()
		err := s.Update(ctx(), func(tx warta.Tx) error { return tx.UseRecoveryCode(ctx(), user.ID, hash) })
		if code == "" && err != nil {
			t.Errorf("UseRecoveryCode(%d, %q) = %v", user.ID, hash, err)
		}
		if code != "" {
			wantCode(t, err, code)
		}
	}
	use(u, "h2", "")
	left(2)
	use(u, "h2", warta.ECONFLICT)      // each code signs in once
	use(u, "x9", warta.ENOTFOUND)      // another user's code is not this one's
	use(u, "nothing", warta.ENOTFOUND) // nor is a made-up one
	use(other, "h1", "")               // the same hash belongs to each user apart
	use(u, "h1", "")
	left(1)

	// New codes replace all the old ones, used or not.
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.ReplaceRecoveryCodes(ctx(), u.ID, []string{"n1", "n2"}) })
	left(2)
	use(u, "h3", warta.ENOTFOUND)
	use(u, "h2", warta.ENOTFOUND)
	mustUpdate(t, s, func(tx warta.Tx) error { return tx.ReplaceRecoveryCodes(ctx(), u.ID, nil) })
	left(0)
	use(other, "x9", "")
}

// testTokenScopeExpiryAndSessionList keeps a token's scope and expiry
// (a token made without a scope is a write token, as tokens were before
// scopes) and lists one user's sessions, the most recently used first.
func testTokenScopeExpiryAndSessionList(t *testing.T, s warta.Store) {
	sari := &warta.User{Email: "sari@kabar.example", Name: "Sari", Role: warta.RoleAuthor}
	budi := &warta.User{Email: "budi@kabar.example", Name: "Budi", Role: warta.RoleEditor}
	expires := base.Add(30 * 24 * time.Hour)
	read := &warta.Token{TokenHash: "r1", Name: "dasbor", Scope: warta.ScopeRead, ExpiresAt: expires}
	plain := &warta.Token{TokenHash: "w1", Name: "lama"}
	var old, recent, other *warta.Session
	var seen time.Time
	mustUpdate(t, s, func(tx warta.Tx) error {
		for _, u := range []*warta.User{sari, budi} {
			if err := tx.CreateUser(ctx(), u); err != nil {
				return err
			}
		}
		read.UserID, plain.UserID = sari.ID, sari.ID
		for _, tk := range []*warta.Token{read, plain} {
			if err := tx.CreateToken(ctx(), tk); err != nil {
				return err
			}
		}
		old, recent = &warta.Session{TokenHash: "a", UserID: sari.ID, UserAgent: "lama"}, &warta.Session{TokenHash: "b", UserID: sari.ID, UserAgent: "baru"}
		other = &warta.Session{TokenHash: "c", UserID: budi.ID}
		for _, se := range []*warta.Session{old, recent, other} {
			if err := tx.CreateSession(ctx(), se); err != nil {
				return err
			}
		}
		seen = tx.Now().Add(time.Hour).Truncate(time.Millisecond)
		return tx.TouchSession(ctx(), recent.ID, seen)
	})
	if plain.Scope != warta.ScopeWrite {
		t.Errorf("CreateToken without a scope set Scope = %q, want write", plain.Scope)
	}
	mustView(t, s, func(tx warta.ReadTx) error {
		got, err := tx.FindTokenByHash(ctx(), "r1")
		if err != nil || got.Scope != warta.ScopeRead || !got.ExpiresAt.Equal(expires) {
			t.Errorf("read token = %+v, %v; want scope read, expiry %v", got, err, expires)
		}
		got, err = tx.FindTokenByID(ctx(), plain.ID)
		if err != nil || got.Scope != warta.ScopeWrite || !got.ExpiresAt.IsZero() {
			t.Errorf("plain token = %+v, %v; want scope write, no expiry", got, err)
		}
		list, err := tx.FindTokens(ctx(), sari.ID)
		if err != nil || len(list) != 2 || list[0].Scope != warta.ScopeRead || !list[0].ExpiresAt.Equal(expires) {
			t.Errorf("FindTokens = %+v, %v", list, err)
		}
		sessions, err := tx.FindUserSessions(ctx(), sari.ID)
		if err != nil || len(sessions) != 2 || sessions[0].ID != recent.ID || sessions[1].ID != old.ID ||
			sessions[0].UserAgent != "baru" || !sessions[0].LastSeenAt.Equal(seen) {
			for _, se := range sessions {
				t.Logf("session %+v", *se)
			}
			t.Errorf("FindUserSessions(sari): %v; want recent (%d) then old (%d), last seen %v", err, recent.ID, old.ID, seen)
		}
		none, err := tx.FindUserSessions(ctx(), 999)
		if err != nil || len(none) != 0 {
			t.Errorf("FindUserSessions(unknown) = %+v, %v", none, err)
		}
		return nil
	})
}
