package api_test

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
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
