package media

import (
	"context"
	"fmt"
	"image"
	"image/color"
	"io"
	"runtime"
	"sync"
	"time"

	"warta"
)

// Pool bounds image work: at most Workers decodes or variant runs at
// once, and at most Budget bytes of estimated pixel memory between them.
// An image's cost is known from its header before a pixel is decoded
// (see decodeCost and variantCost), so a job waits for its share of the
// budget instead of finding out too late that the machine has none. Every
// decode and encode of the library goes through one Pool; without it,
// twenty photos at once each took their own gigabyte and core.
type Pool struct {
	workers    int
	budget     int64
	maxWaiting int

	mu      sync.Mutex
	changed chan struct{} // closed and replaced whenever a job ends
	jobs    int
	bytes   int64
	waiting int
	peak    PoolStats
}

// PoolStats reports a pool's size and the most it has held at once.
type PoolStats struct {
	Workers   int
	Budget    int64
	PeakJobs  int
	PeakBytes int64
}

// Defaults of NewPool's zero arguments.
const (
	DefaultBudget     = 256 << 20
	defaultMaxWaiting = 32
)

// NewPool makes a pool of workers jobs (the number of CPUs when zero) and
// budget bytes (DefaultBudget when zero). Jobs beyond 32 waiting are
// refused at once rather than queued without end.
func NewPool(workers int, budget int64) *Pool {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if budget <= 0 {
		budget = DefaultBudget
	}
	return &Pool{workers: workers, budget: budget, maxWaiting: defaultMaxWaiting, changed: make(chan struct{})}
}

// ErrBusy is returned when an image waited as long as it may, or too many
// already wait: the client may try again shortly.
var ErrBusy = &warta.Error{Code: warta.EUNAVAILABLE, Key: "error.media_busy", Message: "too many photos are being processed; try again in a minute"}

// errOverBudget refuses an image whose work alone would need more memory
// than the whole pool has.
func errOverBudget(w, h int) error {
	return &warta.Error{Code: warta.ETOOLARGE, Key: "error.media_over_budget", Args: []any{w, h},
		Message: fmt.Sprintf("image of %d×%d pixels needs more memory to process than the server allows", w, h)}
}

// Stats is the pool's size and its peaks so far.
func (p *Pool) Stats() PoolStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := p.peak
	s.Workers, s.Budget = p.workers, p.budget
	return s
}

// Do runs fn once a worker and cost bytes are free. It waits at most wait
// (no limit when zero) and while ctx lasts; then, or when too many wait
// already, it returns ErrBusy without running fn.
func (p *Pool) Do(ctx context.Context, cost int64, wait time.Duration, fn func() error) error {
	p.mu.Lock()
	fits := func() bool { return p.jobs < p.workers && p.bytes+cost <= p.budget }
	if !fits() {
		if p.waiting >= p.maxWaiting {
			p.mu.Unlock()
			return ErrBusy
		}
		var expired <-chan time.Time
		if wait > 0 {
			t := time.NewTimer(wait)
			defer t.Stop()
			expired = t.C
		}
		p.waiting++
		for !fits() {
			ch := p.changed
			p.mu.Unlock()
			select {
			case <-ch:
			case <-ctx.Done():
				p.leave()
				return ErrBusy
			case <-expired:
				p.leave()
				return ErrBusy
			}
			p.mu.Lock()
		}
		p.waiting--
	}
	p.jobs++
	p.bytes += cost
	p.peak.PeakJobs = max(p.peak.PeakJobs, p.jobs)
	p.peak.PeakBytes = max(p.peak.PeakBytes, p.bytes)
	p.mu.Unlock()

	defer func() {
		p.mu.Lock()
		p.jobs--
		p.bytes -= cost
		close(p.changed)
		p.changed = make(chan struct{})
		p.mu.Unlock()
	}()
	return fn()
}

func (p *Pool) leave() {
	p.mu.Lock()
	p.waiting--
	p.mu.Unlock()
}

// Check is media.Check with the decode run in the pool: it waits at most
// wait for its turn (see Do). Errors: Check's, too_large
// "error.media_over_budget" for an image the budget cannot hold at all,
// unavailable ErrBusy.
func (p *Pool) Check(ctx context.Context, r io.Reader, lim Limits, wait time.Duration) (*Processed, error) {
	h, err := readHeader(r, lim)
	if err != nil {
		return nil, err
	}
	// Refused now if its variants could never be made, though the
	// decode alone would fit.
	cost := decodeCost(h.cfg)
	if cost+variantCost(h.cfg.Width, h.cfg.Height) > p.budget {
		return nil, errOverBudget(h.cfg.Width, h.cfg.Height)
	}
	var out *Processed
	err = p.Do(ctx, cost, wait, func() error {
		var err error
		out, _, _, err = h.decode()
		return err
	})
	return out, err
}

// Process is media.Process run in the pool, holding the memory of the
// decode and of the variants at once; errors as Check's.
func (p *Pool) Process(ctx context.Context, r io.Reader, lim Limits, wait time.Duration) (*Processed, error) {
	return p.ProcessOnly(ctx, r, lim, wait, AllKinds)
}

// ProcessOnly is Process making only the variant types of kinds.
func (p *Pool) ProcessOnly(ctx context.Context, r io.Reader, lim Limits, wait time.Duration, kinds Kinds) (*Processed, error) {
	h, err := readHeader(r, lim)
	if err != nil {
		return nil, err
	}
	cost := decodeCost(h.cfg) + variantCost(h.cfg.Width, h.cfg.Height)
	if cost > p.budget {
		return nil, errOverBudget(h.cfg.Width, h.cfg.Height)
	}
	var out *Processed
	err = p.Do(ctx, cost, wait, func() error {
		pr, img, orient, err := h.decode()
		if err != nil {
			return err
		}
		if pr.Variants, err = makeVariants(img, orient, pr.Width, pr.Height, kinds, pr.servable); err != nil {
			return err
		}
		out = pr
		return nil
	})
	return out, err
}

// decodeCost estimates the bytes a decode holds: the decoded pixels in
// the type the decoder gives, plus the RGBA copy resizable makes of the
// types the scaler cannot read directly.
func decodeCost(cfg image.Config) int64 {
	px := int64(cfg.Width) * int64(cfg.Height)
	switch cfg.ColorModel {
	case color.GrayModel:
		return px
	case color.YCbCrModel:
		return 3 * px // at most 4:4:4
	case color.RGBAModel, color.NRGBAModel:
		return 4 * px
	case color.Gray16Model:
		return 2*px + 4*px
	case color.CMYKModel:
		return 4*px + 4*px
	case color.RGBA64Model, color.NRGBA64Model:
		return 8*px + 4*px
	}
	if _, ok := cfg.ColorModel.(color.Palette); ok {
		return px + 4*px
	}
	return 8*px + 4*px // unknown: the widest the decoders give, and a copy
}

// variantCost estimates the bytes makeVariants holds for a w×h image on
// top of the decoded pixels: the resizer's intermediate (the largest
// variant's width by the source's longer side), the scaled sizes of all
// widths turned upright (under twice the largest), and per encoder a
// composited copy and its buffers, four encoders at once.
func variantCost(w, h int) int64 {
	lw := int64(LargestWidth(w))
	lh := int64(heightFor(int(lw), w, h))
	largest := 4 * lw * lh
	mid := 4 * max(lw, lh) * int64(max(w, h))
	return mid + 2*2*largest + maxWorkers*largest + 2*bandBytes*maxWorkers
}
