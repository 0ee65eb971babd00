package warta

import "time"

// EventKind says what changed.
type EventKind string

// Kinds of events.
const (
	EventArticleChanged   EventKind = "article_changed"   // saved; the public site may show it
	EventArticlePublished EventKind = "article_published" // became public
	EventArticleRemoved   EventKind = "article_removed"   // unpublished or deleted
	EventSiteChanged      EventKind = "site_changed"      // settings, sections, tags, people, media or redirects
	EventNoteAdded        EventKind = "note_added"        // an internal note; nothing public changed
	EventPageChanged      EventKind = "page_changed"      // a static page created, saved or deleted
	// EventComplaintReceived is a reader's complaint or right of reply
	// arriving; nothing public changed. A published reply changes its
	// story's page and is an EventArticleChanged.
	EventComplaintReceived EventKind = "complaint_received"
)

// Subject says which part of the site an EventSiteChanged is about, so a
// cache can drop only what shows it. Empty means anything may have changed
// (an import, events a node missed).
type Subject string

// Subjects of EventSiteChanged.
const (
	SubjectSettings Subject = "settings"
	SubjectSection  Subject = "section"
	SubjectTag      Subject = "tag"
	SubjectPerson   Subject = "person"
	SubjectMedia    Subject = "media"
	SubjectRedirect Subject = "redirect"
)

// Event is published after a write commits, so caches, feeds and search
// can react. It is never sent for a write that rolled back. Its fields are
// sent between nodes as JSON, so they stay small.
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
	// ComplaintID is the complaint of an EventComplaintReceived.
	ComplaintID int64 `json:",omitempty"`
	// Subject and SubjectID say what an EventSiteChanged changed: the
	// section, tag, person or media item with that id, or the settings
	// or redirects (id 0).
	Subject   Subject `json:",omitempty"`
	SubjectID int64   `json:",omitempty"`
	// Refs is true when Before and After say where an article event's
	// article showed on the public site before and after the write (nil:
	// not public), so a story moved out of a section evicts that section
	// too. False (an import) means anything may have changed.
	Refs bool `json:",omitempty"`
	// Corrected is set when a visible note (a correction, update or
	// clarification) was added to or removed from the article, so the
	// public log of notes (/koreksi) changes too.
	Corrected     bool        `json:",omitempty"`
	Before, After *ArticleRef `json:",omitempty"`
	// Remote is set on an event another node published and this node
	// heard through the database. Caches react to every event; work the
	// change calls for once (notifications, e-mail) is done by the node
	// where it happened, so it skips remote events.
	Remote bool `json:"-"`
}

// ArticleRef is what places a public article on the site's lists: its
// section, tags, authors and publication day, the story it follows up, and whether it is breaking
// news (shown on every page).
type ArticleRef struct {
	Slug        string    `json:"u,omitempty"`
	SectionID   int64     `json:"s,omitempty"`
	TagIDs      []int64   `json:"t,omitempty"`
	AuthorIDs   []int64   `json:"p,omitempty"`
	PublishedAt time.Time `json:"at"`
	Breaking    bool      `json:"b,omitempty"`
	// Follows is the earlier story this one follows up: that story's
	// page lists it under "Perkembangan terbaru".
	Follows int64 `json:"f,omitempty"`
}

// RefOf is where a shows on the public site, or nil when it is not public.
func RefOf(a *Article) *ArticleRef {
	if a == nil || a.Status != StatusPublished {
		return nil
	}
	return &ArticleRef{Slug: a.Slug, SectionID: a.SectionID, TagIDs: append([]int64(nil), a.TagIDs...),
		AuthorIDs: append([]int64(nil), a.AuthorIDs...), PublishedAt: a.PublishedAt, Breaking: a.Breaking,
		Follows: a.FollowsID}
}

// ArticleEvent is an event of kind about an article that was before and
// is now after (either nil when it did not or does not exist).
func ArticleEvent(kind EventKind, id int64, before, after *Article) Event {
	return Event{Kind: kind, ArticleID: id, Refs: true, Before: RefOf(before), After: RefOf(after)}
}
