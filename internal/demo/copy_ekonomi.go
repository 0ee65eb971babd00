package demo

var ekonomi = sectionCopy{
	common: true,
	labs: []string{
		"Pusat Studi Ekonomi Kerakyatan Cakrawala", "Universitas Bentara Nusa", "Forum Kajian Fiskal Nusantara",
		"Universitas Cendekia Bangsa",
	},
	facts: []string{
		"Badan statistik daerah mencatat inflasi tahunan di {provinsi} berada di kisaran {p1} persen.",
		"Daya beli masyarakat berpenghasilan rendah disebut paling rentan terhadap kenaikan harga kebutuhan pokok.",
		"Sektor perdagangan dan industri pengolahan masih menjadi penyumbang terbesar perekonomian {provinsi}.",
		"Penyaluran kredit perbankan di daerah tumbuh sekitar {p1} persen secara tahunan.",
		"Pelaku usaha berharap pemerintah menjaga kepastian aturan agar rencana ekspansi tidak tertunda.",
		"Konsumsi rumah tangga masih menjadi penopang utama pertumbuhan ekonomi, sehingga pergerakan harga selalu diawasi ketat.",
		"Pemerintah daerah menyiapkan operasi pasar bila harga kebutuhan pokok terus bergerak naik.",
		"Sebagian ekonom memperkirakan pertumbuhan ekonomi tahun ini akan sedikit melambat dibandingkan tahun lalu.",
		"Biaya logistik yang tinggi membuat harga barang di luar Jawa kerap lebih mahal meskipun diproduksi di daerah yang sama.",
		"Kelompok usaha kecil mengeluhkan masih sulitnya mengakses pembiayaan tanpa agunan.",
	},
	heads: []string{"Dampak ke Rumah Tangga", "Proyeksi ke Depan", "Suara Pelaku Usaha"},
	closings: []string{
		"Pergerakan harga dan kebijakan lanjutan akan terus dipantau Warta Nusantara dalam beberapa pekan ke depan.",
		"Data lengkap triwulan berikutnya dijadwalkan diumumkan pada awal bulan depan.",
		"Pelaku usaha berharap kepastian kebijakan dapat segera diumumkan sebelum akhir tahun.",
	},
	stories: []story{
		{
			tags: []string{"inflasi", "pangan", "kebijakan-publik"},
			role: "Kepala Dinas Perdagangan Kota {kota}", expert: "ekonom dari",
			jobs: []string{"pedagang cabai di pasar induk {kota}", "ibu rumah tangga yang berbelanja di pasar", "pemilik warung nasi di {kota}", "petani bawang merah"},
			angles: []angle{
				{"Harga Cabai Rawit di {kota} Tembus Rp {n2}.000 per Kilogram", "Curah hujan tinggi membuat pasokan dari sentra produksi berkurang.",
					"Harga cabai rawit di pasar-pasar tradisional {kota} melonjak hingga Rp {n2}.000 per kilogram dalam sepekan terakhir. Pedagang menyebut pasokan dari sentra produksi berkurang karena curah hujan tinggi merusak tanaman."},
				{"Operasi Pasar Beras Digelar di {n1d} Kecamatan di {kota}", "Warga dapat membeli beras medium dengan harga di bawah harga pasar, maksimal dua karung per orang.",
					"Pemerintah Kota {kota} menggelar operasi pasar beras di {n1} kecamatan mulai {hari} ({tgl}). Warga dapat membeli beras medium dengan harga di bawah harga pasar, dengan batas pembelian dua karung ukuran lima kilogram per orang."},
				{"Harga Telur dan Daging Ayam Turun, Pedagang {kota} Keluhkan Sepinya Pembeli", "Penurunan harga tidak serta-merta mendongkrak penjualan di pasar tradisional.",
					"Harga telur dan daging ayam di {kota} turun dalam dua pekan terakhir. Namun, pedagang di pasar tradisional justru mengeluhkan pembeli yang belum kembali ramai."},
				{"Inflasi {provinsi} Melandai, Harga Pangan Masih Jadi Pendorong Utama", "Kelompok makanan, minuman, dan tembakau memberi andil terbesar terhadap inflasi bulanan.",
					"Inflasi tahunan di {provinsi} melandai ke level {p1} persen pada bulan lalu. Meski demikian, kelompok makanan, minuman, dan tembakau masih memberi andil terbesar terhadap kenaikan harga."},
			},
			only: map[int][]string{
				0: {
					"Sebagian pedagang mendatangkan cabai dari provinsi lain untuk menutup kekurangan pasokan.",
					"Pemilik warung makan memilih mengurangi porsi sambal ketimbang menaikkan harga makanan.",
				},
				1: {
					"Beras yang dijual dalam operasi pasar berasal dari cadangan pemerintah dan telah diperiksa mutunya.",
					"Antrean warga sudah terlihat sejak pagi, bahkan sebelum petugas selesai menata karung beras.",
				},
				2: {
					"Peternak menyebut harga di tingkat kandang turun lebih tajam daripada harga di pasar.",
					"Sebagian pedagang menduga daya beli warga melemah setelah pengeluaran besar pada awal tahun ajaran.",
				},
				3: {
					"Tarif angkutan dan biaya pendidikan juga memberi andil, meski jauh lebih kecil dibandingkan kelompok pangan.",
					"Inflasi inti yang mencerminkan permintaan masyarakat relatif stabil dalam beberapa bulan terakhir.",
				},
			},
			facts: []string{
				"Di tingkat petani, harga jual justru tidak naik setinggi harga di tingkat konsumen.",
				"Pasokan dari daerah sentra produksi biasanya kembali normal setelah musim panen berikutnya.",
				"Tim pengendali inflasi daerah menggelar rapat mingguan untuk memantau harga {n2} komoditas utama.",
				"Sebagian pedagang memilih mengurangi stok untuk menghindari kerugian karena barang cepat busuk.",
				"Harga di pasar modern umumnya lebih stabil karena pasokan diikat kontrak jangka panjang.",
				"Warga mulai mengurangi pembelian dan beralih ke bahan pengganti yang lebih murah.",
				"Pemerintah kota bekerja sama dengan daerah penghasil untuk memperpendek rantai distribusi.",
				"Kenaikan ongkos angkut ikut mendorong harga di tingkat pengecer.",
			},
			said: []string{
				"Stok aman. Yang menjadi persoalan adalah distribusi dari daerah penghasil yang terhambat cuaca",
				"Kami akan terus menggelar operasi pasar sampai harga kembali ke kisaran normal",
			},
			views: []string{
				"Lonjakan harga pangan musiman sebenarnya bisa diantisipasi dengan gudang penyimpanan dan data produksi yang lebih akurat",
				"Yang paling terpukul adalah keluarga berpenghasilan rendah, karena sebagian besar belanja mereka habis untuk makanan",
			},
			voices: []string{
				"0|Biasanya saya beli sekilo untuk seminggu. Sekarang cukup seperempat saja, sisanya pakai sambal botolan",
				"2|Pembeli berkurang, sementara modal saya tertahan di barang dagangan",
			},
			heads: []string{"Rantai Pasok yang Panjang", "Pedagang Serba Salah", "Upaya Menstabilkan Harga"},
			lists: []list{{intro: "Komoditas yang harganya dipantau ketat pekan ini:", items: []string{
				"cabai rawit dan cabai merah keriting", "bawang merah dan bawang putih", "beras medium", "telur ayam ras", "minyak goreng kemasan",
			}}},
		},
		{
			tags: []string{"umkm", "investasi", "perdagangan"},
			role: "Kepala Dinas Koperasi dan Usaha Mikro Kota {kota}", expert: "peneliti usaha kecil dari",
			jobs: []string{"perajin tenun di {kota}", "pemilik usaha keripik rumahan", "penjual kue secara daring", "pengurus koperasi perempuan"},
			angles: []angle{
				{"Pelaku UMKM {kota} Didorong Masuk Pasar Daring, {n4} Usaha Ikut Pelatihan", "Pelatihan mencakup foto produk, pengemasan, dan pencatatan keuangan sederhana.",
					"Sebanyak {n4} pelaku usaha mikro, kecil, dan menengah di {kota} mengikuti pelatihan pemasaran daring yang digelar pemerintah kota. Peserta belajar memotret produk, mengemas pesanan, hingga mencatat keuangan usaha secara sederhana."},
				{"Tenun Tradisional dari {provinsi} Diminati Pembeli Mancanegara", "Permintaan meningkat setelah perajin memasarkan kain melalui pameran dan media sosial.",
					"Kain tenun tradisional buatan perajin di {provinsi} semakin diminati pembeli dari luar negeri. Permintaan meningkat setelah para perajin rutin mengikuti pameran dan memasarkan karya mereka melalui media sosial."},
				{"Koperasi Perempuan di {kota} Salurkan Pinjaman Tanpa Agunan", "Lebih dari {n3} anggota memanfaatkan pinjaman untuk menambah modal usaha.",
					"Sebuah koperasi yang dikelola kelompok perempuan di {kota} menyalurkan pinjaman tanpa agunan kepada lebih dari {n3} anggotanya. Sebagian besar pinjaman dipakai untuk menambah modal usaha makanan dan pakaian."},
				{"Sertifikasi Halal Gratis untuk {n3} Usaha Kecil di {kota}", "Pendampingan diberikan agar pelaku usaha tidak terhambat urusan administrasi.",
					"Pemerintah Kota {kota} memfasilitasi sertifikasi halal gratis bagi {n3} usaha kecil pada tahun ini. Pendamping disiapkan untuk membantu pelaku usaha melengkapi dokumen yang dibutuhkan."},
			},
			only: map[int][]string{
				0: {
					"Peserta yang menyelesaikan pelatihan mendapat pendampingan membuka toko di lokapasar.",
					"Materi yang paling banyak diminati adalah cara memotret produk dengan ponsel agar terlihat menarik.",
				},
				1: {
					"Satu lembar kain tenun bisa dikerjakan selama berminggu-minggu, tergantung kerumitan motifnya.",
					"Perajin menggunakan pewarna alami dari akar, kulit kayu, dan daun yang tumbuh di sekitar desa.",
				},
				2: {
					"Tingkat pengembalian pinjaman di koperasi tersebut tercatat lebih dari {p2} persen tepat waktu.",
					"Anggota koperasi bertemu setiap bulan untuk menabung sekaligus berbagi pengalaman menjalankan usaha.",
				},
				3: {
					"Sertifikat halal dinilai membuka akses ke toko modern dan pasar ekspor.",
					"Pelaku usaha cukup mengisi formulir dan menyiapkan daftar bahan baku yang digunakan.",
				},
			},
			facts: []string{
				"Usaha mikro dan kecil menyerap sebagian besar tenaga kerja di {kota}, terutama di sektor makanan dan kerajinan.",
				"Banyak pelaku usaha belum memisahkan keuangan usaha dan keuangan rumah tangga.",
				"Akses internet yang tidak stabil di beberapa kecamatan masih menjadi kendala pemasaran daring.",
				"Harga bahan baku yang naik memaksa sebagian perajin menaikkan harga jual secara bertahap.",
				"Pelatihan dilanjutkan dengan pendampingan selama tiga bulan agar peserta tidak berhenti di tengah jalan.",
				"Produk dengan kemasan menarik dan label yang jelas cenderung lebih mudah masuk ke toko modern.",
				"Pemerintah kota menyediakan galeri produk lokal di bandara dan pusat perbelanjaan.",
			},
			said: []string{
				"Usaha kecil adalah tulang punggung ekonomi kota ini. Tugas kami memastikan mereka tidak tertinggal",
				"Kami tidak hanya memberi pelatihan sekali, tetapi mendampingi sampai mereka benar-benar bisa berjualan",
			},
			views: []string{
				"Masalah utama usaha kecil bukan semangat, tetapi akses pembiayaan dan pasar yang berkelanjutan",
				"Digitalisasi membantu, tetapi tanpa kualitas produk yang konsisten pembeli tidak akan kembali",
			},
			voices: []string{
				"Dulu saya hanya jualan ke tetangga. Sekarang pesanan datang dari luar pulau",
				"2|Pinjaman dari koperasi membuat saya bisa beli mesin jahit kedua tanpa harus menggadaikan apa pun",
			},
			heads: []string{"Naik Kelas Lewat Pasar Daring", "Modal yang Sulit Diakses", "Pendampingan Berkelanjutan"},
			lists: []list{{intro: "Materi yang diberikan dalam pelatihan:", ordered: true, items: []string{
				"memotret produk dengan ponsel", "menulis deskripsi produk yang jujur dan menarik", "mengemas pesanan agar aman dikirim", "mencatat pemasukan dan pengeluaran harian",
			}}},
		},
		{
			scope: national, tags: []string{"pasar-modal", "rupiah", "investasi"},
			role: "Kepala Riset {org}", expert: "ekonom dari",
			orgs: []string{"PT Sekuritas Bahtera Nusantara", "PT Kencana Investama Sekuritas", "PT Arunika Mandiri Sekuritas"},
			angles: []angle{
				{"Rupiah Menguat ke Level Terbaik dalam Sebulan", "Aliran modal asing kembali masuk ke pasar obligasi negara.",
					"Nilai tukar rupiah menguat pada perdagangan {hari} ({tgl}) dan ditutup di level terbaiknya dalam sebulan terakhir. Pelaku pasar menyebut aliran modal asing kembali masuk ke pasar obligasi negara."},
				{"Indeks Saham Ditutup Melemah, Saham Perbankan Tertekan", "Investor cenderung menahan diri menjelang pengumuman data ekonomi pekan depan.",
					"Indeks harga saham gabungan ditutup melemah pada perdagangan {hari} ({tgl}). Saham-saham perbankan berkapitalisasi besar menjadi penekan utama di tengah sikap investor yang menahan diri."},
				{"Jumlah Investor Ritel Tembus Rekor, Didominasi Anak Muda", "Lebih dari separuh investor baru berusia di bawah 30 tahun.",
					"Jumlah investor ritel di pasar modal kembali mencetak rekor. Lebih dari separuh investor baru tahun ini berusia di bawah 30 tahun dan membuka rekening melalui aplikasi di ponsel."},
			},
			only: map[int][]string{
				0: {
					"Penguatan rupiah juga didorong data neraca perdagangan yang kembali mencatat surplus.",
				},
				1: {
					"Investor asing tercatat melakukan penjualan bersih di pasar saham pada hari yang sama.",
				},
				2: {
					"Sebagian besar investor muda memulai dengan reksa dana pasar uang sebelum mencoba saham.",
					"Nilai investasi awal yang kecil, bahkan kurang dari Rp 100.000, membuat pasar modal lebih mudah dijangkau.",
				},
			},
			facts: []string{
				"Nilai transaksi harian di bursa tercatat sekitar Rp {rpt} triliun.",
				"Investor asing mencatat pembelian bersih di pasar obligasi selama lima hari berturut-turut.",
				"Pelaku pasar mencermati arah suku bunga acuan bank sentral di negara-negara maju.",
				"Saham sektor konsumer dan telekomunikasi relatif stabil di tengah tekanan pasar.",
				"Otoritas pasar modal mengingatkan investor pemula untuk tidak berinvestasi dengan uang pinjaman.",
				"Cadangan devisa yang memadai disebut menjadi bantalan bagi stabilitas nilai tukar.",
				"Analis memperkirakan pasar masih akan bergerak fluktuatif hingga akhir bulan.",
				"Edukasi keuangan dinilai perlu mengiringi pertumbuhan jumlah investor muda.",
			},
			said: []string{
				"Investor cenderung wait and see. Kami menyarankan fokus pada emiten dengan fundamental kuat",
				"Pergerakan hari ini lebih banyak dipengaruhi sentimen global ketimbang kondisi dalam negeri",
			},
			views: []string{
				"Penguatan rupiah perlu ditopang kinerja ekspor, bukan hanya aliran modal jangka pendek yang mudah keluar lagi",
				"Banyak investor muda masuk karena ikut-ikutan. Literasi keuangan harus menjadi prioritas",
			},
			heads: []string{"Sentimen Global", "Gerak Saham Unggulan", "Investor Muda"},
		},
		{
			tags:     []string{"investasi", "ketenagakerjaan", "infrastruktur"},
			onlyTags: map[int][]string{2: {"maritim"}},
			role:     "Direktur Utama {org}", expert: "ekonom industri dari",
			orgs: []string{"PT Arunika Pangan Lestari", "PT Cendana Agro Industri", "PT Samudra Biru Perikanan", "PT Teluk Kencana Logistik"},
			jobs: []string{"warga desa di sekitar lokasi pabrik", "lulusan sekolah kejuruan yang baru diterima bekerja", "pemasok bahan baku dari desa tetangga"},
			angles: []angle{
				{"{org} Resmikan Pabrik Pengolahan di {provinsi}, Serap {n3} Pekerja", "Pabrik baru mengolah hasil pertanian dan perikanan dari daerah sekitar.",
					"{org} meresmikan pabrik pengolahan di {provinsi} pada {hari} ({tgl}). Pabrik dengan nilai investasi Rp {rpm} miliar itu menyerap {n3} pekerja, sebagian besar warga dari desa-desa sekitar."},
				{"Kawasan Industri Baru di {provinsi} Tarik Minat Investor", "Pemerintah provinsi menawarkan kemudahan perizinan dan insentif pajak daerah.",
					"Kawasan industri baru di {provinsi} mulai menarik minat investor dari dalam dan luar negeri. Pemerintah provinsi menawarkan kemudahan perizinan dan insentif pajak daerah bagi perusahaan yang menyerap tenaga kerja lokal."},
				{"Gudang Pendingin Ikan di {kota} Beroperasi, Nelayan Tak Lagi Jual Murah", "Fasilitas itu mampu menyimpan {n3} ton ikan sehingga nelayan bisa menahan hasil tangkapan saat harga jatuh.",
					"Gudang pendingin ikan yang dibangun {org} di {kota} mulai beroperasi. Fasilitas berkapasitas {n3} ton itu memungkinkan nelayan menyimpan hasil tangkapan ketika harga sedang jatuh."},
			},
			only: map[int][]string{
				0: {
					"Sebagian kebutuhan listrik pabrik dipenuhi dari panel surya di atap bangunan.",
					"Produk olahan pabrik akan dipasarkan ke kota-kota besar di Jawa dan diekspor ke negara tetangga.",
				},
				1: {
					"Lahan kawasan industri seluas ratusan hektare itu telah dilengkapi jalan, jaringan listrik, dan instalasi air bersih.",
					"Beberapa perusahaan dari sektor makanan olahan dan komponen kendaraan disebut tengah menjajaki lokasi.",
				},
				2: {
					"Selama ini nelayan terpaksa menjual ikan dengan harga murah karena ikan cepat membusuk tanpa pendingin.",
					"Gudang pendingin dikelola bersama koperasi nelayan setempat dengan biaya sewa per kilogram.",
				},
			},
			facts: []string{
				"Perusahaan berkomitmen memprioritaskan warga sekitar dalam rekrutmen tenaga kerja.",
				"Bahan baku dipasok dari kelompok tani dan nelayan yang terikat kontrak pembelian jangka panjang.",
				"Pemerintah daerah menyiapkan pelatihan kerja bersama sekolah menengah kejuruan setempat.",
				"Sebagian kebutuhan listrik pabrik dipenuhi dari panel surya di atap bangunan.",
				"Investasi di sektor pengolahan dinilai memberi nilai tambah lebih besar dibandingkan menjual bahan mentah.",
				"Warga meminta perusahaan memperhatikan pengelolaan limbah agar tidak mencemari sungai.",
				"Akses jalan menuju kawasan industri tengah diperlebar untuk memperlancar arus kendaraan logistik.",
				"Realisasi investasi di {provinsi} tahun lalu mencapai Rp {rpt} triliun.",
			},
			said: []string{
				"Kami ingin tumbuh bersama masyarakat sekitar, bukan hanya membangun pabrik lalu berjarak dengan warga",
				"Tahap kedua pembangunan akan dimulai tahun depan bila pasokan bahan baku berjalan lancar",
			},
			views: []string{
				"Investasi padat karya seperti ini yang paling dibutuhkan daerah, asalkan upah dan keselamatan kerja dijaga",
				"Insentif pajak memang menarik investor, tetapi yang membuat mereka bertahan adalah kepastian aturan",
			},
			voices: []string{"Dulu anak-anak muda di desa harus merantau. Sekarang sebagian bisa bekerja dekat rumah"},
			heads:  []string{"Nilai Tambah di Daerah", "Tenaga Kerja Lokal", "Catatan Lingkungan"},
		},
		{
			tags: []string{"ketenagakerjaan", "pendidikan", "kebijakan-publik"},
			role: "Kepala Dinas Tenaga Kerja Kota {kota}", expert: "peneliti ketenagakerjaan dari",
			jobs: []string{"lulusan baru yang sedang mencari kerja", "pekerja pabrik garmen", "pengemudi ojek daring", "pencari kerja berusia 40-an"},
			angles: []angle{
				{"Bursa Kerja di {kota} Tawarkan {n4} Lowongan", "Sektor logistik, perhotelan, dan ritel membuka lowongan terbanyak.",
					"Bursa kerja yang digelar di {kota} menawarkan {n4} lowongan dari lebih dari {n2} perusahaan. Sektor logistik, perhotelan, dan ritel menjadi penyedia lowongan terbanyak."},
				{"Upah Minimum {provinsi} Diusulkan Naik {p1} Persen", "Serikat pekerja menilai kenaikan itu belum sebanding dengan kenaikan biaya hidup.",
					"Dewan pengupahan {provinsi} mengusulkan kenaikan upah minimum sebesar {p1} persen untuk tahun depan. Serikat pekerja menilai angka itu belum sebanding dengan kenaikan biaya hidup, sementara pengusaha meminta kenaikan yang lebih moderat."},
				{"Pelatihan Kerja Gratis untuk Pemuda {kota}, dari Las hingga Desain Grafis", "Peserta yang lulus akan disalurkan ke perusahaan mitra.",
					"Balai latihan kerja di {kota} membuka pelatihan gratis bagi {n3} pemuda. Program yang ditawarkan beragam, mulai dari pengelasan, tata boga, hingga desain grafis."},
			},
			only: map[int][]string{
				0: {
					"Pencari kerja sudah mengantre sejak pagi dengan membawa map berisi surat lamaran.",
					"Sebagian perusahaan langsung menggelar wawancara di lokasi bursa kerja.",
				},
				1: {
					"Pengusaha menyebut kenaikan upah yang terlalu tinggi bisa mendorong perusahaan mengurangi pekerja baru.",
					"Usulan kenaikan akan diserahkan kepada gubernur untuk ditetapkan sebelum akhir tahun.",
				},
				2: {
					"Peserta pelatihan mendapat uang saku dan sertifikat kompetensi setelah lulus uji.",
					"Balai latihan kerja bekerja sama dengan bengkel, hotel, dan agensi desain sebagai tempat magang.",
				},
			},
			facts: []string{
				"Tingkat pengangguran terbuka di {kota} tercatat sekitar {p1} persen, lebih tinggi pada kelompok usia muda.",
				"Banyak lowongan mensyaratkan pengalaman kerja, sehingga lulusan baru kesulitan bersaing.",
				"Pekerja sektor informal belum seluruhnya terlindungi jaminan sosial ketenagakerjaan.",
				"Perusahaan mengeluhkan kesenjangan antara keterampilan lulusan dan kebutuhan industri.",
				"Pemerintah kota menyiapkan aplikasi pencarian kerja yang menghubungkan pencari kerja dengan perusahaan lokal.",
				"Pekerja perempuan masih menghadapi hambatan tambahan, seperti jam kerja yang tidak ramah keluarga.",
				"Pelatihan yang paling diminati tahun ini adalah pemasaran digital dan perawatan kendaraan listrik.",
			},
			said: []string{
				"Kami mendorong perusahaan untuk memberi kesempatan kepada lulusan baru, bukan hanya mencari yang sudah berpengalaman",
				"Pelatihan kami sesuaikan dengan permintaan industri agar lulusannya langsung terserap",
			},
			views: []string{
				"Pasar kerja kita berubah cepat. Sekolah dan balai latihan harus bergerak secepat industri",
				"Kenaikan upah harus mempertimbangkan produktivitas dan biaya hidup sekaligus. Keduanya tidak bisa dipisahkan",
			},
			voices: []string{
				"0|Sudah tiga bulan saya melamar ke mana-mana. Hari ini saya bawa lima salinan lamaran",
				"1|Harga kebutuhan naik terus, sementara gaji kami naiknya sedikit sekali",
			},
			heads: []string{"0|Lowongan yang Tersedia", "Kesenjangan Keterampilan", "1|Tarik-Ulur Upah"},
		},
		{
			tags: []string{"energi", "lingkungan", "investasi"},
			role: "Kepala Dinas Energi dan Sumber Daya Mineral {provinsi}", expert: "peneliti energi dari",
			jobs: []string{"pemilik rumah yang memasang panel surya", "peternak sapi di {provinsi}", "pengusaha penggilingan padi"},
			angles: []angle{
				{"Pemasangan Panel Surya Atap di {kota} Naik Dua Kali Lipat", "Tagihan listrik yang lebih hemat menjadi alasan utama warga beralih.",
					"Jumlah rumah dan gedung yang memasang panel surya atap di {kota} naik dua kali lipat dalam setahun terakhir. Pemilik bangunan menyebut tagihan listrik yang lebih hemat sebagai alasan utama."},
				{"Desa di {provinsi} Olah Kotoran Ternak Jadi Gas untuk Memasak", "Sebanyak {n3} rumah tangga kini tidak lagi membeli elpiji.",
					"Sebuah desa di {provinsi} mengolah kotoran ternak menjadi biogas untuk kebutuhan memasak. Sebanyak {n3} rumah tangga kini tidak lagi bergantung pada tabung elpiji."},
				{"Pembangkit Listrik Tenaga Mikrohidro Terangi {n1d} Dusun di {provinsi}", "Warga mengelola pembangkit secara gotong royong dan membayar iuran bulanan.",
					"Pembangkit listrik tenaga mikrohidro mulai menerangi {n1} dusun terpencil di {provinsi}. Selama ini warga hanya mengandalkan genset yang menyala beberapa jam setiap malam."},
			},
			only: map[int][]string{
				0: {
					"Biaya pemasangan panel surya terus turun dalam lima tahun terakhir.",
					"Pemilik bangunan tetap terhubung dengan jaringan listrik untuk kebutuhan malam hari.",
				},
				1: {
					"Ampas biogas dimanfaatkan sebagai pupuk organik untuk kebun dan sawah warga.",
					"Satu instalasi biogas bisa memenuhi kebutuhan memasak dua hingga tiga rumah tangga.",
				},
				2: {
					"Debit air sungai yang stabil sepanjang tahun menjadi syarat utama pembangkit mikrohidro.",
					"Warga membayar iuran bulanan yang dipakai untuk perawatan turbin dan gaji operator.",
				},
			},
			facts: []string{
				"Sebagian besar listrik di {provinsi} masih dihasilkan dari pembangkit berbahan bakar fosil.",
				"Kelompok warga dilatih merawat pembangkit agar tidak bergantung pada teknisi dari kota.",
				"Pemerintah provinsi menargetkan porsi energi terbarukan terus meningkat hingga akhir dekade ini.",
				"Pembiayaan menjadi hambatan terbesar bagi rumah tangga yang ingin beralih ke energi bersih.",
			},
			said: []string{
				"Energi bersih tidak harus dimulai dari proyek besar. Dari desa pun bisa",
				"Kami menyiapkan skema pembiayaan bersama bank daerah agar cicilan panel surya lebih ringan",
			},
			views: []string{
				"Potensi energi terbarukan kita sangat besar, tetapi aturan jual-beli listrik masih membuat investor ragu",
				"Proyek kecil yang dikelola warga sering lebih tahan lama karena ada rasa memiliki",
			},
			voices: []string{
				"0|Tagihan listrik kami turun hampir separuh. Modalnya kembali dalam beberapa tahun",
				"2|Anak-anak sekarang bisa belajar malam tanpa suara genset yang bising",
			},
			heads: []string{"0|Hemat dari Atap Rumah", "1|Energi dari Desa", "Hambatan Pembiayaan"},
		},
		ekonomiAnalysis,
	},
}
