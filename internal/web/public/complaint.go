package public

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"warta"
	"warta/internal/i18n"
)

// The reader forms: a right of reply to one story (Hak Jawab) and a
// general complaint (Pengaduan). Readers have no session, so the forms
// protect themselves without any third party: a hidden field carries the
// time the form was issued, signed with the process's key, so a post that
// comes back sooner than a person could type (a bot) or hours later (a
// replayed form) is refused; a honeypot field people never see and bots
// fill in; a per-client limit kept in the store (editorial); and bounds on
// the request and each field. A sent form redirects (303) to a thank-you
// page. Nothing here is kept in the page cache: each form carries its own
// signed time.

// ComplaintService takes what a reader sent (editorial.Service).
type ComplaintService interface {
	SubmitComplaint(ctx context.Context, c *warta.Complaint) error
}

// Form bounds.
const (
	formMinAge      = 3 * time.Second
	formMaxAge      = 2 * time.Hour
	formMaxBytes    = 64 << 10 // the whole request body
	formHoneypot    = "situs"  // the field bots fill in
	formTokenField  = "t"
	complaintsPath  = "/pengaduan"
	complaintSent   = "/pengaduan/terkirim"
	replyPathPrefix = "/hak-jawab/"
)

// complaintPage is a form page, or the thank-you page when Sent.
type complaintPage struct {
	page
	Kind    warta.ComplaintKind
	Article *warta.Article // the story of a Hak Jawab
	Story   string         // its path
	Action  string
	Token   string
	Form    complaintForm
	Error   string // what was wrong, in the reader's language
	Field   string // the field it concerns, if one
	MaxBody int
	Sent    bool
}

type complaintForm struct{ Name, Email, Phone, Body string }

// formToken signs the time a form is issued: "unix-seconds.mac".
func (h *Handler) formToken(t time.Time) string {
	s := strconv.FormatInt(t.Unix(), 10)
	return s + "." + h.formMAC(s)
}

func (h *Handler) formMAC(s string) string {
	m := hmac.New(sha256.New, h.formKey)
	m.Write([]byte("complaint-form|" + s))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// checkFormToken returns the message key refusing tok, or "".
func (h *Handler) checkFormToken(tok string, now time.Time) string {
	s, mac, ok := strings.Cut(tok, ".")
	secs, err := strconv.ParseInt(s, 10, 64)
	if !ok || err != nil || len(tok) > 64 || !hmac.Equal([]byte(mac), []byte(h.formMAC(s))) {
		return "complaint.form_invalid"
	}
	age := now.Sub(time.Unix(secs, 0))
	switch {
	case age < formMinAge:
		return "complaint.form_fast"
	case age > formMaxAge:
		return "complaint.form_expired"
	}
	return ""
}

// newFormKey is a random key for one process: a form is signed and
// checked by the same server. Several nodes behind one address pass
// Config.FormKey, shared.
func newFormKey() []byte {
	k := make([]byte, 32)
	rand.Read(k)
	return k
}

// clientKey names the reader's connection for the per-client limit, in a
// form that does not store the address itself.
func clientKey(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	sum := sha256.Sum256([]byte("complaint-client|" + host))
	return hex.EncodeToString(sum[:16])
}

// handleComplaintForm shows the general complaint form.
func (h *Handler) handleComplaintForm(w http.ResponseWriter, r *http.Request) {
	h.showComplaint(w, r, warta.ComplaintGeneral, 0, http.StatusOK, nil)
}

// handleReplyForm shows the right-of-reply form of one public story.
func (h *Handler) handleReplyForm(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		h.renderStatus(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	h.showComplaint(w, r, warta.ComplaintReply, id, http.StatusOK, nil)
}

// showComplaint renders a form: empty, or again with what the reader sent
// and why it was refused (status 4xx).
func (h *Handler) showComplaint(w http.ResponseWriter, r *http.Request, kind warta.ComplaintKind, articleID int64, status int, sent *complaintPage) {
	ctx := r.Context()
	data := &complaintPage{Kind: kind, Action: complaintsPath, MaxBody: warta.MaxComplaintRunes}
	err := h.store.View(ctx, func(tx warta.ReadTx) error {
		if err := h.loadPage(ctx, tx, &data.page, r); err != nil {
			return err
		}
		if kind != warta.ComplaintReply {
			return nil
		}
		a, err := tx.FindArticleByID(ctx, articleID)
		if err != nil {
			return err
		}
		if a.Status != warta.StatusPublished {
			return &warta.Error{Code: warta.ENOTFOUND, Key: "error.not_found", Message: "article not published"}
		}
		data.Article, data.Story = a, articlePath(a, data.Loc)
		data.Action = replyPathPrefix + strconv.FormatInt(a.ID, 10)
		return nil
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if sent != nil {
		data.Form, data.Error, data.Field = sent.Form, sent.Error, sent.Field
	}
	data.Token = h.formToken(h.now())
	data.Title = data.T("complaint.title." + string(kind))
	data.Canonical = h.baseURL + data.Action
	data.Robots = "noindex"
	h.render(w, r, status, "complaint", data)
}

// handleComplaintPost takes a general complaint.
func (h *Handler) handleComplaintPost(w http.ResponseWriter, r *http.Request) {
	h.takeComplaint(w, r, warta.ComplaintGeneral, 0)
}

// handleReplyPost takes a right of reply.
func (h *Handler) handleReplyPost(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		h.renderStatus(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	h.takeComplaint(w, r, warta.ComplaintReply, id)
}

// takeComplaint checks a posted form and hands it to the service; a
// refusal shows the form again with the reason and nothing is stored.
func (h *Handler) takeComplaint(w http.ResponseWriter, r *http.Request, kind warta.ComplaintKind, articleID int64) {
	r.Body = http.MaxBytesReader(w, r.Body, formMaxBytes)
	if err := r.ParseForm(); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			h.renderStatus(w, r, http.StatusRequestEntityTooLarge, "complaint.too_large")
			return
		}
		h.renderStatus(w, r, http.StatusBadRequest, "error.bad_request")
		return
	}
	sent := &complaintPage{Form: complaintForm{Name: r.PostFormValue("nama"), Email: r.PostFormValue("email"),
		Phone: r.PostFormValue("telepon"), Body: r.PostFormValue("isi")}}
	lang := h.lang(r)
	refuse := func(status int, msg, field string) {
		sent.Error, sent.Field = msg, field
		h.showComplaint(w, r, kind, articleID, status, sent)
	}
	if r.PostFormValue(formHoneypot) != "" {
		refuse(http.StatusBadRequest, i18n.T(lang, "complaint.form_invalid"), "")
		return
	}
	if key := h.checkFormToken(r.PostFormValue(formTokenField), h.now()); key != "" {
		refuse(http.StatusBadRequest, i18n.T(lang, key), "")
		return
	}
	if h.complaints == nil {
		h.renderStatus(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	c := &warta.Complaint{Kind: kind, ArticleID: articleID, Name: sent.Form.Name, Email: sent.Form.Email,
		Phone: sent.Form.Phone, Body: strings.ReplaceAll(sent.Form.Body, "\r\n", "\n"), ClientKey: clientKey(r)}
	err := h.complaints.SubmitComplaint(r.Context(), c)
	switch code := warta.ErrorCode(err); {
	case err == nil:
		http.Redirect(w, r, complaintSent, http.StatusSeeOther)
	case code == warta.EINVALID:
		refuse(http.StatusBadRequest, i18n.Message(lang, err), complaintField(err))
	case code == warta.EUNAVAILABLE:
		w.Header().Set("Retry-After", strconv.Itoa(int(time.Hour.Seconds())))
		refuse(http.StatusTooManyRequests, i18n.Message(lang, err), "")
	default:
		h.fail(w, r, err)
	}
}

// complaintField names the form field an invalid complaint error is about.
func complaintField(err error) string {
	var we *warta.Error
	if !errors.As(err, &we) {
		return ""
	}
	for prefix, field := range map[string]string{"error.complaint_name": "nama", "error.complaint_email": "email",
		"error.complaint_phone": "telepon", "error.complaint_body": "isi"} {
		if strings.HasPrefix(we.Key, prefix) {
			return field
		}
	}
	return ""
}

// lang is the site's language, for messages built outside a page.
func (h *Handler) lang(r *http.Request) i18n.Lang {
	var lang i18n.Lang
	h.store.View(r.Context(), func(tx warta.ReadTx) error {
		c, err := h.loadChrome(r.Context(), tx)
		if err == nil {
			lang = i18n.Parse(c.settings.Language)
		}
		return err
	})
	return lang
}

// handleComplaintSent thanks the reader and says when to expect an answer.
func (h *Handler) handleComplaintSent(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	data := &complaintPage{Sent: true}
	if err := h.store.View(ctx, func(tx warta.ReadTx) error { return h.loadPage(ctx, tx, &data.page, r) }); err != nil {
		h.fail(w, r, err)
		return
	}
	data.Title = data.T("complaint.sent_title")
	data.Robots = "noindex"
	h.render(w, r, http.StatusOK, "complaint", data)
}

// articleReplies are the published replies of the story being shown.
func articleReplies(ctx context.Context, tx warta.ReadTx, a *warta.Article) ([]*warta.Reply, error) {
	return tx.FindReplies(ctx, warta.ReplyFilter{ArticleID: a.ID, Limit: 20})
}

// Paragraphs splits a published reply's plain text at its blank lines.
func (p *page) Paragraphs(s string) []string {
	var out []string
	for part := range strings.SplitSeq(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
