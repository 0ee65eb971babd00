package demo

import "warta"

// personDef is a member of the demo newsroom or a guest columnist.
type personDef struct {
	slug, name, title, bio string
	tone                   string   // background colour of the portrait
	look                   int      // lookLong, lookHijab, lookGlasses
	beats                  []string // sections they write for
	role                   role
	handle                 string // social account name
	about                  string // for columnists: the note under their pieces
}

// role says which kinds of pieces a person writes.
type role int

const (
	reporter  role = iota // news and analysis
	columnist             // opinion pieces
	partner               // sponsored content
)

// peopleTable is the invented newsroom. None of these people exist.
var peopleTable = []personDef{
	{
		slug: "rahmi-kusumawardani", name: "Rahmi Kusumawardani", title: "Redaktur Pelaksana",
		bio:  "Rahmi Kusumawardani memimpin rapat redaksi harian dan menyunting liputan politik serta internasional. Sebelumnya ia lebih dari sepuluh tahun meliput pemerintahan daerah dan persoalan perkotaan. Ia percaya berita yang baik selalu dimulai dari pertanyaan yang tepat.",
		tone: "#3d5a80", look: lookHijab, beats: []string{"nasional", "internasional"}, handle: "rahmikusuma",
	},
	{
		slug: "galih-saputra-nainggolan", name: "Galih Saputra Nainggolan", title: "Jurnalis Hukum dan Politik",
		bio:  "Galih Saputra Nainggolan meliput persidangan, kerja kepolisian, dan penyelenggaraan pemilu. Ia tumbuh di Pematangsiantar dan memulai karier jurnalistik di pers mahasiswa. Di luar jam kerja ia melatih tim futsal anak-anak di kampungnya.",
		tone: "#8d3b2f", beats: []string{"nasional"}, handle: "galihsaputra_n",
	},
	{
		slug: "ayu-lestari-pohan", name: "Ayu Lestari Pohan", title: "Redaktur Ekonomi",
		bio:  "Ayu Lestari Pohan menyunting rubrik ekonomi dan menulis tentang harga pangan, usaha kecil, serta kebijakan fiskal. Ia gemar menerjemahkan angka-angka statistik menjadi cerita yang dekat dengan pembaca. Sebelum bergabung dengan Warta Nusantara, ia bekerja sebagai analis di sebuah koperasi simpan pinjam.",
		tone: "#2a7f62", look: lookLong | lookGlasses, beats: []string{"ekonomi", "nasional"}, handle: "ayulestaripohan",
	},
	{
		slug: "bonifasius-kelen", name: "Bonifasius Kelen", title: "Koresponden Indonesia Timur",
		bio:  "Bonifasius Kelen melaporkan dari Kupang dan kerap berkeliling ke pulau-pulau di Nusa Tenggara dan Maluku. Liputannya berfokus pada pangan, bencana, dan kehidupan masyarakat pesisir. Ia percaya kabar dari daerah pantas mendapat tempat yang sama dengan kabar dari ibu kota.",
		tone: "#b5651d", beats: []string{"nasional", "gaya-hidup"}, handle: "boni_kelen",
	},
	{
		slug: "nadia-rahmawati-siregar", name: "Nadia Rahmawati Siregar", title: "Jurnalis Olahraga",
		bio:  "Nadia Rahmawati Siregar meliput sepak bola, bulu tangkis, dan bola voli dari tribune hingga ruang ganti. Ia pernah bermain di tim voli pelajar tingkat provinsi. Baginya, cerita terbaik dalam olahraga sering muncul dari mereka yang kalah dengan terhormat.",
		tone: "#c1121f", look: lookLong, beats: []string{"olahraga"}, handle: "nadiarsiregar",
	},
	{
		slug: "yosef-tandiarrang", name: "Yosef Tandiarrang", title: "Jurnalis Teknologi",
		bio:  "Yosef Tandiarrang menulis tentang perusahaan rintisan, keamanan siber, dan dampak teknologi bagi pekerja. Ia belajar ilmu komputer sebelum memutuskan bahwa menulis lebih menyenangkan daripada memprogram. Kabar dugaan kebocoran data bisa dikirim kepadanya melalui kanal aman redaksi.",
		tone: "#5a189a", look: lookGlasses, beats: []string{"teknologi", "ekonomi"}, handle: "yosef_tandi",
	},
	{
		slug: "sekar-ayuningtyas", name: "Sekar Ayuningtyas", title: "Jurnalis Gaya Hidup",
		bio:  "Sekar Ayuningtyas menulis tentang kuliner, perjalanan, dan kesehatan mental. Ia percaya sepiring makanan bisa menceritakan sejarah sebuah kota. Akhir pekannya sering dihabiskan untuk mencari warung lama yang belum pernah diliput.",
		tone: "#d0607f", look: lookHijab | lookGlasses, beats: []string{"gaya-hidup"}, handle: "sekarayuning",
	},
	{
		slug: "hendra-wijaya-lubis", name: "Hendra Wijaya Lubis", title: "Jurnalis Internasional",
		bio:  "Hendra Wijaya Lubis meliput hubungan luar negeri, perdagangan, dan isu kemanusiaan di kawasan Asia Tenggara. Ia fasih berbahasa Inggris dan Tagalog. Sesekali ia juga menulis catatan pertandingan sepak bola kawasan.",
		tone: "#1d6f8a", beats: []string{"internasional", "olahraga"}, handle: "hendrawlubis",
	},
	{
		slug: "laksmi-anindita-rangkuti", name: "Laksmi Anindita Rangkuti", title: "Kolumnis",
		bio:  "Laksmi Anindita Rangkuti adalah pengajar kebijakan publik di Universitas Bentara Nusa. Ia meneliti tata kelola kota, pendidikan, dan partisipasi warga. Kolomnya terbit di Warta Nusantara setiap dua pekan.",
		tone: "#6b705c", look: lookLong, beats: []string{"opini"}, role: columnist, handle: "laksmianindita",
		about: "pengajar kebijakan publik di Universitas Bentara Nusa",
	},
	{
		slug: "yudhistira-pamungkas", name: "Yudhistira Pamungkas", title: "Kolumnis",
		bio:  "Yudhistira Pamungkas adalah ekonom di Pusat Studi Ekonomi Kerakyatan Cakrawala. Ia menulis tentang ekonomi digital, lapangan kerja, dan lingkungan. Ia juga penggemar sepak bola yang setia menonton liga lokal dari tribune.",
		tone: "#344e41", look: lookGlasses, beats: []string{"opini"}, role: columnist, handle: "yudhis_pamungkas",
		about: "ekonom di Pusat Studi Ekonomi Kerakyatan Cakrawala",
	},
	{
		slug: "tim-kemitraan", name: "Tim Kemitraan Warta Nusantara", title: "Konten Bersponsor",
		bio:  "Tim Kemitraan menyiapkan konten bersponsor bersama mitra usaha Warta Nusantara. Setiap tulisan dari tim ini diberi label Advertorial dan terpisah dari kerja redaksi. Keputusan pemberitaan tetap sepenuhnya berada di tangan redaksi.",
		tone: "#7f6a3a", look: lookLong, beats: []string{"ekonomi", "teknologi", "gaya-hidup"}, role: partner, handle: "wartanusantara.mitra",
	},
}

// links returns a person's invented social accounts.
func (p *personDef) links() []warta.SocialLink {
	if p.role == partner {
		return []warta.SocialLink{{Network: "website", URL: "https://wartanusantara.example/kemitraan"}}
	}
	return []warta.SocialLink{
		{Network: "x", URL: "https://x.com/" + p.handle},
		{Network: "instagram", URL: "https://www.instagram.com/" + p.handle},
	}
}

// email returns an address on the reserved .example domain.
func (p *personDef) email() string {
	return p.slug + "@wartanusantara.example"
}
