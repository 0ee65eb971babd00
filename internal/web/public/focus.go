package public

import (
	"fmt"
	"html/template"

	"warta"
	"warta/internal/media"
)

// focusStyle is the object-position that keeps a photo's focal point in
// an aw:ah box cropped by object-fit: cover (cards are 16:9, avatars
// square), or nothing for a photo without one, which the centre suits.
// It is built from numbers only, so it is safe as CSS.
func focusStyle(m *warta.Media, aw, ah int) template.CSS {
	if m == nil || m.Focal == nil {
		return ""
	}
	px, py := media.ObjectPosition(m.Width, m.Height, aw, ah, m.Focal.X, m.Focal.Y)
	return template.CSS(fmt.Sprintf("object-position:%g%% %g%%", px, py))
}
