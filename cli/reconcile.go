package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/oracle/rating"
	"github.com/dotsnet/dots/reconcile"
)

// reconcileCommand: `dots reconcile --operator A --with B --from T1 --to T2`.
// Exit 0 when every call matches, 1 when some do not, 2 when it could not reconcile.
func reconcileCommand() *cli.Command {
	return &cli.Command{
		Name:  "reconcile",
		Usage: "match two operators' anchored CDRs by call id: matched, only on one side, mismatched",
		Description: "Reads both operators' batch documents (BatchAnchored events, IPFS) and matches the CDRs of the\n" +
			"calls between them set up in [--from, --to) by call id. Only commitments and call ids are used;\n" +
			"--salts FILE (full CDRs: an array or NDJSON of records or of the oracle's full CDR files) shows\n" +
			"your own calls in full and prices them under each side's RateExchange deck at the call's time.\n" +
			"--pin puts the report on IPFS: its CID is evidence for `dots dispute open --evidence`.\n" +
			"Exit 0: every call matches; 1: some are missing on one side or mismatched; 2: error.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "operator", Usage: "operator A (address)", Required: true},
			&cli.StringFlag{Name: "with", Usage: "operator B (address)", Required: true},
			&cli.StringFlag{Name: "from", Usage: "first setup time (date, RFC 3339 or unix seconds)", Required: true},
			&cli.StringFlag{Name: "to", Usage: "end of the range, exclusive (default: now)"},
			&cli.UintFlag{Name: "tolerance", Usage: "billable seconds the two CDRs of a call may differ by", Value: 1},
			&cli.StringFlag{Name: "salts", Usage: "file of full CDRs you hold (shows and prices your own calls)"},
			&cli.BoolFlag{Name: "pin", Usage: "add the report to IPFS and print its CID"},
			&cli.StringFlag{Name: "out", Usage: "also write the report JSON to FILE"},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
			&cli.StringFlag{Name: "rpc", Usage: "JSON-RPC URL", Value: "http://127.0.0.1:8545", EnvVars: []string{"DOTS_RPC"}},
			&cli.StringFlag{Name: "ipfs", Usage: "IPFS (Kubo RPC) API URL", Value: "http://127.0.0.1:5001", EnvVars: []string{"DOTS_IPFS"}},
			&cli.StringFlag{Name: "deployment", Usage: "deployment file", Value: "deployment.json", EnvVars: []string{"DOTS_DEPLOYMENT"}},
			&cli.Uint64Flag{Name: "from-block", Usage: "first block to search for batch events (default: the deployment's start block)"},
		},
		Action: runReconcile,
	}
}

func parseOperatorFlag(c *cli.Context, name string) (common.Address, error) {
	s := c.String(name)
	if !common.IsHexAddress(s) {
		return common.Address{}, cli.Exit(fmt.Sprintf("--%s %.60q is not an address", name, s), 2)
	}
	return common.HexToAddress(s), nil
}

func runReconcile(c *cli.Context) error {
	a, err := parseOperatorFlag(c, "operator")
	if err != nil {
		return err
	}
	b, err := parseOperatorFlag(c, "with")
	if err != nil {
		return err
	}
	if a == b {
		return cli.Exit("--operator and --with are the same operator", 2)
	}
	from, err := parseWhen(c.String("from"))
	if err != nil {
		return cli.Exit("--from "+err.Error(), 2)
	}
	to := time.Now()
	if c.IsSet("to") {
		if to, err = parseWhen(c.String("to")); err != nil {
			return cli.Exit("--to "+err.Error(), 2)
		}
	}
	if !to.After(from) {
		return cli.Exit("--to must be after --from", 2)
	}
	tol := c.Uint("tolerance")
	if tol > 1<<31 {
		return cli.Exit("--tolerance is too large", 2)
	}
	opts := reconcile.Options{Tolerance: uint32(tol)}
	if f := c.String("salts"); f != "" {
		data, err := os.ReadFile(f)
		if err != nil {
			return cli.Exit(fmt.Sprintf("reading --salts: %v", err), 2)
		}
		if opts.Full, err = reconcile.ParseFull(data); err != nil {
			return cli.Exit(fmt.Sprintf("--salts %s: %v", f, err), 2)
		}
	}
	d, err := deploy.Load(c.String("deployment"))
	if err != nil {
		return cli.Exit(fmt.Sprintf("deployment: %v", err), 2)
	}
	start := d.StartBlock
	if c.IsSet("from-block") {
		start = c.Uint64("from-block")
	}
	ec, err := ethclient.DialContext(c.Context, c.String("rpc"))
	if err != nil {
		return cli.Exit(fmt.Sprintf("connecting to %s: %v", c.String("rpc"), err), 2)
	}
	defer ec.Close()
	ip := ipfs.New(c.String("ipfs"))
	if len(opts.Full) > 0 {
		opts.Prices = map[common.Address]reconcile.Pricer{
			a: rating.New(ec, d.RateExchange, a, d.StartBlock), b: rating.New(ec, d.RateExchange, b, d.StartBlock)}
	}
	src := &reconcile.ChainSource{EC: ec, IPFS: ip, Anchor: d.CDRAnchor, StartBlock: start}
	rep, err := reconcile.Run(c.Context, src, a, b, uint64(from.Unix()), uint64(to.Unix()), opts)
	if err != nil {
		return cli.Exit(fmt.Sprintf("reconcile: %v", err), 2)
	}
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return cli.Exit(fmt.Sprintf("encoding the report: %v", err), 2)
	}
	if f := c.String("out"); f != "" {
		if err := os.WriteFile(f, append(data, '\n'), 0o644); err != nil {
			return cli.Exit(fmt.Sprintf("writing --out: %v", err), 2)
		}
	}
	cid := ""
	if c.Bool("pin") {
		if cid, err = ip.Add(c.Context, data); err != nil {
			return cli.Exit(fmt.Sprintf("pinning the report: %v", err), 2)
		}
	}
	if c.Bool("json") {
		fmt.Fprintln(c.App.Writer, string(data))
	} else {
		printReconcile(c.App.Writer, rep)
	}
	if cid != "" {
		fmt.Fprintf(c.App.ErrWriter, "report pinned: %s (evidence for `dots dispute open --evidence`)\n", cid)
	}
	if rep.Totals.OnlyA+rep.Totals.OnlyB+rep.Totals.Mismatched+rep.Totals.Duplicates > 0 {
		return cli.Exit("", 1)
	}
	return nil
}

// printReconcile writes the report for people: totals, then every call that does not match.
func printReconcile(w io.Writer, rep *reconcile.Report) {
	fmt.Fprint(w, reconcile.Summary(rep))
	line := func(kind string, call reconcile.Call) {
		side := func(x *reconcile.CDR) string {
			if x == nil {
				return "-"
			}
			s := fmt.Sprintf("seq %d %s %ds %d (batch %d)", x.Seq, x.Side, x.BillableSeconds, x.SIPStatus, x.BatchID)
			if x.Record != nil {
				s += " " + x.Record.Caller + " -> " + x.Record.Callee
			}
			return s
		}
		fmt.Fprintf(w, "%-10s %s  A: %s  B: %s", kind, call.CallID.Hex(), side(call.A), side(call.B))
		if len(call.Reasons) > 0 {
			fmt.Fprintf(w, "  (%v)", call.Reasons)
		}
		fmt.Fprintln(w)
	}
	for _, x := range rep.OnlyA {
		line("only A", x)
	}
	for _, x := range rep.OnlyB {
		line("only B", x)
	}
	for _, x := range rep.Mismatched {
		line("mismatch", x)
	}
	for _, x := range rep.Duplicates {
		line("duplicate", x)
	}
}
