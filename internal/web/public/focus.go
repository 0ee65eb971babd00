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

// frameStyle sizes a card picture's box to the picture's own shape, so
// the box has no band above or below it and cards of the same pictures
// line up. A shape beyond 2:1 or narrower than 4:3 (a panorama, a portrait)
// is held to that range and cropped by object-fit: cover around the
// focal point, so one tall photo does not stretch its row.
func frameStyle(m *warta.Media) template.CSS {
	if m == nil || m.Width <= 0 || m.Height <= 0 {
		return ""
	}
	w, h, cropped := m.Width, m.Height, false
	switch {
	case w > 2*h:
		w, h, cropped = 2, 1, true
	case 3*w < 4*h:
		w, h, cropped = 4, 3, true
	}
	style := fmt.Sprintf("aspect-ratio:%d/%d", w, h)
	if pos := focusStyle(m, w, h); cropped && pos != "" {
		style += ";" + string(pos)
	}
	return template.CSS(style)
}
