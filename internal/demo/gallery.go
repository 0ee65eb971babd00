package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// subject is one illustration motif with its base colours, what it shows
// and the sections whose stories it fits.
type subject struct {
	art      art
	pal      palette
	sections []string
}

// gallery lists the motifs. Each is drawn once per mood (below), so the
// demo has len(gallery)×len(moods) distinct pictures, and every section
// at least pictureWindow of them: a page of twenty stories in a section
// never shows one twice.
var gallery = []subject{
	{art{drawSkyline, "Ilustrasi suasana pusat kota.", "Ilustrasi siluet gedung-gedung bertingkat dengan jendela menyala"},
		pal("#1f3b73", "#f4a259", "#8d5a97", "#5b3a70", "#2b1e3f", "#ffd27d"), []string{"nasional", "ekonomi", "internasional"}},
	{art{drawHills, "Ilustrasi lanskap perbukitan dan sawah berundak.", "Ilustrasi perbukitan berlapis dengan garis sawah berundak dan matahari rendah"},
		pal("#87bfd9", "#f6e7c1", "#8fb996", "#4f7f52", "#24452b", "#fff3b0"), []string{"nasional", "gaya-hidup", "opini"}},
	{art{drawWaves, "Ilustrasi perairan lepas di garis cakrawala.", "Ilustrasi laut berombak dengan matahari di garis cakrawala"},
		pal("#0b3954", "#bfd7ea", "#5e8fb0", "#2f6690", "#16425b", "#f2c14e"), []string{"internasional", "gaya-hidup"}},
	{art{drawBars, "Ilustrasi grafik pertumbuhan.", "Ilustrasi diagram batang yang meningkat dengan garis tren"},
		pal("#0f2f2f", "#3f8f7f", "#7fc8a9", "#2d6a4f", "#1b4332", "#f6c453"), []string{"ekonomi", "teknologi"}},
	{art{drawField, "Ilustrasi lapangan sepak bola di bawah lampu stadion.", "Ilustrasi lapangan sepak bola bergaris dengan bola di tengah dan lampu stadion menyala"},
		pal("#0d1b2a", "#1b263b", "#95d5b2", "#2d6a4f", "#14213d", "#ffd166"), []string{"olahraga"}},
	{art{drawTrack, "Ilustrasi lintasan atletik dari ketinggian.", "Ilustrasi lintasan lari berwarna merah bata dengan garis-garis lajur putih"},
		pal("#03045e", "#0077b6", "#90e0ef", "#40916c", "#023e8a", "#ffb703"), []string{"olahraga"}},
	{art{drawCircuit, "Ilustrasi cip dan jalur sirkuit elektronik.", "Ilustrasi cip komputer bercahaya dikelilingi jalur sirkuit"},
		pal("#10002b", "#240046", "#3c096c", "#5a189a", "#7b2cbf", "#4cc9f0"), []string{"teknologi"}},
	{art{drawSignal, "Ilustrasi jaringan sinyal nirkabel.", "Ilustrasi gelombang sinyal melengkung yang memancar dari satu titik"},
		pal("#001219", "#005f73", "#0a9396", "#005f73", "#001219", "#94d2bd"), []string{"teknologi"}},
	{art{drawGlobe, "Ilustrasi bola dunia dengan jalur penerbangan.", "Ilustrasi bola dunia bergaris lintang dan bujur dengan lengkung jalur penerbangan"},
		pal("#14213d", "#3a506b", "#5b8fa8", "#1c2541", "#0b132b", "#fca311"), []string{"internasional", "teknologi"}},
	{art{drawBokeh, "Ilustrasi suasana hangat dengan cahaya lampu berpendar.", "Ilustrasi lingkaran cahaya lembut di atas latar hangat"},
		pal("#ffcdb2", "#ffb4a2", "#e5989b", "#b5838d", "#6d6875", "#fff1e6"), []string{"gaya-hidup", "opini"}},
	{art{drawBubbles, "Ilustrasi gelembung percakapan yang saling bersahutan.", "Ilustrasi beberapa gelembung percakapan berwarna dan tanda kutip besar"},
		pal("#f1e9da", "#e0d5c1", "#2e4057", "#d1495b", "#00798c", "#edae49"), []string{"opini"}},
	{art{drawStadium, "Ilustrasi tribune stadion yang dipenuhi penonton.", "Ilustrasi stadion berbentuk mangkuk dengan penonton di tribune dan lampu menyala"},
		pal("#1b2a41", "#324a5f", "#4b6584", "#2d4059", "#1b263b", "#ffd166"), []string{"olahraga"}},
	{art{drawCourt, "Ilustrasi lapangan bulu tangkis dari atas.", "Ilustrasi lapangan bergaris putih dengan net di tengah dan kok melayang"},
		pal("#2b2d42", "#1d1e2c", "#3d5a80", "#2a9d8f", "#14213d", "#e9c46a"), []string{"olahraga"}},
	{art{drawPool, "Ilustrasi lintasan kolam renang.", "Ilustrasi kolam renang dengan tali lintasan dan perenang"},
		pal("#48cae4", "#0096c7", "#90e0ef", "#00b4d8", "#023e8a", "#ef476f"), []string{"olahraga"}},
	{art{drawMarket, "Ilustrasi deretan lapak di pasar tradisional.", "Ilustrasi lapak pasar beratap kain bergaris dengan buah dan sayur di meja"},
		pal("#fef3e2", "#f7d6a8", "#2a9d8f", "#e76f51", "#5c4033", "#e9c46a"), []string{"nasional", "ekonomi", "gaya-hidup"}},
	{art{drawRain, "Ilustrasi hujan deras di permukiman.", "Ilustrasi atap rumah dan payung warga di bawah hujan deras"},
		pal("#4a5a6a", "#9aa8b5", "#5c6b73", "#3d4a52", "#253237", "#f4d35e"), []string{"nasional"}},
	{art{drawPodium, "Ilustrasi mimbar dengan deretan mikrofon.", "Ilustrasi mimbar konferensi pers dengan beberapa mikrofon di depan latar polos"},
		pal("#243b55", "#141e30", "#4a6fa5", "#2d4a6d", "#3a2e39", "#f6bd60"), []string{"nasional", "internasional", "opini"}},
	{art{drawBridge, "Ilustrasi jembatan kabel di atas sungai.", "Ilustrasi jembatan dengan dua menara dan kabel penyangga di atas air"},
		pal("#ff9a76", "#ffd8a8", "#457b9d", "#2a6f97", "#1d3557", "#ffe066"), []string{"nasional", "ekonomi", "internasional"}},
	{art{drawVolcano, "Ilustrasi gunung berasap di atas perbukitan hijau.", "Ilustrasi gunung berbentuk kerucut mengeluarkan asap di atas hutan"},
		pal("#a8dadc", "#f1faee", "#6c757d", "#52796f", "#2f3e46", "#ffb703"), []string{"nasional", "gaya-hidup"}},
	{art{drawHarbor, "Ilustrasi kapal peti kemas di pelabuhan.", "Ilustrasi kapal bermuatan peti kemas warna-warni di dermaga dengan derek"},
		pal("#8ecae6", "#e0f2f7", "#219ebc", "#126782", "#023047", "#fb8500"), []string{"ekonomi", "internasional"}},
	{art{drawLineChart, "Ilustrasi grafik garis di layar pemantau.", "Ilustrasi panel grafik garis dengan dua garis naik turun"},
		pal("#e9ecef", "#ced4da", "#495057", "#4dabf7", "#212529", "#ff922b"), []string{"ekonomi", "teknologi"}},
	{art{drawPhone, "Ilustrasi telepon pintar dengan notifikasi aplikasi.", "Ilustrasi telepon genggam berisi ikon aplikasi dan kotak notifikasi"},
		pal("#cdb4db", "#ffc8dd", "#3a0ca3", "#7209b7", "#240046", "#f72585"), []string{"teknologi", "gaya-hidup"}},
	{art{drawCrowd, "Ilustrasi kerumunan warga dilihat dari belakang.", "Ilustrasi siluet kepala dan bahu warga yang berkumpul menghadap cahaya"},
		pal("#f9c74f", "#f8961e", "#577590", "#43aa8b", "#283618", "#fff3b0"), []string{"nasional", "olahraga", "opini"}},
}

// mood is a light in which a motif is drawn: the same scene at another
// hour gives a picture that reads differently in a list.
type mood struct {
	name         string
	top, bottom  rgb
	shade, light float64 // how far the sky moves towards top/bottom; layers darken
}

var moods = []mood{
	{"siang", rgb{}, rgb{}, 0, 0},
	{"pagi", hex("#cde7f0"), hex("#fdf0d5"), 0.4, 0},
	{"senja", hex("#3b2f5c"), hex("#f4a259"), 0.45, 0.15},
	{"malam", hex("#0b1426"), hex("#23395b"), 0.55, 0.35},
}

// in returns p seen in mood m.
func (m mood) in(p palette) palette {
	if m.shade == 0 {
		return p
	}
	dark := func(c rgb) rgb { return c.mix(m.top, m.light) }
	return palette{p.top.mix(m.top, m.shade), p.bottom.mix(m.bottom, m.shade),
		dark(p.far), dark(p.mid), dark(p.near), p.accent}
}

// pictureWindow is how many stories in a row of one section, and of the
// whole site, show different pictures.
const (
	pictureWindow = 20
	siteWindow    = 12
)

// planImages decides the demo's pictures; pixels come later.
func planImages() []*picture {
	pics := make([]*picture, 0, len(gallery)*len(moods))
	for k, m := range moods {
		for i, s := range gallery {
			var secs []int
			for _, slug := range s.sections {
				secs = append(secs, sectionIndex(slug))
			}
			n := len(pics)
			pics = append(pics, &picture{
				key:      fmt.Sprintf("demo/images/%d.jpg", n+1),
				sections: secs,
				art:      s.art,
				pal:      m.in(s.pal),
				credit:   "Ilustrasi: Warta Nusantara/" + illustrators[(i+k)%illustratorCount],
				seed:     uint64(1000 + n),
				w:        imageW, h: imageH, pw: pixelW, ph: pixelH,
			})
		}
	}
	return pics
}

// painter deals pictures to stories: each section goes round its own
// shuffled list of the pictures that fit it, skipping one shown by the
// section's last pictureWindow stories or the site's last siteWindow, so
// that neighbours in any list differ.
type painter struct {
	pools   [][]int // per section, picture indices in dealing order
	next    []int   // per section, where the round continues
	recent  [][]int // per section, the last pictures dealt
	site    []int   // the site's last pictures dealt
	sitePos int
}

func newPainter(pics []*picture) *painter {
	r := rand.New(rand.NewPCG(11, 12))
	pt := &painter{pools: make([][]int, len(sectionTable)), next: make([]int, len(sectionTable)), recent: make([][]int, len(sectionTable))}
	for i, p := range pics {
		for _, s := range p.sections {
			pt.pools[s] = append(pt.pools[s], i)
		}
	}
	// The round takes each motif in turn (in an order of the section's
	// own), in one light after another, so that neighbours differ in
	// their scene and not only in their colours.
	for _, pool := range pt.pools {
		rank := r.Perm(len(gallery))
		slices.SortFunc(pool, func(a, b int) int {
			if ma, mb := a/len(gallery), b/len(gallery); ma != mb {
				return ma - mb
			}
			return rank[a%len(gallery)] - rank[b%len(gallery)]
		})
	}
	return pt
}

// figure returns a picture for inside a story of section sec, other than
// its featured one: from the far side of the section's round, so it is
// not one its neighbours show either.
func (pt *painter) figure(sec, featured int) int {
	pool := pt.pools[sec]
	for k := len(pool) / 2; ; k++ {
		if i := pool[(pt.next[sec]+k)%len(pool)]; i != featured {
			return i
		}
	}
}

// deal returns the featured picture of the next story of section sec.
func (pt *painter) deal(sec int) int {
	pool := pt.pools[sec]
	best := -1
	for k := range pool {
		i := pool[(pt.next[sec]+k)%len(pool)]
		if slices.Contains(pt.recent[sec], i) {
			continue
		}
		if best < 0 {
			best = i // fits the section at least
		}
		if !slices.Contains(pt.site, i) {
			best = i
			pt.next[sec] = (pt.next[sec] + k + 1) % len(pool)
			break
		}
	}
	if best < 0 { // a section with fewer pictures than the window
		best = pool[pt.next[sec]%len(pool)]
		pt.next[sec]++
	}
	pt.recent[sec] = append(pt.recent[sec], best)
	if len(pt.recent[sec]) > pictureWindow {
		pt.recent[sec] = pt.recent[sec][1:]
	}
	pt.site = append(pt.site, best)
	if len(pt.site) > siteWindow {
		pt.site = pt.site[1:]
	}
	return best
}
