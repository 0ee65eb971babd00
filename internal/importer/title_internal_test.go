package importer

import "testing"

func TestPlainTitle(t *testing.T) {
	for in, want := range map[string]string{
		"Markup: Title <em>With</em> Italic": "Markup: Title With Italic",
		"Harga Cabai &amp; Bawang Naik":      "Harga Cabai & Bawang Naik",
		"Menulis &amp;lt;p&amp;gt; di HTML":  "Menulis &lt;p&gt; di HTML",
		"  Banjir\n di   Palu ":              "Banjir di Palu",
		"Jum&#8217;at Berkah":                "Jum’at Berkah",
		"Tanpa markup":                       "Tanpa markup",
	} {
		if got := plainTitle(in); got != want {
			t.Errorf("plainTitle(%q) = %q, want %q", in, got, want)
		}
	}
}
