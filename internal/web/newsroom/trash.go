package newsroom

import (
	"net/http"
	"strconv"
	"strings"

	"warta"
	"warta/internal/editorial"
)

// bulkActions are the bulk actions the list offers u: on the trash tab,
// restore and (for editors) delete for good; elsewhere the workflow moves
// and the trash. Each story is still checked on its own when they run.
func bulkActions(u *warta.User, trash bool) []string {
	if trash {
		if warta.Can(u, warta.ActionPurge, nil) {
			return []string{editorial.BulkRestore, editorial.BulkPurge}
		}
		return []string{editorial.BulkRestore}
	}
	if u.Role == warta.RoleContributor {
		return []string{editorial.BulkSubmit, editorial.BulkTrash}
	}
	return []string{editorial.BulkSubmit, editorial.BulkPublish, editorial.BulkUnpublish, editorial.BulkTrash}
}

// confirmPage asks before a deletion: the stories concerned and a form
// that repeats the request with a required confirmation checkbox, so it
// works without JavaScript.
type confirmPage struct {
	view
	Action   string // the form's address
	Bulk     string // the bulk action, if any
	Back     string
	Articles []*warta.Article
	Message  string
	Button   string
	Reason   string
}

// handleDelete moves an article to the trash once the confirmation box is
// ticked; without it (or on GET) it shows the confirmation page.
func (h *Handler) handleDelete(w http.ResponseWriter, r *http.Request, u *warta.User) {
	a, err := h.article(r)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	if err := warta.Check(u, warta.ActionDelete, a); err != nil {
		h.fail(w, r, u, err)
		return
	}
	if r.Method != http.MethodPost || r.PostFormValue("confirm") != "1" {
		page := &confirmPage{view: h.newView(r, u, "", "articles"), Action: Prefix + "artikel/" + strconv.FormatInt(a.ID, 10) + "/hapus",
			Articles: []*warta.Article{a}}
		page.Title = page.T("nr.trash.confirm_title")
		page.Message, page.Button = page.T("nr.trash.confirm_one", trashDays), page.T("nr.trash.move")
		page.Back = Prefix + "artikel/" + strconv.FormatInt(a.ID, 10)
		h.render(w, r, http.StatusOK, "confirm", page)
		return
	}
	if _, err := h.cfg.Editorial.Trash(r.Context(), u, a.ID); err != nil {
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"?status=trashed", "trashed")
}

// handleUntrash takes one article out of the trash (the row's button on
// the trash tab).
func (h *Handler) handleUntrash(w http.ResponseWriter, r *http.Request, u *warta.User) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.renderError(w, r, u, http.StatusNotFound, "error.not_found")
		return
	}
	if _, err := h.cfg.Editorial.Untrash(r.Context(), u, id); err != nil {
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, backTo(r, Prefix+"?status=trashed"), "untrashed")
}

// backTo is the form's "back" address if it is a newsroom list address,
// else fallback: a form cannot send anyone elsewhere.
func backTo(r *http.Request, fallback string) string {
	b := r.PostFormValue("back")
	if b == Prefix || strings.HasPrefix(b, Prefix+"?") {
		return b
	}
	return fallback
}

// bulkPage reports what a bulk action did to each story.
type bulkPage struct {
	view
	Action  string
	Done    []editorial.BulkResult
	Refused []bulkRefusal
	Back    string
}

// bulkRefusal is a refused story with the reason in the user's language.
type bulkRefusal struct {
	ID     int64
	Title  string
	Reason string
}

// handleBulk runs a bulk action on the ticked stories and reports, story
// by story, what was done and what was refused and why. Moving to the
// trash and deleting for good ask for a confirmation first.
func (h *Handler) handleBulk(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if err := r.ParseForm(); err != nil {
		h.fail(w, r, u, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "bad form"})
		return
	}
	action, reason := r.PostFormValue("action"), r.PostFormValue("removal_reason")
	raw := r.PostForm["id"]
	if len(raw) > editorial.MaxBulk {
		h.fail(w, r, u, &warta.Error{Code: warta.EINVALID, Key: "error.bulk_too_many", Args: []any{editorial.MaxBulk}, Message: "too many"})
		return
	}
	ids := make([]int64, 0, len(raw))
	for _, v := range raw {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id < 1 {
			h.fail(w, r, u, &warta.Error{Code: warta.EINVALID, Key: "error.bad_request", Message: "bad article id"})
			return
		}
		ids = append(ids, id)
	}
	back := backTo(r, Prefix)
	if (action == editorial.BulkTrash || action == editorial.BulkPurge) && len(ids) > 0 && r.PostFormValue("confirm") != "1" {
		page := &confirmPage{view: h.newView(r, u, "", "articles"), Action: Prefix + "artikel/massal", Bulk: action, Back: back, Reason: reason}
		page.Title = page.T("nr.trash.confirm_title")
		err := h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
			var err error
			page.Articles, _, err = tx.FindArticles(r.Context(), warta.ArticleFilter{IDs: ids, Order: warta.OrderTitle, NoTotal: true})
			return err
		})
		if err != nil {
			h.fail(w, r, u, err)
			return
		}
		if action == editorial.BulkPurge {
			page.Message, page.Button = page.T("nr.trash.confirm_purge", len(page.Articles)), page.T("nr.trash.purge")
		} else {
			page.Message, page.Button = page.T("nr.trash.confirm_many", len(page.Articles), trashDays), page.T("nr.trash.move")
		}
		h.render(w, r, http.StatusOK, "confirm", page)
		return
	}
	results, err := h.cfg.Editorial.Bulk(r.Context(), u, action, ids, reason)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	page := &bulkPage{view: h.newView(r, u, "", "articles"), Action: action, Back: back}
	page.Title = page.T("nr.bulk.title")
	for _, res := range results {
		if res.Err == nil {
			page.Done = append(page.Done, res)
			continue
		}
		title := res.Title
		if title == "" {
			title = "#" + strconv.FormatInt(res.ID, 10)
		}
		page.Refused = append(page.Refused, bulkRefusal{ID: res.ID, Title: title, Reason: errorText(page.Lang, res.Err)})
	}
	h.render(w, r, http.StatusOK, "bulk", page)
}

// handleEmptyTrash deletes for good what is in the trash, a batch at a
// time, once the confirmation box is ticked; editors and administrators
// only.
func (h *Handler) handleEmptyTrash(w http.ResponseWriter, r *http.Request, u *warta.User) {
	if err := warta.Check(u, warta.ActionPurge, nil); err != nil {
		h.fail(w, r, u, err)
		return
	}
	if r.PostFormValue("confirm") != "1" {
		page := &confirmPage{view: h.newView(r, u, "", "articles"), Action: Prefix + "sampah/kosongkan", Back: Prefix + "?status=trashed"}
		page.Title = page.T("nr.trash.confirm_title")
		page.Message, page.Button = page.T("nr.trash.confirm_empty"), page.T("nr.trash.empty")
		h.render(w, r, http.StatusOK, "confirm", page)
		return
	}
	if _, err := h.cfg.Editorial.EmptyTrash(r.Context(), u); err != nil {
		h.fail(w, r, u, err)
		return
	}
	redirect(w, r, Prefix+"?status=trashed", "trash_emptied")
}

// trashDays is how many days the trash keeps a story.
var trashDays = int(warta.TrashRetention.Hours() / 24)
