package demo_test

import (
	"testing"
)

// BenchmarkDemoFirstStart measures what the first `warta serve --demo`
// waits for before it listens: Fill on an empty SQLite store and media
// directory (the pictures drawn, stored and given their served JPEGs;
// the WebP sizes follow in the server's background pool).
//
//	go test -run '^$' -bench DemoFirstStart -benchtime 3x -count 3 ./internal/demo/
func BenchmarkDemoFirstStart(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		s, blobs := mustOpen(b)
		b.StartTimer()
		mustFill(b, s, blobs)
	}
}
