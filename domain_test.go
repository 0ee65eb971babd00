package warta_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"warta"
)

func TestCanTransition(t *testing.T) {
	cases := []struct {
		from, to warta.Status
		ok       bool
	}{
		{warta.StatusDraft, warta.StatusReview, true},
		{warta.StatusDraft, warta.StatusPublished, true},
		{warta.StatusReview, warta.StatusScheduled, true},
		{warta.StatusScheduled, warta.StatusPublished, true},
		{warta.StatusPublished, warta.StatusUnpublished, true},
		{warta.StatusUnpublished, warta.StatusPublished, true},
		{warta.StatusPublished, warta.StatusDraft, false},
		{warta.StatusPublished, warta.StatusScheduled, false},
		{warta.StatusDraft, warta.StatusUnpublished, false},
		{warta.StatusDraft, warta.StatusDraft, true},
		{warta.StatusDraft, "live", false},
		{"live", "live", false},
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%s to %s", tc.from, tc.to), func(t *testing.T) {
			if got := warta.CanTransition(tc.from, tc.to); got != tc.ok {
				t.Errorf("CanTransition = %v, want %v", got, tc.ok)
			}
			err := warta.CheckTransition(tc.from, tc.to)
			if (err == nil) != tc.ok {
				t.Errorf("CheckTransition = %v", err)
			}
			if err != nil && warta.ErrorCode(err) != warta.EINVALID {
				t.Errorf("code = %s", warta.ErrorCode(err))
			}
		})
	}
}

func TestValidSlug(t *testing.T) {
	cases := map[string]bool{
		"harga-beras-naik": true, "a": true, "2024": true, "pemilu-2024-ke-2": true,
		"": false, "-awal": false, "akhir-": false, "dua--strip": false, "Huruf-Besar": false,
		"spasi di": false, "garis_bawah": false, "é": false, strings.Repeat("a", warta.MaxSlugLen+1): false,
	}
	for s, want := range cases {
		if got := warta.ValidSlug(s); got != want {
			t.Errorf("ValidSlug(%q) = %v, want %v", s, got, want)
		}
	}
}

func validArticle() *warta.Article {
	return &warta.Article{Slug: "judul", Title: "Judul", Label: warta.LabelBerita, SectionID: 1,
		Status: warta.StatusPublished, PublishedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
}

func TestArticleValidate(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*warta.Article)
		code   string
	}{
		{"valid", func(*warta.Article) {}, ""},
		{"empty title", func(a *warta.Article) { a.Title = "  " }, warta.EINVALID},
		{"long title", func(a *warta.Article) { a.Title = strings.Repeat("judul ", 100) }, warta.EINVALID},
		{"long dek", func(a *warta.Article) { a.Dek = strings.Repeat("x", warta.MaxDekLen+1) }, warta.EINVALID},
		{"bad slug", func(a *warta.Article) { a.Slug = "Judul Baru" }, warta.EINVALID},
		{"unknown label", func(a *warta.Article) { a.Label = "gosip" }, warta.EINVALID},
		{"no section", func(a *warta.Article) { a.SectionID = 0 }, warta.EINVALID},
		{"scheduled without time", func(a *warta.Article) { a.Status = warta.StatusScheduled }, warta.EINVALID},
		{"published without time", func(a *warta.Article) { a.PublishedAt = time.Time{} }, warta.EINVALID},
		{"related to itself", func(a *warta.Article) { a.ID = 4; a.RelatedIDs = []int64{4} }, warta.EINVALID},
		{"huge body", func(a *warta.Article) { a.BodyHTML = strings.Repeat("x", warta.MaxBodyBytes+1) }, warta.ETOOLARGE},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := validArticle()
			tc.mutate(a)
			if got := warta.ErrorCode(a.Validate()); got != tc.code {
				t.Errorf("code = %q, want %q", got, tc.code)
			}
		})
	}
}

func TestArticleUpdateApply(t *testing.T) {
	a := validArticle()
	title, tags := "Baru", []int64{3, 4}
	u := warta.ArticleUpdate{Title: &title, TagIDs: &tags}
	u.Apply(a)
	if a.Title != "Baru" || len(a.TagIDs) != 2 || a.Slug != "judul" {
		t.Errorf("Apply: %+v", a)
	}
}

func TestReadingAndUpdated(t *testing.T) {
	a := validArticle()
	a.WordCount = 0
	if a.ReadingMinutes() != 1 {
		t.Errorf("ReadingMinutes(0) = %d", a.ReadingMinutes())
	}
	a.WordCount = 401
	if a.ReadingMinutes() != 3 {
		t.Errorf("ReadingMinutes(401) = %d", a.ReadingMinutes())
	}
	if a.WasUpdated() {
		t.Error("WasUpdated without an update time")
	}
	a.UpdatedAt = a.PublishedAt.Add(30 * time.Second)
	if a.WasUpdated() {
		t.Error("a save within a minute of publishing counts as an update")
	}
	a.UpdatedAt = a.PublishedAt.Add(2 * time.Hour)
	if !a.WasUpdated() {
		t.Error("WasUpdated false two hours later")
	}
}

func TestSectionReservedSlugs(t *testing.T) {
	for _, slug := range []string{"penulis", "tag", "indeks", "cari", "feed", "redaksi", "api", "static", "media", "healthz", "readyz", "metrics"} {
		s := &warta.Section{Slug: slug, Name: "X"}
		if warta.ErrorCode(s.Validate()) != warta.EINVALID {
			t.Errorf("section slug %q accepted", slug)
		}
	}
	if err := (&warta.Section{Slug: "nasional", Name: "Nasional"}).Validate(); err != nil {
		t.Error(err)
	}
}

func TestSettingsValidate(t *testing.T) {
	s := warta.DefaultSettings()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	if s.Location().String() != "Asia/Jakarta" {
		t.Errorf("default zone %s", s.Location())
	}
	for name, mutate := range map[string]func(*warta.Settings){
		"no name":      func(s *warta.Settings) { s.SiteName = "" },
		"language":     func(s *warta.Settings) { s.Language = "jv" },
		"zone":         func(s *warta.Settings) { s.TimeZone = "Mars/Olympus" },
		"social link":  func(s *warta.Settings) { s.Social = []warta.SocialLink{{Network: "x", URL: "javascript:alert(1)"}} },
		"network name": func(s *warta.Settings) { s.Social = []warta.SocialLink{{URL: "https://x.com/a"}} },
	} {
		t.Run(name, func(t *testing.T) {
			s := warta.DefaultSettings()
			mutate(s)
			if warta.ErrorCode(s.Validate()) != warta.EINVALID {
				t.Error("accepted")
			}
		})
	}
}

func TestErrorCode(t *testing.T) {
	err := fmt.Errorf("wrap: %w", &warta.Error{Code: warta.ECONFLICT, Message: "stale"})
	if warta.ErrorCode(err) != warta.ECONFLICT || warta.ErrorMessage(err) != "stale" {
		t.Errorf("wrapped error: %s %s", warta.ErrorCode(err), warta.ErrorMessage(err))
	}
	if warta.ErrorCode(errors.New("disk on fire")) != warta.EINTERNAL || warta.ErrorMessage(errors.New("disk on fire")) != "internal error" {
		t.Error("plain errors must be internal and hide their text")
	}
	if warta.ErrorCode(nil) != "" {
		t.Error("nil has a code")
	}
}

func TestRedirectFromReservedPaths(t *testing.T) {
	for _, from := range []string{"/healthz", "/readyz", "/metrics", "/redaksi/x"} {
		if warta.ErrorCode(warta.ValidRedirectFrom(from)) != warta.EINVALID {
			t.Errorf("redirect from %s accepted", from)
		}
	}
}
