// Package web is the wallet page: claim rewards, manage numbers and audit batches in a
// browser with MetaMask (or any EIP-6963 wallet). The page is static (static/ and the
// bundle dist/app.js, both embedded); everything that depends on the deployment (chain,
// contract addresses, RPC, IPFS gateway) reaches it as /config.json from Config, so one
// build serves any deployment.
//
// dist/app.js is built from src/ by build.mjs (esbuild, with the contracts' ABIs taken
// from bindings/ at build time) and committed, so `go build` needs no npm step; a test
// fails when it is stale. Rebuild with: node web/build.mjs
package web

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/deploy"
)

//go:embed static dist
var files embed.FS

// Config is what the page learns about the deployment it runs against.
type Config struct {
	ChainID    uint64    `json:"chainId"`
	ChainName  string    `json:"chainName"`
	RPC        string    `json:"rpcUrl"`     // JSON-RPC URL the page reads the chain through (and offers wallets)
	Gateway    string    `json:"gatewayUrl"` // IPFS gateway base URL ("" hides IPFS features)
	Indexer    string    `json:"indexerUrl"` // indexer API base URL ("" means the page's own origin)
	StartBlock uint64    `json:"startBlock"` // first block to search for events
	Contracts  Contracts `json:"contracts"`
	// SIPNodes are known operators' SIP node HTTP APIs (operator -> base URL), offered when
	// an owner sets a SIP password; an owner can type any other.
	SIPNodes map[common.Address]string `json:"sipNodes,omitempty"`
}

// Contracts are the DOTS contract addresses.
type Contracts struct {
	NumberRegistry common.Address `json:"numberRegistry"`
	CDRAnchor      common.Address `json:"cdrAnchor"`
	RewardToken    common.Address `json:"rewardToken"`
	RateExchange   common.Address `json:"rateExchange"`
	DisputeVoting  common.Address `json:"disputeVoting"`
	// StealthRegistry and StealthSweeper serve private rewards (omitted when not deployed).
	StealthRegistry *common.Address `json:"stealthRegistry,omitempty"`
	StealthSweeper  *common.Address `json:"stealthSweeper,omitempty"`
}

// ConfigFor is the Config of a deployment served through rpc and gateway.
func ConfigFor(d *deploy.Deployment, rpc, gateway string) Config {
	name := "DOTS chain"
	if d.ChainID == 31337 {
		name = "DOTS devnet (anvil)"
	}
	return Config{
		ChainID: d.ChainID, ChainName: name, RPC: rpc, Gateway: strings.TrimRight(gateway, "/"), StartBlock: d.StartBlock,
		Contracts: Contracts{NumberRegistry: d.NumberRegistry, CDRAnchor: d.CDRAnchor, RewardToken: d.RewardToken,
			RateExchange: d.RateExchange, DisputeVoting: d.DisputeVoting, StealthRegistry: nonZero(d.StealthRegistry), StealthSweeper: nonZero(d.StealthSweeper)},
	}
}

func nonZero(a common.Address) *common.Address {
	if a == (common.Address{}) {
		return nil
	}
	return &a
}

// Handler serves the page at /, its assets and /config.json; other paths get 404.
func Handler(cfg Config) http.Handler {
	static, _ := fs.Sub(files, "static")
	dist, _ := fs.Sub(files, "dist")
	conf, _ := json.Marshal(cfg)
	mux := http.NewServeMux()
	file := func(fsys fs.FS, name, ctype string) http.HandlerFunc {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			panic("web: embedded " + name + " is missing: " + err.Error())
		}
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("X-Content-Type-Options", "nosniff")
			w.Header().Set("Referrer-Policy", "no-referrer")
			// Scripts only from here; the RPC and the gateway may be on other origins.
			w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src *; frame-ancestors 'none'")
			w.Write(b)
		}
	}
	mux.HandleFunc("GET /{$}", file(static, "index.html", "text/html; charset=utf-8"))
	mux.HandleFunc("GET /style.css", file(static, "style.css", "text/css; charset=utf-8"))
	mux.HandleFunc("GET /favicon.svg", file(static, "favicon.svg", "image/svg+xml"))
	mux.HandleFunc("GET /app.js", file(dist, "app.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("GET /config.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(conf)
	})
	return mux
}
