package devnet

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/indexer"
	"github.com/dotsnet/dots/indexer/apitypes"
	"github.com/dotsnet/dots/ipfsnode"
	"github.com/dotsnet/dots/oracle"
	"github.com/dotsnet/dots/oracle/server"
	"github.com/dotsnet/dots/web"
)

// Config sets up a devnet. Zero values pick the defaults named on each field.
type Config struct {
	Dir             string        // state directory (default ".devnet"); its devnet files are replaced
	AnvilPort       int           // default 8545; -1 picks a free port
	IPFSAPI         string        // default 127.0.0.1:5001
	Gateway         string        // default 127.0.0.1:8080
	OracleAddr      string        // default 127.0.0.1:8645
	OracleBAddr     string        // operator B's oracle; default 127.0.0.1:8647 (127.0.0.1:0 when OracleAddr's port is 0)
	IndexerAddr     string        // default 127.0.0.1:8646
	BlockTime       time.Duration // default 1 s
	CallsPerSecond  float64       // default 20
	BatchSize       uint64        // default 500
	BatchAge        time.Duration // default 15 s
	ChallengeWindow time.Duration // default 20 s
	Seed            uint64        // traffic seed (default: the clock)
	// DB, when a postgres:// URL, holds operator A's oracle store and SIP node A's
	// database, and a second oracle of A shares it (see startOracleA2); default: SQLite
	// files in Dir.
	DB string
	// Out receives what a person watching the devnet wants to read; nil discards it.
	Out io.Writer
	// Log receives the components' structured logs; nil writes them to Dir/devnet.log.
	Log *slog.Logger
}

// AuditorToken reads full CDRs from the devnet's oracle.
const AuditorToken = "devnet-auditor"

// Endpoints are where a running devnet answers; Run writes them to Dir/endpoints.json.
type Endpoints struct {
	RPC     string `json:"rpc"`
	IPFS    string `json:"ipfs"`
	Gateway string `json:"gateway"`
	Oracle  string `json:"oracle"`
	// Oracles are every operator's oracle (A's is also Oracle).
	Oracles []OracleEndpoint `json:"oracles"`
	// OracleA2 is operator A's second oracle, on the same PostgreSQL database (--db only).
	OracleA2 string `json:"oracleA2,omitempty"`
	// OracleMetrics serves the oracle's /metrics (loopback only, apart from the API).
	OracleMetrics string        `json:"oracleMetrics"`
	Indexer       string        `json:"indexer"`
	Deployment    string        `json:"deployment"`
	AuditorToken  string        `json:"auditorToken"`
	SampleCDR     string        `json:"sampleCdr"`        // written once the first batch is final
	SIP           []SIPEndpoint `json:"sip,omitempty"`    // the operators' SIP nodes (devnet/sip.go)
	Phones        []Phone       `json:"phones,omitempty"` // provisioned SIP credentials
}

// OracleEndpoint is one operator's oracle in endpoints.json.
type OracleEndpoint struct {
	Operator common.Address `json:"operator"`
	URL      string         `json:"url"`
}

// source is one of the devnet's SIP servers and how it authenticates.
type source struct {
	server.Source
	format string
}

func (c *Config) defaults() {
	if c.Dir == "" {
		c.Dir = ".devnet"
	}
	switch {
	case c.AnvilPort == 0:
		c.AnvilPort = 8545
	case c.AnvilPort < 0:
		c.AnvilPort = 0
	}
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&c.IPFSAPI, "127.0.0.1:5001")
	def(&c.Gateway, "127.0.0.1:8080")
	def(&c.OracleAddr, "127.0.0.1:8645")
	def(&c.IndexerAddr, "127.0.0.1:8646")
	if strings.HasSuffix(c.OracleAddr, ":0") {
		def(&c.OracleBAddr, "127.0.0.1:0")
	}
	def(&c.OracleBAddr, "127.0.0.1:8647")
	if c.BlockTime == 0 {
		c.BlockTime = time.Second
	}
	if c.CallsPerSecond == 0 {
		c.CallsPerSecond = 20
	}
	if c.BatchSize == 0 {
		c.BatchSize = 500
	}
	if c.BatchAge == 0 {
		c.BatchAge = 15 * time.Second
	}
	if c.ChallengeWindow == 0 {
		c.ChallengeWindow = 20 * time.Second
	}
	if c.Seed == 0 {
		c.Seed = uint64(time.Now().UnixNano())
	}
	if c.Out == nil {
		c.Out = io.Discard
	}
}

// Run starts anvil, deploys DOTS, populates it, starts the IPFS node, an oracle for
// operator A and the indexer, and feeds the oracle realistic CDRs in every format until ctx
// ends; then it stops everything, in reverse order, and returns nil.
func Run(ctx context.Context, cfg Config) error {
	cfg.defaults()
	// The directory holds keys' endpoints, the auditor token, sample CDRs with numbers and
	// salts, and the oracle's database: its owner's only.
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return fmt.Errorf("creating %s: %w", cfg.Dir, err)
	}
	if err := os.Chmod(cfg.Dir, 0o700); err != nil {
		return fmt.Errorf("making %s private: %w", cfg.Dir, err)
	}
	// A fresh chain makes the previous run's databases and documents meaningless.
	for _, f := range []string{"ipfs", "oracle.db", "oracle.db-wal", "oracle.db-shm", "indexer.db", "indexer.db-wal",
		"indexer.db-shm", "oracle-b.db", "oracle-b.db-wal", "oracle-b.db-shm", "sip-a.db", "sip-a.db-wal", "sip-a.db-shm",
		"sip-b.db", "sip-b.db-wal", "sip-b.db-shm", "sipp", "deployment.json", "endpoints.json", "sample-cdr.json"} {
		if err := os.RemoveAll(filepath.Join(cfg.Dir, f)); err != nil {
			return fmt.Errorf("clearing %s: %w", cfg.Dir, err)
		}
	}
	log := cfg.Log
	if log == nil {
		lf, err := os.Create(filepath.Join(cfg.Dir, "devnet.log"))
		if err != nil {
			return fmt.Errorf("creating the devnet log: %w", err)
		}
		defer lf.Close()
		log = slog.New(slog.NewTextHandler(lf, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	say := func(format string, a ...any) {
		fmt.Fprintf(cfg.Out, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, a...))
	}

	// The chain.
	alog, err := os.Create(filepath.Join(cfg.Dir, "anvil.log"))
	if err != nil {
		return fmt.Errorf("creating the anvil log: %w", err)
	}
	defer alog.Close()
	// Set-up mines a block per transaction; then blocks come every BlockTime, as on a real chain.
	node, err := anvil.Start(ctx, anvil.Options{Port: cfg.AnvilPort, Log: alog})
	if err != nil {
		return fmt.Errorf("starting anvil: %w", err)
	}
	defer node.Stop()
	say("anvil           %s (chain 31337, a block every %s)", node.URL(), cfg.BlockTime)
	client, err := ethclient.DialContext(ctx, node.URL())
	if err != nil {
		return fmt.Errorf("connecting to anvil: %w", err)
	}
	defer client.Close()
	keys := node.Keys()
	d, err := deploy.Deploy(ctx, client, keys[KeyAdmin], deploy.Config{Genesis: Genesis(keys)})
	if err != nil {
		return fmt.Errorf("deploying: %w", err)
	}
	depPath := filepath.Join(cfg.Dir, "deployment.json")
	if err := d.Save(depPath); err != nil {
		return err
	}
	say("contracts       RewardToken %s  NumberRegistry %s", d.RewardToken, d.NumberRegistry)
	say("                CDRAnchor %s  RateExchange %s  DisputeVoting %s", d.CDRAnchor, d.RateExchange, d.DisputeVoting)
	w, err := Populate(ctx, client, client.Client(), d, keys, Options{ChallengeWindow: cfg.ChallengeWindow, CNAM: true})
	if err != nil {
		return fmt.Errorf("populating the devnet: %w", err)
	}
	if err := client.Client().CallContext(ctx, nil, "evm_setIntervalMining", uint64(cfg.BlockTime/time.Second)); err != nil {
		return fmt.Errorf("switching anvil to interval mining: %w", err)
	}
	opA, opB := anvil.Address(w.Operators[0]), anvil.Address(w.Operators[1])
	say("operators       A %s (runs the oracle), B %s; bonded 10,000 DOTS each, rates published (+1, +44, +4420, +49; calls set up after they take effect are rated)", opA, opB)
	var numbers []string
	for _, n := range w.Numbers {
		numbers = append(numbers, n.E164)
	}
	say("numbers         %d claimed by 4 users (e.g. %s owned by %s), %d unowned in traffic",
		len(w.Numbers), w.Numbers[0].E164, anvil.Address(w.Numbers[0].Owner), len(w.Unowned))

	// IPFS.
	ipfs, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: filepath.Join(cfg.Dir, "ipfs"), APIAddr: cfg.IPFSAPI,
		GatewayAddr: cfg.Gateway, GatewayDeserialized: true, Logger: log.With("component", "ipfs")})
	if err != nil {
		return fmt.Errorf("starting the IPFS node: %w", err)
	}
	defer ipfs.Close()
	say("ipfs            API %s, gateway %s", ipfs.APIURL(), ipfs.GatewayURL())

	// The oracle, with one source per SIP server format. Calls from the Kamailio and
	// OpenSIPS proxies are terminated by operator B, so rewards split between operators.
	sources := []source{
		{server.Source{Name: "pbx", Token: "devnet-pbx", Formats: []string{"dots"}, Options: SourceOptions("dots")}, "dots"},
		{server.Source{Name: "fs1", Password: "devnet-fs1", Formats: []string{"freeswitch"}, Options: SourceOptions("freeswitch")}, "freeswitch"},
		{server.Source{Name: "kamailio1", Token: "devnet-kamailio", Formats: []string{"kamailio"}, TermOperator: opB, Options: SourceOptions("kamailio")}, "kamailio"},
		{server.Source{Name: "asterisk1", Token: "devnet-asterisk", Formats: []string{"asterisk"}, Options: SourceOptions("asterisk")}, "asterisk"},
		{server.Source{Name: "opensips1", Token: "devnet-opensips", Formats: []string{"opensips"}, TermOperator: opB, Options: SourceOptions("opensips")}, "opensips"},
	}
	ocfg := oracle.Config{
		DB: filepath.Join(cfg.Dir, "oracle.db"), Listen: cfg.OracleAddr, RPC: node.URL(), IPFS: ipfs.APIURL(),
		Key:       hex.EncodeToString(crypto.FromECDSA(w.Operators[0])),
		CDRAnchor: d.CDRAnchor, NumberRegistry: d.NumberRegistry, RateExchange: d.RateExchange, StartBlock: d.StartBlock,
		BatchSize: cfg.BatchSize, BatchAge: oracle.Duration{Duration: cfg.BatchAge},
		Interval: oracle.Duration{Duration: time.Second}, BumpAfter: oracle.Duration{Duration: 30 * time.Second},
		AuditorTokens: []string{AuditorToken},
		// Private rewards (issue 18): stealth payees, and a short reward epoch.
		StealthRegistry: d.StealthRegistry, RewardsEpoch: oracle.Duration{Duration: 2 * cfg.BatchAge},
	}
	for _, s := range sources {
		ocfg.Sources = append(ocfg.Sources, s.Source)
	}
	sn, err := newSIPNet(cfg.Dir, w, d, node.URL(), log)
	if err != nil {
		return err
	}
	if cfg.DB != "" {
		ocfg.DB, sn.cfgA.DB = cfg.DB, cfg.DB
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	octx, stopOracle := context.WithCancel(context.WithoutCancel(ctx))
	defer stopOracle()
	oready := make(chan string, 1)
	mready := make(chan string, 1)
	ocfg.MetricsReady = func(a string) { mready <- a }
	oerr := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		oerr <- oracle.RunWith(octx, ocfg, log.With("component", "oracle"), func(a string) { oready <- a }, sn.runA)
	}()
	var oracleURL, oracleMetrics string
	select {
	case a := <-oready:
		oracleURL = "http://" + a
		oracleMetrics = "http://" + <-mready
	case err := <-oerr:
		return fmt.Errorf("starting the oracle: %w", err)
	case <-ctx.Done():
		return nil
	}
	say("oracle          %s (operator A; batches of up to %d CDRs or %s; metrics %s)", oracleURL, cfg.BatchSize, cfg.BatchAge, oracleMetrics)
	var oracleA2 string
	if cfg.DB != "" {
		oracleA2, err = startOracleA2(octx, &wg, cfg.Dir, ocfg, log, oerr)
		if err != nil {
			return err
		}
		say("oracle A2       %s (operator A's second oracle, a separate process on the same PostgreSQL database %s; one of the two runs the batcher; log oracle-a2.log)", oracleA2, redactDB(cfg.DB))
	}
	oerrB := make(chan error, 1)
	oracleB, err := sn.startOracleB(octx, &wg, ocfg, cfg.OracleBAddr, oerrB)
	if err != nil {
		return err
	}
	say("oracle B        %s (operator B; its SIP node's CDRs, batched and anchored like A's)", oracleB)
	if err := sn.provision(ctx); err != nil {
		return err
	}
	say("sip nodes       A udp %s http %s (in the oracle's process), B udp %s http %s; %d phones provisioned (endpoints.json)",
		sn.epA.UDP, sn.epA.HTTP, sn.epB.UDP, sn.epB.HTTP, len(sn.phones))

	// The indexer.
	ix, err := indexer.Open(ctx, indexer.Options{RPC: node.URL(), Deployment: d, DB: filepath.Join(cfg.Dir, "indexer.db"),
		IPFS: ipfs.APIURL(), FinalityDepth: 2, Logger: log.With("component", "indexer"),
		Page: web.Handler(pageConfig(d, node.URL(), ipfs.GatewayURL(), sn.endpoints()))})
	if err != nil {
		return fmt.Errorf("starting the indexer: %w", err)
	}
	defer ix.Close()
	iln, err := net.Listen("tcp", cfg.IndexerAddr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", cfg.IndexerAddr, err)
	}
	ictx, stopIndexer := context.WithCancel(context.WithoutCancel(ctx))
	defer stopIndexer()
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := ix.Serve(ictx, iln); err != nil {
			log.Error("indexer stopped", "err", err)
		}
	}()
	indexerURL := "http://" + iln.Addr().String()
	say("indexer         %s", indexerURL)
	say("wallet page     %s/ (MetaMask: add chain 31337 at %s; import a devnet user's key to claim)", indexerURL, node.URL())

	ep := Endpoints{RPC: node.URL(), IPFS: ipfs.APIURL(), Gateway: ipfs.GatewayURL(), Oracle: oracleURL, OracleA2: oracleA2,
		Oracles:       []OracleEndpoint{{Operator: opA, URL: oracleURL}, {Operator: opB, URL: oracleB}},
		OracleMetrics: oracleMetrics, Indexer: indexerURL, Deployment: depPath, AuditorToken: AuditorToken, SIP: sn.endpoints(), Phones: sn.phones}
	if err := writeJSON(filepath.Join(cfg.Dir, "endpoints.json"), ep); err != nil {
		return err
	}

	// Traffic, and a watcher that tells what happens to it.
	numbers = append(numbers, w.Unowned...)
	t := &feeder{url: oracleURL, sources: sources, gen: NewTraffic(numbers, cfg.Seed, fmt.Sprintf("devnet-%x", cfg.Seed&0xffffff)),
		rate: cfg.CallsPerSecond, log: log.With("component", "traffic"), client: &http.Client{Timeout: 30 * time.Second}}
	say("traffic         %.0f calls/s in %d formats: DOTS JSON, FreeSWITCH, Kamailio, Asterisk, OpenSIPS", cfg.CallsPerSecond, len(sources))
	say("ctrl-c stops everything")
	tctx, stopTraffic := context.WithCancel(ctx)
	defer stopTraffic()
	wg.Add(2)
	go func() { defer wg.Done(); t.run(tctx) }()
	wat := &watcher{oracle: oracleURL, indexer: indexerURL, dir: cfg.Dir, ep: ep, say: say, feeder: t,
		user: anvil.Address(w.Numbers[0].Owner), client: &http.Client{Timeout: 10 * time.Second}, log: log}
	go func() { defer wg.Done(); wat.run(tctx) }()
	watB := &watcher{oracle: oracleB, label: "B ", say: say, client: wat.client, log: log}
	wg.Add(1)
	go func() { defer wg.Done(); watB.run(tctx) }()
	wg.Add(1)
	go func() { defer wg.Done(); sn.traffic(tctx, 5*time.Second, say) }()
	rec := &reconciler{ec: client, ipfs: ipfs.APIURL(), dep: d, a: opA, b: opB, since: time.Now(), every: time.Minute, say: say}
	wg.Add(1)
	go func() { defer wg.Done(); rec.run(tctx) }()

	select {
	case <-ctx.Done():
	case err := <-oerr:
		stopTraffic()
		return fmt.Errorf("the oracle stopped: %w", err)
	case err := <-oerrB:
		stopTraffic()
		return fmt.Errorf("operator B's oracle stopped: %w", err)
	}
	say("stopping: traffic, oracles, indexer, IPFS, anvil")
	stopTraffic()
	stopOracle()
	stopIndexer()
	wg.Wait()
	select {
	case err := <-oerr:
		if err != nil && !errors.Is(err, context.Canceled) {
			log.Error("oracle", "err", err)
		}
	default:
	}
	sent, stored, failed := t.counts()
	say("stopped after %d calls sent (%d records stored, %d requests failed)", sent, stored, failed)
	return nil
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// feeder posts generated calls to the oracle as the sources' SIP servers would.
type feeder struct {
	url     string
	sources []source
	gen     *Traffic
	rate    float64
	log     *slog.Logger
	client  *http.Client

	sent, stored, failed atomic.Int64
}

func (f *feeder) counts() (sent, stored, failed int64) {
	return f.sent.Load(), f.stored.Load(), f.failed.Load()
}

func (f *feeder) run(ctx context.Context) {
	// Each tick sends one request; sources that batch (DOTS JSON, Kamailio, Asterisk,
	// OpenSIPS) send up to five calls at once, FreeSWITCH one call per leg.
	const perRequest = 5
	interval := time.Duration(float64(time.Second) * perRequest / f.rate)
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		s := f.sources[i%len(f.sources)]
		n := perRequest
		if s.format == "freeswitch" {
			n = 1
		}
		var calls []Call
		now := time.Now()
		for k := 0; k < n; k++ {
			calls = append(calls, f.gen.Next(now))
		}
		f.post(ctx, s, calls)
		if s.format == "freeswitch" && !calls[0].Answer.IsZero() {
			// FreeSWITCH also reports the b-leg of a bridged call; the oracle must not count it.
			body, ctype, err := BodyB(calls[0])
			if err == nil {
				f.send(ctx, s, body, ctype)
			}
		}
	}
}

func (f *feeder) post(ctx context.Context, s source, calls []Call) {
	body, ctype, err := Body(s.format, calls)
	if err != nil {
		f.log.Error("encoding calls", "format", s.format, "err", err)
		return
	}
	f.sent.Add(int64(len(calls)))
	f.send(ctx, s, body, ctype)
}

func (f *feeder) send(ctx context.Context, s source, body []byte, ctype string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, f.url+"/v1/cdrs/"+s.format, bytes.NewReader(body))
	if err != nil {
		return
	}
	req.Header.Set("Content-Type", ctype)
	if s.Password != "" {
		req.SetBasicAuth(s.Name, s.Password)
	} else {
		req.Header.Set("Authorization", "Bearer "+s.Token)
	}
	res, err := f.client.Do(req)
	if err != nil {
		if ctx.Err() == nil {
			f.failed.Add(1)
			f.log.Warn("posting CDRs", "source", s.Name, "err", err)
		}
		return
	}
	defer res.Body.Close()
	rb, _ := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if res.StatusCode/100 != 2 {
		f.failed.Add(1)
		f.log.Warn("oracle refused CDRs", "source", s.Name, "status", res.StatusCode, "body", string(rb))
		return
	}
	var ir server.IngestResponse
	if json.Unmarshal(rb, &ir) == nil {
		f.stored.Add(int64(ir.Accepted))
	}
}

// watcher prints batches as they move through their states, writes a sample CDR once
// one is final, and shows a user's claimable rewards from the indexer.
type watcher struct {
	oracle, indexer, dir string
	label                string // "" for operator A's oracle; another's shows only its batches
	ep                   Endpoints
	say                  func(string, ...any)
	feeder               *feeder
	user                 [20]byte
	client               *http.Client
	log                  *slog.Logger

	interval   time.Duration     // between sweeps; 0: a second
	low        uint64            // cursor: every batch below it is final and printed
	printed    map[uint64]int    // per batch, how many steps of the pipeline were printed
	other      map[uint64]string // per batch in a state off the pipeline, that state
	wroteCDR   bool
	lastReport time.Time
}

// sample saves the first CDR of a final batch and says how to verify it.
func (w *watcher) sample(ctx context.Context, b server.BatchView) {
	var full json.RawMessage
	if err := w.get(ctx, fmt.Sprintf("%s/v1/cdrs/%d", w.oracle, b.FirstSeq), AuditorToken, &full); err != nil {
		w.log.Warn("fetching a sample CDR", "err", err)
		return
	}
	path := filepath.Join(w.dir, "sample-cdr.json")
	if err := os.WriteFile(path, full, 0o600); err != nil {
		w.log.Warn("saving a sample CDR", "err", err)
		return
	}
	w.wroteCDR = true
	w.ep.SampleCDR = path
	if err := writeJSON(filepath.Join(w.dir, "endpoints.json"), w.ep); err != nil {
		w.log.Warn("recording the sample CDR in endpoints.json", "err", err)
	}
	w.say("verify a CDR    ./bin/dots verify --cdr %s --deployment %s --rpc %s --ipfs %s", path, w.ep.Deployment, w.ep.RPC, w.ep.IPFS)
	w.say("verify a batch  ./bin/dots verify --batch %d --deployment %s --rpc %s --ipfs %s", b.ChainBatchID, w.ep.Deployment, w.ep.RPC, w.ep.IPFS)
	w.say("full CDRs       curl -H 'Authorization: Bearer %s' %s/v1/cdrs/%d", AuditorToken, w.oracle, b.FirstSeq)
}

// rewards shows what the first user may claim with the batch's rewards document.
func (w *watcher) rewards(ctx context.Context, b server.BatchView) {
	if b.RewardsCID == "" {
		return
	}
	var r apitypes.Answer[apitypes.Rewards]
	url := fmt.Sprintf("%s/v1/rewards/0x%x?doc=%s", w.indexer, w.user, b.RewardsCID)
	if err := w.get(ctx, url, "", &r); err != nil {
		w.log.Info("rewards not indexed yet", "err", err)
		return
	}
	for _, c := range r.Data.Claimable {
		if c.Error == "" && c.Claimable != "" {
			w.say("rewards         user 0x%x may claim %s DOTS from operator A (%s/v1/rewards/0x%x)", w.user, tokens(c.Claimable), w.indexer, w.user)
		}
	}
}

func (w *watcher) get(ctx context.Context, url, token string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := w.client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, 16<<20))
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s: %s", url, res.Status, bytes.TrimSpace(b))
	}
	return json.Unmarshal(b, v)
}

func short(h *common.Hash) string {
	if h == nil {
		return "?"
	}
	return h.Hex()[:10] + "…"
}

// tokens formats wei as DOTS with four decimals.
func tokens(wei string) string {
	v, ok := new(big.Int).SetString(wei, 10)
	if !ok {
		return wei
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(v), new(big.Float).SetInt(Token))
	return f.Text('f', 4)
}

// pageConfig is the wallet page's configuration, with the devnet's SIP nodes.
func pageConfig(d *deploy.Deployment, rpc, gateway string, sip []SIPEndpoint) web.Config {
	c := web.ConfigFor(d, rpc, gateway)
	c.SIPNodes = map[common.Address]string{}
	for _, e := range sip {
		c.SIPNodes[e.Operator] = "http://" + e.HTTP
	}
	return c
}
