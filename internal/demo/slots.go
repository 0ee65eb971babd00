package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// numberWords spells out 2–9 as Indonesian style guides ask for in prose.
var numberWords = []string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}

// weekdays and months in Indonesian.
var weekdays = []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}

// thousands formats n with dots between groups of three digits.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// decimal formats tenths with an Indonesian decimal comma, e.g. 47 → "4,7".
func decimal(tenths int) string {
	return fmt.Sprintf("%d,%d", tenths/10, tenths%10)
}

// fillSlots chooses the per-article values every template may use.
func fillSlots(r *rand.Rand, st *story, sc *sectionCopy, when time.Time) (map[string]string, error) {
	s := map[string]string{}
	if len(st.jobs) > 0 {
		s["pekerjaan"] = st.jobs[r.IntN(len(st.jobs))]
	} else {
		s["pekerjaan"] = genericJobs[r.IntN(len(genericJobs))]
	}
	// A resident introduced as a mother or a woman gets a woman's name.
	wargaSex := anyone
	if strings.HasPrefix(s["pekerjaan"], "ibu ") || strings.Contains(s["pekerjaan"], "perempuan") {
		wargaSex = female
	}
	people := pickNames(r, anyone, anyone, wargaSex)
	s["pejabat"], s["ahli"], s["warga"] = people[0], people[1], people[2]
	c := cities[r.IntN(len(cities))]
	if st.scope == national {
		c = jakarta
	}
	s["kota"], s["provinsi"] = c.name, c.province
	f := foreign[r.IntN(len(foreign))]
	s["negara"], s["kotaln"] = f[0], f[1]
	labs := sc.labs
	if len(labs) == 0 {
		labs = institutions
	}
	s["lembaga"] = labs[r.IntN(len(labs))]
	s["bidang"] = st.expert
	s["usia"] = fmt.Sprint(22 + r.IntN(42))
	wib := when.In(wibZone)
	s["hari"] = weekdays[wib.Weekday()]
	s["tgl"] = fmt.Sprintf("%d/%d/%d", wib.Day(), int(wib.Month()), wib.Year())
	ago := wib.Add(-time.Duration(40+r.IntN(150)) * time.Minute).Add(time.Duration(c.offset) * time.Hour)
	s["jam"] = fmt.Sprintf("pukul %02d.%02d %s", ago.Hour(), ago.Minute(), c.zone)
	s["tahun"] = fmt.Sprint(wib.Year())
	s["tahundepan"] = fmt.Sprint(wib.Year() + 1)
	n1 := 2 + r.IntN(8)
	s["n1"], s["n1d"] = numberWords[n1], fmt.Sprint(n1)
	s["n2"] = fmt.Sprint(12 + r.IntN(84))
	s["n3"] = fmt.Sprint(120 + r.IntN(87)*10)
	s["n4"] = thousands(1200 + r.IntN(946)*50)
	s["p1"] = decimal(12 + r.IntN(87))
	s["p2"] = fmt.Sprint(11 + r.IntN(54))
	s["rpt"] = decimal(11 + r.IntN(88))
	s["rpm"] = fmt.Sprint(60 + r.IntN(179)*5)
	s["rpk"] = fmt.Sprint(2 + r.IntN(47))
	s["inisial"] = string(rune('A'+r.IntN(26))) + string(rune('A'+r.IntN(26)))
	if len(st.orgs) > 0 {
		s["org"] = st.orgs[r.IntN(len(st.orgs))]
	}
	if sc.extra != nil {
		sc.extra(r, s)
	}
	// Values that are templates themselves are expanded last.
	for _, k := range []string{"pekerjaan", "org"} {
		if v, ok := s[k]; ok {
			e, err := expand(v, s)
			if err != nil {
				return nil, err
			}
			s[k] = e
		}
	}
	role, err := expand(st.role, s)
	if err != nil {
		return nil, err
	}
	s["jabatan"] = role
	return s, nil
}

// sex selects the first-name list a name is drawn from.
type sex int

const (
	anyone sex = iota
	male
	female
)

// pickNames returns invented Indonesian names, one per requested sex,
// with different first names.
func pickNames(r *rand.Rand, want ...sex) []string {
	var out []string
	for len(out) < len(want) {
		list := maleNames
		switch want[len(out)] {
		case female:
			list = femaleNames
		case anyone:
			if r.IntN(2) == 0 {
				list = femaleNames
			}
		}
		name := list[r.IntN(len(list))] + " " + lastNames[r.IntN(len(lastNames))]
		dup := false
		for _, o := range out {
			dup = dup || strings.Fields(o)[0] == strings.Fields(name)[0]
		}
		if !dup {
			out = append(out, name)
		}
	}
	return out
}

// wibZone is Western Indonesian Time, which has no daylight saving.
var wibZone = time.FixedZone("WIB", 7*3600)
