package public

import "warta"

// The Dewan Pers cyber-media guideline's marks of trust on the reader's
// side (templates/_trust.html): the "Perlu verifikasi" mark on a report
// still being verified, the advertorial's sponsor, and the links between
// a story and its follow-ups.

// trustView is what an article page shows of them.
type trustView struct {
	Verify    string // the mark; "" when the report is verified
	Sponsor   string // "Dipersembahkan oleh …" of an advertorial; "" otherwise
	Follows   *item  // the earlier story, when published
	FollowUps []item // later published stories, newest first
}

// trust builds the article page's trust view. The items record what they
// show; the page also records that it lists the article's follow-ups, so
// a follow-up published or withdrawn later evicts it (followDeps).
func (p *articlePage) trust() trustView {
	a := p.Article
	v := trustView{Verify: p.verifyMark(a)}
	if a.Label == warta.LabelAdvertorial && a.Sponsor != "" {
		v.Sponsor = p.T("trust.sponsored_by", a.Sponsor)
	}
	if a.Follows != nil {
		it := p.item(a.Follows)
		v.Follows = &it
	}
	v.FollowUps = p.items(a.FollowUps)
	p.deps.add(depFollowUps, a.ID)
	return v
}

// verifyMark is the "Perlu verifikasi" badge text of a, or "".
func (p *page) verifyMark(a *warta.Article) string {
	if !a.NeedsVerification {
		return ""
	}
	return p.T("trust.verify")
}

// followDeps are the follow-up lists an article event changes: those of
// the story it followed up before the write and after it.
func followDeps(e warta.Event) []dep {
	var ds []dep
	for _, r := range []*warta.ArticleRef{e.Before, e.After} {
		if r != nil && r.Follows != 0 {
			ds = append(ds, dep{depFollowUps, r.Follows})
		}
	}
	return ds
}

// ldSponsor is the schema.org sponsor of an advertorial.
type ldSponsor struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// sponsorLD is a's sponsor for its JSON-LD, or nil.
func sponsorLD(a *warta.Article) *ldSponsor {
	if a.Label != warta.LabelAdvertorial || a.Sponsor == "" {
		return nil
	}
	return &ldSponsor{Type: "Organization", Name: a.Sponsor}
}
