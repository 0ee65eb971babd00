package auth_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"warta"
	"warta/internal/auth"
)

// TestHashSlotsBoundConcurrency checks that no more argon2 runs go on at
// once than the semaphore allows, however many callers ask.
func TestHashSlotsBoundConcurrency(t *testing.T) {
	auth.SetHashLimit(2, auth.HashWait)
	defer auth.SetHashLimit(1, auth.HashWait)
	var running, peak atomic.Int32
	var wg sync.WaitGroup
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := auth.WithHashSlot(context.Background(), func() {
				n := running.Add(1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				time.Sleep(5 * time.Millisecond)
				running.Add(-1)
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if p := peak.Load(); p != 2 {
		t.Errorf("peak of %d runs at once; want 2", p)
	}
}

// TestHashBusy checks that a caller who cannot get a slot gives up with
// ErrBusy (unavailable, so a 503) without hashing, both when its context
// ends and for verification, hashing and the dummy alike.
func TestHashBusy(t *testing.T) {
	auth.SetHashLimit(1, auth.HashWait)
	hash, err := auth.HashPassword("kata sandi rahasia", auth.TestParams)
	if err != nil {
		t.Fatal(err)
	}
	held, release := make(chan struct{}), make(chan struct{})
	done := make(chan struct{})
	go func() {
		auth.WithHashSlot(context.Background(), func() { close(held); <-release })
		close(done)
	}()
	<-held
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	before := auth.HashRuns()
	if ok, _, err := auth.TestParams.VerifyContext(ctx, "kata sandi rahasia", hash); ok || !errors.Is(err, auth.ErrBusy) {
		t.Errorf("verify while busy = %v, %v; want ErrBusy", ok, err)
	}
	if _, err := auth.HashPasswordContext(ctx, "kata sandi rahasia", auth.TestParams); !errors.Is(err, auth.ErrBusy) {
		t.Errorf("hash while busy: %v; want ErrBusy", err)
	}
	if err := auth.TestParams.DummyVerify(ctx, "kata sandi rahasia"); !errors.Is(err, auth.ErrBusy) {
		t.Errorf("dummy verify while busy: %v; want ErrBusy", err)
	}
	if warta.ErrorCode(auth.ErrBusy) != warta.EUNAVAILABLE {
		t.Errorf("ErrBusy code = %q", warta.ErrorCode(auth.ErrBusy))
	}
	if n := auth.HashRuns() - before; n != 0 {
		t.Errorf("%d runs while every slot was held", n)
	}
	close(release)
	<-done
	if ok, _, err := auth.TestParams.VerifyContext(context.Background(), "kata sandi rahasia", hash); !ok || err != nil {
		t.Errorf("verify once free = %v, %v", ok, err)
	}
}
