package warta

// EventKind says what changed.
type EventKind string

// Kinds of events.
const (
	EventArticleChanged   EventKind = "article_changed"   // saved; the public site may show it
	EventArticlePublished EventKind = "article_published" // became public
	EventArticleRemoved   EventKind = "article_removed"   // unpublished or deleted
	EventSiteChanged      EventKind = "site_changed"      // settings, sections, tags or people
)

// Event is published after a write commits, so caches, feeds and search
// can react. It is never sent for a write that rolled back.
type Event struct {
	Kind      EventKind
	ArticleID int64
}
