package web_test

import (
	"bytes"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"warta"
	"warta/internal/web"
)

// part is one part of a test form: a file when name is set.
type part struct{ field, name, value string }

func multipartRequest(t *testing.T, parts ...part) *http.Request {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, p := range parts {
		if p.name != "" {
			fw, _ := mw.CreateFormFile(p.field, p.name)
			fw.Write([]byte(p.value))
		} else {
			mw.WriteField(p.field, p.value)
		}
	}
	mw.Close()
	r := httptest.NewRequest("POST", "/upload", &body)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	return r
}

func TestReadFormAnyOrder(t *testing.T) {
	photo := strings.Repeat("JPEGDATA", 100)
	meta := []part{{"caption", "", "Pelabuhan pagi"}, {"credit", "", "AFPpix"}, {"alt", "", "Kapal bersandar"}}
	file := part{"file", "pelabuhan.jpg", photo}
	cases := []struct {
		name  string
		parts []part
	}{
		{"file first", append([]part{file}, meta...)},
		{"fields first", append(append([]part{}, meta...), file)},
		{"mixed", []part{meta[1], file, meta[0], meta[2]}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			form, err := web.ReadForm(multipartRequest(t, tc.parts...), web.FormLimits{TempDir: dir})
			if err != nil {
				t.Fatal(err)
			}
			for k, want := range map[string]string{"caption": "Pelabuhan pagi", "credit": "AFPpix", "alt": "Kapal bersandar"} {
				if got := form.Value(k); got == nil || *got != want {
					t.Errorf("%s = %v, want %q", k, got, want)
				}
			}
			if form.Value("title") != nil {
				t.Error("a field that was not sent has a value")
			}
			if len(form.Files) != 1 || form.Files[0].Name != "pelabuhan.jpg" || form.Files[0].Size != int64(len(photo)) {
				t.Fatalf("files = %+v", form.Files)
			}
			got, _ := io.ReadAll(form.Files[0].Reader())
			if string(got) != photo {
				t.Error("the spooled file differs from the upload")
			}
			form.RemoveAll()
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}

func TestReadFormLimits(t *testing.T) {
	lim := web.FormLimits{MaxFiles: 2, MaxFileBytes: 100, MaxFields: 3, MaxFieldBytes: 10}
	many := []part{{"file", "a.jpg", "x"}}
	for i := range 4 {
		many = append(many, part{"f" + string(rune('a'+i)), "", "v"})
	}
	cases := []struct {
		name  string
		parts []part
		key   string
	}{
		{"oversize field after the file", []part{{"file", "a.jpg", "x"}, {"caption", "", strings.Repeat("k", 11)}}, "error.form_field_too_long"},
		{"too many fields", many, "error.form_too_many_fields"},
		{"too many files", []part{{"file", "a.jpg", "x"}, {"file", "b.jpg", "y"}, {"file", "c.jpg", "z"}}, "error.form_too_many_files"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lim := lim
			lim.TempDir = t.TempDir()
			_, err := web.ReadForm(multipartRequest(t, tc.parts...), lim)
			var we *warta.Error
			if !errors.As(err, &we) || we.Key != tc.key || web.StatusCode(we.Code) != http.StatusRequestEntityTooLarge {
				t.Fatalf("error %v, want %s (413)", err, tc.key)
			}
			if left, _ := os.ReadDir(lim.TempDir); len(left) != 0 {
				t.Errorf("temporary files left after a refusal: %v", left)
			}
		})
	}

	t.Run("oversize file is cut one byte past the limit", func(t *testing.T) {
		lim := lim
		lim.TempDir = t.TempDir()
		form, err := web.ReadForm(multipartRequest(t, part{"file", "big.jpg", strings.Repeat("b", 500)}, part{"credit", "", "AFPpix"}), lim)
		if err != nil {
			t.Fatal(err)
		}
		defer form.RemoveAll()
		if form.Files[0].Size != 101 || *form.Value("credit") != "AFPpix" {
			t.Errorf("size %d, credit %v", form.Files[0].Size, form.Value("credit"))
		}
	})
	t.Run("empty file input is skipped", func(t *testing.T) {
		form, err := web.ReadForm(multipartRequest(t, part{"caption", "", "x"}), lim)
		if err != nil || len(form.Files) != 0 {
			t.Fatalf("%v %v", form, err)
		}
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		mw.CreateFormFile("file", "")
		mw.WriteField("caption", "x")
		mw.Close()
		r := httptest.NewRequest("POST", "/upload", &body)
		r.Header.Set("Content-Type", mw.FormDataContentType())
		if form, err := web.ReadForm(r, lim); err != nil || len(form.Files) != 0 {
			t.Fatalf("empty file part: %v %v", form, err)
		}
	})
	t.Run("not multipart", func(t *testing.T) {
		r := httptest.NewRequest("POST", "/upload", strings.NewReader(`{"file":"x"}`))
		r.Header.Set("Content-Type", "application/json")
		if _, err := web.ReadForm(r, lim); err != web.ErrNotMultipart {
			t.Fatalf("error %v", err)
		}
	})
	t.Run("body over the request bound", func(t *testing.T) {
		r := multipartRequest(t, part{"file", "a.jpg", strings.Repeat("z", 5000)})
		r.Body = http.MaxBytesReader(httptest.NewRecorder(), r.Body, 1000)
		_, err := web.ReadForm(r, lim)
		if warta.ErrorCode(err) != warta.ETOOLARGE {
			t.Fatalf("error %v, want too_large", err)
		}
	})
	t.Run("malformed", func(t *testing.T) {
		r := httptest.NewRequest("POST", "/upload", strings.NewReader("--b\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nabc"))
		r.Header.Set("Content-Type", "multipart/form-data; boundary=b")
		_, err := web.ReadForm(r, lim)
		if warta.ErrorCode(err) != warta.EINVALID {
			t.Fatalf("error %v, want invalid", err)
		}
	})
}
