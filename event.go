package warta

// EventKind says what changed.
type EventKind string

// Kinds of events.
const (
	EventArticleChanged   EventKind = "article_changed"   // saved; the public site may show it
	EventArticlePublished EventKind = "article_published" // became public
	EventArticleRemoved   EventKind = "article_removed"   // unpublished or deleted
	EventSiteChanged      EventKind = "site_changed"      // settings, sections, tags or people
	EventNoteAdded        EventKind = "note_added"        // an internal note; nothing public changed
	EventPageChanged      EventKind = "page_changed"      // a static page created, saved or deleted
)

// Event is published after a write commits, so caches, feeds and search
// can react. It is never sent for a write that rolled back.
type Event struct {
	Kind      EventKind
	ArticleID int64
	// ActorID is the user who acted; 0 for the system (the scheduler).
	ActorID int64
	// From and To are set when an article changed status.
	From, To Status
	// NoteID is the note added, or the note an article was returned with.
	NoteID int64
	// PageID is the static page of an EventPageChanged.
	PageID int64
	// Remote is set on an event another node published and this node
	// heard through the database. Caches react to every event; work the
	// change calls for once (notifications, e-mail) is done by the node
	// where it happened, so it skips remote events.
	Remote bool `json:"-"`
}
