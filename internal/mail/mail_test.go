package mail_test

import (
	"context"
	"io"
	"log/slog"
	"mime"
	"net/mail"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"warta"
	wmail "warta/internal/mail"
	"warta/internal/mail/mailtest"
)

var now = time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)

func TestSendHeadersRecipientsUTF8(t *testing.T) {
	f := mailtest.New(t)
	msg := wmail.Message{To: "budi@kabar.example", Subject: "Naskah dikembalikan: “Harga cabai naik” — cek lagi",
		Body: "Naskah Anda dikembalikan.\nBuka: http://127.0.0.1/redaksi/artikel/7"}
	if err := wmail.Send(context.Background(), f.Settings(), msg, now, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	mails := f.Mails()
	if len(mails) != 1 {
		t.Fatalf("%d mails", len(mails))
	}
	got := mails[0]
	if got.Auth != "\x00redaksi\x00rahasia" {
		t.Errorf("AUTH PLAIN = %q", got.Auth)
	}
	if got.From != "MAIL FROM:<redaksi@kabar.example>" {
		t.Errorf("MAIL = %q", got.From)
	}
	if len(got.To) != 1 || got.To[0] != "RCPT TO:<budi@kabar.example>" {
		t.Errorf("RCPT = %q", got.To)
	}
	parsed, err := mail.ReadMessage(strings.NewReader(got.Data))
	if err != nil {
		t.Fatal(err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(parsed.Header.Get("Subject"))
	if err != nil || subject != msg.Subject {
		t.Errorf("Subject = %q (%v), raw %q", subject, err, parsed.Header.Get("Subject"))
	}
	if raw := parsed.Header.Get("Subject"); strings.ContainsAny(raw, "“—") {
		t.Errorf("raw subject is not encoded: %q", raw)
	}
	for k, want := range map[string]string{"To": "<budi@kabar.example>", "Content-Type": "text/plain; charset=utf-8",
		"Date": "Fri, 27 Nov 2026 03:00:00 +0000", "MIME-Version": "1.0"} {
		if got := parsed.Header.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if from, _ := parsed.Header.AddressList("From"); len(from) != 1 || from[0].Name != "Redaksi Kabar" {
		t.Errorf("From = %v", from)
	}
	if parsed.Header.Get("Message-ID") == "" {
		t.Error("no Message-ID")
	}
	body, _ := io.ReadAll(parsed.Body)
	if !strings.Contains(string(body), "/redaksi/artikel/7") {
		t.Errorf("body = %q", body)
	}
}

func TestSendRefusesWithoutSTARTTLS(t *testing.T) {
	f := mailtest.New(t)
	s := f.Settings()
	s.StartTLS = true
	err := wmail.Send(context.Background(), s, wmail.Message{To: "budi@kabar.example", Subject: "x", Body: "y"}, now, 5*time.Second)
	if err == nil || !strings.Contains(err.Error(), "STARTTLS") {
		t.Fatalf("err = %v", err)
	}
	if len(f.Auths()) != 0 || len(f.Mails()) != 0 {
		t.Errorf("sent in clear: auth %q, %d mails", f.Auths(), len(f.Mails()))
	}
}

func TestSendTimesOut(t *testing.T) {
	f := mailtest.New(t)
	f.Stall = true
	start := time.Now()
	err := wmail.Send(context.Background(), f.Settings(), wmail.Message{To: "budi@kabar.example", Subject: "x", Body: "y"}, now, 300*time.Millisecond)
	if err == nil {
		t.Fatal("no error from a silent server")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestQueueSendsInBackgroundAndLogsFailures(t *testing.T) {
	f := mailtest.New(t)
	var log strings.Builder
	var mu sync.Mutex
	logger := slog.New(slog.NewTextHandler(lockedWriter{&mu, &log}, nil))
	settings := f.Settings()
	q := wmail.NewQueue(2, func(context.Context) (*warta.MailSettings, error) { return settings, nil }, logger, func() time.Time { return now })
	q.Timeout = 2 * time.Second
	// Before the worker runs, the queue holds two and refuses a third
	// without blocking.
	for i, want := range []bool{true, true, false} {
		if got := q.Enqueue(wmail.Message{To: "budi@kabar.example", Subject: "Pesan " + strconv.Itoa(i), Body: "isi"}); got != want {
			t.Errorf("enqueue %d = %v, want %v", i, got, want)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { q.Run(ctx); close(done) }()
	for range 2 {
		select {
		case <-f.Received:
		case <-time.After(5 * time.Second):
			t.Fatal("queued mail never arrived")
		}
	}
	// A message to a bad address fails and is logged, not lost silently.
	q.Enqueue(wmail.Message{To: "bukan alamat", Subject: "x", Body: "y"})
	cancel()
	<-done
	mu.Lock()
	defer mu.Unlock()
	for _, want := range []string{"mail queue full", "mail not sent", "bukan alamat", "mail sent"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
