// Package config reads Warta's settings from flags, WARTA_* environment
// variables and defaults, in that order of precedence.
package config

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/netip"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
)

// Config is what `warta serve` needs to start.
type Config struct {
	Addr    string // listen address, host:port
	DB      string // sqlite:PATH or postgres://…
	DataDir string // media files and the default SQLite database
	BaseURL string // absolute URL of the public site, no trailing slash
	Demo    bool   // fill an empty database with demo content
	// MetricsPublic serves /metrics to every client, not only to
	// loopback ones: for a scraper on another machine.
	MetricsPublic bool
	// DebugAddr, when set, serves Go's profiler (net/http/pprof) on a
	// second, loopback-only listener: to profile a benchmark's walk
	// without exposing the profiler to the public site.
	DebugAddr string
	// AccessLog writes one INFO line per request (on by default; a very
	// busy site behind a proxy that logs already may turn it off).
	AccessLog bool
	// MaxRevisions caps the revisions kept per article; the oldest are
	// pruned on save, the published ones kept (0: editorial's default).
	MaxRevisions int
	// TrustedProxies are the addresses of the reverse proxies in front
	// (nginx, a load balancer, a CDN's edge): a request from one of them
	// is taken to come from the client its X-Forwarded-For names, for the
	// per-client limits (logins, readers' forms, view counts) and the
	// loopback-only pages. Empty: every request is its connection's.
	TrustedProxies []netip.Prefix
}

// DBKind returns "sqlite" or "postgres" and the path or URL to open.
func (c Config) DBKind() (kind, target string) {
	if strings.HasPrefix(c.DB, "postgres://") || strings.HasPrefix(c.DB, "postgresql://") {
		return "postgres", c.DB
	}
	return "sqlite", strings.TrimPrefix(c.DB, "sqlite:")
}

// DBKindName is the database for logs: the SQLite file, or the
// PostgreSQL server and database without the password.
func (c Config) DBKindName() string {
	kind, target := c.DBKind()
	if kind == "sqlite" {
		return target
	}
	if u, err := url.Parse(target); err == nil {
		u.User = nil
		u.RawQuery = ""
		return u.String()
	}
	return "postgres"
}

// MediaDir is where media files are kept on local disk.
func (c Config) MediaDir() string { return filepath.Join(c.DataDir, "media") }

// LoadStore parses the flags of a command that only needs the store
// (--data and --db, with their WARTA_* variables) and whatever flags extra
// adds to the set. name is the command, for usage messages.
func LoadStore(name string, args []string, getenv func(string) string, stderr io.Writer, extra func(*flag.FlagSet)) (Config, error) {
	c, rest, err := LoadStoreArgs(name, args, getenv, stderr, extra)
	if err == nil && len(rest) > 0 {
		return Config{}, fmt.Errorf("unexpected argument %q", rest[0])
	}
	return c, err
}

// LoadStoreArgs is LoadStore for a command that takes arguments as well
// as flags, in any order ("import wxr FILE --dry-run" and "import wxr
// --dry-run FILE" alike); it returns the arguments. "--" ends the flags.
func LoadStoreArgs(name string, args []string, getenv func(string) string, stderr io.Writer, extra func(*flag.FlagSet)) (Config, []string, error) {
	var c Config
	fs := flag.NewFlagSet("warta "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.DataDir, "data", envOr(getenv, "DATA", "warta-data"), "data directory (WARTA_DATA)")
	fs.StringVar(&c.DB, "db", envOr(getenv, "DB", ""), "database: sqlite:PATH (WARTA_DB; default sqlite:DATA/warta.db)")
	if extra != nil {
		extra(fs)
	}
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return Config{}, nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		// After "--" everything is an argument.
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		positional, args = append(positional, rest[0]), rest[1:]
	}
	if c.DB == "" {
		c.DB = "sqlite:" + filepath.Join(c.DataDir, "warta.db")
	}
	if kind, target := c.DBKind(); kind == "sqlite" && (target == "" || !strings.HasPrefix(c.DB, "sqlite:")) {
		return Config{}, nil, fmt.Errorf("--db %q: want sqlite:PATH or postgres://…", c.DB)
	}
	return c, positional, nil
}

// envOr returns the WARTA_ variable name, or def when it is empty.
func envOr(getenv func(string) string, name, def string) string {
	if v := getenv("WARTA_" + name); v != "" {
		return v
	}
	return def
}

// Load parses serve's flags from args, with getenv supplying WARTA_*
// variables for flags not given. Usage and errors go to stderr.
func Load(args []string, getenv func(string) string, stderr io.Writer) (Config, error) {
	env := func(name, def string) string { return envOr(getenv, name, def) }
	var c Config
	fs := flag.NewFlagSet("warta serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `usage: warta serve [flags]

Serves the public site, the newsroom (/redaksi/) and the API. It creates
the data directory and the database when there are none.

Flags:`)
		fs.PrintDefaults()
	}
	fs.StringVar(&c.Addr, "addr", env("ADDR", "127.0.0.1:8080"), "listen address (WARTA_ADDR)")
	fs.StringVar(&c.DataDir, "data", env("DATA", "warta-data"), "data directory for media and the default database (WARTA_DATA)")
	fs.StringVar(&c.DB, "db", env("DB", ""), "database: sqlite:PATH or postgres://… (WARTA_DB; default sqlite:DATA/warta.db)")
	fs.StringVar(&c.BaseURL, "base-url", env("BASE_URL", ""), "public URL of the site (WARTA_BASE_URL; default http://ADDR)")
	fs.BoolVar(&c.Demo, "demo", truthy(env("DEMO", "")), "fill an empty database with demo content (WARTA_DEMO)")
	fs.BoolVar(&c.MetricsPublic, "metrics-public", truthy(env("METRICS_PUBLIC", "")),
		"serve /metrics to every client, not only to loopback ones (WARTA_METRICS_PUBLIC)")
	fs.StringVar(&c.DebugAddr, "debug-addr", env("DEBUG_ADDR", ""),
		"loopback address for the Go profiler at /debug/pprof/ (WARTA_DEBUG_ADDR; default off)")
	fs.BoolVar(&c.AccessLog, "access-log", !falsy(env("ACCESS_LOG", "")),
		"log one line per request with its request id (WARTA_ACCESS_LOG; default on, off with --access-log=false)")
	maxRevisions, err := strconv.Atoi(env("MAX_REVISIONS", "100"))
	if err != nil {
		return Config{}, fmt.Errorf("WARTA_MAX_REVISIONS %q: want a number", env("MAX_REVISIONS", ""))
	}
	fs.IntVar(&c.MaxRevisions, "max-revisions", maxRevisions,
		"revisions kept per article; older ones are pruned on save, published ones kept (WARTA_MAX_REVISIONS)")
	proxies := env("TRUSTED_PROXIES", "")
	fs.StringVar(&proxies, "trusted-proxies", proxies,
		"comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For names the client (WARTA_TRUSTED_PROXIES; default none)")
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if c.TrustedProxies, err = ParsePrefixes(proxies); err != nil {
		return Config{}, fmt.Errorf("--trusted-proxies: %w", err)
	}
	if c.DB == "" {
		c.DB = "sqlite:" + filepath.Join(c.DataDir, "warta.db")
	}
	if c.BaseURL == "" {
		c.BaseURL = "http://" + c.Addr
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	return c, c.Validate()
}

// ParsePrefixes reads a comma-separated list of IP addresses and CIDR
// ranges ("10.0.0.0/8, 127.0.0.1, ::1"); an address is a range of one.
func ParsePrefixes(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if strings.Contains(f, "/") {
			p, err := netip.ParsePrefix(f)
			if err != nil {
				return nil, fmt.Errorf("%q: want an IP address or a CIDR range such as 10.0.0.0/8", f)
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("%q: want an IP address or a CIDR range such as 10.0.0.0/8", f)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// truthy reads a WARTA_* switch: 1, true or yes.
func truthy(v string) bool {
	switch strings.ToLower(v) {
	case "1", "true", "yes":
		return true
	}
	return false
}

func falsy(v string) bool {
	switch strings.ToLower(v) {
	case "0", "false", "no", "off":
		return true
	}
	return false
}

// Validate checks that the values can work.
func (c Config) Validate() error {
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("--addr %q: want host:port", c.Addr)
	}
	if c.MaxRevisions < 0 {
		return fmt.Errorf("--max-revisions %d: want 1 or more (0 for the default)", c.MaxRevisions)
	}
	if c.DebugAddr != "" {
		host, _, err := net.SplitHostPort(c.DebugAddr)
		if ip := net.ParseIP(host); err != nil || (host != "localhost" && (ip == nil || !ip.IsLoopback())) {
			return fmt.Errorf("--debug-addr %q: want a loopback host:port (the profiler is never public)", c.DebugAddr)
		}
	}
	if c.DataDir == "" {
		return errors.New("--data must not be empty")
	}
	kind, target := c.DBKind()
	if kind == "sqlite" && (target == "" || !strings.HasPrefix(c.DB, "sqlite:")) {
		return fmt.Errorf("--db %q: want sqlite:PATH or postgres://…", c.DB)
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		return fmt.Errorf("--base-url %q: want an absolute http(s) URL with no path", c.BaseURL)
	}
	return nil
}
