package warta

import "time"

// ImportItem records where something brought in from another system (a
// WordPress export) landed in Warta, so that running the same import again
// updates it instead of adding a twin, and so that the old system's
// addresses by ID (WordPress's /?p=123) still find it.
type ImportItem struct {
	// Source names the system the item came from: the export's site
	// address without scheme, e.g. "lama.example.id".
	Source string
	// Kind and Key identify the item there: ImportPost with WordPress's
	// post ID (posts, pages and attachments share one ID space),
	// ImportAuthor with the author's login, ImportCategory and ImportTag
	// with the term's slug, ImportFile with an upload's path.
	Kind ImportKind
	Key  string
	// Target is what it became in Warta.
	TargetKind ImportTarget
	TargetID   int64
	// Checksum is a digest of the fields the import read, so that an
	// unchanged item is skipped on the next run; Version is the target's
	// version the import wrote, so that a story edited in Warta since is
	// not overwritten by the next run.
	Checksum   string
	Version    int
	ImportedAt time.Time // set by the store
}

// ImportKind is the kind of an item in the source system.
type ImportKind string

// Import kinds.
const (
	ImportPost     ImportKind = "post"
	ImportAuthor   ImportKind = "author"
	ImportCategory ImportKind = "category"
	ImportTag      ImportKind = "tag"
	// ImportFile is an upload no attachment named, keyed by its path
	// below wp-content/uploads.
	ImportFile ImportKind = "file"
)

// ImportTarget is the kind of Warta object an imported item became.
type ImportTarget string

// Import targets.
const (
	TargetArticle ImportTarget = "article"
	TargetPage    ImportTarget = "page"
	TargetMedia   ImportTarget = "media"
	TargetPerson  ImportTarget = "person"
	TargetSection ImportTarget = "section"
	TargetTag     ImportTarget = "tag"
)
