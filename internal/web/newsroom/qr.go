package newsroom

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	qr "github.com/piglig/go-qr"
)

// qrQuietZone is the blank margin around a QR code, in modules; the
// standard asks for four so that phone cameras find the code.
const qrQuietZone = 4

// qrSVG draws text as a QR code in an inline SVG: one path of dark
// modules, scaled by CSS, labelled for screen readers. Medium error
// correction keeps a 30-character secret's otpauth URI small enough to
// scan from a screen at arm's length.
func qrSVG(text, label string) (template.HTML, error) {
	code, err := qr.EncodeText(text, qr.Medium)
	if err != nil {
		return "", fmt.Errorf("qr code: %w", err)
	}
	n := code.Size()
	var path strings.Builder
	for y := 0; y < n; y++ {
		for x := 0; x < n; {
			if !code.Module(x, y) {
				x++
				continue
			}
			run := 1
			for x+run < n && code.Module(x+run, y) {
				run++
			}
			fmt.Fprintf(&path, "M%d %dh%dv1h-%dz", x+qrQuietZone, y+qrQuietZone, run, run)
			x += run
		}
	}
	size := strconv.Itoa(n + 2*qrQuietZone)
	return template.HTML(`<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + size + ` ` + size +
		`" role="img" aria-label="` + template.HTMLEscapeString(label) + `" shape-rendering="crispEdges">` +
		`<rect width="` + size + `" height="` + size + `" fill="#fff"/>` +
		`<path fill="#000" d="` + path.String() + `"/></svg>`), nil
}
