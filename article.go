package warta

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Label says what kind of journalism an article is. Sponsored content must
// carry LabelAdvertorial so readers can tell it apart (Dewan Pers guideline).
type Label string

// Labels an article can carry.
const (
	LabelBerita      Label = "berita"
	LabelOpini       Label = "opini"
	LabelAnalisis    Label = "analisis"
	LabelAdvertorial Label = "advertorial"
)

// Labels lists every label in display order.
var Labels = []Label{LabelBerita, LabelOpini, LabelAnalisis, LabelAdvertorial}

// Valid reports whether l is a known label.
func (l Label) Valid() bool {
	for _, k := range Labels {
		if l == k {
			return true
		}
	}
	return false
}

// Limits on article fields.
const (
	MaxTitleLen    = 300
	MaxDekLen      = 600
	MaxDatelineLen = 120
	MaxSlugLen     = 200
	MaxBodyBytes   = 2 << 20
	// MaxRemovalReasonLen bounds the reason shown when an article is withdrawn.
	MaxRemovalReasonLen = 1000
	// MaxSponsorLen bounds an advertorial's sponsor name.
	MaxSponsorLen = 200
	// MaxFollowUps is how many later stories an article's page lists
	// under "Perkembangan terbaru".
	MaxFollowUps = 5
	// MaxFollowChain bounds the walk up a chain of follow-ups when a
	// save checks that the chain does not loop.
	MaxFollowChain = 100
)

// Article is a news story with everything its public page shows.
type Article struct {
	ID       int64
	Slug     string
	Title    string
	Dek      string // summary under the headline; also meta description and feed summary
	Dateline string // outlet or place prefix before the first paragraph, e.g. "Warta, Jakarta"
	BodyHTML string // sanitised HTML
	Label    Label
	Breaking bool
	// SEO overrides; empty means the title and dek are used.
	SEOTitle       string
	SEODescription string

	SectionID       int64
	FeaturedMediaID int64 // 0 when there is none
	OwnerID         int64 // the user who created it; 0 for imported or demo content
	AuthorIDs       []int64
	TagIDs          []int64
	RelatedIDs      []int64 // "Baca Juga" links, in the editor's order

	Status      Status
	PublishAt   time.Time // when a scheduled article goes live
	PublishedAt time.Time // first publication; zero until published
	UpdatedAt   time.Time // last change after publication shown to readers; zero if none
	CreatedAt   time.Time
	ModifiedAt  time.Time // any change, for caches and sitemaps
	Version     int

	WordCount int

	// RemovalReason is why the newsroom withdrew the article, shown to
	// readers on its address while it is unpublished (the Dewan Pers
	// cyber-media guideline asks that a takedown be announced with its
	// reason); empty otherwise.
	RemovalReason string

	// NeedsVerification marks an urgent report whose facts the newsroom
	// is still checking ("Perlu verifikasi", as the Dewan Pers cyber-media
	// guideline asks); readers see the mark until an editor clears it.
	NeedsVerification bool
	// Sponsor names who paid for an advertorial; an advertorial is not
	// published or scheduled without one (CheckSponsor).
	Sponsor string
	// FollowsID is the earlier story this one follows up; 0 for none.
	FollowsID int64

	// Set while the article is in the trash (StatusTrashed): when, by whom
	// (0 for the system), and the status it had, which Restore goes back
	// towards (see RestoreStatus).
	TrashedAt   time.Time
	TrashedBy   int64
	TrashedFrom Status

	// Loaded with the article by the store; not written back.
	Section       *Section
	FeaturedMedia *Media
	Authors       []*Person
	Tags          []*Tag
	Related       []*Article // published related articles, without their own relations
	Corrections   []*Correction
	// Follows is the earlier story of FollowsID when it is published;
	// FollowUps the published stories that follow this one, newest
	// first, at most MaxFollowUps (FindArticleByID and ..BySlug only).
	Follows   *Article
	FollowUps []*Article
}

// ValidateSizes checks only the lengths Validate checks. Text kept that
// is not (yet) the article's state, such as a stale save kept as a
// revision, must fit the same limits, though it may lack what a complete
// article needs (a slug made later from the title).
func (a *Article) ValidateSizes() error {
	switch {
	case utf8.RuneCountInString(a.Title) > MaxTitleLen:
		return &Error{Code: EINVALID, Key: "error.title_too_long", Args: []any{MaxTitleLen}, Message: "title is too long"}
	case utf8.RuneCountInString(a.Dek) > MaxDekLen:
		return &Error{Code: EINVALID, Key: "error.dek_too_long", Args: []any{MaxDekLen}, Message: "dek is too long"}
	case utf8.RuneCountInString(a.SEOTitle) > MaxTitleLen:
		return &Error{Code: EINVALID, Key: "error.title_too_long", Args: []any{MaxTitleLen}, Message: "SEO title is too long"}
	case utf8.RuneCountInString(a.SEODescription) > MaxDekLen:
		return &Error{Code: EINVALID, Key: "error.dek_too_long", Args: []any{MaxDekLen}, Message: "SEO description is too long"}
	case utf8.RuneCountInString(a.RemovalReason) > MaxRemovalReasonLen:
		return &Error{Code: EINVALID, Key: "error.removal_reason_too_long", Args: []any{MaxRemovalReasonLen}, Message: "the reason for withdrawing is too long"}
	case utf8.RuneCountInString(a.Sponsor) > MaxSponsorLen:
		return &Error{Code: EINVALID, Key: "error.sponsor_too_long", Args: []any{MaxSponsorLen}, Message: "sponsor name is too long"}
	case utf8.RuneCountInString(a.Dateline) > MaxDatelineLen:
		return &Error{Code: EINVALID, Key: "error.dateline_too_long", Args: []any{MaxDatelineLen}, Message: "dateline is too long"}
	case len(a.Slug) > MaxSlugLen:
		return &Error{Code: EINVALID, Key: "error.slug_invalid", Message: "slug is too long"}
	case len(a.BodyHTML) > MaxBodyBytes:
		return &Error{Code: ETOOLARGE, Key: "error.body_too_large", Message: "body is too large"}
	}
	return nil
}

// Validate checks the article before it is stored: required fields,
// sizes (ValidateSizes), slug, label, status and the times they need.
func (a *Article) Validate() error {
	if strings.TrimSpace(a.Title) == "" {
		return &Error{Code: EINVALID, Key: "error.title_required", Message: "title is required"}
	}
	if err := a.ValidateSizes(); err != nil {
		return err
	}
	switch {
	case !ValidSlug(a.Slug):
		return &Error{Code: EINVALID, Key: "error.slug_invalid", Message: "slug must be lower-case letters, digits and hyphens"}
	case !a.Label.Valid():
		return &Error{Code: EINVALID, Key: "error.label_invalid", Message: "unknown label"}
	case !a.Status.Valid():
		return &Error{Code: EINVALID, Key: "error.status_invalid", Message: "unknown status"}
	case a.SectionID == 0:
		return &Error{Code: EINVALID, Key: "error.section_required", Message: "section is required"}
	case a.Status == StatusScheduled && a.PublishAt.IsZero():
		return &Error{Code: EINVALID, Key: "error.publish_at_required", Message: "a scheduled article needs publish_at"}
	case a.Status == StatusTrashed && a.TrashedAt.IsZero():
		return &Error{Code: EINVALID, Key: "error.status_invalid", Message: "a trashed article needs its trash time"}
	case a.Status == StatusPublished && a.PublishedAt.IsZero():
		return &Error{Code: EINVALID, Key: "error.published_at_required", Message: "a published article needs its publication time"}
	}
	if a.FollowsID != 0 && a.FollowsID == a.ID {
		return &Error{Code: EINVALID, Key: "error.follows_loop", Message: "an article cannot follow itself"}
	}
	for _, id := range a.RelatedIDs {
		if id == a.ID && id != 0 {
			return &Error{Code: EINVALID, Key: "error.related_self", Message: "an article cannot link to itself"}
		}
	}
	return nil
}

// CheckSponsor refuses an advertorial that is published or scheduled
// without its sponsor named: readers must be told who paid for it. The
// editorial service checks it on every save and status change; the
// store does not, so content written before the rule still loads.
func (a *Article) CheckSponsor() error {
	if a.Label != LabelAdvertorial || strings.TrimSpace(a.Sponsor) != "" {
		return nil
	}
	if a.Status == StatusPublished || a.Status == StatusScheduled {
		return &Error{Code: EINVALID, Key: "error.sponsor_required", Message: "an advertorial needs its sponsor named before it is published or scheduled"}
	}
	return nil
}

// IsPublic reports whether readers may see the article.
func (a *Article) IsPublic() bool { return a.Status == StatusPublished }

// WasUpdated reports whether the article changed visibly after publication.
func (a *Article) WasUpdated() bool {
	return !a.UpdatedAt.IsZero() && a.UpdatedAt.Sub(a.PublishedAt) >= time.Minute
}

// ReadingMinutes estimates reading time at 200 words a minute, at least one.
func (a *Article) ReadingMinutes() int {
	m := (a.WordCount + 199) / 200
	if m < 1 {
		m = 1
	}
	return m
}

// Path is the article's public path, /{section}/{yyyy}/{mm}/{dd}/{slug},
// dated by its publication day in the site's zone. The section must be
// loaded.
func (a *Article) Path(loc *time.Location) string {
	section := "berita"
	if a.Section != nil {
		section = a.Section.Slug
	}
	return "/" + section + a.PublishedAt.In(loc).Format("/2006/01/02/") + a.Slug
}

// ValidSlug reports whether s is a non-empty slug of lower-case ASCII
// letters, digits and single hyphens, not starting or ending with a hyphen.
func ValidSlug(s string) bool {
	if s == "" || len(s) > MaxSlugLen || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	prevHyphen := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			prevHyphen = false
		case c == '-':
			if prevHyphen {
				return false
			}
			prevHyphen = true
		default:
			return false
		}
	}
	return true
}

// Correction is a visible note on a published article: a correction of a
// factual error or an update with new information.
type Correction struct {
	ID        int64
	ArticleID int64
	Kind      CorrectionKind
	Note      string
	CreatedAt time.Time
}

// CorrectionKind distinguishes corrections from updates.
type CorrectionKind string

// Correction kinds.
const (
	CorrectionFix    CorrectionKind = "correction"
	CorrectionUpdate CorrectionKind = "update"
)

// ArticleFilter selects articles. Nil fields do not filter.
type ArticleFilter struct {
	IDs             []int64
	SectionID       *int64
	TagID           *int64
	AuthorID        *int64
	Status          *Status
	Breaking        *bool
	PublishedFrom   *time.Time // inclusive
	PublishedBefore *time.Time // exclusive
	OwnerID         *int64
	// DueBy selects scheduled articles whose publish_at is at or before it.
	DueBy *time.Time
	// TitleContains matches titles containing the text, ignoring case.
	TitleContains string
	ExcludeIDs    []int64
	// ExcludeStatuses leaves these statuses out (the newsroom's "all"
	// list leaves out the trash).
	ExcludeStatuses []Status
	// Query matches the newsroom's search: the words of the title, dek
	// and body of an article in any status, as package search analyses
	// them, or the text as part of the title, among the newest
	// SearchTotalCap matches (a date range reaches older ones). Not for
	// readers: it finds drafts.
	Query    string
	Label    *Label
	Modified DateRange
	// Follows selects the stories that follow up this article.
	Follows *int64
	// TrashedBefore selects articles put in the trash before it (purging).
	TrashedBefore *time.Time

	// Order is OrderNewest (default) or OrderOldest, by publication time.
	Order  Order
	Offset int
	Limit  int
	// PerSection, with SectionIDs, returns at most this many of the newest
	// matches from each listed section (the home page's section blocks).
	SectionIDs []int64
	PerSection int
	// NoTotal skips counting every match when the caller needs only the
	// page; the total returned is then Offset plus the page's length.
	NoTotal bool
}

// Order is a sort order for lists.
type Order int

// Orders for ArticleFilter.
const (
	OrderNewest Order = iota
	OrderOldest
	OrderModified // most recently changed first, for the newsroom
	OrderModifiedOldest
	OrderTitle // A to Z
	OrderTitleDesc
)

// DateRange is a span of time; a zero end is open.
type DateRange struct {
	From   time.Time // inclusive
	Before time.Time // exclusive
}

// ArticleUpdate changes an article. Nil fields are left as they are.
// Version must be the version the change started from.
type ArticleUpdate struct {
	Version           int
	Slug              *string
	Title             *string
	Dek               *string
	Dateline          *string
	BodyHTML          *string
	Label             *Label
	Breaking          *bool
	SectionID         *int64
	FeaturedMediaID   *int64
	AuthorIDs         *[]int64
	TagIDs            *[]int64
	RelatedIDs        *[]int64
	Status            *Status
	PublishAt         *time.Time
	PublishedAt       *time.Time
	UpdatedAt         *time.Time
	WordCount         *int
	SEOTitle          *string
	SEODescription    *string
	RemovalReason     *string
	NeedsVerification *bool
	Sponsor           *string
	FollowsID         *int64 // 0 clears it
	// Trashed moves the article into the trash (Status becomes
	// StatusTrashed) or, with a zero At, takes the trash fields off it.
	Trashed *Trashing
}

// Trashing is who put an article in the trash, when, and from where.
type Trashing struct {
	At   time.Time
	By   int64
	From Status
}

// Apply copies the set fields of u onto a.
func (u *ArticleUpdate) Apply(a *Article) {
	set := func(dst *string, src *string) {
		if src != nil {
			*dst = *src
		}
	}
	set(&a.Slug, u.Slug)
	set(&a.Title, u.Title)
	set(&a.Dek, u.Dek)
	set(&a.Dateline, u.Dateline)
	set(&a.BodyHTML, u.BodyHTML)
	set(&a.SEOTitle, u.SEOTitle)
	set(&a.SEODescription, u.SEODescription)
	set(&a.RemovalReason, u.RemovalReason)
	set(&a.Sponsor, u.Sponsor)
	if u.NeedsVerification != nil {
		a.NeedsVerification = *u.NeedsVerification
	}
	if u.FollowsID != nil {
		a.FollowsID = *u.FollowsID
	}
	if u.Label != nil {
		a.Label = *u.Label
	}
	if u.Breaking != nil {
		a.Breaking = *u.Breaking
	}
	if u.SectionID != nil {
		a.SectionID = *u.SectionID
	}
	if u.FeaturedMediaID != nil {
		a.FeaturedMediaID = *u.FeaturedMediaID
	}
	if u.AuthorIDs != nil {
		a.AuthorIDs = *u.AuthorIDs
	}
	if u.TagIDs != nil {
		a.TagIDs = *u.TagIDs
	}
	if u.RelatedIDs != nil {
		a.RelatedIDs = *u.RelatedIDs
	}
	if u.Status != nil {
		a.Status = *u.Status
	}
	if u.PublishAt != nil {
		a.PublishAt = *u.PublishAt
	}
	if u.PublishedAt != nil {
		a.PublishedAt = *u.PublishedAt
	}
	if u.UpdatedAt != nil {
		a.UpdatedAt = *u.UpdatedAt
	}
	if u.WordCount != nil {
		a.WordCount = *u.WordCount
	}
	if u.Trashed != nil {
		a.TrashedAt, a.TrashedBy, a.TrashedFrom = u.Trashed.At, u.Trashed.By, u.Trashed.From
	}
}

// SimilarKept is how many similar stories are found and kept for each
// published article when it is published or saved: the related list shows
// up to four, and the rest stand in for ones taken down since.
const SimilarKept = 6

// SimilarRankCap is how many of a story's newest text matches are ranked
// to find its similar ones. Ranking every match grows with the archive
// (at 32,000 stories, 460 ms a story against 16 ms with the cap, on a
// busy machine: `warta reindex` of 100,000 would have taken hours); news
// a reader is pointed to is recent anyway.
const SimilarRankCap = 1000
