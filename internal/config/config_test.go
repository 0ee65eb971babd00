package config_test

import (
	"io"
	"reflect"
	"strings"
	"testing"

	"warta/internal/config"
)

func TestLoadPrecedence(t *testing.T) {
	env := map[string]string{"WARTA_ADDR": "127.0.0.1:9000", "WARTA_DATA": "/srv/warta", "WARTA_DEMO": "true", "WARTA_METRICS_PUBLIC": "1"}
	getenv := func(k string) string { return env[k] }
	cases := []struct {
		name string
		args []string
		want config.Config
	}{
		{"defaults", nil, config.Config{}},
		{"env", nil, config.Config{Addr: "127.0.0.1:9000", DataDir: "/srv/warta", DB: "sqlite:/srv/warta/warta.db", BaseURL: "http://127.0.0.1:9000", Demo: true, MetricsPublic: true, AccessLog: true}},
		{"flags win", []string{"--addr", "127.0.0.1:7000", "--db", "sqlite:/tmp/x.db", "--base-url", "https://berita.example/", "--demo=false", "--metrics-public=false", "--access-log=false"},
			config.Config{Addr: "127.0.0.1:7000", DataDir: "/srv/warta", DB: "sqlite:/tmp/x.db", BaseURL: "https://berita.example", Demo: false}},
		{"loopback debug", []string{"--debug-addr", "127.0.0.1:6060"},
			config.Config{Addr: "127.0.0.1:9000", DataDir: "/srv/warta", DB: "sqlite:/srv/warta/warta.db", BaseURL: "http://127.0.0.1:9000", Demo: true, MetricsPublic: true, DebugAddr: "127.0.0.1:6060", AccessLog: true}},
		{"access log off by env", nil, config.Config{Addr: "127.0.0.1:9000", DataDir: "/srv/warta", DB: "sqlite:/srv/warta/warta.db", BaseURL: "http://127.0.0.1:9000", Demo: true, MetricsPublic: true}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := getenv
			if tc.name == "defaults" {
				g = func(string) string { return "" }
				tc.want = config.Config{Addr: "127.0.0.1:8080", DataDir: "warta-data", DB: "sqlite:warta-data/warta.db", BaseURL: "http://127.0.0.1:8080", AccessLog: true}
			}
			if tc.name == "access log off by env" {
				g = func(k string) string {
					if k == "WARTA_ACCESS_LOG" {
						return "off"
					}
					return getenv(k)
				}
			}
			got, err := config.Load(tc.args, g, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			tc.want.MaxRevisions = 100 // the default; see TestMaxRevisions
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestLoadRejects(t *testing.T) {
	cases := map[string][]string{
		"bad addr":       {"--addr", "8080"},
		"bad db":         {"--db", "mysql://x"},
		"base with path": {"--base-url", "https://x.example/news"},
		"relative base":  {"--base-url", "x.example"},
		"unknown flag":   {"--nope"},
		"extra argument": {"extra"},
		"public debug":   {"--debug-addr", "0.0.0.0:6060"},
		"any-host debug": {"--debug-addr", ":6060"},
		"named debug":    {"--debug-addr", "example.com:6060"},
		"proxy by name":  {"--trusted-proxies", "proxy.example"},
		"proxy range":    {"--trusted-proxies", "10.0.0.0/33"},
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := config.Load(args, func(string) string { return "" }, io.Discard)
			if err == nil {
				t.Fatal("no error")
			}
			if strings.Contains(err.Error(), "panic") {
				t.Fatal(err)
			}
		})
	}
}

func TestDBKind(t *testing.T) {
	c := config.Config{DB: "postgres://u@localhost/warta"}
	if k, target := c.DBKind(); k != "postgres" || target != c.DB {
		t.Errorf("DBKind = %s %s", k, target)
	}
	c.DB = "sqlite:/x/y.db"
	if k, target := c.DBKind(); k != "sqlite" || target != "/x/y.db" {
		t.Errorf("DBKind = %s %s", k, target)
	}
}

func TestMaxRevisions(t *testing.T) {
	get := func(env map[string]string) func(string) string { return func(k string) string { return env[k] } }
	c, err := config.Load(nil, get(nil), io.Discard)
	if err != nil || c.MaxRevisions != 100 {
		t.Fatalf("default: %d, %v", c.MaxRevisions, err)
	}
	c, err = config.Load([]string{"--max-revisions", "20"}, get(map[string]string{"WARTA_MAX_REVISIONS": "50"}), io.Discard)
	if err != nil || c.MaxRevisions != 20 {
		t.Fatalf("flag over env: %d, %v", c.MaxRevisions, err)
	}
	if _, err := config.Load(nil, get(map[string]string{"WARTA_MAX_REVISIONS": "banyak"}), io.Discard); err == nil {
		t.Fatal("a non-number was accepted")
	}
	if _, err := config.Load([]string{"--max-revisions", "-1"}, get(nil), io.Discard); err == nil {
		t.Fatal("a negative cap was accepted")
	}
}

// --trusted-proxies (or WARTA_TRUSTED_PROXIES) takes addresses and CIDR
// ranges, an address standing for itself; none by default.
func TestTrustedProxies(t *testing.T) {
	c, err := config.Load(nil, func(string) string { return "" }, io.Discard)
	if err != nil || len(c.TrustedProxies) != 0 {
		t.Fatalf("default: %v, %v; want none", c.TrustedProxies, err)
	}
	env := func(k string) string {
		if k == "WARTA_TRUSTED_PROXIES" {
			return "10.1.2.3/8, 127.0.0.1 ,::1,"
		}
		return ""
	}
	c, err = config.Load(nil, env, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range c.TrustedProxies {
		got = append(got, p.String())
	}
	if want := "10.0.0.0/8 127.0.0.1/32 ::1/128"; strings.Join(got, " ") != want {
		t.Errorf("from the environment: %v, want %s", got, want)
	}
	c, err = config.Load([]string{"--trusted-proxies", "192.168.0.0/16"}, env, io.Discard)
	if err != nil || len(c.TrustedProxies) != 1 || c.TrustedProxies[0].String() != "192.168.0.0/16" {
		t.Errorf("the flag over the environment: %v, %v", c.TrustedProxies, err)
	}
}
