package main

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/bindings/cdranchor"
)

// ---------------------------------------------------------------- CDRAnchor calls
// Every CDRAnchor call of the operator and rewards commands is here.

var anABI = cdranchor.NewCDRAnchor()

func (ch *chain) anchor() common.Address { return ch.dep.CDRAnchor }

func (ch *chain) anSend(ctx context.Context, what string, data []byte) error {
	_, err := ch.send(ctx, txCall{What: what, Contract: "CDRAnchor", To: ch.anchor(), Data: data})
	return err
}

func (ch *chain) operatorInfo(ctx context.Context, op common.Address) (cdranchor.CDRAnchorOperatorInfo, error) {
	return viewAs(ctx, ch, ch.anchor(), anABI.PackOperatorInfo(op), anABI.UnpackOperatorInfo)
}

func (ch *chain) batchInfo(ctx context.Context, id *big.Int) (cdranchor.CDRAnchorBatchInfo, error) {
	return viewAs(ctx, ch, ch.anchor(), anABI.PackBatch(id), anABI.UnpackBatch)
}

// operatorBatchIDs lists the ids of the batches op anchored, from BatchAnchored events.
func (ch *chain) operatorBatchIDs(ctx context.Context, op common.Address) ([]*big.Int, error) {
	ev := anABI.GetABI().Events["BatchAnchored"]
	logs, err := ch.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(ch.fromBlock()), Addresses: []common.Address{ch.anchor()},
		Topics: [][]common.Hash{{ev.ID}, nil, {common.BytesToHash(op.Bytes())}}})
	if err != nil {
		return nil, fmt.Errorf("reading CDRAnchor's BatchAnchored events: %w", err)
	}
	ids := make([]*big.Int, 0, len(logs))
	for _, l := range logs {
		ids = append(ids, new(big.Int).SetBytes(l.Topics[1].Bytes()))
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Cmp(ids[j]) < 0 })
	return ids, nil
}

// ---------------------------------------------------------------- commands

var operatorStatus = []string{"none", "registered", "suspended"}
var batchStates = []string{"none", "pending", "final", "invalidated"}

func amountFlag(usage string) cli.Flag {
	return &cli.StringFlag{Name: "amount", Usage: usage + " in DOTS (e.g. 1000 or 12.5)", Required: true}
}

// anchorTx is an operator command sending one CDRAnchor transaction.
func anchorTx(name, usage string, pack func(c *cli.Context) (string, []byte, bool, error), extra ...cli.Flag) *cli.Command {
	return &cli.Command{
		Name: name, Usage: usage, Flags: sendFlags(extra...),
		Action: func(c *cli.Context) error {
			what, data, approve, err := pack(c)
			if err != nil {
				return cli.Exit(name+": "+err.Error(), 2)
			}
			ch, err := openChain(c, true)
			if err != nil {
				return fail(what, err)
			}
			defer ch.close()
			if approve {
				amt, _ := parseDOTS(c.String("amount"))
				if err := ch.ensureAllowance(c.Context, ch.anchor(), amt); err != nil {
					return fail(what, err)
				}
			}
			if err := ch.anSend(c.Context, what, data); err != nil {
				return cli.Exit(err.Error(), 2)
			}
			return nil
		},
	}
}

func addrFlagValue(c *cli.Context, name string) (common.Address, error) {
	s := c.String(name)
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("--%s %q is not an address", name, s)
	}
	return common.HexToAddress(s), nil
}

func operatorCommand() *cli.Command {
	return &cli.Command{
		Name:  "operator",
		Usage: "register an operator, manage its bond and payout, show it and its batches (CDRAnchor)",
		Subcommands: []*cli.Command{
			anchorTx("register", "register the sending account as an operator with a bond", func(c *cli.Context) (string, []byte, bool, error) {
				amt, err := parseDOTS(c.String("amount"))
				if err != nil {
					return "", nil, false, err
				}
				payout, err := addrFlagValue(c, "payout")
				if err != nil {
					return "", nil, false, err
				}
				return "register as an operator with a bond of " + formatDOTS(amt), anABI.PackRegisterOperator(amt, payout, c.String("metadata")), true, nil
			}, amountFlag("bond"), &cli.StringFlag{Name: "payout", Usage: "address that receives withdrawn bond", Required: true},
				&cli.StringFlag{Name: "metadata", Usage: "operator metadata (e.g. a URL or JSON)"}),
			anchorTx("bond", "add to the operator's bond", func(c *cli.Context) (string, []byte, bool, error) {
				amt, err := parseDOTS(c.String("amount"))
				if err != nil {
					return "", nil, false, err
				}
				return "add " + formatDOTS(amt) + " to the bond", anABI.PackAddBond(amt), true, nil
			}, amountFlag("amount to add")),
			anchorTx("unbond", "start unbonding part of the bond (withdrawable after the unbonding delay)", func(c *cli.Context) (string, []byte, bool, error) {
				amt, err := parseDOTS(c.String("amount"))
				if err != nil {
					return "", nil, false, err
				}
				return "unbond " + formatDOTS(amt), anABI.PackRequestUnbond(amt), false, nil
			}, amountFlag("amount to unbond")),
			anchorTx("withdraw", "withdraw the unbonded amount to the payout address", func(c *cli.Context) (string, []byte, bool, error) {
				return "withdraw the unbonded bond", anABI.PackWithdrawUnbonded(), false, nil
			}),
			anchorTx("payout", "change the payout address", func(c *cli.Context) (string, []byte, bool, error) {
				to, err := addrFlagValue(c, "to")
				if err != nil {
					return "", nil, false, err
				}
				return "set the payout address to " + to.Hex(), anABI.PackSetPayout(to), false, nil
			}, &cli.StringFlag{Name: "to", Usage: "new payout address", Required: true}),
			{
				Name: "show", Usage: "show an operator's status, bond and batches", ArgsUsage: "OPERATOR",
				Flags: append(chainFlags(), jsonFlag()), Action: operatorShow,
			},
			{
				Name: "batches", Usage: "list an operator's batches", ArgsUsage: "OPERATOR",
				Flags: append(chainFlags(), jsonFlag()), Action: operatorBatches,
			},
		},
	}
}

func operatorArg(c *cli.Context, what string) (common.Address, error) {
	if c.NArg() != 1 || !common.IsHexAddress(c.Args().First()) {
		return common.Address{}, fmt.Errorf("%s: give the operator's address", what)
	}
	return common.HexToAddress(c.Args().First()), nil
}

type operatorView struct {
	Operator     common.Address `json:"operator"`
	Status       string         `json:"status"`
	Active       bool           `json:"active"`
	Payout       common.Address `json:"payout"`
	Bond         string         `json:"bond"`
	Unbonding    string         `json:"unbonding"`
	UnbondAt     uint64         `json:"unbondAt"`
	LastSeq      uint64         `json:"lastSeq"`
	LastBatchID  string         `json:"lastBatchId"`
	RewardsTotal string         `json:"rewardsTotal"`
	Paid         string         `json:"paid"`
}

func operatorShow(c *cli.Context) error {
	op, err := operatorArg(c, "showing an operator")
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	ch, err := openChain(c, false)
	if err != nil {
		return fail("showing operator "+op.Hex(), err)
	}
	defer ch.close()
	i, err := ch.operatorInfo(c.Context, op)
	if err != nil {
		return fail("reading operator "+op.Hex(), err)
	}
	st := "unknown"
	if int(i.Status) < len(operatorStatus) {
		st = operatorStatus[i.Status]
	}
	v := operatorView{Operator: op, Status: st, Active: i.Active, Payout: i.Payout, Bond: formatDOTS(i.Bond), Unbonding: formatDOTS(i.Unbonding),
		UnbondAt: i.UnbondAt, LastSeq: i.LastSeq, LastBatchID: i.LastBatchId.String(), RewardsTotal: formatDOTS(i.RewardsTotal), Paid: formatDOTS(i.Paid)}
	return printOut(c, v, func() {
		w := c.App.Writer
		fmt.Fprintf(w, "operator   %s\nstatus     %s (active: %v)\npayout     %s\nbond       %s\n", v.Operator.Hex(), v.Status, v.Active, v.Payout.Hex(), v.Bond)
		if i.Unbonding.Sign() != 0 {
			fmt.Fprintf(w, "unbonding  %s (withdrawable %s)\n", v.Unbonding, formatTime(v.UnbondAt))
		}
		fmt.Fprintf(w, "last batch %s (last seq %d)\nrewards    %s anchored, %s paid\n", v.LastBatchID, v.LastSeq, v.RewardsTotal, v.Paid)
	})
}

type batchView struct {
	ID       string `json:"id"`
	State    string `json:"state"`
	CDRs     uint64 `json:"cdrs"`
	FirstSeq uint64 `json:"firstSeq"`
	LastSeq  uint64 `json:"lastSeq"`
	FinalAt  uint64 `json:"finalAt"`
	Rewards  string `json:"rewards"`
	CDRRoot  string `json:"cdrRoot"`
}

func operatorBatches(c *cli.Context) error {
	op, err := operatorArg(c, "listing an operator's batches")
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	ch, err := openChain(c, false)
	if err != nil {
		return fail("listing the batches of "+op.Hex(), err)
	}
	defer ch.close()
	ids, err := ch.operatorBatchIDs(c.Context, op)
	if err != nil {
		return fail("listing the batches of "+op.Hex(), err)
	}
	rows := []batchView{}
	for _, id := range ids {
		b, err := ch.batchInfo(c.Context, id)
		if err != nil {
			return fail("reading batch "+id.String(), err)
		}
		st := "unknown"
		if int(b.State) < len(batchStates) {
			st = batchStates[b.State]
		}
		rows = append(rows, batchView{ID: id.String(), State: st, CDRs: b.CdrCount, FirstSeq: b.FirstSeq, LastSeq: b.LastSeq, FinalAt: b.FinalAt,
			Rewards: formatDOTS(b.RewardsTotal), CDRRoot: common.Hash(b.CdrRoot).Hex()})
	}
	return printOut(c, rows, func() {
		t := newTable(c.App.Writer, "BATCH", "STATE", "CDRS", "SEQ", "FINAL AT", "REWARDS")
		for _, r := range rows {
			t.row(r.ID, r.State, fmt.Sprint(r.CDRs), fmt.Sprintf("%d-%d", r.FirstSeq, r.LastSeq), formatTime(r.FinalAt), r.Rewards)
		}
		t.flush()
	})
}
