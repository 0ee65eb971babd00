package media

import (
	"encoding/binary"
	"image"
	"image/color"
)

// maxReuseBytesPerPixel bounds the JPEG an upload may be for it to be
// served as its own widest size: our encoder at jpegQuality gives photos
// about 0.1–0.3 bytes a pixel, and a camera's or an editor's "maximum
// quality" gives 0.6 and more, which is made again at ours instead.
const maxReuseBytesPerPixel = 0.4

// servableJPEG returns the upload as its widest JPEG variant, when it can
// be served as it came rather than decoded and encoded again at the same
// size: a baseline or progressive JPEG in YCbCr or grey (not CMYK, which
// browsers show badly), upright (no EXIF turn to apply), no wider than the
// widest variant and no heavier than maxReuseBytesPerPixel. The copy keeps
// only what decoding needs: the JFIF and Adobe segments, the tables and
// the frame; EXIF, XMP, ICC profiles, comments and every other
// application segment are left out, as from a variant made from pixels.
// It reports false for anything else, or for a structure it does not
// follow to the start of the scan.
func servableJPEG(data []byte, cfg image.Config, orient int) ([]byte, bool) {
	if orient != orientNormal || cfg.Width > Widths[len(Widths)-1] {
		return nil, false
	}
	if cfg.ColorModel != color.YCbCrModel && cfg.ColorModel != color.GrayModel {
		return nil, false
	}
	if float64(len(data)) > maxReuseBytesPerPixel*float64(cfg.Width)*float64(cfg.Height) {
		return nil, false
	}
	if len(data) < 4 || data[0] != 0xFF || data[1] != 0xD8 {
		return nil, false
	}
	out := make([]byte, 0, len(data))
	out = append(out, 0xFF, 0xD8)
	for i := 2; i+4 <= len(data); {
		if data[i] != 0xFF {
			return nil, false
		}
		marker := data[i+1]
		if marker == 0xFF { // fill byte before a marker
			i++
			continue
		}
		if marker == 0x01 || marker >= 0xD0 && marker <= 0xD9 { // no length: not expected before the scan
			return nil, false
		}
		n := int(binary.BigEndian.Uint16(data[i+2:])) // includes its own two bytes
		if n < 2 || i+2+n > len(data) {
			return nil, false
		}
		if marker == 0xDA { // start of scan: the rest is the picture itself
			return append(out, data[i:]...), true
		}
		if keepSegment(marker) {
			out = append(out, data[i:i+2+n]...)
		}
		i += 2 + n
	}
	return nil, false
}

// keepSegment reports whether a segment before the scan is needed to
// decode and show the picture: APP0 (JFIF), APP14 (Adobe: the colour
// transform), and the frame, tables and restart interval.
func keepSegment(marker byte) bool {
	switch {
	case marker == 0xE0, marker == 0xEE:
		return true
	case marker >= 0xE1 && marker <= 0xEF, marker == 0xFE: // other APPn, COM
		return false
	default: // SOFn, DHT, DAC, DQT, DRI, DNL, DHP, EXP
		return true
	}
}
