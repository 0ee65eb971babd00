package newsroom

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"warta"
)

// The complaints queue (/redaksi/pengaduan): readers' rights of reply and
// complaints with their 2×24-hour clock, status, assignee, internal notes
// and trail, and for a Hak Jawab the reply the desk publishes under the
// story. Editors and administrators work it; a writer sees the complaints
// about their own stories and may add notes (warta.CanComplaint).

// complaintsPerPage is how many complaints one page of the queue shows.
const complaintsPerPage = 50

type complaintsPage struct {
	view
	Complaints []*warta.Complaint
	Total      int
	Statuses   []warta.ComplaintStatus
	Status     string // the filter, as given
	LateOnly   bool
	Page       int
	PrevURL    string
	NextURL    string
}

type complaintPage struct {
	view
	C       *warta.Complaint
	Article *warta.Article // the story, nil for none
	Editors []*warta.User  // whom it may be assigned to
	Handle  bool           // the user may work it
	Reply   string         // the reply text in the box
	Error   string
	// Statuses are the status form's choices.
	Statuses []warta.ComplaintStatus
}

func (h *Handler) complaintRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /redaksi/pengaduan", h.authed(h.handleComplaints))
	mux.HandleFunc("GET /redaksi/pengaduan/{id}", h.authed(h.handleComplaint))
	mux.HandleFunc("POST /redaksi/pengaduan/{id}", h.authed(h.handleComplaintUpdate))
	mux.HandleFunc("POST /redaksi/pengaduan/{id}/catatan", h.authed(h.handleComplaintNote))
	mux.HandleFunc("POST /redaksi/pengaduan/{id}/jawab", h.authed(h.handleComplaintReply))
}

func (h *Handler) handleComplaints(w http.ResponseWriter, r *http.Request, u *warta.User) {
	page := &complaintsPage{view: h.newView(r, u, "", "complaints"), Statuses: warta.ComplaintStatuses, Page: 1}
	page.Title = page.T("nr.nav.complaints")
	q := r.URL.Query()
	f := warta.ComplaintFilter{Limit: complaintsPerPage}
	if s := warta.ComplaintStatus(q.Get("status")); s.Valid() {
		f.Status, page.Status = &s, string(s)
	} else if q.Get("status") == "" {
		f.Open = true // the queue opens on what still waits
	} else if q.Get("status") == "semua" {
		page.Status = "semua"
	}
	if q.Get("terlambat") == "1" {
		f.OverdueAt, page.LateOnly = h.cfg.Now(), true
	}
	if n, err := strconv.Atoi(q.Get("page")); err == nil && n > 1 && n <= 10000 {
		page.Page = n
	}
	f.Offset = (page.Page - 1) * complaintsPerPage
	var err error
	if page.Complaints, page.Total, err = h.cfg.Editorial.Complaints(r.Context(), u, f); err != nil {
		h.fail(w, r, u, err)
		return
	}
	link := func(n int) string {
		v := url.Values{}
		if page.Status != "" {
			v.Set("status", page.Status)
		}
		if page.LateOnly {
			v.Set("terlambat", "1")
		}
		if n > 1 {
			v.Set("page", strconv.Itoa(n))
		}
		if len(v) == 0 {
			return Prefix + "pengaduan"
		}
		return Prefix + "pengaduan?" + v.Encode()
	}
	if page.Page > 1 {
		page.PrevURL = link(page.Page - 1)
	}
	if page.Page*complaintsPerPage < page.Total {
		page.NextURL = link(page.Page + 1)
	}
	h.render(w, r, http.StatusOK, "complaints", page)
}

// complaintID is the {id} of a complaint's path; 0 when malformed.
func complaintID(r *http.Request) int64 {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0
	}
	return id
}

func (h *Handler) handleComplaint(w http.ResponseWriter, r *http.Request, u *warta.User) {
	h.showComplaint(w, r, u, http.StatusOK, "", nil)
}

// showComplaint renders one complaint; err, with the reply text typed, is
// a refused action shown above the forms.
func (h *Handler) showComplaint(w http.ResponseWriter, r *http.Request, u *warta.User, status int, reply string, refused error) {
	id := complaintID(r)
	if id == 0 {
		h.fail(w, r, u, &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "complaint not found"})
		return
	}
	c, err := h.cfg.Editorial.Complaint(r.Context(), u, id)
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	page := &complaintPage{view: h.newView(r, u, "", "complaints"), C: c, Reply: reply,
		Handle: warta.CanComplaint(u, warta.ActionHandleComplaint, nil, nil), Statuses: warta.ComplaintStatuses}
	page.Title = page.T("nr.complaint.title", c.ID)
	if refused != nil {
		page.Error = errorText(page.Lang, refused)
	}
	if page.Reply == "" {
		page.Reply = c.ReplyBody
		if page.Reply == "" && c.Kind == warta.ComplaintReply {
			page.Reply = c.Body // the desk edits what the reader sent
		}
	}
	err = h.cfg.Store.View(r.Context(), func(tx warta.ReadTx) error {
		if c.ArticleID != 0 {
			a, err := tx.FindArticleByID(r.Context(), c.ArticleID)
			if err != nil {
				return err
			}
			page.Article = a
		}
		if !page.Handle {
			return nil
		}
		users, err := tx.FindUsers(r.Context())
		for _, x := range users {
			if warta.CanComplaint(x, warta.ActionHandleComplaint, nil, nil) {
				page.Editors = append(page.Editors, x)
			}
		}
		return err
	})
	if err != nil {
		h.fail(w, r, u, err)
		return
	}
	h.render(w, r, status, "complaint", page)
}

func (h *Handler) handleComplaintUpdate(w http.ResponseWriter, r *http.Request, u *warta.User) {
	id := complaintID(r)
	assignee, _ := strconv.ParseInt(r.PostFormValue("assignee"), 10, 64)
	_, err := h.cfg.Editorial.UpdateComplaint(r.Context(), u, id, warta.ComplaintStatus(r.PostFormValue("status")), assignee)
	h.afterComplaint(w, r, u, id, "", err, "complaint_saved")
}

func (h *Handler) handleComplaintNote(w http.ResponseWriter, r *http.Request, u *warta.User) {
	id := complaintID(r)
	_, err := h.cfg.Editorial.AddComplaintNote(r.Context(), u, id, r.PostFormValue("note"))
	h.afterComplaint(w, r, u, id, "", err, "complaint_noted")
}

func (h *Handler) handleComplaintReply(w http.ResponseWriter, r *http.Request, u *warta.User) {
	id := complaintID(r)
	text := r.PostFormValue("reply")
	_, err := h.cfg.Editorial.PublishReply(r.Context(), u, id, text)
	h.afterComplaint(w, r, u, id, text, err, "reply_published")
}

// afterComplaint answers a complaint form: back to the complaint with a
// confirmation, or the page again with what was refused.
func (h *Handler) afterComplaint(w http.ResponseWriter, r *http.Request, u *warta.User, id int64, reply string, err error, ok string) {
	switch {
	case err == nil:
		redirect(w, r, Prefix+"pengaduan/"+strconv.FormatInt(id, 10), ok)
	case warta.ErrorCode(err) == warta.EINVALID:
		h.showComplaint(w, r, u, http.StatusUnprocessableEntity, reply, err)
	default:
		h.fail(w, r, u, err)
	}
}

// complaintCounts is the dashboard's card: open and overdue complaints.
type complaintCounts struct{ Open, Overdue int }

// ComplaintCounts loads the dashboard card's counts; nil for a user who
// sees no complaints or when there are none open.
func (v *view) ComplaintCounts() *complaintCounts {
	if !warta.CanComplaint(v.User, warta.ActionReadComplaint, nil, nil) {
		return nil
	}
	open, overdue, err := v.h.cfg.Editorial.ComplaintCounts(v.ctx, v.User)
	if err != nil {
		return nil
	}
	return &complaintCounts{Open: open, Overdue: overdue}
}

// CanComplaints reports whether the user sees the complaints menu entry.
func (v *view) CanComplaints() bool {
	return warta.CanComplaint(v.User, warta.ActionReadComplaint, nil, nil)
}

// Overdue reports whether a complaint is open past its due time.
func (v *view) Overdue(c *warta.Complaint) bool { return c.Overdue(v.h.cfg.Now()) }

// Clock says how long a complaint has left of its 2×24 hours, or how late
// it is; an answered or rejected one has no clock.
func (v *view) Clock(c *warta.Complaint) string {
	if !c.Status.Open() {
		return v.T("nr.complaint.closed")
	}
	left := c.Left(v.h.cfg.Now())
	key := "nr.complaint.left"
	if left < 0 {
		key, left = "nr.complaint.late", -left
	}
	left = left.Round(time.Minute)
	return v.T(key, int(left/time.Hour), int(left%time.Hour/time.Minute))
}
