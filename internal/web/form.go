package web

import (
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"

	"warta"
)

// FormLimits bound a multipart upload read by ReadForm. Zero fields take
// the defaults: one file of 20 MiB, 20 text fields of 4 KiB.
type FormLimits struct {
	MaxFiles      int
	MaxFileBytes  int64 // a longer file is kept cut at MaxFileBytes+1 bytes, so its reader can tell it is too large
	MaxFields     int   // text fields, known or not
	MaxFieldBytes int
	TempDir       string // for the spooled files; the system's when ""
}

// Form is a multipart upload read to its end: its text fields, and its
// files spooled to temporary files. RemoveAll releases the files.
type Form struct {
	Values map[string]string // the first value of each text field
	Files  []*FormFile
}

// FormFile is one uploaded file of a Form.
type FormFile struct {
	Field string // the form field, usually "file"
	Name  string // the file name the client gave
	Size  int64
	f     *os.File
}

// Reader reads the file from its start.
func (f *FormFile) Reader() io.Reader { return io.NewSectionReader(f.f, 0, f.Size) }

// Value returns a field's value, or nil when the form did not send it.
func (f *Form) Value(name string) *string {
	if v, ok := f.Values[name]; ok {
		return &v
	}
	return nil
}

// RemoveAll closes and deletes the spooled files.
func (f *Form) RemoveAll() {
	for _, file := range f.Files {
		file.f.Close()
		os.Remove(file.f.Name())
	}
	f.Files = nil
}

// Errors of ReadForm.
var (
	ErrNotMultipart = &warta.Error{Code: warta.EINVALID, Key: "error.multipart_required", Message: "send the upload as multipart/form-data"}
	errBadForm      = &warta.Error{Code: warta.EINVALID, Key: "error.form_malformed", Message: "the multipart form is malformed"}
	errFormTooLarge = &warta.Error{Code: warta.ETOOLARGE, Key: "error.too_large", Message: "the request is too large"}
)

// ReadForm reads a multipart/form-data request whose text fields may come
// before, between or after its files, as browsers and curl send them in
// the order of the form. Files go to temporary files, bounded by
// lim.MaxFileBytes each, so that a file can be handled once every field
// is known; text fields are bounded in size and number. The caller bounds
// the whole body (http.MaxBytesReader) and calls RemoveAll. Errors:
// invalid ErrNotMultipart or "error.form_malformed"; too_large
// "error.too_large" (the body's bound), "error.form_field_too_long",
// "error.form_too_many_fields" or "error.form_too_many_files"; anything
// else (a temporary file that cannot be written) is internal.
func ReadForm(r *http.Request, lim FormLimits) (*Form, error) {
	lim = lim.withDefaults()
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "multipart/form-data" {
		return nil, ErrNotMultipart
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, ErrNotMultipart
	}
	form := &Form{Values: map[string]string{}}
	fields := 0
	fail := func(err error) (*Form, error) {
		form.RemoveAll()
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, errFormTooLarge
		}
		return nil, err
	}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return form, nil
		}
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				return fail(err)
			}
			return fail(errBadForm)
		}
		if part.FileName() != "" || part.FormName() == "file" {
			if len(form.Files) == lim.MaxFiles {
				part.Close()
				return fail(&warta.Error{Code: warta.ETOOLARGE, Key: "error.form_too_many_files", Args: []any{lim.MaxFiles},
					Message: "too many files in one upload"})
			}
			file, err := spool(part, lim)
			part.Close()
			if err != nil {
				return fail(err)
			}
			if file.Name == "" && file.Size == 0 {
				// A file input left empty: browsers send a nameless empty part.
				file.f.Close()
				os.Remove(file.f.Name())
				continue
			}
			form.Files = append(form.Files, file)
			continue
		}
		if fields++; fields > lim.MaxFields {
			part.Close()
			return fail(&warta.Error{Code: warta.ETOOLARGE, Key: "error.form_too_many_fields", Args: []any{lim.MaxFields},
				Message: "too many fields in the form"})
		}
		value, err := io.ReadAll(io.LimitReader(part, int64(lim.MaxFieldBytes)+1))
		part.Close()
		if err != nil {
			return fail(errBadFormOr(err))
		}
		if len(value) > lim.MaxFieldBytes {
			return fail(&warta.Error{Code: warta.ETOOLARGE, Key: "error.form_field_too_long", Args: []any{lim.MaxFieldBytes},
				Message: "a form field is too long"})
		}
		if _, seen := form.Values[part.FormName()]; !seen {
			form.Values[part.FormName()] = string(value)
		}
	}
}

// spool copies a file part to a temporary file: at most MaxFileBytes+1
// bytes are kept, the rest is read and dropped.
func spool(part *multipart.Part, lim FormLimits) (*FormFile, error) {
	f, err := os.CreateTemp(lim.TempDir, "warta-upload-*")
	if err != nil {
		return nil, err
	}
	n, err := io.Copy(f, io.LimitReader(part, lim.MaxFileBytes+1))
	if err == nil {
		_, err = io.Copy(io.Discard, part)
	}
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, errBadFormOr(err)
	}
	return &FormFile{Field: part.FormName(), Name: part.FileName(), Size: n, f: f}, nil
}

// errBadFormOr keeps the body's size error, and calls anything else a
// malformed form: a part that breaks off is the client's fault.
func errBadFormOr(err error) error {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return err
	}
	var perr *os.PathError
	if errors.As(err, &perr) {
		return err // the temporary file: ours
	}
	return errBadForm
}

func (lim FormLimits) withDefaults() FormLimits {
	if lim.MaxFiles <= 0 {
		lim.MaxFiles = 1
	}
	if lim.MaxFileBytes <= 0 {
		lim.MaxFileBytes = 20 << 20
	}
	if lim.MaxFields <= 0 {
		lim.MaxFields = 20
	}
	if lim.MaxFieldBytes <= 0 {
		lim.MaxFieldBytes = 4 << 10
	}
	return lim
}
