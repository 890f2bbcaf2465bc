// Package ipfsnode is DOTS's own small IPFS node, built on boxo (the library kubo is built
// on). It stores blocks and pins in a leveldb repository, serves the part of kubo's RPC API
// that go-ipfs-api uses (add, cat, block, pin, dag/put, repo/gc, version, id) and a trustless
// HTTP gateway. It runs offline: there is no libp2p networking, only local blocks.
//
// CIDs equal kubo's for the same bytes and options: CIDv0 (dag-pb, sha2-256, UnixFS,
// balanced layout, 256 KiB chunks, 174 links per node) by default, CIDv1 with raw leaves
// when cid-version=1 is asked for.
package ipfsnode

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/dotsnet/dots/httpguard"
)

// Version is the version string the node reports in /api/v0/version and /api/v0/id.
const Version = "0.1.0"

// DefaultMaxAddSize bounds the body of one /api/v0/add request.
const DefaultMaxAddSize int64 = 1 << 30

// Config configures a Node.
type Config struct {
	// RepoDir is the repository directory (created if missing). Required.
	RepoDir string
	// APIAddr is the Kubo RPC API listen address, e.g. "127.0.0.1:5001" (":0" ports are allowed).
	APIAddr string
	// GatewayAddr is the gateway listen address; empty disables the gateway.
	GatewayAddr string
	// AllowRemote allows listen addresses that are not loopback. Without it Open refuses them.
	AllowRemote bool
	// MaxAddSize bounds one add request body in bytes (0 means DefaultMaxAddSize).
	// Larger requests get 413.
	MaxAddSize int64
	// GatewayDeserialized also lets the gateway serve plain files (not only verifiable raw
	// blocks and CARs), so a browser can open a document directly.
	GatewayDeserialized bool
	// HTTP tunes the API's and the gateway's timeouts and connection caps: httpguard's
	// defaults when zero, but a 2-minute read and a 10-minute write timeout for large adds
	// and cats; the API's body limit is MaxAddSize.
	HTTP httpguard.Options
	// Logger receives the node's logs (slog.Default() when nil).
	Logger *slog.Logger
}

// Node is a running IPFS node: a repository plus its API and gateway servers.
type Node struct {
	cfg  Config
	log  *slog.Logger
	repo *repo

	apiLn, gwLn   net.Listener
	apiSrv, gwSrv *http.Server
	serveErr      chan error

	closeOnce sync.Once
	closeErr  error
}

// Open opens (or creates) the repository in cfg.RepoDir and starts serving the API (and
// the gateway when cfg.GatewayAddr is set). Close stops it.
func Open(ctx context.Context, cfg Config) (*Node, error) {
	if cfg.RepoDir == "" {
		return nil, errors.New("ipfsnode: RepoDir is required")
	}
	if cfg.APIAddr == "" {
		return nil, errors.New("ipfsnode: APIAddr is required")
	}
	if cfg.MaxAddSize <= 0 {
		cfg.MaxAddSize = DefaultMaxAddSize
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if !cfg.AllowRemote {
		if err := checkLoopback(cfg.APIAddr); err != nil {
			return nil, fmt.Errorf("ipfsnode: api address: %w", err)
		}
		if cfg.GatewayAddr != "" {
			if err := checkLoopback(cfg.GatewayAddr); err != nil {
				return nil, fmt.Errorf("ipfsnode: gateway address: %w", err)
			}
		}
	}
	r, err := openRepo(ctx, cfg.RepoDir)
	if err != nil {
		return nil, fmt.Errorf("ipfsnode: opening repository %s: %w", cfg.RepoDir, err)
	}
	n := &Node{cfg: cfg, log: cfg.Logger, repo: r, serveErr: make(chan error, 2)}

	var lc net.ListenConfig
	n.apiLn, err = lc.Listen(ctx, "tcp", cfg.APIAddr)
	if err != nil {
		r.close()
		return nil, fmt.Errorf("ipfsnode: listening for the API on %s: %w", cfg.APIAddr, err)
	}
	ho := cfg.HTTP
	if ho.ReadTimeout <= 0 {
		ho.ReadTimeout = 2 * time.Minute
	}
	if ho.WriteTimeout <= 0 {
		ho.WriteTimeout = 10 * time.Minute
	}
	ho.Logger = cfg.Logger
	ho.Error = func(w http.ResponseWriter, code int, msg string) {
		writeError(w, &apiError{Status: code, Code: codeClient, Message: msg})
	}
	apiOpts := ho
	apiOpts.MaxBodyBytes = cfg.MaxAddSize
	apiGuard := httpguard.New(apiOpts)
	n.apiSrv = apiGuard.Server(n.apiHandler())
	n.apiLn = apiGuard.Listen(n.apiLn)
	if cfg.GatewayAddr != "" {
		gw, err := n.gatewayHandler()
		if err != nil {
			n.apiLn.Close()
			r.close()
			return nil, fmt.Errorf("ipfsnode: gateway: %w", err)
		}
		n.gwLn, err = lc.Listen(ctx, "tcp", cfg.GatewayAddr)
		if err != nil {
			n.apiLn.Close()
			r.close()
			return nil, fmt.Errorf("ipfsnode: listening for the gateway on %s: %w", cfg.GatewayAddr, err)
		}
		gwOpts := ho
		gwOpts.MaxBodyBytes = 64 << 10 // the gateway reads no bodies
		gwGuard := httpguard.New(gwOpts)
		n.gwSrv = gwGuard.Server(gw)
		n.gwLn = gwGuard.Listen(n.gwLn)
		go n.serve(n.gwSrv, n.gwLn)
	}
	go n.serve(n.apiSrv, n.apiLn)
	n.log.Info("ipfs node started", "repo", cfg.RepoDir, "api", n.APIURL(), "gateway", n.GatewayURL(), "peer", r.peerID.String())
	return n, nil
}

func (n *Node) serve(srv *http.Server, ln net.Listener) {
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		n.log.Error("ipfs server stopped", "addr", ln.Addr().String(), "err", err)
		n.serveErr <- err
	}
}

// Err returns a channel that receives an error if a server stops on its own.
func (n *Node) Err() <-chan error { return n.serveErr }

// APIURL is the base URL of the Kubo RPC API, e.g. "http://127.0.0.1:5001"; pass it to
// go-ipfs-api's NewShell.
func (n *Node) APIURL() string { return "http://" + n.apiLn.Addr().String() }

// APIAddr is the API's host:port.
func (n *Node) APIAddr() string { return n.apiLn.Addr().String() }

// GatewayURL is the gateway's base URL, or "" when the gateway is off.
func (n *Node) GatewayURL() string {
	if n.gwLn == nil {
		return ""
	}
	return "http://" + n.gwLn.Addr().String()
}

// Close stops the servers (waiting up to 5 s for requests in flight) and closes the
// repository. It is safe to call more than once.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		var errs []error
		for _, srv := range []*http.Server{n.apiSrv, n.gwSrv} {
			if srv == nil {
				continue
			}
			if err := srv.Shutdown(ctx); err != nil {
				srv.Close()
			}
		}
		if err := n.repo.close(); err != nil {
			errs = append(errs, err)
		}
		n.closeErr = errors.Join(errs...)
		n.log.Info("ipfs node stopped", "repo", n.cfg.RepoDir)
	})
	return n.closeErr
}

// checkLoopback refuses listen addresses that are not on a loopback interface.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("bad listen address %q: %w", addr, err)
	}
	if isLoopbackHost(host) {
		return nil
	}
	return fmt.Errorf("%q is not a loopback address; allow remote access explicitly (dots ipfs --allow-remote) to listen on it", addr)
}

func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
