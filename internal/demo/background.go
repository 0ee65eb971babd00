package demo

// backgroundOf returns the background section for a tag, if there is one.
// The paragraphs are general on purpose: they must read true in any
// article that carries the tag, so they name no place, person or figure.
func backgroundOf(tag string) (background, bool) {
	if bg, ok := newsBackgrounds[tag]; ok {
		return bg, true
	}
	bg, ok := featureBackgrounds[tag]
	return bg, ok
}

// newsBackgrounds covers the hard-news topics.
var newsBackgrounds = map[string]background{
	"pemilu": {"Pemilu dan Kepercayaan Publik", []string{
		"Pemilihan umum bukan hanya soal hari pencoblosan. Tahapannya berlangsung berbulan-bulan, mulai dari pemutakhiran data pemilih, pencalonan, kampanye, hingga rekapitulasi suara yang diawasi berlapis oleh penyelenggara, pengawas, dan saksi.",
		"Kepercayaan publik terhadap hasil pemilu bergantung pada keterbukaan setiap tahapan. Karena itu, penyelenggara kini mengunggah salinan formulir hasil penghitungan suara agar warga bisa mencocokkannya sendiri.",
		"Partisipasi pemilih di Indonesia tergolong tinggi dibandingkan banyak negara lain. Meski demikian, pemilih muda dan pemilih yang merantau jauh dari alamat di kartu identitasnya masih sering kesulitan menggunakan hak pilih.",
		"Sengketa hasil pemilu diselesaikan melalui jalur hukum, bukan di jalanan. Mekanisme ini menjadi salah satu penanda kedewasaan demokrasi yang terus diuji dari satu pemilu ke pemilu berikutnya.",
	}},
	"pilkada": {"Pilkada Serentak", []string{
		"Pemilihan kepala daerah kini digelar serentak di banyak provinsi, kabupaten, dan kota. Penyelenggaraan serentak menghemat biaya, tetapi juga menuntut kesiapan logistik dan petugas dalam jumlah yang sangat besar pada waktu yang bersamaan.",
		"Kepala daerah memegang kendali atas banyak layanan yang paling dekat dengan warga, dari sekolah dasar, puskesmas, hingga perizinan usaha. Karena itu, pilihan di bilik suara berdampak langsung pada kehidupan sehari-hari.",
		"Biaya politik yang tinggi kerap disebut sebagai akar berbagai persoalan setelah kepala daerah terpilih. Sejumlah peneliti mengusulkan pembatasan dana kampanye yang lebih ketat dan laporan keuangan yang bisa diperiksa publik.",
		"Masa jabatan kepala daerah yang lima tahun sering terasa pendek untuk menuntaskan program besar. Karena itu, kesinambungan kebijakan antarperiode menjadi pekerjaan rumah yang jarang dibahas dalam kampanye.",
	}},
	"pendidikan": {"Potret Pendidikan Kita", []string{
		"Akses pendidikan dasar di Indonesia sudah jauh membaik dalam dua dekade terakhir. Tantangan terbesar kini bergeser dari soal jumlah anak yang bersekolah menjadi soal apa yang benar-benar mereka pelajari di kelas.",
		"Hasil berbagai asesmen menunjukkan kemampuan membaca dan bernalar siswa masih tertinggal. Para peneliti pendidikan sepakat bahwa kualitas guru dan waktu belajar yang efektif adalah kunci perbaikannya.",
		"Kesenjangan antara sekolah di kota dan di daerah terpencil masih lebar, baik dalam hal guru, buku, maupun akses internet. Anak-anak dari keluarga berpenghasilan rendah paling merasakan dampaknya.",
		"Anggaran pendidikan dialokasikan sedikitnya seperlima dari belanja negara. Pertanyaan yang terus muncul adalah apakah dana sebesar itu sudah sampai ke ruang kelas dalam bentuk yang paling dibutuhkan.",
	}},
	"kesehatan": {"Layanan Kesehatan Dasar", []string{
		"Puskesmas menjadi pintu pertama layanan kesehatan bagi sebagian besar warga. Di sanalah imunisasi, pemeriksaan ibu hamil, hingga pengobatan penyakit ringan dilakukan sebelum pasien dirujuk ke rumah sakit.",
		"Program jaminan kesehatan nasional telah menjangkau sebagian besar penduduk. Namun, antrean panjang, distribusi dokter yang tidak merata, dan keterbatasan obat di daerah masih menjadi keluhan yang sering terdengar.",
		"Pencegahan jauh lebih murah daripada pengobatan. Kebiasaan sederhana seperti mencuci tangan, menjaga kebersihan lingkungan, dan memeriksakan diri secara rutin terbukti mengurangi beban layanan kesehatan.",
		"Tenaga kesehatan di daerah terpencil sering bekerja dengan peralatan terbatas dan jarak rujukan yang jauh. Telemedisin mulai membantu dokter di puskesmas berkonsultasi dengan dokter spesialis di kota tanpa harus memindahkan pasien.",
	}},
	"transportasi": {"Mengapa Transportasi Publik Penting", []string{
		"Kota-kota di Indonesia tumbuh lebih cepat daripada kemampuan jalannya menampung kendaraan. Setiap tahun jutaan sepeda motor dan mobil baru turun ke jalan, sementara penambahan ruas jalan berjalan jauh lebih lambat.",
		"Kemacetan tidak hanya membuang waktu. Ia menambah biaya logistik, memperburuk kualitas udara, dan menggerus waktu yang seharusnya bisa dihabiskan bersama keluarga.",
		"Pengalaman banyak kota menunjukkan bahwa angkutan umum yang tepat waktu, terjangkau, dan nyaman adalah cara paling efektif untuk mengurangi ketergantungan pada kendaraan pribadi. Trotoar yang layak dan aman menjadi bagian penting dari rantai perjalanan itu.",
		"Integrasi antarmoda, baik jadwal, rute, maupun pembayaran, membuat perjalanan lebih mudah dan murah. Tanpa integrasi, penumpang harus membayar berkali-kali dan menunggu lebih lama di setiap perpindahan.",
	}},
	"bencana-alam": {"Hidup di Negeri Rawan Bencana", []string{
		"Indonesia terletak di pertemuan beberapa lempeng bumi dan dikelilingi lautan luas. Gempa bumi, letusan gunung api, banjir, dan tanah longsor menjadi bagian dari kenyataan yang harus dihadapi hampir setiap tahun.",
		"Sebagian besar bencana yang terjadi setiap tahun adalah bencana hidrometeorologi seperti banjir, longsor, dan angin kencang. Perubahan tata guna lahan di hulu sungai sering memperparah dampaknya.",
		"Kesiapsiagaan warga terbukti menyelamatkan banyak nyawa. Jalur evakuasi yang jelas, latihan rutin, dan tas siaga bencana di setiap rumah adalah langkah sederhana yang sering terlupakan.",
		"Setelah masa tanggap darurat berakhir, pemulihan bisa berlangsung bertahun-tahun. Perhatian publik biasanya surut lebih cepat daripada kebutuhan para penyintas.",
	}},
	"lingkungan": {"Menjaga Lingkungan", []string{
		"Persoalan lingkungan di perkotaan umumnya berkisar pada sampah, kualitas udara, dan ketersediaan air bersih. Ketiganya saling terkait dan tidak bisa diselesaikan oleh satu instansi saja.",
		"Ruang terbuka hijau di banyak kota masih jauh dari batas minimal yang dianjurkan. Padahal, taman dan pepohonan membantu menurunkan suhu, menyerap air hujan, dan menjadi tempat warga berinteraksi.",
		"Kesadaran lingkungan di kalangan anak muda meningkat pesat. Gerakan bersih sungai, bank sampah, dan kampanye mengurangi plastik sekali pakai banyak digerakkan oleh komunitas, bukan oleh pemerintah.",
		"Pencemaran sungai oleh limbah rumah tangga dan industri kecil masih menjadi masalah di banyak kota. Instalasi pengolahan air limbah komunal di tingkat kampung menjadi salah satu solusi yang mulai diterapkan.",
	}},
	"pangan": {"Ketahanan Pangan", []string{
		"Beras masih menjadi makanan pokok bagi sebagian besar keluarga Indonesia, sehingga pergerakan harganya selalu menjadi perhatian. Cuaca, biaya pupuk, dan kelancaran distribusi sangat menentukan harga di pasar.",
		"Jumlah petani muda terus menurun karena pertanian dianggap kurang menjanjikan. Luas lahan yang dimiliki sebagian besar petani juga semakin sempit dari generasi ke generasi.",
		"Diversifikasi pangan, misalnya dengan sagu, jagung, umbi-umbian, dan sorgum, kerap diusulkan untuk mengurangi ketergantungan pada beras. Di sejumlah daerah, bahan pangan lokal itu sebenarnya sudah lama menjadi bagian dari menu sehari-hari.",
		"Rantai distribusi pangan yang panjang membuat selisih harga antara petani dan konsumen cukup lebar. Gudang penyimpanan, pasar lelang, dan koperasi petani menjadi beberapa cara untuk memperpendek rantai itu.",
	}},
	"hukum": {"Penegakan Hukum", []string{
		"Korupsi di tingkat daerah paling sering terjadi dalam pengadaan barang dan jasa, perizinan, serta pengelolaan dana hibah. Modusnya beragam, dari penggelembungan harga hingga kegiatan fiktif.",
		"Proses hukum perkara korupsi biasanya panjang: penyelidikan, penyidikan, penuntutan, hingga putusan pengadilan yang masih bisa diajukan banding. Publik sering kehilangan jejak perkara di tengah jalan.",
		"Asas praduga tak bersalah tetap berlaku selama belum ada putusan berkekuatan hukum tetap. Karena itu, media menyebut tersangka dengan inisial dan memberi ruang bagi kuasa hukumnya untuk menyampaikan tanggapan.",
		"Pencegahan dinilai sama pentingnya dengan penindakan. Pengadaan secara elektronik, keterbukaan anggaran, dan perlindungan bagi pelapor menjadi beberapa cara yang terbukti mempersempit ruang penyelewengan.",
	}},
	"infrastruktur": {"Membangun dan Merawat", []string{
		"Pembangunan jalan, jembatan, bendungan, dan pelabuhan telah mengubah wajah banyak daerah dalam sepuluh tahun terakhir. Waktu tempuh berkurang dan ongkos distribusi barang di sejumlah wilayah ikut turun.",
		"Tantangan berikutnya adalah perawatan. Infrastruktur yang dibangun dengan biaya besar bisa cepat rusak bila anggaran pemeliharaan tidak disiapkan sejak awal.",
		"Infrastruktur dasar seperti air minum, sanitasi, dan drainase sering kalah populer dibandingkan proyek besar, padahal manfaatnya dirasakan setiap hari oleh warga.",
		"Pembangunan infrastruktur juga membawa dampak sosial, dari pembebasan lahan hingga perubahan mata pencarian warga. Keterlibatan warga sejak tahap perencanaan membantu mengurangi konflik di kemudian hari.",
	}},
	"diplomasi": {"Arah Politik Luar Negeri", []string{
		"Indonesia menganut politik luar negeri bebas aktif: tidak memihak blok kekuatan mana pun, tetapi aktif ikut menjaga perdamaian dan kerja sama internasional.",
		"Perlindungan warga negara di luar negeri menjadi salah satu prioritas diplomasi. Jutaan warga Indonesia tinggal, bekerja, dan belajar di berbagai negara.",
		"Diplomasi ekonomi semakin penting seiring upaya membuka pasar ekspor baru dan menarik investasi. Kunjungan kenegaraan kini hampir selalu disertai misi dagang.",
		"Diplomasi tidak hanya dijalankan oleh diplomat. Pelajar, seniman, atlet, dan pelaku usaha yang berkiprah di luar negeri ikut membentuk cara dunia memandang Indonesia.",
	}},
	"asia-tenggara": {"Kawasan yang Saling Terhubung", []string{
		"Asia Tenggara adalah rumah bagi lebih dari 600 juta orang dengan budaya, bahasa, dan sistem politik yang sangat beragam. Indonesia adalah negara terbesar di kawasan ini, baik dari sisi penduduk maupun ekonomi.",
		"Perdagangan dan pariwisata antarnegara kawasan terus tumbuh. Penerbangan murah dan kemudahan bebas visa membuat warga makin sering berkunjung ke negara tetangga.",
		"Kawasan ini juga menghadapi tantangan bersama, mulai dari sengketa perairan, perdagangan manusia, hingga kabut asap lintas batas yang membutuhkan kerja sama erat.",
		"Kerja sama kawasan berjalan dengan prinsip musyawarah dan tidak mencampuri urusan dalam negeri. Pendekatan ini menjaga stabilitas, tetapi kerap dikritik lamban ketika menghadapi krisis.",
	}},
	"perubahan-iklim": {"Iklim yang Berubah", []string{
		"Suhu rata-rata bumi terus meningkat akibat emisi gas rumah kaca dari pembakaran bahan bakar fosil dan pembukaan hutan. Dampaknya terasa dalam bentuk cuaca ekstrem yang makin sering dan makin sulit diprediksi.",
		"Sebagai negara kepulauan dengan garis pantai yang sangat panjang, Indonesia termasuk negara yang paling rentan terhadap kenaikan muka air laut. Permukiman pesisir dan lahan pertanian di dataran rendah menjadi yang pertama terdampak.",
		"Upaya menghadapi perubahan iklim terbagi dua: mitigasi untuk mengurangi emisi dan adaptasi untuk menyesuaikan diri dengan dampak yang sudah terjadi. Keduanya membutuhkan biaya besar dan kerja sama lintas negara.",
		"Di tingkat rumah tangga, adaptasi bisa dimulai dari hal sederhana: menampung air hujan, menanam pohon peneduh, dan memilih tanaman pangan yang lebih tahan kekeringan.",
	}},
	"kemanusiaan": {"Solidaritas Kemanusiaan", []string{
		"Bantuan kemanusiaan Indonesia ke negara lain biasanya disalurkan melalui kerja sama pemerintah, lembaga kemanusiaan, dan organisasi masyarakat sipil.",
		"Lembaga-lembaga kemanusiaan mengingatkan bahwa bantuan uang tunai sering lebih tepat guna daripada kiriman barang, karena memungkinkan penyintas membeli apa yang paling mereka butuhkan dan menggerakkan ekonomi setempat.",
		"Relawan memegang peran besar dalam setiap krisis kemanusiaan. Namun, mereka juga membutuhkan pelatihan, perlindungan, dan koordinasi agar bantuan tidak menumpuk di satu tempat.",
		"Krisis kemanusiaan jarang berakhir ketika liputan media berhenti. Pengungsi bisa bertahan bertahun-tahun di tempat penampungan sementara, dengan kebutuhan pendidikan dan pekerjaan yang terus bertambah.",
	}},
	"maritim": {"Negeri Bahari", []string{
		"Sebagian besar wilayah Indonesia adalah lautan. Laut menjadi sumber pangan, jalur perdagangan, dan penghidupan bagi jutaan keluarga nelayan.",
		"Penangkapan ikan ilegal, pencemaran, dan kerusakan terumbu karang mengancam kekayaan laut. Pengawasan di perairan yang begitu luas membutuhkan kapal, teknologi, dan kerja sama dengan negara tetangga.",
		"Nelayan kecil menghadapi tantangan berlapis, mulai dari cuaca yang makin sulit diprediksi, harga bahan bakar, hingga harga jual ikan yang sering ditentukan tengkulak.",
		"Teknologi sederhana seperti radio komunikasi, alat penentu posisi, dan informasi cuaca melalui ponsel terbukti meningkatkan keselamatan nelayan kecil di laut.",
	}},
	"inflasi": {"Memahami Inflasi", []string{
		"Inflasi adalah kenaikan harga barang dan jasa secara umum dan terus-menerus. Ketika inflasi tinggi, uang yang sama hanya bisa membeli lebih sedikit barang dibandingkan sebelumnya.",
		"Bank sentral dan pemerintah menargetkan inflasi tetap rendah dan stabil. Tim pengendali inflasi di daerah memantau harga kebutuhan pokok dan menyiapkan langkah ketika harga melonjak.",
		"Kelompok pangan bergejolak, seperti cabai, bawang, dan beras, sering menjadi penyumbang terbesar inflasi bulanan. Harganya sangat dipengaruhi musim, cuaca, dan kelancaran distribusi.",
		"Inflasi yang terlalu rendah juga tidak selalu baik, karena bisa menandakan lemahnya permintaan. Yang dicari adalah kenaikan harga yang wajar dan dapat diperkirakan, sehingga rumah tangga dan pelaku usaha bisa berencana.",
	}},
	"rupiah": {"Rupiah dan Dunia", []string{
		"Nilai tukar rupiah dipengaruhi banyak faktor, mulai dari suku bunga di negara-negara maju, harga komoditas ekspor, hingga kepercayaan investor terhadap ekonomi Indonesia.",
		"Rupiah yang melemah membuat barang impor lebih mahal, termasuk bahan baku industri dan bahan bakar. Sebaliknya, eksportir menerima lebih banyak rupiah untuk setiap dolar penjualan.",
		"Bank sentral menjaga stabilitas rupiah melalui kebijakan suku bunga dan intervensi di pasar valuta asing. Cadangan devisa yang cukup menjadi bantalan ketika terjadi gejolak.",
		"Bagi masyarakat umum, pergerakan rupiah paling terasa melalui harga barang elektronik, tiket perjalanan ke luar negeri, dan biaya pendidikan di luar negeri.",
	}},
	"umkm": {"Tulang Punggung Ekonomi", []string{
		"Usaha mikro, kecil, dan menengah menyerap sebagian besar tenaga kerja di Indonesia. Warung, bengkel, usaha katering, hingga perajin rumahan menopang penghasilan jutaan keluarga.",
		"Akses pembiayaan masih menjadi hambatan klasik. Banyak pelaku usaha kecil tidak memiliki agunan maupun catatan keuangan yang rapi sehingga sulit mendapat pinjaman bank.",
		"Pemasaran daring membuka pasar yang jauh lebih luas, tetapi juga menghadirkan persaingan yang ketat. Kualitas produk, kemasan, dan pelayanan menjadi penentu apakah pembeli akan kembali.",
		"Naik kelas bagi usaha kecil tidak selalu berarti menjadi besar. Bagi banyak pelaku usaha, naik kelas berarti usahanya stabil, tercatat resmi, dan mampu memberi penghasilan layak bagi pekerjanya.",
	}},
	"investasi": {"Iklim Investasi", []string{
		"Investasi membuka lapangan kerja dan mendorong pertumbuhan ekonomi daerah. Pemerintah berupaya menarik investor dengan penyederhanaan perizinan dan berbagai insentif.",
		"Investor menimbang banyak hal sebelum menanamkan modal, mulai dari kepastian hukum, ketersediaan tenaga kerja terampil, infrastruktur, hingga stabilitas politik.",
		"Investasi yang baik tidak hanya diukur dari nilainya, tetapi juga dari seberapa banyak warga setempat ikut menikmati manfaatnya dan seberapa baik lingkungan dijaga.",
		"Investasi tidak selalu datang dari perusahaan besar. Tabungan masyarakat yang disalurkan melalui koperasi, perbankan, dan pasar modal juga menjadi sumber pembiayaan penting bagi pembangunan.",
	}},
	"pajak": {"Pajak dan Pembangunan", []string{
		"Pajak adalah sumber utama pendapatan negara untuk membiayai sekolah, rumah sakit, jalan, dan berbagai layanan publik lainnya.",
		"Rasio pajak Indonesia terhadap produk domestik bruto masih tergolong rendah dibandingkan banyak negara setara. Perluasan basis pajak dan kepatuhan wajib pajak menjadi pekerjaan rumah yang terus dibicarakan.",
		"Setiap perubahan tarif pajak selalu memicu perdebatan tentang keadilan: siapa yang menanggung beban paling besar, dan apakah penerimaannya kembali kepada masyarakat dalam bentuk layanan yang lebih baik.",
		"Kepatuhan pajak meningkat ketika warga melihat hasilnya dalam bentuk jalan yang baik, sekolah yang layak, dan layanan publik yang mudah. Sebaliknya, berita penyelewengan anggaran cepat menggerus kepercayaan.",
	}},
	"ketenagakerjaan": {"Pasar Kerja yang Berubah", []string{
		"Setiap tahun jutaan angkatan kerja baru masuk ke pasar kerja. Sebagian besar dari mereka akhirnya bekerja di sektor informal tanpa kontrak dan tanpa jaminan sosial.",
		"Perubahan teknologi menggeser jenis pekerjaan yang dibutuhkan. Keterampilan digital, bahasa asing, dan kemampuan belajar hal baru kini menjadi nilai tambah di hampir semua bidang.",
		"Upah minimum ditetapkan setiap tahun melalui dewan pengupahan yang melibatkan pemerintah, pengusaha, dan serikat pekerja. Prosesnya hampir selalu diwarnai tarik-ulur kepentingan.",
		"Pekerja muda kini lebih sering berpindah pekerjaan dibandingkan generasi sebelumnya. Kemampuan beradaptasi dan jaringan pertemanan menjadi modal penting dalam mencari kesempatan baru.",
	}},
	"energi": {"Transisi Energi", []string{
		"Sebagian besar listrik Indonesia masih dihasilkan dari batu bara. Peralihan ke sumber energi terbarukan seperti surya, angin, panas bumi, dan air menjadi agenda penting dalam beberapa dekade ke depan.",
		"Indonesia memiliki potensi energi terbarukan yang sangat besar, dari sinar matahari sepanjang tahun hingga panas bumi di sepanjang jalur gunung api. Tantangannya ada pada biaya awal, aturan, dan jaringan transmisi.",
		"Di desa-desa terpencil, pembangkit skala kecil yang dikelola warga sering menjadi solusi paling masuk akal. Listrik yang andal membuka peluang usaha dan memperpanjang jam belajar anak-anak.",
		"Penghematan energi sering kali menjadi cara termurah untuk mengurangi emisi. Lampu hemat energi, peralatan rumah tangga yang efisien, dan bangunan dengan sirkulasi udara yang baik bisa memangkas tagihan listrik secara berarti.",
	}},
	"pasar-modal": {"Mengenal Pasar Modal", []string{
		"Pasar modal mempertemukan perusahaan yang membutuhkan dana dengan masyarakat yang ingin berinvestasi. Saham, obligasi, dan reksa dana adalah instrumen yang paling dikenal.",
		"Jumlah investor ritel bertambah pesat berkat aplikasi investasi di ponsel. Otoritas mengingatkan investor pemula agar memahami risiko dan tidak mudah tergiur janji keuntungan cepat.",
		"Harga saham bergerak naik turun mengikuti kinerja perusahaan, kondisi ekonomi, dan sentimen global. Investasi jangka panjang dengan portofolio yang beragam umumnya lebih aman bagi pemula.",
		"Penipuan berkedok investasi masih marak. Tawaran dengan imbal hasil pasti dan sangat tinggi hampir selalu patut dicurigai, apalagi bila lembaganya tidak terdaftar di otoritas.",
	}},
	"perdagangan": {"Perdagangan dan Pasar Ekspor", []string{
		"Ekspor Indonesia masih didominasi komoditas mentah dan setengah jadi. Upaya meningkatkan nilai tambah melalui pengolahan di dalam negeri terus didorong agar manfaat ekonominya lebih besar.",
		"Perjanjian dagang dengan berbagai negara membuka akses pasar dengan tarif lebih rendah. Namun, pelaku usaha juga harus siap memenuhi standar mutu, keamanan pangan, dan keberlanjutan di negara tujuan.",
		"Biaya logistik yang tinggi membuat produk Indonesia kurang bersaing dibandingkan produk negara tetangga. Perbaikan pelabuhan dan konektivitas antarpulau menjadi salah satu kuncinya.",
		"Pasar-pasar nontradisional di Afrika, Timur Tengah, dan Amerika Latin mulai dilirik sebagai tujuan ekspor baru. Misi dagang dan pameran menjadi pintu masuk untuk memperkenalkan produk Indonesia di sana.",
	}},
}
