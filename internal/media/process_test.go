package media_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	genwebp "github.com/gen2brain/webp"
	"golang.org/x/image/webp"

	"warta"
	"warta/internal/media"
)

func TestProcessRefusesHostileInput(t *testing.T) {
	photo := mustJPEG(t, photoImage(64, 48, 1))
	tests := []struct {
		name string
		data []byte
		lim  media.Limits
		code string
		key  string
	}{
		{"empty", nil, media.DefaultLimits, warta.EINVALID, "error.media_empty"},
		{"truncated JPEG", photo[:len(photo)/2], media.DefaultLimits, warta.EINVALID, "error.media_corrupt"},
		{"JPEG header then garbage", append([]byte{0xFF, 0xD8, 0xFF, 0xE0}, bytes.Repeat([]byte("garbage!"), 64)...),
			media.DefaultLimits, warta.EINVALID, "error.media_corrupt"},
		{"GIF/HTML polyglot", []byte("GIF89a\x10\x00\x10\x00<html><script>alert(document.cookie)</script></html>"),
			media.DefaultLimits, warta.EINVALID, "error.media_corrupt"},
		{"PNG declaring 30000x30000", hugePNG(30000, 30000), media.DefaultLimits, warta.ETOOLARGE, "error.media_too_many_pixels"},
		{"PNG declaring 1x30000", hugePNG(1, 30000), media.DefaultLimits, warta.ETOOLARGE, "error.media_too_many_pixels"},
		{"PNG declaring 0x10", hugePNG(0, 10), media.DefaultLimits, warta.EINVALID, "error.media_corrupt"}, // the PNG decoder's own check
		{"GIF declaring 0x0", []byte("GIF89a\x00\x00\x00\x00\x00\x00\x00,\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00;"),
			media.DefaultLimits, warta.ETOOLARGE, "error.media_too_many_pixels"},
		{"over a custom pixel limit", photo, media.Limits{MaxPixels: 1000}, warta.ETOOLARGE, "error.media_too_many_pixels"},
		{"over a custom byte limit", photo, media.Limits{MaxBytes: 100}, warta.ETOOLARGE, "error.media_too_large"},
		{"SVG with script", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`),
			media.DefaultLimits, warta.EINVALID, "error.media_type"},
		{"bare SVG", []byte(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`), media.DefaultLimits, warta.EINVALID, "error.media_type"},
		{"HTML", []byte("<!doctype html><html><body><script>alert(1)</script></body></html>"),
			media.DefaultLimits, warta.EINVALID, "error.media_type"},
		{"PDF", []byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"), media.DefaultLimits, warta.EINVALID, "error.media_type"},
		{"text", []byte("Berita hari ini: harga cabai naik.\n"), media.DefaultLimits, warta.EINVALID, "error.media_type"},
		{"RIFF that is not WebP", append([]byte("RIFF\x24\x00\x00\x00WAVEfmt "), make([]byte, 32)...),
			media.DefaultLimits, warta.EINVALID, "error.media_type"},
		{"animated WebP", animatedWebPHeader(), media.DefaultLimits, warta.EINVALID, "error.media_type"},
		{"WebP header then garbage", append([]byte("RIFF\x40\x00\x00\x00WEBPVP8 \x30\x00\x00\x00"), make([]byte, 48)...),
			media.DefaultLimits, warta.EINVALID, "error.media_corrupt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := media.Process(bytes.NewReader(tc.data), tc.lim)
			assertError(t, p, err, tc.code, tc.key)
		})
	}
}

func TestProcessHugePNGHeaderIsCheap(t *testing.T) {
	data := hugePNG(30000, 30000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	p, err := media.Process(bytes.NewReader(data), media.DefaultLimits)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	assertError(t, p, err, warta.ETOOLARGE, "error.media_too_many_pixels")

	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 50<<20 {
		t.Errorf("refusing the header allocated %d bytes; want under 50 MB", allocated)
	}
	if elapsed > time.Second {
		t.Errorf("refusing the header took %v", elapsed)
	}
	allocs := testing.AllocsPerRun(10, func() {
		_, _ = media.Process(bytes.NewReader(data), media.DefaultLimits)
	})
	if allocs > 100 {
		t.Errorf("refusing the header made %.0f allocations; want few", allocs)
	}
}

func TestProcessStopsReadingAtTheLimit(t *testing.T) {
	// 100 MB made on demand, so the test itself holds none of it.
	r := &countingReader{r: io.LimitReader(repeatReader{0xFF, 0xD8, 0xFF}, 100<<20)}
	p, err := media.Process(r, media.DefaultLimits)
	assertError(t, p, err, warta.ETOOLARGE, "error.media_too_large")
	if want := media.DefaultLimits.MaxBytes + 1; r.n != want {
		t.Errorf("read %d bytes; want %d", r.n, want)
	}
	var we *warta.Error
	if errors.As(err, &we) && (len(we.Args) != 1 || we.Args[0] != int64(20)) {
		t.Errorf("Args = %v; want [20] (MiB)", we.Args)
	}
}

func TestProcessReadError(t *testing.T) {
	boom := errors.New("connection reset")
	_, err := media.Process(io.MultiReader(bytes.NewReader([]byte{0xFF, 0xD8}), errReader{boom}), media.DefaultLimits)
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v; want the reader's error", err)
	}
	if code := warta.ErrorCode(err); code != warta.EINTERNAL {
		t.Errorf("code = %q; want %q", code, warta.EINTERNAL)
	}
}

func TestProcessOrientation(t *testing.T) {
	// A 40×20 picture with a red block at its stored top-left and a green
	// one at its stored top-right. For each EXIF orientation the table says
	// at which displayed corner each block must end up.
	const w, h = 40, 20
	tests := []struct {
		orient     uint16
		bigEndian  bool
		red, green corner
	}{
		{1, false, topLeft, topRight},
		{2, false, topRight, topLeft},
		{3, false, bottomRight, bottomLeft},
		{4, true, bottomLeft, bottomRight},
		{5, false, topLeft, bottomLeft},
		{6, false, topRight, bottomRight},
		{6, true, topRight, bottomRight},
		{7, true, bottomRight, topRight},
		{8, false, bottomLeft, topLeft},
	}
	for _, tc := range tests {
		name := "little endian"
		if tc.bigEndian {
			name = "big endian"
		}
		t.Run(fmt.Sprintf("%d %s", tc.orient, name), func(t *testing.T) {
			m := image.NewRGBA(image.Rect(0, 0, w, h))
			fill(m, m.Rect, color.RGBA{0, 0, 255, 255})
			fill(m, image.Rect(0, 0, 8, 8), color.RGBA{255, 0, 0, 255})
			fill(m, image.Rect(w-8, 0, w, 8), color.RGBA{0, 255, 0, 255})
			data := mustJPEG(t, m, app1(exifTIFF(tc.bigEndian, tc.orient, false)))

			p := mustProcess(t, data)
			dw, dh := w, h
			if tc.orient >= 5 {
				dw, dh = h, w
			}
			if p.Width != dw || p.Height != dh {
				t.Fatalf("Processed is %d×%d; want %d×%d", p.Width, p.Height, dw, dh)
			}
			if len(p.Variants) != 2 {
				t.Fatalf("got %d variants; want 2 (JPEG and WebP at the image's own width)", len(p.Variants))
			}
			for _, v := range p.Variants {
				img := mustDecode(t, v)
				if b := img.Bounds(); b.Dx() != dw || b.Dy() != dh {
					t.Fatalf("%s variant is %v; want %d×%d", v.MimeType, b, dw, dh)
				}
				if c := at(img, tc.red, 3); !near(c, color.RGBA{255, 0, 0, 255}) {
					t.Errorf("%s: at the %s corner got %v; want red", v.MimeType, tc.red, c)
				}
				if c := at(img, tc.green, 3); !near(c, color.RGBA{0, 255, 0, 255}) {
					t.Errorf("%s: at the %s corner got %v; want green", v.MimeType, tc.green, c)
				}
			}
		})
	}
}

func TestProcessVariants(t *testing.T) {
	tests := []struct {
		name          string
		data          []byte
		mime, ext     string
		width, height int
		sizes         [][2]int
	}{
		{"2000x1000 JPEG", mustJPEG(t, photoImage(2000, 1000, 2)), "image/jpeg", ".jpg", 2000, 1000,
			[][2]int{{320, 160}, {640, 320}, {960, 480}, {1280, 640}, {1920, 960}}},
		{"500x300 PNG", mustPNG(t, photoImage(500, 300, 3)), "image/png", ".png", 500, 300,
			[][2]int{{320, 192}, {500, 300}}},
		{"1920 wide exactly", mustJPEG(t, photoImage(1920, 100, 4)), "image/jpeg", ".jpg", 1920, 100,
			[][2]int{{320, 17}, {640, 33}, {960, 50}, {1280, 67}, {1920, 100}}},
		{"narrower than every width", mustPNG(t, photoImage(7, 3, 5)), "image/png", ".png", 7, 3,
			[][2]int{{7, 3}}},
		{"WebP", mustWebP(t, photoImage(700, 350, 6)), "image/webp", ".webp", 700, 350,
			[][2]int{{320, 160}, {640, 320}, {700, 350}}},
		{"GIF", mustGIF(t, photoImage(400, 100, 7)), "image/gif", ".gif", 400, 100,
			[][2]int{{320, 80}, {400, 100}}},
		{"grey PNG", mustPNG(t, greyImage(330, 10)), "image/png", ".png", 330, 10,
			[][2]int{{320, 10}, {330, 10}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := mustProcess(t, tc.data)
			if p.MimeType != tc.mime || p.Ext != tc.ext {
				t.Errorf("type %s %s; want %s %s", p.MimeType, p.Ext, tc.mime, tc.ext)
			}
			if p.Width != tc.width || p.Height != tc.height {
				t.Errorf("size %d×%d; want %d×%d", p.Width, p.Height, tc.width, tc.height)
			}
			if !bytes.Equal(p.Original, tc.data) {
				t.Error("Original is not the uploaded bytes")
			}
			if len(p.Variants) != 2*len(tc.sizes) {
				t.Fatalf("got %d variants; want %d", len(p.Variants), 2*len(tc.sizes))
			}
			for i, v := range p.Variants {
				want := tc.sizes[i/2]
				wantMime := "image/jpeg"
				if i%2 == 1 {
					wantMime = "image/webp"
				}
				if v.MimeType != wantMime || v.Width != want[0] || v.Height != want[1] {
					t.Errorf("variant %d is %s %d×%d; want %s %d×%d", i, v.MimeType, v.Width, v.Height, wantMime, want[0], want[1])
				}
				img := mustDecode(t, v)
				if b := img.Bounds(); b.Dx() != want[0] || b.Dy() != want[1] {
					t.Errorf("variant %d decodes to %v; want %d×%d", i, b, want[0], want[1])
				}
			}
		})
	}
}

func TestProcessTooTallForWebP(t *testing.T) {
	// WebP holds at most 16383 pixels a side; such a variant is JPEG only.
	p := mustProcess(t, mustPNG(t, greyImage(8, 17000)))
	if len(p.Variants) != 1 || p.Variants[0].MimeType != "image/jpeg" || p.Variants[0].Height != 17000 {
		t.Fatalf("variants %+v; want one JPEG 8×17000", p.Variants)
	}
	mustDecode(t, p.Variants[0])
}

func TestProcessAlpha(t *testing.T) {
	// Left half transparent, right half opaque red.
	m := image.NewNRGBA(image.Rect(0, 0, 64, 32))
	fill(m, image.Rect(32, 0, 64, 32), color.NRGBA{255, 0, 0, 255})
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"PNG", mustPNG(t, m)},
		{"WebP", mustWebP(t, m)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := mustProcess(t, tc.data)
			for _, v := range p.Variants {
				img := mustDecode(t, v)
				left := color.NRGBAModel.Convert(img.At(8, 16)).(color.NRGBA)
				right := color.NRGBAModel.Convert(img.At(56, 16)).(color.NRGBA)
				switch v.MimeType {
				case "image/webp":
					if left.A > 8 {
						t.Errorf("WebP lost the transparency: %v", left)
					}
				case "image/jpeg":
					if !near(left, color.RGBA{255, 255, 255, 255}) {
						t.Errorf("JPEG transparent area is %v; want white", left)
					}
				}
				if !near(right, color.RGBA{255, 0, 0, 255}) {
					t.Errorf("%s opaque area is %v; want red", v.MimeType, right)
				}
			}
		})
	}
}

func TestProcessGIFFirstFrame(t *testing.T) {
	pal := color.Palette{color.RGBA{0, 0, 0, 0}, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}}
	// The first frame covers only the right half of the 40×20 canvas.
	first := image.NewPaletted(image.Rect(20, 0, 40, 20), pal)
	for i := range first.Pix {
		first.Pix[i] = 1
	}
	second := image.NewPaletted(image.Rect(0, 0, 40, 20), pal)
	for i := range second.Pix {
		second.Pix[i] = 2
	}
	var buf bytes.Buffer
	err := gif.EncodeAll(&buf, &gif.GIF{
		Image:  []*image.Paletted{first, second},
		Delay:  []int{10, 10},
		Config: image.Config{ColorModel: pal, Width: 40, Height: 20},
	})
	if err != nil {
		t.Fatal(err)
	}
	p := mustProcess(t, buf.Bytes())
	if p.Width != 40 || p.Height != 20 {
		t.Fatalf("size %d×%d; want the canvas, 40×20", p.Width, p.Height)
	}
	for _, v := range p.Variants {
		img := mustDecode(t, v)
		if c := img.At(30, 10); !near(c, color.RGBA{255, 0, 0, 255}) {
			t.Errorf("%s: first frame's pixel is %v; want red", v.MimeType, c)
		}
		// Outside the first frame the canvas is transparent (white in a
		// JPEG); the second frame's blue must not show.
		c := color.NRGBAModel.Convert(img.At(5, 10)).(color.NRGBA)
		if v.MimeType == "image/webp" && c.A > 8 || v.MimeType == "image/jpeg" && !near(c, color.White) {
			t.Errorf("%s: pixel outside the first frame is %v", v.MimeType, c)
		}
	}
}

func TestProcessStripsMetadata(t *testing.T) {
	tiff := exifTIFF(true, 6, true)
	xmp := append([]byte("http://ns.adobe.com/xap/1.0/\x00"), `<x:xmpmeta xmlns:x="adobe:ns:meta/">Narasumber: Budi</x:xmpmeta>`...)
	comment := []byte("Lokasi narasumber: Jl. Rahasia 7")
	icc := append([]byte("ICC_PROFILE\x00\x01\x01"), "desc: Kamera Redaksi 01"...)
	jpg := mustJPEG(t, photoImage(700, 500, 8), app1(tiff), segment(0xE1, xmp), segment(0xE2, icc), segment(0xFE, comment))

	p := mustProcess(t, jpg)
	if p.Width != 500 || p.Height != 700 {
		t.Errorf("size %d×%d; want 500×700 after orientation 6", p.Width, p.Height)
	}
	if !bytes.Contains(p.Original, gpsLatitude) {
		t.Fatal("fixture: the original should carry the GPS latitude")
	}
	// The same secrets in a PNG's text chunks.
	pngFile := withPNGChunks(mustPNG(t, photoImage(400, 300, 9)),
		pngChunk("tEXt", []byte("Comment\x00"+string(comment))),
		pngChunk("iTXt", append([]byte("XML:com.adobe.xmp\x00\x00\x00\x00\x00"), xmp[29:]...)),
		pngChunk("eXIf", tiff))
	pp := mustProcess(t, pngFile)
	if !bytes.Contains(pp.Original, comment) || !bytes.Contains(pp.Original, tiff) {
		t.Fatal("fixture: the PNG original should carry the comment and the EXIF")
	}

	forbidden := map[string][]byte{
		"Exif":           []byte("Exif"),
		"GPS latitude":   gpsLatitude,
		"APP1 payload":   tiff,
		"XMP":            []byte("xmpmeta"),
		"XMP namespace":  []byte("ns.adobe.com"),
		"ICC profile":    []byte("ICC_PROFILE"),
		"ICC text":       []byte("Kamera Redaksi"),
		"comment":        comment,
		"ImageDesc text": []byte(imageDescription),
	}
	for _, v := range append(p.Variants, pp.Variants...) {
		for what, b := range forbidden {
			if bytes.Contains(v.Data, b) {
				t.Errorf("%s %d×%d carries the %s", v.MimeType, v.Width, v.Height, what)
			}
		}
		if v.MimeType == "image/webp" {
			for _, chunk := range []string{"EXIF", "XMP ", "ICCP"} {
				if bytes.Contains(v.Data, []byte(chunk)) {
					t.Errorf("WebP %d×%d has a %q chunk", v.Width, v.Height, chunk)
				}
			}
		}
	}
}

func TestProcessHash(t *testing.T) {
	a := mustPNG(t, photoImage(30, 20, 9))
	pa1, pa2 := mustProcess(t, a), mustProcess(t, bytes.Clone(a))
	if pa1.Hash != pa2.Hash {
		t.Errorf("same bytes, different hashes: %s, %s", pa1.Hash, pa2.Hash)
	}
	sum := sha256.Sum256(a)
	if want := hex.EncodeToString(sum[:]); pa1.Hash != want {
		t.Errorf("Hash = %s; want the SHA-256 of the upload, %s", pa1.Hash, want)
	}
	other := mustProcess(t, mustPNG(t, photoImage(30, 20, 10)))
	if other.Hash == pa1.Hash {
		t.Error("different bytes, same hash")
	}
}

func FuzzProcess(f *testing.F) {
	photo := mustJPEG(f, photoImage(24, 16, 11))
	f.Add([]byte{})
	f.Add(photo)
	f.Add(photo[:len(photo)/2])
	f.Add(mustJPEG(f, photoImage(16, 24, 12), app1(exifTIFF(true, 6, true))))
	f.Add(mustJPEG(f, photoImage(16, 24, 12), app1(exifTIFF(false, 8, false))))
	f.Add(mustPNG(f, photoImage(20, 10, 13)))
	f.Add(mustGIF(f, photoImage(20, 10, 14)))
	f.Add(mustWebP(f, photoImage(20, 10, 15)))
	f.Add(hugePNG(30000, 30000))
	f.Add(animatedWebPHeader())
	f.Add([]byte("GIF89a\x10\x00\x10\x00<html><script>alert(1)</script></html>"))
	f.Add([]byte("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"))
	f.Add([]byte("<!doctype html><p>hi"))
	f.Add(append([]byte{0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x10}, "Exif\x00\x00MM\x00*\x00\x00\x00\x08"...))

	// Small limits keep each run fast; they do not change the code paths.
	lim := media.Limits{MaxBytes: 64 << 10, MaxPixels: 128 * 128}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := media.Process(bytes.NewReader(data), lim)
		if err != nil {
			switch code := warta.ErrorCode(err); code {
			case warta.EINVALID, warta.ETOOLARGE:
			default:
				t.Fatalf("error with code %q: %v", code, err)
			}
			return
		}
		if p.Width < 1 || p.Height < 1 || len(p.Variants) == 0 {
			t.Fatalf("Processed %d×%d with %d variants", p.Width, p.Height, len(p.Variants))
		}
		for _, v := range p.Variants {
			if v.Width < 1 || v.Width > p.Width || v.Height < 1 || len(v.Data) == 0 {
				t.Fatalf("variant %s %d×%d of %d bytes", v.MimeType, v.Width, v.Height, len(v.Data))
			}
		}
	})
}

func BenchmarkProcess(b *testing.B) {
	data := mustJPEG(b, photoImage(4000, 3000, 16))
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := media.Process(bytes.NewReader(data), media.DefaultLimits); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/12, "ns/megapixel")
}

// Fixtures and helpers.

func mustProcess(tb testing.TB, data []byte) *media.Processed {
	tb.Helper()
	p, err := media.Process(bytes.NewReader(data), media.DefaultLimits)
	if err != nil {
		tb.Fatalf("Process: %v", err)
	}
	return p
}

func assertError(tb testing.TB, p *media.Processed, err error, code, key string) {
	tb.Helper()
	if p != nil {
		tb.Errorf("got a result with the error %v", err)
	}
	var we *warta.Error
	if !errors.As(err, &we) {
		tb.Fatalf("err = %v; want a *warta.Error %s %s", err, code, key)
	}
	if we.Code != code || we.Key != key {
		tb.Errorf("err = %s %s; want %s %s", we.Code, we.Key, code, key)
	}
}

// photoImage is a smooth gradient with some noise, so that encoders and
// resizers work about as hard as on a photograph.
func photoImage(w, h int, seed uint64) *image.RGBA {
	rng := rand.New(rand.NewPCG(seed, 1))
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			n := rng.IntN(25) - 12
			i := m.PixOffset(x, y)
			m.Pix[i+0] = clamp(255*x/max(1, w-1) + n)
			m.Pix[i+1] = clamp(255*y/max(1, h-1) + n)
			m.Pix[i+2] = clamp(128 + 100*(x-y)/max(1, w+h) + n)
			m.Pix[i+3] = 255
		}
	}
	return m
}

func greyImage(w, h int) *image.Gray {
	m := image.NewGray(image.Rect(0, 0, w, h))
	for i := range m.Pix {
		m.Pix[i] = uint8(i)
	}
	return m
}

func clamp(v int) uint8 { return uint8(min(255, max(0, v))) }

func fill(m interface {
	Set(x, y int, c color.Color)
}, r image.Rectangle, c color.Color) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			m.Set(x, y, c)
		}
	}
}

// mustJPEG encodes m and inserts the given marker segments after SOI.
func mustJPEG(tb testing.TB, m image.Image, segments ...[]byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, m, &jpeg.Options{Quality: 90}); err != nil {
		tb.Fatal(err)
	}
	enc := buf.Bytes()
	out := append([]byte{}, enc[:2]...)
	for _, s := range segments {
		out = append(out, s...)
	}
	return append(out, enc[2:]...)
}

func mustPNG(tb testing.TB, m image.Image) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func mustGIF(tb testing.TB, m image.Image) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := gif.Encode(&buf, m, nil); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func mustWebP(tb testing.TB, m image.Image) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := genwebp.Encode(&buf, m, genwebp.Options{Quality: 90}); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// mustDecode decodes a variant with the standard decoders, or x/image/webp.
func mustDecode(tb testing.TB, v media.Variant) image.Image {
	tb.Helper()
	var img image.Image
	var err error
	switch v.MimeType {
	case "image/jpeg":
		img, err = jpeg.Decode(bytes.NewReader(v.Data))
	case "image/webp":
		img, err = webp.Decode(bytes.NewReader(v.Data))
	default:
		tb.Fatalf("variant of type %q", v.MimeType)
	}
	if err != nil {
		tb.Fatalf("decode %s variant %d×%d: %v", v.MimeType, v.Width, v.Height, err)
	}
	return img
}

// segment is a JPEG marker segment.
func segment(marker byte, payload []byte) []byte {
	s := []byte{0xFF, marker, 0, 0}
	binary.BigEndian.PutUint16(s[2:], uint16(len(payload)+2))
	return append(s, payload...)
}

func app1(tiff []byte) []byte {
	return segment(0xE1, append([]byte("Exif\x00\x00"), tiff...))
}

// gpsLatitude is 6° 10′ 30″ as three RATIONALs, big-endian: the bytes a
// leak of the GPS IFD would show. exifTIFF writes them in either order, so
// the little-endian fixture is checked through the APP1 payload instead.
var gpsLatitude = []byte{0, 0, 0, 6, 0, 0, 0, 1, 0, 0, 0, 10, 0, 0, 0, 1, 0, 0, 0, 30, 0, 0, 0, 1}

const imageDescription = "Foto: Andi/Warta\x00"

// exifTIFF builds the TIFF payload of an Exif segment: IFD0 with an
// ImageDescription, the orientation and (if gps) a pointer to a GPS IFD
// holding GPSLatitudeRef and GPSLatitude.
func exifTIFF(bigEndian bool, orient uint16, gps bool) []byte {
	var bo binary.AppendByteOrder = binary.LittleEndian
	t := []byte("II*\x00")
	if bigEndian {
		bo = binary.BigEndian
		t = []byte("MM\x00*")
	}
	t = bo.AppendUint32(t, 8)

	type entry struct {
		tag, typ uint16
		count    uint32
		value    []byte // inline if at most 4 bytes, else stored after the IFDs
	}
	short := bo.AppendUint16(nil, orient)
	ifd0 := []entry{
		{0x010E, 2, uint32(len(imageDescription)), []byte(imageDescription)},
		{0x0112, 3, 1, append(short, 0, 0)},
	}
	var gpsIFD []entry
	if gps {
		ifd0 = append(ifd0, entry{0x8825, 4, 1, nil}) // value filled in below
		var lat []byte
		for _, v := range []uint32{6, 1, 10, 1, 30, 1} {
			lat = bo.AppendUint32(lat, v)
		}
		gpsIFD = []entry{
			{0x0001, 2, 2, []byte("S\x00\x00\x00")},
			{0x0002, 5, 3, lat},
		}
	}
	ifdLen := func(es []entry) int { return 2 + 12*len(es) + 4 }
	extraLen := func(es []entry) int {
		n := 0
		for _, e := range es {
			if len(e.value) > 4 {
				n += len(e.value)
			}
		}
		return n
	}
	gpsOff := 8 + ifdLen(ifd0) + extraLen(ifd0)
	write := func(t []byte, es []entry, start int) []byte {
		extra := start + ifdLen(es)
		var tail []byte
		t = bo.AppendUint16(t, uint16(len(es)))
		for _, e := range es {
			t = bo.AppendUint16(t, e.tag)
			t = bo.AppendUint16(t, e.typ)
			t = bo.AppendUint32(t, e.count)
			switch {
			case e.tag == 0x8825:
				t = bo.AppendUint32(t, uint32(gpsOff))
			case len(e.value) > 4:
				t = bo.AppendUint32(t, uint32(extra+len(tail)))
				tail = append(tail, e.value...)
			default:
				t = append(t, e.value...)
			}
		}
		t = bo.AppendUint32(t, 0) // no next IFD
		return append(t, tail...)
	}
	t = write(t, ifd0, 8)
	if gps {
		t = write(t, gpsIFD, gpsOff)
	}
	return t
}

// pngChunk is a PNG chunk with its CRC.
func pngChunk(typ string, data []byte) []byte {
	c := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	c = append(c, typ...)
	c = append(c, data...)
	return binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(c[4:]))
}

// withPNGChunks inserts chunks after the IHDR of a PNG file.
func withPNGChunks(file []byte, chunks ...[]byte) []byte {
	const afterIHDR = 8 + 4 + 4 + 13 + 4
	out := bytes.Clone(file[:afterIHDR])
	for _, c := range chunks {
		out = append(out, c...)
	}
	return append(out, file[afterIHDR:]...)
}

// hugePNG is a PNG signature, an IHDR declaring w×h RGBA with a valid CRC,
// a token IDAT and IEND: enough for a decoder to believe the header.
func hugePNG(w, h uint32) []byte {
	ihdr := binary.BigEndian.AppendUint32(nil, w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	ihdr = append(ihdr, 8, 6, 0, 0, 0) // 8-bit RGBA, deflate, no filter method, not interlaced
	b := []byte("\x89PNG\r\n\x1a\n")
	b = append(b, pngChunk("IHDR", ihdr)...)
	b = append(b, pngChunk("IDAT", []byte{0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})...)
	return append(b, pngChunk("IEND", nil)...)
}

// animatedWebPHeader is the start of an extended WebP whose VP8X chunk
// sets the animation flag.
func animatedWebPHeader() []byte {
	b := []byte("RIFF\x00\x00\x00\x00WEBPVP8X\x0A\x00\x00\x00")
	b = append(b, 0x02, 0, 0, 0)    // flags: animation
	b = append(b, 9, 0, 0, 9, 0, 0) // canvas 10×10
	b = append(b, "ANIM\x06\x00\x00\x00\xFF\xFF\xFF\xFF\x00\x00"...)
	binary.LittleEndian.PutUint32(b[4:], uint32(len(b)-8))
	return b
}

type corner int

const (
	topLeft corner = iota
	topRight
	bottomLeft
	bottomRight
)

func (c corner) String() string {
	return [...]string{"top-left", "top-right", "bottom-left", "bottom-right"}[c]
}

// at is the colour inset pixels in from corner c.
func at(img image.Image, c corner, inset int) color.Color {
	b := img.Bounds()
	x, y := b.Min.X+inset, b.Min.Y+inset
	if c == topRight || c == bottomRight {
		x = b.Max.X - 1 - inset
	}
	if c == bottomLeft || c == bottomRight {
		y = b.Max.Y - 1 - inset
	}
	return img.At(x, y)
}

// near reports whether two colours are alike after lossy compression.
func near(a, b color.Color) bool {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	d := func(x, y uint32) bool { return max(x, y)-min(x, y) <= 0x3000 }
	return d(ar, br) && d(ag, bg) && d(ab, bb)
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// repeatReader yields its bytes over and over, forever.
type repeatReader []byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r[i%len(r)]
	}
	return len(p), nil
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
