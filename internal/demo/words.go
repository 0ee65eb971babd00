package demo

// city is an Indonesian city with its province and local time zone.
type city struct {
	name, province, zone string
	offset               int // hours ahead of WIB
}

var jakarta = city{"Jakarta", "DKI Jakarta", "WIB", 0}

// cities are the places local stories happen in.
var cities = []city{
	{"Surabaya", "Jawa Timur", "WIB", 0},
	{"Semarang", "Jawa Tengah", "WIB", 0},
	{"Bandung", "Jawa Barat", "WIB", 0},
	{"Medan", "Sumatera Utara", "WIB", 0},
	{"Makassar", "Sulawesi Selatan", "WITA", 1},
	{"Palembang", "Sumatera Selatan", "WIB", 0},
	{"Balikpapan", "Kalimantan Timur", "WITA", 1},
	{"Pontianak", "Kalimantan Barat", "WIB", 0},
	{"Denpasar", "Bali", "WITA", 1},
	{"Manado", "Sulawesi Utara", "WITA", 1},
	{"Padang", "Sumatera Barat", "WIB", 0},
	{"Pekanbaru", "Riau", "WIB", 0},
	{"Yogyakarta", "DI Yogyakarta", "WIB", 0},
	{"Malang", "Jawa Timur", "WIB", 0},
	{"Banjarmasin", "Kalimantan Selatan", "WITA", 1},
	{"Kupang", "Nusa Tenggara Timur", "WITA", 1},
	{"Mataram", "Nusa Tenggara Barat", "WITA", 1},
	{"Ambon", "Maluku", "WIT", 2},
	{"Jayapura", "Papua", "WIT", 2},
	{"Kendari", "Sulawesi Tenggara", "WITA", 1},
	{"Jambi", "Jambi", "WIB", 0},
	{"Palu", "Sulawesi Tengah", "WITA", 1},
	{"Samarinda", "Kalimantan Timur", "WITA", 1},
	{"Surakarta", "Jawa Tengah", "WIB", 0},
	{"Cirebon", "Jawa Barat", "WIB", 0},
	{"Banda Aceh", "Aceh", "WIB", 0},
	{"Ternate", "Maluku Utara", "WIT", 2},
	{"Tanjung Pinang", "Kepulauan Riau", "WIB", 0},
	{"Gorontalo", "Gorontalo", "WITA", 1},
	{"Bengkulu", "Bengkulu", "WIB", 0},
}

// foreign lists country and city pairs for stories abroad.
var foreign = [][2]string{
	{"Filipina", "Manila"},
	{"Vietnam", "Hanoi"},
	{"Thailand", "Bangkok"},
	{"Malaysia", "Kuala Lumpur"},
	{"Jepang", "Tokyo"},
	{"Korea Selatan", "Seoul"},
	{"India", "New Delhi"},
	{"Australia", "Canberra"},
	{"Kenya", "Nairobi"},
	{"Brasil", "Brasilia"},
	{"Peru", "Lima"},
	{"Norwegia", "Oslo"},
	{"Jerman", "Berlin"},
	{"Turki", "Ankara"},
	{"Selandia Baru", "Wellington"},
	{"Kanada", "Ottawa"},
	{"Kamboja", "Phnom Penh"},
	{"Timor-Leste", "Dili"},
	{"Fiji", "Suva"},
}

// institutions are invented universities and research groups.
var institutions = []string{
	"Universitas Bentara Nusa",
	"Lembaga Kajian Kebijakan Publik Cakrawala",
	"Institut Riset Sosial Mandala",
	"Universitas Cendekia Bangsa",
	"Pusat Studi Perkotaan Lintas Nusa",
	"Sekolah Tinggi Ilmu Pemerintahan Pelita",
	"Yayasan Pemerhati Kota Layak Huni",
}

// Invented names: combined at random, they name no one in particular.
var maleNames = []string{
	"Adi", "Andika", "Arief", "Bagus", "Benny", "Cahya", "Dani", "Eko", "Fadli", "Heru",
	"Ikhsan", "Ketut", "Lukas", "Nur", "Pandu", "Reza", "Stefanus", "Syarif", "Tri", "Wayan",
	"Yusuf", "Zainal", "Gregorius", "Rudi", "Hamdan",
}

var femaleNames = []string{
	"Agustina", "Anisa", "Desi", "Elisabeth", "Fitri", "Galuh", "Hana", "Intan", "Irma", "Kadek",
	"Laras", "Margaretha", "Melati", "Nyoman", "Oktavia", "Ratna", "Rini", "Sari", "Yohana", "Puspa",
	"Mutiara", "Wulan", "Fransiska",
}

var lastNames = []string{
	"Ardiansyah", "Batubara", "Damanik", "Fauzan", "Gultom", "Harahap", "Hasibuan", "Irawan",
	"Kurniawan", "Mahardika", "Marpaung", "Nasution", "Nugroho", "Pangaribuan", "Purnomo",
	"Saragih", "Setiawan", "Simatupang", "Sinaga", "Situmorang", "Sulistyo", "Tampubolon",
	"Wahyudi", "Widjaja", "Wirawan", "Yulianto", "Sembiring", "Latuheru", "Mandagi", "Rumbiak",
	"Paembonan", "Lamere", "Daulay", "Kaligis", "Suharjo", "Effendi", "Maranatha", "Wenas",
}

var genericJobs = []string{
	"pegawai swasta", "pedagang kelontong", "guru sekolah dasar", "mahasiswa", "ibu rumah tangga",
	"pengemudi ojek daring", "petani", "pensiunan", "pemilik warung makan", "perawat",
}

// commonFacts are newsroom sentences that fit any serious news story.
var commonFacts = []string{
	"Sejumlah pihak menilai langkah tersebut perlu diikuti pengawasan yang ketat agar tidak berhenti sebagai rencana di atas kertas.",
	"Catatan Warta Nusantara menunjukkan persoalan serupa pernah muncul beberapa tahun lalu, tetapi penanganannya saat itu tidak berlanjut.",
	"Perbincangan mengenai hal ini juga ramai di media sosial, dengan ribuan warganet membagikan pengalaman mereka masing-masing.",
	"Sebagian kalangan mengingatkan agar keputusan diambil berdasarkan data, bukan semata-mata karena tekanan opini publik.",
	"Dalam beberapa pekan ke depan, perkembangan di lapangan akan menjadi ujian pertama bagi rencana tersebut.",
	"Pertanyaan tentang siapa yang menanggung biaya tambahan hingga kini belum terjawab dengan tuntas.",
	"Tanggapan masyarakat beragam, mulai dari yang menyambut dengan antusias hingga yang memilih menunggu bukti nyata.",
	"Sejumlah organisasi masyarakat sipil meminta agar prosesnya dibuka seluas-luasnya, termasuk rincian anggaran dan jadwal pelaksanaan.",
	"Pengalaman daerah lain menunjukkan bahwa keberhasilan program semacam ini sangat bergantung pada konsistensi pelaksanaannya.",
	"Menurut sumber Warta Nusantara, beberapa catatan yang disampaikan dalam rapat sebelumnya belum seluruhnya ditindaklanjuti.",
	"Warga yang ingin menyampaikan keluhan atau masukan dapat melakukannya melalui kanal pengaduan resmi yang telah disediakan.",
	"Sejumlah akademisi menyarankan agar evaluasi dilakukan oleh pihak independen supaya hasilnya lebih dipercaya.",
	"Bagi banyak orang, persoalan ini bukan sekadar angka dalam laporan, melainkan bagian dari keseharian yang mereka rasakan langsung.",
	"Dibandingkan periode yang sama tahun lalu, ada perbaikan yang terlihat, meski belum merata di semua wilayah.",
	"Informasi yang beredar sebelumnya sempat menimbulkan kebingungan karena tidak semua pihak menyampaikan angka yang sama.",
	"Pihak terkait berjanji memperbarui informasi secara berkala agar masyarakat tidak bergantung pada kabar yang belum terverifikasi.",
	"Di sisi lain, keterbatasan sumber daya manusia disebut masih menjadi kendala yang paling sering muncul di lapangan.",
	"Keterlibatan komunitas setempat dinilai penting agar program tidak hanya berjalan ketika sedang mendapat sorotan.",
	"Anggaran untuk kegiatan serupa tahun depan diperkirakan naik seiring bertambahnya kebutuhan di lapangan.",
	"Rapat koordinasi lanjutan dijadwalkan berlangsung pekan depan dengan melibatkan lebih banyak pihak.",
	"Sebuah survei daring yang digelar komunitas warga menunjukkan sebagian besar responden belum mendapatkan informasi yang memadai.",
	"Warta Nusantara telah mengajukan permintaan data lengkap kepada instansi terkait, tetapi hingga kini belum mendapat jawaban.",
}

// commonHeadings are sub-headings that fit any serious news story.
var commonHeadings = []string{
	"Langkah Selanjutnya", "Catatan dari Lapangan", "Belum Semua Setuju", "Soal Anggaran",
	"Apa Kata Warga", "Pekerjaan Rumah", "Menunggu Kepastian", "Pelajaran dari Daerah Lain",
}

// correctionNotes are the visible notes of corrected or updated articles.
var correctionNotes = []string{
	"Koreksi: Versi sebelumnya artikel ini keliru menuliskan jabatan {pejabat}. Yang benar, ia menjabat {jabatan}. Redaksi mohon maaf atas kekeliruan tersebut.",
	"Koreksi: Artikel ini semula menyebut angka {n3}, padahal data yang disampaikan narasumber adalah {n4}. Kesalahan telah diperbaiki.",
	"Koreksi: Nama narasumber dari {lembaga} sebelumnya tertulis keliru dan telah diperbaiki menjadi {ahli}.",
	"Pembaruan: Artikel ini diperbarui dengan tanggapan tambahan yang diterima redaksi setelah berita pertama kali terbit.",
	"Pembaruan: Artikel ini diperbarui dengan data terbaru yang disampaikan dalam konferensi pers lanjutan.",
	"Koreksi: Versi awal artikel ini keliru menyebut peristiwa terjadi sehari sebelumnya. Yang benar, peristiwa berlangsung pada {hari} ({tgl}).",
}
