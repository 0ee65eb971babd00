package demo

import (
	"image"
	"math"
	"strconv"
)

// rgb is a colour with components in 0..255, kept as floats so palettes can
// be mixed without rounding at every step.
type rgb struct{ r, g, b float64 }

// hex parses "#rrggbb".
func hex(s string) rgb {
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil || len(s) != 7 {
		panic("demo: bad colour " + s)
	}
	return rgb{float64(v >> 16 & 0xff), float64(v >> 8 & 0xff), float64(v & 0xff)}
}

// mix returns c moved towards d by t (0 keeps c, 1 gives d).
func (c rgb) mix(d rgb, t float64) rgb {
	return rgb{c.r + (d.r-c.r)*t, c.g + (d.g-c.g)*t, c.b + (d.b-c.b)*t}
}

var (
	white = rgb{255, 255, 255}
	black = rgb{0, 0, 0}
)

// canvas draws anti-aliased shapes onto an RGBA image. Strokes are first
// rendered into a coverage mask so that overlapping segments of one
// polyline do not darken their joints.
//
// Motifs draw in a logical space of w×h units, which the canvas maps onto
// its pixels: a picture is drawn at the size it is served at, not drawn
// large and scaled down, which would cost the first start its time.
type canvas struct {
	img    *image.RGBA
	w, h   int     // logical size, what motifs lay out in
	pw, ph int     // pixels
	s      float64 // pixels per unit
	mask   []float32
}

func newCanvas(w, h, pw, ph int) *canvas {
	return &canvas{img: image.NewRGBA(image.Rect(0, 0, pw, ph)), w: w, h: h, pw: pw, ph: ph,
		s: float64(pw) / float64(w), mask: make([]float32, pw*ph)}
}

// px maps logical points to pixels.
func (c *canvas) px(pts [][2]float64) [][2]float64 {
	out := make([][2]float64, len(pts))
	for i, p := range pts {
		out[i] = [2]float64{p[0] * c.s, p[1] * c.s}
	}
	return out
}

func clamp01(v float64) float64 {
	switch {
	case v < 0:
		return 0
	case v > 1:
		return 1
	}
	return v
}

// blend paints col over pixel (x, y) with opacity a.
func (c *canvas) blend(x, y int, col rgb, a float64) {
	if a <= 0 || x < 0 || y < 0 || x >= c.pw || y >= c.ph {
		return
	}
	if a > 1 {
		a = 1
	}
	i := y*c.img.Stride + x*4
	p := c.img.Pix[i : i+4 : i+4]
	p[0] = uint8(float64(p[0]) + (col.r-float64(p[0]))*a + 0.5)
	p[1] = uint8(float64(p[1]) + (col.g-float64(p[1]))*a + 0.5)
	p[2] = uint8(float64(p[2]) + (col.b-float64(p[2]))*a + 0.5)
	p[3] = 255
}

// box clips a float rectangle, in pixels, to the image.
func (c *canvas) box(x0, y0, x1, y1 float64) (int, int, int, int) {
	ix0, iy0 := max(int(math.Floor(x0)), 0), max(int(math.Floor(y0)), 0)
	ix1, iy1 := min(int(math.Ceil(x1)), c.pw), min(int(math.Ceil(y1)), c.ph)
	return ix0, iy0, ix1, iy1
}

// vgradient fills the whole canvas from top to bottom colour.
func (c *canvas) vgradient(top, bottom rgb) {
	c.vgradientRange(0, float64(c.h), top, bottom)
}

// vgradientRange fills rows y0..y1 with a vertical gradient.
func (c *canvas) vgradientRange(y0, y1 float64, top, bottom rgb) {
	y0, y1 = y0*c.s, y1*c.s
	_, iy0, _, iy1 := c.box(0, y0, 1, y1)
	for y := iy0; y < iy1; y++ {
		col := top.mix(bottom, clamp01((float64(y)-y0)/(y1-y0)))
		row := c.img.Pix[y*c.img.Stride : y*c.img.Stride+c.pw*4]
		r, g, b := uint8(col.r+0.5), uint8(col.g+0.5), uint8(col.b+0.5)
		for x := 0; x < len(row); x += 4 {
			row[x], row[x+1], row[x+2], row[x+3] = r, g, b, 255
		}
	}
}

// glow paints a soft radial light that fades to nothing at radius r.
func (c *canvas) glow(cx, cy, r float64, col rgb, a float64) {
	cx, cy, r = cx*c.s, cy*c.s, r*c.s
	x0, y0, x1, y1 := c.box(cx-r, cy-r, cx+r, cy+r)
	for y := y0; y < y1; y++ {
		dy := float64(y) + 0.5 - cy
		for x := x0; x < x1; x++ {
			dx := float64(x) + 0.5 - cx
			t := 1 - math.Sqrt(dx*dx+dy*dy)/r
			if t > 0 {
				c.blend(x, y, col, a*t*t)
			}
		}
	}
}

// rect fills an axis-aligned rectangle with fractional edge coverage.
func (c *canvas) rect(x0, y0, x1, y1 float64, col rgb, a float64) {
	x0, y0, x1, y1 = x0*c.s, y0*c.s, x1*c.s, y1*c.s
	ix0, iy0, ix1, iy1 := c.box(x0, y0, x1, y1)
	for y := iy0; y < iy1; y++ {
		cy := math.Min(float64(y+1), y1) - math.Max(float64(y), y0)
		for x := ix0; x < ix1; x++ {
			cx := math.Min(float64(x+1), x1) - math.Max(float64(x), x0)
			c.blend(x, y, col, a*clamp01(cx)*clamp01(cy))
		}
	}
}

// roundRect fills a rectangle with rounded corners of radius rad.
func (c *canvas) roundRect(x0, y0, x1, y1, rad float64, col rgb, a float64) {
	x0, y0, x1, y1, rad = x0*c.s, y0*c.s, x1*c.s, y1*c.s, rad*c.s
	mx, my := (x0+x1)/2, (y0+y1)/2
	hw, hh := (x1-x0)/2-rad, (y1-y0)/2-rad
	ix0, iy0, ix1, iy1 := c.box(x0, y0, x1, y1)
	for y := iy0; y < iy1; y++ {
		qy := math.Max(math.Abs(float64(y)+0.5-my)-hh, 0)
		for x := ix0; x < ix1; x++ {
			qx := math.Max(math.Abs(float64(x)+0.5-mx)-hw, 0)
			d := math.Sqrt(qx*qx+qy*qy) - rad
			c.blend(x, y, col, a*clamp01(0.5-d))
		}
	}
}

// disc fills a circle.
func (c *canvas) disc(cx, cy, r float64, col rgb, a float64) {
	c.ellipse(cx, cy, r, r, col, a)
}

// ellipse fills an axis-aligned ellipse.
func (c *canvas) ellipse(cx, cy, rx, ry float64, col rgb, a float64) {
	cx, cy, rx, ry = cx*c.s, cy*c.s, rx*c.s, ry*c.s
	x0, y0, x1, y1 := c.box(cx-rx-1, cy-ry-1, cx+rx+1, cy+ry+1)
	rm := math.Min(rx, ry)
	for y := y0; y < y1; y++ {
		dy := (float64(y) + 0.5 - cy) / ry
		for x := x0; x < x1; x++ {
			dx := (float64(x) + 0.5 - cx) / rx
			// Distance to the edge, approximated in pixels of the shorter radius.
			d := (math.Sqrt(dx*dx+dy*dy) - 1) * rm
			c.blend(x, y, col, a*clamp01(0.5-d))
		}
	}
}

// fillBelow fills everything under the curve y = top(x), shading from
// colour a at the curve to colour b at the bottom edge.
func (c *canvas) fillBelow(top func(x float64) float64, ca, cb rgb, a float64) {
	for x := 0; x < c.pw; x++ {
		y0 := top((float64(x)+0.5)/c.s) * c.s
		iy := max(int(math.Floor(y0)), 0)
		for y := iy; y < c.ph; y++ {
			cov := clamp01(float64(y+1) - y0)
			t := clamp01((float64(y) - y0) / (float64(c.ph) - y0 + 1))
			c.blend(x, y, ca.mix(cb, t), a*cov)
		}
	}
}

// polygon fills a small polygon with 4×4 supersampling (even-odd rule).
func (c *canvas) polygon(pts [][2]float64, col rgb, a float64) {
	pts = c.px(pts)
	minX, minY, maxX, maxY := pts[0][0], pts[0][1], pts[0][0], pts[0][1]
	for _, p := range pts {
		minX, maxX = math.Min(minX, p[0]), math.Max(maxX, p[0])
		minY, maxY = math.Min(minY, p[1]), math.Max(maxY, p[1])
	}
	x0, y0, x1, y1 := c.box(minX, minY, maxX, maxY)
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			n := 0
			for sy := 0; sy < 4; sy++ {
				for sx := 0; sx < 4; sx++ {
					if inside(pts, float64(x)+(float64(sx)+0.5)/4, float64(y)+(float64(sy)+0.5)/4) {
						n++
					}
				}
			}
			c.blend(x, y, col, a*float64(n)/16)
		}
	}
}

func inside(pts [][2]float64, x, y float64) bool {
	in := false
	for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
		pi, pj := pts[i], pts[j]
		if (pi[1] > y) != (pj[1] > y) && x < (pj[0]-pi[0])*(y-pi[1])/(pj[1]-pi[1])+pi[0] {
			in = !in
		}
	}
	return in
}

// stroke draws a polyline of the given width with round caps and joins.
func (c *canvas) stroke(pts [][2]float64, width float64, col rgb, a float64) {
	if len(pts) == 0 {
		return
	}
	pts = c.px(pts)
	half := width * c.s / 2
	bx0, by0, bx1, by1 := c.pw, c.ph, 0, 0
	for i := range pts {
		p, q := pts[i], pts[i]
		if i+1 < len(pts) {
			q = pts[i+1]
		} else if len(pts) > 1 {
			continue
		}
		x0, y0, x1, y1 := c.box(math.Min(p[0], q[0])-half-1, math.Min(p[1], q[1])-half-1,
			math.Max(p[0], q[0])+half+1, math.Max(p[1], q[1])+half+1)
		bx0, by0, bx1, by1 = min(bx0, x0), min(by0, y0), max(bx1, x1), max(by1, y1)
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				d := segDist(float64(x)+0.5, float64(y)+0.5, p, q)
				if cov := float32(clamp01(half + 0.5 - d)); cov > c.mask[y*c.pw+x] {
					c.mask[y*c.pw+x] = cov
				}
			}
		}
	}
	for y := by0; y < by1; y++ {
		for x := bx0; x < bx1; x++ {
			if m := c.mask[y*c.pw+x]; m > 0 {
				c.blend(x, y, col, a*float64(m))
				c.mask[y*c.pw+x] = 0
			}
		}
	}
}

// segDist is the distance from (x, y) to the segment p–q.
func segDist(x, y float64, p, q [2]float64) float64 {
	dx, dy := q[0]-p[0], q[1]-p[1]
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = clamp01(((x-p[0])*dx + (y-p[1])*dy) / l)
	}
	ex, ey := x-(p[0]+t*dx), y-(p[1]+t*dy)
	return math.Sqrt(ex*ex + ey*ey)
}

// arc returns points on an ellipse from angle a0 to a1 (radians).
func arc(cx, cy, rx, ry, a0, a1 float64, n int) [][2]float64 {
	pts := make([][2]float64, 0, n+1)
	for i := 0; i <= n; i++ {
		t := a0 + (a1-a0)*float64(i)/float64(n)
		pts = append(pts, [2]float64{cx + rx*math.Cos(t), cy + ry*math.Sin(t)})
	}
	return pts
}
