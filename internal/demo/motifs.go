package demo

import (
	"math"
	"math/rand/v2"
)

// More illustration motifs, so that a list of twenty stories in one
// section needs no picture twice. Each draws on a 960×540 canvas in the
// flat, few-colour style of the others: a sky or wall gradient, shapes in
// three depths and one accent colour.

// stadium: a bowl of stands full of spectators around a lit pitch.
func drawStadium(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	cx, cy := w*between(r, 0.4, 0.6), h*1.05
	for i := range 6 {
		rx, ry := w*(0.95-0.08*float64(i)), h*(0.82-0.07*float64(i))
		col := p.far.mix(p.near, float64(i)/5)
		c.ellipse(cx, cy, rx, ry, col, 1)
		for k := range 90 {
			a := math.Pi + math.Pi*float64(k)/89
			x, y := cx+rx*0.97*math.Cos(a), cy+ry*0.97*math.Sin(a)
			if r.IntN(3) > 0 {
				c.disc(x+between(r, -4, 4), y, between(r, 2.5, 4.5), p.accent.mix(white, r.Float64()*0.6), 0.55)
			}
		}
	}
	c.ellipse(cx, cy, w*0.5, h*0.42, p.mid, 1)
	c.stroke(arc(cx, cy, w*0.5, h*0.42, math.Pi, 2*math.Pi, 120), 4, white, 0.7)
	c.stroke([][2]float64{{cx, cy - h*0.42}, {cx, h}}, 3, white, 0.6)
	c.stroke(arc(cx, cy-h*0.2, w*0.08, h*0.05, 0, 2*math.Pi, 60), 3, white, 0.6)
	for _, lx := range []float64{0.06, 0.94} {
		x := w * lx
		c.rect(x-4, h*0.1, x+4, h*0.6, p.near, 1)
		c.glow(x, h*0.1, w*0.18, p.accent.mix(white, 0.6), 0.55)
		c.roundRect(x-34, h*0.06, x+34, h*0.14, 4, white, 0.9)
	}
}

// court: a badminton or volleyball court seen from above, net across.
func drawCourt(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.far, p.far.mix(black, 0.25))
	cw, ch := w*between(r, 0.62, 0.74), h*between(r, 0.6, 0.72)
	x0, y0 := (w-cw)/2, (h-ch)/2
	c.rect(x0, y0, x0+cw, y0+ch, p.mid, 1)
	line := white.mix(p.mid, 0.05)
	c.stroke([][2]float64{{x0, y0}, {x0 + cw, y0}, {x0 + cw, y0 + ch}, {x0, y0 + ch}, {x0, y0}}, 4, line, 0.9)
	for _, t := range []float64{0.3, 0.7} {
		c.stroke([][2]float64{{x0 + cw*t, y0}, {x0 + cw*t, y0 + ch}}, 3, line, 0.8)
	}
	c.stroke([][2]float64{{x0, y0 + ch/2}, {x0 + cw*0.3, y0 + ch/2}}, 3, line, 0.8)
	c.stroke([][2]float64{{x0 + cw*0.7, y0 + ch/2}, {x0 + cw, y0 + ch/2}}, 3, line, 0.8)
	c.rect(x0+cw/2-5, y0-30, x0+cw/2+5, y0+ch+30, p.near, 1)
	for y := y0 - 20; y < y0+ch+20; y += 16 {
		c.rect(x0+cw/2-9, y, x0+cw/2+9, y+2, white, 0.5)
	}
	bx, by := x0+cw*between(r, 0.6, 0.85), y0+ch*between(r, 0.2, 0.8)
	c.ellipse(bx+10, by+14, 16, 5, black, 0.25)
	c.disc(bx, by, 12, p.accent, 1)
	c.stroke([][2]float64{{bx - 8, by - 8}, {bx - 30, by - 26}}, 5, white, 0.8)
	c.glow(w*between(r, 0.2, 0.8), 0, w*0.5, white, 0.2)
}

// pool: swimming lanes with ropes and a swimmer's wake.
func drawPool(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.mid, p.mid.mix(p.near, 0.5))
	lanes := 6 + r.IntN(3)
	lh := h / float64(lanes)
	for i := 1; i < lanes; i++ {
		y := lh * float64(i)
		for x := 0.0; x < w; x += 18 {
			col := white
			if int(x/18)%4 < 2 {
				col = p.accent
			}
			c.disc(x, y, 6, col, 0.9)
		}
	}
	for i := range lanes {
		c.rect(0, lh*float64(i)+lh/2-3, w, lh*float64(i)+lh/2+3, p.near, 0.35)
	}
	for range 3 {
		lane := r.IntN(lanes)
		y := lh*float64(lane) + lh/2
		x := between(r, 0.3, 0.85) * w
		for k := range 8 {
			c.ellipse(x-float64(k)*22, y, 18-float64(k)*1.5, 6+float64(k), white, 0.35-float64(k)*0.035)
		}
		c.disc(x+14, y, 9, p.accent.mix(black, 0.2), 1)
	}
	for range 120 {
		x, y := r.Float64()*w, r.Float64()*h
		c.stroke([][2]float64{{x, y}, {x + between(r, 10, 30), y + between(r, -3, 3)}}, 1.5, white, 0.15)
	}
}

// market: rows of stalls under striped awnings.
func drawMarket(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	c.glow(w*between(r, 0.2, 0.8), h*0.1, w*0.4, p.accent, 0.3)
	cols := []rgb{p.accent, p.mid, p.far, p.near.mix(white, 0.3)}
	for row := range 2 {
		y := h * (0.3 + 0.32*float64(row))
		sw := between(r, 150, 190) + 30*float64(row)
		for x := -between(r, 0, sw); x < w; x += sw + 10 {
			col := cols[r.IntN(len(cols))]
			c.rect(x+8, y+40, x+12, y+150, p.near, 1)
			c.rect(x+sw-12, y+40, x+sw-8, y+150, p.near, 1)
			c.rect(x+4, y+110, x+sw-4, y+140, p.near.mix(white, 0.15), 1)
			for k := 0; k < 6; k++ {
				c.disc(x+24+float64(k)*(sw-48)/5, y+102, between(r, 9, 15), cols[(k+row)%len(cols)].mix(white, 0.2), 1)
			}
			for k := 0.0; k < sw; k += sw / 6 {
				stripe := col
				if int(k/(sw/6))%2 == 1 {
					stripe = white.mix(col, 0.15)
				}
				c.polygon([][2]float64{{x + k, y}, {x + k + sw/6, y}, {x + k + sw/6 + 4, y + 44}, {x + k + 4, y + 44}}, stripe, 0.95)
			}
		}
	}
	c.vgradientRange(h*0.93, h, p.near, p.near.mix(black, 0.3))
}

// rain: roofs and umbrellas in a downpour.
func drawRain(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top.mix(hex("#55606e"), 0.5), p.bottom.mix(hex("#8a94a0"), 0.5))
	for x := -20.0; x < w; {
		bw, bh := between(r, 80, 150), between(r, 0.2, 0.45)*h
		c.rect(x, h*0.7-bh, x+bw, h, p.far.mix(black, 0.2), 0.9)
		c.polygon([][2]float64{{x - 10, h*0.7 - bh}, {x + bw/2, h*0.7 - bh - 40}, {x + bw + 10, h*0.7 - bh}}, p.near, 0.95)
		x += bw + between(r, 6, 24)
	}
	c.rect(0, h*0.78, w, h, p.near.mix(black, 0.3), 1)
	for range 4 + r.IntN(3) {
		x, y := between(r, 0.05, 0.95)*w, between(r, 0.72, 0.82)*h
		col := []rgb{p.accent, p.mid, hex("#c0392b"), hex("#2e86ab")}[r.IntN(4)]
		c.stroke([][2]float64{{x, y}, {x, y + 70}}, 3, p.near, 1)
		c.polygon(append([][2]float64{{x - 48, y}}, append(arc(x, y, 48, 34, math.Pi, 2*math.Pi, 30), [2]float64{x + 48, y})...), col, 1)
		c.ellipse(x, y+90, 50, 6, white, 0.12)
	}
	for range 700 {
		x, y := r.Float64()*w, r.Float64()*h
		l := between(r, 14, 30)
		c.stroke([][2]float64{{x, y}, {x - l*0.25, y + l}}, 1.2, white, between(r, 0.15, 0.4))
	}
}

// podium: a lectern with microphones before a backdrop, for statements.
func drawPodium(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	for x := 0.0; x < w; x += 120 {
		c.rect(x, 0, x+60, h, white, 0.04)
	}
	cx := w * between(r, 0.35, 0.65)
	c.glow(cx, h*0.35, w*0.4, p.accent, 0.3)
	c.polygon([][2]float64{{cx - 130, h * 0.55}, {cx + 130, h * 0.55}, {cx + 105, h}, {cx - 105, h}}, p.near, 1)
	c.rect(cx-140, h*0.53, cx+140, h*0.57, p.near.mix(white, 0.15), 1)
	c.disc(cx, h*0.72, 34, p.accent, 0.9)
	c.disc(cx, h*0.72, 24, p.near, 1)
	for i := range 3 + r.IntN(3) {
		a := -0.5 + float64(i)*0.25
		x0, y0 := cx+float64(i-2)*18, h*0.55
		x1, y1 := x0+math.Sin(a)*60, y0-math.Cos(a)*110
		c.stroke([][2]float64{{x0, y0}, {x1, y1}}, 4, black.mix(p.near, 0.4), 1)
		c.ellipse(x1, y1-10, 11, 18, []rgb{p.mid, p.far, white, p.accent}[i%4].mix(black, 0.2), 1)
	}
}

// bridge: a cable-stayed bridge over water.
func drawBridge(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradientRange(0, h*0.68, p.top, p.bottom)
	c.vgradientRange(h*0.68, h, p.far, p.near)
	c.glow(w*between(r, 0.1, 0.9), h*0.55, w*0.35, p.accent, 0.4)
	deck := h * between(r, 0.56, 0.62)
	for _, tx := range []float64{between(r, 0.22, 0.32), between(r, 0.68, 0.78)} {
		x := w * tx
		c.rect(x-8, deck-230, x+8, h*0.8, p.near, 1)
		for k := 1; k <= 7; k++ {
			d := float64(k) * 30
			c.stroke([][2]float64{{x, deck - 220 + float64(k)*8}, {x - d, deck}}, 1.6, p.near, 0.8)
			c.stroke([][2]float64{{x, deck - 220 + float64(k)*8}, {x + d, deck}}, 1.6, p.near, 0.8)
		}
	}
	c.rect(0, deck, w, deck+14, p.near, 1)
	for x := 10.0; x < w; x += 40 {
		c.disc(x, deck-6, 3, p.accent, 0.8)
	}
	for y := h * 0.72; y < h; y += between(r, 12, 22) {
		x := r.Float64() * w
		c.roundRect(x, y, x+between(r, 40, 140), y+3, 1.5, white, 0.2)
	}
}

// volcano: a cone mountain with a plume over forested foothills.
func drawVolcano(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	px := w * between(r, 0.35, 0.65)
	top := h * between(r, 0.2, 0.3)
	for k := range 6 {
		c.disc(px+float64(k)*between(r, 20, 34), top-20-float64(k)*18, 28+float64(k)*8, white.mix(p.bottom, 0.3), 0.35)
	}
	c.polygon([][2]float64{{px - 30, top}, {px + 30, top}, {px + w*0.5, h * 0.8}, {px - w*0.5, h * 0.8}}, p.far, 1)
	c.polygon([][2]float64{{px - 30, top}, {px + 30, top}, {px + 70, top + 60}, {px + 20, top + 45}, {px - 10, top + 70}, {px - 60, top + 55}}, white.mix(p.far, 0.3), 0.8)
	c.fillBelow(ridge(r, h*0.72, 22), p.mid, p.mid.mix(black, 0.2), 1)
	c.fillBelow(ridge(r, h*0.86, 14), p.near, p.near.mix(black, 0.3), 1)
	for range 40 {
		x, y := r.Float64()*w, h*between(r, 0.8, 0.95)
		c.polygon([][2]float64{{x, y - 26}, {x + 10, y}, {x - 10, y}}, p.near.mix(black, 0.25), 0.9)
	}
	birds(c, r, p.near)
}

// harbor: a container ship at a quay with cranes.
func drawHarbor(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradientRange(0, h*0.62, p.top, p.bottom)
	c.vgradientRange(h*0.62, h, p.far, p.near)
	for _, cx := range []float64{between(r, 0.1, 0.25), between(r, 0.7, 0.9)} {
		x := w * cx
		c.rect(x-6, h*0.15, x+6, h*0.62, p.near, 1)
		c.rect(x-70, h*0.15, x+110, h*0.18, p.near, 1)
		c.stroke([][2]float64{{x, h * 0.1}, {x - 70, h * 0.16}}, 2, p.near, 0.8)
		c.stroke([][2]float64{{x + 60, h * 0.18}, {x + 60, h * 0.3}}, 2, p.near, 0.8)
	}
	sx := w * between(r, 0.2, 0.35)
	c.polygon([][2]float64{{sx, h * 0.56}, {sx + w*0.5, h * 0.56}, {sx + w*0.46, h * 0.68}, {sx + 20, h * 0.68}}, p.near.mix(black, 0.2), 1)
	cols := []rgb{p.accent, hex("#c0392b"), hex("#2e86ab"), p.mid.mix(white, 0.3), hex("#3b8b5a")}
	for row := range 3 {
		for k := range 12 {
			if r.IntN(7) == 0 {
				continue
			}
			x := sx + 40 + float64(k)*34
			y := h*0.56 - float64(row+1)*20
			c.rect(x, y, x+32, y+18, cols[r.IntN(len(cols))], 1)
		}
	}
	c.rect(sx+w*0.42, h*0.4, sx+w*0.47, h*0.56, white.mix(p.near, 0.2), 1)
	for y := h * 0.72; y < h; y += between(r, 14, 24) {
		x := r.Float64() * w
		c.roundRect(x, y, x+between(r, 40, 120), y+3, 1.5, white, 0.2)
	}
}

// linechart: a line chart on a dashboard panel.
func drawLineChart(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	x0, y0, x1, y1 := w*0.08, h*0.12, w*0.92, h*0.86
	c.roundRect(x0, y0, x1, y1, 18, p.near, 0.85)
	for k := 1; k < 5; k++ {
		y := y0 + (y1-y0)*float64(k)/5
		c.rect(x0+30, y, x1-30, y+1.5, white, 0.12)
	}
	for s := range 2 {
		v := between(r, 0.3, 0.6)
		var pts [][2]float64
		for k := 0; k <= 24; k++ {
			v = clamp01(v + between(r, -0.09, 0.09) + 0.01*float64(1-2*s))
			pts = append(pts, [2]float64{x0 + 40 + (x1-x0-80)*float64(k)/24, y1 - 40 - (y1-y0-100)*(0.1+0.8*v)})
		}
		col := p.accent
		if s == 1 {
			col = p.mid.mix(white, 0.4)
		}
		c.stroke(pts, 5, col, 0.95)
		last := pts[len(pts)-1]
		c.disc(last[0], last[1], 10, col, 1)
	}
	for k := range 3 {
		c.roundRect(x0+40+float64(k)*120, y0+26, x0+140+float64(k)*120, y0+40, 7, white, 0.35)
	}
}

// phone: a hand-held phone with app tiles and notifications.
func drawPhone(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	c.glow(w*between(r, 0.2, 0.8), h*0.5, w*0.4, p.accent, 0.3)
	cx := w * between(r, 0.3, 0.7)
	px0, py0, px1, py1 := cx-115, h*0.08, cx+115, h*1.05
	c.roundRect(px0-12, py0-12, px1+12, py1, 40, p.near.mix(black, 0.4), 1)
	c.roundRect(px0, py0, px1, py1, 30, p.far, 1)
	cols := []rgb{p.accent, p.mid, white.mix(p.mid, 0.5), p.near.mix(white, 0.3)}
	for row := range 4 {
		for k := range 3 {
			x := px0 + 26 + float64(k)*64
			y := py0 + 120 + float64(row)*70
			c.roundRect(x, y, x+50, y+50, 12, cols[r.IntN(len(cols))], 0.95)
		}
	}
	c.roundRect(px0+16, py0+30, px1-16, py0+90, 14, white, 0.85)
	c.roundRect(px0+30, py0+46, px1-70, py0+56, 5, p.near, 0.5)
	c.roundRect(px0+30, py0+66, px1-110, py0+74, 4, p.near, 0.3)
	for k := range 3 {
		bx := px1 + 40 + float64(k)*10
		c.roundRect(bx, h*0.2+float64(k)*90, bx+between(r, 150, 220), h*0.2+float64(k)*90+56, 16, white, 0.8)
		c.disc(bx+28, h*0.2+float64(k)*90+28, 14, p.accent, 1)
	}
}

// crowd: shoulders and heads of a crowd, seen from behind, before a light.
func drawCrowd(c *canvas, r *rand.Rand, p palette) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(p.top, p.bottom)
	c.glow(w*between(r, 0.3, 0.7), h*0.35, w*0.5, p.accent, 0.55)
	for i := range 4 {
		t := float64(i) / 3
		y := h * (0.55 + 0.13*float64(i))
		col := p.far.mix(p.near, t)
		rad := 22 + 10*t
		for x := -between(r, 0, 40); x < w+40; x += rad * between(r, 2.1, 2.8) {
			yy := y + between(r, -10, 10)
			c.roundRect(x-rad*1.6, yy+rad*0.9, x+rad*1.6, h+20, rad, col, 1)
			c.disc(x, yy, rad, col, 1)
			if i == 1 && r.IntN(9) == 0 {
				c.stroke([][2]float64{{x + rad, yy + rad}, {x + rad*1.8, yy - rad*2.5}}, 7, col, 1)
				c.rect(x+rad*1.3, yy-rad*4.4, x+rad*3.6, yy-rad*2.4, p.accent.mix(white, 0.3), 1)
			}
		}
	}
}
