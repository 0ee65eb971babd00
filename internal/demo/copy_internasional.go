package demo

var internasional = sectionCopy{
	common: true,
	labs: []string{
		"Pusat Kajian Asia Tenggara Bahtera", "Universitas Bentara Nusa", "Institut Studi Kawasan Samudra",
		"Lembaga Kajian Kebijakan Publik Cakrawala",
	},
	facts: []string{
		"Kementerian luar negeri di Jakarta menyatakan terus memantau perkembangan situasi melalui perwakilan Indonesia di {kotaln}.",
		"Hubungan dagang Indonesia dan {negara} terus tumbuh dalam lima tahun terakhir, terutama di sektor pangan olahan dan komponen industri.",
		"Diperkirakan ada sekitar {n4} warga negara Indonesia yang tinggal dan bekerja di {negara}, sebagian besar di kota-kota besar.",
		"Media setempat melaporkan perkembangan ini sebagai salah satu isu utama pekan ini.",
		"Para diplomat menyebut pembicaraan berlangsung konstruktif, meski beberapa isu sensitif belum menemukan titik temu.",
		"Negara-negara di kawasan umumnya menyambut baik langkah tersebut, walaupun sebagian masih menunggu rincian pelaksanaannya.",
		"Pengamat menilai perkembangan ini bisa memengaruhi arus perdagangan dan investasi di kawasan dalam beberapa bulan ke depan.",
		"Kerja sama pendidikan dan pertukaran budaya dengan {negara} juga terus berkembang dalam beberapa tahun terakhir.",
	},
	heads: []string{"Posisi Indonesia", "Reaksi Kawasan", "Nasib Warga Indonesia", "Dampak bagi Perdagangan"},
	closings: []string{
		"Warta Nusantara akan memperbarui berita ini seiring perkembangan di lapangan.",
		"Perwakilan Indonesia di {kotaln} mengimbau warga negara Indonesia untuk terus memantau informasi resmi dan melapor diri.",
		"Perkembangan selanjutnya diperkirakan akan dibahas lagi dalam pertemuan tingkat menteri bulan depan.",
	},
	stories: []story{
		{
			scope: abroad, tags: []string{"diplomasi", "asia-tenggara", "maritim", "perdagangan"},
			role: "Koordinator Fungsi Politik KBRI {kotaln}", expert: "pengamat hubungan internasional dari",
			jobs: []string{"mahasiswa Indonesia di {kotaln}", "pengusaha asal Indonesia yang menetap di {negara}"},
			angles: []angle{
				{"Forum Kerja Sama Maritim Kawasan Digelar di {kotaln}, Indonesia Usulkan Patroli Bersama", "Delegasi dari {n2} negara membahas keselamatan pelayaran dan penangkapan ikan ilegal.",
					"Forum kerja sama maritim kawasan dibuka di {kotaln}, {negara}, pada {hari} ({tgl}). Delegasi Indonesia mengusulkan patroli bersama untuk menekan penangkapan ikan ilegal dan meningkatkan keselamatan pelayaran di jalur-jalur padat."},
				{"Indonesia dan {negara} Sepakati Peta Jalan Kerja Sama Lima Tahun", "Kesepakatan mencakup pendidikan, energi bersih, dan kemudahan visa bagi pelajar.",
					"Indonesia dan {negara} menandatangani peta jalan kerja sama untuk lima tahun ke depan dalam pertemuan komisi bersama di {kotaln}. Kesepakatan itu mencakup pertukaran pelajar, energi bersih, dan kemudahan visa."},
				{"Delegasi Parlemen Kawasan Bertemu di {kotaln} Bahas Perlindungan Nelayan", "Pertemuan menyoroti nelayan tradisional yang kerap ditangkap karena melintasi batas laut.",
					"Anggota parlemen dari sejumlah negara kawasan bertemu di {kotaln} untuk membahas perlindungan nelayan tradisional. Isu nelayan yang ditangkap karena melintasi batas laut tanpa sengaja menjadi sorotan utama pertemuan."},
			},
			only: map[int][]string{
				0: {
					"Usulan patroli bersama mencakup pertukaran informasi posisi kapal dan latihan gabungan setiap tahun.",
					"Beberapa delegasi meminta waktu untuk berkonsultasi dengan otoritas pertahanan di negara masing-masing.",
				},
				1: {
					"Program beasiswa bersama akan dibuka bagi {n3} pelajar setiap tahun.",
					"Kedua negara juga sepakat menjajaki kerja sama pengembangan panel surya dan kendaraan listrik.",
				},
				2: {
					"Nelayan tradisional dari kedua negara kerap tidak memiliki alat navigasi yang memadai untuk mengetahui batas laut.",
					"Parlemen kawasan mengusulkan mekanisme pemulangan cepat bagi nelayan yang ditangkap tanpa unsur kesengajaan.",
				},
			},
			facts: []string{
				"Perairan kawasan dilalui ribuan kapal niaga setiap hari, menjadikannya salah satu jalur pelayaran tersibuk di dunia.",
				"Indonesia mengusulkan pusat informasi bersama agar data kapal mencurigakan dapat dibagikan secara cepat.",
				"Kesepakatan yang dicapai belum mengikat secara hukum dan masih harus dibahas di tingkat kementerian masing-masing negara.",
				"Pertemuan berikutnya dijadwalkan berlangsung di Indonesia pada awal tahun depan.",
				"Beberapa negara meminta agar kerja sama juga mencakup penanganan sampah plastik di laut.",
				"Delegasi juga menyepakati pembentukan kelompok kerja teknis yang akan bertemu setiap tiga bulan.",
			},
			said: []string{
				"Laut yang aman adalah kepentingan bersama. Tidak ada negara yang bisa menjaganya sendirian",
				"Kami ingin kerja sama ini terasa manfaatnya oleh masyarakat, bukan hanya tercatat di dokumen",
			},
			views: []string{
				"Indonesia punya modal diplomasi yang kuat di kawasan, tetapi usulan seperti ini harus diikuti kesiapan anggaran dan armada",
				"Perlindungan nelayan kecil sering tertinggal dalam perundingan besar. Forum ini bisa menjadi awal yang baik",
			},
			voices: []string{"Program pertukaran pelajar seperti ini membuka banyak pintu, terutama bagi mahasiswa dari daerah"},
			heads:  []string{"Usulan Indonesia", "Jalur Pelayaran yang Padat", "Pekerjaan Rumah Bersama"},
		},
		{
			scope: abroad, urgent: true, tags: []string{"kemanusiaan", "perubahan-iklim", "diplomasi"},
			role: "Koordinator Fungsi Protokol dan Konsuler KBRI {kotaln}", expert: "peneliti kebencanaan dari",
			jobs: []string{"pekerja asal Indonesia di {kotaln}", "mahasiswa asal {kota} yang kuliah di {negara}"},
			angles: []angle{
				{"Banjir Besar Landa {negara}, KBRI Pastikan WNI dalam Keadaan Aman", "Puluhan ribu warga mengungsi setelah hujan lebat selama berhari-hari.",
					"Banjir besar melanda sejumlah wilayah di {negara} setelah hujan lebat turun selama beberapa hari. Kedutaan Besar RI di {kotaln} menyatakan belum ada laporan warga negara Indonesia yang menjadi korban."},
				{"Badai Kencang Hantam Pesisir {negara}, Penerbangan di {kotaln} Ditunda", "Otoritas setempat menutup sekolah dan kantor pemerintahan selama dua hari.",
					"Badai dengan kecepatan angin lebih dari {n3} kilometer per jam menghantam kawasan pesisir {negara}. Otoritas bandara di {kotaln} menunda puluhan penerbangan, sementara sekolah dan kantor pemerintahan diliburkan."},
				{"Kebakaran Hutan Meluas di {negara}, Ribuan Orang Dievakuasi", "Asap tebal mengganggu penerbangan dan memaksa warga tetap di dalam rumah.",
					"Kebakaran hutan di {negara} terus meluas dan memaksa ribuan orang meninggalkan rumah mereka. Asap tebal menyelimuti sejumlah kota, termasuk kawasan pinggiran {kotaln}."},
			},
			only: map[int][]string{
				0: {
					"Sungai-sungai utama meluap dan merendam ribuan rumah di dataran rendah.",
					"Sejumlah jembatan dilaporkan terputus sehingga bantuan harus dikirim menggunakan helikopter.",
				},
				1: {
					"Pohon tumbang dan papan reklame yang roboh menutup sejumlah ruas jalan utama.",
					"Otoritas pelabuhan menghentikan sementara seluruh pelayaran hingga cuaca membaik.",
				},
				2: {
					"Petugas pemadam dibantu pesawat pengebom air berusaha mencegah api mendekati permukiman.",
					"Kualitas udara di sejumlah kota masuk kategori berbahaya, dan warga diminta mengenakan masker.",
				},
			},
			facts: []string{
				"Otoritas penanggulangan bencana setempat mencatat {n4} orang mengungsi ke gedung sekolah dan pusat olahraga.",
				"Jaringan listrik dan telekomunikasi di beberapa wilayah terputus sehingga proses pendataan berjalan lambat.",
				"Pemerintah setempat mengerahkan tentara untuk membantu evakuasi dan distribusi bantuan.",
				"Para ahli iklim menyebut cuaca ekstrem semacam ini semakin sering terjadi dalam dua dekade terakhir.",
				"KBRI membentuk tim siaga yang terus menghubungi simpul-simpul komunitas Indonesia di wilayah terdampak.",
				"Harga bahan pokok di sejumlah wilayah dilaporkan naik karena jalur distribusi terganggu.",
				"Beberapa negara tetangga menawarkan bantuan berupa tim penyelamat dan peralatan medis.",
				"Otoritas penerbangan meminta penumpang memeriksa status penerbangan sebelum berangkat ke bandara.",
				"Pemerintah {negara} berjanji menyampaikan perkembangan terbaru melalui konferensi pers harian.",
				"Lembaga-lembaga kemanusiaan internasional menyatakan siap membantu bila diminta pemerintah setempat.",
				"Perwakilan Indonesia membuka nomor layanan darurat yang dapat dihubungi selama 24 jam.",
			},
			said: []string{
				"Kami terus berkomunikasi dengan komunitas Indonesia di wilayah terdampak. Sejauh ini semua dalam keadaan aman",
				"Warga negara Indonesia yang membutuhkan bantuan dapat menghubungi nomor darurat kami kapan saja",
			},
			views: []string{
				"Cuaca ekstrem kini bukan lagi kejadian langka. Negara-negara di kawasan perlu berbagi sistem peringatan dini",
				"Pemulihan akan memakan waktu lebih lama daripada tanggap darurat. Di situlah biasanya perhatian dunia mulai surut",
			},
			voices: []string{"Kami sempat panik karena listrik padam semalaman, tetapi teman-teman dari KBRI terus menanyakan kabar kami"},
			heads:  []string{"Situasi Terkini", "Warga Indonesia di Wilayah Terdampak", "Cuaca Ekstrem yang Makin Sering"},
		},
		{
			scope: abroad, tags: []string{"perubahan-iklim", "energi", "diplomasi"},
			role: "Ketua Delegasi Indonesia", expert: "peneliti kebijakan iklim dari",
			angles: []angle{
				{"Konferensi Iklim di {kotaln} Berakhir, Pendanaan Adaptasi Masih Jadi Ganjalan", "Negara berkembang menilai komitmen pendanaan belum sebanding dengan kerugian yang mereka tanggung.",
					"Konferensi iklim tingkat menteri di {kotaln} berakhir tanpa kesepakatan baru soal pendanaan adaptasi. Negara-negara berkembang, termasuk Indonesia, menilai komitmen yang ditawarkan belum sebanding dengan kerugian akibat cuaca ekstrem."},
				{"Indonesia Tawarkan Kerja Sama Restorasi Mangrove di Forum {kotaln}", "Indonesia memaparkan pengalaman merestorasi pesisir di sejumlah provinsi.",
					"Delegasi Indonesia menawarkan kerja sama restorasi mangrove dalam forum lingkungan internasional di {kotaln}. Indonesia memaparkan pengalaman memulihkan ribuan hektare kawasan pesisir yang rusak."},
				{"Negara Kepulauan Desak Aksi Lebih Cepat dalam Pertemuan Iklim {kotaln}", "Kenaikan muka air laut disebut sudah mengancam permukiman di pulau-pulau kecil.",
					"Kelompok negara kepulauan mendesak negara-negara industri mempercepat pengurangan emisi dalam pertemuan iklim di {kotaln}. Mereka menyebut kenaikan muka air laut sudah mengancam permukiman dan sumber air bersih di pulau-pulau kecil."},
			},
			only: map[int][]string{
				0: {
					"Rancangan dokumen akhir sempat beberapa kali direvisi hingga larut malam sebelum disepakati.",
				},
				1: {
					"Indonesia juga mengundang negara lain untuk belajar langsung di pusat-pusat restorasi mangrove di pesisir.",
					"Restorasi melibatkan kelompok nelayan dan perempuan pesisir yang merawat bibit hingga tumbuh.",
				},
				2: {
					"Sebagian pulau kecil sudah kehilangan sumber air tawar karena intrusi air laut.",
				},
			},
			facts: []string{
				"Kebutuhan pendanaan adaptasi negara berkembang diperkirakan jauh melampaui dana yang tersedia saat ini.",
				"Indonesia memiliki salah satu kawasan mangrove terluas di dunia yang berperan menyimpan karbon dan melindungi pesisir.",
				"Sejumlah negara maju menyatakan akan mengumumkan komitmen tambahan pada pertemuan puncak akhir tahun.",
				"Organisasi lingkungan menilai hasil pertemuan masih jauh dari harapan.",
				"Beberapa negara kepulauan kecil sudah mulai memindahkan permukiman warganya ke dataran yang lebih tinggi.",
				"Delegasi Indonesia juga membahas peluang pendanaan untuk transisi energi di daerah terpencil.",
				"Kerugian ekonomi akibat cuaca ekstrem di kawasan Asia-Pasifik terus meningkat dari tahun ke tahun.",
			},
			said: []string{
				"Negara berkembang tidak meminta belas kasihan. Kami meminta keadilan atas dampak yang bukan kami sebabkan sendiri",
				"Indonesia siap berbagi pengalaman, tetapi skala persoalannya menuntut dukungan dana yang nyata",
			},
			views: []string{
				"Perundingan iklim selalu berjalan lambat, padahal dampaknya sudah dirasakan warga pesisir hari ini",
				"Mangrove adalah kekuatan diplomasi Indonesia. Pertanyaannya, apakah perlindungan di dalam negeri sudah sekuat janji di forum internasional",
			},
			heads: []string{"Ganjalan Pendanaan", "Tawaran dari Indonesia", "Suara Negara Kepulauan"},
		},
		{
			scope: national, tags: []string{"perdagangan", "diplomasi", "umkm", "investasi"},
			role: "Juru bicara Kementerian Perdagangan", expert: "ekonom perdagangan dari",
			jobs: []string{"eksportir kopi asal {kota}", "perajin rotan yang produknya dijual ke luar negeri"},
			angles: []angle{
				{"Ekspor Kopi dan Rempah ke {negara} Naik {p2} Persen", "Permintaan dari kafe dan industri makanan di {negara} mendorong kenaikan pengiriman.",
					"Nilai ekspor kopi dan rempah Indonesia ke {negara} naik {p2} persen dibandingkan periode yang sama tahun lalu. Permintaan terbesar datang dari kafe dan industri makanan olahan di kota-kota besar {negara}."},
				{"Perundingan Dagang Indonesia–{negara} Masuki Putaran Akhir", "Kedua pihak masih membahas tarif produk pertanian dan aturan asal barang.",
					"Perundingan perjanjian dagang Indonesia dan {negara} memasuki putaran akhir. Kedua pihak masih membahas tarif sejumlah produk pertanian dan aturan asal barang sebelum kesepakatan ditandatangani."},
				{"Pameran Produk Indonesia di {kotaln} Bukukan Transaksi Rp {rpm} Miliar", "Kerajinan, makanan olahan, dan busana muslim menjadi produk yang paling diminati pembeli.",
					"Pameran produk Indonesia di {kotaln} mencatat potensi transaksi senilai Rp {rpm} miliar selama empat hari penyelenggaraan. Kerajinan tangan, makanan olahan, dan busana muslim menjadi produk yang paling banyak dicari pembeli."},
			},
			only: map[int][]string{
				0: {
					"Pala, cengkih, dan kayu manis menjadi rempah yang paling banyak dikirim.",
					"Sebagian eksportir mulai menjual kopi dalam bentuk sangrai dan kemasan siap seduh untuk menambah nilai jual.",
				},
				1: {
					"Putaran perundingan berikutnya dijadwalkan berlangsung dalam dua bulan mendatang.",
					"Kalangan petani meminta agar produk pertanian yang sensitif tetap mendapat perlindungan.",
				},
				2: {
					"Sebagian besar transaksi masih berupa nota kesepahaman yang perlu ditindaklanjuti dengan kontrak pembelian.",
					"Paviliun Indonesia menampilkan demonstrasi menenun dan meracik kopi yang selalu dikerumuni pengunjung.",
				},
			},
			facts: []string{
				"Sebagian besar eksportir yang ikut pameran adalah usaha kecil dan menengah dari berbagai provinsi.",
				"Biaya logistik masih menjadi hambatan utama, terutama bagi pengiriman dalam jumlah kecil.",
				"Pemerintah menyiapkan pendampingan sertifikasi agar produk Indonesia memenuhi standar mutu negara tujuan.",
				"Kopi dari dataran tinggi Sumatra dan Sulawesi disebut semakin dikenal di kalangan pemilik kafe di luar negeri.",
				"Perjanjian dagang yang sedang dirundingkan diharapkan menurunkan tarif bagi ratusan pos produk.",
				"Pelaku usaha meminta pemerintah memperbanyak misi dagang ke pasar-pasar nontradisional.",
				"Neraca perdagangan Indonesia dengan {negara} dalam beberapa tahun terakhir tercatat surplus.",
			},
			said: []string{
				"Kami ingin lebih banyak usaha kecil yang naik kelas menjadi eksportir, bukan hanya perusahaan besar",
				"Perundingan ini harus menguntungkan petani dan pelaku usaha kita, bukan hanya membuka pasar bagi produk impor",
			},
			views: []string{
				"Diversifikasi pasar ekspor penting agar Indonesia tidak terlalu bergantung pada segelintir negara tujuan",
				"Produk kita sudah bersaing dari sisi rasa dan kualitas. Kelemahannya ada pada konsistensi pasokan",
			},
			voices: []string{"Pembeli dari luar negeri mencari cerita di balik produk: siapa petaninya dan bagaimana cara mengolahnya"},
			heads:  []string{"Produk Unggulan", "Hambatan Logistik", "Isi Perundingan"},
		},
		{
			scope: abroad, tags: []string{"kemanusiaan", "ketenagakerjaan", "diplomasi"},
			role: "Koordinator Fungsi Protokol dan Konsuler KBRI {kotaln}", expert: "peneliti migrasi dari",
			jobs: []string{"pekerja migran asal {provinsi}", "pengurus paguyuban warga Indonesia di {kotaln}"},
			angles: []angle{
				{"KBRI {kotaln} Pulangkan {n2} Pekerja Migran Korban Penipuan", "Para pekerja dijanjikan pekerjaan di restoran, tetapi dipaksa bekerja tanpa upah.",
					"Kedutaan Besar RI di {kotaln} memulangkan {n2} pekerja migran Indonesia yang menjadi korban penipuan perekrutan. Mereka dijanjikan pekerjaan di restoran, tetapi setibanya di {negara} dipaksa bekerja tanpa upah yang layak."},
				{"Layanan Konsuler Keliling Sapa Warga Indonesia di Pelosok {negara}", "Petugas membantu perpanjangan paspor dan pencatatan kelahiran anak.",
					"Tim layanan konsuler keliling dari KBRI {kotaln} mendatangi warga Indonesia yang tinggal jauh dari ibu kota {negara}. Petugas membantu perpanjangan paspor, pencatatan kelahiran, dan konsultasi masalah ketenagakerjaan."},
				{"Indonesia Kirim Bantuan Kemanusiaan ke {negara}", "Bantuan berupa obat-obatan, makanan siap saji, dan tenda keluarga.",
					"Pemerintah Indonesia mengirimkan bantuan kemanusiaan ke {negara} yang tengah menghadapi krisis pangan dan pengungsian. Bantuan seberat {n3} ton itu berisi obat-obatan, makanan siap saji, dan tenda keluarga."},
			},
			only: map[int][]string{
				0: {
					"Para korban ditampung sementara di rumah singgah milik kedutaan sebelum diterbangkan ke tanah air.",
					"Sebagian dari mereka telah bekerja berbulan-bulan tanpa menerima gaji sepeser pun.",
				},
				1: {
					"Layanan konsuler keliling menjangkau lebih dari {n3} warga dalam sepekan.",
					"Petugas juga memberikan penyuluhan tentang hak-hak pekerja menurut hukum setempat.",
				},
				2: {
					"Bantuan kemanusiaan diberangkatkan menggunakan pesawat angkut dan diserahkan melalui lembaga kemanusiaan setempat.",
					"Tim medis Indonesia turut diberangkatkan untuk membantu layanan kesehatan di lokasi pengungsian.",
				},
			},
			facts: []string{
				"Sebagian besar korban berangkat tanpa dokumen kerja yang sah karena dijanjikan proses yang cepat oleh perekrut.",
				"Pemerintah meminta calon pekerja migran memastikan perekrut terdaftar resmi sebelum menyerahkan dokumen atau uang.",
				"KBRI bekerja sama dengan kepolisian setempat untuk menelusuri jaringan perekrut.",
				"Banyak pekerja migran mengirimkan sebagian besar gajinya kepada keluarga di kampung halaman.",
				"Paguyuban warga Indonesia turut membantu menampung sementara para korban sebelum dipulangkan.",
			},
			said: []string{
				"Negara hadir untuk melindungi setiap warganya, di mana pun mereka berada",
				"Kami mengimbau agar calon pekerja tidak tergiur tawaran yang terlalu mudah dan terlalu menjanjikan",
			},
			views: []string{
				"Penipuan perekrutan terus berulang karena jaringan perekrut ilegal bekerja rapi dari desa hingga luar negeri",
				"Perlindungan harus dimulai sebelum berangkat. Setelah pekerja terjebak di luar negeri, pilihannya jauh lebih sedikit",
			},
			voices: []string{"0|Saya hanya ingin pulang dan bertemu anak-anak. Terima kasih kepada semua yang membantu kami"},
			heads:  []string{"Modus Perekrutan", "Layanan untuk Warga", "Pencegahan dari Kampung"},
			lists: []list{{intro: "Tanda-tanda tawaran kerja ke luar negeri yang patut dicurigai:", items: []string{
				"perekrut meminta biaya besar di muka",
				"tidak ada kontrak kerja tertulis",
				"calon pekerja diminta berangkat dengan visa kunjungan",
				"perusahaan perekrut tidak terdaftar di instansi resmi",
			}}},
		},
		internasionalAnalysis,
	},
}
