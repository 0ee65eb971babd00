package demo

// otherHeadlines gives angles a second way to be headlined, built
// differently rather than reworded, keyed by the angle's own template and
// using only its slots. A section of a few dozen stories then has enough
// patterns that its page of twenty repeats none (see headlineWindow).
var otherHeadlines = map[string][]string{
	// Internasional.
	"Forum Kerja Sama Maritim Kawasan Digelar di {kotaln}, Indonesia Usulkan Patroli Bersama": {"Usulan Patroli Laut Bersama Dibawa Indonesia ke Forum Maritim {kotaln}"},
	"Indonesia dan {negara} Sepakati Peta Jalan Kerja Sama Lima Tahun":                        {"Lima Tahun ke Depan, Jakarta dan {negara} Sepakat Perluas Kerja Sama"},
	"Delegasi Parlemen Kawasan Bertemu di {kotaln} Bahas Perlindungan Nelayan":                {"Nasib Nelayan Lintas Batas Jadi Bahasan Anggota Parlemen di {kotaln}"},
	"Banjir Besar Landa {negara}, KBRI Pastikan WNI dalam Keadaan Aman":                       {"WNI di {negara} Diimbau Siaga Setelah Sungai Meluap"},
	"Badai Kencang Hantam Pesisir {negara}, Penerbangan di {kotaln} Ditunda":                  {"Bandara {kotaln} Tunda Penerbangan, Angin Kencang Terjang Pesisir"},
	"Kebakaran Hutan Meluas di {negara}, Ribuan Orang Dievakuasi":                             {"Asap Pekat Selimuti {negara}, Petugas Berjibaku Padamkan Api"},
	"Konferensi Iklim di {kotaln} Berakhir, Pendanaan Adaptasi Masih Jadi Ganjalan":           {"Dana Adaptasi Iklim Buntu hingga Hari Terakhir Pertemuan {kotaln}"},
	"Indonesia Tawarkan Kerja Sama Restorasi Mangrove di Forum {kotaln}":                      {"Pengalaman Menanam Mangrove Dibagikan Delegasi RI di {kotaln}"},
	"Negara Kepulauan Desak Aksi Lebih Cepat dalam Pertemuan Iklim {kotaln}":                  {"Suara Pulau-pulau Kecil Menggema di Ruang Sidang {kotaln}"},
	"Ekspor Kopi dan Rempah ke {negara} Naik {p2} Persen":                                     {"Pembeli dari {negara} Makin Gemar Kopi dan Rempah Nusantara"},
	"Perundingan Dagang Indonesia–{negara} Masuki Putaran Akhir":                              {"Tinggal Selangkah, Perjanjian Dagang dengan {negara} Segera Rampung"},
	"Pameran Produk Indonesia di {kotaln} Bukukan Transaksi Rp {rpm} Miliar":                  {"Produk UMKM Laris di Pameran {kotaln}, Kontrak Rp {rpm} Miliar Diteken"},
	"KBRI {kotaln} Pulangkan {n2} Pekerja Migran Korban Penipuan":                             {"Tertipu Lowongan Palsu, {n2} Pekerja Migran Akhirnya Pulang dari {kotaln}"},
	"Layanan Konsuler Keliling Sapa Warga Indonesia di Pelosok {negara}":                      {"Paspor Diurus di Balai Desa: Cara KBRI Menjangkau WNI di {negara}"},
	"Indonesia Kirim Bantuan Kemanusiaan ke {negara}":                                         {"Pesawat Bantuan Berisi Obat dan Tenda Diberangkatkan ke {negara}"},
	"Menimbang Posisi Indonesia di Tengah Persaingan Kekuatan Besar":                          {"Bebas Aktif di Dunia yang Makin Terbelah"},
	"Rantai Pasok Bergeser, Peluang bagi Asia Tenggara?":                                      {"Pabrik-pabrik Pindah, Siapa yang Siap Menampung?"},

	// Ekonomi.
	"Harga Cabai Rawit di {kota} Tembus Rp {n2}.000 per Kilogram":                 {"Pedagang Bakso di {kota} Kurangi Sambal, Cabai Kian Mahal"},
	"Operasi Pasar Beras Digelar di {n1d} Kecamatan di {kota}":                    {"Antre Sejak Subuh demi Beras Murah di {kota}"},
	"Inflasi {provinsi} Melandai, Harga Pangan Masih Jadi Pendorong Utama":        {"Kenaikan Harga di {provinsi} Mereda, Dapur Warga Belum Lega"},
	"Bursa Kerja di {kota} Tawarkan {n4} Lowongan":                                {"Pencari Kerja Padati Gedung Olahraga {kota}, Ribuan Lamaran Masuk"},
	"Upah Minimum {provinsi} Diusulkan Naik {p1} Persen":                          {"Serikat Buruh dan Pengusaha {provinsi} Tawar-menawar Upah Tahun Depan"},
	"Rupiah Menguat ke Level Terbaik dalam Sebulan":                               {"Dolar Melemah, Importir Bisa Bernapas Sejenak"},
	"Indeks Saham Ditutup Melemah, Saham Perbankan Tertekan":                      {"Aksi Jual Investor Asing Tekan Bursa Sore Ini"},
	"Pemasangan Panel Surya Atap di {kota} Naik Dua Kali Lipat":                   {"Atap Rumah Warga {kota} Kini Ikut Menghasilkan Listrik"},
	"Pelaku UMKM {kota} Didorong Masuk Pasar Daring, {n4} Usaha Ikut Pelatihan":   {"Dari Lapak ke Layar Ponsel: Usaha Kecil {kota} Belajar Berjualan Daring"},
	"{org} Resmikan Pabrik Pengolahan di {provinsi}, Serap {n3} Pekerja":          {"Lowongan Baru Terbuka Setelah Pabrik {org} Beroperasi di {provinsi}"},
	"Sertifikasi Halal Gratis untuk {n3} Usaha Kecil di {kota}":                   {"Pengusaha Katering Rumahan {kota} Kini Punya Label Halal"},
	"Koperasi Perempuan di {kota} Salurkan Pinjaman Tanpa Agunan":                 {"Modal Usaha Tanpa Jaminan, Ibu-ibu {kota} Andalkan Koperasi"},
	"Gudang Pendingin Ikan di {kota} Beroperasi, Nelayan Tak Lagi Jual Murah":     {"Hasil Tangkapan Tak Lagi Busuk, Nelayan {kota} Punya Gudang Dingin"},
	"Tenun Tradisional dari {provinsi} Diminati Pembeli Mancanegara":              {"Kain Tenun {provinsi} Terbang ke Etalase Luar Negeri"},
	"Pembangkit Listrik Tenaga Mikrohidro Terangi {n1d} Dusun di {provinsi}":      {"Air Sungai Kini Menyalakan Lampu Dusun-dusun di {provinsi}"},
	"Desa di {provinsi} Olah Kotoran Ternak Jadi Gas untuk Memasak":               {"Tak Beli Elpiji Lagi, Warga Desa {provinsi} Masak dengan Biogas"},
	"Kawasan Industri Baru di {provinsi} Tarik Minat Investor":                    {"Investor Antre Lahan di Kawasan Industri {provinsi}"},
	"Pelatihan Kerja Gratis untuk Pemuda {kota}, dari Las hingga Desain Grafis":   {"Balai Latihan Kerja {kota} Buka Kelas Baru bagi Pemuda Menganggur"},
	"Harga Telur dan Daging Ayam Turun, Pedagang {kota} Keluhkan Sepinya Pembeli": {"Lauk Murah, Pasar Sepi: Cerita Pedagang Unggas di {kota}"},

	// Olahraga.
	"{klub} Tekuk {lawan} {skor} di {stadion}":                          {"Gol Larut Pastikan Kemenangan {klub} di {stadion}"},
	"Tampil dengan Sepuluh Pemain, {klub} Tetap Menang atas {lawan}":    {"Kartu Merah Tak Goyahkan {klub}, Tiga Poin Dibawa Pulang"},
	"{klub} Perpanjang Rekor Tak Terkalahkan Jadi {n1d} Laga":           {"Belum Tersentuh Kekalahan, {klub} Makin Nyaman di Papan Atas"},
	"{lawan} Pecat Pelatih Usai Kalah {skor} dari {klub}":               {"Kursi Pelatih {lawan} Kosong Setelah Rentetan Hasil Buruk"},
	"Timnas U-23 Panggil {n2} Pemain untuk Pemusatan Latihan":           {"Wajah Baru Warnai Daftar Pemusatan Latihan Timnas Muda"},
	"Timnas U-23 Menang {skor} dalam Laga Uji Coba":                     {"Uji Coba Timnas Muda Berakhir Manis, Pelatih Masih Cari Komposisi"},
	"{atlet}, Gelandang Muda yang Jadi Tumpuan Baru Timnas":             {"Dari Sekolah Sepak Bola Kampung ke Lini Tengah Timnas: Kisah {atlet}"},
	"{atlet} Melaju ke Final Turnamen Bulu Tangkis di {kotaln}":         {"Satu Kemenangan Lagi, {atlet} Berburu Gelar di {kotaln}"},
	"Ganda Putri Indonesia Juara di {kotaln}":                           {"Podium Tertinggi di {kotaln} Milik Pasangan Putri Indonesia"},
	"{atlet} Terhenti di Perempat Final, Pelatih Soroti Konsistensi":    {"Langkah {atlet} Terhenti Lebih Cepat dari Harapan"},
	"{klubvoli} Menang {set} atas {lawanvoli} di Laga Penuh Drama":      {"Lima Set Menegangkan, {klubvoli} Akhirnya Tersenyum"},
	"Liga Voli Putri Makin Ramai, Tiket di {kota} Ludes":                {"Penonton Berdesakan di GOR {kota}, Voli Putri Jadi Tontonan Favorit"},
	"{atleta}, Pemukul Andalan {klubvoli} yang Lahir dari Voli Kampung": {"Smes Keras {atleta} Diasah di Lapangan Tanah Dekat Rumah"},
	"Ribuan Pelari Ramaikan Maraton {kota}":                             {"Jalan Protokol {kota} Ditutup Pagi Ini, Pelari Ambil Alih"},
	"{atleta} Juarai Maraton {kota} dengan Catatan {waktu}":             {"Garis Finis Maraton {kota} Pertama Disentuh {atleta}"},
	"Lomba Lari Malam di {kota} Diikuti {n4} Peserta":                   {"Berlari di Bawah Lampu Kota: Lomba Malam {kota} Jadi Ajang Kumpul"},

	// Teknologi.
	"Rumah Sakit di {kota} Uji Coba Kecerdasan Buatan untuk Membaca Hasil Rontgen": {"Mesin Bantu Dokter {kota} Memilah Foto Rontgen yang Mendesak"},
	"Guru di {kota} Belajar Memakai Kecerdasan Buatan untuk Menyusun Soal":         {"Kelas untuk Para Guru {kota}: Kapan Mesin Boleh Membantu"},
	"Model Bahasa Berbahasa Daerah Dikembangkan Peneliti {org}":                    {"Cerita Rakyat Jadi Bahan Ajar Mesin di Laboratorium {org}"},
	"Perusahaan Rintisan {org} Raih Pendanaan Rp {rpm} Miliar":                     {"Investor Suntik {org}, Rencana Ekspansi ke Kota Kecil Disiapkan"},
	"{org} Pangkas Karyawan, Fokus Kejar Keuntungan":                               {"Gelombang Pemutusan Kerja Sampai ke {org}"},
	"Aplikasi {org} Hubungkan Petani Langsung dengan Pembeli di Kota":              {"Petani Jual Sayur Tanpa Tengkulak Lewat {org}"},
	"Data {n4} Pelanggan Air Minum di {kota} Diduga Bocor":                         {"Pelanggan PDAM {kota} Diminta Waspada Pesan Mencurigakan", "Nama dan Alamat Warga {kota} Diduga Beredar di Forum Peretas", "Kebocoran Data Air Minum {kota}: Apa yang Perlu Dilakukan Pelanggan"},
	"Situs Pemerintah Daerah di {provinsi} Diretas, Layanan Sempat Lumpuh":         {"Layanan Daring Pemprov {provinsi} Kembali Pulih Setelah Serangan", "Serangan Siber Lumpuhkan Pelayanan Publik di {provinsi}", "Tim Forensik Digital Telusuri Peretasan Situs Resmi {provinsi}"},
	"Penipuan Berkedok Undangan Pernikahan Digital Marak di {kota}":                {"Jangan Asal Buka Berkas Undangan: Warga {kota} Kehilangan Tabungan"},
	"Sinyal Internet Kini Jangkau {n2} Desa Terpencil di {provinsi}":               {"Menara Baru Berdiri, Pelosok {provinsi} Akhirnya Bisa Video Call"},
	"Ponsel Pintar Rakitan Lokal Dijual di Bawah Rp 2 Juta":                        {"Dirakit di Dalam Negeri, Ponsel Murah Incar Pelajar"},
	"Desa Digital di {provinsi}: Surat Pengantar Cukup Diurus dari Ponsel":         {"Urus Surat Tak Perlu ke Kantor Desa Lagi, Warga {provinsi} Cukup Pakai Aplikasi"},

	// Gaya hidup.
	"Festival Kuliner {kota} Hadirkan {n3} Gerai Makanan Khas Daerah":       {"Akhir Pekan di {kota}: Mencicipi Masakan Nusantara di Satu Lapangan"},
	"Warung Legendaris di {kota} yang Bertahan Lebih dari 50 Tahun":         {"Resep Nenek yang Tak Pernah Berubah di Sudut Pasar {kota}"},
	"Kopi dari Lereng Gunung di {provinsi} Makin Dilirik Kafe Kota":         {"Secangkir dari Kebun Rakyat {provinsi} Kini Tersaji di Kedai Ibu Kota"},
	"Desa Wisata di {provinsi} Batasi Jumlah Pengunjung demi Menjaga Alam":  {"Kuota Harian Diberlakukan, Desa di {provinsi} Pilih Alam Tetap Lestari"},
	"Menyusuri Pantai Tersembunyi di Selatan {kota}":                        {"Pasir Putih dan Tebing Karang, Rahasia Kecil Pesisir {kota}"},
	"Wisata Sepeda Keliling Kampung Tua di {kota} Kian Diminati":            {"Mengayuh Pelan Melewati Rumah-rumah Tua {kota}"},
	"Layanan Konseling Gratis bagi Mahasiswa Dibuka di {kota}":              {"Mahasiswa {kota} Kini Punya Tempat Bercerita tanpa Biaya"},
	"Festival Budaya {kota} Tampilkan {n2} Kelompok Seni Tradisional":       {"Gamelan dan Tari Penuhi Alun-alun {kota} Sepanjang Malam"},
	"Museum di {kota} Dibuka hingga Malam, Pengunjung Muda Melonjak":        {"Datang Usai Kerja, Anak Muda {kota} Ramaikan Museum"},
	"Anak Muda {kota} Hidupkan Kembali Tari Tradisional Lewat Media Sosial": {"Video Pendek Bikin Tari Lama {kota} Kembali Dikenal"},
	"Film '{org}' Angkat Kisah Nelayan dari {provinsi}":                     {"Kisah Laut {provinsi} Sampai ke Layar Lebar Lewat '{org}'"},
	"Pemutaran Perdana '{org}' di {kota} Dipadati Penonton":                 {"Antrean Mengular di Bioskop {kota} untuk '{org}'"},
	"Bioskop Komunitas di {kota} Putar Film-film Daerah Setiap Pekan":       {"Layar Tancap Zaman Kini: Komunitas Film {kota} Rawat Karya Lokal"},
	"Kelelahan Kerja Mengintai Pekerja Muda, Ini Tanda-tandanya":            {"Lelah yang Tak Hilang Meski Sudah Libur? Kenali Gejalanya"},
	"Jalan Kaki 30 Menit Sehari, Kebiasaan Kecil yang Berdampak Besar":      {"Tak Perlu Gym: Manfaat Berjalan Kaki Setiap Hari"},
}

// headlines lists the templates of angle a of st: its own, then the
// other ways to headline it.
func (st *story) headlines(a int) []string {
	own := st.angles[a].title
	return append([]string{own}, otherHeadlines[own]...)
}
