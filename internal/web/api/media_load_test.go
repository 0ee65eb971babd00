package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/jpeg"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"warta"
)

// noiseJPEG is a w×h JPEG of random pixels: noise does not compress, so
// the file is as heavy to send and decode as a real photo.
func noiseJPEG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range img.Pix {
		img.Pix[i] = uint8(rng.Uint32())
		if i%4 == 3 {
			img.Pix[i] = 255
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestMediaUploadsUnderLoad: twenty 3-megapixel photos posted at once to
// a real server with a write timeout all get an answer (2xx, or 503 with
// Retry-After) well within it, and the image pool never runs more jobs
// than its size nor spends more than its memory budget.
func TestMediaUploadsUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("20 photo uploads")
	}
	e := newEnv(t)
	if err := e.lib.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.lib.Stop(context.Background()) })
	const writeTimeout = 30 * time.Second
	srv := httptest.NewUnstartedServer(e.h)
	srv.Config.WriteTimeout = writeTimeout
	srv.Start()
	t.Cleanup(srv.Close)

	photo := noiseJPEG(t, 2000, 1500)
	const n = 20
	type answer struct {
		status int
		state  string
		retry  string
		took   time.Duration
		err    error
	}
	answers := make([]answer, n)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range n {
		// Bytes after the end of the JPEG make each file distinct content
		// (no de-duplication) without changing its pixels.
		file := append(append([]byte{}, photo...), make([]byte, i+1)...)
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		fw, _ := mw.CreateFormFile("file", "foto.jpg")
		fw.Write(file)
		mw.Close()
		req, _ := http.NewRequest("POST", srv.URL+"/api/v1/admin/media", &body)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Authorization", "Bearer "+e.tokens[warta.RoleAuthor])
		wg.Go(func() {
			resp, err := http.DefaultClient.Do(req)
			a := answer{err: err}
			if err == nil {
				raw, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				var out struct {
					State string `json:"state"`
				}
				json.Unmarshal(raw, &out)
				a.status, a.state, a.retry = resp.StatusCode, out.State, resp.Header.Get("Retry-After")
			}
			a.took = time.Since(start)
			answers[i] = a
		})
	}
	wg.Wait()
	ok := 0
	for i, a := range answers {
		switch {
		case a.err != nil:
			t.Errorf("upload %d: no answer after %v: %v", i, a.took, a.err)
		case a.took > writeTimeout:
			t.Errorf("upload %d: answered after %v", i, a.took)
		case a.status == 503 && a.retry != "":
			// refused, and told when to come back
		case a.status == 201 && a.state == "ready", a.status == 202 && a.state == "processing":
			ok++
		default:
			t.Errorf("upload %d: %d %q retry %q", i, a.status, a.state, a.retry)
		}
	}
	if ok == 0 {
		t.Errorf("no upload was accepted")
	}
	st := e.lib.PoolStats()
	if st.PeakJobs > st.Workers || st.PeakJobs < 1 {
		t.Errorf("pool ran %d jobs at once; its size is %d", st.PeakJobs, st.Workers)
	}
	if st.PeakBytes > st.Budget {
		t.Errorf("pool held %d bytes at once; its budget is %d", st.PeakBytes, st.Budget)
	}
	t.Logf("%d accepted; pool %+v", ok, st)
}
