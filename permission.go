package warta

import "slices"

// Action is something a user asks to do. Can decides; the rules live here
// once and both the newsroom UI and the API call them.
type Action string

// Actions on articles and on the site.
const (
	ActionCreate    Action = "create"
	ActionEdit      Action = "edit"
	ActionSubmit    Action = "submit"
	ActionPublish   Action = "publish"
	ActionSchedule  Action = "schedule"
	ActionUnpublish Action = "unpublish"
	// ActionDelete moves an article to the trash; ActionRestore takes it
	// out again; ActionPurge deletes a trashed article for good (also
	// emptying the whole trash, with no article).
	ActionDelete         Action = "delete"
	ActionRestore        Action = "restore"
	ActionPurge          Action = "purge"
	ActionReview         Action = "review" // see the review queue and every article
	ActionManageTaxonomy Action = "manage_taxonomy"
	ActionManagePeople   Action = "manage_people"
	ActionManageUsers    Action = "manage_users"
	ActionManageSettings Action = "manage_settings"
	ActionManageRedirect Action = "manage_redirects"
	ActionReadAudit      Action = "read_audit"
	ActionUpload         Action = "upload"
	ActionEditMedia      Action = "edit_media"
	ActionDeleteMedia    Action = "delete_media"
	// ActionAddTag is creating a tag while writing. As in WordPress, where
	// tags are assigned with edit_posts, anyone who writes may add one;
	// renaming and merging stay ActionManageTaxonomy.
	ActionAddTag Action = "add_tag"
	// ActionManagePages is creating, changing, publishing and deleting the
	// site's static pages ("Tentang Kami", "Pedoman Media Siber" …).
	ActionManagePages Action = "manage_pages"
	// ActionReadStats is seeing how much the site's stories are read: the
	// most-read lists and views per section. Every role may, as a writer
	// learns from what readers read, and the counts name no reader.
	ActionReadStats Action = "read_stats"
	// ActionCredit is putting other people on a story's byline. As in
	// WordPress, only editors and administrators may; authors and
	// contributors are the byline of their own stories (see CheckByline).
	ActionCredit Action = "credit"
)

// CanMedia decides media actions, as WordPress does: contributors may not
// upload; authors upload and change or delete their own items; editors
// and administrators any item.
func CanMedia(u *User, action Action, m *Media) bool {
	if u == nil || u.Disabled || !u.Role.Valid() || u.Role == RoleContributor {
		return false
	}
	switch action {
	case ActionUpload:
		return true
	case ActionEditMedia, ActionDeleteMedia:
		if m == nil {
			return false
		}
		return u.Role == RoleAdministrator || u.Role == RoleEditor || (m.UploaderID != 0 && m.UploaderID == u.ID)
	}
	return false
}

// CheckMedia returns a forbidden error when CanMedia says no.
func CheckMedia(u *User, action Action, m *Media) error {
	if CanMedia(u, action, m) {
		return nil
	}
	return refusal(u, action)
}

// Owns reports whether the article is the user's own: they created it.
func Owns(u *User, a *Article) bool { return a != nil && u != nil && u.ID != 0 && a.OwnerID == u.ID }

// Can reports whether u may do action, on article a where the action
// concerns one (a may be nil for site-wide actions and for ActionCreate).
//
//   - Administrators and editors may do everything to every article;
//     only administrators manage users and settings and read the audit log.
//     Editors manage sections, tags, people, redirects and static pages
//     with them.
//   - Authors write, submit, publish, schedule, unpublish and delete their
//     own articles.
//   - Contributors write their own articles and submit them for review;
//     once an article is scheduled or published they can no longer change
//     it, and they never publish.
//   - Deleting moves an article to the trash. A trashed article can only be
//     restored (by whoever could have deleted it) or purged; only editors
//     and administrators purge, one article or the whole trash.
func Can(u *User, action Action, a *Article) bool {
	if u == nil || u.Disabled || !u.Role.Valid() {
		return false
	}
	editor := u.Role == RoleAdministrator || u.Role == RoleEditor
	switch action {
	case ActionManageUsers, ActionManageSettings, ActionReadAudit:
		return u.Role == RoleAdministrator
	case ActionManageTaxonomy, ActionManagePeople, ActionManageRedirect, ActionManagePages, ActionReview, ActionCredit:
		return editor
	case ActionCreate, ActionAddTag, ActionReadStats:
		return true
	case ActionPurge:
		return editor && (a == nil || a.Status == StatusTrashed)
	case ActionRestore:
		if a == nil || a.Status != StatusTrashed {
			return false
		}
		// Whoever could have deleted it as it was may take it back.
		before := *a
		before.Status = a.TrashedFrom
		return before.Status != StatusTrashed && Can(u, ActionDelete, &before)
	}
	if a != nil && a.Status == StatusTrashed {
		return false // restore it first
	}
	if editor {
		return a != nil
	}
	if !Owns(u, a) {
		return false
	}
	switch u.Role {
	case RoleAuthor:
		switch action {
		case ActionEdit, ActionSubmit, ActionPublish, ActionSchedule, ActionUnpublish, ActionDelete:
			return true
		}
	case RoleContributor:
		editable := a.Status == StatusDraft || a.Status == StatusReview
		switch action {
		case ActionEdit, ActionSubmit:
			return editable
		case ActionDelete:
			return a.Status == StatusDraft
		}
	}
	return false
}

// Check returns a forbidden error when Can says no.
func Check(u *User, action Action, a *Article) error {
	if Can(u, action, a) {
		return nil
	}
	return refusal(u, action)
}

// refusal is the error for an action the rules refuse: unauthorized
// without a user, forbidden with one.
func refusal(u *User, action Action) error {
	if u == nil {
		return &Error{Code: EUNAUTHORIZED, Key: "error.unauthorized", Message: "sign in first"}
	}
	return &Error{Code: EFORBIDDEN, Key: RefusalKey(action), Message: "not allowed: " + string(action)}
}

// CanByline reports whether u may change a story's byline from before to
// after. Editors and administrators may credit anyone. Everyone else may
// put only themselves on it, keep or reorder whom an editor credited, and
// take people off; naming anyone new is crediting them, which they may
// not do.
func CanByline(u *User, before, after []int64) bool {
	if Can(u, ActionCredit, nil) {
		return true
	}
	if u == nil || u.Disabled || !u.Role.Valid() {
		return false
	}
	for _, id := range after {
		if id != u.PersonID || id == 0 {
			if !slices.Contains(before, id) {
				return false
			}
		}
	}
	return true
}

// CheckByline returns a forbidden error when CanByline says no.
func CheckByline(u *User, before, after []int64) error {
	if CanByline(u, before, after) {
		return nil
	}
	return refusal(u, ActionCredit)
}

// CanEditPerson reports whether u may change the byline profile of person
// personID: editors and administrators any, everyone else only the person
// their own account writes under.
func CanEditPerson(u *User, personID int64) bool {
	if Can(u, ActionManagePeople, nil) {
		return true
	}
	return u != nil && !u.Disabled && u.Role.Valid() && personID != 0 && u.PersonID == personID
}

// CheckPerson returns a forbidden error when CanEditPerson says no.
func CheckPerson(u *User, personID int64) error {
	if CanEditPerson(u, personID) {
		return nil
	}
	return refusal(u, ActionManagePeople)
}

// RefusalKey names the message that refuses action, such as
// "refusal.publish": one sentence per action, so a refusal says what was
// refused in the reader's language. A key without a message falls back to
// the generic one for the forbidden code.
func RefusalKey(action Action) string { return "refusal." + string(action) }
