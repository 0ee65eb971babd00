package demo

import "warta"

var opini = sectionCopy{
	facts: []string{
		"Kebijakan publik yang baik selalu dimulai dari kesediaan mendengar mereka yang paling terdampak.",
		"Kita sering terjebak pada proyek yang mudah diresmikan, bukan pada perbaikan yang pelan tetapi bertahan lama.",
		"Data yang terbuka memungkinkan warga ikut mengawasi, dan pengawasan warga adalah bentuk partisipasi yang paling murah.",
		"Tidak ada solusi tunggal untuk persoalan yang rumit, tetapi ada urutan prioritas yang bisa diperdebatkan secara jujur.",
		"Pengalaman banyak kota menunjukkan bahwa perubahan besar lahir dari keputusan-keputusan kecil yang konsisten.",
		"Anggaran adalah cermin dari apa yang benar-benar kita anggap penting, bukan apa yang kita ucapkan dalam pidato.",
		"Dalam demokrasi, perbedaan pendapat bukan gangguan, melainkan bahan bakar untuk kebijakan yang lebih baik.",
	},
	heads: []string{"Akar Persoalan", "Apa yang Bisa Dilakukan", "Bukan Sekadar Wacana"},
	stories: []story{
		{
			label: warta.LabelOpini, tags: []string{"transportasi", "kebijakan-publik", "infrastruktur"},
			expert: "peneliti perkotaan dari",
			angles: []angle{
				{"Kota Kita Butuh Trotoar, Bukan Jalan Layang Baru", "Setiap jalan baru yang dibangun untuk mengurai macet pada akhirnya hanya mengundang lebih banyak kendaraan.",
					"Setiap kali kemacetan memburuk, jawaban yang paling cepat muncul adalah membangun jalan baru. Saya ingin mengajukan pertanyaan yang lebih sederhana: kapan terakhir kali kita bisa berjalan kaki dengan nyaman dari rumah ke halte terdekat?"},
				{"Angkutan Umum Bukan Proyek, melainkan Janji", "Warga hanya akan meninggalkan kendaraan pribadi bila angkutan umum datang tepat waktu, setiap hari.",
					"Peluncuran armada baru selalu meriah. Ada pita yang digunting, ada foto bersama, ada janji yang diucapkan. Namun, bagi penumpang, ukuran keberhasilan angkutan umum jauh lebih sederhana: apakah bus datang pada jam yang dijanjikan, hari ini, besok, dan tahun depan?"},
				{"Menimbang Ulang Kota yang Dirancang untuk Mobil", "Kota yang ramah bagi pejalan kaki adalah kota yang ramah bagi semua orang.",
					"Sebagian besar kota kita tumbuh mengikuti kebutuhan mobil. Jalan diperlebar, trotoar dipersempit, dan taman berubah menjadi lahan parkir. Sudah saatnya kita bertanya, untuk siapa sebenarnya kota ini dibangun?"},
			},
			only: map[int][]string{
				0: {
					"Coba perhatikan trotoar di depan rumah Anda: berapa kali ia terputus oleh pintu garasi, lapak, atau tiang listrik?",
					"Jalan layang memang terlihat megah di foto peresmian, tetapi ia tidak membantu ibu yang mendorong kereta bayi atau anak yang berjalan ke sekolah.",
					"Dengan anggaran satu jalan layang, sebuah kota bisa membenahi ratusan kilometer trotoar.",
					"Saya tidak menolak pembangunan jalan. Saya hanya meminta urutan prioritas yang lebih jujur.",
				},
				1: {
					"Penumpang tidak membutuhkan bus yang paling baru, mereka membutuhkan bus yang datang.",
					"Setiap kali jadwal molor, kepercayaan penumpang berkurang, dan kepercayaan itu jauh lebih sulit dibangun kembali daripada membeli armada.",
					"Subsidi angkutan umum sering dianggap pemborosan, padahal subsidi bagi kendaraan pribadi dalam bentuk jalan dan parkir murah jauh lebih besar.",
					"Janji itu hanya bisa ditepati bila ada kontrak layanan yang jelas dan sanksi bagi operator yang lalai.",
				},
				2: {
					"Di banyak kawasan, lebih mudah menemukan tempat parkir daripada bangku untuk duduk.",
					"Kota yang dirancang untuk mobil membuat anak-anak kehilangan kebebasan bermain dan berjalan sendiri ke sekolah.",
					"Mengubah arah itu tidak harus mahal: mulai dari penyeberangan yang aman, pohon peneduh, dan batas kecepatan yang ditegakkan.",
					"Kota-kota yang kini kita kagumi pun pernah dipenuhi mobil sebelum warganya memutuskan untuk berubah.",
				},
			},
			facts: []string{
				"Pejalan kaki adalah pengguna jalan yang paling rentan, tetapi sering menjadi yang terakhir dipikirkan.",
				"Jalan yang lebih lebar hanya memindahkan kemacetan beberapa ratus meter ke depan.",
				"Anak-anak, lansia, dan penyandang disabilitas paling merasakan buruknya trotoar kita.",
				"Angkutan umum yang andal membutuhkan subsidi, dan subsidi itu seharusnya dilihat sebagai investasi.",
				"Parkir yang murah dan mudah di pusat kota sebenarnya adalah subsidi tersembunyi bagi kendaraan pribadi.",
				"Kota-kota yang berhasil mengurangi kemacetan hampir selalu memulai dari pembatasan, bukan penambahan jalan.",
			},
			views: []string{
				"Kota yang baik bukan kota tempat orang miskin pun punya mobil, tetapi kota tempat orang kaya pun naik angkutan umum",
				"Trotoar yang layak adalah infrastruktur paling murah dengan manfaat paling luas",
			},
			heads: []string{"Jalan yang Tak Pernah Cukup", "Mulai dari Trotoar"},
		},
		{
			label: warta.LabelOpini, tags: []string{"pendidikan", "ketenagakerjaan", "kebijakan-publik"},
			expert: "peneliti pendidikan dari",
			angles: []angle{
				{"Guru Honorer dan Janji yang Terus Ditunda", "Kita menuntut mutu pendidikan yang tinggi dari mereka yang bahkan tidak kita bayar dengan layak.",
					"Di banyak sekolah, guru honorer mengajar dengan beban yang sama dengan guru tetap, kadang lebih berat. Gajinya? Sering tidak cukup untuk ongkos bensin sebulan. Ini bukan cerita baru, dan justru karena itu kita harus berhenti menganggapnya biasa."},
				{"Sekolah Dekat Rumah Hanya Adil bila Semua Sekolah Bermutu", "Sistem penerimaan murid apa pun akan terasa tidak adil selama mutu sekolah timpang.",
					"Setiap tahun, musim penerimaan murid baru melahirkan keluhan yang sama. Orang tua berebut kursi di sekolah yang dianggap unggulan. Masalahnya bukan pada sistem pendaftarannya, melainkan pada kenyataan bahwa tidak semua sekolah diperlakukan setara."},
				{"Membaca Dulu, Baru Bicara Kurikulum", "Kurikulum berganti, tetapi kemampuan membaca anak-anak kita belum banyak beranjak.",
					"Kita gemar memperdebatkan kurikulum. Namun, hasil asesmen berulang kali menunjukkan hal yang lebih mendasar: banyak anak belum mampu memahami bacaan sederhana. Sebelum bicara soal yang lebih tinggi, mari pastikan fondasinya dulu."},
			},
			only: map[int][]string{
				0: {
					"Saya pernah bertemu seorang guru honorer yang mengajar enam kelas dalam sehari, lalu berjualan pulsa pada malam harinya.",
					"Setiap musim penerimaan pegawai, janji pengangkatan kembali terdengar, dan setiap tahun pula banyak guru yang tertinggal.",
					"Kita tidak bisa menuntut guru terus belajar dan berinovasi bila mereka harus memikirkan cara membayar sewa rumah bulan depan.",
					"Menghargai guru bukan soal upacara di hari guru, melainkan soal gaji yang dibayar tepat waktu dan status yang jelas.",
				},
				1: {
					"Orang tua yang rela berbohong soal alamat demi kursi di sekolah tertentu sebenarnya sedang mengirim pesan tentang ketimpangan mutu.",
					"Selama sekolah unggulan mendapat guru terbaik dan fasilitas terlengkap, sistem penerimaan apa pun akan dicari celahnya.",
					"Pemerataan berarti memindahkan sumber daya ke sekolah yang paling tertinggal, bukan hanya memindahkan murid.",
					"Kita perlu berani mengukur keberhasilan sekolah dari kemajuan murid-muridnya, bukan dari nilai masuk mereka.",
				},
				2: {
					"Anak yang kesulitan membaca di kelas tiga hampir pasti akan kesulitan di semua pelajaran pada tahun-tahun berikutnya.",
					"Perubahan kurikulum menyita energi guru untuk administrasi, sementara waktu untuk mendampingi murid membaca justru berkurang.",
					"Buku bacaan yang menarik dan sesuai usia masih langka di banyak sekolah, terutama di luar kota besar.",
					"Mari sepakati satu target sederhana: setiap anak lulus kelas tiga dengan kemampuan membaca yang baik.",
				},
			},
			facts: []string{
				"Guru adalah faktor di dalam sekolah yang paling menentukan hasil belajar siswa.",
				"Sekolah di pinggiran sering mendapat guru paling sedikit dan fasilitas paling terbatas.",
				"Kemampuan membaca pemahaman adalah pintu bagi semua mata pelajaran lain.",
				"Pelatihan guru yang efektif bukan seminar sehari, melainkan pendampingan di kelas secara berkelanjutan.",
				"Ketika orang tua berebut sekolah tertentu, itu tanda bahwa kepercayaan pada sekolah lain sudah runtuh.",
				"Perpustakaan sekolah yang hidup bisa lebih berpengaruh daripada gedung baru yang megah.",
			},
			views: []string{
				"Tidak ada sistem pendidikan yang mutunya melampaui mutu gurunya",
				"Anak yang bisa membaca dengan baik akan menemukan jalannya sendiri untuk belajar hal lain",
			},
			heads: []string{"Fondasi yang Terlupakan", "Menghargai Guru"},
		},
		{
			label: warta.LabelOpini, tags: []string{"perubahan-iklim", "bencana-alam", "lingkungan"},
			expert: "peneliti lingkungan dari",
			angles: []angle{
				{"Banjir Bukan Takdir", "Menyebut banjir sebagai bencana alam sering kali menjadi cara halus untuk menghindari tanggung jawab.",
					"Setiap musim hujan, kita membaca berita yang sama: sungai meluap, rumah terendam, warga mengungsi. Lalu kita menyebutnya bencana alam, seolah-olah tidak ada keputusan manusia di baliknya. Padahal, banyak banjir adalah hasil dari pilihan-pilihan kita sendiri."},
				{"Pesisir Kita Sedang Tenggelam Pelan-pelan", "Kenaikan muka air laut dan penurunan tanah bertemu di kota-kota pesisir kita.",
					"Di beberapa kampung pesisir, warga meninggikan lantai rumah setiap beberapa tahun. Air laut masuk ke jalan saat pasang, bahkan ketika tidak hujan. Ini bukan ramalan tentang masa depan; ini sedang terjadi sekarang."},
				{"Mangrove Lebih Murah daripada Tanggul", "Alam menyediakan pelindung pantai yang bekerja tanpa tagihan perawatan mahal.",
					"Ketika bicara perlindungan pantai, pikiran kita langsung tertuju pada tanggul beton. Padahal, hutan mangrove telah melindungi pesisir kita jauh sebelum beton ditemukan, dan ia melakukannya sambil menjadi rumah bagi ikan dan kepiting."},
			},
			only: map[int][]string{
				0: {
					"Setiap izin perumahan di daerah resapan adalah keputusan, begitu pula setiap saluran yang dibiarkan tersumbat sampah.",
					"Menyebut banjir sebagai takdir membuat kita berhenti bertanya siapa yang bertanggung jawab.",
					"Warga yang rumahnya terendam setiap tahun tidak butuh simpati musiman, mereka butuh rencana yang dijalankan dengan konsisten.",
					"Kita tahu apa yang harus dilakukan; yang sering hilang adalah kemauan untuk melakukannya ketika musim hujan sudah lewat.",
				},
				1: {
					"Di kampung-kampung pesisir, anak-anak tumbuh dengan kebiasaan mengangkat barang ke tempat tinggi setiap kali air pasang datang.",
					"Tanggul bisa membeli waktu, tetapi tanpa menghentikan penyedotan air tanah, kota akan terus tenggelam di belakang tanggul itu.",
					"Rencana pemindahan permukiman harus dibicarakan bersama warga, bukan diputuskan di ruang rapat yang jauh dari pantai.",
					"Kita sedang kehabisan waktu, dan ongkos menunda akan ditanggung oleh mereka yang paling sedikit pilihannya.",
				},
				2: {
					"Akar mangrove meredam gelombang, menahan lumpur, dan perlahan meninggikan daratan di belakangnya.",
					"Menanam bibit mangrove untuk difoto itu mudah; memastikan bibit itu hidup tiga tahun kemudian jauh lebih sulit.",
					"Nelayan yang tinggal di sekitar mangrove paling paham cara merawatnya, karena kehidupan mereka bergantung padanya.",
					"Saya tidak mengatakan tanggul tidak diperlukan, tetapi di banyak tempat alam sudah menawarkan jawaban yang lebih murah.",
				},
			},
			facts: []string{
				"Daerah resapan yang berubah menjadi permukiman dan kawasan industri membuat air hujan langsung mengalir ke sungai.",
				"Pengambilan air tanah berlebihan mempercepat penurunan muka tanah di kota-kota pesisir.",
				"Sistem peringatan dini hanya berguna bila warga tahu apa yang harus dilakukan saat peringatan berbunyi.",
				"Merestorasi mangrove membutuhkan kesabaran dan keterlibatan warga pesisir, bukan sekadar menanam bibit untuk difoto.",
				"Biaya mencegah hampir selalu lebih kecil daripada biaya memulihkan.",
				"Warga miskin adalah yang paling menderita karena mereka tinggal di lokasi paling rawan.",
			},
			views: []string{
				"Alam tidak pernah marah. Ia hanya menanggapi apa yang kita lakukan terhadapnya",
				"Adaptasi iklim adalah soal keadilan, karena yang paling rentan adalah yang paling sedikit menyumbang masalahnya",
			},
			heads: []string{"Pilihan yang Kita Buat", "Belajar dari Pesisir"},
		},
		{
			label: warta.LabelOpini, tags: []string{"ketenagakerjaan", "startup", "kebijakan-publik"},
			onlyTags: map[int][]string{2: {"kecerdasan-buatan"}},
			expert:   "peneliti ketenagakerjaan dari",
			angles: []angle{
				{"Pekerja Lepas Butuh Perlindungan, Bukan Sekadar Pujian", "Fleksibilitas kerja tidak boleh menjadi alasan untuk menghapus jaminan dasar.",
					"Kita sering memuji pekerja lepas sebagai wajah baru ekonomi: fleksibel, mandiri, kreatif. Namun, di balik pujian itu, banyak dari mereka bekerja tanpa jaminan kesehatan, tanpa pensiun, dan tanpa kepastian penghasilan bulan depan."},
				{"Ketika Aplikasi Menjadi Atasan", "Algoritma menentukan pesanan, tarif, dan sanksi, tetapi tidak pernah bisa diajak bicara.",
					"Bagi jutaan pengemudi dan kurir, atasan mereka bukan lagi seseorang di kantor, melainkan sebuah aplikasi. Aplikasi itu menentukan pesanan, tarif, bahkan sanksi. Masalahnya, aplikasi tidak bisa diajak berunding."},
				{"Kecerdasan Buatan dan Pekerjaan Kita", "Pertanyaannya bukan apakah pekerjaan akan berubah, tetapi siapa yang menanggung biaya perubahannya.",
					"Setiap gelombang teknologi baru datang dengan dua cerita: cerita tentang kemudahan dan cerita tentang kehilangan pekerjaan. Keduanya benar. Yang jarang kita bicarakan adalah siapa yang menanggung ongkos peralihannya."},
			},
			only: map[int][]string{
				0: {
					"Seorang kawan desainer lepas pernah bercerita bahwa satu bulan sakit cukup untuk menghabiskan tabungan setahunnya.",
					"Jaminan sosial yang dapat dibayar fleksibel sesuai penghasilan akan jauh lebih masuk akal bagi pekerja lepas.",
					"Kontrak kerja tertulis, sesederhana apa pun, melindungi kedua belah pihak dari salah paham.",
					"Fleksibilitas seharusnya menjadi pilihan, bukan satu-satunya jalan bagi mereka yang tidak mendapat pekerjaan tetap.",
				},
				1: {
					"Pengemudi tidak tahu mengapa pesanan tiba-tiba sepi atau mengapa akunnya dinonaktifkan tanpa penjelasan.",
					"Aturan main yang ditulis sepihak dan bisa berubah kapan saja bukanlah kemitraan dalam arti yang sebenarnya.",
					"Jalur pengaduan yang dijawab manusia, bukan balasan otomatis, adalah tuntutan yang sangat wajar.",
					"Negara perlu hadir untuk memastikan teknologi tidak menjadi tempat bersembunyi dari tanggung jawab.",
				},
				2: {
					"Pekerjaan administrasi, penerjemahan, dan layanan pelanggan termasuk yang paling cepat berubah.",
					"Sejarah menunjukkan teknologi baru juga melahirkan pekerjaan baru, tetapi tidak selalu bagi orang yang sama.",
					"Pelatihan ulang harus dimulai sekarang, ketika pekerja masih punya penghasilan, bukan setelah mereka kehilangan pekerjaan.",
					"Perusahaan yang menikmati efisiensi dari teknologi layak ikut menanggung biaya pelatihan pekerjanya.",
				},
			},
			facts: []string{
				"Jumlah pekerja informal di Indonesia masih lebih besar daripada pekerja formal.",
				"Jaminan sosial yang dirancang untuk pekerja kantoran tidak selalu cocok bagi mereka yang penghasilannya tidak menentu.",
				"Transparansi cara algoritma menentukan tarif adalah syarat dasar hubungan kerja yang adil.",
				"Pelatihan ulang pekerja harus dirancang bersama industri agar tidak menjadi sertifikat tanpa pekerjaan.",
				"Perlindungan pekerja tidak otomatis mematikan inovasi; sejarah menunjukkan sebaliknya.",
				"Ketika risiko dipindahkan sepenuhnya kepada pekerja, yang tumbuh bukan kemandirian, melainkan kerentanan.",
			},
			views: []string{
				"Fleksibilitas yang sejati adalah ketika pekerja bisa memilih, bukan ketika perusahaan bisa melepaskan tanggung jawab",
				"Teknologi seharusnya memperingan kerja manusia, bukan memperpanjang jam kerjanya",
			},
			heads: []string{"Di Balik Kata Fleksibel", "Siapa yang Menanggung Risiko"},
		},
		{
			label: warta.LabelOpini, tags: []string{"sepak-bola", "timnas", "pembinaan-atlet"},
			expert: "pengamat sepak bola dari",
			angles: []angle{
				{"Liga yang Sehat Dimulai dari Lapangan Kampung", "Prestasi tim nasional tidak bisa dibangun tanpa kompetisi usia muda yang rutin dan merata.",
					"Setiap kali tim nasional kalah, kita mencari kambing hitam: pelatih, pemain, atau wasit. Jarang sekali kita menoleh ke lapangan-lapangan kampung yang makin sempit dan kompetisi usia muda yang berjalan tidak menentu."},
				{"Suporter Bukan Musuh", "Keamanan stadion bukan soal menambah aparat, melainkan membangun kepercayaan.",
					"Suporter adalah alasan sepak bola kita tetap hidup, bahkan di masa-masa ketika prestasinya biasa-biasa saja. Namun, mereka sering diperlakukan sebagai ancaman. Sudah waktunya cara pandang itu diubah."},
				{"Naturalisasi Boleh, Pembinaan Wajib", "Pemain dari luar bisa mempercepat hasil, tetapi tidak bisa menggantikan fondasi.",
					"Perdebatan tentang pemain naturalisasi selalu panas. Saya tidak menolaknya. Namun, bila kita hanya mengandalkan jalan pintas, kita akan terus bergantung pada keberuntungan."},
			},
			only: map[int][]string{
				0: {
					"Lapangan tempat saya bermain bola semasa kecil kini sudah menjadi deretan ruko.",
					"Anak-anak di kota besar kini harus membayar sewa lapangan untuk sekadar menendang bola bersama teman.",
					"Kompetisi usia muda yang berjalan rutin setiap pekan jauh lebih berharga daripada turnamen besar setahun sekali.",
					"Bila kita serius ingin berprestasi, mulailah dengan menjaga lapangan yang tersisa.",
				},
				1: {
					"Suporter datang dengan tiket yang mereka beli dari uang sendiri, sering kali dengan menempuh perjalanan jauh.",
					"Perlakuan yang keras dan tanpa penjelasan hanya menumbuhkan rasa saling curiga antara aparat dan penonton.",
					"Klub perlu membuka dialog rutin dengan kelompok suporter, bukan hanya ketika ada masalah.",
					"Stadion yang aman dimulai dari pintu keluar yang cukup, petugas yang terlatih, dan informasi yang jelas.",
				},
				2: {
					"Pemain naturalisasi bisa memperkuat tim hari ini, tetapi tidak menjawab pertanyaan siapa yang akan bermain sepuluh tahun lagi.",
					"Setiap rupiah yang dihabiskan untuk jalan pintas seharusnya diimbangi dengan investasi pada pelatih usia dini.",
					"Negara-negara yang kini kuat sepak bolanya membangun fondasi itu selama puluhan tahun.",
					"Kita boleh tidak sabar, tetapi jangan sampai ketidaksabaran itu membuat kita melupakan lapangan kampung.",
				},
			},
			facts: []string{
				"Lapangan terbuka di kota-kota besar terus berkurang karena alih fungsi lahan.",
				"Kompetisi usia muda yang rutin jauh lebih penting daripada pemusatan latihan jangka pendek.",
				"Pelatih usia dini yang bersertifikat masih sangat sedikit dibandingkan jumlah sekolah sepak bola.",
				"Klub profesional seharusnya diwajibkan memiliki akademi yang benar-benar berjalan.",
				"Suporter yang dilibatkan dalam pengelolaan klub cenderung lebih menjaga ketertiban.",
				"Prestasi yang dibangun dari pembinaan memang lambat, tetapi bertahan lebih lama.",
			},
			views: []string{
				"Negara yang kuat sepak bolanya adalah negara yang anak-anaknya punya tempat bermain",
				"Tidak ada jalan pintas menuju prestasi yang bertahan lama",
			},
			heads: []string{"Fondasi yang Rapuh", "Jalan Panjang Pembinaan"},
		},
	},
}
