package web

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// ClientAddress makes a request that came through one of the trusted
// reverse proxies look as if it came from the client the proxies name
// in X-Forwarded-For: every per-client limit (logins, readers' forms,
// view counts) and every loopback-only page then sees the reader, not
// the proxy. The client is the rightmost address of the header that is
// not itself a trusted proxy: what a client writes in the header is to
// the left of what the proxies append, so it cannot pass for someone
// else. A request straight from anything else keeps its connection's
// address, header or not. With no trusted proxies it is next itself.
func ClientAddress(trusted []netip.Prefix, next http.Handler) http.Handler {
	if len(trusted) == 0 {
		return next
	}
	isTrusted := func(a netip.Addr) bool {
		a = a.Unmap()
		for _, p := range trusted {
			if p.Contains(a) {
				return true
			}
		}
		return false
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		peer, ok := parseHost(r.RemoteAddr)
		if !ok || !isTrusted(peer) {
			next.ServeHTTP(w, r)
			return
		}
		client := peer
		hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
		for i := len(hops) - 1; i >= 0; i-- {
			a, ok := parseHost(strings.TrimSpace(hops[i]))
			if !ok {
				break // unreadable: the last address read is the client
			}
			client = a
			if !isTrusted(a) {
				break
			}
		}
		if client == peer {
			next.ServeHTTP(w, r)
			return
		}
		r2 := new(http.Request)
		*r2 = *r
		r2.RemoteAddr = net.JoinHostPort(client.Unmap().String(), "0")
		next.ServeHTTP(w, r2)
	})
}

// parseHost reads an address with or without a port ("203.0.113.7",
// "203.0.113.7:5123", "[2001:db8::1]:443", "2001:db8::1").
func parseHost(s string) (netip.Addr, bool) {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap(), true
	}
	a, err := netip.ParseAddr(strings.Trim(s, "[]"))
	if err != nil || a.Zone() != "" {
		return netip.Addr{}, false
	}
	return a.Unmap(), true
}
