package newsroom

import (
	"image"
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	qr "github.com/piglig/go-qr"

	"warta/internal/auth"
)

// TestQRSVGScans draws the SVG's path back into pixels and decodes them:
// the picture on the account page carries the otpauth URI, not just
// something square.
func TestQRSVGScans(t *testing.T) {
	uri := auth.TOTPURI("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "Warta Kabar Uji", "rina@kabar.example")
	svg, err := qrSVG(uri, "Kode QR")
	if err != nil {
		t.Fatal(err)
	}
	s := string(svg)
	view := regexp.MustCompile(`viewBox="0 0 (\d+) (\d+)"`).FindStringSubmatch(s)
	if view == nil || !strings.Contains(s, `role="img"`) || !strings.Contains(s, `aria-label="Kode QR"`) {
		t.Fatalf("svg: %.300s", s)
	}
	n, _ := strconv.Atoi(view[1])
	const scale = 6
	img := image.NewGray(image.Rect(0, 0, n*scale, n*scale))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for _, m := range regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-\d+z`).FindAllStringSubmatch(s, -1) {
		x, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		run, _ := strconv.Atoi(m[3])
		for px := x * scale; px < (x+run)*scale; px++ {
			for py := y * scale; py < (y+1)*scale; py++ {
				img.SetGray(px, py, color.Gray{})
			}
		}
	}
	got, err := qr.Decode(img)
	if err != nil || got != uri {
		t.Fatalf("decoded %q, %v; want %q", got, err, uri)
	}
}
