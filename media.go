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
	// Library fields: the content hash de-duplicates uploads; the original
	// is kept privately under OriginalKey and never served.
	Hash        string
	OriginalKey string
	FileName    string
	UploaderID  int64
	// Focal is the subject's point, which crops keep in view; nil means
	// the centre (items from before focal points, and new uploads).
	Focal *FocalPoint
	// State says whether the served variants exist yet. Uploads are
	// stored at once and their variants made in the background; until
	// then Key names the file the largest JPEG will be, which does not
	// exist, so pages show the item only when it is Ready.
	State MediaState
	// StateReason is the message key of why making the variants failed.
	StateReason string

	CreatedAt time.Time
}

// FocalPoint is a point of an image as fractions of its width and height,
// each in 0..1 from the top left.
type FocalPoint struct{ X, Y float64 }

// Valid reports whether both coordinates lie in 0..1.
func (f FocalPoint) Valid() bool { return f.X >= 0 && f.X <= 1 && f.Y >= 0 && f.Y <= 1 }

// FocalOrCentre is m's focal point, the centre when none was set.
func (m *Media) FocalOrCentre() FocalPoint {
	if m == nil || m.Focal == nil {
		return FocalPoint{X: 0.5, Y: 0.5}
	}
	return *m.Focal
}

// MediaState is where an upload's variants are.
type MediaState string

// Media states. An item from before states existed is ready.
const (
	MediaProcessing MediaState = "processing" // variants being made
	MediaReady      MediaState = "ready"      // variants stored, Key served
	MediaFailed     MediaState = "failed"     // variants could not be made; StateReason says why
)

// Ready reports whether all the item's served files exist.
func (m *Media) Ready() bool { return m.State == "" || m.State == MediaReady }

// Servable reports whether the item can be shown: ready, or still
// processing with its JPEG sizes already stored (the WebP sizes, slower
// to make, come after), so that a published story need not wait for them.
func (m *Media) Servable() bool {
	return m.Ready() || m.State == MediaProcessing && len(m.Variants) > 0 && m.Key != ""
}

// MediaFilter selects library items, newest first.
type MediaFilter struct {
	Query      string // in caption, credit, alt or file name
	UploaderID *int64
	State      *MediaState
	From       *time.Time // created at or after
	Before     *time.Time // created before
	Offset     int
	Limit      int
}

// MediaUpdate changes what a page says about a media item.
type MediaUpdate struct {
	Caption, Credit, Alt *string
	Focal                *FocalPoint // must be Valid
}

// MaxCaptionLen bounds captions, credits and alt texts.
const MaxCaptionLen = 1000

// MediaVariant is a resized copy of a media original.
type MediaVariant struct {
	Key      string
	MimeType string
	Width    int
	Height   int
}

// Validate checks a media record.
func (m *Media) Validate() error {
	if len(m.Caption) > MaxCaptionLen || len(m.Credit) > MaxCaptionLen || len(m.Alt) > MaxCaptionLen {
		return &Error{Code: EINVALID, Key: "error.caption_too_long", Args: []any{MaxCaptionLen}, Message: "caption, credit or alt text too long"}
	}
	if m.Focal != nil && !m.Focal.Valid() {
		return &Error{Code: EINVALID, Key: "error.focal_invalid", Message: "focal point must lie in 0..1"}
	}
	if m.Key == "" {
		return &Error{Code: EINVALID, Key: "error.media_key_required", Message: "media key is required"}
	}
	switch m.State {
	case "", MediaProcessing, MediaReady, MediaFailed:
	default:
		return &Error{Code: EINVALID, Key: "error.media_state", Message: "unknown media state"}
	}
	if m.MimeType == "" {
		return &Error{Code: EINVALID, Key: "error.media_type_required", Message: "media type is required"}
	}
	return nil
}
