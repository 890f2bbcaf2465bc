package main

import (
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/chainerr"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/oracle"
)

// oracleFlags are dots oracle's settings; each has a DOTS_* environment variable.
func oracleFlags() []cli.Flag {
	return append(keyFlags(),
		&cli.StringFlag{Name: "config", Usage: "JSON configuration file (see oracle/example-config.json)", EnvVars: []string{"DOTS_ORACLE_CONFIG"}},
		&cli.StringFlag{Name: "deployment", Usage: "deployment file (contract addresses, start block)", EnvVars: []string{"DOTS_DEPLOYMENT"}},
		&cli.StringFlag{Name: "db", Usage: "the store: a SQLite file (path or sqlite://PATH) or postgres://... (shared by several oracle processes)", EnvVars: []string{"DOTS_ORACLE_DB"}},
		&cli.StringFlag{Name: "listen", Usage: "HTTP listen address", EnvVars: []string{"DOTS_ORACLE_LISTEN"}},
		&cli.StringFlag{Name: "metrics-listen", Usage: "listen address of /metrics, apart from the API (default 127.0.0.1:0, loopback)", EnvVars: []string{"DOTS_ORACLE_METRICS_LISTEN"}},
		&cli.StringFlag{Name: "rpc", Usage: "Ethereum JSON-RPC URL", EnvVars: []string{"DOTS_RPC"}},
		&cli.StringFlag{Name: "ipfs", Usage: "IPFS (Kubo RPC) API URL", EnvVars: []string{"DOTS_IPFS"}},
		&cli.StringFlag{Name: "cdr-anchor", Usage: "CDRAnchor address", EnvVars: []string{"DOTS_CDR_ANCHOR"}},
		&cli.StringFlag{Name: "number-registry", Usage: "NumberRegistry address", EnvVars: []string{"DOTS_NUMBER_REGISTRY"}},
		&cli.StringFlag{Name: "rate-exchange", Usage: "RateExchange address (rate CDRs under the operator's published rates)", EnvVars: []string{"DOTS_RATE_EXCHANGE"}},
		&cli.Uint64Flag{Name: "start-block", Usage: "deployment block (event searches start here)", EnvVars: []string{"DOTS_START_BLOCK"}},
		&cli.Uint64Flag{Name: "batch-size", Usage: "seal a batch at this many CDRs", EnvVars: []string{"DOTS_ORACLE_BATCH_SIZE"}},
		&cli.DurationFlag{Name: "batch-age", Usage: "seal a batch when its oldest CDR is this old", EnvVars: []string{"DOTS_ORACLE_BATCH_AGE"}},
		&cli.DurationFlag{Name: "interval", Usage: "how often the batch pipeline looks for work", EnvVars: []string{"DOTS_ORACLE_INTERVAL"}},
		&cli.DurationFlag{Name: "bump-after", Usage: "re-send an unmined anchor with higher fees after this", EnvVars: []string{"DOTS_ORACLE_BUMP_AFTER"}},
		&cli.Int64Flag{Name: "max-body-bytes", Usage: "largest ingest body (larger: 413)", EnvVars: []string{"DOTS_ORACLE_MAX_BODY_BYTES"}},
		&cli.StringFlag{Name: "synchronous", Usage: "SQLite synchronous: FULL (fsync per commit) or NORMAL", EnvVars: []string{"DOTS_ORACLE_SYNCHRONOUS"}},
		&cli.StringFlag{Name: "log-level", Usage: "debug, info, warn or error", Value: "info", EnvVars: []string{"DOTS_LOG_LEVEL"}},
		&cli.BoolFlag{Name: "log-json", Usage: "log as JSON", EnvVars: []string{"DOTS_LOG_JSON"}},
	)
}

// oracleConfig builds the configuration: the --config file, then the deployment file, then
// flags and environment variables (a flag or variable that is set wins).
func oracleConfig(c *cli.Context) (oracle.Config, error) {
	var cfg oracle.Config
	if p := c.String("config"); p != "" {
		var err error
		if cfg, err = oracle.LoadConfig(p); err != nil {
			return cfg, err
		}
	}
	if p := c.String("deployment"); p != "" {
		d, err := deploy.Load(p)
		if err != nil {
			return cfg, fmt.Errorf("deployment: %w", err)
		}
		cfg.CDRAnchor, cfg.NumberRegistry, cfg.RateExchange, cfg.StartBlock = d.CDRAnchor, d.NumberRegistry, d.RateExchange, d.StartBlock
	}
	for name, dst := range map[string]*string{"db": &cfg.DB, "listen": &cfg.Listen, "metrics-listen": &cfg.MetricsListen, "rpc": &cfg.RPC, "ipfs": &cfg.IPFS, "synchronous": &cfg.Synchronous} {
		if c.IsSet(name) {
			*dst = c.String(name)
		}
	}
	for name, dst := range map[string]*common.Address{"cdr-anchor": &cfg.CDRAnchor, "number-registry": &cfg.NumberRegistry, "rate-exchange": &cfg.RateExchange} {
		if c.IsSet(name) {
			v := c.String(name)
			if !common.IsHexAddress(v) {
				return cfg, fmt.Errorf("--%s %q is not an address", name, v)
			}
			*dst = common.HexToAddress(v)
		}
	}
	if c.IsSet("start-block") {
		cfg.StartBlock = c.Uint64("start-block")
	}
	if c.IsSet("batch-size") {
		cfg.BatchSize = c.Uint64("batch-size")
	}
	for name, dst := range map[string]*oracle.Duration{"batch-age": &cfg.BatchAge, "interval": &cfg.Interval, "bump-after": &cfg.BumpAfter} {
		if c.IsSet(name) {
			if c.Duration(name) < 0 {
				return cfg, fmt.Errorf("--%s cannot be negative", name)
			}
			*dst = oracle.Duration{Duration: c.Duration(name)}
		}
	}
	if c.IsSet("max-body-bytes") {
		if c.Int64("max-body-bytes") <= 0 {
			return cfg, fmt.Errorf("--max-body-bytes must be positive")
		}
		cfg.MaxBodyBytes = c.Int64("max-body-bytes")
	}
	if c.String("key") != "" || c.String("key-file") != "" {
		key, err := loadKey(c)
		if err != nil {
			return cfg, err
		}
		cfg.Key = fmt.Sprintf("%x", crypto.FromECDSA(key))
		cfg.KeyFile = ""
	}
	return cfg, nil
}

// oracleCommand runs an operator's oracle. Settings come from --config (JSON, see
// oracle.Config), then the deployment file, then flags and DOTS_* variables.
func oracleCommand() *cli.Command {
	return &cli.Command{
		Name:  "oracle",
		Usage: "run the operator's oracle: CDR ingest, batches on IPFS, anchors and rewards on chain",
		Flags: oracleFlags(),
		Action: func(c *cli.Context) error {
			cfg, err := oracleConfig(c)
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			var level slog.Level
			if err := level.UnmarshalText([]byte(c.String("log-level"))); err != nil {
				return cli.Exit(fmt.Sprintf("log level: %v", err), 2)
			}
			var h slog.Handler = slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})
			if c.Bool("log-json") {
				h = slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level})
			}
			log := slog.New(h)
			start := time.Now()
			if err := oracle.Run(c.Context, cfg, log, nil); err != nil {
				return cli.Exit(chainerr.Describe(err), 2)
			}
			log.Info("oracle stopped", "ran", time.Since(start).Round(time.Second))
			return nil
		},
	}
}
