package wpbody

import (
	"path"
	"regexp"
	"strings"
)

// reSized matches the suffixes WordPress gives the copies it makes of an
// upload: photo-300x200.jpg, photo-scaled.jpg, photo-rotated.jpg, and the
// -1, -2 it adds when a name is taken (photo-1024x683-1.jpg).
var reSized = regexp.MustCompile(`-(?:[0-9]{1,5}x[0-9]{1,5}|scaled|rotated)(?:-[0-9]{1,3})?$`)

// OriginalUpload returns the path of the upload a resized copy was made
// from ("2019/01/foto-300x200.jpg" → "2019/01/foto.jpg"), or p itself.
func OriginalUpload(p string) string {
	ext := path.Ext(p)
	if ext == "" || len(ext) > 6 {
		return p
	}
	stem := strings.TrimSuffix(p, ext)
	return reSized.ReplaceAllString(stem, "") + ext
}

// SplitCredit splits a photo credit off the end of a caption, as
// Indonesian newsrooms write it ("… (Foto: Budi/Warta)", "… FOTO:
// ANTARA/Budi"): the importer uses it for attachments' captions too.
func SplitCredit(caption string) (text, credit string) { return splitCredit(caption) }
