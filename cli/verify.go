package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/dotsnet/dots/chainerr"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/oracle/verify"
)

// isTerminal reports whether w is a terminal (a progress bar would only clutter a file or pipe).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// verifyCommand checks a CDR or a whole batch against CDRAnchor and IPFS.
// Exit 0 valid, 1 invalid, 2 could not check.
func verifyCommand() *cli.Command {
	return &cli.Command{
		Name:  "verify",
		Usage: "check a full CDR (--cdr FILE) or a batch (--batch ID) against its on-chain root and IPFS document",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "cdr", Usage: "full CDR JSON file (as the oracle's /v1/cdrs endpoint gives it)"},
			&cli.Uint64Flag{Name: "batch", Usage: "CDRAnchor batch id"},
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC URL", Value: "http://127.0.0.1:8545", EnvVars: []string{"DOTS_RPC"}},
			&cli.StringFlag{Name: "ipfs", Usage: "IPFS (Kubo RPC) API URL", Value: "http://127.0.0.1:5001", EnvVars: []string{"DOTS_IPFS"}},
			&cli.StringFlag{Name: "deployment", Usage: "deployment file", Value: "deployment.json", EnvVars: []string{"DOTS_DEPLOYMENT"}},
			&cli.StringFlag{Name: "cdr-anchor", Usage: "CDRAnchor address (instead of the deployment file)"},
			&cli.Uint64Flag{Name: "from-block", Usage: "first block to search for batch events (default: the deployment's start block)"},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
			&cli.StringFlag{Name: "progress", Usage: "show a progress bar on stderr while fetching the batch document: auto (when stderr is a terminal), always or never", Value: "auto"},
		},
		Action: func(c *cli.Context) error {
			if (c.String("cdr") == "") == (!c.IsSet("batch")) {
				return cli.Exit("give exactly one of --cdr FILE or --batch ID", 2)
			}
			var anchor common.Address
			var start uint64
			if a := c.String("cdr-anchor"); a != "" {
				if !common.IsHexAddress(a) {
					return cli.Exit(fmt.Sprintf("--cdr-anchor %q is not an address", a), 2)
				}
				anchor = common.HexToAddress(a)
			} else {
				d, err := deploy.Load(c.String("deployment"))
				if err != nil {
					return cli.Exit(fmt.Sprintf("deployment: %v", err), 2)
				}
				anchor, start = d.CDRAnchor, d.StartBlock
			}
			if c.IsSet("from-block") {
				start = c.Uint64("from-block")
			}
			ec, err := ethclient.DialContext(c.Context, c.String("rpc"))
			if err != nil {
				return cli.Exit(fmt.Sprintf("connecting to %s: %v", c.String("rpc"), err), 2)
			}
			defer ec.Close()
			v := verify.New(ec, ipfs.New(c.String("ipfs")), anchor)
			v.StartBlock = start
			switch p := c.String("progress"); {
			case p == "always" || (p == "auto" && isTerminal(c.App.ErrWriter)):
				v.Progress = func(what string) (io.Writer, func()) {
					bar := progressbar.NewOptions64(-1, progressbar.OptionSetDescription(what), progressbar.OptionSetWriter(c.App.ErrWriter),
						progressbar.OptionShowBytes(true), progressbar.OptionShowTotalBytes(true), progressbar.OptionSetWidth(10),
						progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionShowCount(), progressbar.OptionSpinnerType(14),
						progressbar.OptionSetRenderBlankState(true), progressbar.OptionOnCompletion(func() { fmt.Fprintln(c.App.ErrWriter) }))
					return bar, func() { bar.Finish() }
				}
			case p == "auto" || p == "never":
			default:
				return cli.Exit(fmt.Sprintf("--progress %q: want auto, always or never", p), 2)
			}
			var rep *verify.Report
			what := ""
			if f := c.String("cdr"); f != "" {
				data, rerr := os.ReadFile(f)
				if rerr != nil {
					return cli.Exit(fmt.Sprintf("reading %s: %v", f, rerr), 2)
				}
				rep, err = v.CDR(c.Context, data)
				what = "CDR " + f
			} else {
				rep, _, err = v.Batch(c.Context, c.Uint64("batch"))
				what = fmt.Sprintf("batch %d", c.Uint64("batch"))
			}
			if c.Bool("json") {
				out := map[string]any{"valid": err == nil, "report": rep}
				if err != nil {
					out["error"] = chainerr.Describe(err)
				}
				b, _ := json.MarshalIndent(out, "", "  ")
				fmt.Fprintln(c.App.Writer, string(b))
			}
			var inv *verify.Invalid
			switch {
			case errors.As(err, &inv):
				return cli.Exit(fmt.Sprintf("%s: INVALID: %s", what, inv.Reason), 1)
			case err != nil:
				return cli.Exit(fmt.Sprintf("%s: could not check: %s", what, chainerr.Describe(err)), 2)
			}
			if !c.Bool("json") {
				if c.String("cdr") != "" {
					fmt.Fprintf(c.App.Writer, "%s: VALID (seq %d, leaf %s, in batch %d, %s, root %s, cid %s)\n", what, rep.Seq, rep.Leaf, rep.BatchID, rep.State, rep.Root, rep.CID)
				} else {
					fmt.Fprintf(c.App.Writer, "%s: VALID (batch %d, %s, root %s, cid %s, seq %d-%d)\n", what, rep.BatchID, rep.State, rep.Root, rep.CID, rep.FirstSeq, rep.LastSeq)
				}
			}
			return nil
		},
	}
}
