package api

import (
	"net/http"
	"time"

	"warta"
)

// complaintsPerPage is the size of a page of the complaints queue.
const complaintsPerPage = 50

// complaintJSON is one complaint of the queue (Hak Jawab or Pengaduan).
// Notes and Changes are only in the answer about one complaint; ReplyAt
// and ReplyBody only once a reply was published.
type complaintJSON struct {
	ID           int64             `json:"id"`
	Kind         string            `json:"kind"`
	ArticleID    int64             `json:"article_id,omitempty"`
	ArticleTitle string            `json:"article_title,omitempty"`
	Name         string            `json:"name"`
	Email        string            `json:"email"`
	Phone        string            `json:"phone"`
	Body         string            `json:"body"`
	Status       string            `json:"status"`
	AssigneeID   int64             `json:"assignee_id"`
	AssigneeName string            `json:"assignee_name"`
	ReceivedAt   string            `json:"received_at"`
	DueAt        string            `json:"due_at"`
	Overdue      bool              `json:"overdue"`
	ReplyAt      string            `json:"reply_at,omitempty"`
	ReplyBody    string            `json:"reply_body,omitempty"`
	Notes        []complaintNote   `json:"notes,omitempty"`
	Changes      []complaintChange `json:"changes,omitempty"`
}

// complaintNote is an internal note, as the queue's people wrote it.
type complaintNote struct {
	ID        int64  `json:"id"`
	AuthorID  int64  `json:"author_id"`
	Author    string `json:"author"`
	Text      string `json:"text"`
	CreatedAt string `json:"created_at"`
}

// complaintChange is one line of the audit trail; UserID 0 is the
// reader's own submission.
type complaintChange struct {
	Action    string `json:"action"`
	Detail    string `json:"detail"`
	UserID    int64  `json:"user_id"`
	UserName  string `json:"user_name"`
	CreatedAt string `json:"created_at"`
}

// stamp writes a time as RFC 3339 in UTC; "" for the zero time.
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// complaintJSON answers c; overdue is judged on the injected clock.
func (h *Handler) complaintJSON(c *warta.Complaint) complaintJSON {
	out := complaintJSON{ID: c.ID, Kind: string(c.Kind), ArticleID: c.ArticleID, ArticleTitle: c.ArticleTitle, Name: c.Name,
		Email: c.Email, Phone: c.Phone, Body: c.Body, Status: string(c.Status), AssigneeID: c.AssigneeID,
		AssigneeName: c.AssigneeName, ReceivedAt: stamp(c.ReceivedAt), DueAt: stamp(c.DueAt),
		Overdue: c.Overdue(h.cfg.Now()), ReplyAt: stamp(c.ReplyAt)}
	if c.Published() {
		out.ReplyBody = c.ReplyBody
	}
	for _, n := range c.Notes {
		out.Notes = append(out.Notes, noteJSON(n))
	}
	for _, e := range c.Changes {
		out.Changes = append(out.Changes, complaintChange{Action: e.Action, Detail: e.Detail, UserID: e.UserID,
			UserName: e.UserName, CreatedAt: stamp(e.CreatedAt)})
	}
	return out
}

func noteJSON(n *warta.ComplaintNote) complaintNote {
	return complaintNote{ID: n.ID, AuthorID: n.UserID, Author: n.AuthorName, Text: n.Body, CreatedAt: stamp(n.CreatedAt)}
}

// complaintFilter reads ?status=, ?open=1 and ?page= of the queue. With
// neither status nor open the whole queue is listed, as the service
// orders it.
func complaintFilter(r *http.Request) (warta.ComplaintFilter, int, error) {
	f := warta.ComplaintFilter{Limit: complaintsPerPage}
	q := r.URL.Query()
	if q.Has("status") {
		s := warta.ComplaintStatus(q.Get("status"))
		if !s.Valid() {
			return f, 0, &apiError{http.StatusBadRequest, "bad_request", "error.complaint_status_param", nil}
		}
		f.Status = &s
	}
	switch q.Get("open") {
	case "", "0":
	case "1":
		f.Open = true
	default:
		return f, 0, &apiError{http.StatusBadRequest, "bad_request", "error.complaint_open_param", nil}
	}
	page, err := pageParam(r)
	if err != nil {
		return f, 0, err
	}
	f.Offset = (page - 1) * complaintsPerPage
	return f, page, nil
}

// handleComplaintList answers a page of the queue as the token's user
// may see it: {"results":[…],"total":N,"page":N}.
func (h *Handler) handleComplaintList(w http.ResponseWriter, r *http.Request) {
	u, err := h.user(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	f, page, err := complaintFilter(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	list, total, err := h.cfg.Editorial.Complaints(r.Context(), u, f)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	results := make([]complaintJSON, 0, len(list))
	for _, c := range list {
		results = append(results, h.complaintJSON(c))
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": results, "total": total, "page": page})
}

// handleComplaintShow answers one complaint with its notes and trail; one
// the user may not read is not found, as in the newsroom.
func (h *Handler) handleComplaintShow(w http.ResponseWriter, r *http.Request) {
	u, id, err := h.userAndID(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	c, err := h.cfg.Editorial.Complaint(r.Context(), u, id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, h.complaintJSON(c))
}

// complaintPatch is a PATCH body: a missing field keeps its value;
// assignee_id 0 leaves the complaint with nobody.
type complaintPatch struct {
	Status     *string `json:"status"`
	AssigneeID *int64  `json:"assignee_id"`
}

// handleComplaintUpdate sets a complaint's status and assignee through
// the service, which decides who may and records the trail.
func (h *Handler) handleComplaintUpdate(w http.ResponseWriter, r *http.Request) {
	u, id, err := h.userAndID(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var p complaintPatch
	if err := decode(w, r, &p); err != nil {
		h.fail(w, r, err)
		return
	}
	c, err := h.cfg.Editorial.Complaint(r.Context(), u, id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	status, assignee := c.Status, c.AssigneeID
	if p.Status != nil {
		status = warta.ComplaintStatus(*p.Status)
	}
	if p.AssigneeID != nil {
		assignee = *p.AssigneeID
	}
	if _, err := h.cfg.Editorial.UpdateComplaint(r.Context(), u, id, status, assignee); err != nil {
		h.fail(w, r, err)
		return
	}
	h.answerComplaint(w, r, u, id, http.StatusOK)
}

// complaintText is the body of a note or a reply.
type complaintText struct {
	Text string `json:"text"`
}

// handleComplaintNote adds an internal note: 201 with the note.
func (h *Handler) handleComplaintNote(w http.ResponseWriter, r *http.Request) {
	u, id, err := h.userAndID(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var in complaintText
	if err := decode(w, r, &in); err != nil {
		h.fail(w, r, err)
		return
	}
	n, err := h.cfg.Editorial.AddComplaintNote(r.Context(), u, id, in.Text)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	n.AuthorName = u.Name
	writeJSON(w, http.StatusCreated, noteJSON(n))
}

// handleComplaintReply publishes a Hak Jawab under its story (the
// service refuses any other complaint) and answers the complaint.
func (h *Handler) handleComplaintReply(w http.ResponseWriter, r *http.Request) {
	u, id, err := h.userAndID(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var in complaintText
	if err := decode(w, r, &in); err != nil {
		h.fail(w, r, err)
		return
	}
	if _, err := h.cfg.Editorial.PublishReply(r.Context(), u, id, in.Text); err != nil {
		h.fail(w, r, err)
		return
	}
	h.answerComplaint(w, r, u, id, http.StatusOK)
}

// answerComplaint writes the complaint as the store now holds it, with
// the names, notes and trail a write does not load.
func (h *Handler) answerComplaint(w http.ResponseWriter, r *http.Request, u *warta.User, id int64, status int) {
	c, err := h.cfg.Editorial.Complaint(r.Context(), u, id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, status, h.complaintJSON(c))
}
