package main

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/ipfs"
)

// ---------------------------------------------------------------- CDRAnchor reward calls

func (ch *chain) latestFinalBatch(ctx context.Context, op common.Address) (*big.Int, error) {
	return viewAs(ctx, ch, ch.anchor(), anABI.PackLatestFinalBatch(op), anABI.UnpackLatestFinalBatch)
}

func (ch *chain) claimedOf(ctx context.Context, op, acct common.Address) (*big.Int, error) {
	return viewAs(ctx, ch, ch.anchor(), anABI.PackClaimed(op, acct), anABI.UnpackClaimed)
}

// batchCID is the IPFS CID a batch was anchored with (its BatchAnchored event).
func (ch *chain) batchCID(ctx context.Context, id *big.Int) (string, error) {
	a := anABI.GetABI()
	ev := a.Events["BatchAnchored"]
	logs, err := ch.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(ch.fromBlock()), Addresses: []common.Address{ch.anchor()},
		Topics: [][]common.Hash{{ev.ID}, {common.BigToHash(id)}}})
	if err != nil || len(logs) == 0 {
		return "", fmt.Errorf("finding batch %s's BatchAnchored event: %v", id, err)
	}
	vals, err := ev.Inputs.NonIndexed().Unpack(logs[len(logs)-1].Data)
	if err != nil || len(vals) == 0 {
		return "", fmt.Errorf("reading batch %s's BatchAnchored event: %v", id, err)
	}
	b, _ := vals[0].([]byte)
	c, err := cid.Cast(b)
	if err != nil {
		// The oracle anchors the CID's text form (bytes of the string).
		if c2, err2 := cid.Decode(string(b)); err2 == nil {
			return c2.String(), nil
		}
		return "", fmt.Errorf("batch %s was anchored with a CID that does not parse: %w", id, err)
	}
	return c.String(), nil
}

// operators lists every registered operator (OperatorRegistered events).
func (ch *chain) operators(ctx context.Context) ([]common.Address, error) {
	ev := anABI.GetABI().Events["OperatorRegistered"]
	logs, err := ch.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(ch.fromBlock()), Addresses: []common.Address{ch.anchor()},
		Topics: [][]common.Hash{{ev.ID}}})
	if err != nil {
		return nil, fmt.Errorf("reading CDRAnchor's OperatorRegistered events: %w", err)
	}
	var ops []common.Address
	for _, l := range logs {
		ops = append(ops, common.BytesToAddress(l.Topics[1].Bytes()))
	}
	return ops, nil
}

// ---------------------------------------------------------------- rewards from IPFS

// rewardLine is an account's rewards from one operator.
type rewardLine struct {
	Operator   common.Address `json:"operator"`
	BatchID    string         `json:"batchId"` // the latest final batch the amounts come from
	Cumulative string         `json:"cumulative"`
	Claimed    string         `json:"claimed"`
	Claimable  string         `json:"claimable"`
	ClaimWei   string         `json:"claimableWei"`
	Error      string         `json:"error,omitempty"` // the indexer could not compute this operator's line
	proof      []common.Hash
	cumWei     *big.Int
	batch      *big.Int
}

const maxDocBytes = 512 << 20

// rewardFrom reads acct's rewards from op's latest final batch: its batch document and its
// rewards document on IPFS, checked against the roots on chain. Nil when none.
func (ch *chain) rewardFrom(ctx context.Context, ip *ipfs.Client, op, acct common.Address) (*rewardLine, error) {
	rdoc, id, err := ch.latestRewardsDocument(ctx, ip, op)
	if err != nil || rdoc == nil {
		return nil, err
	}
	for i, r := range rdoc.Tree.Values() {
		if r.Account != acct {
			continue
		}
		proof, err := rdoc.Tree.Proof(i)
		if err != nil {
			return nil, err
		}
		claimed, err := ch.claimedOf(ctx, op, acct)
		if err != nil {
			return nil, err
		}
		left := new(big.Int).Sub(r.CumulativeAmount, claimed)
		if left.Sign() < 0 {
			left.SetInt64(0)
		}
		return &rewardLine{Operator: op, BatchID: id.String(), Cumulative: formatDOTS(r.CumulativeAmount), Claimed: formatDOTS(claimed),
			Claimable: formatDOTS(left), ClaimWei: left.String(), proof: proof, cumWei: r.CumulativeAmount, batch: id}, nil
	}
	return nil, nil
}

// latestRewardsDocument is the rewards document of op's latest final batch and that batch's
// id (nil: none), checked against the roots on chain.
func (ch *chain) latestRewardsDocument(ctx context.Context, ip *ipfs.Client, op common.Address) (*cdr.RewardsDocument, *big.Int, error) {
	id, err := ch.latestFinalBatch(ctx, op)
	if err != nil || id.Sign() == 0 {
		return nil, nil, err
	}
	info, err := ch.batchInfo(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	c, err := ch.batchCID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	raw, err := ip.Cat(ctx, c, maxDocBytes)
	if err != nil {
		return nil, nil, fmt.Errorf("reading batch %s's document: %w", id, err)
	}
	doc, err := cdr.LoadBatchDocument(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("batch %s's document %s: %w", id, c, err)
	}
	if doc.RewardsCID == "" {
		return nil, nil, nil
	}
	rraw, err := ip.Cat(ctx, doc.RewardsCID, maxDocBytes)
	if err != nil {
		return nil, nil, fmt.Errorf("reading batch %s's rewards document: %w", id, err)
	}
	rdoc, err := cdr.LoadRewardsDocument(rraw)
	if err != nil {
		return nil, nil, fmt.Errorf("batch %s's rewards document %s: %w", id, doc.RewardsCID, err)
	}
	if rdoc.Root() != info.RewardsRoot {
		return nil, nil, fmt.Errorf("batch %s's rewards document %s has root %s, the chain says %s", id, doc.RewardsCID, rdoc.Root(), common.Hash(info.RewardsRoot))
	}
	return rdoc, id, nil
}

func rewardFlags(extra ...cli.Flag) []cli.Flag {
	return append([]cli.Flag{
		&cli.StringFlag{Name: "ipfs", Usage: "IPFS (Kubo RPC) URL the batch and rewards documents are read from", Value: "http://127.0.0.1:5001", EnvVars: []string{"DOTS_IPFS"}},
		indexerFlag(),
		&cli.BoolFlag{Name: "no-indexer", Usage: "read the batch and rewards documents on IPFS (--ipfs) instead of asking the indexer"},
	}, extra...)
}

func rewardsCommand() *cli.Command {
	c := rewardsBaseCommand()
	c.Subcommands = append(c.Subcommands, stealthCommands()...)
	return c
}

func rewardsBaseCommand() *cli.Command {
	return &cli.Command{
		Name:  "rewards",
		Usage: "an account's rewards per operator, and claiming them (from the indexer, or the documents on IPFS with --no-indexer)",
		Subcommands: []*cli.Command{
			{
				Name: "show", Usage: "claimable and claimed rewards of ACCOUNT, per operator", ArgsUsage: "ACCOUNT",
				Flags: append(chainFlags(), rewardFlags(jsonFlag(), &cli.StringFlag{Name: "operator", Usage: "only this operator"})...),
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 || !common.IsHexAddress(c.Args().First()) {
						return cli.Exit("showing rewards: give the account's address", 2)
					}
					acct := common.HexToAddress(c.Args().First())
					ch, err := openChain(c, false)
					if err != nil {
						return fail("showing rewards", err)
					}
					defer ch.close()
					var lines []rewardLine
					if c.Bool("no-indexer") {
						lines, err = rewardLines(c, ch, acct)
					} else {
						lines, err = indexerRewardLines(c, acct)
					}
					if err != nil {
						return fail("reading the rewards of "+acct.Hex(), err)
					}
					return printOut(c, lines, func() {
						t := newTable(c.App.Writer, "OPERATOR", "BATCH", "CUMULATIVE", "CLAIMED", "CLAIMABLE")
						for _, l := range lines {
							if l.Error != "" {
								t.row(l.Operator.Hex(), l.BatchID, "-", "-", "the indexer could not read it: "+l.Error)
								continue
							}
							t.row(l.Operator.Hex(), l.BatchID, l.Cumulative, l.Claimed, l.Claimable)
						}
						t.flush()
						if ch.hasNoMetaAddress(c.Context, acct) {
							fmt.Fprintln(c.App.ErrWriter, "note: "+publicNote)
						}
					})
				},
			},
			{
				Name:  "claim",
				Usage: "claim the account's rewards (from every operator, or --operator); as a relayer with --for ACCOUNT",
				Flags: sendFlags(rewardFlags(
					&cli.StringFlag{Name: "operator", Usage: "only this operator"},
					&cli.StringFlag{Name: "for", Usage: "claim for this account, as a relayer (default: the sending account; the account is paid either way)"})...),
				Action: func(c *cli.Context) error {
					ch, err := openChain(c, true)
					if err != nil {
						return fail("claiming rewards", err)
					}
					defer ch.close()
					acct := ch.from.Address()
					if s := c.String("for"); s != "" {
						if acct, err = addrFlagValue(c, "for"); err != nil {
							return cli.Exit("claiming rewards: "+err.Error(), 2)
						}
					}
					var lines []rewardLine
					if c.Bool("no-indexer") {
						lines, err = rewardLines(c, ch, acct)
					} else if lines, err = indexerRewardLines(c, acct); err == nil {
						err = ch.recheckClaimed(c.Context, acct, lines)
					}
					if err != nil {
						return fail("reading the rewards of "+acct.Hex(), err)
					}
					n := 0
					for _, l := range lines {
						if l.Error != "" {
							fmt.Fprintf(c.App.ErrWriter, "operator %s: skipped, the indexer could not read its rewards: %s (try --no-indexer)\n", l.Operator.Hex(), l.Error)
							continue
						}
						if l.ClaimWei == "0" {
							continue
						}
						what := fmt.Sprintf("claim %s of rewards from operator %s for %s", l.Claimable, l.Operator.Hex(), acct.Hex())
						if err := ch.anSend(c.Context, what, anABI.PackClaim(l.Operator, l.batch, acct, l.cumWei, hashesToBytes32(l.proof))); err != nil {
							return cli.Exit(err.Error(), 2)
						}
						n++
					}
					if n == 0 {
						return cli.Exit(fmt.Sprintf("claiming rewards: %s has nothing to claim", acct.Hex()), 1)
					}
					return nil
				},
			},
		},
	}
}

func rewardLines(c *cli.Context, ch *chain, acct common.Address) ([]rewardLine, error) {
	ip := ipfs.New(c.String("ipfs"))
	var ops []common.Address
	if s := c.String("operator"); s != "" {
		op, err := addrFlagValue(c, "operator")
		if err != nil {
			return nil, err
		}
		ops = []common.Address{op}
	} else {
		var err error
		if ops, err = ch.operators(c.Context); err != nil {
			return nil, err
		}
	}
	lines := []rewardLine{}
	for _, op := range ops {
		l, err := ch.rewardFrom(c.Context, ip, op, acct)
		if err != nil {
			return nil, fmt.Errorf("operator %s: %w", op.Hex(), err)
		}
		if l != nil {
			lines = append(lines, *l)
		}
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].Operator.Hex() < lines[j].Operator.Hex() })
	return lines, nil
}

func hashesToBytes32(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}
