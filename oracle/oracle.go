// Package oracle runs an operator's oracle: the ingest API (oracle/server) over the
// durable store (oracle/store), and the batch pipeline (oracle/batcher) to IPFS
// (oracle/ipfs) and CDRAnchor (oracle/chain).
package oracle

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
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/dotsnet/dots/httpguard"
	"github.com/dotsnet/dots/oracle/ami"
	"github.com/dotsnet/dots/oracle/batcher"
	"github.com/dotsnet/dots/oracle/chain"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/oracle/metrics"
	"github.com/dotsnet/dots/oracle/rating"
	"github.com/dotsnet/dots/oracle/server"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/txmgr"
)

// Duration is a time.Duration written as "30s" in JSON (confjson.Duration).
type Duration = confjson.Duration

// Config is the oracle's configuration (a JSON file, overridden by flags and environment).
type Config struct {
	DB     string `json:"db"`     // SQLite file
	Listen string `json:"listen"` // HTTP address
	// MetricsListen is where /metrics is served, apart from the API (it names sources and
	// their counts); default 127.0.0.1:0, a loopback port the log names.
	MetricsListen string `json:"metricsListen"`
	// HTTP tunes the servers' timeouts and connection cap (httpguard's defaults when zero;
	// the body limit is MaxBodyBytes).
	HTTP httpguard.Options `json:"-"`
	// MetricsReady, when set, receives the metrics listener's address once it listens.
	MetricsReady   func(addr string) `json:"-"`
	RPC            string            `json:"rpc"`       // Ethereum JSON-RPC URL
	IPFS           string            `json:"ipfs"`      // Kubo RPC API URL
	Key            string            `json:"key"`       // operator's private key, hex (or KeyFile)
	KeyFile        string            `json:"keyFile"`   // file holding the hex key
	CDRAnchor      common.Address    `json:"cdrAnchor"` // contract addresses
	NumberRegistry common.Address    `json:"numberRegistry"`
	RateExchange   common.Address    `json:"rateExchange"` // optional: rate CDRs under the operator's published rates
	StartBlock     uint64            `json:"startBlock"`   // deployment block (event searches start here)
	BatchSize      uint64            `json:"batchSize"`
	BatchAge       Duration          `json:"batchAge"`
	Interval       Duration          `json:"interval"`
	BumpAfter      Duration          `json:"bumpAfter"` // resubmission timeout of an unmined anchor (default 60s)
	// Confirmations: blocks holding an anchor before its batch counts as mined (default 1
	// on a devnet chain id, 31337 or 1337, else 3).
	Confirmations uint64 `json:"confirmations"`
	// FinalityDepth: blocks after which a final batch's anchor is no longer re-checked (default 64).
	FinalityDepth uint64 `json:"finalityDepth"`
	// StuckAfter: /healthz answers 503 when the oldest batch not yet anchored has not moved for this long (default 5m).
	StuckAfter Duration `json:"stuckAfter"`
	// Transaction limits: the fee cap of an anchor never exceeds FeeLimitMultiplier times
	// its first attempt's (default 5) nor MaxFeeCapGwei (default 500), and an anchor gets
	// at most MaxBumps replacements (default 10).
	FeeLimitMultiplier uint64          `json:"feeLimitMultiplier"`
	MaxFeeCapGwei      uint64          `json:"maxFeeCapGwei"`
	MaxBumps           int             `json:"maxBumps"`
	MaxBodyBytes       int64           `json:"maxBodyBytes"`
	Synchronous        string          `json:"synchronous"` // FULL (default) or NORMAL
	Sources            []server.Source `json:"sources"`
	AuditorTokens      []string        `json:"auditorTokens"`
	AMI                []ami.Config    `json:"ami"` // Asterisk servers whose CDRs the oracle takes over AMI
}

// LoadConfig reads a JSON configuration file.
func LoadConfig(path string) (Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("reading configuration: %w", err)
	}
	c, err := ParseConfig(b)
	if err != nil {
		return c, fmt.Errorf("configuration %s: %w", path, err)
	}
	return c, nil
}

// ParseConfig reads a JSON configuration (one object; unknown fields and trailing data
// are errors, so a misspelt setting is not silently ignored).
func ParseConfig(data []byte) (Config, error) {
	var c Config
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Config{}, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return Config{}, errors.New("trailing data after the configuration object")
	}
	if c.BatchAge.Duration < 0 || c.Interval.Duration < 0 || c.BumpAfter.Duration < 0 || c.StuckAfter.Duration < 0 {
		return Config{}, errors.New("batchAge, interval, bumpAfter and stuckAfter cannot be negative")
	}
	if c.MaxBumps < 0 {
		return Config{}, errors.New("maxBumps cannot be negative")
	}
	if c.MaxBodyBytes < 0 {
		return Config{}, errors.New("maxBodyBytes cannot be negative")
	}
	return c, nil
}

// PrivateKey returns the operator key from Key or KeyFile.
func (c *Config) PrivateKey() (*ecdsa.PrivateKey, error) {
	k := c.Key
	if k == "" && c.KeyFile != "" {
		b, err := os.ReadFile(c.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("reading key file: %w", err)
		}
		k = strings.TrimSpace(string(b))
	}
	if k == "" {
		return nil, errors.New("no operator key (key or keyFile)")
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(k, "0x"))
	if err != nil {
		return nil, fmt.Errorf("operator key: %w", err)
	}
	return key, nil
}

// Check reports the first missing setting.
func (c *Config) Check() error {
	switch {
	case c.DB == "":
		return errors.New("db not set")
	case c.Listen == "":
		return errors.New("listen not set")
	case c.RPC == "":
		return errors.New("rpc not set")
	case c.IPFS == "":
		return errors.New("ipfs not set")
	case c.CDRAnchor == (common.Address{}):
		return errors.New("cdrAnchor not set")
	case c.NumberRegistry == (common.Address{}):
		return errors.New("numberRegistry not set")
	case len(c.Sources) == 0:
		return errors.New("no sources configured")
	}
	return nil
}

// Run runs the oracle until ctx ends. ready, when set, receives the API's address once it
// listens.
func Run(ctx context.Context, cfg Config, log *slog.Logger, ready func(addr string)) error {
	return RunWith(ctx, cfg, log, ready, nil)
}

// RunWith runs the oracle like Run and, once its store is open and its API listens, also
// with (when set) beside it: a service of the same process that writes CDRs straight into
// the store, such as the SIP node. The oracle stops when ctx ends or with returns an error.
func RunWith(ctx context.Context, cfg Config, log *slog.Logger, ready func(addr string),
	with func(ctx context.Context, st *store.Store) error) error {
	if err := cfg.Check(); err != nil {
		return fmt.Errorf("configuration: %w", err)
	}
	key, err := cfg.PrivateKey()
	if err != nil {
		return err
	}
	op := crypto.PubkeyToAddress(key.PublicKey)
	st, err := store.Open(ctx, cfg.DB, op, store.Options{Synchronous: cfg.Synchronous})
	if err != nil {
		return err
	}
	defer st.Close()
	m := metrics.New(st.StateCounts)
	st.Committed = func(_ int, d time.Duration) { m.CommitSeconds.Observe(d.Seconds()) }
	ch, err := chain.Dial(ctx, cfg.RPC, op, cfg.CDRAnchor, cfg.NumberRegistry)
	if err != nil {
		return err
	}
	defer ch.Close()
	var rater *rating.Rater
	if cfg.RateExchange != (common.Address{}) {
		rater = rating.New(ch.Client(), cfg.RateExchange, op, cfg.StartBlock)
	}
	tcfg := txmgr.Config{FeeLimitMultiplier: cfg.FeeLimitMultiplier, ResubmissionTimeout: cfg.BumpAfter.Duration, MaxBumps: cfg.MaxBumps}
	if cfg.MaxFeeCapGwei != 0 {
		tcfg.MaxFeeCap = new(big.Int).Mul(new(big.Int).SetUint64(cfg.MaxFeeCapGwei), big.NewInt(params.GWei))
	}
	confirmations := cfg.Confirmations
	if confirmations == 0 {
		confirmations = 3
		if id := ch.ChainID(); id == 31337 || id == 1337 {
			confirmations = 1
		}
	}
	tm := txmgr.New(tcfg, ch.Client(), st, key, ch.ChainIDBig())
	b := batcher.New(batcher.Config{MaxSize: cfg.BatchSize, MaxAge: cfg.BatchAge.Duration, Interval: cfg.Interval.Duration,
		StartBlock: cfg.StartBlock, Confirmations: confirmations, FinalityDepth: cfg.FinalityDepth, StuckAfter: cfg.StuckAfter.Duration,
		Rater: rater}, st, ipfs.New(cfg.IPFS), ch, tm, m, log)
	srv, err := server.New(server.Config{Sources: cfg.Sources, AuditorTokens: cfg.AuditorTokens,
		MaxBodyBytes: cfg.MaxBodyBytes, ChainID: ch.ChainID(), OwnerAt: ch.OwnerHistory(cfg.StartBlock).OwnerAt}, st, m, log, b.Health)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", cfg.Listen, err)
	}
	if cfg.MetricsListen == "" {
		cfg.MetricsListen = "127.0.0.1:0"
	}
	mln, err := net.Listen("tcp", cfg.MetricsListen)
	if err != nil {
		ln.Close()
		return fmt.Errorf("listening for metrics on %s: %w", cfg.MetricsListen, err)
	}
	ho := cfg.HTTP
	if ho.MaxBodyBytes = cfg.MaxBodyBytes; ho.MaxBodyBytes <= 0 {
		ho.MaxBodyBytes = 16 << 20 // the server's default
	}
	ho.Logger = log
	g := httpguard.New(ho)
	hs := g.Server(srv.Handler())
	mo := ho
	mo.MaxBodyBytes = 1 << 10
	mg := httpguard.New(mo)
	ms := mg.Server(srv.MetricsHandler())
	errc := make(chan error, 2)
	go func() { errc <- hs.Serve(g.Listen(ln)) }()
	go func() { errc <- ms.Serve(mg.Listen(mln)) }()
	defer ms.Close()
	log.Info("oracle listening", "addr", ln.Addr().String(), "metrics", mln.Addr().String(), "operator", op, "chainId", ch.ChainID())
	if cfg.MetricsReady != nil {
		cfg.MetricsReady(mln.Addr().String())
	}
	if ready != nil {
		ready(ln.Addr().String())
	}
	bctx, stopBatcher := context.WithCancel(ctx)
	defer stopBatcher()
	bdone := make(chan struct{})
	go func() { b.Run(bctx); close(bdone) }()
	var withErr chan error // nil (never ready) without a with service
	wctx, stopWith := context.WithCancel(ctx)
	defer stopWith()
	if with != nil {
		withErr = make(chan error, 1)
		go func() { withErr <- with(wctx, st) }()
	}
	withDone := false
	var amiDone sync.WaitGroup
	defer func() { stopBatcher(); amiDone.Wait() }()
	for _, ac := range cfg.AMI {
		ac.Operator = op
		if ac.OrigOperator == (common.Address{}) {
			ac.OrigOperator = op
		}
		if ac.TermOperator == (common.Address{}) {
			ac.TermOperator = op
		}
		src, err := ami.New(ac, st, log)
		if err != nil {
			return err
		}
		amiDone.Add(1)
		go func() { defer amiDone.Done(); src.Run(bctx) }()
	}
	select {
	case <-ctx.Done():
	case err = <-errc:
		err = fmt.Errorf("HTTP server: %w", err)
	case err = <-withErr:
		withDone = true
	}
	// Whatever writes into the store stops before the store closes.
	stopWith()
	if withErr != nil && !withDone {
		if werr := <-withErr; werr != nil && err == nil {
			err = werr
		}
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	hs.Shutdown(sctx)
	stopBatcher()
	<-bdone
	return err
}
