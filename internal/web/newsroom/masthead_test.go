package newsroom_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"warta"
)

// The people page sets the masthead order and heading; the public
// masthead follows; a bad order is refused with a message and changes
// nothing. A form without the fields (the profile) leaves them.
func TestMastheadFromPeoplePage(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	status, _, body := b.get("/redaksi/orang")
	if status != http.StatusOK || !strings.Contains(body, `name="masthead_rank"`) || !strings.Contains(body, "Susunan Redaksi") {
		t.Fatalf("people page: %d, no masthead fields", status)
	}
	save := func(p *warta.Person, rank, role string) (int, string) {
		status, _, body := b.post("/redaksi/orang", url.Values{"id": {strconv.FormatInt(p.ID, 10)}, "name": {p.Name}, "title": {p.Title},
			"slug": {p.Slug}, "bio": {p.Bio}, "masthead_rank": {rank}, "masthead_role": {role}})
		return status, body
	}
	if status, _ := save(e.f.Sari, "20", ""); status != http.StatusSeeOther {
		t.Fatalf("save Sari: %d", status)
	}
	if status, _ := save(e.f.Agus, "10", "Pemimpin Redaksi"); status != http.StatusSeeOther {
		t.Fatalf("save Agus: %d", status)
	}
	_, _, pub := b.get("/susunan-redaksi")
	agus, sari := strings.Index(pub, "Agus Pratama"), strings.Index(pub, "Sari Lestari")
	if agus < 0 || sari < 0 || agus > sari || !strings.Contains(pub, "<h2>Pemimpin Redaksi</h2>") {
		t.Fatalf("public masthead: agus at %d, sari at %d", agus, sari)
	}
	for _, bad := range []string{"-3", "satu", "100000"} {
		status, body := save(e.f.Agus, bad, "")
		if status != http.StatusBadRequest && status != http.StatusUnprocessableEntity {
			t.Errorf("rank %q: %d, want a 4xx", bad, status)
		}
		if !strings.Contains(body, "Urutan susunan redaksi harus bilangan bulat") {
			t.Errorf("rank %q: no clear message", bad)
		}
	}
	var got *warta.Person
	e.site.Store.View(context.Background(), func(tx warta.ReadTx) error {
		var err error
		got, err = tx.FindPersonByID(context.Background(), e.f.Agus.ID)
		return err
	})
	if got.MastheadRank != 10 || got.MastheadRole != "Pemimpin Redaksi" {
		t.Errorf("after refused saves: %+v", got)
	}
}

// The correction form offers the clarification kind.
func TestCorrectionFormOffersClarification(t *testing.T) {
	e := newEnv(t, true)
	b := e.browser(t).login(warta.RoleEditor)
	_, _, body := b.get("/redaksi/artikel/" + strconv.FormatInt(e.f.Main.ID, 10))
	if !strings.Contains(body, `<option value="clarification">Klarifikasi</option>`) {
		t.Fatal("the correction form has no clarification kind")
	}
	status, _, _ := b.post("/redaksi/artikel/"+strconv.FormatInt(e.f.Main.ID, 10)+"/koreksi", url.Values{"kind": {"clarification"}, "note": {"Angka itu perkiraan."}})
	if status != http.StatusSeeOther {
		t.Fatalf("clarification: %d", status)
	}
	if _, _, pub := b.get("/koreksi"); !strings.Contains(pub, "Angka itu perkiraan.") || !strings.Contains(pub, ">Klarifikasi<") {
		t.Error("/koreksi does not list the clarification")
	}
}
