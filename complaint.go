package warta

import (
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"
)

// A Complaint is what a reader sends the newsroom through the public
// forms: a right of reply (Hak Jawab) to a story, or a general complaint
// (Pengaduan) that may name a story. The press council's guideline for
// cyber media asks that a complaint be answered within 2×24 hours, so each
// carries its due time from the moment it arrives.
type Complaint struct {
	ID        int64
	Kind      ComplaintKind
	ArticleID int64 // the story concerned; 0 for a general complaint about none
	Name      string
	Email     string
	Phone     string // optional
	Body      string
	// ClientKey identifies the sender's connection in hashed form, for
	// the per-client limit; it is never shown.
	ClientKey  string
	ReceivedAt time.Time // set by the store
	DueAt      time.Time // ReceivedAt + ComplaintWindow, set by the store
	Status     ComplaintStatus
	AssigneeID int64 // 0: nobody yet
	// ReplyBody and ReplyAt are the reply the newsroom published for a
	// Hak Jawab, as it edited it; ReplyAt is zero until then.
	ReplyBody string
	ReplyAt   time.Time

	// Loaded by the store on reads.
	ArticleTitle string
	AssigneeName string
	Notes        []*ComplaintNote   // FindComplaint only, oldest first
	Changes      []*ComplaintChange // FindComplaint only, oldest first
}

// ComplaintKind says what a reader asks for.
type ComplaintKind string

// Kinds of complaints.
const (
	ComplaintReply   ComplaintKind = "hak_jawab" // a right of reply to a story
	ComplaintGeneral ComplaintKind = "pengaduan" // any other complaint
)

// Valid reports whether k is a known kind.
func (k ComplaintKind) Valid() bool { return k == ComplaintReply || k == ComplaintGeneral }

// ComplaintStatus is where a complaint stands in the newsroom's queue.
type ComplaintStatus string

// Statuses of a complaint: new and in progress are open (their clock
// runs); answered and rejected are closed.
const (
	ComplaintNew      ComplaintStatus = "baru"
	ComplaintWorking  ComplaintStatus = "diproses"
	ComplaintAnswered ComplaintStatus = "selesai"
	ComplaintRejected ComplaintStatus = "ditolak"
)

// ComplaintStatuses lists the statuses in queue order.
var ComplaintStatuses = []ComplaintStatus{ComplaintNew, ComplaintWorking, ComplaintAnswered, ComplaintRejected}

// Valid reports whether s is a known status.
func (s ComplaintStatus) Valid() bool {
	switch s {
	case ComplaintNew, ComplaintWorking, ComplaintAnswered, ComplaintRejected:
		return true
	}
	return false
}

// Open reports whether a complaint in status s still waits for an answer.
func (s ComplaintStatus) Open() bool { return s == ComplaintNew || s == ComplaintWorking }

// Bounds of what a reader may send and the newsroom may publish.
const (
	ComplaintWindow     = 48 * time.Hour // 2×24 hours to answer
	MaxComplaintRunes   = 5000
	MaxComplaintName    = 120
	MaxComplaintEmail   = 254
	MaxComplaintPhone   = 32
	MaxReplyRunes       = 8000
	MaxListedComplaints = 200
)

// Overdue reports whether the complaint is still open after its due time.
func (c *Complaint) Overdue(now time.Time) bool { return c.Status.Open() && now.After(c.DueAt) }

// Left is the time left before the complaint is due; negative when late.
func (c *Complaint) Left(now time.Time) time.Duration { return c.DueAt.Sub(now) }

// Published reports whether the newsroom published a reply for it.
func (c *Complaint) Published() bool { return !c.ReplyAt.IsZero() }

// Validate checks what a reader sent: the kind, a name, an e-mail
// address, the text and their lengths; a Hak Jawab must name its story.
// Each field's error names the field in Args[0]-free keys so a form can
// show it next to the field.
func (c *Complaint) Validate() error {
	c.Name, c.Email, c.Phone = strings.TrimSpace(c.Name), strings.TrimSpace(c.Email), strings.TrimSpace(c.Phone)
	c.Body = strings.TrimSpace(c.Body)
	bad := func(key, msg string, args ...any) error {
		return &Error{Code: EINVALID, Key: key, Args: args, Message: msg}
	}
	switch {
	case !c.Kind.Valid():
		return bad("error.complaint_kind", "unknown kind of complaint")
	case c.Kind == ComplaintReply && c.ArticleID == 0:
		return bad("error.complaint_story", "a right of reply names its story")
	case c.Name == "":
		return bad("error.complaint_name", "your name is required")
	case utf8.RuneCountInString(c.Name) > MaxComplaintName || !utf8.ValidString(c.Name):
		return bad("error.complaint_name_long", "the name is too long", MaxComplaintName)
	case !validEmail(c.Email):
		return bad("error.complaint_email", "a valid e-mail address is required")
	case len(c.Phone) > MaxComplaintPhone || strings.ContainsFunc(c.Phone, func(r rune) bool { return !strings.ContainsRune("+0123456789 -().", r) }):
		return bad("error.complaint_phone", "the phone number is not valid")
	case c.Body == "":
		return bad("error.complaint_body", "the text is required")
	case !utf8.ValidString(c.Body) || utf8.RuneCountInString(c.Body) > MaxComplaintRunes:
		return bad("error.complaint_body_long", "the text is too long", MaxComplaintRunes)
	}
	return nil
}

// validEmail accepts one plain address of bounded length.
func validEmail(s string) bool {
	if s == "" || len(s) > MaxComplaintEmail || strings.ContainsAny(s, " <>\r\n") {
		return false
	}
	a, err := mail.ParseAddress(s)
	return err == nil && a.Address == s && strings.Contains(s[strings.LastIndex(s, "@"):], ".")
}

// ComplaintNote is an internal remark on a complaint; readers never see it.
type ComplaintNote struct {
	ID          int64
	ComplaintID int64
	UserID      int64
	Body        string
	CreatedAt   time.Time
	AuthorName  string // loaded by the store
}

// Validate checks a note's text, with the bounds of a story's notes.
func (n *ComplaintNote) Validate() error {
	return (&Note{Body: n.Body}).Validate()
}

// ComplaintChange is one line of a complaint's audit trail: who changed
// what, and when. Action is one of received, status, assign, note, reply;
// Detail holds the new value.
type ComplaintChange struct {
	ID          int64
	ComplaintID int64
	UserID      int64 // 0 for the reader's own submission
	Action      string
	Detail      string
	CreatedAt   time.Time
	UserName    string // loaded by the store
}

// ComplaintFilter selects complaints, oldest due first.
type ComplaintFilter struct {
	Status *ComplaintStatus
	// Open keeps only complaints still waiting (new, in progress).
	Open bool
	// OverdueAt, when set, keeps only open complaints due before it.
	OverdueAt time.Time
	// OwnerID, when set, keeps only complaints about stories the user
	// owns (what an author may see).
	OwnerID int64
	Offset  int
	Limit   int // MaxListedComplaints at most
}

// Reply is a published right of reply, as readers see it under the story
// and in the corrections list.
type Reply struct {
	ComplaintID int64
	Name        string // who replied: the reader who sent it
	Body        string // as the newsroom edited it
	PublishedAt time.Time
	// Article is the story replied to, with its link fields (ID, slug,
	// title, status, published time and section).
	Article *Article
}

// ReplyFilter selects published replies on published stories, newest
// first.
type ReplyFilter struct {
	ArticleID int64 // 0: every story's
	Limit     int   // 100 at most
}

// Actions on complaints.
const (
	// ActionHandleComplaint is working the queue: status, assignee and
	// publishing a reply. Editors and administrators do.
	ActionHandleComplaint Action = "handle_complaint"
	// ActionReadComplaint is seeing a complaint and adding notes to it.
	ActionReadComplaint Action = "read_complaint"
)

// CanComplaint decides complaint actions. Editors and administrators
// handle every complaint. An author or contributor may read, and note
// on, the complaints about stories they own, so the desk hears their side
// of it, but the answer (status, assignee, reply) stays the editors': the
// guideline makes the outlet, not the writer, answerable. a is the story
// the complaint concerns, nil for none; c nil asks about the queue.
func CanComplaint(u *User, action Action, c *Complaint, a *Article) bool {
	if u == nil || u.Disabled || !u.Role.Valid() {
		return false
	}
	if u.Role == RoleAdministrator || u.Role == RoleEditor {
		return action == ActionHandleComplaint || action == ActionReadComplaint
	}
	if action != ActionReadComplaint {
		return false
	}
	if c == nil {
		return true // the queue, filtered to their own stories
	}
	return c.ArticleID != 0 && a != nil && a.ID == c.ArticleID && Owns(u, a)
}

// CheckComplaint returns a forbidden error when CanComplaint says no.
func CheckComplaint(u *User, action Action, c *Complaint, a *Article) error {
	if CanComplaint(u, action, c, a) {
		return nil
	}
	return refusal(u, action)
}
