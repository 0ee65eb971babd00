package editorial_test

import (
	"context"
	"testing"

	"warta"
	"warta/internal/editorial"
)

func TestSavePersonOwnProfile(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	author := *e.users[warta.RoleAuthor]
	author.PersonID = e.f.Sari.ID
	bio, links := "Sari meliput banjir.", []warta.SocialLink{{Network: "x", URL: "https://x.com/sari"}}
	p, err := e.svc.SavePerson(ctx, &author, e.f.Sari.ID, editorial.PersonInput{Bio: &bio, Links: &links})
	if err != nil {
		t.Fatal(err)
	}
	if p.Bio != bio || len(p.Links) != 1 || p.Slug != e.f.Sari.Slug || p.Name != e.f.Sari.Name {
		t.Errorf("own profile = %+v", p)
	}
	cases := []struct {
		name string
		u    *warta.User
		id   int64
		in   editorial.PersonInput
		code string
	}{
		{"someone else's", &author, e.f.Agus.ID, editorial.PersonInput{Bio: &bio}, warta.EFORBIDDEN},
		{"own address", &author, e.f.Sari.ID, editorial.PersonInput{Slug: str("sari-baru")}, warta.EFORBIDDEN},
		{"own e-mail", &author, e.f.Sari.ID, editorial.PersonInput{Email: str("lain@kabar.example")}, warta.EFORBIDDEN},
		{"signed out", nil, e.f.Sari.ID, editorial.PersonInput{Bio: &bio}, warta.EUNAUTHORIZED},
		{"bad link", &author, e.f.Sari.ID, editorial.PersonInput{Links: &[]warta.SocialLink{{Network: "x", URL: "javascript:alert(1)"}}}, warta.EINVALID},
		{"empty name", e.users[warta.RoleEditor], e.f.Sari.ID, editorial.PersonInput{Name: str(" ")}, warta.EINVALID},
		{"unknown", e.users[warta.RoleEditor], 999, editorial.PersonInput{Bio: &bio}, warta.ENOTFOUND},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := e.svc.SavePerson(ctx, c.u, c.id, c.in); warta.ErrorCode(err) != c.code {
				t.Errorf("err = %v, want %s", err, c.code)
			}
		})
	}
	// An editor may edit anyone, address included.
	p, err = e.svc.SavePerson(ctx, e.users[warta.RoleEditor], e.f.Agus.ID, editorial.PersonInput{Slug: str("Agus P"), Title: str("Redaktur Pelaksana")})
	if err != nil || p.Slug != "agus-p" || p.Title != "Redaktur Pelaksana" || p.Bio != e.f.Agus.Bio {
		t.Errorf("editor's change = %+v, %v", p, err)
	}
}

func TestCreatePersonSlugFallback(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	if _, err := e.svc.CreatePerson(ctx, e.users[warta.RoleAuthor], editorial.PersonInput{Name: str("Tamu")}); warta.ErrorCode(err) != warta.EFORBIDDEN {
		t.Errorf("author creating a person: %v", err)
	}
	for _, want := range []string{"penulis", "penulis-2"} {
		p, err := e.svc.CreatePerson(ctx, e.users[warta.RoleEditor], editorial.PersonInput{Name: str("李明")})
		if err != nil || p.Slug != want {
			t.Errorf("李明 = %+v, %v; want slug %s", p, err, want)
		}
	}
}
