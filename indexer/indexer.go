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
	"time"

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
	RPC           string             // JSON-RPC URL of the chain
	Deployment    *deploy.Deployment // contracts and start block
	DB            string             // SQLite file
	IPFS          string             // Kubo RPC URL; empty disables proofs
	FinalityDepth uint64             // confirmations after which a block is final (default 12)
	PollInterval  time.Duration      // head poll once caught up (default 100ms)
	MaxSpan       uint64             // largest block range per step (default 5000)
	Logger        *slog.Logger
	// HTTP tunes the API server's timeouts and connection cap (httpguard's defaults when zero).
	HTTP httpguard.Options
	// Page, when set, serves every path outside the API (/v1/, /healthz, /metrics): the
	// wallet page (web.Handler).
	Page http.Handler
}

// Indexer is a running follower plus its API.
type Indexer struct {
	Follower *follow.Follower
	DB       *store.DB
	API      *api.Server
	Handler  http.Handler // the API, and the page when Options.Page is set
	Registry *prometheus.Registry
	rpc      *rpc.Client
	log      *slog.Logger
	http     httpguard.Options
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
	var docs api.Documents
	if o.IPFS != "" {
		docs = api.NewIPFS(o.IPFS, 2*time.Minute)
	}
	srv := api.New(api.Config{DB: db.R, Status: f.Status, Docs: docs, Logger: log, Gatherer: reg, Registry: reg})
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
	return &Indexer{Follower: f, DB: db, API: srv, Handler: h, Registry: reg, rpc: c, log: log, http: ho}, nil
}

// Close closes the database and the RPC connection.
func (ix *Indexer) Close() error {
	ix.rpc.Close()
	return ix.DB.Close()
}

// Serve follows the chain and serves the API on ln until ctx ends.
func (ix *Indexer) Serve(ctx context.Context, ln net.Listener) error {
	g := httpguard.New(ix.http)
	hs := g.Server(ix.Handler)
	ln = g.Listen(ln)
	errc := make(chan error, 2)
	go func() { errc <- ix.Follower.Run(ctx) }()
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
