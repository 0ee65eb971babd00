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

// Kinds selects the variant types to make.
type Kinds int

// Variant types, and Widest to make only the widest size of them (a
// picture that must be shown at once, its other sizes made later).
const (
	JPEG Kinds = 1 << iota
	WebP
	Widest
	AllKinds = JPEG | WebP
)

// makeVariants resizes img for each width and encodes each size as JPEG
// and WebP (those of kinds), in parallel. w and h are the displayed size,
// after orient.
//
// servable, when not nil, is the upload itself fit to be the widest JPEG
// as it is (servableJPEG): that size is then not encoded again.
func makeVariants(img image.Image, orient, w, h int, kinds Kinds, servable []byte) ([]Variant, error) {
	src := resizable(img)
	opaque := isOpaque(src)

	// The widest variant is made from the decoded image and the others from
	// it: each resize then reads a couple of megapixels rather than the
	// whole upload again, which is most of the saving on a large photo.
	widths := variantWidths(w)
	if kinds&Widest != 0 {
		widths = widths[len(widths)-1:]
	}
	last := len(widths) - 1
	scaled := make([]func() *image.RGBA, len(widths))
	workers := min(runtime.GOMAXPROCS(0), maxWorkers)
	// Every job waits for the widest, so it gets all the workers.
	largest := sync.OnceValue(func() *image.RGBA {
		return scale(src, orient, widths[last], heightFor(widths[last], w, h), workers)
	})
	scaled[last] = sync.OnceValue(func() *image.RGBA { return orientRGBA(largest(), orient) })
	for i, vw := range widths[:last] {
		scaled[i] = sync.OnceValue(func() *image.RGBA {
			return orientRGBA(scale(largest(), orient, vw, heightFor(vw, w, h), 1), orient)
		})
	}

	// Variant 2i is the JPEG and 2i+1 the WebP of widths[i]. Workers take
	// the largest, slowest jobs first so that a small one finishes last.
	out := make([]Variant, 2*len(widths))
	errs := make([]error, len(out))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, len(out)) {
		wg.Go(func() {
			for {
				k := int(next.Add(1)) - 1
				if k >= len(out) {
					return
				}
				j := len(out) - 1 - k // WebP before JPEG, widest first
				isWebP := j%2 == 1
				switch {
				case !isWebP && j/2 == last && servable != nil && kinds&JPEG != 0:
					out[j] = Variant{Width: w, Height: h, MimeType: "image/jpeg", Data: servable}
				case isWebP && kinds&WebP != 0 || !isWebP && kinds&JPEG != 0:
					out[j], errs[j] = encodeVariant(scaled[j/2], isWebP, opaque)
				}
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

// heightFor is the height in proportion to w×h at width vw, rounded.
func heightFor(vw, w, h int) int {
	return max(1, (vw*h+w/2)/w)
}

// scale resizes src, which is stored as orient says, to the size that will
// be w×h once turned upright, using up to par goroutines. The result is
// not turned.
func scale(src image.Image, orient, w, h, par int) *image.RGBA {
	if orient >= orientTranspose {
		w, h = h, w
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	resize(dst, src, par)
	return dst
}

// bandBytes bounds the scaler's scratch buffer for one band. Given the
// whole picture at once, x/image/draw keeps dst-width × src-height pixels
// of float64 RGBA: 184 MB for a 12-megapixel photo at 1920 wide.
const bandBytes = 2 << 20

// resize scales all of src into dst with Catmull-Rom. The kernel is
// separable, so it runs as two one-dimensional passes, each on bands
// that do not depend on one another: rows across, then columns down. The
// result is what one two-dimensional call would give, but the scratch
// memory stays small, the bands can run in parallel, and the column pass
// reads a scratch buffer that fits in cache.
func resize(dst *image.RGBA, src image.Image, par int) {
	sb := src.Bounds()
	sw, sh := sb.Dx(), sb.Dy()
	dw, dh := dst.Rect.Dx(), dst.Rect.Dy()
	if sw == dw && sh == dh {
		draw.Draw(dst, dst.Rect, src, sb.Min, draw.Src)
		return
	}
	mid := dst
	if sh != dh {
		mid = image.NewRGBA(image.Rect(0, 0, dw, sh))
	}
	if sw != dw || mid != dst {
		// Across: each band of rows keeps its height.
		rows := max(1, bandBytes/(32*dw))
		bands(sh, rows, par, draw.CatmullRom.NewScaler(dw, rows, sw, rows), func(z draw.Scaler, y0, y1 int) {
			z.Scale(mid, image.Rect(0, y0, dw, y1),
				src, image.Rect(sb.Min.X, sb.Min.Y+y0, sb.Max.X, sb.Min.Y+y1), draw.Src, nil)
		})
	}
	if mid != dst {
		// Down: each band of columns keeps its width.
		cols := max(1, bandBytes/(32*sh))
		bands(dw, cols, par, draw.CatmullRom.NewScaler(cols, dh, cols, sh), func(z draw.Scaler, x0, x1 int) {
			z.Scale(dst, image.Rect(x0, 0, x1, dh), mid, image.Rect(x0, 0, x1, sh), draw.Src, nil)
		})
	}
}

// bands calls f for [0, size) cut into pieces of n, on up to par
// goroutines. z is a scaler made for a whole piece: it keeps its weights
// and pools its scratch buffer across calls, and a shorter last piece
// falls back to a fresh one inside x/image/draw.
func bands(size, n, par int, z draw.Scaler, f func(z draw.Scaler, lo, hi int)) {
	count := (size + n - 1) / n
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(par, count) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= count {
					return
				}
				f(z, i*n, min(size, (i+1)*n))
			}
		})
	}
	wg.Wait()
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
