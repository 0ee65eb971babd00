package demo

var gayaHidup = sectionCopy{
	labs: []string{"Universitas Bentara Nusa", "Universitas Cendekia Bangsa", "Institut Seni Cendana", "Pusat Studi Budaya Lintas Nusa"},
	facts: []string{
		"Akhir pekan panjang biasanya menjadi waktu paling ramai bagi kegiatan semacam ini.",
		"Unggahan pengunjung di media sosial ikut membuat tempat ini makin dikenal di luar daerah.",
		"Pengunjung disarankan datang pagi atau sore hari untuk menghindari terik matahari dan antrean panjang.",
		"Sebagian besar pengunjung adalah keluarga muda dan rombongan mahasiswa.",
		"Penyelenggara menyiapkan area khusus bagi anak-anak dan lansia agar semua bisa menikmati acara dengan nyaman.",
		"Warga setempat berharap geliat ini memberi manfaat ekonomi yang merata, bukan hanya bagi segelintir pihak.",
		"Harga yang terjangkau membuat kegiatan ini bisa dinikmati berbagai kalangan.",
		"Pengelola mengingatkan pengunjung untuk membawa pulang sampahnya sendiri.",
	},
	heads: []string{"Tips bagi Pengunjung", "Cerita di Baliknya", "Daya Tarik Baru"},
	closings: []string{
		"Bagi yang ingin berkunjung, informasi jadwal dan harga dapat dipantau melalui akun media sosial resmi pengelola.",
		"Rencananya, kegiatan serupa akan kembali digelar tahun depan dengan skala yang lebih besar.",
		"Pada akhirnya, cerita-cerita kecil seperti inilah yang membuat sebuah kota terasa hidup.",
	},
	stories: []story{
		{
			tags: []string{"kuliner", "umkm", "budaya", "wisata"},
			role: "Kepala Dinas Pariwisata Kota {kota}", expert: "peneliti sejarah kuliner dari",
			jobs: []string{"pemilik warung yang sudah berjualan tiga generasi", "pelancong dari luar kota", "pengunjung festival bersama keluarganya"},
			angles: []angle{
				{"Festival Kuliner {kota} Hadirkan {n3} Gerai Makanan Khas Daerah", "Pengunjung bisa mencicipi hidangan dari berbagai kecamatan dalam satu tempat.",
					"Festival kuliner tahunan di {kota} menghadirkan {n3} gerai makanan khas daerah. Selama tiga hari, pengunjung dapat mencicipi hidangan dari berbagai kecamatan tanpa harus berkeliling kota."},
				{"Warung Legendaris di {kota} yang Bertahan Lebih dari 50 Tahun", "Resep tidak pernah berubah, begitu pula kayu bakar yang dipakai untuk memasak.",
					"Di sebuah gang sempit di {kota}, sebuah warung makan sudah berdiri lebih dari setengah abad. Resepnya tidak pernah berubah, begitu pula tungku kayu bakar yang dipakai untuk memasak setiap subuh."},
				{"Kopi dari Lereng Gunung di {provinsi} Makin Dilirik Kafe Kota", "Petani mulai mengolah sendiri biji kopi agar harga jualnya lebih tinggi.",
					"Kopi dari lereng-lereng gunung di {provinsi} semakin sering ditemukan di daftar menu kafe kota besar. Para petani kini mengolah sendiri biji kopi mereka agar tidak lagi dijual murah dalam bentuk gelondong."},
			},
			only: map[int][]string{
				0: {
					"Hidangan yang paling dicari adalah olahan ikan dengan bumbu kuning dan sambal yang diulek langsung di depan pembeli.",
					"Sebagian besar pedagang di festival adalah usaha rumahan yang biasanya hanya berjualan dari rumah.",
					"Panitia mewajibkan setiap gerai menyediakan wadah yang bisa dipakai ulang atau mudah terurai.",
				},
				1: {
					"Pemilik warung masih memasak dengan tungku kayu karena menurutnya rasa masakan menjadi lebih harum.",
					"Harga seporsi makanan di warung itu hanya naik sedikit dalam sepuluh tahun terakhir.",
					"Warung buka sejak pukul enam pagi dan biasanya sudah kehabisan lauk menjelang tengah hari.",
				},
				2: {
					"Petani kopi belajar teknik pascapanen dari komunitas penyangrai di kota.",
					"Kopi yang diolah dengan baik bisa dijual beberapa kali lipat lebih mahal daripada biji mentah.",
					"Buah kopi dipetik satu per satu hanya ketika sudah merah matang, lalu dijemur di atas para-para bambu.",
				},
			},
			facts: []string{
				"Banyak resep tradisional hanya diwariskan secara lisan dari generasi ke generasi.",
			},
			said: []string{
				"Kuliner adalah pintu masuk orang mengenal sebuah daerah. Dari makanan, orang bisa jatuh cinta pada kotanya",
				"Kami ingin pedagang kecil merasakan langsung manfaat dari setiap wisatawan yang datang",
			},
			views: []string{
				"Setiap resep tradisional menyimpan sejarah perdagangan, migrasi, dan pertemuan budaya yang panjang",
				"Kuliner lokal bisa bertahan bila anak muda mau meneruskannya, bukan hanya memotretnya",
			},
			voices: []string{
				"1|Rasanya masih sama seperti waktu saya kecil diajak bapak makan di sini",
				"Saya sengaja datang dari luar kota hanya untuk makan siang di sini",
			},
			heads: []string{"1|Resep yang Diwariskan", "2|Dari Kebun ke Cangkir", "Menu yang Wajib Dicoba"},
			lists: []list{{intro: "Beberapa hidangan yang paling banyak dicari pengunjung:", items: []string{
				"ikan bakar bumbu kuning dengan sambal dabu-dabu", "sate lilit dan lawar sayur", "pepes jamur dengan nasi liwet", "kue lapis legit dan wajik ketan",
			}}},
		},
		{
			tags: []string{"wisata", "lingkungan", "umkm"},
			role: "ketua kelompok sadar wisata setempat", expert: "peneliti pariwisata berkelanjutan dari",
			jobs: []string{"pemandu wisata lokal", "pemilik rumah singgah", "wisatawan asal Jakarta"},
			angles: []angle{
				{"Desa Wisata di {provinsi} Batasi Jumlah Pengunjung demi Menjaga Alam", "Kuota harian diberlakukan agar jalur pendakian dan mata air tidak rusak.",
					"Sebuah desa wisata di {provinsi} mulai membatasi jumlah pengunjung menjadi {n3} orang per hari. Kebijakan itu diambil agar jalur pendakian dan mata air yang menjadi daya tarik desa tidak rusak."},
				{"Menyusuri Pantai Tersembunyi di Selatan {kota}", "Pasir putih, tebing karang, dan warung ikan bakar milik nelayan menanti di ujung jalan setapak.",
					"Butuh sekitar satu jam perjalanan dari pusat {kota} ditambah berjalan kaki menyusuri jalan setapak untuk tiba di pantai ini. Pasir putih, tebing karang, dan warung ikan bakar milik nelayan menjadi hadiahnya."},
				{"Wisata Sepeda Keliling Kampung Tua di {kota} Kian Diminati", "Peserta diajak singgah di rumah-rumah tua dan bengkel perajin.",
					"Tur bersepeda keliling kampung tua di {kota} semakin diminati wisatawan. Peserta diajak singgah di rumah-rumah tua, bengkel perajin, dan warung kopi yang sudah berdiri puluhan tahun."},
			},
			only: map[int][]string{
				0: {
					"Pengunjung dilarang membawa kemasan plastik sekali pakai ke kawasan mata air.",
					"Waktu terbaik untuk berkunjung adalah pada musim kemarau, ketika jalan setapak tidak licin.",
					"Pemesanan kuota dilakukan melalui pesan singkat kepada pengelola paling lambat sehari sebelumnya.",
				},
				1: {
					"Warung-warung di tepi pantai menyajikan ikan hasil tangkapan nelayan pagi itu.",
					"Pengunjung diminta tidak berenang terlalu jauh karena arus di beberapa titik cukup kuat.",
					"Tidak ada penginapan di dekat pantai, sehingga sebagian besar wisatawan datang dan pulang di hari yang sama.",
				},
				2: {
					"Tur sepeda berlangsung sekitar tiga jam dan cocok untuk pemula.",
					"Sepeda dan helm disediakan penyelenggara, dan setiap rombongan didampingi dua pemandu.",
					"Peserta singgah di bengkel perajin perak dan mencicipi kue tradisional di rumah warga.",
				},
			},
			facts: []string{
				"Tiket masuk dikelola oleh badan usaha milik desa dan sebagian dipakai untuk merawat fasilitas.",
				"Warga setempat dilatih menjadi pemandu dan pengelola rumah singgah.",
				"Rumah singgah milik warga menawarkan pengalaman menginap sekaligus belajar memasak masakan kampung.",
				"Pemandu lokal menceritakan sejarah kampung yang jarang tertulis di buku panduan wisata.",
			},
			said: []string{
				"Kami tidak ingin desa ini ramai sesaat lalu rusak. Lebih baik pengunjungnya sedikit tetapi alamnya terjaga",
				"Setiap rupiah dari wisatawan kami kembalikan untuk desa, mulai dari jalan sampai beasiswa anak-anak",
			},
			views: []string{
				"Pariwisata massal sering meninggalkan masalah. Model berbasis komunitas seperti ini lebih adil dan lebih tahan lama",
				"Pembatasan kuota adalah keputusan berani yang seharusnya ditiru banyak destinasi lain",
			},
			voices: []string{
				"Pemandangannya luar biasa, dan yang lebih menyenangkan, warganya ramah sekali",
				"Sejak ada wisatawan, anak-anak muda di sini tidak perlu lagi merantau",
			},
			heads: []string{"Menjaga Alam", "Cara Menuju Lokasi", "Pariwisata Berbasis Warga"},
			lists: []list{{intro: "Yang perlu disiapkan sebelum berkunjung:", items: []string{
				"alas kaki yang nyaman untuk berjalan di jalan tanah", "botol minum isi ulang", "uang tunai, karena belum semua warung menerima pembayaran digital", "jaket tipis untuk sore hari",
			}}},
		},
		{
			tags: []string{"kesehatan-mental", "kesehatan"},
			role: "psikolog klinis di {org}", expert: "dosen psikologi di",
			orgs: []string{"Klinik Tumbuh Kembang Pelita", "Pusat Layanan Psikologi Cendekia", "Rumah Konseling Teduh"},
			jobs: []string{"karyawan yang pernah mengalami kelelahan kerja", "mahasiswa tingkat akhir", "ibu yang baru melahirkan"},
			angles: []angle{
				{"Kelelahan Kerja Mengintai Pekerja Muda, Ini Tanda-tandanya", "Sulit tidur, mudah marah, dan kehilangan minat bisa menjadi sinyal awal.",
					"Makin banyak pekerja muda yang datang ke layanan konseling dengan keluhan kelelahan kerja. Psikolog menyebut gejalanya sering diabaikan karena dianggap sekadar capek biasa."},
				{"Layanan Konseling Gratis bagi Mahasiswa Dibuka di {kota}", "Mahasiswa dapat berkonsultasi secara tatap muka maupun daring tanpa biaya.",
					"Sejumlah kampus di {kota} bersama {org} membuka layanan konseling gratis bagi mahasiswa. Layanan tersedia secara tatap muka maupun daring dan dijamin kerahasiaannya."},
				{"Jalan Kaki 30 Menit Sehari, Kebiasaan Kecil yang Berdampak Besar", "Aktivitas ringan yang rutin membantu menjaga suasana hati dan kualitas tidur.",
					"Tidak perlu langsung berlari maraton untuk hidup lebih sehat. Para ahli menyebut berjalan kaki sekitar 30 menit setiap hari sudah memberi manfaat besar bagi tubuh dan pikiran."},
			},
			only: map[int][]string{
				0: {
					"Kelelahan kerja berbeda dengan rasa capek biasa karena tidak hilang meski sudah beristirahat di akhir pekan.",
					"Psikolog menyarankan pekerja berani membicarakan beban kerja dengan atasan sebelum kondisinya memburuk.",
				},
				1: {
					"Mahasiswa tingkat akhir menjadi kelompok yang paling banyak mendaftar, terutama menjelang tenggat skripsi.",
					"Setiap mahasiswa berhak atas beberapa sesi konseling gratis dalam satu semester.",
				},
				2: {
					"Berjalan kaki bisa dilakukan di mana saja tanpa biaya, dari keliling kompleks hingga naik-turun tangga kantor.",
					"Manfaatnya paling terasa bila dilakukan rutin, meski dibagi menjadi beberapa kali jalan singkat dalam sehari.",
				},
			},
			facts: []string{
				"Jam kerja yang panjang dan batas yang kabur antara pekerjaan dan waktu pribadi menjadi pemicu yang paling sering ditemukan.",
				"Stigma terhadap masalah kesehatan jiwa membuat banyak orang menunda mencari bantuan.",
				"Jumlah psikolog klinis di Indonesia masih jauh dari cukup dibandingkan jumlah penduduk.",
				"Dukungan dari keluarga dan teman terdekat berperan besar dalam proses pemulihan.",
				"Aktivitas fisik ringan dapat membantu mengurangi gejala cemas dan memperbaiki kualitas tidur.",
				"Layanan konseling daring membantu mereka yang tinggal jauh dari fasilitas kesehatan.",
				"Perusahaan mulai menyediakan layanan konseling bagi karyawan sebagai bagian dari tunjangan.",
			},
			said: []string{
				"Meminta bantuan bukan tanda lemah. Justru itu langkah pertama untuk pulih",
				"Kenali batas diri. Istirahat adalah bagian dari produktivitas, bukan lawannya",
			},
			views: []string{
				"Kesehatan jiwa sama pentingnya dengan kesehatan fisik, tetapi layanannya masih sering dianggap kemewahan",
				"Kebiasaan kecil yang konsisten sering lebih bermanfaat daripada perubahan besar yang hanya bertahan seminggu",
			},
			voices: []string{
				"0|Saya baru sadar butuh bantuan setelah berbulan-bulan sulit tidur",
				"2|Jalan pagi sebelum kerja sekarang jadi waktu favorit saya untuk menenangkan pikiran",
			},
			heads: []string{"Kenali Tandanya", "Kapan Harus Mencari Bantuan", "Kebiasaan Kecil"},
			lists: []list{{intro: "Tanda-tanda yang perlu diwaspadai:", items: []string{
				"sulit tidur atau justru tidur berlebihan", "mudah tersinggung dan kehilangan minat pada hal yang biasanya disukai", "merasa lelah meski sudah beristirahat", "sulit berkonsentrasi pada pekerjaan sederhana",
			}}},
		},
		{
			tags: []string{"budaya", "wisata", "pendidikan"},
			role: "ketua panitia festival budaya {kota}", expert: "budayawan dan pengajar di",
			jobs: []string{"penari muda", "perajin topeng", "penonton yang datang bersama anak-anaknya"},
			angles: []angle{
				{"Festival Budaya {kota} Tampilkan {n2} Kelompok Seni Tradisional", "Pertunjukan tari, musik, dan teater rakyat digelar di ruang-ruang terbuka kota.",
					"Festival budaya tahunan di {kota} menampilkan {n2} kelompok seni tradisional selama sepekan. Tari, musik, dan teater rakyat dipentaskan di taman, pasar, dan halaman gedung tua."},
				{"Museum di {kota} Dibuka hingga Malam, Pengunjung Muda Melonjak", "Tur malam dengan pemandu bercerita menjadi daya tarik baru.",
					"Museum daerah di {kota} kini buka hingga pukul 21.00 setiap akhir pekan. Tur malam dengan pemandu yang bercerita membuat jumlah pengunjung muda melonjak."},
				{"Anak Muda {kota} Hidupkan Kembali Tari Tradisional Lewat Media Sosial", "Video latihan yang diunggah rutin ditonton ratusan ribu kali.",
					"Sekelompok anak muda di {kota} menghidupkan kembali tari tradisional yang nyaris terlupakan. Video latihan yang mereka unggah rutin ke media sosial ditonton ratusan ribu kali."},
			},
			only: map[int][]string{
				0: {
					"Jadwal pertunjukan dibagikan melalui poster di pasar dan media sosial panitia.",
					"Sebagian kelompok seni datang dari desa-desa di pinggiran kota dengan menyewa truk bersama.",
				},
				1: {
					"Museum menambah keterangan dalam bahasa daerah dan bahasa Inggris di setiap ruang pamer.",
					"Pengunjung museum pada malam hari didominasi pelajar dan mahasiswa.",
					"Pemandu tur malam membawakan kisah-kisah di balik benda koleksi dengan gaya bercerita.",
				},
				2: {
					"Para penari berlatih setiap sore di pendapa milik warga selama berbulan-bulan.",
					"Pelatih tari senior menuliskan kembali gerakan-gerakan lama yang sebelumnya hanya diingat para tetua.",
					"Kostum tari dijahit sendiri oleh para penari dengan bantuan ibu-ibu di kampung.",
				},
			},
			facts: []string{
				"Sebagian pertunjukan digelar gratis agar dapat dinikmati semua kalangan.",
				"Perajin topeng dan kain tradisional ikut memamerkan karya di sela pertunjukan.",
				"Banyak kelompok seni bertahan dengan biaya sendiri dan bantuan warga sekitar.",
			},
			said: []string{
				"Budaya tidak boleh hanya tinggal di buku. Ia harus ditonton, ditarikan, dan diperbincangkan",
				"Kami sengaja membawa pertunjukan ke pasar dan taman supaya lebih dekat dengan warga",
			},
			views: []string{
				"Media sosial bukan ancaman bagi tradisi. Justru bisa menjadi panggung baru asalkan maknanya tidak hilang",
				"Museum yang hidup adalah museum yang mau mendengarkan pengunjungnya",
			},
			voices: []string{
				"2|Awalnya saya malu menari di depan umum. Sekarang justru bangga",
				"Anak-anak saya jadi tahu cerita-cerita lama kota ini",
			},
			heads: []string{"Panggung di Ruang Publik", "2|Generasi Penerus", "1|Museum yang Berubah"},
		},
		{
			tags: []string{"budaya", "umkm"},
			role: "sutradara film {org}", expert: "kritikus film dan pengajar di",
			orgs: []string{"Rumah di Ujung Dermaga", "Sore di Pasar Lama", "Senja Terakhir di Teluk Biru", "Surat untuk Nenek di Kampung"},
			jobs: []string{"penonton yang menyaksikan pemutaran perdana", "pemeran pendukung yang berasal dari kampung lokasi syuting"},
			angles: []angle{
				{"Film '{org}' Angkat Kisah Nelayan dari {provinsi}", "Sebagian besar pemeran adalah warga kampung nelayan tempat syuting berlangsung.",
					"Film '{org}' mengisahkan kehidupan keluarga nelayan di pesisir {provinsi}. Sebagian besar pemerannya adalah warga kampung tempat syuting berlangsung, bukan aktor profesional."},
				{"Pemutaran Perdana '{org}' di {kota} Dipadati Penonton", "Film karya sineas daerah itu mendapat tepuk tangan panjang seusai pemutaran.",
					"Pemutaran perdana film '{org}' di {kota} dipadati penonton pada {hari} ({tgl}) malam. Film karya sineas daerah itu disambut tepuk tangan panjang seusai layar padam."},
				{"Bioskop Komunitas di {kota} Putar Film-film Daerah Setiap Pekan", "Ruang kecil berkapasitas {n2} kursi itu menjadi tempat berkumpul sineas muda.",
					"Sebuah bioskop komunitas di {kota} rutin memutar film-film karya sineas daerah setiap akhir pekan. Ruang berkapasitas {n2} kursi itu kini menjadi tempat berkumpulnya para pembuat film muda."},
			},
			only: map[int][]string{
				0: {
					"Proses syuting berlangsung selama {n1} pekan dengan anggaran yang sangat terbatas.",
					"Sebagian adegan diambil di tengah laut dengan perahu nelayan sungguhan.",
				},
				1: {
					"Tiket pemutaran perdana habis dalam dua hari setelah dijual secara daring.",
					"Beberapa pemeran yang berasal dari kampung nelayan ikut hadir dan disambut tepuk tangan penonton.",
				},
				2: {
					"Bioskop komunitas itu menempati bekas gudang yang direnovasi secara swadaya.",
					"Harga tiket dibuat terjangkau, dan sebagian pendapatan dibagikan kepada pembuat film.",
				},
			},
			facts: []string{
				"Dialog dalam film sebagian besar menggunakan bahasa daerah dengan teks terjemahan.",
				"Film ini sebelumnya diputar di beberapa festival film dan mendapat sambutan hangat.",
				"Sineas daerah kerap kesulitan mendapatkan layar di bioskop jaringan besar.",
				"Diskusi bersama sutradara dan pemain digelar seusai pemutaran.",
				"Musik latar film digarap oleh musisi lokal dengan alat musik tradisional.",
				"Penonton muda menyebut film ini mengingatkan mereka pada kampung halaman.",
			},
			said: []string{
				"0|Kami ingin penonton melihat kehidupan pesisir apa adanya, tanpa dibuat-buat",
				"Warga kampung adalah pemeran terbaik untuk kisah mereka sendiri",
			},
			views: []string{
				"Film daerah sedang bergairah. Yang dibutuhkan sekarang adalah jalur distribusi yang lebih adil",
				"Kekuatan film ini ada pada kejujurannya. Ia tidak berusaha terlihat megah",
			},
			voices: []string{
				"Saya menangis di bagian akhir. Rasanya seperti melihat keluarga sendiri",
			},
			heads: []string{"Kisah dari Pesisir", "Di Balik Layar", "Mencari Layar"},
		},
	},
}
