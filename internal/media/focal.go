package media

import (
	"image"
	"math"
)

// Crops on the pages are made by the browser (object-fit: cover) from the
// variants, which keep the original's aspect ratio. A focal point moves the
// crop window with object-position, computed here, rather than re-encoding
// cropped files: a changed focal point then shows on every page at once,
// with no files to re-make, keep in step or delete.

// FocalCrop is the largest window of aspect aw:ah inside a w×h image,
// centred on the focal point (fx, fy as fractions of the width and height)
// and moved back inside the image where it would cross an edge.
func FocalCrop(w, h, aw, ah int, fx, fy float64) image.Rectangle {
	if w <= 0 || h <= 0 || aw <= 0 || ah <= 0 {
		return image.Rectangle{}
	}
	fx, fy = clamp01(fx), clamp01(fy)
	cw, ch := w, h
	if w*ah > h*aw { // wider than the window: crop the sides
		cw = int(math.Round(float64(h) * float64(aw) / float64(ah)))
	} else { // taller: crop top and bottom
		ch = int(math.Round(float64(w) * float64(ah) / float64(aw)))
	}
	x := place(fx*float64(w), cw, w)
	y := place(fy*float64(h), ch, h)
	return image.Rect(x, y, x+cw, y+ch)
}

// place is the start of a span of length n centred on c within 0..size.
func place(c float64, n, size int) int {
	start := int(math.Round(c - float64(n)/2))
	return max(0, min(start, size-n))
}

// ObjectPosition is the CSS object-position, in percent, that makes a box
// of aspect aw:ah showing a w×h image with object-fit: cover show exactly
// FocalCrop. A percentage p puts the window's start at p% of the slack
// (the part of the image that does not fit), so p = start/slack; an axis
// without slack is 50%.
func ObjectPosition(w, h, aw, ah int, fx, fy float64) (px, py float64) {
	r := FocalCrop(w, h, aw, ah, fx, fy)
	pct := func(start, slack int) float64 {
		if slack <= 0 {
			return 50
		}
		return math.Round(float64(start)*1000/float64(slack)) / 10
	}
	return pct(r.Min.X, w-r.Dx()), pct(r.Min.Y, h-r.Dy())
}

func clamp01(v float64) float64 {
	if math.IsNaN(v) {
		return 0.5
	}
	return max(0, min(v, 1))
}
