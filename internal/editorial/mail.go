package editorial

import (
	"context"
	"strings"

	"warta"
)

// MailInput is what the e-mail settings form sends. An empty Password
// keeps the saved one — the form never shows it back — unless
// ClearPassword is set.
type MailInput struct {
	Host, Username, Password, From string
	Port                           int
	StartTLS, ClearPassword        bool
}

// SaveMailSettings replaces how the newsroom sends e-mail. Only
// administrators may; invalid settings change nothing.
func (s *Service) SaveMailSettings(ctx context.Context, u *warta.User, in MailInput) (*warta.MailSettings, error) {
	if err := warta.Check(u, warta.ActionManageSettings, nil); err != nil {
		return nil, err
	}
	var m *warta.MailSettings
	err := s.Store.Update(ctx, func(tx warta.Tx) error {
		old, err := tx.FindMailSettings(ctx)
		if err != nil {
			return err
		}
		m = &warta.MailSettings{Host: strings.TrimSpace(in.Host), Port: in.Port, Username: strings.TrimSpace(in.Username),
			Password: in.Password, From: strings.TrimSpace(in.From), StartTLS: in.StartTLS}
		if m.Password == "" && !in.ClearPassword {
			m.Password = old.Password
		}
		if err := tx.SaveMailSettings(ctx, m); err != nil {
			return err
		}
		return tx.AddAudit(ctx, &warta.AuditEntry{UserID: u.ID, Action: "mail_settings_save", Subject: "settings"})
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}
