package warta

import "time"

// Revision is a saved state of an article. Every save keeps one, and a
// save refused as stale keeps the refused text as one, so nothing typed is
// lost. It holds every field a writer edits, so a diff shows any change
// and a restore brings all of it back.
type Revision struct {
	ID        int64
	ArticleID int64
	Version   int    // the article version this revision was saved as, or started from if refused
	UserID    int64  // who saved it; 0 for the system (scheduler, importer)
	UserName  string // the saver's name, loaded by the store; empty for the system
	Note      string // e.g. "refused: stale version 3"
	// Refused marks the text of a save refused as stale (Version is then
	// the version it started from): kept, but never the article's state.
	Refused  bool
	Title    string
	Dek      string
	BodyHTML string

	// Complete is false for revisions kept before they held more than the
	// title, dek and body: the fields below are then unknown, not empty,
	// and a restore leaves them as they are.
	Complete        bool
	Slug            string
	Dateline        string
	SEOTitle        string
	SEODescription  string
	Label           Label
	Breaking        bool
	SectionID       int64
	FeaturedMediaID int64
	AuthorIDs       []int64
	TagIDs          []int64
	RelatedIDs      []int64

	CreatedAt time.Time
}

// RevisionOf is a complete revision holding a's current fields.
func RevisionOf(a *Article) *Revision {
	return &Revision{ArticleID: a.ID, Version: a.Version, Title: a.Title, Dek: a.Dek, BodyHTML: a.BodyHTML,
		Complete: true, Slug: a.Slug, Dateline: a.Dateline, SEOTitle: a.SEOTitle, SEODescription: a.SEODescription,
		Label: a.Label, Breaking: a.Breaking, SectionID: a.SectionID, FeaturedMediaID: a.FeaturedMediaID,
		AuthorIDs: a.AuthorIDs, TagIDs: a.TagIDs, RelatedIDs: a.RelatedIDs}
}

// AuditEntry records who did what to what, and when.
type AuditEntry struct {
	ID        int64
	UserID    int64 // 0 for the system
	Action    string
	Subject   string // e.g. "article:12", "user:3", "settings"
	Detail    string
	CreatedAt time.Time
}

// AuditFilter selects audit entries, newest first.
type AuditFilter struct {
	UserID  *int64
	Subject *string
	Offset  int
	Limit   int
}
