// Package mail sends the newsroom's e-mail over SMTP (net/smtp): one
// message at a time with a deadline, or through a bounded queue that a
// background worker drains, so a request never waits on a mail server.
package mail

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"log/slog"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"net/smtp"
	"strconv"
	"strings"
	"time"

	"warta"
)

// Message is one plain-text e-mail.
type Message struct {
	To      string
	Subject string
	Body    string
}

// DefaultTimeout bounds one delivery: connecting, talking and sending.
const DefaultTimeout = 20 * time.Second

// Send delivers m through the server s names, within timeout (the
// default when zero). With StartTLS set it refuses a server that does not
// offer STARTTLS rather than send the password or the message in clear.
func Send(ctx context.Context, s *warta.MailSettings, m Message, now time.Time, timeout time.Duration) error {
	if !s.Enabled() {
		return fmt.Errorf("send mail: e-mail is not configured")
	}
	from, err := mail.ParseAddress(s.From)
	if err != nil {
		return fmt.Errorf("send mail: sender %q: %w", s.From, err)
	}
	to, err := mail.ParseAddress(m.To)
	if err != nil || strings.ContainsAny(m.To, "\r\n") {
		return fmt.Errorf("send mail: recipient %q is invalid", m.To)
	}
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	addr := net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
	conn, err := (&net.Dialer{}).DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("send mail: connect %s: %w", addr, err)
	}
	deadline, _ := ctx.Deadline()
	conn.SetDeadline(deadline)
	c, err := smtp.NewClient(conn, s.Host)
	if err != nil {
		conn.Close()
		return fmt.Errorf("send mail: greeting from %s: %w", addr, err)
	}
	defer c.Close()
	if ok, _ := c.Extension("STARTTLS"); ok {
		if err := c.StartTLS(&tls.Config{ServerName: s.Host}); err != nil {
			return fmt.Errorf("send mail: starttls: %w", err)
		}
	} else if s.StartTLS {
		return fmt.Errorf("send mail: %s does not offer STARTTLS", addr)
	}
	if s.Username != "" {
		if ok, _ := c.Extension("AUTH"); !ok {
			return fmt.Errorf("send mail: %s does not offer AUTH", addr)
		}
		if err := c.Auth(smtp.PlainAuth("", s.Username, s.Password, s.Host)); err != nil {
			return fmt.Errorf("send mail: auth: %w", err)
		}
	}
	if err := c.Mail(from.Address); err != nil {
		return fmt.Errorf("send mail: MAIL FROM: %w", err)
	}
	if err := c.Rcpt(to.Address); err != nil {
		return fmt.Errorf("send mail: RCPT TO: %w", err)
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("send mail: DATA: %w", err)
	}
	if _, err := w.Write(compose(from, to, m, now)); err != nil {
		return fmt.Errorf("send mail: write: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("send mail: end of data: %w", err)
	}
	return c.Quit()
}

// compose builds the message: UTF-8 headers encoded as RFC 2047 words,
// the body quoted-printable.
func compose(from, to *mail.Address, m Message, now time.Time) []byte {
	var b bytes.Buffer
	id := make([]byte, 12)
	rand.Read(id)
	domain := "warta.invalid"
	if _, d, ok := strings.Cut(from.Address, "@"); ok {
		domain = d
	}
	header := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	header("From", from.String())
	header("To", to.String())
	header("Subject", mime.QEncoding.Encode("utf-8", oneLine(m.Subject)))
	header("Date", now.Format(time.RFC1123Z))
	header("Message-ID", "<"+hex.EncodeToString(id)+"@"+domain+">")
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=utf-8")
	header("Content-Transfer-Encoding", "quoted-printable")
	header("Auto-Submitted", "auto-generated")
	b.WriteString("\r\n")
	qp := quotedprintable.NewWriter(&b)
	qp.Write([]byte(strings.ReplaceAll(m.Body, "\n", "\r\n")))
	qp.Close()
	return b.Bytes()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Queue sends messages in the background, one at a time, reading the
// settings when each is sent. It holds at most its size: when full, a
// message is refused and logged rather than block its sender. Failures
// are logged with the recipient and the reason.
type Queue struct {
	// Settings returns how to send; read for every message.
	Settings func(ctx context.Context) (*warta.MailSettings, error)
	Logger   *slog.Logger
	Now      func() time.Time
	Timeout  time.Duration // per message; DefaultTimeout when zero
	ch       chan Message
}

// NewQueue returns a queue holding up to size messages.
func NewQueue(size int, settings func(context.Context) (*warta.MailSettings, error), logger *slog.Logger, now func() time.Time) *Queue {
	return &Queue{Settings: settings, Logger: logger, Now: now, ch: make(chan Message, max(size, 1))}
}

// Enqueue adds a message without waiting and reports whether it fitted.
func (q *Queue) Enqueue(m Message) bool {
	select {
	case q.ch <- m:
		return true
	default:
		q.Logger.Error("mail queue full; message dropped", "to", m.To, "subject", m.Subject)
		return false
	}
}

// Run sends queued messages until ctx is done, then sends what is left
// for at most one timeout.
func (q *Queue) Run(ctx context.Context) {
	for {
		select {
		case m := <-q.ch:
			q.send(ctx, m)
		case <-ctx.Done():
			q.drain()
			return
		}
	}
}

func (q *Queue) drain() {
	ctx, cancel := context.WithTimeout(context.Background(), q.timeout())
	defer cancel()
	for {
		select {
		case m := <-q.ch:
			if ctx.Err() != nil {
				q.Logger.Error("mail not sent at shutdown", "to", m.To, "subject", m.Subject)
				continue
			}
			q.send(ctx, m)
		default:
			return
		}
	}
}

func (q *Queue) timeout() time.Duration {
	if q.Timeout > 0 {
		return q.Timeout
	}
	return DefaultTimeout
}

func (q *Queue) send(ctx context.Context, m Message) {
	s, err := q.Settings(ctx)
	if err == nil && !s.Enabled() {
		return // switched off since it was queued
	}
	if err == nil {
		err = Send(ctx, s, m, q.Now(), q.timeout())
	}
	if err != nil {
		q.Logger.Error("mail not sent", "to", m.To, "subject", m.Subject, "error", err)
		return
	}
	q.Logger.Info("mail sent", "to", m.To)
}
