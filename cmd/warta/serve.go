package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"warta"
	"warta/internal/config"
	"warta/internal/demo"
	"warta/internal/editorial"
	"warta/internal/events"
	"warta/internal/jobs"
	"warta/internal/mail"
	"warta/internal/media/disk"
	"warta/internal/metrics"
	"warta/internal/store/postgres"
	"warta/internal/trending"
	"warta/internal/web"
	"warta/internal/web/api"
	"warta/internal/web/newsroom"
	"warta/internal/web/public"
)

// Main is a running Warta server: its configuration and the parts wired
// from it. Tests start it on 127.0.0.1:0.
type Main struct {
	Config    config.Config
	Logger    *slog.Logger
	Store     backend
	Server    *web.Server
	Views     *trending.Counter
	Editorial *editorial.Service
	Library   *editorial.Library
	Pages     *editorial.Pages
	Site      *public.Handler
	Mail      *mail.Queue
	Events    events.Bus
	Metrics   *metrics.Metrics
	relay     *postgres.Relay // nil on SQLite
	stopDebug func()          // the profiler's listener, when --debug-addr is set
}

// NewMain parses serve's flags, opens the store, fills the demo content
// when asked, and binds the listener.
func NewMain(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) (*Main, error) {
	start := time.Now()
	cfg, err := config.Load(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil, err
	}
	if err != nil {
		return nil, usageError{err}
	}
	// Every record logged with a request's context carries its request id.
	m := &Main{Config: cfg, Logger: slog.New(web.ContextHandler{Handler: slog.NewTextHandler(stderr, nil)})}
	if m.Store, err = openStore(ctx, cfg); err != nil {
		return nil, err
	}
	blobs, err := disk.New(cfg.MediaDir())
	if err != nil {
		m.Close()
		return nil, err
	}
	if cfg.Demo {
		filled, err := demo.Fill(ctx, m.Store, blobs, time.Now())
		if err != nil {
			m.Close()
			return nil, fmt.Errorf("demo content: %w", err)
		}
		if filled {
			m.Logger.Info("demo content written", "db", cfg.DBKindName())
			if err := editorial.SeedTransparency(ctx, m.Store); err != nil {
				m.Close()
				return nil, fmt.Errorf("demo transparency pages: %w", err)
			}
			// Each story's similar list is kept by the background job
			// (jobs.Similar) as the site serves, as after an import.
		}
	}
	// Bind first: with --addr 127.0.0.1:0 the base URL needs the real port.
	var root http.Handler
	if m.Server, err = web.Listen(cfg.Addr, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { root.ServeHTTP(w, r) }), m.Logger); err != nil {
		m.Close()
		return nil, err
	}
	if cfg.BaseURL == "http://"+cfg.Addr {
		cfg.BaseURL = "http://" + m.Server.Addr()
		m.Config.BaseURL = cfg.BaseURL
	}
	m.Views = trending.New(m.Store, m.Logger, m.Store.Now)
	m.Metrics = metrics.New(m.Store.Now)
	m.Metrics.WatchDB(dbPools(m.Store))
	// A CDN in front hears what each write evicted; the logging purger
	// shows what it would be told (docs/deploy.md, "The CDN").
	var purger public.Purger = public.NopPurger{}
	if getenv("WARTA_CDN_PURGE") == "log" {
		purger = public.LogPurger{Logger: m.Logger}
	}
	// The readers' forms are signed; nodes behind one address share the
	// key (WARTA_FORM_KEY), or a form one node served is refused by the
	// next. Unset, each process makes its own.
	var formKey []byte
	if k := getenv("WARTA_FORM_KEY"); k != "" {
		formKey = []byte(k)
	}
	if m.Site, err = public.New(public.Config{Store: m.Store, Blobs: blobs, BaseURL: cfg.BaseURL, Logger: m.Logger, Views: m.Views,
		Ready: m.Store.Ready, Metrics: m.Metrics, Purger: purger, Complaints: complaintsOf{m}, FormKey: formKey}); err != nil {
		m.Close()
		return nil, err
	}
	m.Metrics.WatchPageCache(m.Site.CacheSize)
	// Notifications go out by e-mail in the background when SMTP is set.
	m.Mail = mail.NewQueue(256, func(ctx context.Context) (*warta.MailSettings, error) {
		var s *warta.MailSettings
		err := m.Store.View(ctx, func(tx warta.ReadTx) error {
			var err error
			s, err = tx.FindMailSettings(ctx)
			return err
		})
		return s, err
	}, m.Logger, m.Store.Now)
	notifications := &editorial.Notifications{Store: m.Store, Logger: m.Logger, BaseURL: cfg.BaseURL,
		Mail: func(to, subject, body string) { m.Mail.Enqueue(mail.Message{To: to, Subject: subject, Body: body}) }}
	// Every committed change goes out on one bus: the public site drops
	// what it shows at once (an internal note changes nothing there), and
	// the newsroom hears of its own.
	// Several nodes on one PostgreSQL database hear each other's changes
	// (LISTEN/NOTIFY); one SQLite process needs no more than itself.
	if pg, ok := m.Store.(*postgres.Store); ok {
		relay, err := pg.NewRelay(ctx, m.Logger)
		if err != nil {
			m.Close()
			return nil, fmt.Errorf("events between nodes: %w", err)
		}
		m.relay = relay
		m.Events = relay
	} else {
		m.Events = &events.Local{}
	}
	// Each write evicts the pages, feeds and sitemaps that show what it
	// changed, on this node and (through the relay) on the others.
	m.Events.Subscribe(m.Site.Evict)
	m.Events.Subscribe(notifications.Handle)
	m.Editorial = &editorial.Service{Store: m.Store, Notify: m.Events.Publish, ScheduledLag: m.Metrics.ScheduledLag,
		MaxRevisions: m.Config.MaxRevisions}
	// Variants are made by one background worker, so that uploads answer
	// at once and a burst of them cannot take both cores from readers.
	m.Library = &editorial.Library{Store: m.Store, Blobs: blobs, Logger: m.Logger, Workers: 1, Notify: m.Events.Publish}
	m.Metrics.WatchMediaQueue(m.Library.QueueLength)
	m.Pages = &editorial.Pages{Store: m.Store, Notify: m.Events.Publish}
	library := m.Library
	apiHandler := api.New(api.Config{Store: m.Store, Editorial: m.Editorial, Library: library, BaseURL: cfg.BaseURL, Logger: m.Logger})
	nr, err := newsroom.New(newsroom.Config{Store: m.Store, Editorial: m.Editorial, Pages: m.Pages, Library: library, Logger: m.Logger, BaseURL: cfg.BaseURL,
		Notify: m.Events.Publish, Preview: m.Site.Preview, LoginRefused: m.Metrics.LoginRefused})
	if err != nil {
		m.Close()
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", apiHandler)
	mux.Handle("/redaksi/", nr)
	mux.Handle("GET /redaksi", http.RedirectHandler("/redaksi/", http.StatusMovedPermanently))
	mux.Handle("GET /metrics", m.Metrics.Handler(cfg.MetricsPublic, m.Site))
	mux.Handle("/", m.Site)
	// Behind trusted proxies, each request is its client's (X-Forwarded-For)
	// for the per-client limits and the loopback-only pages.
	root = web.ClientAddress(cfg.TrustedProxies, web.Requests(m.Logger, cfg.AccessLog, m.Metrics.Middleware(web.HSTS(cfg.BaseURL, mux))))
	if cfg.DebugAddr != "" {
		if m.stopDebug, err = startDebug(cfg.DebugAddr, m.Logger); err != nil {
			m.Close()
			return nil, fmt.Errorf("--debug-addr: %w", err)
		}
	}
	m.Logger.Info("serving", "addr", m.Server.Addr(), "base_url", cfg.BaseURL, "db", cfg.DBKindName(), "startup", time.Since(start).Round(time.Millisecond))
	return m, nil
}

// Serve serves until ctx is cancelled, then shuts down gracefully.
func (m *Main) Serve(ctx context.Context) error {
	// Uploads left processing by the last run are resumed first, even
	// when the server is asked to stop as it starts: Stop follows.
	if err := m.Library.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("media pool: %w", err)
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := m.Library.Stop(stopCtx); err != nil {
			m.Logger.Warn("media pool stopped before its work was done; it resumes at the next start", "error", err)
		}
	}()
	errc := make(chan error, 1)
	go func() { errc <- m.Server.Serve() }()
	viewsCtx, stopViews := context.WithCancel(context.Background())
	viewsDone := make(chan struct{})
	go func() { m.Views.Run(viewsCtx, 10*time.Second); close(viewsDone) }()
	defer func() { stopViews(); <-viewsDone }() // the last reads are written before the store closes
	mailCtx, stopMail := context.WithCancel(context.Background())
	mailDone := make(chan struct{})
	go func() { m.Mail.Run(mailCtx); close(mailDone) }()
	defer func() { stopMail(); <-mailDone }() // what is queued is sent (for one timeout) before the store closes
	jobsCtx, stopJobs := context.WithCancel(ctx)
	jobsDone := make(chan struct{})
	scheduler := &jobs.Scheduler{Publisher: m.Editorial, Logger: m.Logger, Observer: m.Metrics}
	housekeeper := &jobs.Housekeeper{Purger: m.Editorial, Logger: m.Logger, Observer: m.Metrics}
	housekeepingDone := make(chan struct{})
	// Stories without a kept similar list (an import's, the demo's) get
	// one in the background; a page searches for it until then.
	similar := &jobs.Similar{Keeper: m.Editorial, Logger: m.Logger, Observer: m.Metrics}
	similarDone := make(chan struct{})
	go func() { scheduler.Run(jobsCtx); close(jobsDone) }()
	go func() { housekeeper.Run(jobsCtx); close(housekeepingDone) }()
	go func() { similar.Run(jobsCtx); close(similarDone) }()
	defer func() { stopJobs(); <-jobsDone; <-housekeepingDone; <-similarDone }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := m.Server.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	m.Logger.Info("stopped")
	return <-errc
}

// Close releases the listener and the store.
func (m *Main) Close() error {
	if m.Server != nil {
		m.Server.Close()
	}
	if m.stopDebug != nil {
		m.stopDebug()
		m.stopDebug = nil
	}
	if m.relay != nil {
		m.relay.Close()
		m.relay = nil
	}
	if m.Store != nil {
		err := m.Store.Close()
		m.Store = nil
		return err
	}
	return nil
}

// complaintsOf hands the public forms' complaints to the editorial
// service, made after the public site (it needs the event bus, which
// needs the site); no request arrives before both exist.
type complaintsOf struct{ m *Main }

func (c complaintsOf) SubmitComplaint(ctx context.Context, x *warta.Complaint) error {
	return c.m.Editorial.SubmitComplaint(ctx, x)
}
