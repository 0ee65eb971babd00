// Command wxrgen writes a generated WordPress export (and the photos of
// its wp-content/uploads) for measuring `warta import wxr`:
//
//	go run ./cmd/wxrgen -posts 10000 -photo-every 1 -out /tmp/imp/export.xml -uploads /tmp/imp/uploads
//
// The content is our own few Indonesian sentences (see
// internal/importer/importtest).
package main

import (
	"flag"
	"fmt"
	"os"

	"warta/internal/importer/importtest"
)

func main() {
	var spec importtest.Spec
	out := flag.String("out", "export.xml", "export file to write")
	flag.IntVar(&spec.Posts, "posts", 10_000, "number of posts")
	flag.IntVar(&spec.BodyBytes, "body", 3000, "approximate bytes of each post's body")
	flag.IntVar(&spec.PhotoEvery, "photo-every", 1, "give every n-th post a featured photo (0: none)")
	flag.StringVar(&spec.Uploads, "uploads", "uploads", "directory for the photos (wp-content/uploads)")
	flag.Parse()
	if spec.Posts <= 0 || spec.BodyBytes < 0 || spec.PhotoEvery < 0 {
		fmt.Fprintln(os.Stderr, "wxrgen: -posts must be positive, -body and -photo-every not negative")
		os.Exit(2)
	}
	if err := os.MkdirAll(spec.Uploads, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "wxrgen:", err)
		os.Exit(1)
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wxrgen:", err)
		os.Exit(1)
	}
	if err := importtest.Write(f, spec); err != nil {
		fmt.Fprintln(os.Stderr, "wxrgen:", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "wxrgen:", err)
		os.Exit(1)
	}
}
