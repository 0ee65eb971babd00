package warta

import "time"

// Media is a stored file, usually a photo, with what a page says about it.
type Media struct {
	ID       int64
	Key      string // storage key of the original, e.g. "2026/11/ab12cd.jpg"
	MimeType string
	Width    int
	Height   int
	Bytes    int64
	Caption  string
	Credit   string // photographer or agency, e.g. "Warta/Rina"
	Alt      string
	Variants []MediaVariant

	CreatedAt time.Time
}

// MediaVariant is a resized copy of a media original.
type MediaVariant struct {
	Key      string
	MimeType string
	Width    int
	Height   int
}

// Validate checks a media record.
func (m *Media) Validate() error {
	if m.Key == "" {
		return &Error{Code: EINVALID, Key: "error.media_key_required", Message: "media key is required"}
	}
	if m.MimeType == "" {
		return &Error{Code: EINVALID, Key: "error.media_type_required", Message: "media type is required"}
	}
	return nil
}
