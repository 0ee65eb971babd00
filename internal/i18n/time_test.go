package i18n_test

import (
	"testing"
	"time"
	_ "time/tzdata" // the zone database, so the tests run anywhere

	"warta/internal/i18n"
)

// mustLoad loads an IANA zone or fails the test.
func mustLoad(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

// published is Monday 28 October 2024, 10:15 in Jakarta.
var published = time.Date(2024, 10, 28, 3, 15, 0, 0, time.UTC)

func TestDateTime(t *testing.T) {
	jakarta := mustLoad(t, "Asia/Jakarta")
	tests := []struct {
		name string
		t    time.Time
		loc  *time.Location
		lang i18n.Lang
		want string
	}{
		{"indonesian", published, jakarta, i18n.ID, "Senin, 28 Oktober 2024 10:15 WIB"},
		{"english", published, jakarta, i18n.EN, "Monday, 28 October 2024 10:15 WIB"},
		{"makassar", published, mustLoad(t, "Asia/Makassar"), i18n.ID, "Senin, 28 Oktober 2024 11:15 WITA"},
		{"jayapura", published, mustLoad(t, "Asia/Jayapura"), i18n.ID, "Senin, 28 Oktober 2024 12:15 WIT"},
		{"date changes with zone", time.Date(2024, 10, 27, 20, 5, 0, 0, time.UTC), jakarta, i18n.ID, "Senin, 28 Oktober 2024 03:05 WIB"},
		{"24-hour clock", time.Date(2024, 12, 31, 16, 59, 0, 0, time.UTC), jakarta, i18n.ID, "Selasa, 31 Desember 2024 23:59 WIB"},
		{"single-digit day", time.Date(2024, 8, 17, 3, 0, 0, 0, time.UTC), jakarta, i18n.ID, "Sabtu, 17 Agustus 2024 10:00 WIB"},
		{"friday", time.Date(2024, 11, 1, 5, 0, 0, 0, time.UTC), jakarta, i18n.ID, "Jumat, 1 November 2024 12:00 WIB"},
		{"nil location keeps t's", published, nil, i18n.EN, "Monday, 28 October 2024 03:15 UTC"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := i18n.DateTime(tc.t, tc.loc, tc.lang); got != tc.want {
				t.Errorf("DateTime = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDateFormats(t *testing.T) {
	jakarta := mustLoad(t, "Asia/Jakarta")
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"date id", i18n.Date(published, jakarta, i18n.ID), "Senin, 28 Oktober 2024"},
		{"date en", i18n.Date(published, jakarta, i18n.EN), "Monday, 28 October 2024"},
		{"short date id", i18n.ShortDate(published, jakarta, i18n.ID), "28 Okt 2024"},
		{"short date en", i18n.ShortDate(published, jakarta, i18n.EN), "28 Oct 2024"},
		{"short august id", i18n.ShortDate(time.Date(2024, 8, 5, 3, 0, 0, 0, time.UTC), jakarta, i18n.ID), "5 Agu 2024"},
		{"short may en", i18n.ShortDate(time.Date(2024, 5, 5, 3, 0, 0, 0, time.UTC), jakarta, i18n.EN), "5 May 2024"},
		{"clock", i18n.Clock(published, jakarta), "10:15"},
		{"clock midnight", i18n.Clock(time.Date(2024, 10, 27, 17, 0, 0, 0, time.UTC), jakarta), "00:00"},
		{"clock afternoon", i18n.Clock(time.Date(2024, 10, 28, 8, 7, 0, 0, time.UTC), jakarta), "15:07"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
}

func TestZoneLabel(t *testing.T) {
	tests := []struct {
		name string
		t    time.Time
		loc  *time.Location
		want string
	}{
		{"jakarta", published, mustLoad(t, "Asia/Jakarta"), "WIB"},
		{"pontianak", published, mustLoad(t, "Asia/Pontianak"), "WIB"},
		{"makassar", published, mustLoad(t, "Asia/Makassar"), "WITA"},
		{"jayapura", published, mustLoad(t, "Asia/Jayapura"), "WIT"},
		{"fixed WIB", published, time.FixedZone("WIB", 7*3600), "WIB"},
		{"fixed WITA", published, time.FixedZone("WITA", 8*3600), "WITA"},
		{"fixed WIT", published, time.FixedZone("WIT", 9*3600), "WIT"},
		{"fixed WIB with wrong offset", published, time.FixedZone("WIB", 8*3600), "WITA"},
		{"jakarta before 1964", time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC), mustLoad(t, "Asia/Jakarta"), "UTC+7:30"},
		{"unnamed +7", published, time.FixedZone("", 7*3600), "UTC+7"},
		{"bangkok numeric abbreviation", published, mustLoad(t, "Asia/Bangkok"), "UTC+7"},
		{"tokyo", published, mustLoad(t, "Asia/Tokyo"), "JST"},
		{"utc", published, time.UTC, "UTC"},
		{"sao paulo negative", published, mustLoad(t, "America/Sao_Paulo"), "UTC-3"},
		{"kathmandu minutes", published, mustLoad(t, "Asia/Kathmandu"), "UTC+5:45"},
		{"nil location keeps t's", published.In(mustLoad(t, "Asia/Makassar")), nil, "WITA"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := i18n.ZoneLabel(tc.t, tc.loc); got != tc.want {
				t.Errorf("ZoneLabel = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRelative(t *testing.T) {
	jakarta := mustLoad(t, "Asia/Jakarta")
	now := time.Date(2024, 10, 28, 10, 15, 0, 0, jakarta) // Monday
	tests := []struct {
		name string
		t    time.Time
		id   string
		en   string
	}{
		{"same instant", now, "baru saja", "just now"},
		{"59 seconds", now.Add(-59 * time.Second), "baru saja", "just now"},
		{"one minute", now.Add(-time.Minute), "1 menit lalu", "1 minute ago"},
		{"five minutes", now.Add(-5*time.Minute - 30*time.Second), "5 menit lalu", "5 minutes ago"},
		{"59 minutes", now.Add(-59 * time.Minute), "59 menit lalu", "59 minutes ago"},
		{"one hour", now.Add(-time.Hour), "1 jam lalu", "1 hour ago"},
		{"two hours", now.Add(-2 * time.Hour), "2 jam lalu", "2 hours ago"},
		{"late yesterday is hours", time.Date(2024, 10, 27, 23, 0, 0, 0, jakarta), "11 jam lalu", "11 hours ago"},
		{"23 hours 59", now.Add(-24*time.Hour + time.Minute), "23 jam lalu", "23 hours ago"},
		{"24 hours is yesterday", now.Add(-24 * time.Hour), "kemarin", "yesterday"},
		{"early yesterday", time.Date(2024, 10, 27, 0, 5, 0, 0, jakarta), "kemarin", "yesterday"},
		{"two calendar days", time.Date(2024, 10, 26, 23, 0, 0, 0, jakarta), "2 hari lalu", "2 days ago"},
		{"six days", time.Date(2024, 10, 22, 9, 0, 0, 0, jakarta), "6 hari lalu", "6 days ago"},
		{"seven days is a date", time.Date(2024, 10, 21, 12, 0, 0, 0, jakarta), "Senin, 21 Oktober 2024", "Monday, 21 October 2024"},
		{"long ago", time.Date(2023, 1, 2, 12, 0, 0, 0, jakarta), "Senin, 2 Januari 2023", "Monday, 2 January 2023"},
		{"future within a minute", now.Add(50 * time.Second), "baru saja", "just now"},
		{"future beyond a minute", now.Add(2 * time.Hour), "Senin, 28 Oktober 2024 12:15 WIB", "Monday, 28 October 2024 12:15 WIB"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Pass UTC times: Relative must read calendar days in loc.
			if got := i18n.Relative(tc.t.UTC(), now.UTC(), jakarta, i18n.ID); got != tc.id {
				t.Errorf("Relative id = %q, want %q", got, tc.id)
			}
			if got := i18n.Relative(tc.t.UTC(), now.UTC(), jakarta, i18n.EN); got != tc.en {
				t.Errorf("Relative en = %q, want %q", got, tc.en)
			}
		})
	}
	t.Run("calendar day depends on zone", func(t *testing.T) {
		// Tuesday 05:00 WIT and 30 hours earlier, Sunday 23:00 WIT, are
		// two calendar days apart in Jayapura; at UTC-10 the same instants
		// fall on Monday 10:00 and Sunday 04:00, one day apart.
		jayapura := mustLoad(t, "Asia/Jayapura")
		now := time.Date(2024, 10, 29, 5, 0, 0, 0, jayapura)
		then := now.Add(-30 * time.Hour)
		if got := i18n.Relative(then, now, jayapura, i18n.EN); got != "2 days ago" {
			t.Errorf("in Jayapura: %q, want %q", got, "2 days ago")
		}
		if got := i18n.Relative(then, now, time.FixedZone("", -10*3600), i18n.EN); got != "yesterday" {
			t.Errorf("at UTC-10: %q, want %q", got, "yesterday")
		}
	})
}

func BenchmarkDateTime(b *testing.B) {
	jakarta := mustLoad(b, "Asia/Jakarta")
	b.ReportAllocs()
	for b.Loop() {
		i18n.DateTime(published, jakarta, i18n.ID)
	}
}

func BenchmarkRelative(b *testing.B) {
	jakarta := mustLoad(b, "Asia/Jakarta")
	now := published.Add(3 * time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		i18n.Relative(published, now, jakarta, i18n.ID)
	}
}
