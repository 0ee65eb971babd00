package media

import (
	"image"
	"image/color"
	"math/rand/v2"
	"slices"
	"testing"

	"golang.org/x/image/draw"
)

// TestResizeMatchesOneCall checks that the banded two-pass resize gives what
// one x/image/draw call over the whole picture gives, give or take the
// 8-bit buffer between the passes. That buffer also clips the kernel's
// overshoot after the first pass (as Pillow's resize does), so the sources
// here are photo-like: on pure noise the two differ by up to ~12 levels.
func TestResizeMatchesOneCall(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	noise := func(v int) uint8 { return uint8(min(255, max(0, v+rng.IntN(17)-8))) }
	ycc := image.NewYCbCr(image.Rect(0, 0, 301, 203), image.YCbCrSubsampleRatio420)
	for y := range 203 {
		for x := range 301 {
			ycc.Y[ycc.YOffset(x, y)] = noise(20 + (x+y)/2)
			ci := ycc.COffset(x, y)
			ycc.Cb[ci], ycc.Cr[ci] = noise(100+x/3), noise(160-y/3)
		}
	}
	nrgba := image.NewNRGBA(image.Rect(0, 0, 250, 90))
	for y := range 90 {
		for x := range 250 {
			i := nrgba.PixOffset(x, y)
			nrgba.Pix[i], nrgba.Pix[i+1], nrgba.Pix[i+2], nrgba.Pix[i+3] = noise(x), noise(y*2), noise(128), noise(40+x*3/4)
		}
	}
	tests := []struct {
		name   string
		src    image.Image
		dw, dh int
		par    int
	}{
		{"YCbCr down", ycc, 120, 81, 2},
		{"YCbCr width only", ycc, 100, 203, 1},
		{"YCbCr height only", ycc, 301, 50, 3},
		{"YCbCr turned", ycc, 81, 120, 2},
		{"alpha down", nrgba, 64, 23, 2},
		{"one pixel", nrgba, 1, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := image.NewRGBA(image.Rect(0, 0, tc.dw, tc.dh))
			resize(got, tc.src, tc.par)
			want := image.NewRGBA(got.Rect)
			draw.CatmullRom.Scale(want, want.Rect, tc.src, tc.src.Bounds(), draw.Src, nil)
			worst := 0
			for i := range got.Pix {
				worst = max(worst, abs(int(got.Pix[i])-int(want.Pix[i])))
			}
			if worst > 2 {
				t.Errorf("differs from one call by up to %d levels", worst)
			}
		})
	}
}

func abs(v int) int { return max(v, -v) }

// TestOrientRGBA checks every orientation on a 3×2 picture whose pixels
// are all different.
func TestOrientRGBA(t *testing.T) {
	// Stored:  a b c
	//          d e f
	m := image.NewRGBA(image.Rect(0, 0, 3, 2))
	for i, v := range "abcdef" {
		m.Set(i%3, i/3, color.RGBA{uint8(v), 0, 0, 255})
	}
	tests := []struct {
		orient int
		want   []string // displayed rows
	}{
		{1, []string{"abc", "def"}},
		{2, []string{"cba", "fed"}},
		{3, []string{"fed", "cba"}},
		{4, []string{"def", "abc"}},
		{5, []string{"ad", "be", "cf"}},
		{6, []string{"da", "eb", "fc"}},
		{7, []string{"fc", "eb", "da"}},
		{8, []string{"cf", "be", "ad"}},
		{0, []string{"abc", "def"}},
		{9, []string{"abc", "def"}},
	}
	for _, tc := range tests {
		got := orientRGBA(m, tc.orient)
		var rows []string
		for y := range got.Rect.Dy() {
			var row []byte
			for x := range got.Rect.Dx() {
				row = append(row, got.RGBAAt(x, y).R)
			}
			rows = append(rows, string(row))
		}
		if !slices.Equal(rows, tc.want) {
			t.Errorf("orientation %d: rows %q; want %q", tc.orient, rows, tc.want)
		}
	}
}

func TestVariantWidths(t *testing.T) {
	tests := []struct {
		w    int
		want []int
	}{
		{1, []int{1}},
		{320, []int{320}},
		{321, []int{320, 321}},
		{1920, []int{320, 640, 960, 1280, 1920}},
		{1921, []int{320, 640, 960, 1280, 1920}},
		{20000, []int{320, 640, 960, 1280, 1920}},
	}
	for _, tc := range tests {
		got := variantWidths(tc.w)
		if !slices.Equal(got, tc.want) {
			t.Errorf("variantWidths(%d) = %v; want %v", tc.w, got, tc.want)
		}
	}
}
