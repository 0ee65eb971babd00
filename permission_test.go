package warta_test

import (
	"fmt"
	"testing"

	"warta"
)

// TestCanMatrix is the role × action table: every role, every action, on
// an article of one's own and of someone else's, in each status that
// changes the answer.
func TestCanMatrix(t *testing.T) {
	users := map[warta.Role]*warta.User{}
	for i, r := range warta.Roles {
		users[r] = &warta.User{ID: int64(i + 1), Role: r, Name: string(r), Email: string(r) + "@kabar.example"}
	}
	const (
		own   = "own"
		other = "other"
	)
	type key struct {
		role   warta.Role
		action warta.Action
		whose  string
		status warta.Status
	}
	// allowed lists the yes answers; everything else must be no.
	allowed := map[key]bool{}
	allow := func(r warta.Role, a warta.Action, whose string, statuses ...warta.Status) {
		for _, s := range statuses {
			allowed[key{r, a, whose, s}] = true
		}
	}
	// A trashed article takes no workflow action at all (restore it first).
	all := []warta.Status{warta.StatusDraft, warta.StatusReview, warta.StatusScheduled, warta.StatusPublished, warta.StatusUnpublished}
	articleActions := []warta.Action{warta.ActionEdit, warta.ActionSubmit, warta.ActionPublish, warta.ActionSchedule, warta.ActionUnpublish, warta.ActionDelete}
	for _, r := range []warta.Role{warta.RoleAdministrator, warta.RoleEditor} {
		for _, a := range articleActions {
			allow(r, a, own, all...)
			allow(r, a, other, all...)
		}
	}
	for _, a := range articleActions {
		allow(warta.RoleAuthor, a, own, all...)
	}
	allow(warta.RoleContributor, warta.ActionEdit, own, warta.StatusDraft, warta.StatusReview)
	allow(warta.RoleContributor, warta.ActionSubmit, own, warta.StatusDraft, warta.StatusReview)
	allow(warta.RoleContributor, warta.ActionDelete, own, warta.StatusDraft)

	for _, r := range warta.Roles {
		u := users[r]
		for _, action := range articleActions {
			for _, whose := range []string{own, other} {
				for _, status := range warta.Statuses {
					owner := u.ID
					if whose == other {
						owner = 99
					}
					a := &warta.Article{OwnerID: owner, Status: status}
					want := allowed[key{r, action, whose, status}]
					t.Run(fmt.Sprintf("%s/%s/%s/%s", r, action, whose, status), func(t *testing.T) {
						if got := warta.Can(u, action, a); got != want {
							t.Errorf("Can = %v, want %v", got, want)
						}
					})
				}
			}
		}
	}

	site := []struct {
		action warta.Action
		roles  []warta.Role
	}{
		{warta.ActionCreate, warta.Roles},
		{warta.ActionReadStats, warta.Roles},
		{warta.ActionReview, []warta.Role{warta.RoleAdministrator, warta.RoleEditor}},
		{warta.ActionManageTaxonomy, []warta.Role{warta.RoleAdministrator, warta.RoleEditor}},
		{warta.ActionManagePeople, []warta.Role{warta.RoleAdministrator, warta.RoleEditor}},
		{warta.ActionManageRedirect, []warta.Role{warta.RoleAdministrator, warta.RoleEditor}},
		{warta.ActionManagePages, []warta.Role{warta.RoleAdministrator, warta.RoleEditor}},
		{warta.ActionManageUsers, []warta.Role{warta.RoleAdministrator}},
		{warta.ActionManageSettings, []warta.Role{warta.RoleAdministrator}},
		{warta.ActionReadAudit, []warta.Role{warta.RoleAdministrator}},
	}
	for _, tc := range site {
		for _, r := range warta.Roles {
			want := false
			for _, ok := range tc.roles {
				want = want || ok == r
			}
			if got := warta.Can(users[r], tc.action, nil); got != want {
				t.Errorf("%s may %s: got %v, want %v", r, tc.action, got, want)
			}
		}
	}
}

// TestCanTrashMatrix is the role × action table of the trash: restoring
// a trashed article of one's own or someone else's, by the status it was
// deleted from, and purging it or emptying the whole trash.
func TestCanTrashMatrix(t *testing.T) {
	type key struct {
		role  warta.Role
		whose string
		from  warta.Status
	}
	restore := map[key]bool{}
	for _, r := range []warta.Role{warta.RoleAdministrator, warta.RoleEditor} {
		for _, whose := range []string{"own", "other"} {
			for _, from := range warta.Statuses[:5] {
				restore[key{r, whose, from}] = true
			}
		}
	}
	for _, from := range warta.Statuses[:5] {
		restore[key{warta.RoleAuthor, "own", from}] = true
	}
	restore[key{warta.RoleContributor, "own", warta.StatusDraft}] = true
	for i, r := range warta.Roles {
		u := &warta.User{ID: int64(i + 1), Role: r}
		editor := r == warta.RoleAdministrator || r == warta.RoleEditor
		for _, whose := range []string{"own", "other"} {
			for _, from := range warta.Statuses[:5] {
				owner := u.ID
				if whose == "other" {
					owner = 99
				}
				a := &warta.Article{OwnerID: owner, Status: warta.StatusTrashed, TrashedFrom: from}
				t.Run(fmt.Sprintf("%s/%s/%s", r, whose, from), func(t *testing.T) {
					if got, want := warta.Can(u, warta.ActionRestore, a), restore[key{r, whose, from}]; got != want {
						t.Errorf("restore = %v, want %v", got, want)
					}
					if got := warta.Can(u, warta.ActionPurge, a); got != editor {
						t.Errorf("purge = %v, want %v", got, editor)
					}
					if warta.Can(u, warta.ActionDelete, a) || warta.Can(u, warta.ActionEdit, a) {
						t.Error("a trashed article can be deleted again or edited")
					}
					live := &warta.Article{OwnerID: owner, Status: from}
					if warta.Can(u, warta.ActionRestore, live) || warta.Can(u, warta.ActionPurge, live) {
						t.Error("an article outside the trash can be restored or purged")
					}
				})
			}
		}
		if got := warta.Can(u, warta.ActionPurge, nil); got != editor {
			t.Errorf("%s empties the trash: %v, want %v", r, got, editor)
		}
	}
}

func TestRestoreStatus(t *testing.T) {
	for from, want := range map[warta.Status]warta.Status{
		warta.StatusDraft: warta.StatusDraft, warta.StatusReview: warta.StatusReview,
		warta.StatusScheduled: warta.StatusDraft, warta.StatusPublished: warta.StatusUnpublished,
		warta.StatusUnpublished: warta.StatusUnpublished, "": warta.StatusDraft, "odd": warta.StatusDraft,
	} {
		if got := warta.RestoreStatus(&warta.Article{Status: warta.StatusTrashed, TrashedFrom: from}); got != want {
			t.Errorf("from %q: %s, want %s", from, got, want)
		}
	}
}

func TestCanRefusesTheUnknown(t *testing.T) {
	a := &warta.Article{OwnerID: 1, Status: warta.StatusDraft}
	cases := map[string]*warta.User{
		"nobody":       nil,
		"disabled":     {ID: 1, Role: warta.RoleAdministrator, Disabled: true},
		"unknown role": {ID: 1, Role: "owner"},
	}
	for name, u := range cases {
		if warta.Can(u, warta.ActionEdit, a) || warta.Can(u, warta.ActionCreate, nil) {
			t.Errorf("%s may act", name)
		}
	}
	if warta.ErrorCode(warta.Check(nil, warta.ActionEdit, a)) != warta.EUNAUTHORIZED {
		t.Error("no user is not unauthorized")
	}
	if warta.ErrorCode(warta.Check(&warta.User{ID: 2, Role: warta.RoleContributor}, warta.ActionPublish, a)) != warta.EFORBIDDEN {
		t.Error("a contributor publishing is not forbidden")
	}
	if warta.Can(&warta.User{Role: warta.RoleAuthor}, warta.ActionEdit, &warta.Article{}) {
		t.Error("a user without ID owns articles without owner")
	}
}

func TestUserValidate(t *testing.T) {
	ok := warta.User{Email: "rina@kabar.example", Name: "Rina", Role: warta.RoleEditor}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func(*warta.User){
		"no name":      func(u *warta.User) { u.Name = " " },
		"bad email":    func(u *warta.User) { u.Email = "rina" },
		"display form": func(u *warta.User) { u.Email = "Rina <rina@kabar.example>" },
		"bad role":     func(u *warta.User) { u.Role = "owner" },
		"language":     func(u *warta.User) { u.Language = "fr" },
	} {
		u := ok
		mutate(&u)
		if warta.ErrorCode(u.Validate()) != warta.EINVALID {
			t.Errorf("%s accepted", name)
		}
	}
	if warta.NormalizeEmail("  Rina@Kabar.Example ") != "rina@kabar.example" {
		t.Error("NormalizeEmail")
	}
}

// TestCanByline: editors credit anyone; others put only themselves on a
// byline, or keep and trim the one an editor set.
func TestCanByline(t *testing.T) {
	user := func(r warta.Role) *warta.User { return &warta.User{ID: 1, Role: r, PersonID: 7} }
	cases := []struct {
		role          warta.Role
		before, after []int64
		want          bool
	}{
		{warta.RoleEditor, nil, []int64{9}, true},
		{warta.RoleAdministrator, []int64{7}, []int64{8, 9}, true},
		{warta.RoleAuthor, nil, []int64{7}, true},
		{warta.RoleAuthor, nil, nil, true},
		{warta.RoleAuthor, nil, []int64{9}, false},
		{warta.RoleAuthor, []int64{7}, []int64{7, 9}, false},
		{warta.RoleContributor, []int64{7}, []int64{9}, false},
		{warta.RoleAuthor, []int64{7, 9}, []int64{9, 7}, true}, // an editor's byline, reordered
		{warta.RoleContributor, []int64{7, 9}, []int64{7}, true},
		{warta.RoleAuthor, []int64{9}, []int64{9, 8}, false},
	}
	for _, tc := range cases {
		if got := warta.CanByline(user(tc.role), tc.before, tc.after); got != tc.want {
			t.Errorf("%s from %v to %v: %v, want %v", tc.role, tc.before, tc.after, got, tc.want)
		}
	}
	if warta.CanByline(nil, nil, nil) || warta.CanByline(&warta.User{Role: warta.RoleEditor, Disabled: true}, nil, []int64{9}) {
		t.Error("no user or a disabled one may set a byline")
	}
	// A writer with no byline of their own credits nobody new.
	if warta.CanByline(&warta.User{ID: 1, Role: warta.RoleAuthor}, nil, []int64{0}) {
		t.Error("person 0 allowed")
	}
}
