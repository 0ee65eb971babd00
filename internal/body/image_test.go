package body_test

import (
	"testing"

	"warta/internal/body"
)

func TestParseImageBlock(t *testing.T) {
	tests := []struct {
		name  string
		block string
		want  body.ImageBlock
	}{
		{"caption and credit", `<figure class="image" data-media-id="12"><img src="/media/m/a/960.jpg" alt="Banjir di &amp; Kampung Melayu" width="960" height="540"><figcaption>Warga   mengungsi <span class="credit">Kabar/Rina</span></figcaption></figure>`,
			body.ImageBlock{MediaID: 12, Alt: "Banjir di & Kampung Melayu", HasCaption: true, Caption: "Warga mengungsi", Credit: "Kabar/Rina"}},
		{"caption only", `<figure class="image" data-media-id="3"><img src="/x.jpg" alt=""><figcaption>Sore di pelabuhan</figcaption></figure>`,
			body.ImageBlock{MediaID: 3, HasCaption: true, Caption: "Sore di pelabuhan"}},
		{"no figcaption: the library's text", `<figure class="image" data-media-id="7"><img src="/x.jpg" alt="Alt"></figure>`,
			body.ImageBlock{MediaID: 7, Alt: "Alt"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := body.ParseImageBlock(tc.block)
			if !ok || got != tc.want {
				t.Errorf("ParseImageBlock = %+v, %v; want %+v", got, ok, tc.want)
			}
		})
	}
}

func TestExpandImageBlocksSeesTheBlocksText(t *testing.T) {
	in := `<p>a</p><figure class="image" data-media-id="5"><img src="/x.jpg" alt="A"><figcaption>Keterangan <span class="credit">Foto: Ani</span></figcaption></figure><p>b</p>`
	got := body.ExpandImageBlocks(in, func(b body.ImageBlock) (string, bool) {
		return "[" + b.Caption + "|" + b.Credit + "|" + b.Alt + "]", b.MediaID == 5
	})
	if want := `<p>a</p>[Keterangan|Foto: Ani|A]<p>b</p>`; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}
