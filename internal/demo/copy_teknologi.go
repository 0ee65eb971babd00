package demo

var teknologi = sectionCopy{
	common: true,
	labs:   []string{"Lembaga Riset Digital Arunika", "Institut Teknologi Kencana", "Universitas Cendekia Bangsa", "Komunitas Keamanan Informasi Nusantara"},
	facts: []string{
		"Pengguna internet di Indonesia terus bertambah dan sebagian besar mengakses internet melalui ponsel.",
		"Kesenjangan digital antara kota besar dan daerah terpencil masih menjadi pekerjaan rumah yang besar.",
		"Undang-undang pelindungan data pribadi mewajibkan setiap pengelola data menjaga keamanan informasi penggunanya.",
		"Kebutuhan tenaga kerja di bidang teknologi informasi diperkirakan terus meningkat dalam lima tahun ke depan.",
		"Sejumlah kampus mulai membuka program studi baru yang berfokus pada sains data dan keamanan siber.",
		"Pengamat mengingatkan bahwa teknologi hanya alat, sementara manfaatnya bergantung pada cara manusia menggunakannya.",
		"Literasi digital masyarakat dinilai belum mengimbangi pesatnya adopsi layanan digital.",
		"Pemerintah daerah mulai memindahkan layanan administrasi ke aplikasi agar warga tidak perlu datang ke kantor.",
	},
	heads: []string{"Peluang dan Risiko", "Kesiapan Pengguna", "Aturan Main"},
	closings: []string{
		"Perkembangan teknologi ini akan terus dipantau Warta Nusantara, termasuk dampaknya bagi pengguna sehari-hari.",
		"Pengguna yang menemukan kejanggalan disarankan segera melapor melalui kanal resmi penyedia layanan.",
		"Uji coba lanjutan dijadwalkan berlangsung dalam beberapa bulan ke depan sebelum diterapkan lebih luas.",
	},
	stories: []story{
		{
			tags:     []string{"kecerdasan-buatan", "data-pribadi"},
			onlyTags: map[int][]string{0: {"kesehatan"}, 1: {"pendidikan"}, 2: {"budaya"}},
			role:     "kepala laboratorium kecerdasan buatan di {org}", expert: "peneliti etika teknologi dari",
			orgs: []string{"Institut Teknologi Kencana", "Universitas Cendekia Bangsa", "Politeknik Digital Nusa"},
			jobs: []string{"guru bahasa Indonesia di {kota}", "dokter umum di rumah sakit daerah", "mahasiswa tingkat akhir"},
			angles: []angle{
				{"Rumah Sakit di {kota} Uji Coba Kecerdasan Buatan untuk Membaca Hasil Rontgen", "Sistem hanya memberi tanda pada gambar yang perlu diperiksa lebih dulu, keputusan tetap di tangan dokter.",
					"Rumah sakit daerah di {kota} mulai menguji coba sistem kecerdasan buatan untuk membantu membaca hasil rontgen dada. Sistem yang dikembangkan bersama {org} itu menandai gambar yang perlu segera diperiksa dokter."},
				{"Guru di {kota} Belajar Memakai Kecerdasan Buatan untuk Menyusun Soal", "Pelatihan juga membahas cara mendeteksi tugas siswa yang sepenuhnya dibuat mesin.",
					"Ratusan guru di {kota} mengikuti pelatihan pemanfaatan kecerdasan buatan untuk menyusun bahan ajar dan soal latihan. Pelatihan itu juga membahas cara mengenali tugas siswa yang sepenuhnya dibuat oleh mesin."},
				{"Model Bahasa Berbahasa Daerah Dikembangkan Peneliti {org}", "Model dilatih dengan cerita rakyat dan percakapan sehari-hari yang dikumpulkan relawan.",
					"Tim peneliti {org} mengembangkan model kecerdasan buatan yang memahami beberapa bahasa daerah. Model itu dilatih dengan kumpulan cerita rakyat dan percakapan sehari-hari yang direkam relawan dengan izin penuturnya."},
			},
			only: map[int][]string{
				0: {
					"Dalam uji coba awal, sistem mampu memilah gambar dengan tingkat ketepatan sekitar {p2} persen dibandingkan penilaian dokter spesialis.",
					"Data pasien yang dipakai dalam uji coba disamarkan sehingga identitas pasien tidak dapat dikenali.",
					"Rumah sakit daerah hanya memiliki sedikit dokter spesialis radiologi sehingga hasil rontgen sering menumpuk.",
					"Gambar yang ditandai sistem sebagai mendesak akan dibaca dokter lebih dulu, tanpa menunggu antrean.",
				},
				1: {
					"Peserta pelatihan diminta memeriksa ulang setiap jawaban mesin karena kecerdasan buatan bisa keliru dengan sangat meyakinkan.",
					"Sekolah diminta membuat aturan yang jelas tentang penggunaan kecerdasan buatan dalam tugas siswa.",
					"Guru juga belajar merancang tugas yang menuntut siswa menjelaskan proses berpikirnya, bukan hanya jawaban akhir.",
					"Sebagian guru mengaku baru pertama kali mencoba aplikasi kecerdasan buatan dalam pelatihan itu.",
				},
				2: {
					"Kumpulan data bahasa daerah yang terbuka untuk peneliti masih sangat terbatas.",
					"Tim peneliti melibatkan penutur asli untuk menilai apakah jawaban mesin terdengar wajar.",
					"Rekaman dikumpulkan dari pasar, balai desa, dan dapur rumah warga dengan izin tertulis dari setiap penutur.",
					"Model itu rencananya dipakai untuk membantu penerjemahan informasi kesehatan dan pertanian ke bahasa daerah.",
				},
			},
			facts: []string{
				"Biaya komputasi untuk melatih model masih menjadi kendala bagi kampus di dalam negeri.",
				"Pengembang menegaskan sistem ini dirancang untuk membantu, bukan menggantikan tenaga profesional.",
			},
			said: []string{
				"Mesin ini bekerja seperti asisten. Ia membantu mengurutkan pekerjaan, tetapi keputusan tetap milik manusia",
				"2|Kami ingin teknologi ini berbicara dalam bahasa yang dipakai warga sehari-hari",
			},
			views: []string{
				"Pertanyaan pentingnya bukan apakah kecerdasan buatan akan dipakai, tetapi siapa yang bertanggung jawab ketika ia salah",
				"Data yang dipakai melatih mesin harus diperoleh dengan izin dan diperlakukan dengan hormat",
			},
			voices: []string{
				"1|Menyusun soal jadi lebih cepat, tapi saya tetap harus membaca ulang semuanya",
				"0|Antrean pembacaan hasil rontgen memang panjang. Kalau bisa dipercepat, pasien yang paling diuntungkan",
			},
			heads: []string{"Cara Kerja Sistem", "Manusia Tetap Memutuskan", "2|Bahasa Kita Sendiri"},
			lists: []list{{intro: "Prinsip yang disepakati dalam uji coba:", ordered: true, items: []string{
				"keputusan akhir selalu diambil oleh tenaga profesional",
				"data pribadi disamarkan sebelum diolah",
				"hasil uji coba dilaporkan secara terbuka",
				"pengguna dapat menolak dilibatkan",
			}}},
		},
		{
			scope: national, tags: []string{"startup", "investasi"},
			onlyTags: map[int][]string{1: {"ketenagakerjaan"}, 2: {"pangan", "umkm"}},
			role:     "pendiri dan direktur utama {org}", expert: "analis modal ventura dari",
			orgs: []string{"Panen Raya Digital", "Jelajah Kargo", "Dompet Tetangga", "Kelas Pelangi", "Sayur Segar Kita"},
			jobs: []string{"petani mitra aplikasi", "pemilik toko kelontong yang memakai aplikasi kasir", "mantan karyawan perusahaan rintisan"},
			angles: []angle{
				{"Perusahaan Rintisan {org} Raih Pendanaan Rp {rpm} Miliar", "Dana segar akan dipakai untuk memperluas layanan ke {n2} kota baru.",
					"Perusahaan rintisan {org} meraih pendanaan senilai Rp {rpm} miliar dari sejumlah investor. Dana itu akan dipakai untuk memperluas layanan ke {n2} kota baru dan memperkuat tim teknologi."},
				{"{org} Pangkas Karyawan, Fokus Kejar Keuntungan", "Perusahaan menyebut efisiensi diperlukan di tengah sulitnya mencari pendanaan baru.",
					"Perusahaan rintisan {org} mengurangi sekitar {p2} persen karyawannya. Manajemen menyebut langkah itu diperlukan agar perusahaan dapat mencapai keuntungan di tengah sulitnya mencari pendanaan baru."},
				{"Aplikasi {org} Hubungkan Petani Langsung dengan Pembeli di Kota", "Rantai distribusi yang lebih pendek membuat petani menerima harga lebih baik.",
					"Aplikasi {org} menghubungkan petani sayur di {provinsi} langsung dengan rumah makan dan pembeli di kota. Rantai distribusi yang lebih pendek membuat petani menerima harga lebih baik."},
			},
			only: map[int][]string{
				0: {
					"Perusahaan berencana membuka gudang di beberapa kota untuk mempercepat pengiriman.",
					"Putaran pendanaan ini dipimpin oleh perusahaan modal ventura dari dalam negeri.",
				},
				1: {
					"Karyawan yang terdampak pengurangan mendapat pesangon dan bantuan mencari pekerjaan baru.",
					"Pengurangan karyawan terutama terjadi di divisi pemasaran dan operasional di kantor pusat.",
					"Perusahaan juga menutup layanan di beberapa kota yang dinilai belum menguntungkan.",
				},
				2: {
					"Petani mitra menerima pembayaran dalam waktu dua hari setelah barang diterima pembeli.",
					"Sayuran dipanen pada pagi hari dan tiba di dapur rumah makan pada siang harinya.",
					"Aplikasi juga memberi informasi harga pasar harian agar petani tidak mudah ditekan tengkulak.",
				},
			},
			facts: []string{
				"Investor kini lebih selektif dan menuntut jalur yang jelas menuju keuntungan.",
				"Perusahaan mengklaim memiliki lebih dari {n4} pengguna aktif setiap bulan.",
				"Persaingan di sektor ini ketat karena banyak pemain menawarkan layanan serupa.",
				"Ekosistem perusahaan rintisan di luar Jawa mulai tumbuh, meski pendanaannya masih terbatas.",
			},
			said: []string{
				"1|Kami memilih tumbuh lebih pelan tetapi sehat daripada besar dengan fondasi yang rapuh",
				"2|Masalah yang kami selesaikan nyata: petani butuh harga yang adil, pembeli butuh pasokan yang pasti",
			},
			views: []string{
				"Era bakar uang sudah lewat. Perusahaan rintisan yang bertahan adalah yang punya model bisnis masuk akal",
				"Investor melihat peluang besar di sektor pangan dan logistik, terutama yang menyentuh daerah",
			},
			voices: []string{
				"2|Dulu saya jual ke tengkulak dengan harga seadanya. Sekarang saya tahu harga pasar sebelum panen",
				"1|Berat rasanya, tapi perusahaan cukup terbuka menjelaskan alasannya",
			},
			heads: []string{"Rencana Ekspansi", "Menuju Untung", "Dampak bagi Mitra"},
		},
		{
			urgent: true, calm: []int{2}, tags: []string{"keamanan-siber", "data-pribadi"},
			role: "Kepala Dinas Komunikasi dan Informatika {kota}", expert: "pakar keamanan siber dari",
			jobs: []string{"warga yang datanya diduga bocor", "pengelola usaha daring kecil"},
			angles: []angle{
				{"Data {n4} Pelanggan Air Minum di {kota} Diduga Bocor", "Data berisi nama, alamat, dan nomor telepon pelanggan dijual di forum daring.",
					"Data sekitar {n4} pelanggan perusahaan air minum daerah di {kota} diduga bocor dan diperjualbelikan di sebuah forum daring. Data itu memuat nama, alamat, dan nomor telepon pelanggan."},
				{"Situs Pemerintah Daerah di {provinsi} Diretas, Layanan Sempat Lumpuh", "Tampilan muka situs diubah dan layanan perizinan daring terhenti selama beberapa jam.",
					"Situs resmi pemerintah daerah di {provinsi} diretas pada {hari} ({tgl}). Tampilan muka situs diubah dan layanan perizinan daring sempat terhenti selama beberapa jam."},
				{"Penipuan Berkedok Undangan Pernikahan Digital Marak di {kota}", "Korban mengunduh berkas yang ternyata aplikasi pencuri data perbankan.",
					"Kepolisian di {kota} menerima puluhan laporan penipuan berkedok undangan pernikahan digital. Korban menerima pesan berisi berkas yang ternyata aplikasi berbahaya untuk mencuri data perbankan."},
			},
			only: map[int][]string{
				0: {
					"Perusahaan air minum daerah menyatakan data pembayaran dan nomor rekening pelanggan tidak ikut bocor.",
					"Pelanggan diminta mewaspadai pesan yang mengaku dari petugas dan meminta pembayaran tunggakan ke rekening pribadi.",
				},
				1: {
					"Tim teknis memulihkan situs dari cadangan data dan menutup celah yang dimanfaatkan peretas.",
					"Layanan perizinan daring kembali berjalan normal pada sore harinya.",
				},
				2: {
					"Berkas berbahaya itu biasanya dikirim dengan nama seperti undangan atau foto calon pengantin.",
					"Polisi masih menelusuri jaringan pelaku yang diduga beroperasi dari luar kota.",
				},
			},
			facts: []string{
				"Tim tanggap insiden langsung memutus akses ke server yang diduga menjadi sumber kebocoran.",
				"Pengelola layanan meminta pengguna mengganti kata sandi dan mewaspadai pesan yang mengatasnamakan lembaga resmi.",
				"Kebocoran data membuka peluang penipuan yang lebih meyakinkan karena pelaku mengetahui identitas korban.",
				"Penyelidikan awal menemukan celah pada sistem lama yang belum diperbarui selama bertahun-tahun.",
				"Kerugian korban penipuan dalam sebulan terakhir ditaksir mencapai ratusan juta rupiah.",
				"Pengelola data wajib memberi tahu pemilik data dalam waktu tertentu setelah kebocoran diketahui.",
				"Sebagian besar serangan memanfaatkan kelengahan pengguna, bukan kecanggihan teknis.",
			},
			said: []string{
				"Kami sedang melakukan audit menyeluruh dan akan menyampaikan hasilnya secara terbuka",
				"Jangan pernah mengunduh berkas dari nomor yang tidak dikenal, sekalipun tampilannya meyakinkan",
			},
			views: []string{
				"Banyak instansi masih memperlakukan keamanan siber sebagai urusan teknis kecil, padahal ini soal kepercayaan publik",
				"Kebocoran tidak bisa sepenuhnya dicegah, tetapi dampaknya bisa ditekan bila data yang disimpan tidak berlebihan",
			},
			voices: []string{
				"Saya sudah beberapa kali ditelepon orang yang tahu nama dan alamat saya. Sekarang saya paham dari mana asalnya",
			},
			heads: []string{"Apa yang Bocor", "Langkah Pengamanan", "Tips bagi Pengguna"},
			lists: []list{{intro: "Langkah yang disarankan bagi pengguna:", ordered: true, items: []string{
				"segera mengganti kata sandi dan tidak memakai kata sandi yang sama di banyak layanan",
				"mengaktifkan verifikasi dua langkah",
				"tidak membagikan kode sekali pakai kepada siapa pun",
				"melaporkan pesan mencurigakan kepada penyedia layanan",
			}}},
		},
		{
			tags: []string{"infrastruktur", "pendidikan", "umkm"},
			role: "Kepala Dinas Komunikasi dan Informatika {provinsi}", expert: "peneliti kebijakan digital dari",
			jobs: []string{"kepala desa", "guru sekolah dasar di desa", "penjual kopi bubuk yang berjualan daring"},
			angles: []angle{
				{"Sinyal Internet Kini Jangkau {n2} Desa Terpencil di {provinsi}", "Menara baru dibangun di wilayah yang selama ini tidak terjangkau jaringan seluler.",
					"Sebanyak {n2} desa terpencil di {provinsi} kini dapat mengakses internet seluler setelah menara-menara baru rampung dibangun. Sebelumnya, warga harus naik ke bukit untuk mendapatkan sinyal."},
				{"Ponsel Pintar Rakitan Lokal Dijual di Bawah Rp 2 Juta", "Produsen dalam negeri menyasar pelajar dan pengguna yang baru beralih ke ponsel pintar.",
					"Sebuah produsen ponsel rakitan dalam negeri meluncurkan ponsel pintar dengan harga di bawah Rp 2 juta. Ponsel itu dirakit di {provinsi} dan menyasar pelajar serta pengguna yang baru beralih ke ponsel pintar."},
				{"Desa Digital di {provinsi}: Surat Pengantar Cukup Diurus dari Ponsel", "Warga tidak perlu lagi menunggu kepala desa datang ke kantor.",
					"Sejumlah desa di {provinsi} mulai melayani pengurusan surat pengantar melalui aplikasi di ponsel. Warga tidak perlu lagi bolak-balik ke kantor desa hanya untuk sebuah tanda tangan."},
			},
			only: map[int][]string{
				0: {
					"Sebelum ada sinyal, guru harus pergi ke kecamatan untuk mengunduh materi pembelajaran.",
					"Menara dibangun di titik-titik tinggi dan sebagian menggunakan tenaga surya karena jaringan listrik belum stabil.",
				},
				1: {
					"Komponen ponsel sebagian besar masih diimpor, sementara perakitan dilakukan di dalam negeri.",
					"Layanan purnajual menjadi salah satu tantangan bagi produsen ponsel lokal di luar kota besar.",
					"Ponsel itu dilengkapi aplikasi belajar yang bisa dipakai tanpa koneksi internet.",
				},
				2: {
					"Perangkat desa mendapat pelatihan mengelola aplikasi dan memverifikasi permohonan warga.",
					"Warga lanjut usia tetap bisa datang langsung ke kantor desa dan dibantu petugas mengisi permohonan.",
				},
			},
			facts: []string{
				"Pelaku usaha kecil di desa mulai memasarkan produk mereka melalui media sosial.",
				"Kecepatan internet di desa masih jauh di bawah kota, terutama pada malam hari.",
				"Pemerintah provinsi menyiapkan pelatihan literasi digital bagi perangkat desa.",
				"Biaya paket data disebut masih memberatkan bagi sebagian warga desa.",
			},
			said: []string{
				"Internet sekarang sudah seperti listrik dan air. Desa tidak boleh tertinggal",
				"Kami ingin warga desa bisa mengurus surat dari rumah, sama seperti warga kota",
			},
			views: []string{
				"Membangun menara hanyalah langkah pertama. Tanpa literasi digital, warga hanya menjadi konsumen, bukan produsen",
				"Ponsel murah membuka akses, tetapi kualitas dan pembaruan keamanannya harus tetap dijaga",
			},
			voices: []string{
				"0|Dulu kalau mau kirim pesan saya harus naik ke bukit belakang sekolah",
				"Pembeli saya sekarang datang dari kota. Semua lewat ponsel",
			},
			heads: []string{"Akhirnya Ada Sinyal", "Manfaat bagi Sekolah", "Tantangan Berikutnya"},
		},
	},
}
