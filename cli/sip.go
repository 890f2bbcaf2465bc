package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/oracle"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/node"
)

// sipFlags are dots sip's settings; each has a DOTS_SIP_* environment variable.
func sipFlags() []cli.Flag {
	env := func(n string) []string { return []string{"DOTS_SIP_" + n} }
	return append(keyFlags(),
		&cli.StringFlag{Name: "config", Usage: "JSON configuration file (node.Config)", EnvVars: env("CONFIG")},
		&cli.StringFlag{Name: "operator", Usage: "serving operator address (default: the key's)", EnvVars: env("OPERATOR")},
		&cli.StringFlag{Name: "deployment", Usage: "deployment file (NumberRegistry address)", EnvVars: []string{"DOTS_DEPLOYMENT"}},
		&cli.StringFlag{Name: "rpc", Usage: "Ethereum JSON-RPC URL", EnvVars: []string{"DOTS_RPC"}},
		&cli.StringFlag{Name: "number-registry", Usage: "NumberRegistry address", EnvVars: []string{"DOTS_NUMBER_REGISTRY"}},
		&cli.StringFlag{Name: "cdr-anchor", Usage: "CDRAnchor address (verifies the operators signing callers' identities)", EnvVars: []string{"DOTS_CDR_ANCHOR"}},
		&cli.StringFlag{Name: "identity-policy", Usage: "unsigned or invalid calls from other operators: mark (pass, unverified) or reject (438 Invalid Identity Header)", EnvVars: env("IDENTITY_POLICY")},
		&cli.StringFlag{Name: "db", Usage: "the node's database (registrations, open calls): a SQLite file or postgres://... shared by the operator's nodes", EnvVars: env("DB")},
		&cli.StringFlag{Name: "udp", Usage: "SIP UDP listen address", EnvVars: env("UDP")},
		&cli.StringFlag{Name: "tcp", Usage: "SIP TCP listen address", EnvVars: env("TCP")},
		&cli.StringFlag{Name: "http", Usage: "HTTP listen address (provisioning, /healthz, /metrics)", EnvVars: env("HTTP")},
		&cli.StringFlag{Name: "host", Usage: "address put in Via and Record-Route (default: the UDP host)", EnvVars: env("HOST")},
		&cli.StringFlag{Name: "realm", Usage: "digest realm", EnvVars: env("REALM")},
		&cli.StringSliceFlag{Name: "peer", Usage: "OPERATOR=SIP-URI of another operator's node (repeatable)", EnvVars: env("PEERS")},
		&cli.DurationFlag{Name: "ring-timeout", Usage: "cancel a call with no final answer after this (408)", EnvVars: env("RING_TIMEOUT")},
		&cli.DurationFlag{Name: "max-dialog", Usage: "close a dialog with no BYE after this", EnvVars: env("MAX_DIALOG")},
		&cli.StringFlag{Name: "oracle-config", Usage: "run the operator's oracle in this process (its JSON configuration); CDRs go straight into its store", EnvVars: env("ORACLE_CONFIG")},
		&cli.StringFlag{Name: "oracle-db", Usage: "without --oracle-config: the oracle store to write CDRs into (no oracle may have it open)", EnvVars: env("ORACLE_DB")},
		&cli.StringFlag{Name: "oracle-url", Usage: "beside the oracle: its ingest API URL (CDRs wait on disk until acknowledged)", EnvVars: env("ORACLE_URL")},
		&cli.StringFlag{Name: "oracle-token", Usage: "the node's source token at that oracle", EnvVars: env("ORACLE_TOKEN")},
		&cli.StringFlag{Name: "log-level", Usage: "debug, info, warn or error", Value: "info", EnvVars: []string{"DOTS_LOG_LEVEL"}},
	)
}

// sipConfig builds the node's configuration: --config, then the deployment file, then
// flags and variables.
func sipConfig(c *cli.Context) (node.Config, error) {
	var cfg node.Config
	if p := c.String("config"); p != "" {
		var err error
		if cfg, err = node.LoadConfig(p); err != nil {
			return cfg, err
		}
	}
	if p := c.String("deployment"); p != "" {
		d, err := deploy.Load(p)
		if err != nil {
			return cfg, fmt.Errorf("deployment: %w", err)
		}
		cfg.NumberRegistry = d.NumberRegistry
		cfg.CDRAnchor = d.CDRAnchor
	}
	for name, dst := range map[string]*string{"rpc": &cfg.RPC, "db": &cfg.DB, "udp": &cfg.UDP, "tcp": &cfg.TCP,
		"http": &cfg.HTTP, "host": &cfg.Host, "realm": &cfg.Realm, "oracle-db": &cfg.OracleDB,
		"oracle-url": &cfg.OracleURL, "oracle-token": &cfg.OracleToken, "identity-policy": &cfg.IdentityPolicy} {
		if c.IsSet(name) {
			*dst = c.String(name)
		}
	}
	for name, dst := range map[string]*common.Address{"operator": &cfg.Operator, "number-registry": &cfg.NumberRegistry, "cdr-anchor": &cfg.CDRAnchor} {
		if c.IsSet(name) {
			v := c.String(name)
			if !common.IsHexAddress(v) {
				return cfg, fmt.Errorf("--%s %q is not an address", name, v)
			}
			*dst = common.HexToAddress(v)
		}
	}
	for name, dst := range map[string]*node.Duration{"ring-timeout": &cfg.RingTimeout, "max-dialog": &cfg.MaxDialog} {
		if c.IsSet(name) {
			if c.Duration(name) <= 0 {
				return cfg, fmt.Errorf("--%s must be positive", name)
			}
			*dst = node.Duration{Duration: c.Duration(name)}
		}
	}
	for _, p := range c.StringSlice("peer") {
		op, uri, ok := strings.Cut(p, "=")
		if !ok || !common.IsHexAddress(op) || !strings.HasPrefix(strings.ToLower(uri), "sip:") {
			return cfg, fmt.Errorf("--peer %q: want OPERATOR=sip:host:port", p)
		}
		if cfg.Peers == nil {
			cfg.Peers = map[string]string{}
		}
		cfg.Peers[op] = uri
	}
	if c.String("key") != "" || c.String("key-file") != "" {
		key, err := loadKey(c)
		if err != nil {
			return cfg, err
		}
		if cfg.Operator == (common.Address{}) {
			cfg.Operator = crypto.PubkeyToAddress(key.PublicKey)
		}
		if cfg.Operator == crypto.PubkeyToAddress(key.PublicKey) {
			cfg.Key = hex.EncodeToString(crypto.FromECDSA(key)) // signs callers' identities
		}
	}
	return cfg, nil
}

func sipCommand() *cli.Command {
	return &cli.Command{
		Name:  "sip",
		Usage: "run the operator's SIP node (registrar and proxy routing by NumberRegistry, a CDR per call)",
		Flags: sipFlags(),
		Subcommands: []*cli.Command{
			sipProvisionCommand(),
		},
		Action: func(c *cli.Context) error {
			cfg, err := sipConfig(c)
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			var level slog.Level
			if err := level.UnmarshalText([]byte(c.String("log-level"))); err != nil {
				return cli.Exit(fmt.Sprintf("log level: %v", err), 2)
			}
			log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
			if err := runSIP(c.Context, c.String("oracle-config"), cfg, log); err != nil {
				return cli.Exit(err.Error(), 2)
			}
			return nil
		},
	}
}

// runSIP runs the node in the oracle's process (oracleConfig set), beside it (posting to
// its ingest API), or writing into a store it opens itself.
func runSIP(ctx context.Context, oracleConfig string, cfg node.Config, log *slog.Logger) error {
	if oracleConfig != "" {
		ocfg, err := oracle.LoadConfig(oracleConfig)
		if err != nil {
			return err
		}
		if cfg.RPC == "" {
			cfg.RPC = ocfg.RPC
		}
		if cfg.NumberRegistry == (common.Address{}) {
			cfg.NumberRegistry = ocfg.NumberRegistry
		}
		if cfg.CDRAnchor == (common.Address{}) {
			cfg.CDRAnchor = ocfg.CDRAnchor
		}
		if cfg.Key == "" && cfg.KeyFile == "" {
			key, err := ocfg.PrivateKey()
			if err != nil && cfg.Operator == (common.Address{}) {
				return err
			}
			if a := crypto.PubkeyToAddress(key.PublicKey); err == nil && (cfg.Operator == (common.Address{}) || cfg.Operator == a) {
				cfg.Operator = a
				cfg.Key = hex.EncodeToString(crypto.FromECDSA(key)) // the oracle's key signs callers' identities
			}
		}
		return oracle.RunWith(ctx, ocfg, log, nil, func(ctx context.Context, st *store.Store) error {
			return node.Run(ctx, cfg, cdrs.StoreSink{Store: st}, log, nil)
		})
	}
	if cfg.OracleDB == "" && cfg.OracleURL != "" {
		return node.Run(ctx, cfg, nil, log, nil) // beside the oracle: posted from an on-disk outbox
	}
	if cfg.OracleDB == "" {
		return errors.New("give --oracle-config (run the oracle here), --oracle-url (post to it) or --oracle-db (a store to write into)")
	}
	if err := cfg.Check(); err != nil {
		return fmt.Errorf("configuration: %w", err)
	}
	st, err := store.Open(ctx, cfg.OracleDB, cfg.Operator, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	return node.Run(ctx, cfg, cdrs.StoreSink{Store: st}, log, nil)
}

func sipProvisionCommand() *cli.Command {
	return &cli.Command{
		Name:      "provision",
		Usage:     "sign a SIP credential for a number you own (EIP-712, with the owner's key) and post it to the serving node",
		ArgsUsage: " ",
		Flags: append(keyFlags(),
			&cli.StringFlag{Name: "node", Usage: "the SIP node's HTTP URL", Required: true, EnvVars: []string{"DOTS_SIP_NODE"}},
			&cli.StringFlag{Name: "number", Usage: "E.164 number (the SIP user name)", Required: true},
			&cli.StringFlag{Name: "password-file", Usage: "file holding the SIP password (first line)", Required: true},
			&cli.DurationFlag{Name: "valid-for", Usage: "credential lifetime", Value: 365 * 24 * time.Hour},
			&cli.Uint64Flag{Name: "nonce", Usage: "credential nonce (must grow; default: the unix time)"},
			&cli.BoolFlag{Name: "json", Usage: "print the node's answer as JSON"},
		),
		Action: func(c *cli.Context) error {
			key, err := loadKey(c)
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			b, err := os.ReadFile(c.String("password-file"))
			if err != nil {
				return cli.Exit(fmt.Sprintf("reading the password: %v", err), 2)
			}
			pw, _, _ := strings.Cut(string(b), "\n")
			pw = strings.TrimRight(pw, "\r")
			if pw == "" {
				return cli.Exit("the password file is empty", 2)
			}
			nonce := c.Uint64("nonce")
			if nonce == 0 {
				nonce = uint64(time.Now().Unix())
			}
			hc := &http.Client{Timeout: 30 * time.Second}
			p, err := node.Provision(c.Context, hc, c.String("node"), key, c.String("number"), pw, new(big.Int).SetUint64(nonce),
				uint64(time.Now().Add(c.Duration("valid-for")).Unix()))
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			if c.Bool("json") {
				return json.NewEncoder(os.Stdout).Encode(p)
			}
			fmt.Printf("provisioned %s for owner %s (epoch %d) until %s\n", p.Number, p.Owner.Hex(), p.Epoch,
				time.Unix(int64(p.Expiry), 0).UTC().Format(time.RFC3339))
			return nil
		},
	}
}
