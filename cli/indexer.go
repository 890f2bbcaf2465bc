package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/indexer"
	"github.com/dotsnet/dots/web"
)

func indexerCommand() *cli.Command {
	return &cli.Command{
		Name:  "indexer",
		Usage: "follow DOTS's contracts into SQLite or PostgreSQL and serve the HTTP JSON API",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC URL", Value: "http://127.0.0.1:8545", EnvVars: []string{"DOTS_RPC"}},
			&cli.StringFlag{Name: "deployment", Usage: "deployment file (from dots deploy)", Value: "deployment.json"},
			&cli.StringFlag{Name: "db", Usage: "database: a SQLite file, sqlite://FILE or postgres://USER@HOST/DB (PostgreSQL)", Value: "indexer.db", EnvVars: []string{"DOTS_INDEXER_DB"}},
			&cli.BoolFlag{Name: "api-only", Usage: "serve the API from a database another dots indexer follows the chain into (no chain connection; PostgreSQL, or a SQLite file on this machine)"},
			&cli.StringFlag{Name: "ipfs", Usage: "IPFS (Kubo RPC) URL for batch and rewards documents; empty disables proofs", Value: "http://127.0.0.1:5001"},
			&cli.StringFlag{Name: "listen", Usage: "HTTP listen address", Value: "127.0.0.1:8546"},
			&cli.Uint64Flag{Name: "finality", Usage: "confirmations after which a block counts as final", Value: 12},
			&cli.DurationFlag{Name: "poll", Usage: "head poll interval once caught up", Value: 0},
			&cli.BoolFlag{Name: "verbose", Usage: "debug logging"},
			&cli.StringFlag{Name: "page-rpc", Usage: "JSON-RPC URL the wallet page reads the chain through and offers wallets (default: --rpc)", EnvVars: []string{"DOTS_PAGE_RPC"}},
			&cli.StringFlag{Name: "gateway", Usage: "IPFS gateway URL the wallet page fetches batch documents from (empty: the page cannot verify batches)", Value: "http://127.0.0.1:8080", EnvVars: []string{"DOTS_GATEWAY"}},
			&cli.BoolFlag{Name: "no-page", Usage: "serve only the API, not the wallet page at /"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return cli.Exit(fmt.Sprintf("indexer takes no arguments (got %q)", c.Args().First()), 2)
			}
			d, err := deploy.Load(c.String("deployment"))
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			level := slog.LevelInfo
			if c.Bool("verbose") {
				level = slog.LevelDebug
			}
			log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
			ln, err := net.Listen("tcp", c.String("listen"))
			if err != nil {
				return cli.Exit(fmt.Sprintf("listening on %s: %v", c.String("listen"), err), 2)
			}
			var page http.Handler
			if !c.Bool("no-page") {
				rpc := c.String("page-rpc")
				if rpc == "" {
					rpc = c.String("rpc")
				}
				page = web.Handler(web.ConfigFor(d, rpc, c.String("gateway")))
			}
			ix, err := indexer.Open(c.Context, indexer.Options{
				RPC: c.String("rpc"), Deployment: d, DB: c.String("db"), IPFS: c.String("ipfs"),
				FinalityDepth: c.Uint64("finality"), PollInterval: c.Duration("poll"), Logger: log, Page: page, APIOnly: c.Bool("api-only"),
			})
			if err != nil {
				ln.Close()
				return cli.Exit(err.Error(), 2)
			}
			defer ix.Close()
			log.Info("indexer serving", "listen", ln.Addr().String(), "db", ix.DB.Path(), "api_only", c.Bool("api-only"), "chain_id", d.ChainID, "start_block", d.StartBlock)
			if err := ix.Serve(c.Context, ln); err != nil && !errors.Is(err, c.Context.Err()) {
				return cli.Exit(err.Error(), 2)
			}
			return nil
		},
	}
}
