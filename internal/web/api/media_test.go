package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"warta"
)

func jpegBytes(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), 90, 255})
		}
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, img, nil)
	return buf.Bytes()
}

// upload posts a multipart form with the fields and one file.
func (e *env) upload(t *testing.T, role warta.Role, fields map[string]string, name string, file []byte) (int, map[string]any) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if file != nil {
		fw, _ := mw.CreateFormFile("file", name)
		fw.Write(file)
	}
	mw.Close()
	req := httptest.NewRequest("POST", "/api/v1/admin/media", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+e.tokens[role])
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	raw, _ := io.ReadAll(rec.Body)
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("not JSON: %s", raw)
	}
	return rec.Code, out
}

func TestMediaUploadAPI(t *testing.T) {
	e := newEnv(t)
	photo := jpegBytes(t, 700, 400)
	status, out := e.upload(t, warta.RoleAuthor, map[string]string{"caption": "Pelabuhan pagi", "credit": "Kabar/Uji", "alt": "Kapal"}, "pelabuhan.jpg", photo)
	if status != 201 || out["caption"] != "Pelabuhan pagi" || out["width"].(float64) != 700 {
		t.Fatalf("upload: %d %v", status, out)
	}
	variants := out["variants"].([]any)
	if len(variants) != 6 { // 320, 640, 700 × JPEG and WebP
		t.Fatalf("variants: %v", variants)
	}
	first := variants[0].(map[string]any)
	if first["width"].(float64) != 320 || first["type"] != "image/jpeg" || !strings.HasPrefix(first["url"].(string), "https://kabar.example/media/m/") {
		t.Errorf("variant %v", first)
	}
	status, again := e.upload(t, warta.RoleEditor, nil, "lagi.jpg", photo)
	if status != 200 || again["id"] != out["id"] || again["duplicate"] != true {
		t.Errorf("duplicate: %d %v", status, again)
	}
	cases := []struct {
		name   string
		role   warta.Role
		file   []byte
		status int
		code   string
	}{
		{"contributor", warta.RoleContributor, photo, 403, "forbidden"},
		{"svg", warta.RoleAuthor, []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), 415, "unsupported_media_type"},
		{"html named jpg", warta.RoleAuthor, []byte("<!doctype html><script>alert(1)</script>"), 415, "unsupported_media_type"},
		{"truncated", warta.RoleAuthor, photo[:len(photo)/3], 422, "invalid"},
		{"empty file", warta.RoleAuthor, []byte{}, 422, "invalid"},
		{"no file", warta.RoleAuthor, nil, 422, "invalid"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, out := e.upload(t, tc.role, nil, "foto.jpg", tc.file)
			if status != tc.status || errCode(out) != tc.code || errMessage(out) == "" || strings.HasPrefix(errMessage(out), "error.") {
				t.Fatalf("%d %v, want %d %s", status, out, tc.status, tc.code)
			}
		})
	}
	req := httptest.NewRequest("POST", "/api/v1/admin/media", strings.NewReader(`{"file":"x"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+e.tokens[warta.RoleAuthor])
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnsupportedMediaType {
		t.Errorf("JSON upload: %d", rec.Code)
	}
}

// uploadParts posts a multipart form whose parts come in the given order;
// a part named "file" carries the photo.
func (e *env) uploadParts(t *testing.T, order []string, fields map[string]string, file []byte) (int, map[string]any) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, k := range order {
		if k == "file" {
			fw, _ := mw.CreateFormFile("file", "foto.jpg")
			fw.Write(file)
			continue
		}
		mw.WriteField(k, fields[k])
	}
	mw.Close()
	req := httptest.NewRequest("POST", "/api/v1/admin/media", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+e.tokens[warta.RoleAuthor])
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	var out map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("not JSON: %s", rec.Body)
	}
	return rec.Code, out
}

// TestMediaUploadFieldOrder: caption, credit and alt are kept wherever
// they come in the form, as curl -F file=@… -F caption=… sends them.
func TestMediaUploadFieldOrder(t *testing.T) {
	e := newEnv(t)
	fields := map[string]string{"caption": "Kapal di pelabuhan", "credit": "AFPpix", "alt": "Kapal bersandar"}
	for i, order := range [][]string{
		{"file", "caption", "credit", "alt"},
		{"caption", "credit", "alt", "file"},
		{"credit", "file", "alt", "caption"},
	} {
		t.Run(strings.Join(order, ","), func(t *testing.T) {
			status, out := e.uploadParts(t, order, fields, jpegBytes(t, 200+i, 100))
			if status != 201 || out["caption"] != fields["caption"] || out["credit"] != "AFPpix" || out["alt"] != fields["alt"] {
				t.Fatalf("%d %v", status, out)
			}
			got := e.media(t, int64(out["id"].(float64)))
			if got.Credit != "AFPpix" || got.Caption != fields["caption"] || got.Alt != fields["alt"] {
				t.Errorf("stored %+v", got)
			}
		})
	}
	long := map[string]string{"caption": strings.Repeat("x", 5000)}
	if status, out := e.uploadParts(t, []string{"file", "caption"}, long, jpegBytes(t, 90, 90)); status != 413 || errCode(out) != "too_large" {
		t.Errorf("oversize field: %d %v", status, out)
	}
}

func (e *env) media(t *testing.T, id int64) *warta.Media {
	t.Helper()
	var m *warta.Media
	if err := e.site.Store.View(t.Context(), func(tx warta.ReadTx) error {
		var err error
		m, err = tx.FindMediaByID(t.Context(), id)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestMediaUploadInBackground: with the server's pool, the upload answers
// 201 processing with no variants yet; the item shows ready with its
// variants once they are made.
func TestMediaUploadInBackground(t *testing.T) {
	e := newEnv(t)
	if err := e.lib.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.lib.Stop(context.Background()) })
	status, out := e.uploadParts(t, []string{"file", "credit"}, map[string]string{"credit": "AFPpix"}, jpegBytes(t, 700, 400))
	if status != 202 || out["state"] != "processing" || len(out["variants"].([]any)) != 0 || out["credit"] != "AFPpix" {
		t.Fatalf("upload: %d %v", status, out)
	}
	e.lib.Wait()
	id := strconv.Itoa(int(out["id"].(float64)))
	status, got := e.call(t, warta.RoleAuthor, "GET", "/api/v1/admin/media/"+id, "")
	if status != 200 || got["state"] != "ready" || len(got["variants"].([]any)) != 6 || got["url"] != out["url"] {
		t.Errorf("after the variants: %d %v", status, got)
	}
	if status, _ := e.call(t, "", "GET", "/api/v1/admin/media/"+id, ""); status != 401 {
		t.Errorf("without a token: %d", status)
	}
	if status, _ := e.call(t, warta.RoleAuthor, "GET", "/api/v1/admin/media/999999", ""); status != 404 {
		t.Errorf("unknown item: %d", status)
	}
}
