package editorial

import (
	"context"
	"net/url"
	"strconv"
	"strings"

	"warta"
)

// The Dewan Pers cyber-media guideline's marks of trust on a story: the
// "Perlu verifikasi" flag, the link between a story and its follow-ups,
// and the sponsor an advertorial names. The rules are checked here, for
// the newsroom, the API and the CLI alike, inside the write: a refused
// save changes nothing.

// resolveFollows turns in.FollowsRef — an article id, or a public
// address or path ending in the story's slug — into in.FollowsID. An
// empty reference clears the link; one that names no article is refused.
func resolveFollows(ctx context.Context, tx warta.ReadTx, in *Input) error {
	if in.FollowsRef == nil {
		return nil
	}
	ref := strings.TrimSpace(*in.FollowsRef)
	var id int64
	switch {
	case len(ref) > maxFollowsRef:
		return followsUnknown()
	case ref == "":
	case isID(ref):
		id, _ = strconv.ParseInt(ref, 10, 64)
	default:
		slug := ref
		if u, err := url.Parse(ref); err == nil {
			slug = u.Path
		}
		slug = strings.Trim(slug, "/")
		if i := strings.LastIndexByte(slug, '/'); i >= 0 {
			slug = slug[i+1:]
		}
		if !warta.ValidSlug(slug) {
			return followsUnknown()
		}
		a, err := tx.FindArticleBySlug(ctx, slug)
		if warta.IsNotFound(err) {
			return followsUnknown()
		} else if err != nil {
			return err
		}
		id = a.ID
	}
	in.FollowsID = &id
	return nil
}

// maxFollowsRef bounds the address a writer may paste.
const maxFollowsRef = 2000

// isID reports whether s is a positive decimal id of at most 18 digits.
func isID(s string) bool {
	if s == "" || len(s) > 18 || s[0] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func followsUnknown() error {
	return &warta.Error{Code: warta.EINVALID, Key: "error.follows_unknown", Message: "the story this one follows up was not found"}
}

// checkTrust checks next, the article as a write would leave it (cur is
// it before, nil on create): an advertorial that is or stays public or
// scheduled names its sponsor, and a changed follow-up link names an
// existing story whose own chain does not lead back to next.
func checkTrust(ctx context.Context, tx warta.ReadTx, cur, next *warta.Article) error {
	if err := next.CheckSponsor(); err != nil {
		return err
	}
	if next.FollowsID == 0 || (cur != nil && cur.FollowsID == next.FollowsID) {
		return nil
	}
	return checkFollows(ctx, tx, next.ID, next.FollowsID)
}

// checkFollows refuses a link from article id (0: not yet created) to
// target when target is id or follows it up, directly or down a chain.
// The walk is bounded: a chain longer than MaxFollowChain is refused too.
func checkFollows(ctx context.Context, tx warta.ReadTx, id, target int64) error {
	loop := &warta.Error{Code: warta.EINVALID, Key: "error.follows_loop", Message: "a story cannot follow itself or a story that follows it"}
	for step, next := 0, target; next != 0; step++ {
		if next == id || step >= warta.MaxFollowChain {
			return loop
		}
		a, err := tx.FindArticleByID(ctx, next)
		if warta.IsNotFound(err) {
			if next == target {
				return followsUnknown()
			}
			return nil
		} else if err != nil {
			return err
		}
		next = a.FollowsID
	}
	return nil
}

// auditTrust records a change of the verification flag as its own audit
// entry beside the save's: when a report was verified, and by whom, is
// part of the newsroom's record.
func auditTrust(ctx context.Context, tx warta.Tx, u *warta.User, cur, a *warta.Article) error {
	switch {
	case cur.NeedsVerification && !a.NeedsVerification:
		return audit(ctx, tx, u, "verification_cleared", a, a.Title)
	case !cur.NeedsVerification && a.NeedsVerification:
		return audit(ctx, tx, u, "verification_flagged", a, a.Title)
	}
	return nil
}
