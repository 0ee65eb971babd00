package demo

// featureBackgrounds covers sport, technology, lifestyle and policy.
var featureBackgrounds = map[string]background{
	"timnas": {"Jalan Panjang Tim Nasional", []string{
		"Tim nasional selalu menjadi magnet perhatian. Setiap pertandingan ditonton jutaan orang, dan setiap hasilnya diperbincangkan dari warung kopi hingga media sosial.",
		"Pembentukan tim nasional yang kuat membutuhkan kompetisi domestik yang sehat. Pemain yang terbiasa bermain dengan intensitas tinggi di liga akan lebih siap menghadapi lawan dari negara lain.",
		"Tim nasional kelompok umur menjadi tempat menempa pemain muda sebelum naik ke tim senior. Pengalaman bertanding di turnamen internasional sejak dini dinilai sangat berharga.",
		"Dukungan suporter tim nasional terasa hingga ke luar negeri. Di setiap laga tandang, selalu ada warga Indonesia perantauan yang datang membawa bendera merah putih.",
	}},
	"sepak-bola": {"Sepak Bola dan Penggemarnya", []string{
		"Sepak bola adalah olahraga yang paling banyak ditonton di Indonesia. Hampir setiap kota memiliki klub kebanggaan dengan pendukung yang setia datang ke stadion dari musim ke musim.",
		"Kompetisi yang tertib, jadwal yang pasti, dan keuangan klub yang sehat menjadi syarat dasar industri sepak bola yang berkelanjutan. Beberapa klub mulai membenahi tata kelola dan membuka laporan keuangannya.",
		"Keamanan penonton menjadi perhatian utama setelah berbagai insiden di masa lalu. Pengaturan tiket, pintu keluar stadion, dan pelatihan petugas keamanan terus dibenahi.",
		"Sekolah sepak bola tumbuh di banyak kota dan menjadi tempat anak-anak belajar disiplin, kerja sama, dan sportivitas, bukan hanya teknik menendang bola.",
	}},
	"bulu-tangkis": {"Tradisi Bulu Tangkis", []string{
		"Bulu tangkis adalah salah satu cabang olahraga yang paling sering mengharumkan nama Indonesia di tingkat dunia. Gelar juara di turnamen besar selalu disambut meriah di tanah air.",
		"Klub-klub bulu tangkis di berbagai kota menjadi tempat lahirnya pemain nasional. Banyak juara memulai latihan sejak usia sekolah dasar di gedung olahraga sederhana.",
		"Persaingan bulu tangkis dunia kini jauh lebih merata. Pemain dari berbagai negara mampu menjadi juara, sehingga konsistensi dan kebugaran menjadi pembeda utama.",
		"Bulu tangkis juga menjadi olahraga rakyat. Lapangan di gang-gang kampung, dengan net yang diikat di antara dua tiang bambu, menjadi tempat banyak orang pertama kali mengenal olahraga ini.",
	}},
	"bola-voli": {"Demam Bola Voli", []string{
		"Bola voli dimainkan di hampir setiap kampung di Indonesia, dari halaman sekolah hingga lapangan desa. Turnamen antarkampung menjadi hiburan yang selalu ramai penonton.",
		"Popularitas liga profesional meningkat tajam dalam beberapa tahun terakhir. Siaran langsung dan media sosial membuat para pemain dikenal luas, terutama di kalangan penonton muda.",
		"Tinggi badan, lompatan, dan kerja sama tim menjadi modal utama dalam bola voli. Pembinaan sejak usia muda membantu pemain mengasah teknik dasar sebelum bermain di level tinggi.",
		"Klub-klub profesional mulai membangun akademi untuk menjaring pemain muda. Kompetisi antarsekolah menjadi salah satu tempat para pemandu bakat mencari calon pemain.",
	}},
	"atletik": {"Atletik, Induk Semua Cabang", []string{
		"Atletik sering disebut induk semua cabang olahraga karena berlari, melompat, dan melempar menjadi dasar hampir setiap olahraga lain.",
		"Lomba lari jalan raya berkembang pesat di banyak kota. Selain menjadi ajang olahraga, lomba semacam ini menggerakkan ekonomi lokal, dari penginapan hingga pedagang kecil di sepanjang rute.",
		"Fasilitas lintasan berstandar masih terbatas di banyak daerah. Banyak atlet berbakat berlatih di lapangan seadanya sebelum mendapat kesempatan bergabung dengan pemusatan latihan.",
		"Ilmu olahraga modern membantu atlet berlatih lebih cerdas, mulai dari pengaturan beban latihan, gizi, hingga waktu istirahat yang cukup untuk mencegah cedera.",
	}},
	"pembinaan-atlet": {"Pembinaan Atlet", []string{
		"Prestasi olahraga tidak lahir dalam semalam. Di balik setiap medali ada bertahun-tahun latihan, kompetisi berjenjang, dan pelatih yang sabar menemani sejak usia dini.",
		"Sekolah khusus olahraga dan pusat pelatihan daerah menjadi tempat menempa atlet muda. Namun, pendidikan mereka juga harus tetap diperhatikan agar punya bekal setelah masa bertanding usai.",
		"Kesejahteraan atlet dan pelatih masih sering menjadi persoalan. Bonus yang besar setelah meraih medali tidak selalu diikuti dukungan yang memadai selama masa persiapan.",
		"Kompetisi berjenjang dari tingkat sekolah, kabupaten, provinsi, hingga nasional memberi kesempatan bagi atlet muda untuk terus diuji dan berkembang.",
	}},
	"kecerdasan-buatan": {"Mengenal Kecerdasan Buatan", []string{
		"Kecerdasan buatan adalah program komputer yang belajar dari data dalam jumlah besar untuk mengenali pola, menjawab pertanyaan, atau membuat tulisan dan gambar. Kemampuannya berkembang sangat cepat dalam beberapa tahun terakhir.",
		"Sistem kecerdasan buatan bisa keliru dengan sangat meyakinkan. Karena itu, para ahli menekankan pentingnya pengawasan manusia, terutama untuk keputusan yang menyangkut kesehatan, keuangan, dan hukum.",
		"Sebagian besar sistem kecerdasan buatan dilatih dengan data berbahasa Inggris. Upaya membangun model yang memahami bahasa Indonesia dan bahasa daerah menjadi penting agar teknologi ini tidak meninggalkan sebagian besar warga.",
		"Pemanfaatan kecerdasan buatan juga menyentuh pekerjaan sehari-hari, dari menyusun surat hingga meringkas rapat. Pengguna tetap perlu memeriksa hasilnya dan tidak memasukkan data rahasia sembarangan.",
	}},
	"startup": {"Ekosistem Perusahaan Rintisan", []string{
		"Indonesia memiliki salah satu ekosistem perusahaan rintisan terbesar di Asia Tenggara. Layanan transportasi, belanja daring, dan pembayaran digital telah mengubah kebiasaan jutaan orang.",
		"Setelah masa pendanaan yang melimpah, investor kini jauh lebih berhati-hati. Perusahaan rintisan dituntut menunjukkan jalan yang jelas menuju keuntungan, bukan hanya pertumbuhan jumlah pengguna.",
		"Perusahaan rintisan yang menyasar sektor pertanian, logistik, pendidikan, dan kesehatan dinilai punya peluang besar karena menyentuh persoalan nyata di daerah.",
		"Banyak pendiri perusahaan rintisan memulai dari persoalan yang mereka alami sendiri, seperti sulitnya mencari tukang, mahalnya ongkos kirim, atau rumitnya administrasi usaha kecil.",
	}},
	"keamanan-siber": {"Ancaman di Dunia Maya", []string{
		"Serangan siber semakin sering menyasar instansi pemerintah, rumah sakit, dan perusahaan. Bentuknya beragam, dari pencurian data, peretasan situs, hingga penyanderaan sistem dengan meminta tebusan.",
		"Banyak serangan berhasil bukan karena kecanggihan pelaku, melainkan karena kelalaian sederhana: kata sandi yang lemah, perangkat lunak yang tidak diperbarui, atau tautan berbahaya yang diklik tanpa curiga.",
		"Penipuan daring terus berganti rupa, dari undian berhadiah palsu hingga pesan yang mengatasnamakan kurir, bank, atau kerabat. Prinsip dasarnya tetap sama: jangan pernah membagikan kode rahasia kepada siapa pun.",
		"Keamanan siber bukan hanya urusan tim teknologi informasi. Pelatihan rutin bagi seluruh pegawai tentang cara mengenali pesan berbahaya terbukti mengurangi risiko serangan.",
	}},
	"data-pribadi": {"Hak atas Data Pribadi", []string{
		"Undang-undang pelindungan data pribadi memberi warga hak untuk mengetahui data apa yang disimpan tentang dirinya, untuk apa data itu dipakai, dan meminta data itu dihapus.",
		"Lembaga yang mengelola data wajib menjaga keamanannya dan memberi tahu pemilik data bila terjadi kebocoran. Pelanggaran dapat berujung pada sanksi administratif hingga pidana.",
		"Prinsip paling sederhana dalam pelindungan data adalah tidak mengumpulkan lebih dari yang dibutuhkan. Data yang tidak disimpan tidak mungkin bocor.",
		"Sebelum mengisi formulir atau mengunggah kartu identitas, pengguna sebaiknya bertanya: untuk apa data ini diminta, siapa yang menyimpannya, dan berapa lama data itu akan disimpan.",
	}},
	"kuliner": {"Kekayaan Kuliner Nusantara", []string{
		"Setiap daerah di Indonesia punya hidangan khasnya sendiri, dibentuk oleh bahan-bahan lokal, jalur perdagangan rempah, dan pertemuan berbagai budaya selama berabad-abad.",
		"Warung dan pedagang kaki lima menjadi penjaga banyak resep tradisional. Sebagian resep diwariskan dari generasi ke generasi tanpa pernah dituliskan.",
		"Wisata kuliner kini menjadi salah satu alasan utama orang bepergian. Unggahan di media sosial bisa membuat sebuah warung kecil mendadak diserbu pembeli dari luar kota.",
		"Bahan lokal yang segar dan musiman menjadi kunci cita rasa masakan daerah. Sebagian juru masak muda kini kembali ke pasar tradisional untuk mencari bahan yang dulu dipakai nenek mereka.",
	}},
	"wisata": {"Pariwisata yang Berkelanjutan", []string{
		"Pariwisata menyumbang devisa dan membuka lapangan kerja di banyak daerah. Namun, lonjakan pengunjung yang tidak terkendali juga bisa merusak alam dan mengubah kehidupan warga setempat.",
		"Desa wisata yang dikelola warga menjadi model yang banyak ditiru. Pengunjung mendapatkan pengalaman yang lebih dekat dengan kehidupan lokal, sementara manfaat ekonominya dinikmati langsung oleh masyarakat.",
		"Wisatawan yang bertanggung jawab membawa pulang sampahnya, menghormati adat setempat, dan membelanjakan uangnya di usaha milik warga.",
		"Musim liburan sering membawa kepadatan di destinasi populer. Berkunjung di luar akhir pekan dan musim libur membuat perjalanan lebih nyaman sekaligus membagi rezeki ke waktu yang lebih sepi.",
	}},
	"budaya": {"Merawat Warisan Budaya", []string{
		"Indonesia memiliki ratusan bahasa daerah, tarian, musik, dan tradisi lisan. Banyak di antaranya bertahan karena dirawat oleh sanggar, komunitas, dan keluarga, bukan oleh lembaga besar.",
		"Generasi muda kini menemukan cara baru untuk mengenal budaya, dari video pendek di media sosial hingga pertunjukan yang memadukan unsur tradisional dan modern.",
		"Museum dan ruang budaya berusaha lebih terbuka bagi publik dengan jam kunjung yang lebih panjang, tur bercerita, dan program untuk anak-anak.",
		"Pelestarian budaya juga berarti memberi penghidupan yang layak bagi para pelakunya. Penari, pengrajin, dan pemusik tradisional membutuhkan panggung dan penghasilan, bukan hanya penghargaan.",
	}},
	"kesehatan-mental": {"Kesehatan Jiwa Itu Penting", []string{
		"Kesehatan jiwa sama pentingnya dengan kesehatan fisik. Gangguan kecemasan dan depresi bisa dialami siapa saja, tanpa memandang usia, pekerjaan, atau latar belakang.",
		"Stigma masih membuat banyak orang enggan mencari pertolongan. Padahal, semakin cepat seseorang mendapat bantuan, semakin besar peluangnya untuk pulih.",
		"Bila Anda atau orang terdekat mengalami tekanan berat atau memiliki pikiran untuk menyakiti diri sendiri, segera hubungi tenaga kesehatan, puskesmas, atau layanan darurat terdekat.",
		"Tidur yang cukup, makan teratur, bergerak setiap hari, dan berbincang dengan orang yang dipercaya adalah langkah sederhana untuk menjaga kesehatan jiwa.",
	}},
	"kebijakan-publik": {"Kebijakan yang Berpihak", []string{
		"Kebijakan publik yang baik lahir dari data yang akurat, perencanaan yang matang, dan keterlibatan warga sejak awal, bukan hanya saat peresmian.",
		"Banyak program gagal bukan karena idenya buruk, melainkan karena pelaksanaannya tidak konsisten atau tidak dievaluasi secara jujur.",
		"Keterbukaan informasi memungkinkan warga ikut mengawasi. Anggaran, jadwal, dan hasil program yang dipublikasikan secara mudah dipahami membuat pemerintah lebih akuntabel.",
		"Evaluasi yang baik berani mengakui kegagalan. Program yang tidak berjalan sebaiknya diperbaiki atau dihentikan, bukan terus dibiayai karena sudah terlanjur dimulai.",
	}},
}
