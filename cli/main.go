// Command dots is DOTS's command line: devnet, deploy, oracle, indexer, ipfs, number, rate,
// dispute, rewards, batch, cdr and verify.
//
// Exit codes: 0 success, 1 a check failed (for example an invalid proof), 2 the command
// could not do its work (bad input, unreachable node, ...).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

func main() {
	os.Exit(run(os.Args))
}

func run(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	app := newApp()
	if err := app.RunContext(ctx, reorderArgs(app, args)); err != nil {
		var ec cli.ExitCoder
		if errors.As(err, &ec) {
			if msg := err.Error(); msg != "" {
				fmt.Fprintln(os.Stderr, "dots:", msg)
			}
			return ec.ExitCode()
		}
		fmt.Fprintln(os.Stderr, "dots:", err)
		return 2
	}
	return 0
}

func newApp() *cli.App {
	return &cli.App{
		Name:                 "dots",
		Usage:                "DOTS, a decentralized open telephone network",
		EnableBashCompletion: true,
		ExitErrHandler:       func(*cli.Context, error) {}, // run() prints and picks the exit code
		Commands: []*cli.Command{
			// Each command lives in its own file of this package.
			devnetCommand(),
			deployCommand(),
			batchCommand(),
			cdrCommand(),
			ipfsCommand(),
			indexerCommand(),
			oracleCommand(),
			verifyCommand(),
			sipCommand(),
			accountCommand(),
			numberCommand(),
			operatorCommand(),
			rateCommand(),
			rewardsCommand(),
			disputeCommand(),
			jurorCommand(),
			completionCommand(),
			helpCommand(),
		},
	}
}
