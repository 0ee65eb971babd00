package media

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"sync"
	"testing"
	"time"

	"warta"
)

// pngHeader is a PNG that declares w×h pixels in its header: enough for
// the checks made before decoding, which must refuse it without
// allocating its pixels.
func pngHeader(t *testing.T, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewNRGBA(image.Rect(0, 0, 1, 1))); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	// Signature (8), IHDR length and type (8), then width and height.
	binary.BigEndian.PutUint32(b[16:], uint32(w))
	binary.BigEndian.PutUint32(b[20:], uint32(h))
	binary.BigEndian.PutUint32(b[29:], crc32.ChecksumIEEE(b[12:29]))
	return b
}

// TestPoolRefusesOverBudget: a 50-megapixel PNG (a few hundred bytes on
// the wire) is refused at once with too_large, before its 200 MB of
// pixels are decoded; the pool never held any of it.
func TestPoolRefusesOverBudget(t *testing.T) {
	p := NewPool(2, 0)
	data := pngHeader(t, 7071, 7071)
	start := time.Now()
	for name, run := range map[string]func() (*Processed, error){
		"check": func() (*Processed, error) {
			return p.Check(t.Context(), bytes.NewReader(data), DefaultLimits, time.Second)
		},
		"process": func() (*Processed, error) {
			return p.Process(t.Context(), bytes.NewReader(data), DefaultLimits, time.Second)
		},
	} {
		_, err := run()
		var we *warta.Error
		if !errors.As(err, &we) || we.Code != warta.ETOOLARGE || we.Key != "error.media_over_budget" {
			t.Errorf("%s: %v", name, err)
		}
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("refusal took %v", took)
	}
	if st := p.Stats(); st.PeakJobs != 0 || st.PeakBytes != 0 {
		t.Errorf("pool ran the refused image: %+v", st)
	}
}

// TestPoolBoundsJobsAndBytes: images processed at once through a pool
// never run more than its workers nor hold more than its budget, and
// all of them are done.
func TestPoolBoundsJobsAndBytes(t *testing.T) {
	const w, h = 400, 300
	one := decodeCost(image.Config{ColorModel: color.RGBAModel, Width: w, Height: h}) + variantCost(w, h)
	p := NewPool(3, 2*one) // room for two at a time, though three workers
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range errs {
		img := image.NewNRGBA(image.Rect(0, 0, w, h))
		img.Pix[0] = uint8(i) // distinct files
		var buf bytes.Buffer
		png.Encode(&buf, img)
		wg.Go(func() {
			_, errs[i] = p.Process(t.Context(), &buf, DefaultLimits, 0)
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("image %d: %v", i, err)
		}
	}
	st := p.Stats()
	if st.PeakJobs < 1 || st.PeakJobs > 2 || st.PeakBytes > st.Budget {
		t.Errorf("pool peaks %+v, one image costs %d", st, one)
	}
}

// TestPoolBusy: an image that waits longer than it may, or finds too
// many waiting already, is refused busy without running.
func TestPoolBusy(t *testing.T) {
	p := NewPool(1, 0)
	p.maxWaiting = 1
	hold, held := make(chan struct{}), make(chan struct{})
	go p.Do(context.Background(), 1, 0, func() error { close(held); <-hold; return nil })
	<-held
	ran := false
	waited := make(chan error)
	go func() {
		waited <- p.Do(context.Background(), 1, 50*time.Millisecond, func() error { ran = true; return nil })
	}()
	if err := <-waited; !errors.Is(err, ErrBusy) || ran {
		t.Errorf("after its wait: %v, ran %v", err, ran)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { waited <- p.Do(ctx, 1, 0, func() error { return nil }) }()
	for {
		p.mu.Lock()
		n := p.waiting
		p.mu.Unlock()
		if n == 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if err := p.Do(context.Background(), 1, time.Hour, func() error { return nil }); !errors.Is(err, ErrBusy) {
		t.Errorf("with the queue full: %v", err)
	}
	cancel()
	if err := <-waited; !errors.Is(err, ErrBusy) {
		t.Errorf("client gone: %v", err)
	}
	close(hold)
	if err := p.Do(context.Background(), 1, time.Second, func() error { return nil }); err != nil {
		t.Errorf("once free: %v", err)
	}
}
