package main

import (
	"context"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/devnet"
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run DOTS on this machine: anvil, the contracts, an IPFS node, an oracle fed with CDRs, the indexer",
		Description: `Starts anvil, deploys and populates the contracts (two bonded operators, numbers claimed
by four users, published rates), starts DOTS's IPFS node, an oracle for operator A and the
indexer, then feeds the oracle realistic CDRs from five kinds of SIP server (DOTS JSON,
FreeSWITCH, Kamailio, Asterisk, OpenSIPS) and prints batches as they are sealed, stored,
anchored and final, with commands to verify them. Ctrl-C stops everything.

State (deployment.json, endpoints.json, databases, the IPFS repository, logs) goes to --dir
and is replaced at every start, since every start is a fresh chain.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "dir", Usage: "state directory", Value: ".devnet"},
			&cli.IntFlag{Name: "rpc-port", Usage: "anvil's port (-1: any free port)", Value: 8545},
			&cli.StringFlag{Name: "ipfs-api", Usage: "IPFS node's Kubo RPC API address", Value: "127.0.0.1:5001"},
			&cli.StringFlag{Name: "gateway", Usage: "IPFS gateway address", Value: "127.0.0.1:8080"},
			&cli.StringFlag{Name: "oracle", Usage: "oracle's HTTP address", Value: "127.0.0.1:8645"},
			&cli.StringFlag{Name: "indexer", Usage: "indexer's HTTP address", Value: "127.0.0.1:8646"},
			&cli.Float64Flag{Name: "rate", Usage: "calls per second", Value: 20},
			&cli.Uint64Flag{Name: "batch-size", Usage: "seal a batch at this many CDRs", Value: 500},
			&cli.DurationFlag{Name: "batch-age", Usage: "seal a batch when its oldest CDR is this old", Value: 15 * time.Second},
			&cli.DurationFlag{Name: "block-time", Usage: "anvil's block interval", Value: time.Second},
			&cli.DurationFlag{Name: "challenge-window", Usage: "CDRAnchor's challenge window", Value: 20 * time.Second},
			&cli.DurationFlag{Name: "for", Usage: "stop after this long (0: until Ctrl-C)"},
			&cli.Uint64Flag{Name: "seed", Usage: "traffic seed (0: from the clock)"},
			&cli.StringFlag{Name: "db", Usage: "postgres://... : operator A's oracle store and SIP node on PostgreSQL, with a second oracle of A sharing it (scripts/devnet-postgres.sh starts a throwaway server)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return cli.Exit("devnet takes no arguments", 2)
			}
			if c.Float64("rate") <= 0 || c.Float64("rate") > 10000 {
				return cli.Exit("--rate must be between 0 and 10000 calls per second", 2)
			}
			for _, f := range []string{"batch-age", "block-time", "challenge-window"} {
				if c.Duration(f) < time.Second {
					return cli.Exit(fmt.Sprintf("--%s must be at least 1s", f), 2)
				}
			}
			if c.Uint64("batch-size") == 0 {
				return cli.Exit("--batch-size must be positive", 2)
			}
			ctx := c.Context
			if d := c.Duration("for"); d > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, d)
				defer cancel()
			}
			port := c.Int("rpc-port")
			if port == 0 {
				port = -1
			}
			err := devnet.Run(ctx, devnet.Config{
				Dir: c.String("dir"), AnvilPort: port, IPFSAPI: c.String("ipfs-api"), Gateway: c.String("gateway"),
				OracleAddr: c.String("oracle"), IndexerAddr: c.String("indexer"), BlockTime: c.Duration("block-time"),
				CallsPerSecond: c.Float64("rate"), BatchSize: c.Uint64("batch-size"), BatchAge: c.Duration("batch-age"),
				ChallengeWindow: c.Duration("challenge-window"), Seed: c.Uint64("seed"), Out: c.App.Writer, DB: c.String("db"),
			})
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			return nil
		},
	}
}
