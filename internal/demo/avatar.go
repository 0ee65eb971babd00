package demo

import (
	"math"
	"math/rand/v2"
)

// personLook is how a person's portrait illustration is drawn: a
// stylised head and shoulders in flat colours, like the drawn byline
// portraits many newsrooms use, rather than initials on a card.
type personLook struct {
	background rgb
	skin, hair rgb
	clothes    rgb
	long       bool // hair to the shoulders
	hijab      bool // head covered; hair not drawn
	glasses    bool
	collar     bool // a shirt collar under a jacket
}

var (
	skinTones = []string{"#f1c9a5", "#e0ac80", "#c68a5e", "#a86b45", "#8d5524", "#6b4226"}
	hairTones = []string{"#1b1b1b", "#2f241d", "#3b2a20", "#4a3728", "#5a5a5a"}
	clothes   = []string{"#264653", "#2a9d8f", "#6d597a", "#9c6644", "#3d5a80", "#b56576", "#40513b", "#e76f51", "#355070"}
	hijabs    = []string{"#8d99ae", "#b56576", "#588157", "#e9c46a", "#6d6875"}
)

// lookOf gives person i of peopleTable a look: derived from a seed of
// their own, with the background their tone and a few traits fixed by
// the table (who wears a hijab, who has long hair).
func lookOf(i int, pd *personDef) *personLook {
	r := rand.New(rand.NewPCG(uint64(900+i), 3))
	l := &personLook{
		background: hex(pd.tone).mix(white, 0.35),
		skin:       hex(skinTones[r.IntN(len(skinTones))]),
		hair:       hex(hairTones[r.IntN(len(hairTones))]),
		clothes:    hex(clothes[r.IntN(len(clothes))]),
		long:       pd.look&lookLong != 0,
		hijab:      pd.look&lookHijab != 0,
		glasses:    pd.look&lookGlasses != 0,
		collar:     r.IntN(2) == 0,
	}
	if l.hijab {
		l.hair = hex(hijabs[r.IntN(len(hijabs))])
	}
	return l
}

// Traits a person's portrait shows (personDef.look).
const (
	lookLong = 1 << iota
	lookHijab
	lookGlasses
)

// drawPortrait paints a square portrait: a soft background, shoulders in
// clothes, a neck, a face with simple features, and hair or a hijab.
func drawPortrait(c *canvas, r *rand.Rand, l *personLook) {
	w, h := float64(c.w), float64(c.h)
	c.vgradient(l.background.mix(white, 0.2), l.background.mix(black, 0.1))
	c.disc(w*between(r, 0.7, 0.9), h*between(r, 0.1, 0.3), w*0.35, white, 0.12)
	cx := w/2 + between(r, -6, 6)
	headY, headR := h*0.42, w*0.17
	shade := l.skin.mix(black, 0.15)

	if l.long && !l.hijab { // hair behind the shoulders
		c.roundRect(cx-headR*1.25, headY-headR*0.6, cx+headR*1.25, h*0.8, headR*0.9, l.hair, 1)
	}
	// Shoulders and body.
	c.roundRect(cx-w*0.36, h*0.72, cx+w*0.36, h*1.2, w*0.16, l.clothes, 1)
	c.rect(cx-headR*0.38, headY+headR*0.6, cx+headR*0.38, h*0.76, shade, 1)
	if l.collar && !l.hijab {
		c.polygon([][2]float64{{cx - headR*0.7, h * 0.72}, {cx, h * 0.86}, {cx + headR*0.7, h * 0.72}, {cx + headR*0.45, h * 0.71}, {cx, h * 0.79}, {cx - headR*0.45, h * 0.71}}, white, 0.95)
		c.polygon([][2]float64{{cx - w*0.18, h * 0.73}, {cx - headR*0.1, h * 0.95}, {cx - headR*0.6, h * 1.0}}, l.clothes.mix(black, 0.25), 1)
		c.polygon([][2]float64{{cx + w*0.18, h * 0.73}, {cx + headR*0.1, h * 0.95}, {cx + headR*0.6, h * 1.0}}, l.clothes.mix(black, 0.25), 1)
	} else {
		c.ellipse(cx, h*0.735, headR*0.55, headR*0.22, shade, 1)
	}
	if l.hijab { // drapes over the shoulders around the face
		c.ellipse(cx, headY+headR*0.15, headR*1.32, headR*1.45, l.hair, 1)
		c.polygon([][2]float64{{cx - headR*1.3, headY + headR*0.3}, {cx + headR*1.3, headY + headR*0.3}, {cx + w*0.3, h * 0.9}, {cx - w*0.3, h * 0.9}}, l.hair, 1)
	}
	// Ears, face.
	if !l.hijab {
		c.disc(cx-headR*0.98, headY+headR*0.1, headR*0.2, shade, 1)
		c.disc(cx+headR*0.98, headY+headR*0.1, headR*0.2, shade, 1)
	}
	c.ellipse(cx, headY, headR, headR*1.18, l.skin, 1)
	// Hair on top, or the hijab's edge around the face.
	switch {
	case l.hijab:
		c.stroke(arc(cx, headY, headR*1.05, headR*1.22, math.Pi*1.02, math.Pi*1.98, 40), headR*0.22, l.hair, 1)
	case l.long:
		c.ellipse(cx, headY-headR*0.6, headR*1.08, headR*0.62, l.hair, 1)
		c.polygon([][2]float64{{cx - headR*1.05, headY - headR*0.45}, {cx + headR*0.3, headY - headR*0.7}, {cx - headR*0.2, headY - headR*0.25}, {cx - headR*0.98, headY + headR*0.3}}, l.hair, 1)
	default:
		c.ellipse(cx, headY-headR*0.62, headR*1.04, headR*0.62, l.hair, 1)
		c.rect(cx-headR*1.0, headY-headR*0.6, cx-headR*0.82, headY+headR*0.05, l.hair, 1)
		c.rect(cx+headR*0.82, headY-headR*0.6, cx+headR*1.0, headY+headR*0.05, l.hair, 1)
	}
	// Features: brows, eyes, nose, a small smile.
	ink := l.skin.mix(black, 0.65)
	ey := headY + headR*0.08
	for _, s := range []float64{-1, 1} {
		ex := cx + s*headR*0.38
		c.disc(ex, ey, headR*0.07, ink, 1)
		c.stroke([][2]float64{{ex - headR*0.17, ey - headR*0.2}, {ex + headR*0.17, ey - headR*0.23}}, headR*0.06, l.hair.mix(ink, 0.5), 0.9)
		if l.glasses {
			c.stroke(arc(ex, ey, headR*0.24, headR*0.2, 0, 2*math.Pi, 40), headR*0.045, black.mix(ink, 0.3), 0.9)
		}
	}
	if l.glasses {
		c.stroke([][2]float64{{cx - headR*0.14, ey}, {cx + headR*0.14, ey}}, headR*0.045, black.mix(ink, 0.3), 0.9)
	}
	c.stroke([][2]float64{{cx, ey + headR*0.1}, {cx - headR*0.06, ey + headR*0.38}, {cx + headR*0.04, ey + headR*0.42}}, headR*0.045, shade.mix(black, 0.15), 0.8)
	c.stroke(arc(cx, ey+headR*0.5, headR*0.25, headR*0.12, 0.15*math.Pi, 0.85*math.Pi, 20), headR*0.06, ink.mix(hex("#b5533c"), 0.5), 0.9)
	for _, s := range []float64{-1, 1} {
		c.disc(cx+s*headR*0.55, ey+headR*0.38, headR*0.14, hex("#e07a5f"), 0.15)
	}
}
