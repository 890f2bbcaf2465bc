package main

import (
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/oracle"
)

// oracleCommand runs an operator's oracle. Settings come from --config (JSON, see
// oracle.Config), then the deployment file, then flags and DOTS_ORACLE_* variables.
func oracleCommand() *cli.Command {
	return &cli.Command{
		Name:  "oracle",
		Usage: "run the operator's oracle: CDR ingest, batches on IPFS, anchors and rewards on chain",
		Flags: append(keyFlags(),
			&cli.StringFlag{Name: "config", Usage: "JSON configuration file", EnvVars: []string{"DOTS_ORACLE_CONFIG"}},
			&cli.StringFlag{Name: "deployment", Usage: "deployment file (contract addresses, start block)", EnvVars: []string{"DOTS_DEPLOYMENT"}},
			&cli.StringFlag{Name: "db", Usage: "SQLite database file", EnvVars: []string{"DOTS_ORACLE_DB"}},
			&cli.StringFlag{Name: "listen", Usage: "HTTP listen address", EnvVars: []string{"DOTS_ORACLE_LISTEN"}},
			&cli.StringFlag{Name: "rpc", Usage: "Ethereum JSON-RPC URL", EnvVars: []string{"DOTS_RPC"}},
			&cli.StringFlag{Name: "ipfs", Usage: "IPFS (Kubo RPC) API URL", EnvVars: []string{"DOTS_IPFS"}},
			&cli.Uint64Flag{Name: "batch-size", Usage: "seal a batch at this many CDRs", EnvVars: []string{"DOTS_ORACLE_BATCH_SIZE"}},
			&cli.DurationFlag{Name: "batch-age", Usage: "seal a batch when its oldest CDR is this old", EnvVars: []string{"DOTS_ORACLE_BATCH_AGE"}},
			&cli.StringFlag{Name: "log-level", Usage: "debug, info, warn or error", Value: "info", EnvVars: []string{"DOTS_LOG_LEVEL"}},
			&cli.BoolFlag{Name: "log-json", Usage: "log as JSON", EnvVars: []string{"DOTS_LOG_JSON"}},
		),
		Action: func(c *cli.Context) error {
			var cfg oracle.Config
			if p := c.String("config"); p != "" {
				var err error
				if cfg, err = oracle.LoadConfig(p); err != nil {
					return cli.Exit(err.Error(), 2)
				}
			}
			if p := c.String("deployment"); p != "" {
				d, err := deploy.Load(p)
				if err != nil {
					return cli.Exit(fmt.Sprintf("deployment: %v", err), 2)
				}
				cfg.CDRAnchor, cfg.NumberRegistry, cfg.RateExchange, cfg.StartBlock = d.CDRAnchor, d.NumberRegistry, d.RateExchange, d.StartBlock
			}
			for name, dst := range map[string]*string{"db": &cfg.DB, "listen": &cfg.Listen, "rpc": &cfg.RPC, "ipfs": &cfg.IPFS} {
				if v := c.String(name); v != "" {
					*dst = v
				}
			}
			if c.IsSet("batch-size") {
				cfg.BatchSize = c.Uint64("batch-size")
			}
			if c.IsSet("batch-age") {
				cfg.BatchAge = oracle.Duration{Duration: c.Duration("batch-age")}
			}
			if c.String("key") != "" || c.String("key-file") != "" {
				key, err := loadKey(c)
				if err != nil {
					return cli.Exit(err.Error(), 2)
				}
				cfg.Key = fmt.Sprintf("%x", key.D.FillBytes(make([]byte, 32)))
				cfg.KeyFile = ""
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
				return cli.Exit(err.Error(), 2)
			}
			log.Info("oracle stopped", "ran", time.Since(start).Round(time.Second))
			return nil
		},
	}
}
