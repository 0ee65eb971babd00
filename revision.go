package warta

import "time"

// Revision is a saved state of an article. Every save keeps one, and a
// save refused as stale keeps the refused text as one, so nothing typed is
// lost.
type Revision struct {
	ID        int64
	ArticleID int64
	Version   int    // the article version this revision was saved as, or started from if refused
	UserID    int64  // who saved it; 0 for the system (scheduler, importer)
	Note      string // e.g. "refused: stale version 3"
	Title     string
	Dek       string
	BodyHTML  string
	CreatedAt time.Time
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
