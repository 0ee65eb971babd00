package body_test

import (
	"net/url"
	"testing"

	"warta/internal/body"
)

func TestAbsoluteURLs(t *testing.T) {
	base, _ := url.Parse("https://kabar.example/nasional/2026/11/27/banjir")
	tests := []struct{ name, in, want string }{
		{"root-relative link", `<p><a href="/ekonomi/">Ekonomi</a></p>`,
			`<p><a href="https://kabar.example/ekonomi/">Ekonomi</a></p>`},
		{"page-relative link", `<p><a href="cuaca">x</a></p>`,
			`<p><a href="https://kabar.example/nasional/2026/11/27/cuaca">x</a></p>`},
		{"fragment", `<p><a href="#catatan">x</a></p>`,
			`<p><a href="https://kabar.example/nasional/2026/11/27/banjir#catatan">x</a></p>`},
		{"absolute link kept", `<p><a href="https://other.example/a?b=1&amp;c=2">x</a></p>`,
			`<p><a href="https://other.example/a?b=1&amp;c=2">x</a></p>`},
		{"mailto kept", `<p><a href="mailto:redaksi@kabar.example">x</a></p>`,
			`<p><a href="mailto:redaksi@kabar.example">x</a></p>`},
		{"image and srcset", `<figure><img src="/media/m/a/960.jpg" srcset="/media/m/a/320.jpg 320w, /media/m/a/960.jpg 960w" alt=""></figure>`,
			`<figure><img src="https://kabar.example/media/m/a/960.jpg" srcset="https://kabar.example/media/m/a/320.jpg 320w, https://kabar.example/media/m/a/960.jpg 960w" alt=""/></figure>`},
		{"scheme-relative", `<p><img src="//cdn.example/x.jpg"></p>`, `<p><img src="https://cdn.example/x.jpg"/></p>`},
		{"quote source", `<blockquote cite="/sumber"><p>x</p></blockquote>`,
			`<blockquote cite="https://kabar.example/sumber"><p>x</p></blockquote>`},
		{"text untouched", `<p>/media/a.jpg</p>`, `<p>/media/a.jpg</p>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := body.AbsoluteURLs(tc.in, base); got != tc.want {
				t.Errorf("AbsoluteURLs(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
