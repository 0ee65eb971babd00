package media

import (
	"encoding/binary"
	"testing"
)

// exifJPEG is a JPEG start with one APP1 Exif segment holding tiff.
func exifJPEG(tiff []byte) []byte {
	payload := append([]byte("Exif\x00\x00"), tiff...)
	b := []byte{0xFF, 0xD8, 0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(b[4:], uint16(len(payload)+2))
	b = append(b, payload...)
	return append(b, 0xFF, 0xDA, 0, 2) // start of scan: the parser stops here
}

// ifd0 is a TIFF structure whose IFD0 holds the given 12-byte entries.
func ifd0(bo binary.AppendByteOrder, entries ...[]byte) []byte {
	t := []byte("II*\x00")
	if bo == binary.BigEndian {
		t = []byte("MM\x00*")
	}
	t = bo.AppendUint32(t, 8)
	t = bo.AppendUint16(t, uint16(len(entries)))
	for _, e := range entries {
		t = append(t, e...)
	}
	return bo.AppendUint32(t, 0)
}

func entry(bo binary.AppendByteOrder, tag, typ uint16, count, value uint32) []byte {
	e := bo.AppendUint16(nil, tag)
	e = bo.AppendUint16(e, typ)
	e = bo.AppendUint32(e, count)
	if typ == 3 {
		e = bo.AppendUint16(e, uint16(value))
		return append(e, 0, 0)
	}
	return bo.AppendUint32(e, value)
}

func TestJPEGOrientation(t *testing.T) {
	le, be := binary.LittleEndian, binary.BigEndian
	valid := exifJPEG(ifd0(le, entry(le, 0x0112, 3, 1, 6)))
	tests := []struct {
		name string
		data []byte
		want int
	}{
		{"little endian", valid, 6},
		{"big endian", exifJPEG(ifd0(be, entry(be, 0x0112, 3, 1, 8))), 8},
		{"after other tags", exifJPEG(ifd0(be, entry(be, 0x010F, 2, 4, 0x41424300), entry(be, 0x0112, 3, 1, 3))), 3},
		{"LONG", exifJPEG(ifd0(le, entry(le, 0x0112, 4, 1, 5))), 5},
		{"after fill bytes and APP0", append([]byte{0xFF, 0xD8, 0xFF, 0xFF, 0xE0, 0, 4, 'J', 'F'}, valid[2:]...), 6},
		{"out of range", exifJPEG(ifd0(le, entry(le, 0x0112, 3, 1, 9))), 1},
		{"zero", exifJPEG(ifd0(le, entry(le, 0x0112, 3, 1, 0))), 1},
		{"wrong type", exifJPEG(ifd0(le, entry(le, 0x0112, 2, 1, 6))), 1},
		{"no count", exifJPEG(ifd0(le, entry(le, 0x0112, 3, 0, 6))), 1},
		{"no tag", exifJPEG(ifd0(le, entry(le, 0x0100, 3, 1, 6))), 1},
		{"truncated segment", valid[:len(valid)-10], 1},
		{"entry count past the end", exifJPEG([]byte("II*\x00\x08\x00\x00\x00\xFF\xFF")), 1},
		{"IFD offset past the end", exifJPEG([]byte("II*\x00\xF0\xFF\xFF\xFF")), 1},
		{"IFD offset into the header", exifJPEG([]byte("II*\x00\x02\x00\x00\x00\x01\x00")), 1},
		{"bad byte order", exifJPEG([]byte("XX*\x00\x08\x00\x00\x00\x00\x00")), 1},
		{"segment length under 2", []byte{0xFF, 0xD8, 0xFF, 0xE1, 0, 1, 0, 0}, 1},
		{"not a JPEG", []byte("II*\x00\x08\x00\x00\x00"), 1},
		{"empty", nil, 1},
		{"after the scan", append([]byte{0xFF, 0xD8, 0xFF, 0xDA, 0, 2}, valid[2:]...), 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := jpegOrientation(tc.data); got != tc.want {
				t.Errorf("jpegOrientation = %d; want %d", got, tc.want)
			}
		})
	}
}

func FuzzJPEGOrientation(f *testing.F) {
	le, be := binary.LittleEndian, binary.BigEndian
	f.Add(exifJPEG(ifd0(le, entry(le, 0x0112, 3, 1, 6))))
	f.Add(exifJPEG(ifd0(be, entry(be, 0x0112, 4, 1, 7))))
	f.Add(exifJPEG([]byte("MM\x00*\x00\x00\x00\x08\xFF\xFF")))
	f.Add([]byte{0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 'E', 'x', 'i', 'f', 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		if o := jpegOrientation(data); o < 1 || o > 8 {
			t.Fatalf("orientation %d", o)
		}
	})
}
