package i18n

import (
	"strconv"
	"time"
)

// Day and month names, indexed by time.Weekday and time.Month-1.
var (
	dayNames = map[Lang][7]string{
		ID: {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"},
		EN: {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	}
	monthNames = map[Lang][12]string{
		ID: {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
			"Agustus", "September", "Oktober", "November", "Desember"},
		EN: {"January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December"},
	}
	shortMonthNames = map[Lang][12]string{
		ID: {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"},
		EN: {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	}
)

// known returns lang if it has tables of its own, and ID otherwise.
func known(lang Lang) Lang {
	if lang == EN {
		return EN
	}
	return ID
}

// in returns t in loc, or t unchanged for a nil loc.
func in(t time.Time, loc *time.Location) time.Time {
	if loc == nil {
		return t
	}
	return t.In(loc)
}

// DateTime formats t in loc as "Senin, 28 Oktober 2024 10:15 WIB" (in
// English "Monday, 28 October 2024 10:15 WIB"), with a 24-hour clock and
// the zone label of ZoneLabel. A nil loc keeps t's own location.
func DateTime(t time.Time, loc *time.Location, lang Lang) string {
	t = in(t, loc)
	b := make([]byte, 0, 48)
	b = appendDate(b, t, lang)
	b = append(b, ' ')
	b = appendClock(b, t)
	b = append(b, ' ')
	b = append(b, ZoneLabel(t, nil)...)
	return string(b)
}

// Date formats t in loc as "Senin, 28 Oktober 2024" (in English
// "Monday, 28 October 2024").
func Date(t time.Time, loc *time.Location, lang Lang) string {
	return string(appendDate(make([]byte, 0, 32), in(t, loc), lang))
}

// ShortDate formats t in loc as "28 Okt 2024" (in English "28 Oct 2024").
func ShortDate(t time.Time, loc *time.Location, lang Lang) string {
	t = in(t, loc)
	b := make([]byte, 0, 16)
	b = strconv.AppendInt(b, int64(t.Day()), 10)
	b = append(b, ' ')
	b = append(b, shortMonthNames[known(lang)][t.Month()-1]...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(t.Year()), 10)
	return string(b)
}

// Clock formats the time of day of t in loc on a 24-hour clock: "10:15".
func Clock(t time.Time, loc *time.Location) string {
	return string(appendClock(make([]byte, 0, 5), in(t, loc)))
}

func appendDate(b []byte, t time.Time, lang Lang) []byte {
	lang = known(lang)
	b = append(b, dayNames[lang][t.Weekday()]...)
	b = append(b, ", "...)
	b = strconv.AppendInt(b, int64(t.Day()), 10)
	b = append(b, ' ')
	b = append(b, monthNames[lang][t.Month()-1]...)
	b = append(b, ' ')
	return strconv.AppendInt(b, int64(t.Year()), 10)
}

func appendClock(b []byte, t time.Time) []byte {
	h, m := t.Hour(), t.Minute()
	return append(b, byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10))
}

// indonesianZones are the IANA names of Indonesia's time zones with the
// label of each.
var indonesianZones = map[string]string{
	"Asia/Jakarta":       "WIB",
	"Asia/Pontianak":     "WIB",
	"Asia/Makassar":      "WITA",
	"Asia/Ujung_Pandang": "WITA",
	"Asia/Jayapura":      "WIT",
}

// ZoneLabel names the time zone of t in loc (nil keeps t's location) the
// way Indonesian readers know it: "WIB" at UTC+7, "WITA" at UTC+8 and
// "WIT" at UTC+9 when loc is one of Indonesia's zones (Asia/Jakarta,
// Asia/Pontianak, Asia/Makassar, Asia/Jayapura) or a fixed zone named
// WIB, WITA or WIT. Otherwise it is the zone's abbreviation at t if that
// is alphabetic ("UTC", "JST"), else the offset, as in "UTC+7" or
// "UTC+5:30". Offsets that do not match an Indonesian label (such as
// Jakarta's historical +7:30) are written as offsets too.
func ZoneLabel(t time.Time, loc *time.Location) string {
	t = in(t, loc)
	name, offset := t.Zone()
	_, indonesian := indonesianZones[t.Location().String()]
	switch name {
	case "WIB", "WITA", "WIT":
		indonesian = true
	}
	if indonesian {
		switch offset {
		case 7 * 3600:
			return "WIB"
		case 8 * 3600:
			return "WITA"
		case 9 * 3600:
			return "WIT"
		}
		return utcOffset(offset)
	}
	if alphabetic(name) {
		return name
	}
	return utcOffset(offset)
}

func alphabetic(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}

// utcOffset writes an offset in seconds as "UTC", "UTC+7", "UTC-3" or
// "UTC+5:30".
func utcOffset(offset int) string {
	if offset == 0 {
		return "UTC"
	}
	b := []byte("UTC+")
	if offset < 0 {
		b[3] = '-'
		offset = -offset
	}
	b = strconv.AppendInt(b, int64(offset/3600), 10)
	if m := offset % 3600 / 60; m != 0 {
		b = append(b, ':', byte('0'+m/10), byte('0'+m%10))
	}
	return string(b)
}

// Relative describes t as seen at now, for lists and article pages:
//
//   - under a minute: "baru saja" ("just now");
//   - under an hour: "5 menit lalu" ("5 minutes ago", "1 minute ago");
//   - under 24 hours: "2 jam lalu" ("2 hours ago"), even when t fell on
//     the previous calendar day, so a story from 23:00 is "9 jam lalu"
//     rather than "kemarin" at 08:00;
//   - 24 hours or more and on the previous calendar day in loc:
//     "kemarin" ("yesterday");
//   - fewer than 7 calendar days back in loc: "3 hari lalu" ("3 days
//     ago");
//   - otherwise Date(t, loc, lang).
//
// A t in the future (clock skew between servers) is "baru saja" up to a
// minute ahead and DateTime(t, loc, lang) beyond that.
func Relative(t, now time.Time, loc *time.Location, lang Lang) string {
	d := now.Sub(t)
	switch {
	case d < 0:
		if -d < time.Minute {
			return T(lang, "time.just_now")
		}
		return DateTime(t, loc, lang)
	case d < time.Minute:
		return T(lang, "time.just_now")
	case d < time.Hour:
		return plural(lang, int(d/time.Minute), "time.minute_ago", "time.minutes_ago")
	case d < 24*time.Hour:
		return plural(lang, int(d/time.Hour), "time.hour_ago", "time.hours_ago")
	}
	switch days := calendarDays(in(t, loc), in(now, loc)); {
	case days < 1: // only on a 25-hour day when clocks go back
		return plural(lang, int(d/time.Hour), "time.hour_ago", "time.hours_ago")
	case days == 1:
		return T(lang, "time.yesterday")
	case days < 7:
		return T(lang, "time.days_ago", days)
	}
	return Date(t, loc, lang)
}

func plural(lang Lang, n int, one, many string) string {
	if n == 1 {
		return T(lang, one, n)
	}
	return T(lang, many, n)
}

// calendarDays returns how many calendar days t's date is before now's
// date, each read in its own location.
func calendarDays(t, now time.Time) int {
	y1, m1, d1 := t.Date()
	y2, m2, d2 := now.Date()
	a := time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)
	b := time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC)
	return int(b.Sub(a) / (24 * time.Hour))
}
