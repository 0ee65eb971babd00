package warta

import (
	"context"
	"time"
)

// Store persists Warta's content. Reads run through View on a read pool;
// every write runs through Update in one transaction, so an article, its
// tags, authors and relations commit together or not at all.
type Store interface {
	// View runs fn with a read-only snapshot.
	View(ctx context.Context, fn func(ReadTx) error) error
	// Update runs fn in a write transaction, committed when fn returns nil
	// and rolled back otherwise.
	Update(ctx context.Context, fn func(Tx) error) error
	// Now is the process's one clock: handlers, services, sessions and
	// two-step codes read the time here, so a test that sets the store's
	// clock sets everyone's.
	Now() time.Time
	// Close releases the store's connections.
	Close() error
}

// ReadTx queries content. Find-one methods return a not_found error,
// never a nil value without error.
type ReadTx interface {
	// FindArticleByID returns an article with its section, authors, tags,
	// featured media, published related articles and corrections.
	FindArticleByID(ctx context.Context, id int64) (*Article, error)
	// FindArticleBySlug is FindArticleByID by slug. Returns not_found.
	FindArticleBySlug(ctx context.Context, slug string) (*Article, error)
	// FindArticles returns a page of articles matching f, with their
	// section, authors and featured media (not tags, related or
	// corrections), and the total number of matches.
	FindArticles(ctx context.Context, f ArticleFilter) ([]*Article, int, error)
	// TrendingArticles returns up to limit published articles, most read
	// since the given time first, then the most recent.
	TrendingArticles(ctx context.Context, since time.Time, limit int) ([]*Article, error)
	// MostReadArticles returns up to limit articles (at most MaxMostRead),
	// not trashed, with their reads in the hourly buckets from since
	// (see ViewsSince), most read first, then the newest id; articles
	// without reads are left out. Each comes with its section.
	MostReadArticles(ctx context.Context, since time.Time, limit int) ([]ArticleViews, error)
	// SectionViews returns every section with the reads of its articles
	// (not trashed) in the hourly buckets from since, most read first,
	// then in section order.
	SectionViews(ctx context.Context, since time.Time) ([]SectionViews, error)
	// ArticleViewCounts returns the reads in the hourly buckets from since
	// of the listed articles (at most MaxViewCountIDs; returns invalid
	// past it); an article without reads is missing from the map.
	ArticleViewCounts(ctx context.Context, ids []int64, since time.Time) (map[int64]int, error)

	// FindSections returns all sections ordered by position.
	FindSections(ctx context.Context) ([]*Section, error)
	// FindSectionBySlug returns not_found for an unknown slug.
	FindSectionBySlug(ctx context.Context, slug string) (*Section, error)
	// FindTagBySlug returns not_found for an unknown slug.
	FindTagBySlug(ctx context.Context, slug string) (*Tag, error)
	// FindTags returns tags ordered by name, optionally only those whose
	// slugs are listed.
	FindTags(ctx context.Context, slugs []string) ([]*Tag, error)
	// FindTagByID returns not_found.
	FindTagByID(ctx context.Context, id int64) (*Tag, error)
	// FindPersonBySlug returns a person with their photo; not_found if unknown.
	FindPersonBySlug(ctx context.Context, slug string) (*Person, error)
	// FindPersonByID returns a person with their photo; not_found if unknown.
	FindPersonByID(ctx context.Context, id int64) (*Person, error)
	// FindPeople returns everyone, ordered by name.
	FindPeople(ctx context.Context) ([]*Person, error)
	// FindCorrectionLog returns the notes on published articles, newest
	// first, and how many there are in all (for /koreksi).
	FindCorrectionLog(ctx context.Context, limit, offset int) ([]*Correction, int, error)
	// FindTakedowns returns the articles withdrawn after publication and
	// still off the site (unpublished, or in the trash), last withdrawn
	// first, with the reason each gives readers, and how many in all.
	FindTakedowns(ctx context.Context, limit, offset int) ([]*Takedown, int, error)
	// FindMediaByID returns not_found for an unknown id.
	FindMediaByID(ctx context.Context, id int64) (*Media, error)
	// FindMediaByHash returns the item with this content hash; not_found if none.
	FindMediaByHash(ctx context.Context, hash string) (*Media, error)
	// FindMedia returns a page of the library and the total.
	FindMedia(ctx context.Context, f MediaFilter) ([]*Media, int, error)
	// MediaUsage returns the articles that show the item, as featured image
	// or in the body, and whether a person or the site logo uses it.
	MediaUsage(ctx context.Context, m *Media) (articles []*Article, other bool, err error)
	// FindSettings returns the site settings, or the defaults if none are saved.
	FindSettings(ctx context.Context) (*Settings, error)
	// FindRedirect returns the target of an old path; not_found if none.
	FindRedirect(ctx context.Context, fromPath string) (string, error)
	// FindRedirects returns a page of redirects, newest first, and the total.
	FindRedirects(ctx context.Context, f RedirectFilter) ([]*Redirect, int, error)
	// CountArticles returns the number of articles in any status.
	CountArticles(ctx context.Context) (int, error)
	// CountArticlesByStatus counts the articles matching f in each status,
	// ignoring f's Status, ExcludeStatuses, order and paging (the
	// newsroom's tabs). Statuses without articles are absent.
	CountArticlesByStatus(ctx context.Context, f ArticleFilter) (map[Status]int, error)
	// FindTombstone returns the tombstone of a purged article's path;
	// not_found if there is none.
	FindTombstone(ctx context.Context, path string) (*Tombstone, error)
	// FindArticleLinks returns the articles matching f (Order, Offset and
	// Limit apply; PerSection and NoTotal do not) with only what a link to
	// them needs: ID, slug, title, status, label, times, section and featured
	// media. The body, dek, authors and tags are left empty, so tens of
	// thousands of rows stay cheap (sitemaps).
	FindArticleLinks(ctx context.Context, f ArticleFilter) ([]*Article, error)
	// CountPublishedByMonth returns, oldest first, every calendar month in
	// loc that has published articles, counted by first publication.
	CountPublishedByMonth(ctx context.Context, loc *time.Location) ([]MonthCount, error)
	// CountPublishedByList returns the sections, then the authors, then the
	// tags that have published articles, each group ordered by slug.
	CountPublishedByList(ctx context.Context) ([]ListCount, error)

	// SimilarArticles returns up to limit published articles most like a,
	// by the words of its title, dek and tags, favouring its section and
	// recent stories; a itself and exclude are left out.
	SimilarArticles(ctx context.Context, a *Article, exclude []int64, limit int) ([]*Article, error)
	// StoredSimilar returns, in their stored order, up to limit of the
	// similar stories SetStoredSimilar kept for article id that are still
	// published. ok is false when none were ever stored for it (the
	// caller then searches with SimilarArticles).
	StoredSimilar(ctx context.Context, id int64, limit int) (list []*Article, ok bool, err error)
	// ArticlesWithoutSimilar returns up to limit published articles that
	// have no similar stories kept (none ever stored, or forgotten by
	// ForgetSimilar), newest first: the background keeper's work.
	ArticlesWithoutSimilar(ctx context.Context, limit int) ([]int64, error)
	// SearchArticles returns published articles matching the analysed
	// query, best first, and the total; see SearchFilter.
	SearchArticles(ctx context.Context, f SearchFilter) ([]*Article, int, error)

	// FindUserByID returns not_found for an unknown id.
	FindUserByID(ctx context.Context, id int64) (*User, error)
	// FindUserByEmail matches the normalised address; not_found if none.
	FindUserByEmail(ctx context.Context, email string) (*User, error)
	// FindUsers returns every account ordered by name.
	FindUsers(ctx context.Context) ([]*User, error)
	// CountUsers returns the number of accounts.
	CountUsers(ctx context.Context) (int, error)
	// FindSessionByHash returns not_found for an unknown session.
	FindSessionByHash(ctx context.Context, hash string) (*Session, error)
	// FindUserSessions returns a user's sessions, the most recently used
	// first, at most MaxListedSessions of them.
	FindUserSessions(ctx context.Context, userID int64) ([]*Session, error)
	// FindTokenByHash returns not_found for an unknown API token.
	FindTokenByHash(ctx context.Context, hash string) (*Token, error)
	// FindTokenByID returns not_found for an unknown API token.
	FindTokenByID(ctx context.Context, id int64) (*Token, error)
	// FindTokens returns the API tokens of one account, or of every
	// account when userID is 0, oldest first.
	FindTokens(ctx context.Context, userID int64) ([]*Token, error)
	// FindRevisions returns an article's revisions, newest first, each
	// with its saver's name.
	FindRevisions(ctx context.Context, articleID int64) ([]*Revision, error)
	// FindRevisionAt returns the article's text as it stood at version:
	// the newest revision kept at that version or before (status changes
	// keep none), not counting refused ones; not_found when there is none.
	FindRevisionAt(ctx context.Context, articleID int64, version int) (*Revision, error)
	// FindRevision returns not_found for an unknown id.
	FindRevision(ctx context.Context, id int64) (*Revision, error)
	// FindAudit returns a page of audit entries, newest first, and the total.
	FindAudit(ctx context.Context, f AuditFilter) ([]*AuditEntry, int, error)

	// CountRecoveryCodes returns how many of a user's two-step recovery
	// codes are still unused.
	CountRecoveryCodes(ctx context.Context, userID int64) (int, error)
	// FindNotes returns an article's internal notes, oldest first, with
	// their authors' names.
	FindNotes(ctx context.Context, articleID int64) ([]*Note, error)
	// FindNote returns not_found for an unknown id.
	FindNote(ctx context.Context, id int64) (*Note, error)
	// FindNotifications returns a user's notifications matching f, newest
	// first, with the article's title, the actor's name and the note.
	FindNotifications(ctx context.Context, f NotificationFilter) ([]*Notification, error)
	// CountUnreadNotifications returns how many of a user's are unread.
	CountUnreadNotifications(ctx context.Context, userID int64) (int, error)
	// FindMailSettings returns how to send e-mail; empty (off) if never saved.
	FindMailSettings(ctx context.Context) (*MailSettings, error)

	// FindImportItem returns where an imported item landed. Returns
	// not_found.
	FindImportItem(ctx context.Context, source string, kind ImportKind, key string) (*ImportItem, error)
	// FindImportItemsByKey returns every source's item with this kind and
	// key, most recently imported first (an old /?p=123 does not name its
	// site).
	FindImportItemsByKey(ctx context.Context, kind ImportKind, key string) ([]*ImportItem, error)
	// FindPageByID and FindPageBySlug return a static page; not_found if
	// there is none.
	FindPageByID(ctx context.Context, id int64) (*Page, error)
	FindPageBySlug(ctx context.Context, slug string) (*Page, error)
	// FindPages returns a page of static pages matching f, by Position
	// then Title, and the total.
	FindPages(ctx context.Context, f PageFilter) ([]*Page, int, error)

	// LoginFailures returns the times of key's failed sign-ins after
	// since, oldest first; at most MaxLoginFailures of them.
	LoginFailures(ctx context.Context, key string, since time.Time) ([]time.Time, error)

	// FindComplaint returns a complaint with its story's title, its
	// assignee's name, its notes and its changes; not_found if unknown.
	FindComplaint(ctx context.Context, id int64) (*Complaint, error)
	// FindComplaints returns a page of complaints matching f, the earliest
	// due first (without notes or changes), and the total.
	FindComplaints(ctx context.Context, f ComplaintFilter) ([]*Complaint, int, error)
	// CountOpenComplaints counts the open complaints, and of them those
	// due before now; ownerID, when set, counts only those about stories
	// the user owns.
	CountOpenComplaints(ctx context.Context, now time.Time, ownerID int64) (open, overdue int, err error)
	// CountComplaintsFrom counts the complaints sent from clientKey since
	// the given time (the per-client limit).
	CountComplaintsFrom(ctx context.Context, clientKey string, since time.Time) (int, error)
	// FindReplies returns published replies on published stories, newest
	// first, each with its story's link fields and section (see Reply).
	FindReplies(ctx context.Context, f ReplyFilter) ([]*Reply, error)
}

// Tx is a write transaction. Now is fixed when the transaction begins.
type Tx interface {
	ReadTx
	Now() time.Time

	// CreateSection sets s.ID. Returns conflict for a taken slug.
	CreateSection(ctx context.Context, s *Section) error
	// CreateTag sets t.ID. Returns conflict for a taken slug.
	CreateTag(ctx context.Context, t *Tag) error
	// CreatePerson sets p.ID. Returns conflict for a taken slug.
	CreatePerson(ctx context.Context, p *Person) error
	// CreateMedia sets m.ID and m.CreatedAt. Returns conflict for a
	// content hash already stored.
	CreateMedia(ctx context.Context, m *Media) error
	// UpdateMedia changes caption, credit, alt and focal point. Returns
	// not_found or invalid.
	UpdateMedia(ctx context.Context, id int64, u MediaUpdate) (*Media, error)
	// UpdateMediaFiles stores what making the variants produced: m's Key,
	// Width, Height, Bytes, Variants, State and StateReason, for the item
	// m.ID. Returns not_found or invalid.
	UpdateMediaFiles(ctx context.Context, m *Media) error
	// DeleteMedia removes the record (not the files). Returns not_found.
	DeleteMedia(ctx context.Context, id int64) error
	// CreateArticle validates a, sets its ID, Version (1), CreatedAt and
	// ModifiedAt, and stores it with its authors, tags and relations.
	// Returns invalid, or conflict for a taken slug.
	CreateArticle(ctx context.Context, a *Article) error
	// UpdateArticle applies u to article id if u.Version is current and
	// returns the article as stored. Returns not_found, invalid, or
	// conflict for a stale version or a taken slug.
	UpdateArticle(ctx context.Context, id int64, u ArticleUpdate) (*Article, error)
	// AddCorrection appends a visible note to an article. Returns not_found.
	AddCorrection(ctx context.Context, c *Correction) error
	// RecordTakedown notes that article id was withdrawn at at, for the
	// public takedown log; a later withdrawal replaces the time.
	RecordTakedown(ctx context.Context, id int64, at time.Time) error
	// SaveSettings replaces the site settings.
	SaveSettings(ctx context.Context, s *Settings) error
	// CreateRedirect stores r, replacing any earlier redirect from the
	// same path, and sets r.CreatedAt. It changes no other redirect:
	// keeping redirects one hop and free of loops is editorial's rule.
	// Returns invalid (see Redirect.Validate).
	CreateRedirect(ctx context.Context, r *Redirect) error
	// RepointRedirects sets the target of every redirect that leads to
	// oldTo to newTo, keeping their creation time and author, and returns
	// how many it changed (none is not an error). Paths match exactly.
	// Returns invalid for a newTo that is not a redirect target (see
	// ValidRedirectTo).
	RepointRedirects(ctx context.Context, oldTo, newTo string) (int, error)
	// DeleteRedirect removes the redirect from a path. Returns not_found.
	DeleteRedirect(ctx context.Context, fromPath string) error
	// RecordViews adds n reads of an article made at the given time, to
	// its day's count (UTC) and to its hour's. Returns invalid for an
	// unknown article.
	RecordViews(ctx context.Context, articleID int64, at time.Time, n int) error
	// PruneHourlyViews deletes the hourly counts of buckets that start
	// before the given time; daily counts stay.
	PruneHourlyViews(ctx context.Context, before time.Time) error
	// ReindexArticle rewrites an article's search index row from its
	// stored text; CreateArticle and UpdateArticle keep it current.
	ReindexArticle(ctx context.Context, id int64) error
	// SetStoredSimilar replaces the similar stories kept for article id
	// with ids, in that order (see StoredSimilar). An empty ids is kept
	// as "computed, none found": StoredSimilar then answers ok.
	SetStoredSimilar(ctx context.Context, id int64, ids []int64) error
	// OptimizeSearch compacts the search index after a bulk write (an
	// import, a reindex, a generated archive): a large archive written in
	// many transactions leaves its index in many pieces, each searched on
	// every query.
	OptimizeSearch(ctx context.Context) error
	// ForgetSimilar drops what SetStoredSimilar kept for article id, so
	// that it is found again (ArticlesWithoutSimilar) rather than kept
	// stale after a change made outside the newsroom (an import).
	ForgetSimilar(ctx context.Context, id int64) error
	// DeleteArticle removes an article with its links, revisions and
	// corrections, for good (the trash is editorial's: a trashed article is
	// an article with StatusTrashed). Returns not_found.
	DeleteArticle(ctx context.Context, id int64) error
	// CreateTombstone keeps a path as gone and sets t.CreatedAt; a path
	// already kept is left as it was. Returns invalid for a path a
	// redirect could not start from (see ValidRedirectFrom).
	CreateTombstone(ctx context.Context, t *Tombstone) error

	// UpdateSection, UpdateTag and UpdatePerson replace the record with
	// the value's ID. They return not_found, invalid, or conflict for a
	// taken slug.
	UpdateSection(ctx context.Context, s *Section) error
	UpdateTag(ctx context.Context, t *Tag) error
	UpdatePerson(ctx context.Context, p *Person) error

	// CreateUser sets u.ID, u.CreatedAt and u.Version. Returns invalid, or
	// conflict for a taken e-mail address.
	CreateUser(ctx context.Context, u *User) error
	// UpdateUser replaces the account if u.Version is current and bumps
	// it. Returns not_found, invalid or conflict.
	UpdateUser(ctx context.Context, u *User) error
	// ClaimTOTPStep records that a user's two-step code for time step step
	// was used, and reports false when that step or a later one already
	// was: each code signs in once.
	ClaimTOTPStep(ctx context.Context, userID, step int64) (bool, error)
	// CreateSession sets s.ID and its times.
	CreateSession(ctx context.Context, s *Session) error
	// TouchSession records activity on a session.
	TouchSession(ctx context.Context, id int64, at time.Time) error
	// DeleteSession ends one session; DeleteUserSessions ends them all.
	DeleteSession(ctx context.Context, id int64) error
	DeleteUserSessions(ctx context.Context, userID int64) error
	// DeleteOtherSessions ends every session of a user but keepID: a
	// password changed in one browser signs the others out.
	DeleteOtherSessions(ctx context.Context, userID, keepID int64) error
	// CreateToken sets t.ID and t.CreatedAt.
	CreateToken(ctx context.Context, t *Token) error
	// TouchToken records a use of an API token.
	TouchToken(ctx context.Context, id int64, at time.Time) error
	// DeleteToken revokes one API token. Returns not_found.
	DeleteToken(ctx context.Context, id int64) error
	// DeleteUserTokens revokes every API token of a user.
	DeleteUserTokens(ctx context.Context, userID int64) error
	// CreateRevision keeps every field of r (UserName is not stored:
	// it is the user's current name when read) and sets r.ID and
	// r.CreatedAt.
	CreateRevision(ctx context.Context, r *Revision) error
	// MarkRevisionPublished marks the revision whose text an article
	// showed at version (the newest not refused at or below it) as
	// published, so that PruneRevisions keeps it.
	MarkRevisionPublished(ctx context.Context, articleID int64, version int) error
	// PruneRevisions deletes the article's revisions older than its
	// newest keep, except those marked published, and returns how many
	// it deleted.
	PruneRevisions(ctx context.Context, articleID int64, keep int) (int, error)
	// AddAudit sets e.ID and e.CreatedAt.
	AddAudit(ctx context.Context, e *AuditEntry) error

	// ReplaceRecoveryCodes drops all of a user's recovery codes, used or
	// not, and stores the given hashes as new unused codes (none when
	// two-step verification is turned off).
	ReplaceRecoveryCodes(ctx context.Context, userID int64, hashes []string) error
	// UseRecoveryCode marks the user's code with this hash as used. It
	// returns not_found for a hash the user has no code for, and conflict
	// for a code already used: each signs in once.
	UseRecoveryCode(ctx context.Context, userID int64, hash string) error
	// CreateNote sets n.ID and n.CreatedAt. Returns invalid.
	CreateNote(ctx context.Context, n *Note) error
	// DeleteNote removes a note. Returns not_found.
	DeleteNote(ctx context.Context, id int64) error
	// CreateNotification sets x.ID and x.CreatedAt.
	CreateNotification(ctx context.Context, x *Notification) error
	// MarkNotificationsRead marks a user's unread notifications read: those
	// listed in ids, or all of them when ids is nil. Others' are never
	// touched. Returns how many changed; invalid for more than 500 ids.
	MarkNotificationsRead(ctx context.Context, userID int64, ids []int64) (int, error)
	// SaveMailSettings replaces how to send e-mail. Returns invalid.
	SaveMailSettings(ctx context.Context, m *MailSettings) error

	// SaveImportItem records where an imported item landed, replacing the
	// record of the same source, kind and key; it sets i.ImportedAt.
	SaveImportItem(ctx context.Context, i *ImportItem) error
	// SetArticleDates sets when an article was created and last modified,
	// for imports that bring the old system's dates. Returns not_found.
	SetArticleDates(ctx context.Context, id int64, created, modified time.Time) error
	// CreatePage validates p, sets its ID, CreatedAt and ModifiedAt (now)
	// and Version (1). Returns invalid, or conflict for a taken slug.
	CreatePage(ctx context.Context, p *Page) error
	// UpdatePage writes every field of p to the page p.ID, sets ModifiedAt
	// (now) and bumps p.Version. The version check is editorial's. Returns
	// not_found, invalid, or conflict for a taken slug.
	UpdatePage(ctx context.Context, p *Page) error
	// DeletePage removes a static page. Returns not_found.
	DeletePage(ctx context.Context, id int64) error

	// AddLoginFailure records a failed sign-in for key at the given time
	// and keeps the table small: it drops every failure at or before
	// expired, all but key's newest perKey failures, and all but the
	// newest total failures of all keys.
	AddLoginFailure(ctx context.Context, key string, at, expired time.Time, perKey, total int) error
	// ClearLoginFailures forgets key's failures, as after a sign-in.
	ClearLoginFailures(ctx context.Context, key string) error
	// TakeLoginAttempt is the check and the count of a sign-in in one
	// step, so that concurrent attempts cannot all pass the check before
	// any is counted. When key has fewer than max failures after expired,
	// it records a failure at `at` as AddLoginFailure does (perKey = max)
	// and returns its id, for DropLoginFailure should the attempt succeed.
	// Otherwise it records nothing and returns 0 and key's failures after
	// expired, oldest first, to tell when the next attempt is allowed.
	TakeLoginAttempt(ctx context.Context, key string, at, expired time.Time, max, total int) (id int64, failures []time.Time, err error)
	// DropLoginFailure forgets the failure id (from TakeLoginAttempt), as
	// when the attempt succeeded or was never made; one already gone is
	// no error.
	DropLoginFailure(ctx context.Context, id int64) error
	// Claim takes the lease called name for holder until expires, so that
	// of several nodes one does a piece of work. It returns false when
	// another holder's lease is still running (expires after Now);
	// a holder may renew its own. Expired leases of any name are dropped.
	Claim(ctx context.Context, name, holder string, expires time.Time) (bool, error)
	// ReleaseClaim ends holder's lease called name; another holder's is
	// left alone.
	ReleaseClaim(ctx context.Context, name, holder string) error

	// CreateComplaint validates c and stores it as new, setting its ID,
	// ReceivedAt (now) and DueAt (now + ComplaintWindow). Returns invalid.
	CreateComplaint(ctx context.Context, c *Complaint) error
	// UpdateComplaint writes c's Status, AssigneeID, ReplyBody and ReplyAt
	// to the complaint c.ID. Returns not_found or invalid.
	UpdateComplaint(ctx context.Context, c *Complaint) error
	// CreateComplaintNote validates n and sets its ID and CreatedAt.
	// Returns invalid or not_found (no such complaint).
	CreateComplaintNote(ctx context.Context, n *ComplaintNote) error
	// AddComplaintChange appends to a complaint's trail and sets
	// e.ID and e.CreatedAt.
	AddComplaintChange(ctx context.Context, e *ComplaintChange) error
}
