// Package indexer wires DOTS's indexer together: the chain follower (indexer/follow),
// the event decoder (indexer/events), the SQLite store (indexer/store) and the HTTP API
// (indexer/api).
package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/httpguard"
	"github.com/dotsnet/dots/indexer/api"
	"github.com/dotsnet/dots/indexer/events"
	"github.com/dotsnet/dots/indexer/follow"
	"github.com/dotsnet/dots/indexer/store"
)

// Options configure an indexer.
type Options struct {
	RPC        string             // JSON-RPC URL of the chain
	Deployment *deploy.Deployment // contracts and start block
	DB         string             // SQLite file, sqlite://FILE or postgres://... (see store.ParseDB)
	// APIOnly serves the API from a database another process's follower writes (PostgreSQL,
	// or a SQLite file on this machine): no chain connection, progress read from the
	// database every PollInterval.
	APIOnly       bool
	IPFS          string        // Kubo RPC URL; empty disables proofs
	FinalityDepth uint64        // confirmations after which a block is final (default 12)
	PollInterval  time.Duration // head poll once caught up (default 100ms)
	MaxSpan       uint64        // largest block range per step (default 5000)
	Logger        *slog.Logger
	// HTTP tunes the API server's timeouts and connection cap (httpguard's defaults when zero).
	HTTP httpguard.Options
	// Page, when set, serves every path outside the API (/v1/, /healthz, /metrics): the
	// wallet page (web.Handler).
	Page http.Handler
}

// Indexer is a running follower plus its API (or the API alone, Options.APIOnly).
type Indexer struct {
	Follower *follow.Follower // nil when APIOnly
	DB       *store.DB
	API      *api.Server
	Handler  http.Handler // the API, and the page when Options.Page is set
	Registry *prometheus.Registry
	rpc      *rpc.Client
	log      *slog.Logger
	http     httpguard.Options
	reader   *dbStatus // APIOnly: the follower's progress as the database records it
}

// Contracts returns the decoder's contracts of a deployment.
func Contracts(d *deploy.Deployment) []events.Contract {
	return events.DOTS(events.Addresses{
		NumberRegistry: d.NumberRegistry, CDRAnchor: d.CDRAnchor, RewardToken: d.RewardToken,
		RateExchange: d.RateExchange, DisputeVoting: d.DisputeVoting, Randomness: d.Randomness,
	})
}

// Open connects to the chain, opens the database and prepares the follower and the API.
func Open(ctx context.Context, o Options) (*Indexer, error) {
	if o.Deployment == nil {
		return nil, errors.New("indexer: no deployment")
	}
	if err := o.Deployment.Validate(); err != nil {
		return nil, err
	}
	if o.FinalityDepth == 0 {
		o.FinalityDepth = 12
	}
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	dec, err := events.New(Contracts(o.Deployment))
	if err != nil {
		return nil, err
	}
	if o.APIOnly {
		return openAPIOnly(ctx, o, log)
	}
	c, err := rpc.DialContext(ctx, o.RPC)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", o.RPC, err)
	}
	src := follow.NewRPC(c)
	id, err := src.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("connecting to %s: %w", o.RPC, err)
	}
	if id != o.Deployment.ChainID {
		c.Close()
		return nil, fmt.Errorf("the deployment is for chain %d but %s serves chain %d", o.Deployment.ChainID, o.RPC, id)
	}
	db, err := store.Open(ctx, o.DB, nil) // the schema is the migrations'
	if err != nil {
		c.Close()
		return nil, err
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f, err := follow.New(ctx, src, db, follow.Config{
		Addresses:     o.Deployment.Addresses(),
		StartBlock:    o.Deployment.StartBlock,
		FinalityDepth: o.FinalityDepth,
		PollInterval:  o.PollInterval,
		MaxSpan:       o.MaxSpan,
		Handler:       dec,
		Logger:        log,
		Registerer:    reg,
	})
	if err != nil {
		db.Close()
		c.Close()
		return nil, err
	}
	ix := &Indexer{Follower: f, DB: db, Registry: reg, rpc: c, log: log}
	ix.serveAPI(o, f.Status)
	return ix, nil
}

// serveAPI builds the API over ix.DB with status as the follower's progress.
func (ix *Indexer) serveAPI(o Options, status func() follow.Status) {
	log, reg := ix.log, ix.Registry
	var docs api.Documents
	if o.IPFS != "" {
		docs = api.NewIPFS(o.IPFS, 2*time.Minute)
	}
	srv := api.New(api.Config{DB: ix.DB.R, Status: status, Docs: docs, Logger: log, Gatherer: reg, Registry: reg})
	ho := o.HTTP
	if ho.MaxBodyBytes <= 0 {
		ho.MaxBodyBytes = 64 << 10 // the API reads no bodies
	}
	if ho.Logger == nil {
		ho.Logger = log
	}
	var h http.Handler = srv
	if o.Page != nil {
		mux := http.NewServeMux()
		mux.Handle("/v1", srv)
		mux.Handle("/v1/", srv)
		mux.Handle("/healthz", srv)
		mux.Handle("/metrics", srv)
		mux.Handle("/", o.Page)
		h = mux
	}
	ix.API, ix.Handler, ix.http = srv, h, ho
}

func openAPIOnly(ctx context.Context, o Options, log *slog.Logger) (*Indexer, error) {
	db, err := store.Open(ctx, o.DB, nil)
	if err != nil {
		return nil, err
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	ix := &Indexer{DB: db, Registry: reg, log: log}
	poll := o.PollInterval
	if poll <= 0 {
		poll = 250 * time.Millisecond
	}
	ix.reader = &dbStatus{db: db, depth: o.FinalityDepth, every: poll, log: log}
	if err := ix.reader.refresh(ctx); err != nil {
		db.Close()
		return nil, err
	}
	ix.serveAPI(o, ix.reader.Status)
	return ix, nil
}

// dbStatus is the follower's progress as the database records it (the meta table), for an
// API-only process; refreshed every interval.
type dbStatus struct {
	db    *store.DB
	depth uint64
	every time.Duration
	log   *slog.Logger
	mu    sync.Mutex
	st    follow.Status
	// reading serializes refreshes (after a commit and on the ticker), so an older read
	// never replaces a newer one.
	reading sync.Mutex
}

func (d *dbStatus) Status() follow.Status {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.st
}

func (d *dbStatus) refresh(ctx context.Context) error {
	d.reading.Lock()
	defer d.reading.Unlock()
	st := follow.Status{FinalityDepth: d.depth}
	read := func(key string) (string, error) { return store.Meta(ctx, d.db.R, key) }
	id, err := read(store.MetaChainID)
	if err != nil {
		return err
	}
	if id != "" {
		if st.ChainID, err = strconv.ParseUint(id, 10, 64); err != nil {
			return fmt.Errorf("meta chain_id %q: %w", id, err)
		}
	}
	g, err := read(store.MetaGenesis)
	if err != nil {
		return err
	}
	st.Genesis = common.HexToHash(g)
	next, ok, err := store.MetaUint(ctx, d.db.R, store.MetaNextBlock)
	if err != nil {
		return err
	}
	if ok && next > 0 {
		st.Indexed, st.HasIndexed = next-1, true
	}
	head, _, err := store.MetaUint(ctx, d.db.R, store.MetaHead)
	if err != nil {
		return err
	}
	st.Head = max(head, st.Indexed)
	r, err := read(store.MetaRebuild)
	if err != nil {
		return err
	}
	st.Rebuilding = r == "1"
	d.mu.Lock()
	d.st = st
	d.mu.Unlock()
	return nil
}

// run refreshes the status until ctx ends: after each commit of the follower on PostgreSQL
// (LISTEN/NOTIFY), and every interval on both engines; a failed read keeps the last status
// (logged).
func (d *dbStatus) run(ctx context.Context) error {
	go d.db.ListenCommits(ctx, func() {
		if err := d.refresh(ctx); err != nil && ctx.Err() == nil {
			d.log.Warn("reading the index's progress", "err", err)
		}
	}, func(err error) { d.log.Warn("listening for the follower's commits; polling meanwhile", "err", err) })
	t := time.NewTicker(d.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			if err := d.refresh(ctx); err != nil && ctx.Err() == nil {
				d.log.Warn("reading the index's progress", "err", err)
			}
		}
	}
}

// Close closes the database and the RPC connection.
func (ix *Indexer) Close() error {
	if ix.rpc != nil {
		ix.rpc.Close()
	}
	return ix.DB.Close()
}

// Serve follows the chain and serves the API on ln until ctx ends.
func (ix *Indexer) Serve(ctx context.Context, ln net.Listener) error {
	g := httpguard.New(ix.http)
	hs := g.Server(ix.Handler)
	ln = g.Listen(ln)
	errc := make(chan error, 2)
	if ix.Follower != nil {
		go func() { errc <- ix.Follower.Run(ctx) }()
	} else {
		go func() { errc <- ix.reader.run(ctx) }()
	}
	go func() {
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errc <- fmt.Errorf("serving API: %w", err)
		}
	}()
	select {
	case <-ctx.Done():
	case err := <-errc:
		if ctx.Err() == nil {
			shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			hs.Shutdown(shut)
			return err
		}
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return hs.Shutdown(shut)
}
