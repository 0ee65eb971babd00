package demo

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// glyphs is a small monoline capital alphabet on a 4×6 grid (y down).
// Strokes are separated by "|", points by spaces.
var glyphs = map[rune]string{
	'A': "0,6 2,0 4,6|0.7,4 3.3,4",
	'B': "0,6 0,0 2.8,0 3.8,0.8 3.8,2.2 2.8,3 0,3|2.8,3 4,3.9 4,5.1 3,6 0,6",
	'C': "4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5",
	'D': "0,0 0,6 2.4,6 4,4.4 4,1.6 2.4,0 0,0",
	'E': "4,0 0,0 0,6 4,6|0,3 3,3",
	'F': "4,0 0,0 0,6|0,3 3,3",
	'G': "4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5 4,3.4 2.4,3.4",
	'H': "0,0 0,6|4,0 4,6|0,3 4,3",
	'I': "2,0 2,6|1,0 3,0|1,6 3,6",
	'J': "4,0 4,5 3,6 1,6 0,5",
	'K': "0,0 0,6|4,0 0,3.6|1.3,2.6 4,6",
	'L': "0,0 0,6 4,6",
	'M': "0,6 0,0 2,3.2 4,0 4,6",
	'N': "0,6 0,0 4,6 4,0",
	'O': "1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0",
	'P': "0,6 0,0 3,0 4,1 4,2.4 3,3.4 0,3.4",
	'Q': "1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,1 1,0|2.6,4.6 4,6",
	'R': "0,6 0,0 3,0 4,1 4,2.4 3,3.4 0,3.4|2,3.4 4,6",
	'S': "4,1 3,0 1,0 0,1 0,2 1,3 3,3 4,4 4,5 3,6 1,6 0,5",
	'T': "0,0 4,0|2,0 2,6",
	'U': "0,0 0,5 1,6 3,6 4,5 4,0",
	'V': "0,0 2,6 4,0",
	'W': "0,0 1,6 2,3 3,6 4,0",
	'X': "0,0 4,6|4,0 0,6",
	'Y': "0,0 2,3 4,0|2,3 2,6",
	'Z': "0,0 4,0 0,6 4,6",
}

// glyphStrokes returns a letter's strokes scaled by unit and moved to (x, y).
func glyphStrokes(ch rune, x, y, unit float64) [][][2]float64 {
	def, ok := glyphs[ch]
	if !ok {
		def = glyphs['O']
	}
	var out [][][2]float64
	for _, s := range strings.Split(def, "|") {
		var pts [][2]float64
		for _, p := range strings.Fields(s) {
			xs, ys, _ := strings.Cut(p, ",")
			px, _ := strconv.ParseFloat(xs, 64)
			py, _ := strconv.ParseFloat(ys, 64)
			pts = append(pts, [2]float64{x + px*unit, y + py*unit})
		}
		out = append(out, pts)
	}
	return out
}

// initials returns the first letters of the first and last words of name.
func initials(name string) string {
	words := strings.Fields(strings.ToUpper(name))
	if len(words) == 0 {
		return "W"
	}
	first := []rune(words[0])[0]
	if len(words) == 1 {
		return string(first)
	}
	return string(first) + string([]rune(words[len(words)-1])[0])
}

// drawPortrait paints a square portrait card: a diagonal wash of the
// person's tone, two soft circles and their initials in white.
func drawPortrait(c *canvas, r *rand.Rand, tone rgb, letters string) {
	w, h := float64(c.w), float64(c.h)
	light, dark := tone.mix(white, 0.25), tone.mix(black, 0.35)
	for y := 0; y < c.h; y++ {
		for x := 0; x < c.w; x++ {
			t := (float64(x) + float64(y)) / (w + h)
			c.blend(x, y, light.mix(dark, t), 1)
		}
	}
	c.disc(w*between(r, 0.7, 0.9), h*between(r, 0.1, 0.3), w*0.42, white, 0.1)
	c.disc(w*between(r, 0.05, 0.25), h*between(r, 0.8, 0.95), w*0.3, black, 0.08)
	const unit = 20.0
	runes := []rune(letters)
	gap := unit * 1.9
	total := float64(len(runes))*4*unit + float64(len(runes)-1)*gap
	x := (w - total) / 2
	y := (h - 6*unit) / 2
	for _, ch := range runes {
		for _, s := range glyphStrokes(ch, x+2, y+3, unit) {
			c.stroke(s, 15, black, 0.18) // soft shadow
		}
		for _, s := range glyphStrokes(ch, x, y, unit) {
			c.stroke(s, 15, white, 0.96)
		}
		x += 4*unit + gap
	}
}
