package editorial

import "warta"

// Conflict is the refusal of a save that started from an old version.
// It carries what a writer needs to merge by hand, field by field: the
// article as it stands now, the text the save started from (what both
// sides changed is measured against it) and the refused text, already
// kept as a revision so no choice loses it. Its code is conflict.
type Conflict struct {
	Current *warta.Article
	// Base is the article's text at the version the save started from;
	// nil when no revision of it is kept (an imported story).
	Base *warta.Revision
	// Mine is the refused text, as kept.
	Mine *warta.Revision
	err  *warta.Error
}

// Error implements error.
func (c *Conflict) Error() string { return c.err.Error() }

// Unwrap lets warta.ErrorCode and the translators see the domain error.
func (c *Conflict) Unwrap() error { return c.err }
