package search

import (
	"sort"
	"strings"
)

// abbreviations are short forms common in Indonesian news with their long
// forms. A short form written in capitals here ("AS") is an acronym: in
// article text it is recognised only when written in capitals, so that the
// English "as" stays a word; mixed-case ones ("Korut") are recognised in any
// case. Queries are matched without regard to case.
var abbreviations = []struct {
	short string
	long  []string
}{
	// Countries and regions.
	{"AS", []string{"Amerika Serikat"}},
	{"RI", []string{"Republik Indonesia", "Indonesia"}},
	{"Korut", []string{"Korea Utara"}},
	{"Korsel", []string{"Korea Selatan"}},
	{"PBB", []string{"Perserikatan Bangsa-Bangsa"}},
	{"DKI", []string{"Jakarta"}},
	{"Jakut", []string{"Jakarta Utara"}},
	{"Jaksel", []string{"Jakarta Selatan"}},
	{"Jakbar", []string{"Jakarta Barat"}},
	{"Jaktim", []string{"Jakarta Timur"}},
	{"Jakpus", []string{"Jakarta Pusat"}},
	{"Jabar", []string{"Jawa Barat"}},
	{"Jateng", []string{"Jawa Tengah"}},
	{"Jatim", []string{"Jawa Timur"}},
	{"DIY", []string{"Daerah Istimewa Yogyakarta"}},
	{"Sumut", []string{"Sumatera Utara", "Sumatra Utara"}},
	{"Sumbar", []string{"Sumatera Barat", "Sumatra Barat"}},
	{"Sumsel", []string{"Sumatera Selatan", "Sumatra Selatan"}},
	{"Kepri", []string{"Kepulauan Riau"}},
	{"Babel", []string{"Bangka Belitung"}},
	{"Kalbar", []string{"Kalimantan Barat"}},
	{"Kalteng", []string{"Kalimantan Tengah"}},
	{"Kalsel", []string{"Kalimantan Selatan"}},
	{"Kaltim", []string{"Kalimantan Timur"}},
	{"Kaltara", []string{"Kalimantan Utara"}},
	{"Sulut", []string{"Sulawesi Utara"}},
	{"Sulteng", []string{"Sulawesi Tengah"}},
	{"Sulsel", []string{"Sulawesi Selatan"}},
	{"Sultra", []string{"Sulawesi Tenggara"}},
	{"Sulbar", []string{"Sulawesi Barat"}},
	{"NTB", []string{"Nusa Tenggara Barat"}},
	{"NTT", []string{"Nusa Tenggara Timur"}},
	{"IKN", []string{"Ibu Kota Nusantara"}},
	{"Tangsel", []string{"Tangerang Selatan"}},
	{"Malut", []string{"Maluku Utara"}},
	{"Jalinsum", []string{"Jalan Lintas Sumatera", "Jalan Lintas Sumatra"}},

	// Government, parliament, courts, agencies.
	{"Pemprov", []string{"pemerintah provinsi"}},
	{"Pemkot", []string{"pemerintah kota"}},
	{"Pemkab", []string{"pemerintah kabupaten"}},
	{"Pemda", []string{"pemerintah daerah"}},
	{"Pemdes", []string{"pemerintah desa"}},
	{"Gubsu", []string{"Gubernur Sumatera Utara", "Gubernur Sumatra Utara"}},
	{"Wagub", []string{"wakil gubernur"}},
	{"Wabup", []string{"wakil bupati"}},
	{"Wawali", []string{"wakil wali kota"}},
	{"Wawalkot", []string{"wakil wali kota"}},
	{"Sekda", []string{"sekretaris daerah"}},
	{"Kades", []string{"kepala desa"}},
	{"Kadis", []string{"kepala dinas"}},
	{"Kabid", []string{"kepala bidang"}},
	{"Dinkes", []string{"dinas kesehatan"}},
	{"Disdik", []string{"dinas pendidikan"}},
	{"Dishub", []string{"dinas perhubungan"}},
	{"Disdukcapil", []string{"Dinas Kependudukan dan Pencatatan Sipil"}},
	{"Dukcapil", []string{"kependudukan dan pencatatan sipil"}},
	{"Humas", []string{"hubungan masyarakat"}},
	{"Satpol", []string{"Satuan Polisi Pamong Praja"}},
	{"Damkar", []string{"pemadam kebakaran"}},
	{"Bumdes", []string{"badan usaha milik desa"}},
	{"Dirjen", []string{"direktur jenderal"}},
	{"Ditjen", []string{"direktorat jenderal"}},
	{"Dirut", []string{"direktur utama"}},
	{"Wapres", []string{"wakil presiden"}},
	{"Mendagri", []string{"Menteri Dalam Negeri"}},
	{"Menlu", []string{"Menteri Luar Negeri"}},
	{"Menkeu", []string{"Menteri Keuangan"}},
	{"Menkes", []string{"Menteri Kesehatan"}},
	{"Kemendagri", []string{"Kementerian Dalam Negeri"}},
	{"Kemenlu", []string{"Kementerian Luar Negeri"}},
	{"Kemenkeu", []string{"Kementerian Keuangan"}},
	{"Kemenkes", []string{"Kementerian Kesehatan"}},
	{"Kemenag", []string{"Kementerian Agama"}},
	{"Menag", []string{"Menteri Agama"}},
	{"Menpora", []string{"Menteri Pemuda dan Olahraga"}},
	{"Kemenpora", []string{"Kementerian Pemuda dan Olahraga"}},
	{"Menhub", []string{"Menteri Perhubungan"}},
	{"Kemenhub", []string{"Kementerian Perhubungan"}},
	{"Mendikbud", []string{"Menteri Pendidikan dan Kebudayaan"}},
	{"Kemendikbud", []string{"Kementerian Pendidikan dan Kebudayaan"}},
	{"Menkumham", []string{"Menteri Hukum dan Hak Asasi Manusia"}},
	{"Kemenkumham", []string{"Kementerian Hukum dan Hak Asasi Manusia"}},
	{"Menkominfo", []string{"Menteri Komunikasi dan Informatika"}},
	{"Kemenkominfo", []string{"Kementerian Komunikasi dan Informatika"}},
	{"Kominfo", []string{"Kementerian Komunikasi dan Informatika", "komunikasi dan informatika"}},
	{"Mentan", []string{"Menteri Pertanian"}},
	{"Kementan", []string{"Kementerian Pertanian"}},
	{"Menpar", []string{"Menteri Pariwisata"}},
	{"Kemenpar", []string{"Kementerian Pariwisata"}},
	{"Menaker", []string{"Menteri Ketenagakerjaan"}},
	{"Kemnaker", []string{"Kementerian Ketenagakerjaan"}},
	{"Kemenaker", []string{"Kementerian Ketenagakerjaan"}},
	{"Mensos", []string{"Menteri Sosial"}},
	{"Kemensos", []string{"Kementerian Sosial"}},
	{"Menhan", []string{"Menteri Pertahanan"}},
	{"Kemenhan", []string{"Kementerian Pertahanan"}},
	{"Mendag", []string{"Menteri Perdagangan"}},
	{"Kemendag", []string{"Kementerian Perdagangan"}},
	{"PUPR", []string{"Pekerjaan Umum dan Perumahan Rakyat"}},
	{"DPR", []string{"Dewan Perwakilan Rakyat"}},
	{"DPRD", []string{"Dewan Perwakilan Rakyat Daerah"}},
	{"MPR", []string{"Majelis Permusyawaratan Rakyat"}},
	{"MA", []string{"Mahkamah Agung"}},
	{"MK", []string{"Mahkamah Konstitusi"}},
	{"KPK", []string{"Komisi Pemberantasan Korupsi"}},
	{"KPU", []string{"Komisi Pemilihan Umum"}},
	{"Bawaslu", []string{"Badan Pengawas Pemilu", "Badan Pengawas Pemilihan Umum"}},
	{"BMKG", []string{"Badan Meteorologi, Klimatologi, dan Geofisika"}},
	{"Basarnas", []string{"Badan SAR Nasional", "Badan Nasional Pencarian dan Pertolongan"}},
	{"BPK", []string{"Badan Pemeriksa Keuangan"}},
	{"BPS", []string{"Badan Pusat Statistik"}},
	{"BIN", []string{"Badan Intelijen Negara"}},
	{"KPAI", []string{"Komisi Perlindungan Anak Indonesia"}},
	{"Komnas", []string{"Komisi Nasional"}},
	{"HAM", []string{"hak asasi manusia"}},
	{"BNPB", []string{"Badan Nasional Penanggulangan Bencana"}},
	{"BPBD", []string{"Badan Penanggulangan Bencana Daerah"}},
	{"BNN", []string{"Badan Narkotika Nasional"}},
	{"BPJS", []string{"Badan Penyelenggara Jaminan Sosial"}},
	{"BUMN", []string{"Badan Usaha Milik Negara"}},
	{"BI", []string{"Bank Indonesia"}},
	{"OJK", []string{"Otoritas Jasa Keuangan"}},
	{"APBN", []string{"Anggaran Pendapatan dan Belanja Negara"}},
	{"APBD", []string{"Anggaran Pendapatan dan Belanja Daerah"}},
	{"ASN", []string{"aparatur sipil negara"}},
	{"PNS", []string{"pegawai negeri sipil"}},
	{"UU", []string{"undang-undang"}},
	{"Perppu", []string{"peraturan pemerintah pengganti undang-undang"}},
	{"Perda", []string{"peraturan daerah"}},

	// Police, military, justice.
	{"Polri", []string{"Kepolisian Negara Republik Indonesia", "kepolisian"}},
	{"Polda", []string{"Kepolisian Daerah"}},
	{"Polres", []string{"Kepolisian Resor"}},
	{"Polresta", []string{"Kepolisian Resor Kota"}},
	{"Polrestabes", []string{"Kepolisian Resor Kota Besar"}},
	{"Polsek", []string{"Kepolisian Sektor"}},
	{"Kapolri", []string{"Kepala Kepolisian Negara Republik Indonesia", "Kepala Polri"}},
	{"Kapolda", []string{"Kepala Kepolisian Daerah", "Kepala Polda"}},
	{"Kapolres", []string{"Kepala Kepolisian Resor", "Kepala Polres"}},
	{"Kapolsek", []string{"Kepala Kepolisian Sektor", "Kepala Polsek"}},
	{"Reskrim", []string{"reserse kriminal"}},
	{"Satreskrim", []string{"Satuan Reserse Kriminal"}},
	{"Brimob", []string{"Brigade Mobil"}},
	{"Polwan", []string{"polisi wanita"}},
	{"Mabes", []string{"markas besar"}},
	{"Bareskrim", []string{"Badan Reserse Kriminal"}},
	{"Densus", []string{"Detasemen Khusus"}},
	{"TNI", []string{"Tentara Nasional Indonesia", "tentara"}},
	{"Kodam", []string{"Komando Daerah Militer"}},
	{"Kodim", []string{"Komando Distrik Militer"}},
	{"Koramil", []string{"Komando Rayon Militer"}},
	{"Pangdam", []string{"Panglima Kodam", "Panglima Komando Daerah Militer"}},
	{"Dandim", []string{"Komandan Kodim", "Komandan Komando Distrik Militer"}},
	{"Babinsa", []string{"Bintara Pembina Desa"}},
	{"Kejagung", []string{"Kejaksaan Agung"}},
	{"Kejati", []string{"Kejaksaan Tinggi"}},
	{"Kejari", []string{"Kejaksaan Negeri"}},
	{"Kajati", []string{"Kepala Kejaksaan Tinggi", "Kepala Kejati"}},
	{"Kajari", []string{"Kepala Kejaksaan Negeri", "Kepala Kejari"}},
	{"JPU", []string{"jaksa penuntut umum"}},
	{"Tipikor", []string{"tindak pidana korupsi"}},
	{"OTT", []string{"operasi tangkap tangan"}},
	{"TKP", []string{"tempat kejadian perkara"}},
	{"Lapas", []string{"lembaga pemasyarakatan"}},
	{"Rutan", []string{"rumah tahanan"}},
	{"Napi", []string{"narapidana"}},
	{"Satgas", []string{"satuan tugas"}},
	{"Sajam", []string{"senjata tajam"}},
	{"Miras", []string{"minuman keras"}},
	{"KDRT", []string{"kekerasan dalam rumah tangga"}},
	{"PSK", []string{"pekerja seks komersial"}},
	{"ODGJ", []string{"orang dengan gangguan jiwa"}},
	{"Laka", []string{"kecelakaan"}},
	{"Lakalantas", []string{"kecelakaan lalu lintas"}},
	{"Karhutla", []string{"kebakaran hutan dan lahan", "kebakaran hutan"}},

	// Elections and politics.
	{"Pemilu", []string{"pemilihan umum"}},
	{"Pilkada", []string{"pemilihan kepala daerah"}},
	{"Pilpres", []string{"pemilihan presiden"}},
	{"Pileg", []string{"pemilihan legislatif"}},
	{"Capres", []string{"calon presiden"}},
	{"Cawapres", []string{"calon wakil presiden"}},
	{"Pilgub", []string{"pemilihan gubernur"}},
	{"Cagub", []string{"calon gubernur"}},
	{"Pilkades", []string{"pemilihan kepala desa"}},
	{"Caleg", []string{"calon legislatif", "calon anggota legislatif"}},
	{"Parpol", []string{"partai politik"}},
	{"Ormas", []string{"organisasi kemasyarakatan", "organisasi masyarakat"}},
	{"Jokowi", []string{"Joko Widodo"}},
	{"SBY", []string{"Susilo Bambang Yudhoyono"}},

	// Economy, society, services.
	{"UMKM", []string{"usaha mikro, kecil, dan menengah"}},
	{"BBM", []string{"bahan bakar minyak"}},
	{"PHK", []string{"pemutusan hubungan kerja"}},
	{"Ojol", []string{"ojek online"}},
	{"Medsos", []string{"media sosial"}},
	{"Sembako", []string{"sembilan bahan pokok"}},
	{"Bansos", []string{"bantuan sosial"}},
	{"Migas", []string{"minyak dan gas bumi", "minyak dan gas"}},
	{"PLN", []string{"Perusahaan Listrik Negara"}},
	{"KAI", []string{"Kereta Api Indonesia"}},
	{"PDAM", []string{"Perusahaan Daerah Air Minum"}},
	{"Ortu", []string{"orang tua"}},
	{"HUT", []string{"hari ulang tahun"}},
	{"THR", []string{"tunjangan hari raya"}},
	{"WNI", []string{"warga negara Indonesia"}},
	{"WNA", []string{"warga negara asing"}},
	{"TKI", []string{"tenaga kerja Indonesia"}},
	{"KTP", []string{"kartu tanda penduduk"}},
	{"SIM", []string{"surat izin mengemudi"}},
	{"KRL", []string{"kereta rel listrik"}},
	{"RS", []string{"rumah sakit"}},
	{"RSUD", []string{"rumah sakit umum daerah"}},
	{"Puskesmas", []string{"pusat kesehatan masyarakat"}},
	{"SD", []string{"sekolah dasar"}},
	{"SMP", []string{"sekolah menengah pertama"}},
	{"SMA", []string{"sekolah menengah atas"}},
	{"PTN", []string{"perguruan tinggi negeri"}},

	// Sport.
	{"Timnas", []string{"tim nasional"}},
	{"PSSI", []string{"Persatuan Sepak Bola Seluruh Indonesia"}},
}

// abbrev is one short form, analysed.
type abbrev struct {
	short   string     // normalised short form, the term indexed for it
	acronym bool       // recognised in article text only in capitals
	phrases []string   // each long form's analysed terms, space-separated
	index   [][]string // the long forms' terms that Analyze adds, none contained in another
}

// longForm is a long form's terms, leading to the short forms it stands for.
type longForm struct {
	terms  []string
	shorts []string
}

type abbrevTable struct {
	byShort map[string]*abbrev
	gate    *gate // before byShort
	// byFirst lists long forms by their first term, longest first.
	byFirst map[string][]longForm
}

var abbrevs = buildAbbrevs()

func buildAbbrevs() abbrevTable {
	t := abbrevTable{byShort: map[string]*abbrev{}, gate: new(gate), byFirst: map[string][]longForm{}}
	for _, e := range abbreviations {
		short := strings.ToLower(e.short)
		t.byShort[short] = &abbrev{short: short, acronym: e.short == strings.ToUpper(e.short)}
		t.gate.add(short)
	}
	for _, e := range abbreviations {
		short := strings.ToLower(e.short)
		a := t.byShort[short]
		var forms [][]string
		for _, l := range e.long {
			terms := t.analyzeLong(l)
			forms = append(forms, terms)
			a.phrases = append(a.phrases, strings.Join(terms, " "))
			t.addLong(terms, short)
		}
		for i, f := range forms {
			inside := false
			for j, g := range forms {
				if i != j && len(g) > len(f) && containsRun(g, f) {
					inside = true
				}
			}
			if !inside {
				a.index = append(a.index, f)
			}
		}
	}
	for _, forms := range t.byFirst {
		sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].terms) > len(forms[j].terms) })
	}
	return t
}

func (t abbrevTable) addLong(terms []string, short string) {
	forms := t.byFirst[terms[0]]
	for i, f := range forms {
		if equalTerms(f.terms, terms) {
			if !contains(f.shorts, short) {
				forms[i].shorts = append(forms[i].shorts, short)
			}
			return
		}
	}
	t.byFirst[terms[0]] = append(forms, longForm{terms: terms, shorts: []string{short}})
}

// analyzeLong gives a long form's terms as Analyze indexes them, without
// the extra terms: a short form inside it ("Badan Pengawas Pemilu") stays
// itself, as it does in article text.
func (t abbrevTable) analyzeLong(s string) []string {
	var terms []string
	walkTerms(s, t, false, func(tw termWord) { terms = append(terms, tw.term) })
	return terms
}

// lookup finds the abbreviation a token stands for. In article text an
// acronym counts only in capitals; in a query, in any case.
func (t abbrevTable) lookup(tok token, query bool) *abbrev {
	if !t.gate.pass(tok.text) {
		return nil
	}
	a := t.byShort[tok.text]
	if a == nil || (a.acronym && !tok.upper && !query) {
		return nil
	}
	return a
}

// match finds the longest long form at the start of terms.
func (t abbrevTable) match(terms []string) (longForm, bool) {
	for _, f := range t.byFirst[terms[0]] {
		if len(f.terms) <= len(terms) && equalTerms(f.terms, terms[:len(f.terms)]) {
			return f, true
		}
	}
	return longForm{}, false
}

func equalTerms(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// containsRun reports whether run occurs in list as consecutive items.
func containsRun(list, run []string) bool {
	for i := 0; i+len(run) <= len(list); i++ {
		if equalTerms(list[i:i+len(run)], run) {
			return true
		}
	}
	return false
}
