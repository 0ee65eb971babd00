package search

// exceptions are words whose stem Warta sets itself instead of leaving it
// to the Snowball rules, which cannot know them without a dictionary. Each
// word gets the one stem given, with no alternatives (see Candidates), as
// do its forms with a particle or a possessive ("sekolahnya",
// "menikahlah"). These are the only words on which Stem departs from
// Snowball's stemwords; TestStemMatchesSnowball leaves them out and
// TestStemExceptions checks them.
//
// The list is written by hand for Warta and kept short: frequent words of
// Indonesian news, no dictionary.
var exceptions = []struct {
	stem  string
	words []string
}{
	// Roots that end in -lah, -kah or -pun. Snowball takes the ending for
	// a particle whenever the word ends in it, so the root loses it when
	// it stands bare or with a prefix only (sekolah, bersekolah → seko;
	// masalah → masa, the word for "time"; menikah → meni) and keeps it
	// under a suffix (persekolahan, permasalahan → sekolah, masalah;
	// pernikahan, dinikahi → nikah). Bare roots of two syllables (salah,
	// kalah, olah, nikah) are too short for Snowball to touch; their
	// prefixed forms are listed. sebelah (beside) keeps its se-.
	{"sekolah", []string{"sekolah", "bersekolah"}},
	{"masalah", []string{"masalah", "bermasalah"}},
	// menikahi and menikahkan end in no particle, but their men- is
	// ambiguous (ikah, tikah, nikah): one reading is enough.
	{"nikah", []string{"menikah", "menikahi", "menikahkan"}},
	{"salah", []string{"bersalah"}},
	{"kalah", []string{"mengalah"}},
	{"olah", []string{"mengolah", "diolah", "pengolah"}},
	{"langkah", []string{"melangkah", "selangkah"}},
	{"himpun", []string{"menghimpun", "dihimpun", "terhimpun"}},
	{"ulah", []string{"berulah"}},
	{"sedekah", []string{"sedekah", "bersedekah"}},
	{"sebelah", []string{"sebelah"}},
	{"istilah", []string{"istilah"}},
	{"majalah", []string{"majalah"}},
	{"makalah", []string{"makalah"}},

	// Derived words that took a meaning of their own, whose Snowball root
	// is another frequent news word: pengacara (lawyer) is not acara
	// (event, programme), perdana (first, prime) not dana (funds),
	// penduduk (inhabitant) not duduk (sit). Each keeps its whole form.
	{"pengacara", []string{"pengacara"}},
	{"perdana", []string{"perdana"}},
	{"penduduk", []string{"penduduk", "kependudukan"}},
}

// exceptionTable holds the exceptions by word, behind a gate.
type exceptionTable struct {
	stems map[string]string
	gate  gate
}

var exceptionStems = buildExceptions()

func buildExceptions() exceptionTable {
	t := exceptionTable{stems: map[string]string{}}
	for _, e := range exceptions {
		for _, w := range e.words {
			t.stems[w] = e.stem
			t.gate.add(w)
		}
	}
	return t
}

func (t *exceptionTable) lookup(w string) (string, bool) {
	if !t.gate.pass(w) {
		return "", false
	}
	s, ok := t.stems[w]
	return s, ok
}

// exceptionOf finds word in the exceptions as it stands, less a particle,
// or less a particle and then a possessive, as Snowball would remove them
// ("menikahlah", "sekolahnya", "masalahnyapun").
func exceptionOf(word string) (string, bool) {
	if s, ok := exceptionStems.lookup(word); ok {
		return s, true
	}
	w := word
	if n := particleLen(w); n > 0 {
		w = w[:len(w)-n]
		if s, ok := exceptionStems.lookup(w); ok {
			return s, true
		}
	}
	if n := possessiveLen(w); n > 0 {
		return exceptionStems.lookup(w[:len(w)-n])
	}
	return "", false
}
