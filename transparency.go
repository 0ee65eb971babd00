package warta

import "time"

// CorrectionClarify is a note that explains a point readers may have
// taken wrongly, without a factual error to correct (Klarifikasi).
const CorrectionClarify CorrectionKind = "clarification"

// CorrectionKinds lists every kind of note, in the newsroom's order.
var CorrectionKinds = []CorrectionKind{CorrectionFix, CorrectionUpdate, CorrectionClarify}

// Valid reports whether k is a known kind of note.
func (k CorrectionKind) Valid() bool {
	for _, c := range CorrectionKinds {
		if k == c {
			return true
		}
	}
	return false
}

// Takedown is an entry of the public takedown log: a story withdrawn
// from the site, when, and the reason readers are given. The story's
// text is never part of it; Article is loaded for its address alone.
type Takedown struct {
	ArticleID int64
	Reason    string
	At        time.Time
}

// Bounds on the masthead fields of a person.
const (
	MaxMastheadRank    = 9999
	MaxMastheadRoleLen = 120
)

// MastheadHeading is the heading p stands under on the masthead.
func (p *Person) MastheadHeading() string {
	if p.MastheadRole != "" {
		return p.MastheadRole
	}
	return p.Title
}
