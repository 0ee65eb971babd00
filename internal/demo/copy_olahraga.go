package demo

import (
	"fmt"
	"math/rand/v2"
)

var clubs = []string{
	"Bintang Samudra FC", "Rajawali Kencana", "Laskar Tanjung FC", "Garuda Pesisir", "PS Cendana Raya",
	"Banteng Lembah FC", "Pelita Khatulistiwa", "Elang Selatan FC", "Harimau Rimba FC", "Kuda Laut Teluk",
}

var volleyClubs = []string{"Samudra Voli", "Kencana Spikers", "Petir Khatulistiwa", "Garuda Muda Voli", "Bahari Jaya Voli", "Angin Timur Voli"}

var stadiums = []string{"Stadion Gelora Samudra", "Stadion Tunas Bangsa", "Stadion Lembah Hijau", "Stadion Cakrawala", "Stadion Bukit Kencana"}

// sportSlots adds clubs, a venue, an athlete and a score.
func sportSlots(r *rand.Rand, s map[string]string) {
	i := r.IntN(len(clubs))
	j := (i + 1 + r.IntN(len(clubs)-1)) % len(clubs)
	s["klub"], s["lawan"] = clubs[i], clubs[j]
	v := r.IntN(len(volleyClubs))
	w := (v + 1 + r.IntN(len(volleyClubs)-1)) % len(volleyClubs)
	s["klubvoli"], s["lawanvoli"] = volleyClubs[v], volleyClubs[w]
	s["stadion"] = stadiums[r.IntN(len(stadiums))]
	// Football and the singles stories are men's; the rest may be anyone.
	s["atlet"] = pickNames(r, male)[0]
	s["atleta"] = pickNames(r, anyone)[0]
	s["pencetak"] = pickNames(r, male)[0]
	g2 := r.IntN(3)
	g1 := g2 + 1 + r.IntN(2)
	s["skor"] = fmt.Sprintf("%d-%d", g1, g2)
	s["menit"] = fmt.Sprint(55 + r.IntN(35))
	s["set"] = []string{"3-0", "3-1", "3-2"}[r.IntN(3)]
	s["waktu"] = fmt.Sprintf("2 jam %d menit %d detik", 11+r.IntN(40), r.IntN(60))
}

var olahraga = sectionCopy{
	extra: sportSlots,
	labs:  []string{"Universitas Bentara Nusa", "Sekolah Tinggi Olahraga Cendekia", "Komunitas Analis Sepak Bola Nusantara"},
	facts: []string{
		"Sejumlah pemandu bakat dikabarkan hadir untuk memantau atlet-atlet muda yang tampil menonjol.",
		"Federasi berjanji memperbaiki kualitas fasilitas latihan yang selama ini dikeluhkan para atlet.",
		"Program pembinaan usia muda disebut mulai menunjukkan hasil dengan munculnya nama-nama baru.",
		"Pengamat menilai konsistensi akan menjadi kunci bila ingin bersaing di level yang lebih tinggi.",
		"Pemerintah daerah menjanjikan bonus bagi atlet yang berprestasi dan pelatih yang mendampinginya.",
		"Sponsor lokal mulai melirik cabang olahraga ini seiring bertambahnya jumlah penonton.",
		"Dukungan penonton membuat suasana terasa meriah dari awal hingga akhir.",
	},
	heads: []string{"Pembinaan Usia Muda", "Dukungan Penonton", "Agenda Berikutnya"},
	closings: []string{
		"Hasil ini menjadi modal berharga menghadapi agenda kompetisi berikutnya.",
		"Warta Nusantara akan terus mengikuti perjalanan para atlet sepanjang musim kompetisi.",
		"Para pendukung kini menanti penampilan berikutnya dengan harapan yang semakin tinggi.",
	},
	stories: []story{
		{
			tags: []string{"sepak-bola", "pembinaan-atlet"},
			role: "pelatih kepala {klub}", expert: "pengamat sepak bola dari",
			jobs: []string{"suporter {klub} yang datang dari luar kota", "pedagang suvenir di depan stadion", "pelajar yang menonton bersama ayahnya"},
			angles: []angle{
				{"{klub} Tekuk {lawan} {skor} di {stadion}", "Gol {pencetak} pada menit ke-{menit} memastikan tiga poin bagi tuan rumah.",
					"{klub} mengalahkan {lawan} dengan skor {skor} dalam lanjutan liga di {stadion}, {hari} ({tgl}). Gol {pencetak} pada menit ke-{menit} memastikan tiga poin tetap tinggal di kandang."},
				{"Tampil dengan Sepuluh Pemain, {klub} Tetap Menang atas {lawan}", "Kartu merah di babak pertama tidak menghentikan agresivitas tuan rumah.",
					"{klub} tetap mampu menaklukkan {lawan} {skor} meski bermain dengan sepuluh pemain sejak babak pertama. Kemenangan di {stadion} itu diwarnai disiplin tinggi para pemain bertahan."},
				{"{klub} Perpanjang Rekor Tak Terkalahkan Jadi {n1d} Laga", "Kemenangan {skor} atas {lawan} membawa tim naik ke papan atas klasemen.",
					"Rekor tak terkalahkan {klub} berlanjut menjadi {n1} laga setelah menang {skor} atas {lawan}. Hasil itu membawa mereka naik ke papan atas klasemen sementara."},
				{"{lawan} Pecat Pelatih Usai Kalah {skor} dari {klub}", "Manajemen menilai performa tim jauh di bawah target awal musim.",
					"Manajemen {lawan} memberhentikan pelatih kepala mereka sehari setelah kalah {skor} dari {klub}. Manajemen menilai performa tim jauh di bawah target yang dipasang pada awal musim."},
			},
			only: map[int][]string{
				0: {
					"Tuan rumah tampil menekan sejak menit awal dan memaksa lawan lebih banyak bertahan di separuh lapangan sendiri.",
				},
				1: {
					"Kartu merah diberikan wasit setelah seorang bek {klub} melakukan pelanggaran keras di depan kotak penalti.",
					"Pelatih segera menarik satu penyerang dan menambah gelandang untuk menjaga keseimbangan tim.",
				},
				2: {
					"Selama rangkaian tak terkalahkan itu, {klub} hanya kebobolan beberapa gol.",
					"{pencetak} menjadi salah satu pemain kunci dalam rangkaian hasil positif tersebut.",
				},
				3: {
					"Manajemen {lawan} menunjuk asisten pelatih sebagai pelatih sementara hingga pengganti definitif ditemukan.",
					"Kekalahan itu merupakan yang keempat dalam lima laga terakhir {lawan}.",
				},
			},
			facts: []string{
				"{pencetak} kini telah mengoleksi {n1} gol musim ini dan menjadi salah satu penyerang lokal paling produktif.",
				"Pertandingan di {stadion} disaksikan sekitar {n4} penonton.",
				"{lawan} sebenarnya memiliki beberapa peluang emas, tetapi penyelesaian akhir mereka kurang tenang.",
				"Penjaga gawang {klub} melakukan sejumlah penyelamatan penting di babak kedua.",
				"Hasil ini menambah tekanan bagi {lawan} yang tertahan di papan bawah klasemen.",
				"Kedua tim bermain terbuka sejak menit awal sehingga pertandingan berlangsung dengan tempo tinggi.",
				"Manajemen klub menyatakan akan mengevaluasi jadwal latihan setelah rangkaian laga tandang yang melelahkan.",
				"Suporter tamu mendapat tribune khusus dan dikawal petugas keamanan sejak tiba di stadion.",
				"Jadwal yang padat membuat tim pelatih harus pandai merotasi pemain agar kebugaran tetap terjaga.",
				"Catatan statistik menunjukkan tuan rumah lebih banyak menguasai bola, tetapi kesulitan menembus pertahanan lawan.",
				"Tim medis memastikan tidak ada cedera serius yang dialami pemain setelah laga.",
				"Hasil ini membuat persaingan di papan atas semakin ketat menjelang paruh kedua musim.",
				"Ofisial pertandingan menyebut laga berjalan tertib tanpa insiden berarti di dalam maupun di luar lapangan.",
			},
			said: []string{
				"Saya bangga dengan kerja keras para pemain. Mereka menjalankan instruksi dengan disiplin",
				"Kami masih harus memperbaiki penyelesaian akhir. Terlalu banyak peluang yang terbuang hari ini",
				"Tidak ada waktu untuk berpuas diri. Laga berikutnya sama beratnya",
			},
			views: []string{
				"Tim ini mulai menemukan identitas permainannya. Transisi dari bertahan ke menyerang jauh lebih cepat dibandingkan awal musim",
				"Kedalaman skuad akan diuji ketika jadwal semakin padat. Di situlah pelatih harus berani memberi kesempatan pemain muda",
			},
			voices: []string{
				"Saya berangkat dari subuh demi laga ini. Terbayar lunas dengan kemenangan",
				"Harga tiket masih terjangkau, jadi kami bisa datang sekeluarga",
			},
			heads: []string{"Gol Penentu", "Rapatnya Lini Belakang", "Posisi di Klasemen"},
		},
		{
			scope: national, tags: []string{"timnas", "sepak-bola"},
			role: "pelatih kepala tim nasional U-23", expert: "pengamat sepak bola dari",
			jobs: []string{"suporter tim nasional yang menonton latihan", "orang tua salah satu pemain muda"},
			angles: []angle{
				{"Timnas U-23 Panggil {n2} Pemain untuk Pemusatan Latihan", "Sejumlah nama baru dari kompetisi lokal mendapat kesempatan pertama.",
					"Pelatih tim nasional U-23 memanggil {n2} pemain untuk mengikuti pemusatan latihan jelang turnamen kawasan. Sejumlah nama baru yang tampil menonjol di kompetisi lokal mendapat panggilan pertama mereka."},
				{"Timnas U-23 Menang {skor} dalam Laga Uji Coba", "Pelatih memanfaatkan laga untuk mencoba formasi dengan tiga bek tengah.",
					"Tim nasional U-23 menang {skor} dalam laga uji coba internasional di Jakarta, {hari} ({tgl}). Pelatih memanfaatkan pertandingan itu untuk mencoba formasi dengan tiga bek tengah."},
				{"{atlet}, Gelandang Muda yang Jadi Tumpuan Baru Timnas", "Pemain berusia 20 tahun itu tampil konsisten di liga dan kini dipercaya mengatur permainan.",
					"Nama {atlet} semakin sering disebut sebagai tumpuan baru lini tengah tim nasional U-23. Gelandang berusia 20 tahun itu tampil konsisten bersama {klub} dan kini dipercaya mengatur tempo permainan tim nasional."},
			},
			only: map[int][]string{
				0: {
					"Sebagian besar pemain yang dipanggil bermain reguler di klubnya masing-masing musim ini.",
				},
				1: {
					"Gol-gol kemenangan lahir dari skema bola mati yang dilatih khusus selama pemusatan latihan.",
					"Beberapa pemain muda mendapat menit bermain pertama mereka bersama tim nasional.",
				},
				2: {
					"{atlet} mulai bermain sepak bola di sekolah sepak bola di kampungnya sejak usia delapan tahun.",
					"Pelatih klubnya menyebut {atlet} sebagai pemain yang paling rajin berlatih tambahan seusai sesi tim.",
				},
			},
			facts: []string{
				"Pemusatan latihan akan berlangsung selama {n1} pekan dengan dua laga uji coba internasional.",
				"Beberapa pemain yang merumput di luar negeri dijadwalkan bergabung pada pekan kedua.",
				"Tim pelatih menekankan peningkatan kebugaran karena turnamen akan berlangsung dengan jadwal padat.",
				"Federasi sepak bola menargetkan tim lolos ke babak semifinal turnamen kawasan.",
				"Latihan digelar terbuka untuk umum pada sesi sore dan selalu dipadati suporter.",
				"Tes fisik menunjukkan sebagian pemain masih berada di bawah standar yang ditetapkan tim pelatih.",
				"{atlet} tercatat sebagai salah satu pemain dengan jumlah umpan sukses tertinggi di liga musim ini.",
			},
			said: []string{
				"Pintu tim nasional terbuka untuk siapa pun yang tampil baik dan konsisten di klubnya",
				"Kami tidak mengejar kemenangan di laga uji coba. Yang penting pola permainan berjalan",
			},
			views: []string{
				"Regenerasi di tim nasional berjalan lebih baik, tetapi kompetisi usia muda masih harus diperbanyak",
				"Formasi tiga bek memberi keseimbangan, asalkan para pemain sayap punya stamina untuk naik dan turun",
			},
			voices: []string{"Melihat anak saya memakai seragam merah putih itu rasanya tidak bisa diungkapkan dengan kata-kata"},
			heads:  []string{"Wajah-wajah Baru", "Persiapan Menuju Turnamen", "Target Federasi"},
		},
		{
			scope: abroad, tags: []string{"bulu-tangkis", "pembinaan-atlet"},
			role: "pelatih tunggal putra pelatnas bulu tangkis", expert: "pengamat bulu tangkis dari",
			viewBy: "{ahli}, mantan pemain nasional dan pengamat bulu tangkis",
			angles: []angle{
				{"{atlet} Melaju ke Final Turnamen Bulu Tangkis di {kotaln}", "Pemain tunggal putra Indonesia itu menang rubber game setelah tertinggal di gim pertama.",
					"Pemain tunggal putra Indonesia, {atlet}, melaju ke final turnamen bulu tangkis internasional di {kotaln}, {negara}. Ia menang rubber game setelah sempat tertinggal pada gim pertama."},
				{"Ganda Putri Indonesia Juara di {kotaln}", "Pasangan muda Indonesia menaklukkan unggulan pertama dalam laga final.",
					"Ganda putri Indonesia menjuarai turnamen bulu tangkis internasional di {kotaln} setelah mengalahkan pasangan unggulan pertama di partai final. Gelar itu menjadi yang pertama bagi pasangan muda tersebut tahun ini."},
				{"{atlet} Terhenti di Perempat Final, Pelatih Soroti Konsistensi", "Kesalahan sendiri di poin-poin kritis menjadi penyebab kekalahan.",
					"Langkah {atlet} di turnamen bulu tangkis internasional di {kotaln} terhenti di babak perempat final. Pelatih menyoroti banyaknya kesalahan sendiri pada poin-poin kritis."},
			},
			only: map[int][]string{
				0: {
					"Di partai final, {atlet} akan menghadapi pemain unggulan kedua yang mengalahkannya pada pertemuan terakhir mereka.",
					"Penampilannya di gim ketiga disebut sebagai yang terbaik sepanjang turnamen.",
				},
				1: {
					"Pasangan muda itu baru dipasangkan sekitar satu tahun terakhir.",
					"Kemenangan di final diraih dalam dua gim langsung dengan selisih poin yang cukup jauh.",
				},
				2: {
					"{atlet} sempat unggul jauh di gim kedua sebelum lawannya membalikkan keadaan.",
					"Pelatih meminta {atlet} memperbaiki variasi pukulan di depan net.",
				},
			},
			facts: []string{
				"Pertandingan berlangsung selama lebih dari satu jam dengan reli-reli panjang yang menguras tenaga.",
				"Hasil ini menambah poin peringkat dunia yang penting untuk kualifikasi kejuaraan berikutnya.",
				"Penonton dari komunitas Indonesia di {kotaln} turut memberikan dukungan dari tribune.",
				"Pelatnas menyiapkan program khusus untuk memperbaiki kekuatan fisik para pemain muda.",
				"Persaingan di sektor tunggal putra dunia semakin merata dengan munculnya pemain-pemain baru.",
				"Tim Indonesia akan langsung bertolak ke turnamen berikutnya tanpa pulang ke tanah air.",
			},
			said: []string{
				"Mentalnya sudah bagus, tinggal menjaga fokus di poin-poin akhir",
				"Kami tidak terlalu memikirkan hasil. Yang penting perkembangan permainan terlihat dari turnamen ke turnamen",
			},
			views: []string{
				"Bulu tangkis Indonesia tidak pernah kekurangan bakat. Tantangannya adalah menjaga konsistensi di level tertinggi",
				"Pemain muda ini punya pukulan yang lengkap. Pengalaman bertanding melawan pemain top akan mematangkannya",
			},
			heads: []string{"Jalannya Laga", "Peringkat Dunia", "Menuju Turnamen Berikutnya"},
		},
		{
			tags: []string{"bola-voli", "pembinaan-atlet"},
			role: "pelatih {klubvoli}", expert: "pengamat bola voli dari",
			jobs: []string{"penggemar voli yang rutin datang ke gelanggang", "siswa sekolah atlet"},
			angles: []angle{
				{"{klubvoli} Menang {set} atas {lawanvoli} di Laga Penuh Drama", "Gelanggang olahraga {kota} penuh sesak sejak dua jam sebelum laga.",
					"{klubvoli} mengalahkan {lawanvoli} dengan skor {set} dalam lanjutan liga bola voli di {kota}, {hari} ({tgl}). Gelanggang olahraga sudah penuh sesak sejak dua jam sebelum pertandingan dimulai."},
				{"Liga Voli Putri Makin Ramai, Tiket di {kota} Ludes", "Antusiasme penonton terhadap voli putri terus meningkat musim ini.",
					"Tiket pertandingan liga voli putri seri {kota} habis terjual dalam hitungan jam. Antusiasme penonton terhadap bola voli putri terus meningkat sepanjang musim ini."},
				{"{atleta}, Pemukul Andalan {klubvoli} yang Lahir dari Voli Kampung", "Ia mulai bermain di lapangan tanah di desanya sebelum direkrut klub profesional.",
					"Sebelum menjadi pemukul andalan {klubvoli}, {atleta} bermain voli di lapangan tanah di desanya. Kini ia menjadi salah satu pencetak poin terbanyak di liga musim ini."},
			},
			only: map[int][]string{
				0: {
					"Set penentuan berlangsung ketat dengan kejar-mengejar angka hingga poin terakhir.",
					"Blok-blok tuan rumah di pengujung set menjadi pembeda dalam laga tersebut.",
				},
				1: {
					"Panitia menambah layar lebar di luar gelanggang bagi penonton yang tidak kebagian tiket.",
					"Penjualan tiket dilakukan secara daring untuk menghindari antrean panjang di loket.",
				},
				2: {
					"Orang tua {atleta} masih tinggal di desa dan selalu menonton pertandingan anaknya melalui siaran daring.",
					"Tinggi badan dan lompatan {atleta} sudah menarik perhatian pelatih sejak ia masih duduk di bangku sekolah menengah.",
				},
			},
			facts: []string{
				"Bola voli menjadi salah satu cabang olahraga dengan penonton terbanyak di Indonesia dalam beberapa tahun terakhir.",
				"Pertandingan ditayangkan secara langsung dan ditonton ribuan orang melalui layanan siaran daring.",
				"Klub-klub mulai merekrut pemain asing untuk meningkatkan kualitas kompetisi.",
				"{atleta} mencetak {n2} poin dalam pertandingan tersebut.",
				"Voli kampung dengan hadiah seekor kambing atau sepeda masih menjadi tempat lahirnya banyak pemain berbakat.",
				"Penjualan kaus dan suvenir klub meningkat tajam seiring bertambahnya penonton.",
			},
			said: []string{
				"Pemain tampil tenang di set penentuan. Itu hasil latihan mental yang kami jalani selama ini",
				"Dukungan penonton seperti ini memberi energi tambahan bagi pemain",
			},
			views: []string{
				"Liga voli kita sedang berada di masa terbaiknya. Tantangannya sekarang adalah membangun pembinaan usia muda yang rapi",
				"Popularitas di media sosial ikut membesarkan voli, terutama di kalangan penonton muda",
			},
			voices: []string{"Suasananya luar biasa. Saya rela antre dari siang supaya dapat tempat duduk paling depan"},
			heads:  []string{"Drama di Set Penentuan", "Demam Voli", "Dari Lapangan Kampung"},
		},
		{
			tags: []string{"atletik", "pembinaan-atlet"},
			role: "ketua panitia lomba lari {kota}", expert: "pelatih atletik dan dosen di",
			jobs: []string{"pelari yang baru pertama kali ikut maraton", "pedagang minuman di jalur lomba", "anggota komunitas lari {kota}"},
			angles: []angle{
				{"Ribuan Pelari Ramaikan Maraton {kota}", "Lomba lari tahunan itu diikuti {n4} peserta dari berbagai daerah.",
					"Sebanyak {n4} pelari mengikuti lomba maraton tahunan di {kota}, {hari} ({tgl}). Rute lomba melintasi kawasan kota tua, jalan-jalan protokol, dan tepi pantai."},
				{"{atleta} Juarai Maraton {kota} dengan Catatan {waktu}", "Pelari asal {provinsi} itu memperbaiki catatan waktu terbaiknya.",
					"{atleta} menjadi yang tercepat dalam lomba maraton {kota} dengan catatan waktu {waktu}. Pelari asal {provinsi} itu sekaligus memperbaiki catatan waktu terbaik pribadinya."},
				{"Lomba Lari Malam di {kota} Diikuti {n4} Peserta", "Rute sepanjang sepuluh kilometer melintasi jalan-jalan yang diterangi lampion.",
					"Lomba lari malam di {kota} diikuti {n4} peserta, {hari} ({tgl}). Rute sepanjang sepuluh kilometer melintasi jalan-jalan protokol dan kawasan kota tua yang dihiasi lampion."},
			},
			only: map[int][]string{
				0: {
					"Panitia menyiapkan pos minum dan tim medis setiap beberapa kilometer di sepanjang rute.",
					"Lomba dibagi ke dalam beberapa kategori, mulai dari lima kilometer hingga maraton penuh.",
					"Pedagang kecil di sepanjang rute ikut merasakan lonjakan pembeli selama lomba.",
				},
				1: {
					"{atleta} memimpin sejak kilometer ke-30 dan terus menjauh dari para pesaingnya.",
					"Ia berlatih di jalan-jalan perbukitan dekat rumahnya setiap pagi sebelum berangkat bekerja.",
					"Penyelenggara lomba menyatakan tidak ada peserta yang mengalami cedera serius.",
				},
				2: {
					"Sebagian jalan ditutup sejak sore dan dibuka kembali secara bertahap setelah peserta terakhir melintas.",
					"Peserta diwajibkan memakai rompi atau aksesori yang memantulkan cahaya demi keselamatan.",
					"Pedagang makanan di kawasan kota tua kebanjiran pembeli hingga tengah malam.",
				},
			},
			facts: []string{
				"Komunitas lari tumbuh pesat di kota-kota besar dalam lima tahun terakhir.",
			},
			said: []string{
				"Kami ingin lomba ini menjadi pesta warga, bukan hanya ajang bagi pelari profesional",
				"Tahun depan kami akan menambah kuota peserta karena peminatnya terus bertambah",
			},
			views: []string{
				"Bakat atletik kita tersebar di daerah. Yang kurang adalah lintasan yang layak dan kompetisi yang rutin",
				"Lari rekreasi yang makin populer bisa menjadi pintu masuk untuk menemukan atlet-atlet baru",
			},
			voices: []string{
				"Target saya cuma menyelesaikan lomba. Ternyata bisa, walau kaki rasanya mau copot",
				"0|Dari subuh dagangan saya sudah laku separuh",
			},
			heads: []string{"Rute Lomba", "1|Catatan Waktu", "Demam Lari"},
			lists: []list{{intro: "Kategori yang dilombakan tahun ini:", items: []string{"lari 5 kilometer", "lari 10 kilometer", "setengah maraton", "maraton penuh"}}},
		},
	},
}
