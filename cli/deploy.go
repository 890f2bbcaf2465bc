package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/deploy"
)

func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy every DOTS contract with its wiring and roles, and write the deployment file",
		Flags: append(keyFlags(),
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC URL", Value: "http://127.0.0.1:8545", EnvVars: []string{"DOTS_RPC"}},
			&cli.StringFlag{Name: "out", Usage: "deployment file to write", Value: "deployment.json"},
			&cli.StringSliceFlag{Name: "genesis", Usage: "genesis DOTS allocation ADDRESS=AMOUNT (whole tokens), repeatable"},
			&cli.Uint64Flag{Name: "randomness-delay", Usage: "blocks between a juror draw request and its prevrandao", Value: 2},
			&cli.DurationFlag{Name: "timelock-delay", Usage: "move every admin and governor role to a timelock with this delay (at least 192h)", Value: deploy.DefaultTimelockDelay},
			&cli.BoolFlag{Name: "keep-admin", Usage: "keep the admin and governor roles with the deploying key (devnets only)"},
			&cli.StringFlag{Name: "admin", Usage: "the timelock's proposer and executor (default: the deploying key)"},
			&cli.BoolFlag{Name: "json", Usage: "print the deployment as JSON"},
		),
		Action: func(c *cli.Context) error {
			key, err := loadKey(c)
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			genesis, err := parseGenesis(c.StringSlice("genesis"))
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			client, err := ethclient.DialContext(c.Context, c.String("rpc"))
			if err != nil {
				return cli.Exit(fmt.Sprintf("connecting to %s: %v", c.String("rpc"), err), 2)
			}
			defer client.Close()
			cfg := deploy.Config{Genesis: genesis, RandomnessDelayBlocks: c.Uint64("randomness-delay")}
			if !c.Bool("keep-admin") {
				cfg.TimelockDelay = c.Duration("timelock-delay")
				if cfg.TimelockDelay < deploy.MinTimelockDelay {
					return cli.Exit(fmt.Sprintf("--timelock-delay %s: at least %s (the unbonding delay plus a day), or --keep-admin on a devnet", cfg.TimelockDelay, deploy.MinTimelockDelay), 2)
				}
			}
			if a := c.String("admin"); a != "" {
				if !common.IsHexAddress(a) {
					return cli.Exit(fmt.Sprintf("--admin %q is not an address", a), 2)
				}
				if c.Bool("keep-admin") {
					return cli.Exit("--admin goes with the timelock; with --keep-admin the deploying key is the admin", 2)
				}
				cfg.Admin = common.HexToAddress(a)
			}
			d, err := deploy.Deploy(c.Context, client, key, cfg)
			if err != nil {
				return cli.Exit(fmt.Sprintf("deploying to %s: %v", c.String("rpc"), err), 2)
			}
			if err := d.Save(c.String("out")); err != nil {
				return cli.Exit(err.Error(), 2)
			}
			if c.Bool("json") {
				b, _ := json.MarshalIndent(d, "", "  ")
				fmt.Fprintln(c.App.Writer, string(b))
				return nil
			}
			printDeployment(c, d)
			fmt.Fprintf(c.App.Writer, "wrote %s\n", c.String("out"))
			return nil
		},
	}
}

func printDeployment(c *cli.Context, d *deploy.Deployment) {
	w := c.App.Writer
	fmt.Fprintf(w, "chain id        %d (from block %d)\n", d.ChainID, d.StartBlock)
	fmt.Fprintf(w, "RewardToken     %s\n", d.RewardToken)
	fmt.Fprintf(w, "NumberRegistry  %s\n", d.NumberRegistry)
	fmt.Fprintf(w, "CDRAnchor       %s\n", d.CDRAnchor)
	fmt.Fprintf(w, "RateExchange    %s\n", d.RateExchange)
	fmt.Fprintf(w, "Randomness      %s\n", d.Randomness)
	fmt.Fprintf(w, "DisputeVoting   %s\n", d.DisputeVoting)
	fmt.Fprintf(w, "StealthRegistry %s\n", d.StealthRegistry)
	fmt.Fprintf(w, "StealthSweeper  %s\n", d.StealthSweeper)
	if d.Timelock != (common.Address{}) {
		fmt.Fprintf(w, "Timelock        %s (holds every admin role)\n", d.Timelock)
	} else {
		fmt.Fprintf(w, "admin           %s (kept by the deploying key)\n", d.Deployer)
	}
}

// parseGenesis reads ADDRESS=AMOUNT pairs, AMOUNT in whole tokens (18 decimals).
func parseGenesis(pairs []string) ([]deploy.Allocation, error) {
	out := make([]deploy.Allocation, 0, len(pairs))
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for _, p := range pairs {
		addr, amt, ok := strings.Cut(p, "=")
		if !ok || !common.IsHexAddress(addr) {
			return nil, fmt.Errorf("--genesis %q: want ADDRESS=AMOUNT", p)
		}
		n, ok := new(big.Int).SetString(amt, 10)
		if !ok || n.Sign() <= 0 {
			return nil, fmt.Errorf("--genesis %q: AMOUNT must be a positive whole number of tokens", p)
		}
		out = append(out, deploy.Allocation{Holder: common.HexToAddress(addr), Amount: n.Mul(n, unit)})
	}
	return out, nil
}
