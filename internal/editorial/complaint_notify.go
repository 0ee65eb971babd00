package editorial

import (
	"context"
	"fmt"
	"strings"
	"time"

	"warta"
	"warta/internal/i18n"
)

// complaintMail tells the editors and administrators by e-mail, when it
// is configured, that a reader's complaint arrived: its 2×24-hour clock
// is running. The newsroom's dashboard counts open complaints for those
// who are signed in, so nothing is written to the notifications list,
// which is about stories.
func (n *Notifications) complaintMail(e warta.Event) {
	if n.Mail == nil || e.ComplaintID == 0 || e.Remote {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var users []*warta.User
	var mail *warta.MailSettings
	err := n.Store.View(ctx, func(tx warta.ReadTx) error {
		var err error
		if users, err = tx.FindUsers(ctx); err != nil {
			return err
		}
		mail, err = tx.FindMailSettings(ctx)
		return err
	})
	if err != nil {
		n.log().Error("complaint mail", "complaint_id", e.ComplaintID, "error", err)
		return
	}
	if !mail.Enabled() {
		return
	}
	link := strings.TrimRight(n.BaseURL, "/") + fmt.Sprintf("/redaksi/pengaduan/%d", e.ComplaintID)
	for _, u := range users {
		if !warta.CanComplaint(u, warta.ActionHandleComplaint, nil, nil) {
			continue
		}
		lang := i18n.Parse(u.Language)
		subject := i18n.T(lang, "mail.complaint.subject", e.ComplaintID)
		n.Mail(u.Email, subject, i18n.T(lang, "mail.notify.body", subject, link))
	}
}
