package media

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/gen2brain/webp"
	"golang.org/x/image/draw"
)

// Encoder settings for the served variants.
const (
	jpegQuality = 82
	webpQuality = 78
	maxWorkers  = 4 // WebP encoding is the cost; more would only crowd the server

	// webpMaxSide is the largest side the WebP format can hold. A variant
	// taller than that (a very long infographic) is served as JPEG only.
	webpMaxSide = 16383
)

// variantWidths lists the widths to make for an image w pixels wide: each
// of Widths below w, and w itself unless it is over the largest.
func variantWidths(w int) []int {
	var ws []int
	for _, vw := range Widths {
		if vw < w {
			ws = append(ws, vw)
		}
	}
	if w <= Widths[len(Widths)-1] {
		ws = append(ws, w)
	}
	return ws
}

// makeVariants resizes img for each width and encodes each size as JPEG
// and WebP, in parallel. w and h are the displayed size, after orient.
func makeVariants(img image.Image, orient, w, h int) ([]Variant, error) {
	src := resizable(img)
	opaque := isOpaque(src)

	widths := variantWidths(w)
	scaled := make([]func() *image.RGBA, len(widths))
	for i, vw := range widths {
		vh := max(1, (vw*h+w/2)/w)
		scaled[i] = sync.OnceValue(func() *image.RGBA { return scale(src, orient, vw, vh) })
	}

	// Variant 2i is the JPEG and 2i+1 the WebP of widths[i]. Workers take
	// the largest, slowest jobs first so that a small one finishes last.
	out := make([]Variant, 2*len(widths))
	errs := make([]error, len(out))
	var next atomic.Int64
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), maxWorkers, len(out))
	for range workers {
		wg.Go(func() {
			for {
				k := int(next.Add(1)) - 1
				if k >= len(out) {
					return
				}
				j := len(out) - 1 - k // WebP before JPEG, widest first
				out[j], errs[j] = encodeVariant(scaled[j/2], j%2 == 1, opaque)
			}
		})
	}
	wg.Wait()
	variants := out[:0]
	for i, err := range errs {
		if err != nil {
			return nil, err
		}
		if out[i].Data != nil {
			variants = append(variants, out[i])
		}
	}
	return variants, nil
}

// encodeVariant encodes one variant. It recovers from a panic in an
// encoder, since a panic in a worker goroutine would end the process.
func encodeVariant(scaled func() *image.RGBA, isWebP, opaque bool) (v Variant, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("encode variant: panic: %v", p)
		}
	}()
	m := scaled()
	v.Width, v.Height = m.Rect.Dx(), m.Rect.Dy()
	var buf bytes.Buffer
	if isWebP {
		if v.Width > webpMaxSide || v.Height > webpMaxSide {
			return Variant{}, nil
		}
		v.MimeType = "image/webp"
		var pic image.Image = m
		if !opaque {
			pic = unpremultiply(m) // the WebP encoder reads straight alpha
		}
		err = webp.Encode(&buf, pic, webp.Options{Quality: webpQuality})
	} else {
		v.MimeType = "image/jpeg"
		if !opaque {
			m = onWhite(m)
		}
		err = jpeg.Encode(&buf, m, &jpeg.Options{Quality: jpegQuality})
	}
	if err != nil {
		return Variant{}, fmt.Errorf("encode %s %dx%d: %w", v.MimeType, v.Width, v.Height, err)
	}
	v.Data = buf.Bytes()
	return v, nil
}

// resizable returns img as a type that x/image/draw scales without going
// through the image.Image interface for every pixel, converting it if need
// be. Scaling reads each source pixel several times, so one conversion up
// front is cheaper than a slow path in each of up to five resizes.
func resizable(img image.Image) image.Image {
	switch m := img.(type) {
	case *image.RGBA, *image.NRGBA, *image.Gray:
		return img
	case *image.YCbCr:
		switch m.SubsampleRatio {
		case image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
			image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440:
			return img
		}
	}
	b := img.Bounds()
	dst := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(dst, dst.Rect, img, b.Min, draw.Src)
	return dst
}

// onCanvas places img on a transparent w×h canvas at its own offset.
func onCanvas(img image.Image, w, h int) *image.RGBA {
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(dst, img.Bounds(), img, img.Bounds().Min, draw.Src)
	return dst
}

func isOpaque(img image.Image) bool {
	o, ok := img.(interface{ Opaque() bool })
	return ok && o.Opaque()
}

// scale resizes src so that, once turned by orient, it is w×h.
func scale(src image.Image, orient, w, h int) *image.RGBA {
	if orient >= orientTranspose {
		w, h = h, w
	}
	sb := src.Bounds()
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	if sb.Dx() == w && sb.Dy() == h {
		draw.Draw(dst, dst.Rect, src, sb.Min, draw.Src)
	} else {
		draw.CatmullRom.Scale(dst, dst.Rect, src, sb, draw.Src, nil)
	}
	return orientRGBA(dst, orient)
}

// orientRGBA returns m turned and mirrored as the EXIF orientation says,
// so that it displays upright. m must start at the origin.
func orientRGBA(m *image.RGBA, orient int) *image.RGBA {
	if orient <= orientNormal || orient > orientRotate270 {
		return m
	}
	sw, sh := m.Rect.Dx(), m.Rect.Dy()
	dw, dh := sw, sh
	if orient >= orientTranspose {
		dw, dh = sh, sw
	}
	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	for y := range dh {
		row := dst.Pix[y*dst.Stride : y*dst.Stride+4*dw]
		for x := range dw {
			// (sx, sy) is the stored pixel shown at (x, y).
			var sx, sy int
			switch orient {
			case orientFlipH:
				sx, sy = sw-1-x, y
			case orientRotate180:
				sx, sy = sw-1-x, sh-1-y
			case orientFlipV:
				sx, sy = x, sh-1-y
			case orientTranspose:
				sx, sy = y, x
			case orientRotate90:
				sx, sy = y, sh-1-x
			case orientTransverse:
				sx, sy = sw-1-y, sh-1-x
			case orientRotate270:
				sx, sy = sw-1-y, x
			}
			i := sy*m.Stride + 4*sx
			copy(row[4*x:4*x+4], m.Pix[i:i+4])
		}
	}
	return dst
}

// onWhite composites premultiplied m over opaque white, for JPEG.
func onWhite(m *image.RGBA) *image.RGBA {
	dst := image.NewRGBA(m.Rect)
	for i := 0; i+3 < len(m.Pix); i += 4 {
		// c + (1-a)·white in premultiplied terms; the scaler keeps c ≤ a,
		// and min guards the sum all the same.
		under := 255 - int(m.Pix[i+3])
		for c := range 3 {
			dst.Pix[i+c] = uint8(min(255, int(m.Pix[i+c])+under))
		}
		dst.Pix[i+3] = 255
	}
	return dst
}

// unpremultiply converts m to straight alpha.
func unpremultiply(m *image.RGBA) *image.NRGBA {
	dst := image.NewNRGBA(m.Rect)
	for i := 0; i+3 < len(m.Pix); i += 4 {
		a := uint32(m.Pix[i+3])
		dst.Pix[i+3] = uint8(a)
		if a == 0 {
			continue
		}
		for c := range 3 {
			dst.Pix[i+c] = uint8(min(255, (uint32(m.Pix[i+c])*255+a/2)/a))
		}
	}
	return dst
}
