package wpbody

import (
	"fmt"
	"testing"

	"warta/internal/body"
)

func TestSmoke(t *testing.T) {
	for _, in := range []string{
		"Hello\nworld\n\nSecond [sic] [1]\n\n[caption id=\"attachment_12\" width=\"300\"]<a href=\"x\"><img class=\"wp-image-12\" src=\"/wp-content/uploads/a.jpg\" alt=\"A\"></a> Presiden tiba (Foto: Budi/Antara)[/caption]\n\nhttps://youtu.be/abcdefgh\n\n<blockquote>q</blockquote>",
		"<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->\n<!-- wp:image {\"id\":5} -->\n<figure class=\"wp-block-image\"><img src=\"http://old.test/wp-content/uploads/b.jpg\" alt=\"\"/><figcaption>Cap FOTO: X</figcaption></figure>\n<!-- /wp:image --><!-- wp:latest-posts /-->",
	} {
		out, rep := Convert(in, Resolver{})
		fmt.Printf("%s\n---\n%s\n%+v\n=====\n", out, body.Sanitize(out), rep)
	}
}
