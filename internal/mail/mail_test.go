package mail_test

import (
	"bufio"
	"context"
	"encoding/base64"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"warta"
	wmail "warta/internal/mail"
)

// fakeSMTP is an SMTP server on 127.0.0.1 that speaks just enough of the
// protocol for net/smtp and records what it is sent.
type fakeSMTP struct {
	ln       net.Listener
	mu       sync.Mutex
	auth     []string // decoded AUTH PLAIN credentials
	from     []string
	rcpt     []string
	data     []string
	received chan struct{}
	// starttls offers STARTTLS (never completed: the test only checks
	// that the client insists on it).
	starttls bool
	stall    bool // accept and never answer
}

func newFakeSMTP(t *testing.T) *fakeSMTP {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeSMTP{ln: ln, received: make(chan struct{}, 16)}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go f.serve(c)
		}
	}()
	return f
}

func (f *fakeSMTP) settings() *warta.MailSettings {
	_, port, _ := net.SplitHostPort(f.ln.Addr().String())
	p, _ := strconv.Atoi(port)
	return &warta.MailSettings{Host: "127.0.0.1", Port: p, Username: "redaksi", Password: "rahasia", From: "Redaksi Kabar <redaksi@kabar.example>"}
}

func (f *fakeSMTP) serve(c net.Conn) {
	defer c.Close()
	if f.stall {
		io.Copy(io.Discard, c)
		return
	}
	r := bufio.NewReader(c)
	say := func(s string) { io.WriteString(c, s+"\r\n") }
	say("220 fake ESMTP")
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimRight(line, "\r\n")
		verb := strings.ToUpper(strings.Fields(line + " x")[0])
		switch verb {
		case "EHLO", "HELO":
			if f.starttls {
				say("250-fake")
				say("250-STARTTLS")
			} else {
				say("250-fake")
			}
			say("250 AUTH PLAIN")
		case "AUTH":
			parts := strings.Fields(line)
			raw, _ := base64.StdEncoding.DecodeString(parts[len(parts)-1])
			f.mu.Lock()
			f.auth = append(f.auth, string(raw))
			f.mu.Unlock()
			say("235 ok")
		case "MAIL":
			f.mu.Lock()
			f.from = append(f.from, line)
			f.mu.Unlock()
			say("250 ok")
		case "RCPT":
			f.mu.Lock()
			f.rcpt = append(f.rcpt, line)
			f.mu.Unlock()
			say("250 ok")
		case "DATA":
			say("354 go on")
			var b strings.Builder
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
				b.WriteString(l)
			}
			f.mu.Lock()
			f.data = append(f.data, b.String())
			f.mu.Unlock()
			say("250 queued")
			f.received <- struct{}{}
		case "QUIT":
			say("221 bye")
			return
		default:
			say("250 ok")
		}
	}
}

var now = time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC)

func TestSendHeadersRecipientsUTF8(t *testing.T) {
	f := newFakeSMTP(t)
	msg := wmail.Message{To: "budi@kabar.example", Subject: "Naskah dikembalikan: “Harga cabai naik” — cek lagi",
		Body: "Naskah Anda dikembalikan.\nBuka: http://127.0.0.1/redaksi/artikel/7"}
	if err := wmail.Send(context.Background(), f.settings(), msg, now, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.auth) != 1 || f.auth[0] != "\x00redaksi\x00rahasia" {
		t.Errorf("AUTH PLAIN = %q", f.auth)
	}
	if len(f.from) != 1 || f.from[0] != "MAIL FROM:<redaksi@kabar.example>" {
		t.Errorf("MAIL = %q", f.from)
	}
	if len(f.rcpt) != 1 || f.rcpt[0] != "RCPT TO:<budi@kabar.example>" {
		t.Errorf("RCPT = %q", f.rcpt)
	}
	parsed, err := mail.ReadMessage(strings.NewReader(f.data[0]))
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
	f := newFakeSMTP(t)
	s := f.settings()
	s.StartTLS = true
	err := wmail.Send(context.Background(), s, wmail.Message{To: "budi@kabar.example", Subject: "x", Body: "y"}, now, 5*time.Second)
	if err == nil || !strings.Contains(err.Error(), "STARTTLS") {
		t.Fatalf("err = %v", err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.auth) != 0 || len(f.data) != 0 {
		t.Errorf("sent in clear: auth %q data %d", f.auth, len(f.data))
	}
}

func TestSendTimesOut(t *testing.T) {
	f := newFakeSMTP(t)
	f.stall = true
	start := time.Now()
	err := wmail.Send(context.Background(), f.settings(), wmail.Message{To: "budi@kabar.example", Subject: "x", Body: "y"}, now, 300*time.Millisecond)
	if err == nil {
		t.Fatal("no error from a silent server")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestQueueSendsInBackgroundAndLogsFailures(t *testing.T) {
	f := newFakeSMTP(t)
	var log strings.Builder
	var mu sync.Mutex
	logger := slog.New(slog.NewTextHandler(lockedWriter{&mu, &log}, nil))
	settings := f.settings()
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
		case <-f.received:
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
