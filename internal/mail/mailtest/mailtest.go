// Package mailtest is an SMTP server on 127.0.0.1 for tests: it speaks
// just enough of the protocol for net/smtp (EHLO, AUTH PLAIN, MAIL, RCPT,
// DATA, QUIT) and records what it is sent. No test talks to a real server.
package mailtest

import (
	"bufio"
	"encoding/base64"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"

	"warta"
)

// Server is a fake SMTP server.
type Server struct {
	ln net.Listener
	mu sync.Mutex
	// Received gets a value for every message accepted.
	Received chan Mail
	// OfferSTARTTLS makes the server announce STARTTLS (it never
	// completes it: tests only check that the client insists).
	OfferSTARTTLS bool
	// Stall makes the server accept connections and never answer.
	Stall bool
	auth  []string
	mails []Mail
}

// Mail is one accepted message.
type Mail struct {
	Auth string   // decoded AUTH PLAIN credentials ("" without AUTH)
	From string   // the MAIL command
	To   []string // the RCPT commands
	Data string   // the message, headers and body
}

// New starts a server on 127.0.0.1 and stops it when the test ends.
func New(tb testing.TB) *Server {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	s := &Server{ln: ln, Received: make(chan Mail, 64)}
	tb.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.serve(c)
		}
	}()
	return s
}

// Settings are mail settings that reach this server, with a user name,
// a password and no STARTTLS requirement.
func (s *Server) Settings() *warta.MailSettings {
	_, port, _ := net.SplitHostPort(s.ln.Addr().String())
	p, _ := strconv.Atoi(port)
	return &warta.MailSettings{Host: "127.0.0.1", Port: p, Username: "redaksi", Password: "rahasia", From: "Redaksi Kabar <redaksi@kabar.example>"}
}

// Mails returns the messages accepted so far.
func (s *Server) Mails() []Mail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Mail(nil), s.mails...)
}

// Auths returns every AUTH PLAIN credential seen, accepted mail or not.
func (s *Server) Auths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.auth...)
}

func (s *Server) serve(c net.Conn) {
	defer c.Close()
	if s.Stall {
		io.Copy(io.Discard, c)
		return
	}
	r := bufio.NewReader(c)
	say := func(line string) { io.WriteString(c, line+"\r\n") }
	say("220 mailtest ESMTP")
	var cur Mail
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimRight(line, "\r\n")
		verb := strings.ToUpper(strings.Fields(line + " x")[0])
		switch verb {
		case "EHLO", "HELO":
			say("250-mailtest")
			if s.OfferSTARTTLS {
				say("250-STARTTLS")
			}
			say("250 AUTH PLAIN")
		case "AUTH":
			parts := strings.Fields(line)
			raw, _ := base64.StdEncoding.DecodeString(parts[len(parts)-1])
			cur.Auth = string(raw)
			s.mu.Lock()
			s.auth = append(s.auth, cur.Auth)
			s.mu.Unlock()
			say("235 ok")
		case "MAIL":
			cur.From = line
			say("250 ok")
		case "RCPT":
			cur.To = append(cur.To, line)
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
				b.WriteString(strings.TrimPrefix(l, "."))
			}
			cur.Data = b.String()
			s.mu.Lock()
			s.mails = append(s.mails, cur)
			s.mu.Unlock()
			select {
			case s.Received <- cur:
			default:
			}
			say("250 queued")
			cur = Mail{Auth: cur.Auth}
		case "QUIT":
			say("221 bye")
			return
		default:
			say("250 ok")
		}
	}
}
