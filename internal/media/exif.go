package media

import "encoding/binary"

// Orientation values of EXIF tag 0x0112. Values 5 to 8 swap width and height.
const (
	orientNormal     = 1 // as stored
	orientFlipH      = 2 // mirrored left to right
	orientRotate180  = 3
	orientFlipV      = 4 // mirrored top to bottom
	orientTranspose  = 5 // mirrored along the top-left to bottom-right diagonal
	orientRotate90   = 6 // needs turning 90° clockwise to display
	orientTransverse = 7 // mirrored along the top-right to bottom-left diagonal
	orientRotate270  = 8 // needs turning 90° anticlockwise to display
)

// jpegOrientation returns the EXIF orientation (1–8) of a JPEG file, or 1
// when there is none or the metadata is malformed. It reads only the marker
// segments before the first scan and never trusts an offset or a length it
// has not checked against the bytes it was given.
func jpegOrientation(b []byte) int {
	if len(b) < 4 || b[0] != 0xFF || b[1] != 0xD8 {
		return orientNormal
	}
	i := 2
	for i+4 <= len(b) {
		if b[i] != 0xFF {
			return orientNormal
		}
		marker := b[i+1]
		switch {
		case marker == 0xFF: // fill byte before a marker
			i++
			continue
		case marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7): // no length
			i += 2
			continue
		case marker == 0xD9 || marker == 0xDA: // end of image, start of scan
			return orientNormal
		}
		n := int(binary.BigEndian.Uint16(b[i+2:])) // includes its own two bytes
		if n < 2 || i+2+n > len(b) {
			return orientNormal
		}
		seg := b[i+4 : i+2+n]
		if marker == 0xE1 && len(seg) >= 6 && string(seg[:6]) == "Exif\x00\x00" {
			// Only the first Exif segment counts, as in browsers.
			return tiffOrientation(seg[6:])
		}
		i += 2 + n
	}
	return orientNormal
}

// tiffOrientation reads the orientation tag from IFD0 of a TIFF structure
// (the payload of an Exif segment), or returns 1.
func tiffOrientation(t []byte) int {
	if len(t) < 8 {
		return orientNormal
	}
	var bo binary.ByteOrder
	switch string(t[:4]) {
	case "II*\x00":
		bo = binary.LittleEndian
	case "MM\x00*":
		bo = binary.BigEndian
	default:
		return orientNormal
	}
	// Offsets are uint32; compare in uint64 so nothing wraps on 32-bit.
	off := uint64(bo.Uint32(t[4:]))
	if off < 8 || off+2 > uint64(len(t)) {
		return orientNormal
	}
	count := uint64(bo.Uint16(t[off:]))
	entries := off + 2
	for k := uint64(0); k < count; k++ {
		e := entries + 12*k
		if e+12 > uint64(len(t)) {
			return orientNormal
		}
		if bo.Uint16(t[e:]) != 0x0112 {
			continue
		}
		typ, n := bo.Uint16(t[e+2:]), bo.Uint32(t[e+4:])
		if n < 1 {
			return orientNormal
		}
		var v uint32
		switch typ {
		case 3: // SHORT, as the standard says
			v = uint32(bo.Uint16(t[e+8:]))
		case 4: // LONG, written by a few tools
			v = bo.Uint32(t[e+8:])
		default:
			return orientNormal
		}
		if v < 1 || v > 8 {
			return orientNormal
		}
		return int(v)
	}
	return orientNormal
}
