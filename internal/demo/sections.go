package demo

// sectionDef is one section of the demo site with everything the
// generator needs to write for it and to illustrate it.
type sectionDef struct {
	slug, name, desc string
	share            int // relative number of published articles
	palettes         []palette
	art              []art
	copy             *sectionCopy
}

// sectionTable lists the sections in navigation order.
var sectionTable = []sectionDef{
	{
		slug: "nasional", name: "Nasional", share: 22,
		desc: "Kabar dari seluruh penjuru negeri: pemerintahan, hukum, pendidikan, kesehatan, dan kehidupan warga di kota maupun desa.",
		palettes: []palette{
			pal("#1f3b73", "#f4a259", "#8d5a97", "#5b3a70", "#2b1e3f", "#ffd27d"),
			pal("#87bfd9", "#f6e7c1", "#8fb996", "#4f7f52", "#24452b", "#fff3b0"),
		},
		art: []art{
			{drawSkyline, "Ilustrasi suasana pusat kota menjelang malam.", "Ilustrasi siluet gedung-gedung bertingkat dengan jendela menyala di bawah langit senja"},
			{drawHills, "Ilustrasi lanskap perbukitan dan sawah berundak di pedesaan.", "Ilustrasi perbukitan berlapis dengan garis sawah berundak dan matahari rendah"},
			{drawSkyline, "Ilustrasi kawasan permukiman padat di tepi kota.", "Ilustrasi deretan bangunan kota dengan lampu jendela dan burung terbang di langit sore"},
		},
		copy: &nasional,
	},
	{
		slug: "internasional", name: "Internasional", share: 13,
		desc: "Peristiwa dunia dan hubungan luar negeri, dibaca dari sudut pandang kepentingan Indonesia.",
		palettes: []palette{
			pal("#0b3954", "#bfd7ea", "#5e8fb0", "#2f6690", "#16425b", "#f2c14e"),
			pal("#14213d", "#3a506b", "#5b8fa8", "#1c2541", "#0b132b", "#fca311"),
		},
		art: []art{
			{drawGlobe, "Ilustrasi bola dunia dengan jalur penerbangan antarnegara.", "Ilustrasi bola dunia bergaris lintang dan bujur dengan lengkung jalur penerbangan berwarna kuning"},
			{drawWaves, "Ilustrasi perairan lepas saat matahari terbenam.", "Ilustrasi laut berombak dengan matahari terbenam di garis cakrawala"},
		},
		copy: &internasional,
	},
	{
		slug: "ekonomi", name: "Ekonomi", share: 17,
		desc: "Harga, pekerjaan, usaha, dan keuangan: kabar ekonomi yang terasa sampai ke dapur rumah tangga.",
		palettes: []palette{
			pal("#0f2f2f", "#3f8f7f", "#7fc8a9", "#2d6a4f", "#1b4332", "#f6c453"),
			pal("#1d3557", "#457b9d", "#a8dadc", "#457b9d", "#1d3557", "#f4a261"),
		},
		art: []art{
			{drawBars, "Ilustrasi grafik pertumbuhan ekonomi.", "Ilustrasi diagram batang yang meningkat dengan garis tren berwarna emas"},
			{drawSkyline, "Ilustrasi kawasan perkantoran dan pusat bisnis.", "Ilustrasi siluet gedung perkantoran dengan jendela menyala saat petang"},
		},
		copy: &ekonomi,
	},
	{
		slug: "olahraga", name: "Olahraga", share: 16,
		desc: "Sepak bola, bulu tangkis, bola voli, atletik, dan cerita para atlet dari lapangan hingga podium.",
		palettes: []palette{
			pal("#0d1b2a", "#1b263b", "#95d5b2", "#2d6a4f", "#14213d", "#ffd166"),
			pal("#03045e", "#0077b6", "#90e0ef", "#40916c", "#023e8a", "#ffb703"),
		},
		art: []art{
			{drawField, "Ilustrasi lapangan sepak bola di bawah lampu stadion.", "Ilustrasi lapangan sepak bola bergaris dengan bola di tengah dan lampu stadion menyala"},
			{drawTrack, "Ilustrasi lintasan atletik dari ketinggian.", "Ilustrasi lintasan lari berwarna merah bata dengan garis-garis lajur putih"},
		},
		copy: &olahraga,
	},
	{
		slug: "teknologi", name: "Teknologi", share: 12,
		desc: "Dunia digital, perusahaan rintisan, keamanan siber, dan gawai yang mengubah cara kita bekerja dan bergaul.",
		palettes: []palette{
			pal("#10002b", "#240046", "#3c096c", "#5a189a", "#7b2cbf", "#4cc9f0"),
			pal("#001219", "#005f73", "#0a9396", "#005f73", "#001219", "#94d2bd"),
		},
		art: []art{
			{drawCircuit, "Ilustrasi cip dan jalur sirkuit elektronik.", "Ilustrasi cip komputer bercahaya dikelilingi jalur sirkuit"},
			{drawSignal, "Ilustrasi jaringan sinyal nirkabel.", "Ilustrasi gelombang sinyal melengkung yang memancar dari satu titik di langit malam"},
		},
		copy: &teknologi,
	},
	{
		slug: "gaya-hidup", name: "Gaya Hidup", share: 12,
		desc: "Kuliner, perjalanan, kesehatan, budaya, dan hiburan untuk mengisi hari dengan lebih baik.",
		palettes: []palette{
			pal("#ffcdb2", "#ffb4a2", "#e5989b", "#b5838d", "#6d6875", "#fff1e6"),
			pal("#fde4cf", "#ffcfd2", "#f1c0e8", "#cfbaf0", "#8e7dbe", "#fbf8cc"),
		},
		art: []art{
			{drawBokeh, "Ilustrasi suasana hangat dengan cahaya lampu berpendar.", "Ilustrasi lingkaran cahaya lembut berwarna pastel di atas latar hangat"},
			{drawWaves, "Ilustrasi pantai saat senja.", "Ilustrasi laut tenang dengan matahari senja dan pantulan cahaya di permukaan air"},
			{drawHills, "Ilustrasi pemandangan pegunungan di pagi hari.", "Ilustrasi pegunungan berlapis dengan matahari terbit dan burung terbang"},
		},
		copy: &gayaHidup,
	},
	{
		slug: "opini", name: "Opini", share: 5,
		desc: "Kolom, esai, dan pandangan penulis tamu. Isi tulisan menjadi tanggung jawab penulisnya.",
		palettes: []palette{
			pal("#f1e9da", "#e0d5c1", "#2e4057", "#d1495b", "#00798c", "#edae49"),
			pal("#f4f1de", "#e9e4cf", "#3d405b", "#e07a5f", "#81b29a", "#f2cc8f"),
		},
		art: []art{
			{drawBubbles, "Ilustrasi gelembung percakapan yang saling bersahutan.", "Ilustrasi beberapa gelembung percakapan berwarna dan tanda kutip besar"},
		},
		copy: &opini,
	},
}
