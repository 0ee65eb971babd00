package demo

// sectionDef is one section of the demo site with everything the
// generator needs to write for it (its pictures are in gallery.go).
type sectionDef struct {
	slug, name, desc string
	share            int // relative number of published articles
	copy             *sectionCopy
}

// sectionTable lists the sections in navigation order.
var sectionTable = []sectionDef{
	{
		slug: "nasional", name: "Nasional", share: 22,
		desc: "Kabar dari seluruh penjuru negeri: pemerintahan, hukum, pendidikan, kesehatan, dan kehidupan warga di kota maupun desa.",
		copy: &nasional,
	},
	{
		slug: "internasional", name: "Internasional", share: 13,
		desc: "Peristiwa dunia dan hubungan luar negeri, dibaca dari sudut pandang kepentingan Indonesia.",
		copy: &internasional,
	},
	{
		slug: "ekonomi", name: "Ekonomi", share: 17,
		desc: "Harga, pekerjaan, usaha, dan keuangan: kabar ekonomi yang terasa sampai ke dapur rumah tangga.",
		copy: &ekonomi,
	},
	{
		slug: "olahraga", name: "Olahraga", share: 16,
		desc: "Sepak bola, bulu tangkis, bola voli, atletik, dan cerita para atlet dari lapangan hingga podium.",
		copy: &olahraga,
	},
	{
		slug: "teknologi", name: "Teknologi", share: 12,
		desc: "Dunia digital, perusahaan rintisan, keamanan siber, dan gawai yang mengubah cara kita bekerja dan bergaul.",
		copy: &teknologi,
	},
	{
		slug: "gaya-hidup", name: "Gaya Hidup", share: 12,
		desc: "Kuliner, perjalanan, kesehatan, budaya, dan hiburan untuk mengisi hari dengan lebih baik.",
		copy: &gayaHidup,
	},
	{
		slug: "opini", name: "Opini", share: 5,
		desc: "Kolom, esai, dan pandangan penulis tamu. Isi tulisan menjadi tanggung jawab penulisnya.",
		copy: &opini,
	},
}
