package media_test

import (
	"bytes"
	"image"
	"image/jpeg"
	"math/rand/v2"
	"testing"

	"warta/internal/media"
)

// smoothImage is a gradient without noise: a JPEG of it is as light as
// a web-ready photo.
func smoothImage(w, h int) *image.RGBA {
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			i := m.PixOffset(x, y)
			m.Pix[i+0] = uint8(255 * x / (w - 1))
			m.Pix[i+1] = uint8(255 * y / (h - 1))
			m.Pix[i+2] = 160
			m.Pix[i+3] = 255
		}
	}
	return m
}

// scanOf is a JPEG from its start of scan on: the coded picture.
func scanOf(tb testing.TB, b []byte) []byte {
	tb.Helper()
	i := bytes.Index(b, []byte{0xFF, 0xDA})
	if i < 0 {
		tb.Fatal("no start of scan")
	}
	return b[i:]
}

func widestJPEG(tb testing.TB, p *media.Processed) media.Variant {
	tb.Helper()
	var widest media.Variant
	for _, v := range p.Variants {
		if v.MimeType == "image/jpeg" && v.Width > widest.Width {
			widest = v
		}
	}
	if widest.Data == nil {
		tb.Fatal("no JPEG variant")
	}
	return widest
}

// A light, upright JPEG no wider than the widest size is served as it
// came, without its metadata, rather than decoded and encoded again: the
// same coded picture, the same pixels, no EXIF, GPS, XMP, ICC or comment.
// The smaller sizes are still made from pixels.
func TestProcessServesAWebReadyJPEGAsItCame(t *testing.T) {
	xmp := append([]byte("http://ns.adobe.com/xap/1.0/\x00"), `<x:xmpmeta xmlns:x="adobe:ns:meta/">Narasumber: Budi</x:xmpmeta>`...)
	icc := append([]byte("ICC_PROFILE\x00\x01\x01"), "desc: Kamera Redaksi 01"...)
	comment := []byte("Lokasi narasumber: Jl. Rahasia 7")
	jpg := mustJPEG(t, smoothImage(800, 450), app1(exifTIFF(true, 1, true)), segment(0xE1, xmp), segment(0xE2, icc), segment(0xFE, comment))
	if !bytes.Contains(jpg, gpsLatitude) {
		t.Fatal("fixture: the upload should carry the GPS latitude")
	}

	p := mustProcess(t, jpg)
	v := widestJPEG(t, p)
	if v.Width != 800 || v.Height != 450 {
		t.Fatalf("widest JPEG %d×%d, want 800×450", v.Width, v.Height)
	}
	if !bytes.HasSuffix(jpg, scanOf(t, v.Data)) || len(v.Data) >= len(jpg) {
		t.Errorf("widest JPEG (%d bytes) is not the upload's own picture without its metadata (%d bytes)", len(v.Data), len(jpg))
	}
	for what, b := range map[string][]byte{"Exif": []byte("Exif"), "GPS latitude": gpsLatitude, "XMP": []byte("xmpmeta"),
		"ICC profile": []byte("ICC_PROFILE"), "comment": comment} {
		if bytes.Contains(v.Data, b) {
			t.Errorf("widest JPEG carries the %s", what)
		}
	}
	got, err := jpeg.Decode(bytes.NewReader(v.Data))
	if err != nil {
		t.Fatalf("widest JPEG does not decode: %v", err)
	}
	want, err := jpeg.Decode(bytes.NewReader(jpg))
	if err != nil {
		t.Fatal(err)
	}
	if g, w := got.(*image.YCbCr), want.(*image.YCbCr); !bytes.Equal(g.Y, w.Y) || !bytes.Equal(g.Cb, w.Cb) || !bytes.Equal(g.Cr, w.Cr) {
		t.Error("widest JPEG decodes to other pixels than the upload")
	}
	for _, o := range p.Variants {
		if o.MimeType == "image/jpeg" && o.Width < 800 && bytes.HasSuffix(jpg, scanOf(t, o.Data)) {
			t.Errorf("the %d px JPEG is the upload: want it made from pixels", o.Width)
		}
	}
}

// Anything else is encoded from pixels at the widest size: a picture to
// turn upright, one wider than the widest size, and a heavy one.
func TestProcessEncodesOtherJPEGsAgain(t *testing.T) {
	noise := image.NewRGBA(image.Rect(0, 0, 800, 450))
	rng := rand.New(rand.NewPCG(3, 1))
	for i := range noise.Pix {
		noise.Pix[i] = uint8(rng.IntN(256)) | uint8(255*(i%4/3)) // alpha opaque
	}
	heavy := mustJPEG(t, noise)
	if bpp := float64(len(heavy)) / (800 * 450); bpp <= 0.4 {
		t.Fatalf("fixture: %.2f bytes a pixel, want a heavy JPEG", bpp)
	}
	for name, jpg := range map[string][]byte{
		"turned": mustJPEG(t, smoothImage(800, 450), app1(exifTIFF(false, 6, false))),
		"wide":   mustJPEG(t, smoothImage(2400, 1350)),
		"heavy":  heavy,
	} {
		v := widestJPEG(t, mustProcess(t, jpg))
		if bytes.HasSuffix(jpg, scanOf(t, v.Data)) {
			t.Errorf("%s: the widest JPEG (%d×%d) is the upload's own picture; want it encoded again", name, v.Width, v.Height)
		}
	}
}
