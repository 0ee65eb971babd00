package search_test

import (
	"strings"
	"testing"

	"warta/internal/search"
)

// article is a 1,000-word news text, written for these benchmarks.
var article = func() string {
	const para = "Pemerintah Provinsi Jawa Barat memastikan pengiriman bantuan bagi korban banjir " +
		"di Kabupaten Bandung berjalan lancar. Gubernur mengatakan sebanyak 10.000 paket sembako " +
		"telah dikirimkan sejak 28/10 kepada warga yang terdampak, sementara BMKG memperingatkan " +
		"curah hujan masih tinggi hingga akhir bulan. Petugas BPBD bersama TNI dan Polri membantu " +
		"mengevakuasi anak-anak serta lansia ke tempat pengungsian. Menurut data sementara, " +
		"kerugian ditaksir mencapai Rp3,5 miliar dan perbaikan jalan memerlukan waktu dua pekan. " +
		"Warga berharap pemerintah segera membangun tanggul baru agar kejadian serupa tidak terulang."
	words := strings.Fields(para)
	var b strings.Builder
	for i := range 1000 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[i%len(words)])
	}
	return b.String()
}()

func BenchmarkAnalyze(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(article)))
	for b.Loop() {
		search.Analyze(article)
	}
}

func BenchmarkExact(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(article)))
	for b.Loop() {
		search.Exact(article)
	}
}

func BenchmarkParseQuery(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		search.ParseQuery("pengiriman bantuan banjir Korut pemilihan umum Jawa Barat 10.000")
	}
}

func BenchmarkStem(b *testing.B) {
	words := []string{"pengiriman", "memperbaiki", "kebersihan", "dikirimkan", "pelajaran", "rumah"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			search.Stem(w)
		}
	}
}
