// Package node runs a SIP node: the NumberRegistry reader and its event follower, the
// registrar, the stateful proxy on UDP and TCP, the CDR tracker writing into a Sink, and
// an HTTP API (credential provisioning, /healthz, /metrics).
package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/dotsnet/dots/confjson"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/credential"
	"github.com/dotsnet/dots/sip/identity"
	"github.com/dotsnet/dots/sip/numbers"
	"github.com/dotsnet/dots/sip/proxy"
	"github.com/dotsnet/dots/sip/registrar"
)

// Duration is a time.Duration written as "30s" in JSON (confjson.Duration).
type Duration = confjson.Duration

// Config is a SIP node's configuration (a JSON file, overridden by flags and DOTS_SIP_*).
type Config struct {
	Operator       common.Address    `json:"operator"` // the serving operator (defaults to the key's address)
	Key            string            `json:"key"`      // operator key, hex (optional when operator is set)
	KeyFile        string            `json:"keyFile"`
	RPC            string            `json:"rpc"`
	NumberRegistry common.Address    `json:"numberRegistry"`
	DB             string            `json:"db"`           // the node's database (registrations, open calls): SQLite file or postgres://... shared by the operator's nodes
	Name           string            `json:"name"`         // this node among those sharing a PostgreSQL database (default: hostname and SIP addresses)
	UDP            string            `json:"udp"`          // SIP over UDP, e.g. 127.0.0.1:5060
	TCP            string            `json:"tcp"`          // SIP over TCP
	HTTP           string            `json:"http"`         // provisioning API, /healthz, /metrics
	Host           string            `json:"host"`         // address in Via and Record-Route (default: the UDP host)
	Realm          string            `json:"realm"`        // digest realm (default "dots")
	Peers          map[string]string `json:"peers"`        // operator address -> its node's SIP URI
	OracleDB       string            `json:"oracleDb"`     // the oracle's store (standalone mode: CDRs go there)
	OracleURL      string            `json:"oracleUrl"`    // beside the oracle: its ingest API (CDRs queued on disk until acknowledged)
	OracleToken    string            `json:"oracleToken"`  // the node's source token at that oracle
	RingTimeout    Duration          `json:"ringTimeout"`  // default 60 s
	MinExpires     uint32            `json:"minExpires"`   // shortest registration (default 60 s)
	MaxExpires     uint32            `json:"maxExpires"`   // longest registration (default 3600 s)
	MaxDialog      Duration          `json:"maxDialog"`    // default 4 h
	PollInterval   Duration          `json:"pollInterval"` // registry event poll (default 1 s)
	// CDRAnchor is where the node checks that an operator signing a caller's identity is
	// bonded and active (unset: no call from elsewhere verifies).
	CDRAnchor common.Address `json:"cdrAnchor"`
	// IdentityPolicy: "mark" (default) passes an unsigned or invalid call from another
	// operator marked unverified; "reject" refuses it (438, unsigned or invalid).
	IdentityPolicy string `json:"identityPolicy"`
	// IdentityWindow is how far a PASSporT's iat may be from now (default 60 s).
	IdentityWindow Duration `json:"identityWindow"`
	// OperatorTTL is how long the node trusts a cached CDRAnchor operator status (default 10 s).
	OperatorTTL Duration                  `json:"operatorTtl"`
	peers       map[common.Address]string // parsed Peers
	key         *ecdsa.PrivateKey         // the operator key, when configured: signs callers' identities
	policy      identity.Policy
}

// LoadConfig reads a JSON configuration file (unknown fields are errors).
func LoadConfig(path string) (Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("reading configuration: %w", err)
	}
	var c Config
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Config{}, fmt.Errorf("configuration %s: %w", path, err)
	}
	return c, nil
}

// Check fills defaults and reports the first missing or malformed setting.
func (c *Config) Check() error {
	if c.Key != "" || c.KeyFile != "" {
		k := c.Key
		if k == "" {
			b, err := os.ReadFile(c.KeyFile)
			if err != nil {
				return fmt.Errorf("reading key file: %w", err)
			}
			k = strings.TrimSpace(string(b))
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(k, "0x"))
		if err != nil {
			return fmt.Errorf("operator key: %w", err)
		}
		addr := crypto.PubkeyToAddress(key.PublicKey)
		if c.Operator == (common.Address{}) {
			c.Operator = addr
		} else if c.Operator != addr {
			return fmt.Errorf("the operator key is %s's, not the operator %s's", addr.Hex(), c.Operator.Hex())
		}
		c.key = key
	}
	p, err := identity.ParsePolicy(c.IdentityPolicy)
	if err != nil {
		return err
	}
	c.policy = p
	switch {
	case c.Operator == (common.Address{}):
		return errors.New("operator not set (operator or key)")
	case c.RPC == "":
		return errors.New("rpc not set")
	case c.NumberRegistry == (common.Address{}):
		return errors.New("numberRegistry not set")
	case c.DB == "":
		return errors.New("db not set")
	case c.UDP == "" && c.TCP == "":
		return errors.New("no SIP listen address (udp or tcp)")
	}
	if c.Realm == "" {
		c.Realm = "dots"
	}
	if c.Host == "" {
		a := c.UDP
		if a == "" {
			a = c.TCP
		}
		h, _, err := net.SplitHostPort(a)
		if err != nil {
			return fmt.Errorf("listen address %q: %w", a, err)
		}
		if h == "" || h == "0.0.0.0" || h == "::" {
			return errors.New("host not set and the listen address names no single host")
		}
		c.Host = h
	}
	c.peers = map[common.Address]string{}
	for k, v := range c.Peers {
		if !common.IsHexAddress(k) {
			return fmt.Errorf("peers: %q is not an operator address", k)
		}
		c.peers[common.HexToAddress(k)] = v
	}
	return nil
}

// Ready is where a started node listens.
type Ready struct {
	UDP, TCP, HTTP string
}

// Metrics of the node beside the proxy's.
type nodeMetrics struct {
	cdrs     *prometheus.CounterVec
	contacts prometheus.GaugeFunc
	open     prometheus.GaugeFunc
}

// Run runs the node until ctx ends, writing CDRs into sink (nil: into an on-disk outbox
// posted to cfg.OracleURL). ready, when set, receives the listen addresses.
func Run(ctx context.Context, cfg Config, sink cdrs.Sink, log *slog.Logger, ready func(Ready)) error {
	if err := cfg.Check(); err != nil {
		return fmt.Errorf("configuration: %w", err)
	}
	ec, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return fmt.Errorf("dialing %s: %w", cfg.RPC, err)
	}
	defer ec.Close()
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id: %w", err)
	}
	db, err := registrar.OpenDB(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer db.Close()
	reg := numbers.New(ec, cfg.NumberRegistry, log, time.Minute)
	rgr, err := registrar.New(db, reg, cfg.Operator, cfg.Realm, credential.Domain{ChainID: chainID, NumberRegistry: cfg.NumberRegistry})
	if err != nil {
		return err
	}
	var outbox *cdrs.Outbox
	if sink == nil {
		if cfg.OracleURL == "" {
			return errors.New("configuration: no CDR sink (oracleUrl not set)")
		}
		if outbox, err = cdrs.NewOutbox(ctx, db.DB, cfg.OracleURL, cfg.OracleToken, log); err != nil {
			return err
		}
		sink = outbox
	}
	pr := prometheus.NewRegistry()
	pr.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	tracker, err := cdrs.New(ctx, db.DB, sink, log, cfg.MaxDialog.Duration)
	if err != nil {
		return err
	}
	nm := &nodeMetrics{cdrs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dots_sip_cdrs_written_total",
		Help: "CDRs stored, by call outcome."}, []string{"outcome"})}
	nm.contacts = prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "dots_sip_registrations", Help: "Unexpired registered contacts."},
		func() float64 { n, _ := db.CountContacts(context.Background(), time.Now()); return float64(n) })
	nm.open = prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "dots_sip_calls_open", Help: "Calls being set up or up."},
		func() float64 { return float64(tracker.Open()) })
	pr.MustRegister(nm.cdrs, nm.contacts, nm.open)
	tracker.Written = func(o string) { nm.cdrs.WithLabelValues(o).Inc() }
	if db.Shared() {
		tracker.Node = cfg.Name
		if tracker.Node == "" {
			h, _ := os.Hostname()
			tracker.Node = h + "/" + cfg.UDP + "/" + cfg.TCP
		}
	}
	n, err := tracker.Recover(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		log.Warn("closed calls left open by the previous run", "calls", n, "cause", cdrs.CauseRestart)
	}
	errc := make(chan error, 4)
	var rd Ready
	var udpConn net.PacketConn
	var tcpLn net.Listener
	if cfg.UDP != "" {
		c, err := net.ListenPacket("udp", cfg.UDP)
		if err != nil {
			return fmt.Errorf("listening on udp %s: %w", cfg.UDP, err)
		}
		defer c.Close()
		rd.UDP = c.LocalAddr().String()
		udpConn = c
	}
	if cfg.TCP != "" {
		l, err := net.Listen("tcp", cfg.TCP)
		if err != nil {
			return fmt.Errorf("listening on tcp %s: %w", cfg.TCP, err)
		}
		defer l.Close()
		rd.TCP = l.Addr().String()
		tcpLn = l
	}
	udpPort := 0
	if udpConn != nil {
		udpPort = udpConn.LocalAddr().(*net.UDPAddr).Port
	}
	var signer *identity.Signer
	if cfg.key != nil {
		signer = identity.NewSigner(cfg.key, chainID.Uint64())
	} else {
		log.Warn("no operator key: calls to other operators go unsigned (no Identity header)")
	}
	var verifier *identity.Verifier
	if cfg.CDRAnchor != (common.Address{}) {
		verifier = identity.NewVerifier(chainID.Uint64(), identity.NewAnchor(ec, cfg.CDRAnchor, cfg.OperatorTTL.Duration), reg, cfg.IdentityWindow.Duration)
	} else {
		log.Warn("no cdrAnchor: no call from another operator verifies", "policy", string(cfg.policy))
	}
	px, err := proxy.New(proxy.Config{Operator: cfg.Operator, Host: cfg.Host, Port: udpPort, Peers: cfg.peers, RingTimeout: cfg.RingTimeout.Duration,
		MinExpires: cfg.MinExpires, MaxExpires: cfg.MaxExpires, Signer: signer, Verifier: verifier, IdentityPolicy: cfg.policy,
		Log: log, Metrics: proxy.NewMetrics(pr)}, reg, rgr, tracker)
	if err != nil {
		return err
	}
	defer px.Close()

	if udpConn != nil {
		go func() { errc <- px.ServeUDP(udpConn) }()
	}
	if tcpLn != nil {
		go func() { errc <- px.ServeTCP(tcpLn) }()
	}
	var following atomic.Bool
	var events atomic.Uint64
	reg.Invalidated = func(common.Hash) { events.Add(1) }
	fctx, stopFollow := context.WithCancel(ctx)
	defer stopFollow()
	go func() {
		following.Store(true)
		if err := reg.Follow(fctx, cfg.PollInterval.Duration); err != nil {
			log.Error("number registry follower stopped", "err", err)
		}
		following.Store(false)
	}()
	tctx, stopTracker := context.WithCancel(context.Background())
	go tracker.Run(tctx)
	defer stopTracker()
	if outbox != nil {
		octx, stopOutbox := context.WithCancel(context.Background())
		odone := make(chan struct{})
		go func() { outbox.Run(octx); close(odone) }()
		defer func() { stopOutbox(); <-odone }()
	}

	api := &api{rgr: rgr, reg: reg, operator: cfg.Operator, chainID: chainID, registry: cfg.NumberRegistry,
		realm: cfg.Realm, following: &following, events: &events, tracker: tracker, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/credentials", anyOrigin(api.provision))
	mux.HandleFunc("OPTIONS /v1/credentials", anyOrigin(preflight))
	mux.HandleFunc("GET /v1/info", anyOrigin(api.info))
	mux.HandleFunc("GET /v1/registrations/{number}", api.registrations)
	mux.HandleFunc("GET /healthz", api.healthz)
	mux.Handle("GET /metrics", promhttp.HandlerFor(pr, promhttp.HandlerOpts{}))
	var hs *http.Server
	if cfg.HTTP != "" {
		ln, err := net.Listen("tcp", cfg.HTTP)
		if err != nil {
			return fmt.Errorf("listening on %s: %w", cfg.HTTP, err)
		}
		rd.HTTP = ln.Addr().String()
		hs = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go func() { errc <- hs.Serve(ln) }()
	}
	log.Info("SIP node listening", "udp", rd.UDP, "tcp", rd.TCP, "http", rd.HTTP, "operator", cfg.Operator, "realm", cfg.Realm)
	if ready != nil {
		ready(rd)
	}
	select {
	case <-ctx.Done():
		err = nil
	case err = <-errc:
		err = fmt.Errorf("serving: %w", err)
	}
	if hs != nil {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(sctx)
	}
	return err
}

type api struct {
	rgr       *registrar.Registrar
	reg       *numbers.Registry
	operator  common.Address
	chainID   *big.Int
	registry  common.Address
	realm     string
	following *atomic.Bool
	events    *atomic.Uint64
	tracker   *cdrs.Tracker
	log       *slog.Logger
}

// Info is GET /v1/info: what a wallet needs to sign a credential for this node.
type Info struct {
	Operator       common.Address `json:"operator"`
	Realm          string         `json:"realm"`
	ChainID        uint64         `json:"chainId"`
	NumberRegistry common.Address `json:"numberRegistry"`
	TypedData      string         `json:"typedData"` // the EIP-712 type
}

// Error is every error answer.
type Error struct {
	Error string `json:"error"`
}

// Provisioned is the answer to POST /v1/credentials.
type Provisioned struct {
	Number string         `json:"number"`
	Owner  common.Address `json:"owner"`
	Epoch  uint32         `json:"epoch"`
	Expiry uint64         `json:"expiry"`
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// anyOrigin lets a page of any origin (the wallet page, served by any indexer) read the
// answer: a credential carries its own authorisation (the owner's signature), no cookies.
func anyOrigin(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		h(w, r)
	}
}

// preflight answers the CORS preflight of a JSON POST.
func preflight(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Methods", "GET, POST")
	w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
	w.Header().Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
}

func (a *api) info(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, 200, Info{Operator: a.operator, Realm: a.realm, ChainID: a.chainID.Uint64(), NumberRegistry: a.registry,
		TypedData: credential.TypeString})
}

func (a *api) provision(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err != nil {
		writeJSON(w, 400, Error{"reading the body: " + err.Error()})
		return
	}
	var s credential.Signed
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		writeJSON(w, 400, Error{"credential: " + err.Error()})
		return
	}
	st, err := a.rgr.Provision(r.Context(), &s)
	var rj *registrar.Rejection
	if errors.As(err, &rj) {
		writeJSON(w, rj.Status, Error{rj.Reason})
		return
	}
	if err != nil {
		a.log.Error("provisioning", "err", err)
		writeJSON(w, 503, Error{err.Error()})
		return
	}
	writeJSON(w, 201, Provisioned{Number: st.Number, Owner: st.Owner, Epoch: st.Epoch, Expiry: st.Expiry})
}

// Registrations is GET /v1/registrations/{number}.
type Registrations struct {
	Number   string              `json:"number"`
	Contacts []registrar.Contact `json:"contacts"`
}

func (a *api) registrations(w http.ResponseWriter, r *http.Request) {
	n := r.PathValue("number")
	cs, err := a.rgr.DB().Contacts(r.Context(), n, time.Now())
	if err != nil {
		writeJSON(w, 500, Error{err.Error()})
		return
	}
	if cs == nil {
		cs = []registrar.Contact{}
	}
	writeJSON(w, 200, Registrations{Number: n, Contacts: cs})
}

// Health is GET /healthz.
type Health struct {
	OK             bool   `json:"ok"`
	Following      bool   `json:"following"` // the NumberRegistry event follower runs
	OpenCalls      int    `json:"openCalls"`
	RegistryEvents uint64 `json:"registryEvents"` // NumberRegistry events applied to the cache
	Registrations  int    `json:"registrations"`
	Error          string `json:"error,omitempty"`
}

func (a *api) healthz(w http.ResponseWriter, r *http.Request) {
	h := Health{Following: a.following.Load(), OpenCalls: a.tracker.Open(), RegistryEvents: a.events.Load()}
	n, err := a.rgr.DB().CountContacts(r.Context(), time.Now())
	h.Registrations = n
	if err != nil {
		h.Error = err.Error()
	}
	h.OK = h.Following && err == nil
	code := 200
	if !h.OK {
		code = 503
	}
	writeJSON(w, code, h)
}
