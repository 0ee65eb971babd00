package wpbody

import (
	"strings"
	"testing"
)

func TestConvertBlocks(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // the whole sanitised output
		removed  string // a name counted in Report.Removed
	}{
		{"text blocks", `<!-- wp:paragraph -->
<p>Satu <strong>dua</strong></p>
<!-- /wp:paragraph -->

<!-- wp:heading {"level":1} -->
<h1 class="wp-block-heading">Judul</h1>
<!-- /wp:heading -->

<!-- wp:heading {"level":5} --><h5>Kecil</h5><!-- /wp:heading -->

<!-- wp:list -->
<ul><!-- wp:list-item --><li>a</li><!-- /wp:list-item --><!-- wp:list-item --><li>b</li><!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:separator -->
<hr class="wp-block-separator"/>
<!-- /wp:separator -->`, "<p>Satu <strong>dua</strong></p>\n<h2>Judul</h2>\n<h4>Kecil</h4>\n<ul><li>a</li><li>b</li></ul>\n<hr/>", ""},
		{"quote and pullquote", `<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>Kutipan</p><cite>Tokoh</cite></blockquote>
<!-- /wp:quote -->
<!-- wp:pullquote -->
<figure class="wp-block-pullquote"><blockquote><p>Tarik</p><cite>Dia</cite></blockquote></figure>
<!-- /wp:pullquote -->`, "<blockquote><p>Kutipan</p><cite>Tokoh</cite></blockquote>\n<blockquote><p>Tarik</p><cite>Dia</cite></blockquote>", ""},
		{"table with caption", `<!-- wp:table -->
<figure class="wp-block-table"><table><tbody><tr><td>1</td><td>2</td></tr></tbody></table><figcaption>Tabel</figcaption></figure>
<!-- /wp:table -->`, "<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>\n<p>Tabel</p>", ""},
		{"code keeps its text", "<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>a\n\n  b [sic] &lt;b&gt;</code></pre>\n<!-- /wp:code -->",
			"<pre><code>a\n\n  b [sic] &lt;b&gt;</code></pre>", ""},
		{"image block with attachment id", `<!-- wp:image {"id":12,"sizeSlug":"large"} -->
<figure class="wp-block-image size-large"><img src="https://old.test/wp-content/uploads/2019/01/unknown-name.jpg" alt="Alt sendiri"/><figcaption>Presiden berpidato. Foto: Rina/Warta</figcaption></figure>
<!-- /wp:image -->`, `<figure class="image" data-media-id="3"><img src="/media/ab/abcd-1280.jpg" alt="Alt sendiri"/><figcaption>Presiden berpidato. <span class="credit">Foto: Rina/Warta</span></figcaption></figure>`, ""},
		{"image block not in the library", `<!-- wp:image {"id":404} -->
<div class="wp-block-image"><figure class="aligncenter"><img src="/wp-content/uploads/x.jpg" alt="" class="wp-image-404"/></figure></div>
<!-- /wp:image -->`, `<figure><img src="https://www.old.test/wp-content/uploads/x.jpg" alt=""/></figure>`, ""},
		{"new gallery", `<!-- wp:gallery {"linkTo":"none"} -->
<figure class="wp-block-gallery has-nested-images columns-default"><!-- wp:image {"id":12} -->
<figure class="wp-block-image"><img src="/a.jpg" alt="" class="wp-image-12"/></figure>
<!-- /wp:image -->
<!-- wp:image {"id":13} -->
<figure class="wp-block-image"><img src="/b.jpg" alt="" class="wp-image-13"/><figcaption>Dua</figcaption></figure>
<!-- /wp:image --></figure>
<!-- /wp:gallery -->`, `<figure class="image" data-media-id="3"><img src="/media/ab/abcd-1280.jpg" alt="Library alt"/><figcaption>Library caption <span class="credit">Library credit</span></figcaption></figure>
<figure class="image" data-media-id="4"><img src="/media/cd/cdef-1280.jpg" alt="Second"/><figcaption>Dua</figcaption></figure>`, ""},
		{"old gallery", `<!-- wp:gallery {"ids":[12,13]} -->
<figure class="wp-block-gallery columns-2"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="/a.jpg" data-id="12" class="wp-image-12"/><figcaption class="blocks-gallery-item__caption">Satu</figcaption></figure></li><li class="blocks-gallery-item"><figure><img src="/b.jpg" data-id="13"/></figure></li></ul></figure>
<!-- /wp:gallery -->`, `<figure class="image" data-media-id="3"><img src="/media/ab/abcd-1280.jpg" alt="Library alt"/><figcaption>Satu <span class="credit">Library credit</span></figcaption></figure>
<figure class="image" data-media-id="4"><img src="/media/cd/cdef-1280.jpg" alt="Second"/></figure>`, ""},
		{"embeds", `<!-- wp:core-embed/youtube {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video"} -->
<figure class="wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=dQw4w9WgXcQ
</div></figure>
<!-- /wp:core-embed/youtube -->
<!-- wp:embed {"url":"https://open.spotify.com/track/1"} -->
<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
https://open.spotify.com/track/1
</div></figure>
<!-- /wp:embed -->`, `<figure class="embed" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></figure>
<p><a href="https://open.spotify.com/track/1" rel="noopener">https://open.spotify.com/track/1</a></p>`, ""},
		{"video audio file", `<!-- wp:video {"id":50} -->
<figure class="wp-block-video"><video controls src="https://old.test/wp-content/uploads/v.mp4"></video></figure>
<!-- /wp:video -->
<!-- wp:file {"id":51,"href":"https://old.test/wp-content/uploads/laporan.pdf"} -->
<div class="wp-block-file"><a href="https://old.test/wp-content/uploads/laporan.pdf">Laporan</a><a href="https://old.test/wp-content/uploads/laporan.pdf" class="wp-block-file__button" download>Unduh</a></div>
<!-- /wp:file -->`, `<p>Video: <a href="https://old.test/wp-content/uploads/v.mp4" rel="noopener">https://old.test/wp-content/uploads/v.mp4</a></p>
<p><a href="https://old.test/wp-content/uploads/laporan.pdf" rel="noopener">Laporan</a></p>`, ""},
		{"html and shortcode blocks", `<!-- wp:html -->
<div class="kotak"><p>Mentah</p></div>
<!-- /wp:html -->
<!-- wp:shortcode -->
[gallery ids="13"]
<!-- /wp:shortcode -->
<!-- wp:more -->
<!--more-->
<!-- /wp:more -->`, `<p>Mentah</p>
<figure class="image" data-media-id="4"><img src="/media/cd/cdef-1280.jpg" alt="Second"/></figure>`, ""},
		{"dynamic blocks removed", `<!-- wp:paragraph --><p>A</p><!-- /wp:paragraph --><!-- wp:latest-posts {"postsToShow":3} /--><!-- wp:archives /--><!-- wp:social-links --><ul class="wp-block-social-links"><!-- wp:social-link {"url":"x","service":"x"} /--></ul><!-- /wp:social-links --><!-- wp:paragraph --><p>B</p><!-- /wp:paragraph -->`,
			"<p>A</p>\n<p>B</p>", "core/latest-posts"},
		{"layout blocks keep content in order", `<!-- wp:columns --><div class="wp-block-columns"><!-- wp:column --><div class="wp-block-column"><!-- wp:paragraph --><p>Kiri</p><!-- /wp:paragraph --></div><!-- /wp:column --><!-- wp:column --><div class="wp-block-column"><!-- wp:group --><div class="wp-block-group"><!-- wp:paragraph --><p>Kanan</p><!-- /wp:paragraph --></div><!-- /wp:group --></div><!-- /wp:column --></div><!-- /wp:columns -->`,
			"<p>Kiri</p>\n<p>Kanan</p>", ""},
		{"classic text between blocks gets paragraphs", "Bebas satu\nbaris\n\nBebas dua\n<!-- wp:paragraph --><p>Blok</p><!-- /wp:paragraph -->",
			"<p>Bebas satu<br/>\nbaris</p>\n<p>Bebas dua</p>\n<p>Blok</p>", ""},
		{"unclosed and stray delimiters", "<!-- wp:paragraph --><p>A</p><!-- /wp:heading --><!-- wp:quote --><blockquote><p>B</p></blockquote>",
			"<p>A</p>\n<blockquote><p>B</p></blockquote>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep := convertSanitized(t, tt.in)
			if got != tt.want {
				t.Errorf("Convert(%q)\n got: %s\nwant: %s", tt.in, got, tt.want)
			}
			if tt.removed != "" && rep.Removed[tt.removed] == 0 {
				t.Errorf("Removed = %v, want %s counted", rep.Removed, tt.removed)
			}
			if strings.Contains(got, "wp:") {
				t.Errorf("block comment left: %s", got)
			}
		})
	}
}
