package media

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"net/http"

	"golang.org/x/image/webp"

	"warta"
)

// Limits bound what an upload may be. A zero field takes its value from
// DefaultLimits.
type Limits struct {
	MaxBytes  int64 // default 20 MiB
	MaxPixels int   // default 50 megapixels (width*height), checked from the header before decoding pixels
}

// DefaultLimits are the limits for uploads from the newsroom.
var DefaultLimits = Limits{MaxBytes: 20 << 20, MaxPixels: 50_000_000}

// Widths are the variant widths made when the image is wider.
var Widths = []int{320, 640, 960, 1280, 1920}

// maxSide bounds each side whatever MaxPixels says, so that a long thin
// image cannot pass the pixel count and still defeat the resizer.
const maxSide = 20000

// Processed is an upload that has been checked, decoded and turned into
// the variants that are served.
type Processed struct {
	Hash     string // hex SHA-256 of the uploaded bytes (for de-duplication)
	MimeType string // of the original, by content: image/jpeg, image/png, image/webp or image/gif
	Ext      string // ".jpg", ".png", ".webp", ".gif"
	Width    int    // after EXIF orientation is applied
	Height   int
	Original []byte // the bytes as uploaded: kept privately, never served
	Variants []Variant

	servable []byte // the upload as its own widest JPEG, when fit (servableJPEG)
}

// Variant is one served rendition of an upload.
type Variant struct {
	Width, Height int
	MimeType      string // image/jpeg or image/webp
	// Data is encoded fresh from pixels, or for the widest JPEG of a
	// web-ready JPEG upload is the upload itself without its metadata
	// segments (servableJPEG): either way it carries no EXIF, XMP, ICC
	// profile, comment or other metadata.
	Data []byte
}

// format is an accepted upload type.
type format struct {
	mime, ext    string
	decode       func(io.Reader) (image.Image, error)
	decodeConfig func(io.Reader) (image.Config, error)
}

// Each decoder is named rather than found through image.Decode: two
// packages in the build register "webp", and which one image.Decode
// picks would depend on init order.
var (
	formatJPEG = format{"image/jpeg", ".jpg", jpeg.Decode, jpeg.DecodeConfig}
	formatPNG  = format{"image/png", ".png", png.Decode, png.DecodeConfig}
	formatGIF  = format{"image/gif", ".gif", gif.Decode, gif.DecodeConfig} // gif.Decode stops at the first frame
	formatWebP = format{"image/webp", ".webp", webp.Decode, webp.DecodeConfig}
)

// Process checks an upload and makes its variants: one size for each of
// Widths below the image's width, plus the image's own width if that is not
// over the largest; narrowest first, a JPEG then a WebP of each size. A
// size over 16383 pixels tall, more than WebP can hold, comes as JPEG only.
// Process reads at most lim.MaxBytes+1 bytes from r. Errors:
//   - too_large "error.media_too_large" when r holds more than MaxBytes,
//   - too_large "error.media_too_many_pixels" when the header declares more
//     than MaxPixels, a side over 20000 pixels, or an empty image,
//   - invalid "error.media_empty" for no bytes at all,
//   - invalid "error.media_type" when the content is not JPEG, PNG, WebP or
//     GIF (whatever the file was called), or is an animated WebP,
//   - invalid "error.media_corrupt" when it does not decode as its type.
//
// Any other error (from r, or from an encoder) is internal.
func Process(r io.Reader, lim Limits) (*Processed, error) {
	p, img, orient, err := check(r, lim)
	if err != nil {
		return nil, err
	}
	if p.Variants, err = makeVariants(img, orient, p.Width, p.Height, AllKinds, p.servable); err != nil {
		return nil, err
	}
	return p, nil
}

// Check does what Process does except make the variants: it reads,
// sniffs, bounds and decodes the upload, with the same errors, so that an
// upload can be accepted or refused at once and its variants made later
// by Process on the stored original.
func Check(r io.Reader, lim Limits) (*Processed, error) {
	p, _, _, err := check(r, lim)
	return p, err
}

// LargestWidth is the width of the widest variant Process makes for an
// image w pixels wide.
func LargestWidth(w int) int {
	ws := variantWidths(w)
	return ws[len(ws)-1]
}

func check(r io.Reader, lim Limits) (*Processed, image.Image, int, error) {
	h, err := readHeader(r, lim)
	if err != nil {
		return nil, nil, 0, err
	}
	return h.decode()
}

// header is an upload read and bounded, its pixels not yet decoded.
type header struct {
	data []byte
	f    format
	cfg  image.Config
}

// readHeader reads an upload and checks what can be checked without
// decoding its pixels: its size, its type and the dimensions it declares.
func readHeader(r io.Reader, lim Limits) (*header, error) {
	if lim.MaxBytes <= 0 {
		lim.MaxBytes = DefaultLimits.MaxBytes
	}
	if lim.MaxPixels <= 0 {
		lim.MaxPixels = DefaultLimits.MaxPixels
	}

	data, err := io.ReadAll(io.LimitReader(r, lim.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read upload: %w", err)
	}
	if int64(len(data)) > lim.MaxBytes {
		mib := (lim.MaxBytes + 1<<20 - 1) >> 20
		return nil, &warta.Error{
			Code: warta.ETOOLARGE, Key: "error.media_too_large", Args: []any{mib},
			Message: fmt.Sprintf("upload is larger than %d MiB", mib),
		}
	}
	if len(data) == 0 {
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.media_empty", Message: "upload is empty"}
	}
	data = data[:len(data):len(data)]

	f, ok := sniff(data)
	if !ok {
		return nil, &warta.Error{Code: warta.EINVALID, Key: "error.media_type", Message: "upload is not a JPEG, PNG, WebP or GIF image"}
	}

	cfg, err := f.decodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, errCorrupt(f)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > maxSide || cfg.Height > maxSide ||
		cfg.Width*cfg.Height > lim.MaxPixels {
		return nil, &warta.Error{
			Code: warta.ETOOLARGE, Key: "error.media_too_many_pixels", Args: []any{lim.MaxPixels / 1_000_000},
			Message: fmt.Sprintf("image of %d×%d pixels is over the limit", cfg.Width, cfg.Height),
		}
	}
	return &header{data: data, f: f, cfg: cfg}, nil
}

// decode decodes the pixels of a checked upload.
func (h *header) decode() (*Processed, image.Image, int, error) {
	f, cfg, data := h.f, h.cfg, h.data
	img, err := decode(f, data)
	if err != nil {
		return nil, nil, 0, errCorrupt(f)
	}
	// A GIF's first frame may cover only part of its canvas.
	if b := img.Bounds(); b.Min != (image.Point{}) || b.Dx() != cfg.Width || b.Dy() != cfg.Height {
		img = onCanvas(img, cfg.Width, cfg.Height)
	}

	orient := orientNormal
	if f.mime == formatJPEG.mime {
		orient = jpegOrientation(data)
	}
	w, ht := cfg.Width, cfg.Height
	if orient >= orientTranspose {
		w, ht = ht, w
	}

	sum := sha256.Sum256(data)
	p := &Processed{
		Hash:     hex.EncodeToString(sum[:]),
		MimeType: f.mime,
		Ext:      f.ext,
		Width:    w,
		Height:   ht,
		Original: data,
	}
	if f.mime == formatJPEG.mime {
		p.servable, _ = servableJPEG(data, cfg, orient)
	}
	return p, img, orient, nil
}

// sniff recognises the type from the content alone.
func sniff(b []byte) (format, bool) {
	// http.DetectContentType knows the JPEG, PNG and GIF signatures
	// exactly; for WebP it checks less than the whole RIFF header.
	switch http.DetectContentType(b) {
	case "image/jpeg":
		return formatJPEG, true
	case "image/png":
		return formatPNG, true
	case "image/gif":
		return formatGIF, true
	case "image/webp":
		if isWebP(b) && !webpAnimated(b) {
			return formatWebP, true
		}
	}
	return format{}, false
}

// isWebP reports whether b starts with a RIFF header of form WEBP.
func isWebP(b []byte) bool {
	return len(b) >= 16 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP"
}

// webpAnimated reports whether an extended WebP says it is animated. The
// WebP decoder reads still images only, so such a file is refused as a type
// rather than reported as corrupt.
func webpAnimated(b []byte) bool {
	// "VP8X", a 4-byte size, then a flags byte whose bit 1 is animation.
	return len(b) >= 21 && string(b[12:16]) == "VP8X" && b[20]&0x02 != 0
}

// decode decodes all pixels. The decoders are meant never to panic, but
// they face hostile bytes, so a panic is reported as a corrupt file rather
// than taking the server down.
func decode(f format, data []byte) (img image.Image, err error) {
	defer func() {
		if p := recover(); p != nil {
			img, err = nil, fmt.Errorf("decode %s: panic: %v", f.mime, p)
		}
	}()
	return f.decode(bytes.NewReader(data))
}

func errCorrupt(f format) error {
	return &warta.Error{
		Code: warta.EINVALID, Key: "error.media_corrupt",
		Message: fmt.Sprintf("upload is not a valid %s image", f.mime),
	}
}
