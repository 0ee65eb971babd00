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

	// FindSections returns all sections ordered by position.
	FindSections(ctx context.Context) ([]*Section, error)
	// FindSectionBySlug returns not_found for an unknown slug.
	FindSectionBySlug(ctx context.Context, slug string) (*Section, error)
	// FindTagBySlug returns not_found for an unknown slug.
	FindTagBySlug(ctx context.Context, slug string) (*Tag, error)
	// FindTags returns tags ordered by name, optionally only those whose
	// slugs are listed.
	FindTags(ctx context.Context, slugs []string) ([]*Tag, error)
	// FindPersonBySlug returns a person with their photo; not_found if unknown.
	FindPersonBySlug(ctx context.Context, slug string) (*Person, error)
	// FindPeople returns everyone, ordered by name.
	FindPeople(ctx context.Context) ([]*Person, error)
	// FindMediaByID returns not_found for an unknown id.
	FindMediaByID(ctx context.Context, id int64) (*Media, error)
	// FindSettings returns the site settings, or the defaults if none are saved.
	FindSettings(ctx context.Context) (*Settings, error)
	// FindRedirect returns the target of an old path; not_found if none.
	FindRedirect(ctx context.Context, fromPath string) (string, error)
	// CountArticles returns the number of articles in any status.
	CountArticles(ctx context.Context) (int, error)
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
	// CreateMedia sets m.ID and m.CreatedAt.
	CreateMedia(ctx context.Context, m *Media) error
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
	// SaveSettings replaces the site settings.
	SaveSettings(ctx context.Context, s *Settings) error
	// CreateRedirect makes fromPath answer 301 to toPath, replacing any
	// earlier redirect from the same path.
	CreateRedirect(ctx context.Context, fromPath, toPath string) error
	// RecordViews adds n reads of an article on the given day (UTC).
	RecordViews(ctx context.Context, articleID int64, day time.Time, n int) error
}
