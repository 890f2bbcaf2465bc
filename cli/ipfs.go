package main

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/ipfsnode"
)

func ipfsCommand() *cli.Command {
	return &cli.Command{
		Name:  "ipfs",
		Usage: "run DOTS's own IPFS node (Kubo RPC API subset for go-ipfs-api, and a trustless gateway)",
		Description: "Serves /api/v0/{version,id,add,cat,block/get,block/stat,block/put,dag/put,pin/add,pin/rm,pin/ls,repo/gc}\n" +
			"with kubo's parameters and answers, and GET /ipfs/{cid} (?format=raw|car) on the gateway, from a\n" +
			"leveldb repository. Listens on loopback unless --allow-remote is given. Runs until SIGINT/SIGTERM.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "repo", Usage: "repository directory (created if missing)", Required: true, EnvVars: []string{"DOTS_IPFS_REPO"}},
			&cli.StringFlag{Name: "api", Usage: "Kubo RPC API listen address", Value: "127.0.0.1:5001"},
			&cli.StringFlag{Name: "gateway", Usage: "gateway listen address (empty: no gateway)", Value: "127.0.0.1:8080"},
			&cli.BoolFlag{Name: "allow-remote", Usage: "allow listen addresses that are not loopback (the API has no authentication)"},
			&cli.Int64Flag{Name: "max-add-size", Usage: "largest add request body in bytes (413 past it)", Value: ipfsnode.DefaultMaxAddSize},
			&cli.BoolFlag{Name: "gateway-files", Usage: "let the gateway also serve plain files, not only raw blocks and CARs"},
		},
		Action: func(c *cli.Context) error {
			if c.Int64("max-add-size") <= 0 {
				return cli.Exit("--max-add-size must be positive", 2)
			}
			log := slog.New(slog.NewTextHandler(os.Stderr, nil))
			n, err := ipfsnode.Open(c.Context, ipfsnode.Config{
				RepoDir:             c.String("repo"),
				APIAddr:             c.String("api"),
				GatewayAddr:         c.String("gateway"),
				AllowRemote:         c.Bool("allow-remote"),
				MaxAddSize:          c.Int64("max-add-size"),
				GatewayDeserialized: c.Bool("gateway-files"),
				Logger:              log,
			})
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			fmt.Fprintf(c.App.Writer, "API server listening on %s\n", n.APIURL())
			if gw := n.GatewayURL(); gw != "" {
				fmt.Fprintf(c.App.Writer, "Gateway server listening on %s\n", gw)
			}
			var runErr error
			select {
			case <-c.Context.Done():
				log.Info("shutting down", "reason", "signal")
			case runErr = <-n.Err():
			}
			if err := n.Close(); err != nil {
				return cli.Exit(fmt.Sprintf("closing the ipfs node: %v", err), 2)
			}
			if runErr != nil {
				return cli.Exit(fmt.Sprintf("ipfs server failed: %v", runErr), 2)
			}
			return nil
		},
	}
}
