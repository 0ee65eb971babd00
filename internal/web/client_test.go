package web_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"warta/internal/config"
	"warta/internal/web"
)

// A request through a trusted proxy is the client's the proxies name;
// a client cannot pass for another by writing the header itself; a
// request from anywhere else keeps its connection's address.
func TestClientAddress(t *testing.T) {
	trusted, err := config.ParsePrefixes("127.0.0.1, 10.0.0.0/8, ::1")
	if err != nil {
		t.Fatal(err)
	}
	var seen string
	h := web.ClientAddress(trusted, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { seen = r.RemoteAddr }))
	for _, tc := range []struct {
		name, peer string
		xff        []string
		want       string
	}{
		{"no proxy", "203.0.113.7:5000", nil, "203.0.113.7:5000"},
		{"header from a stranger", "203.0.113.7:5000", []string{"198.51.100.1"}, "203.0.113.7:5000"},
		{"one proxy", "127.0.0.1:40000", []string{"203.0.113.7"}, "203.0.113.7:0"},
		{"a chain of proxies", "10.0.0.2:40000", []string{"203.0.113.7, 10.0.0.9"}, "203.0.113.7:0"},
		{"a forged left part", "127.0.0.1:40000", []string{"198.51.100.1, 203.0.113.7"}, "203.0.113.7:0"},
		{"two header lines", "127.0.0.1:40000", []string{"198.51.100.1", "203.0.113.7"}, "203.0.113.7:0"},
		{"with a port", "127.0.0.1:40000", []string{"203.0.113.7:6123"}, "203.0.113.7:0"},
		{"IPv6 client", "[::1]:40000", []string{"2001:db8::7"}, "[2001:db8::7]:0"},
		{"garbage after the client", "127.0.0.1:40000", []string{"203.0.113.7, unknown"}, "127.0.0.1:40000"},
		{"the proxy without a header", "127.0.0.1:40000", nil, "127.0.0.1:40000"},
		{"only proxies", "127.0.0.1:40000", []string{"10.0.0.5, 10.0.0.9"}, "10.0.0.5:0"},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tc.peer
		for _, v := range tc.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		h.ServeHTTP(httptest.NewRecorder(), r)
		if seen != tc.want {
			t.Errorf("%s: RemoteAddr %q, want %q", tc.name, seen, tc.want)
		}
	}
	// None trusted: every request is its connection's, header or not.
	none := web.ClientAddress(nil, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { seen = r.RemoteAddr }))
	r := httptest.NewRequest("GET", "/", nil)
	r.RemoteAddr = "127.0.0.1:40000"
	r.Header.Set("X-Forwarded-For", "203.0.113.7")
	none.ServeHTTP(httptest.NewRecorder(), r)
	if seen != "127.0.0.1:40000" {
		t.Errorf("no trusted proxies: RemoteAddr %q, want the connection's", seen)
	}
}
