package wpbody

import "testing"

func TestOriginalUpload(t *testing.T) {
	for in, want := range map[string]string{
		"2019/01/foto-300x200.jpg":        "2019/01/foto.jpg",
		"2019/01/foto-scaled.jpeg":        "2019/01/foto.jpeg",
		"2019/01/foto-1024x683-1.png":     "2019/01/foto.png",
		"2019/01/foto.jpg":                "2019/01/foto.jpg",
		"2019/01/banjir-2019.jpg":         "2019/01/banjir-2019.jpg",
		"/wp-content/uploads/a-10x10.gif": "/wp-content/uploads/a.gif",
		"2019/01/noext":                   "2019/01/noext",
	} {
		if got := OriginalUpload(in); got != want {
			t.Errorf("OriginalUpload(%q) = %q, want %q", in, got, want)
		}
	}
}
