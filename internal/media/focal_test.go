package media_test

import (
	"image"
	"testing"

	"warta/internal/media"
)

func TestFocalCrop(t *testing.T) {
	tests := []struct {
		name   string
		w, h   int
		aw, ah int
		fx, fy float64
		want   image.Rectangle
	}{
		{"4:3 photo, 16:9 window, centre", 1200, 900, 16, 9, 0.5, 0.5, image.Rect(0, 113, 1200, 788)},
		{"subject near the top stops at the top edge", 1200, 900, 16, 9, 0.5, 0.2, image.Rect(0, 0, 1200, 675)},
		{"subject near the bottom stops at the bottom edge", 1200, 900, 16, 9, 0.5, 0.9, image.Rect(0, 225, 1200, 900)},
		{"wide photo, square window, subject right", 1600, 900, 1, 1, 0.8, 0.5, image.Rect(700, 0, 1600, 900)},
		{"wide photo, square window, subject left of centre", 1600, 900, 1, 1, 0.3, 0.5, image.Rect(30, 0, 930, 900)},
		{"portrait photo, square window, subject high", 900, 1600, 1, 1, 0.5, 0.25, image.Rect(0, 0, 900, 900)},
		{"same aspect: the whole image whatever the point", 1280, 720, 16, 9, 0.1, 0.9, image.Rect(0, 0, 1280, 720)},
		{"a point outside 0..1 is clamped", 1600, 900, 1, 1, 2, -1, image.Rect(700, 0, 1600, 900)},
		{"no size, no window", 0, 900, 16, 9, 0.5, 0.5, image.Rectangle{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := media.FocalCrop(tc.w, tc.h, tc.aw, tc.ah, tc.fx, tc.fy); got != tc.want {
				t.Errorf("FocalCrop(%d×%d, %d:%d, %.2f,%.2f) = %v, want %v", tc.w, tc.h, tc.aw, tc.ah, tc.fx, tc.fy, got, tc.want)
			}
		})
	}
}

// TestFocalCropKeepsTheSubject: wherever the point is, the window has the
// asked aspect, lies inside the image and holds the point.
func TestFocalCropKeepsTheSubject(t *testing.T) {
	for _, size := range []image.Point{{1200, 900}, {1600, 900}, {900, 1600}, {1000, 1000}, {4000, 300}} {
		for _, aspect := range []image.Point{{16, 9}, {1, 1}} {
			for fx := 0.0; fx <= 1; fx += 0.125 {
				for fy := 0.0; fy <= 1; fy += 0.125 {
					r := media.FocalCrop(size.X, size.Y, aspect.X, aspect.Y, fx, fy)
					px, py := int(fx*float64(size.X)), int(fy*float64(size.Y))
					if !r.In(image.Rect(0, 0, size.X, size.Y)) || px < r.Min.X || px > r.Max.X || py < r.Min.Y || py > r.Max.Y {
						t.Fatalf("%v %v at %.3f,%.3f: window %v misses the point or the image", size, aspect, fx, fy, r)
					}
					if d := r.Dx()*aspect.Y - r.Dy()*aspect.X; d > aspect.X+aspect.Y || d < -(aspect.X+aspect.Y) {
						t.Fatalf("%v %v: window %v is not %d:%d", size, aspect, r, aspect.X, aspect.Y)
					}
				}
			}
		}
	}
}

func TestObjectPosition(t *testing.T) {
	tests := []struct {
		name   string
		w, h   int
		aw, ah int
		fx, fy float64
		px, py float64
	}{
		{"centre", 1200, 900, 16, 9, 0.5, 0.5, 50, 50.2},
		{"top edge", 1200, 900, 16, 9, 0.5, 0.2, 50, 0},
		{"bottom edge", 1200, 900, 16, 9, 0.5, 0.9, 50, 100},
		{"left of centre in a square", 1600, 900, 1, 1, 0.3, 0.5, 4.3, 50},
		{"no slack either way", 1280, 720, 16, 9, 0.9, 0.1, 50, 50},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			px, py := media.ObjectPosition(tc.w, tc.h, tc.aw, tc.ah, tc.fx, tc.fy)
			if px != tc.px || py != tc.py {
				t.Errorf("ObjectPosition = %v%% %v%%, want %v%% %v%%", px, py, tc.px, tc.py)
			}
		})
	}
}
