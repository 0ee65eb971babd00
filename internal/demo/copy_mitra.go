package demo

import "warta"

// mitra holds sponsored content from invented companies. Each story names
// the section it runs in; every piece is labelled advertorial.
var mitra = sectionCopy{
	facts: []string{
		"Informasi lengkap mengenai produk dan syarat yang berlaku dapat dilihat di situs resmi perusahaan.",
		"Perusahaan juga menyiapkan layanan pelanggan yang dapat dihubungi setiap hari mulai pukul 08.00 hingga 20.00.",
		"Program promosi berlaku selama persediaan masih ada dan dapat berakhir sewaktu-waktu.",
		"Perusahaan menyatakan akan terus mendengarkan masukan pelanggan untuk menyempurnakan layanannya.",
	},
	heads: []string{"Keunggulan Produk", "Cara Mendapatkan"},
	stories: []story{
		{
			section: "ekonomi", label: warta.LabelAdvertorial, scope: national,
			tags: []string{"umkm", "investasi"},
			role: "Direktur Bisnis Mikro {org}", orgs: []string{"Bank Pesisir Sejahtera"},
			jobs:   []string{"pedagang sayur dan nasabah {org}", "pemilik warung kelontong yang ikut uji coba"},
			viewBy: "{warga}, {pekerjaan}",
			views: []string{
				"Dulu catatan jualan saya cuma di kepala. Sekarang saya tahu persis berapa untung saya setiap minggu",
				"Pembeli tinggal memindai kode, uangnya langsung masuk. Saya tidak perlu lagi repot menyiapkan uang kembalian",
			},
			angles: []angle{
				{"{org} Luncurkan Tabungan Digital untuk Pelaku Usaha Mikro", "Rekening dapat dibuka dari ponsel dalam hitungan menit, tanpa saldo minimum.",
					"{org} meluncurkan layanan tabungan digital yang dirancang khusus bagi pelaku usaha mikro. Rekening dapat dibuka dari ponsel dalam hitungan menit, tanpa saldo minimum dan tanpa biaya administrasi bulanan."},
				{"{org} Gelar Kelas Keuangan Gratis bagi Pedagang Pasar", "Peserta belajar mencatat arus kas dan menyusun rencana usaha sederhana.",
					"{org} menggelar kelas keuangan gratis bagi pedagang pasar di sejumlah kota. Peserta belajar mencatat arus kas harian, memisahkan uang usaha dan uang rumah tangga, serta menyusun rencana usaha sederhana."},
			},
			only: map[int][]string{
				0: {
					"Pembukaan rekening cukup dengan kartu identitas dan swafoto, tanpa perlu datang ke kantor cabang.",
					"Nasabah baru yang mendaftar dalam tiga bulan pertama mendapat bebas biaya transfer antarbank selama setahun.",
					"Dana nasabah dijamin oleh lembaga penjamin simpanan sesuai ketentuan yang berlaku.",
					"Aplikasi juga menyediakan fitur pengingat pembayaran bagi pelaku usaha yang menjual secara tempo.",
				},
				1: {
					"Kelas digelar di pasar-pasar tradisional setelah jam ramai pembeli, sehingga pedagang tidak perlu menutup lapak.",
					"Setiap peserta mendapat buku catatan kas sederhana yang dirancang khusus untuk pedagang.",
					"Peserta yang menyelesaikan seluruh rangkaian kelas dapat berkonsultasi dengan pendamping usaha secara gratis.",
					"Kelas serupa dijadwalkan berlanjut ke lebih banyak kota hingga akhir tahun.",
				},
			},
			facts: []string{
				"Nasabah dapat menerima pembayaran dari pembeli melalui kode QR yang terhubung langsung ke rekening.",
				"Laporan transaksi harian tersedia di aplikasi dan dapat diunduh untuk keperluan pengajuan pinjaman.",
				"Layanan ini telah digunakan oleh lebih dari {n4} pelaku usaha selama masa uji coba.",
				"{org} telah melayani nasabah usaha mikro di berbagai daerah selama lebih dari dua dekade.",
				"Nasabah juga dapat mengajukan pinjaman modal kerja langsung dari aplikasi setelah riwayat transaksinya tercatat.",
				"Kelas keuangan dipandu oleh pendamping usaha yang berpengalaman mendampingi pedagang kecil.",
			},
			said: []string{
				"Kami ingin pedagang kecil punya catatan keuangan yang rapi, karena dari situlah akses pembiayaan terbuka",
			},
			heads: []string{"Tanpa Saldo Minimum"},
			lists: []list{{intro: "Fitur utama tabungan digital ini:", items: []string{
				"pembukaan rekening dari ponsel", "pembayaran dengan kode QR", "laporan transaksi harian", "tanpa biaya administrasi bulanan",
			}}},
		},
		{
			section: "gaya-hidup", label: warta.LabelAdvertorial,
			tags: []string{"kuliner", "umkm"},
			role: "pendiri {org}", orgs: []string{"Kopi Sagara"},
			jobs:   []string{"pelanggan setia {org}", "mahasiswa yang sering mengerjakan tugas di kedai"},
			viewBy: "{warga}, {pekerjaan}",
			views: []string{
				"Saya selalu bawa tumbler sendiri. Lumayan, lebih hemat dan tidak menambah sampah",
				"Rasanya ringan dan tidak bikin perut perih. Sekarang ini jadi kopi pagi saya",
			},
			angles: []angle{
				{"{org} Buka Kedai Ke-{n2} di {kota} dengan Kemasan Ramah Lingkungan", "Pelanggan yang membawa gelas sendiri mendapat potongan harga.",
					"{org} membuka kedai ke-{n2} di {kota} dengan konsep ramah lingkungan. Seluruh kemasan minuman kini terbuat dari bahan yang dapat didaur ulang, dan pelanggan yang membawa gelas sendiri mendapat potongan harga."},
				{"{org} Hadirkan Racikan Baru dari Biji Kopi Petani {provinsi}", "Biji kopi dibeli langsung dari kelompok tani dengan harga di atas pasar.",
					"{org} menghadirkan racikan kopi baru yang menggunakan biji dari kelompok tani di {provinsi}. Biji kopi dibeli langsung dari petani dengan harga di atas harga pasar."},
			},
			only: map[int][]string{
				0: {
					"Kedai baru ini dilengkapi ruang baca kecil dan colokan listrik di setiap meja.",
					"Selama pekan pembukaan, pelanggan mendapat minuman kedua dengan setengah harga.",
					"Sedotan plastik diganti sedotan kertas, dan gula disediakan dalam wadah besar, bukan sachet.",
					"Kedai buka setiap hari mulai pukul tujuh pagi hingga pukul sepuluh malam.",
				},
				1: {
					"Racikan baru ini memiliki rasa cokelat dan buah yang lembut dengan tingkat keasaman rendah.",
					"Setiap kemasan mencantumkan nama kelompok tani dan ketinggian kebun asal biji kopi.",
					"Sebagian hasil penjualan disisihkan untuk membantu peremajaan tanaman kopi di kebun petani mitra.",
					"Racikan ini tersedia dalam bentuk biji utuh maupun bubuk untuk diseduh di rumah.",
				},
			},
			facts: []string{
				"Setiap kedai dilengkapi tempat pengumpulan gelas bekas yang kemudian dikirim ke mitra daur ulang.",
				"Menu baru tersedia di semua kedai dan melalui layanan pesan antar.",
				"Perusahaan melatih barista dari warga sekitar kedai.",
				"Ampas kopi dari kedai diolah bersama komunitas petani menjadi pupuk kompos.",
				"{org} bermula dari sebuah gerobak kopi kecil di dekat kampus sebelum berkembang menjadi jaringan kedai.",
				"Pelanggan dapat mengumpulkan poin melalui aplikasi dan menukarkannya dengan minuman gratis.",
			},
			said: []string{
				"Secangkir kopi yang enak seharusnya juga adil bagi petani dan tidak meninggalkan sampah",
			},
			heads: []string{"Dari Kebun ke Kedai"},
		},
		{
			section: "teknologi", label: warta.LabelAdvertorial,
			tags: []string{"energi", "transportasi"},
			role: "Direktur Pemasaran {org}", orgs: []string{"PT Lajur Elektrik Indonesia"},
			jobs:   []string{"kurir paket yang sudah mencoba motor Lajur", "karyawan yang setiap hari bermotor ke kantor"},
			viewBy: "{warga}, {pekerjaan}",
			views: []string{
				"Tarikannya halus dan tidak berisik. Yang paling terasa, pengeluaran bensin saya hilang",
				"Tukar baterai cuma sebentar, jadi saya tidak perlu menunggu berjam-jam seperti mengisi daya biasa",
			},
			angles: []angle{
				{"Motor Listrik Lajur Kini Hadir di {kota}", "{org} membuka diler dan bengkel resmi pertama di kota itu.",
					"{org} membuka diler dan bengkel resmi motor listrik Lajur pertama di {kota}. Calon pembeli dapat mencoba kendaraan secara langsung sebelum memutuskan membeli."},
				{"Lajur Tawarkan Skema Tukar Baterai di {n2} Titik di {kota}", "Pengendara cukup menukar baterai kosong dengan yang penuh dalam hitungan detik.",
					"{org} menyediakan stasiun tukar baterai di {n2} titik di {kota}. Pengendara motor listrik Lajur cukup menukar baterai kosong dengan baterai penuh tanpa harus menunggu pengisian."},
			},
			only: map[int][]string{
				0: {
					"Diler baru menempati bangunan dua lantai dengan ruang pamer dan bengkel di bagian belakang.",
					"Selama bulan pertama, pembeli mendapat helm dan pengisi daya rumah tanpa biaya tambahan.",
					"Motor tersedia dalam tiga pilihan warna dan dua varian kapasitas baterai.",
					"Calon pembeli dapat memesan jadwal uji kendara melalui situs resmi perusahaan.",
				},
				1: {
					"Penukaran baterai dilakukan di mesin otomatis dan hanya membutuhkan waktu kurang dari satu menit.",
					"Stasiun tukar baterai ditempatkan di minimarket, stasiun pengisian bahan bakar, dan area parkir pusat perbelanjaan.",
					"Pengendara membayar biaya berlangganan bulanan sesuai pilihan paket jarak tempuh.",
					"Aplikasi menunjukkan lokasi stasiun terdekat dan jumlah baterai penuh yang tersedia.",
				},
			},
			facts: []string{
				"Sekali pengisian penuh, motor dapat menempuh jarak hingga sekitar 90 kilometer dalam kondisi normal.",
				"Pembelian dapat dilakukan secara tunai maupun cicilan melalui perusahaan pembiayaan mitra.",
				"Garansi baterai berlaku hingga tiga tahun atau jarak tempuh tertentu.",
				"Teknisi bengkel telah mengikuti pelatihan khusus perawatan kendaraan listrik.",
				"Biaya pengisian daya di rumah untuk pemakaian harian disebut jauh lebih hemat dibandingkan membeli bahan bakar.",
				"Motor listrik Lajur dirakit di dalam negeri dengan sebagian komponen dari pemasok lokal.",
			},
			said: []string{
				"Kami ingin beralih ke kendaraan listrik terasa semudah mengisi bensin",
			},
			heads: []string{"Uji Kendara Gratis"},
			lists: []list{{intro: "Layanan yang tersedia di diler:", items: []string{
				"uji kendara tanpa biaya", "konsultasi pembiayaan", "perawatan berkala", "penjualan suku cadang resmi",
			}}},
		},
	},
}
