package demo

import (
	"bytes"
	"fmt"
	"image/jpeg"
	"math"
	"math/rand/v2"
	"sync"

	"warta"
)

// Sizes of the generated pictures.
const (
	imageW, imageH   = 960, 540 // the space motifs lay out in
	pixelW, pixelH   = 640, 360 // what is stored: the widest a list or a story column needs
	imageQuality     = 78
	avatarSize       = 320
	avatarQuality    = 82
	illustratorCount = 3
)

// palette is the colour set of one illustration: sky (or background) from
// top to bottom, three layers from far to near, and an accent.
type palette struct {
	top, bottom, far, mid, near, accent rgb
}

func pal(top, bottom, far, mid, near, accent string) palette {
	return palette{hex(top), hex(bottom), hex(far), hex(mid), hex(near), hex(accent)}
}

// jitter shifts a palette a little so that two pictures of one section
// are related but not identical.
func (p palette) jitter(r *rand.Rand) palette {
	shift := func(c rgb) rgb {
		t := r.Float64()*0.16 - 0.08
		if t < 0 {
			return c.mix(black, -t)
		}
		return c.mix(white, t)
	}
	return palette{shift(p.top), shift(p.bottom), shift(p.far), shift(p.mid), shift(p.near), p.accent}
}

// motif draws one kind of illustration.
type motif func(c *canvas, r *rand.Rand, p palette)

// art is an illustration theme with the words that describe it.
type art struct {
	draw    motif
	caption string // Indonesian caption, a full sentence
	alt     string // what the picture shows, for screen readers
}

// picture is one generated JPEG and the media record it becomes.
type picture struct {
	key      string
	sections []int // indices into sectionTable of the stories it fits
	art      art
	pal      palette
	credit   string
	seed     uint64
	w, h     int // the space its motif lays out in
	pw, ph   int // its size in pixels
	data     []byte

	person *personLook // portraits only

	media *warta.Media // set once the picture is in the library
}

var illustrators = [illustratorCount]string{"Sekar", "Bima", "Laras"}

// render draws and encodes the pictures, using a few goroutines. Each
// picture has its own seed, so the result does not depend on scheduling.
func render(pics []*picture, workers int) error {
	var wg sync.WaitGroup
	jobs := make(chan *picture)
	errs := make([]error, len(pics))
	index := make(map[*picture]int, len(pics))
	for i, p := range pics {
		index[p] = i
	}
	for range max(workers, 1) {
		wg.Go(func() {
			for p := range jobs {
				errs[index[p]] = p.render()
			}
		})
	}
	for _, p := range pics {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (p *picture) render() error {
	r := rand.New(rand.NewPCG(p.seed, 7))
	c := newCanvas(p.w, p.h, p.pw, p.ph)
	quality := imageQuality
	if p.person != nil {
		drawPortrait(c, r, p.person)
		quality = avatarQuality
	} else {
		p.art.draw(c, r, p.pal.jitter(r))
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, c.img, &jpeg.Options{Quality: quality}); err != nil {
		return fmt.Errorf("encode %s: %w", p.key, err)
	}
	p.data = buf.Bytes()
	return nil
}

func between(r *rand.Rand, lo, hi float64) float64 { return lo + r.Float64()*(hi-lo) }

// ridge returns a smooth random curve around base with the given amplitude.
func ridge(r *rand.Rand, base, amp float64) func(x float64) float64 {
	var f, ph, am [3]float64
	for i := range f {
		f[i] = between(r, 0.002, 0.006) * float64(i+1)
		ph[i] = r.Float64() * 2 * math.Pi
		am[i] = amp / float64(i+1)
	}
	return func(x float64) float64 {
		y := base
		for i := range f {
			y += am[i] * math.Sin(x*f[i]+ph[i])
		}
		return y
	}
}

func birds(c *canvas, r *rand.Rand, col rgb) {
	x, y := between(r, 0.15, 0.7)*float64(c.w), between(r, 0.12, 0.3)*float64(c.h)
	for range 2 + r.IntN(4) {
		s := between(r, 7, 13)
		c.stroke([][2]float64{{x - s, y - s*0.5}, {x, y}, {x + s, y - s*0.6}}, 2.2, col, 0.7)
		x += between(r, 25, 70)
		y += between(r, -20, 20)
	}
}

// skyline: a city at dusk, with lit windows in the nearest blocks.
func drawSkyline(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	sx := between(r, 0.25, 0.75) * w
	c.glow(sx, h*0.62, w*0.4, p.accent, 0.45)
	c.disc(sx, h*0.6, between(r, 55, 85), p.accent.mix(white, 0.3), 0.9)
	ground := h * 0.82
	for x := -20.0; x < w; {
		bw, bh := between(r, 40, 110), between(r, 0.18, 0.46)*h
		c.rect(x, ground-bh, x+bw, ground, p.far, 0.85)
		if r.IntN(4) == 0 {
			c.stroke([][2]float64{{x + bw/2, ground - bh}, {x + bw/2, ground - bh - between(r, 20, 50)}}, 3, p.far, 0.85)
		}
		x += bw + between(r, 0, 14)
	}
	for x := -30.0; x < w; {
		bw, bh := between(r, 70, 170), between(r, 0.12, 0.36)*h
		top := ground - bh
		c.rect(x, top, x+bw, h, p.near, 1)
		for wy := top + 18; wy < ground-20; wy += 24 {
			for wx := x + 12; wx < x+bw-16; wx += 18 {
				if r.IntN(4) == 0 {
					c.rect(wx, wy, wx+7, wy+10, p.accent, 0.75)
				}
			}
		}
		x += bw + between(r, 4, 26)
	}
	c.vgradientRange(ground+40, h, p.near, p.near.mix(black, 0.4))
	birds(c, r, p.near)
}

// hills: layered hills under a low sun; terraced when rice is wanted.
func drawHills(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	sx, sy := between(r, 0.2, 0.8)*w, between(r, 0.25, 0.4)*h
	c.glow(sx, sy, w*0.35, p.accent, 0.5)
	c.disc(sx, sy, between(r, 40, 70), p.accent.mix(white, 0.4), 0.95)
	layers := 5
	for i := range layers {
		t := float64(i) / float64(layers-1)
		base := h * (0.48 + 0.1*float64(i))
		top := ridge(r, base, h*(0.07-0.01*float64(i)))
		col := p.far.mix(p.near, t)
		c.fillBelow(top, col, col.mix(black, 0.25), 1)
		if i >= layers-2 {
			for off := 16.0; off < h; off += 18 {
				pts := make([][2]float64, 0, 61)
				for k := 0; k <= 60; k++ {
					x := w * float64(k) / 60
					pts = append(pts, [2]float64{x, top(x) + off})
				}
				c.stroke(pts, 2, col.mix(white, 0.25), 0.35)
			}
		}
	}
	birds(c, r, p.near.mix(black, 0.3))
}

// waves: sun at the horizon over layered sea.
func drawWaves(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	horizon := between(r, 0.45, 0.55) * h
	c.vgradientRange(0, horizon, p.top, p.bottom)
	sx := between(r, 0.3, 0.7) * w
	c.glow(sx, horizon, w*0.45, p.accent, 0.55)
	c.disc(sx, horizon-between(r, 0, 30), between(r, 60, 90), p.accent.mix(white, 0.35), 1)
	c.vgradientRange(horizon, h, p.far, p.near)
	for y := horizon + 8; y < h*0.8; y += between(r, 10, 18) {
		half := between(r, 30, 110) * (1 - (y-horizon)/h)
		c.roundRect(sx-half, y, sx+half, y+3, 1.5, p.accent.mix(white, 0.3), 0.5)
	}
	for i := range 5 {
		t := float64(i) / 4
		base := horizon + (h-horizon)*(0.25+0.17*float64(i))
		amp := 6 + 10*t
		freq, ph := between(r, 0.008, 0.016), r.Float64()*6
		top := func(x float64) float64 { return base + amp*math.Sin(x*freq+ph) + amp*0.4*math.Sin(x*freq*2.7+ph*2) }
		col := p.mid.mix(p.near, t)
		c.fillBelow(top, col, col.mix(black, 0.2), 0.92)
		pts := make([][2]float64, 0, 81)
		for k := 0; k <= 80; k++ {
			x := w * float64(k) / 80
			pts = append(pts, [2]float64{x, top(x)})
		}
		c.stroke(pts, 2.5, p.accent.mix(white, 0.5), 0.35)
	}
}

// bars: a rising bar chart with a trend line, for economy stories.
func drawBars(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	c.glow(w*between(r, 0.6, 0.9), h*0.2, w*0.5, p.accent, 0.25)
	for y := h * 0.15; y < h*0.9; y += 60 {
		c.rect(0, y, w, y+1.5, white, 0.1)
	}
	n := 8 + r.IntN(5)
	bw := w * 0.8 / float64(n)
	level := between(r, 0.15, 0.3)
	var pts [][2]float64
	for i := range n {
		level = clamp01(level + between(r, -0.06, 0.12))
		bh := h * (0.1 + 0.55*level)
		x := w*0.1 + float64(i)*bw
		top := h*0.88 - bh
		c.roundRect(x+bw*0.15, top, x+bw*0.85, h*0.88+8, 8, p.far.mix(p.mid, float64(i%2)*0.5), 0.9)
		pts = append(pts, [2]float64{x + bw/2, top - 40})
	}
	c.stroke(pts, 6, p.accent, 0.95)
	for _, q := range pts {
		c.disc(q[0], q[1], 10, p.accent, 1)
		c.disc(q[0], q[1], 4.5, p.top, 1)
	}
	c.rect(0, h*0.88+8, w, h, p.near, 1)
}

// field: a floodlit football pitch in perspective.
func drawField(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	stand := h * 0.38
	c.vgradientRange(0, stand, p.top, p.bottom)
	for _, lx := range []float64{0.08, 0.35, 0.65, 0.92} {
		x := lx * w
		c.glow(x, h*0.1, w*0.22, p.accent, 0.5)
		c.roundRect(x-26, h*0.07, x+26, h*0.13, 4, white.mix(p.accent, 0.3), 0.95)
	}
	c.vgradientRange(stand, h*0.45, p.near.mix(black, 0.3), p.near)
	for x := 0.0; x < w; x += between(r, 6, 14) {
		c.rect(x, stand+between(r, 4, 20), x+3, stand+between(r, 24, 40), p.accent.mix(white, r.Float64()), 0.18)
	}
	top, bottom := h*0.45, h
	grass1, grass2 := p.mid, p.mid.mix(p.far, 0.35)
	for y := int(top); y < c.h; y++ {
		t := (float64(y) - top) / (bottom - top)
		band := int(math.Sqrt(t) * 10)
		col := grass1
		if band%2 == 1 {
			col = grass2
		}
		c.rect(0, float64(y), w, float64(y+1), col, 1)
	}
	edge := func(t float64) (float64, float64) {
		half := w * (0.32 + 0.5*t)
		return w/2 - half, w/2 + half
	}
	l0, r0 := edge(0.05)
	l1, r1 := edge(1.2)
	line := white.mix(p.mid, 0.1)
	c.stroke([][2]float64{{l0, top + 12}, {r0, top + 12}}, 3, line, 0.8)
	c.stroke([][2]float64{{l0, top + 12}, {l1, h * 1.2}}, 3.5, line, 0.8)
	c.stroke([][2]float64{{r0, top + 12}, {r1, h * 1.2}}, 3.5, line, 0.8)
	mid := top + (bottom-top)*0.55
	ml, mr := edge(0.55)
	c.stroke([][2]float64{{ml, mid}, {mr, mid}}, 4, line, 0.8)
	c.stroke(arc(w/2, mid, w*0.13, h*0.07, 0, 2*math.Pi, 90), 4, line, 0.8)
	bx, by := w*between(r, 0.35, 0.65), mid+between(r, 40, 120)
	c.ellipse(bx+6, by+16, 20, 6, black, 0.3)
	c.disc(bx, by, 16, white, 1)
	c.disc(bx-3, by-3, 6, p.near, 0.6)
}

// track: lanes of an athletics track seen from above.
func drawTrack(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.mid, p.mid.mix(black, 0.2))
	cx, cy := w*between(r, 0.25, 0.75), h*between(r, 0.9, 1.2)
	rx, ry := w*0.75, h*0.85
	c.ellipse(cx, cy, rx, ry, p.accent.mix(hex("#c2552f"), 0.7), 1)
	c.ellipse(cx, cy, rx-220, ry-220, p.mid.mix(p.far, 0.25), 1)
	for i := 0; i <= 8; i++ {
		d := float64(i) * 27.5
		c.stroke(arc(cx, cy, rx-d, ry-d, math.Pi, 2*math.Pi, 160), 3, white, 0.75)
	}
	c.glow(w*0.5, 0, w*0.6, white, 0.2)
	c.stroke([][2]float64{{cx - 20, cy - ry}, {cx - 20, cy - ry + 220}}, 6, white, 0.9)
}

// circuit: traces on a board around a glowing chip.
func drawCircuit(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	cx, cy := w*between(r, 0.55, 0.75), h*0.5
	c.glow(cx, cy, w*0.45, p.accent, 0.35)
	const g = 50.0
	for range 34 {
		x, y := math.Round(r.Float64()*w/g)*g, math.Round(r.Float64()*h/g)*g
		pts := [][2]float64{{x, y}}
		for range 2 + r.IntN(4) {
			step := g * float64(1+r.IntN(3))
			switch r.IntN(4) {
			case 0:
				x += step
			case 1:
				x -= step
			case 2:
				y += step
			default:
				x += step
				y += step
			}
			pts = append(pts, [2]float64{x, y})
		}
		col := p.mid.mix(p.accent, r.Float64()*0.6)
		c.stroke(pts, 3, col, 0.7)
		end := pts[len(pts)-1]
		c.disc(end[0], end[1], 8, col, 0.9)
		c.disc(end[0], end[1], 3.5, p.top, 1)
	}
	c.roundRect(cx-110, cy-110, cx+110, cy+110, 18, p.near, 1)
	for i := range 7 {
		o := -90 + float64(i)*30
		c.rect(cx+o-5, cy-135, cx+o+5, cy-110, p.accent, 0.8)
		c.rect(cx+o-5, cy+110, cx+o+5, cy+135, p.accent, 0.8)
		c.rect(cx-135, cy+o-5, cx-110, cy+o+5, p.accent, 0.8)
		c.rect(cx+110, cy+o-5, cx+135, cy+o+5, p.accent, 0.8)
	}
	c.roundRect(cx-60, cy-60, cx+60, cy+60, 10, p.accent, 0.85)
}

// signal: rings spreading from a transmitter over a gentle wave.
func drawSignal(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	cx, cy := w*between(r, 0.15, 0.35), h*between(r, 0.55, 0.75)
	for i := 1; i <= 9; i++ {
		rad := float64(i) * 85
		c.stroke(arc(cx, cy, rad, rad, -math.Pi*0.45, math.Pi*0.25, 120), 5, p.accent, 0.9-float64(i)*0.09)
	}
	c.disc(cx, cy, 22, p.accent, 1)
	for k := range 3 {
		base, amp := h*(0.78+0.07*float64(k)), 18.0-4*float64(k)
		pts := make([][2]float64, 0, 121)
		for i := 0; i <= 120; i++ {
			x := w * float64(i) / 120
			pts = append(pts, [2]float64{x, base + amp*math.Sin(x*0.012+float64(k))})
		}
		c.stroke(pts, 3, p.far.mix(white, 0.2), 0.5)
	}
	for range 40 {
		c.disc(r.Float64()*w, r.Float64()*h*0.6, between(r, 1.5, 3.5), white, between(r, 0.3, 0.8))
	}
}

// globe: a sphere with meridians, parallels and flight arcs.
func drawGlobe(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	cx, cy, R := w*between(r, 0.4, 0.6), h*0.55, h*0.38
	c.glow(cx, cy, R*1.8, p.accent, 0.25)
	c.disc(cx, cy, R, p.mid, 1)
	c.glow(cx-R*0.35, cy-R*0.35, R*1.1, p.far, 0.6)
	line := white.mix(p.far, 0.3)
	for k := 1; k < 6; k++ {
		rx := R * math.Cos(float64(k)*math.Pi/12)
		c.stroke(arc(cx, cy, rx, R, 0, 2*math.Pi, 120), 1.8, line, 0.35)
	}
	c.stroke([][2]float64{{cx, cy - R}, {cx, cy + R}}, 1.8, line, 0.35)
	for k := -3; k <= 3; k++ {
		y := cy + R*float64(k)/4
		half := math.Sqrt(R*R - (y-cy)*(y-cy))
		c.stroke([][2]float64{{cx - half, y}, {cx + half, y}}, 1.8, line, 0.35)
	}
	c.stroke(arc(cx, cy, R*1.45, R*0.35, 0, 2*math.Pi, 160), 3, p.accent, 0.6)
	for range 4 {
		a0 := r.Float64() * 2 * math.Pi
		x0, y0 := cx+R*0.8*math.Cos(a0), cy+R*0.8*math.Sin(a0)
		x1, y1 := cx+between(r, -1.6, 1.6)*R, cy+between(r, -0.9, 0.9)*R
		mx, my := (x0+x1)/2, math.Min(y0, y1)-between(r, 60, 140)
		pts := make([][2]float64, 0, 41)
		for i := 0; i <= 40; i++ {
			t := float64(i) / 40
			u := 1 - t
			pts = append(pts, [2]float64{u*u*x0 + 2*u*t*mx + t*t*x1, u*u*y0 + 2*u*t*my + t*t*y1})
		}
		c.stroke(pts, 3, p.accent, 0.85)
		c.disc(x0, y0, 7, p.accent, 1)
		c.disc(x1, y1, 7, white, 0.9)
	}
}

// bokeh: soft out-of-focus lights in warm tones.
func drawBokeh(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	cols := []rgb{p.far, p.mid, p.accent, white}
	for range 26 {
		rad := between(r, 20, 120)
		col := cols[r.IntN(len(cols))]
		x, y := r.Float64()*w, r.Float64()*h
		c.disc(x, y, rad, col, between(r, 0.12, 0.3))
		c.stroke(arc(x, y, rad, rad, 0, 2*math.Pi, 80), 2, white, 0.15)
	}
	c.fillBelow(ridge(r, h*0.8, 18), p.near, p.near.mix(black, 0.3), 0.9)
}

// bubbles: speech bubbles of a debate, for opinion pieces.
func drawBubbles(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	cols := []rgb{p.far, p.mid, p.near, p.accent}
	off := r.IntN(len(cols))
	for i := range 3 {
		bw, bh := between(r, 360, 520), between(r, 170, 240)
		x := w*(0.08+0.28*float64(i)) + between(r, -30, 30)
		y := h*(0.12+0.2*float64(i%2)) + between(r, -20, 40)
		col := cols[(i+off)%len(cols)]
		tail := x + bw*between(r, 0.2, 0.7)
		c.polygon([][2]float64{{tail, y + bh - 2}, {tail + 60, y + bh - 2}, {tail + between(r, -10, 30), y + bh + 70}}, col, 0.95)
		c.roundRect(x, y, x+bw, y+bh, 28, col, 0.95)
		for ly := y + 40; ly < y+bh-40; ly += 34 {
			c.roundRect(x+36, ly, x+bw-36-between(r, 0, 120), ly+12, 6, white, 0.55)
		}
	}
	qx, qy := w*between(r, 0.72, 0.86), h*0.78
	for _, dx := range []float64{0, 70} {
		c.disc(qx+dx, qy, 26, p.near, 0.9)
		c.stroke([][2]float64{{qx + dx + 20, qy + 10}, {qx + dx - 5, qy + 60}}, 14, p.near, 0.9)
	}
}
