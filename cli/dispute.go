package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/bindings/disputevoting"
	"github.com/dotsnet/dots/bindings/randomness"
	"github.com/dotsnet/dots/chainerr"
	"github.com/dotsnet/dots/oracle/ipfs"
)

// ---------------------------------------------------------------- DisputeVoting calls
// Every DisputeVoting and randomness call of the dispute and juror commands is here.

var dvABI = disputevoting.NewDisputeVoting()
var rndABI = randomness.NewPrevrandaoRandomness()

const (
	kindBatch    = 0
	kindOperator = 1
	kindNumber   = 2
	choiceReject = 1
	choiceUphold = 2
	statusActive = 1
	statusDone   = 2
)

var kindNames = []string{"batch", "operator", "number"}
var choiceNames = []string{"", "reject", "uphold"}
var statusNames = []string{"none", "active", "resolved"}

func nameOf(names []string, i uint8) string {
	if int(i) < len(names) {
		return names[i]
	}
	return fmt.Sprintf("unknown(%d)", i)
}

func (ch *chain) dv() common.Address { return ch.dep.DisputeVoting }

func (ch *chain) dvSend(ctx context.Context, what string, data []byte) (*types.Receipt, error) {
	return ch.send(ctx, txCall{What: what, Contract: "DisputeVoting", To: ch.dv(), Data: data})
}

func (ch *chain) dvParams(ctx context.Context) (disputevoting.DisputeVotingParams, error) {
	return viewAs(ctx, ch, ch.dv(), dvABI.PackParams(), dvABI.UnpackParams)
}

func (ch *chain) getDispute(ctx context.Context, id *big.Int) (disputevoting.GetDisputeOutput, error) {
	d, err := viewAs(ctx, ch, ch.dv(), dvABI.PackGetDispute(id), dvABI.UnpackGetDispute)
	if err == nil && d.Status == 0 {
		err = fmt.Errorf("there is no dispute %s (dots dispute list shows them)", id)
	}
	return d, err
}

func (ch *chain) getRound(ctx context.Context, id *big.Int, r uint64) (disputevoting.GetRoundOutput, error) {
	return viewAs(ctx, ch, ch.dv(), dvABI.PackGetRound(id, new(big.Int).SetUint64(r)), dvABI.UnpackGetRound)
}

func (ch *chain) getVote(ctx context.Context, id *big.Int, r uint64, juror common.Address) (disputevoting.GetVoteOutput, error) {
	return viewAs(ctx, ch, ch.dv(), dvABI.PackGetVote(id, new(big.Int).SetUint64(r), juror), dvABI.UnpackGetVote)
}

func (ch *chain) owedOf(ctx context.Context, a common.Address) (*big.Int, error) {
	return viewAs(ctx, ch, ch.dv(), dvABI.PackOwed(a), dvABI.UnpackOwed)
}

func (ch *chain) tokenBalance(ctx context.Context, a common.Address) (*big.Int, error) {
	return viewAs(ctx, ch, ch.dep.RewardToken, tokABI.PackBalanceOf(a), tokABI.UnpackBalanceOf)
}

// dvLogs reads DisputeVoting's events named event from block from to block to (nil: the
// newest), with the given topics after the event's.
func (ch *chain) dvLogs(ctx context.Context, event string, from uint64, to *big.Int, topics ...[]common.Hash) ([]types.Log, error) {
	ev, ok := dvABI.GetABI().Events[event]
	if !ok {
		return nil, fmt.Errorf("DisputeVoting has no event %s", event)
	}
	logs, err := ch.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: to,
		Addresses: []common.Address{ch.dv()}, Topics: append([][]common.Hash{{ev.ID}}, topics...)})
	if err != nil {
		return nil, fmt.Errorf("reading DisputeVoting's %s events: %w", event, err)
	}
	return logs, nil
}

// opened is a dispute's DisputeOpened event.
func (ch *chain) opened(ctx context.Context, id *big.Int) (*disputevoting.DisputeVotingDisputeOpened, error) {
	logs, err := ch.dvLogs(ctx, "DisputeOpened", ch.fromBlock(), nil, []common.Hash{common.BigToHash(id)})
	if err != nil {
		return nil, err
	}
	if len(logs) == 0 {
		return nil, fmt.Errorf("no DisputeOpened event for dispute %s since block %d (try --from-block)", id, ch.fromBlock())
	}
	return dvABI.UnpackDisputeOpenedEvent(&logs[0])
}

// roundRandomness is the randomness source and request id of round r of a dispute: from
// DisputeOpened (round 0) or Appealed, replaced by the latest RandomnessRerequested.
func (ch *chain) roundRandomness(ctx context.Context, id *big.Int, r uint64) (common.Address, *big.Int, error) {
	var src common.Address
	var req *big.Int
	topic := []common.Hash{common.BigToHash(id)}
	if r == 0 {
		o, err := ch.opened(ctx, id)
		if err != nil {
			return src, nil, err
		}
		src, req = o.Randomness, o.RequestId
	} else {
		logs, err := ch.dvLogs(ctx, "Appealed", ch.fromBlock(), nil, topic)
		if err != nil {
			return src, nil, err
		}
		for i := range logs {
			a, err := dvABI.UnpackAppealedEvent(&logs[i])
			if err == nil && a.Round.Uint64() == r {
				src, req = a.Randomness, a.RequestId
			}
		}
	}
	logs, err := ch.dvLogs(ctx, "RandomnessRerequested", ch.fromBlock(), nil, topic)
	if err != nil {
		return src, nil, err
	}
	for i := range logs {
		e, err := dvABI.UnpackRandomnessRerequestedEvent(&logs[i])
		if err == nil && e.Round.Uint64() == r {
			src, req = e.Randomness, e.RequestId
		}
	}
	if req == nil {
		return src, nil, fmt.Errorf("found no randomness request for dispute %s round %d", id, r)
	}
	return src, req, nil
}

// head is the newest block's number and time (the chain's clock, which anvil can move).
func (ch *chain) head(ctx context.Context) (uint64, uint64, error) {
	h, err := ch.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("reading the newest block: %w", err)
	}
	return h.Number.Uint64(), h.Time, nil
}

// waitForBlock returns once block n exists, polling every second until ctx ends.
func (ch *chain) waitForBlock(ctx context.Context, n uint64) error {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	said := false
	for {
		cur, err := ch.client.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("reading the block number: %w", err)
		}
		if cur >= n {
			return nil
		}
		if !said {
			fmt.Fprintf(ch.c.App.ErrWriter, "waiting for block %d (now %d)\n", n, cur)
			said = true
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for block %d: %w", n, ctx.Err())
		case <-t.C:
		}
	}
}

func findEvent[T any](r *types.Receipt, addr common.Address, unpack func(*types.Log) (*T, error)) *T {
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if v, err := unpack(l); err == nil {
			return v
		}
	}
	return nil
}

// ---------------------------------------------------------------- commands

func ipfsFlag() cli.Flag {
	return &cli.StringFlag{Name: "ipfs", Usage: "IPFS (Kubo RPC) URL the evidence is pinned to", Value: "http://127.0.0.1:5001", EnvVars: []string{"DOTS_IPFS"}}
}

func disputeCommand() *cli.Command {
	idTx := func(name, usage string, run func(c *cli.Context, ch *chain, id *big.Int) error, extra ...cli.Flag) *cli.Command {
		return &cli.Command{Name: name, Usage: usage, ArgsUsage: "ID", Flags: sendFlags(extra...),
			Action: func(c *cli.Context) error {
				what := name + " a dispute"
				id, err := disputeArg(c, what)
				if err != nil {
					return cli.Exit(err.Error(), 2)
				}
				ch, err := openChain(c, true)
				if err != nil {
					return fail(what, err)
				}
				defer ch.close()
				if err := run(c, ch, id); err != nil {
					return cli.Exit(err.Error(), 2)
				}
				return nil
			}}
	}
	return &cli.Command{
		Name:  "dispute",
		Usage: "open, follow and settle disputes of a batch, an operator or a number (DisputeVoting); see dots help disputes",
		Subcommands: []*cli.Command{
			{
				Name:  "open",
				Usage: "dispute a pending batch, an operator or a number: pins the evidence to IPFS and pledges DOTS on UPHOLD",
				Flags: sendFlags(ipfsFlag(), jsonFlag(),
					&cli.StringFlag{Name: "batch", Usage: "the pending batch's id"},
					&cli.StringFlag{Name: "operator", Usage: "the operator's address"},
					&cli.StringFlag{Name: "number", Usage: "the number (E.164)"},
					&cli.StringFlag{Name: "evidence", Usage: "file with the evidence (for example a dots reconcile report)", Required: true},
					&cli.StringFlag{Name: "pledge", Usage: "DOTS pledged on UPHOLD (default: the minimum pledge); the juror fee comes on top"}),
				Action: disputeOpen,
			},
			{
				Name: "show", Usage: "a dispute: subject, evidence, rounds, jurors, votes, and what happens next", ArgsUsage: "ID",
				Flags: append(chainFlags(), jsonFlag()), Action: disputeShow,
			},
			{
				Name:  "list",
				Usage: "disputes from the chain's events, filtered",
				Flags: append(chainFlags(), jsonFlag(),
					&cli.StringFlag{Name: "kind", Usage: "batch, operator or number"},
					&cli.StringFlag{Name: "status", Usage: "active or resolved"},
					&cli.StringFlag{Name: "disputer", Usage: "opened by this address"},
					&cli.StringFlag{Name: "juror", Usage: "this address was drawn as a juror"},
					&cli.StringFlag{Name: "batch", Usage: "about this batch"},
					&cli.StringFlag{Name: "operator", Usage: "about this operator"},
					&cli.StringFlag{Name: "number", Usage: "about this number"}),
				Action: disputeList,
			},
			idTx("draw", "draw the current round's jurors: reveals the round's randomness once its block has come (waits for it), then draws", disputeDraw,
				&cli.DurationFlag{Name: "timeout", Usage: "longest wait for the randomness block", Value: 30 * time.Minute}, jsonFlag()),
			idTx("rerequest", "ask the current randomness source again for a round still waiting for its draw (after the governor replaced the source)",
				func(c *cli.Context, ch *chain, id *big.Int) error {
					_, err := ch.dvSend(c.Context, "ask for new randomness for dispute "+id.String(), dvABI.PackRerequestRandomness(id))
					return err
				}),
			idTx("appeal", "appeal the current round's result (after its reveal deadline, within the appeal period): pledges minPledge*2^round plus the juror fee on the other side", disputeAppeal),
			idTx("finalize", "resolve the dispute once its last round is over: executes an upheld outcome and releases the batch or number", disputeFinalize, jsonFlag()),
			idTx("release", "retry releasing a resolved dispute's frozen batch or held number, if that failed at finalize",
				func(c *cli.Context, ch *chain, id *big.Int) error {
					_, err := ch.dvSend(c.Context, "release the subject of dispute "+id.String(), dvABI.PackReleaseSubject(id))
					return err
				}),
			idTx("claim", "settle an account's part of a resolved dispute (juror seats, pledges); credits are taken out with dots dispute withdraw", disputeClaim,
				&cli.StringFlag{Name: "for", Usage: "settle this account (default: the sending account; anyone may settle anyone)"}),
			{
				Name: "withdraw", Usage: "transfer everything claims credited to the sending account (juror rewards, refunded pledges)",
				Flags: sendFlags(), Action: func(c *cli.Context) error {
					ch, err := openChain(c, true)
					if err != nil {
						return fail("withdrawing dispute credits", err)
					}
					defer ch.close()
					owed, err := ch.owedOf(c.Context, ch.from.Address())
					if err != nil {
						return fail("reading what is owed", err)
					}
					if owed.Sign() == 0 {
						return cli.Exit(fmt.Sprintf("withdrawing dispute credits: nothing is owed to %s (settle a resolved dispute first: dots dispute claim ID)", ch.from.Address().Hex()), 1)
					}
					if _, err := ch.dvSend(c.Context, "withdraw "+formatDOTS(owed)+" of dispute credits", dvABI.PackWithdrawRewards()); err != nil {
						return cli.Exit(err.Error(), 2)
					}
					return nil
				},
			},
		},
	}
}

// disputeArg is the command's dispute id.
func disputeArg(c *cli.Context, what string) (*big.Int, error) {
	if c.NArg() < 1 {
		return nil, fmt.Errorf("%s: give the dispute's id (dots dispute list shows them)", what)
	}
	return parseID(c.Args().First(), "dispute id")
}

func parseID(s, what string) (*big.Int, error) {
	n, ok := new(big.Int).SetString(strings.TrimSpace(s), 10)
	if !ok || n.Sign() <= 0 || n.BitLen() > 256 {
		return nil, fmt.Errorf("%s %q is not a positive whole number", what, s)
	}
	return n, nil
}

// subjectFlags reads --batch, --operator or --number (at most one; required says exactly one).
func subjectFlags(c *cli.Context, required bool) (kind uint8, subject common.Hash, set bool, err error) {
	n := 0
	for _, f := range []string{"batch", "operator", "number"} {
		if c.String(f) != "" {
			n++
		}
	}
	if n > 1 || required && n == 0 {
		return 0, subject, false, errors.New("give exactly one of --batch ID, --operator ADDR or --number N")
	}
	switch {
	case c.String("batch") != "":
		id, err := parseID(c.String("batch"), "--batch")
		if err != nil {
			return 0, subject, false, err
		}
		return kindBatch, common.BigToHash(id), true, nil
	case c.String("operator") != "":
		op, err := addrFlagValue(c, "operator")
		if err != nil {
			return 0, subject, false, err
		}
		return kindOperator, common.BytesToHash(op.Bytes()), true, nil
	case c.String("number") != "":
		e, err := parseE164(c.String("number"))
		if err != nil {
			return 0, subject, false, fmt.Errorf("--number: %w", err)
		}
		return kindNumber, nodeOf(e), true, nil
	}
	return 0, subject, false, nil
}

func subjectString(kind uint8, s [32]byte) string {
	switch kind {
	case kindBatch:
		return "batch " + new(big.Int).SetBytes(s[:]).String()
	case kindOperator:
		return "operator " + common.BytesToAddress(s[:]).Hex()
	case kindNumber:
		return "number node " + common.Hash(s).Hex()
	}
	return common.Hash(s).Hex()
}

func cidString(b []byte) string {
	if c, err := cid.Cast(b); err == nil {
		return c.String()
	}
	return string(b)
}

const maxEvidenceBytes = 64 << 20

type openedView struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Subject  string `json:"subject"`
	Evidence string `json:"evidence"`
	Pledge   string `json:"pledge"`
	Fee      string `json:"fee"`
	Block    uint64 `json:"block"`
}

func disputeOpen(c *cli.Context) error {
	kind, subject, _, err := subjectFlags(c, true)
	if err != nil {
		return cli.Exit("opening a dispute: "+err.Error(), 2)
	}
	what := "disputing " + subjectString(kind, subject)
	if kind == kindNumber {
		what = "disputing number " + c.String("number")
	}
	data, err := os.ReadFile(c.String("evidence"))
	if err != nil {
		return fail(what, fmt.Errorf("reading the evidence: %w", err))
	}
	if len(data) == 0 || len(data) > maxEvidenceBytes {
		return fail(what, fmt.Errorf("the evidence file %s has %d bytes: give a file of 1 byte to %d MiB", c.String("evidence"), len(data), maxEvidenceBytes>>20))
	}
	ch, err := openChain(c, true)
	if err != nil {
		return fail(what, err)
	}
	defer ch.close()
	ctx := c.Context
	p, err := ch.dvParams(ctx)
	if err != nil {
		return fail(what, fmt.Errorf("reading DisputeVoting's parameters: %w", err))
	}
	pledge := p.MinPledge
	if s := c.String("pledge"); s != "" {
		if pledge, err = parseDOTS(s); err != nil {
			return fail(what, fmt.Errorf("--pledge: %w", err))
		}
		if pledge.Cmp(p.MinPledge) < 0 {
			return fail(what, fmt.Errorf("the pledge %s is below the minimum pledge %s", formatDOTS(pledge), formatDOTS(p.MinPledge)))
		}
	}
	fee := new(big.Int).Mul(big.NewInt(int64(p.JurorsPerDispute)), p.JurorFee)
	total := new(big.Int).Add(pledge, fee)
	bal, err := ch.tokenBalance(ctx, ch.from.Address())
	if err != nil {
		return fail(what, fmt.Errorf("reading the DOTS balance: %w", err))
	}
	if bal.Cmp(total) < 0 {
		return fail(what, fmt.Errorf("%s holds %s; the pledge and the juror fee take %s", ch.from.Address().Hex(), formatDOTS(bal), formatDOTS(total)))
	}
	// the contract's own checks of the subject, before anything is pinned or approved
	local, err := ipfs.CID(data)
	if err != nil {
		return fail(what, err)
	}
	lc, _ := cid.Decode(local)
	if _, err := ch.client.CallContract(ctx, ethereum.CallMsg{From: ch.from.Address(), To: ptr(ch.dv()), Data: dvABI.PackOpenDispute(kind, subject, lc.Bytes(), pledge)}, nil); err != nil {
		if msg := chainerr.Describe(err); !strings.Contains(msg, "ERC20Insufficient") {
			return fail(what, fmt.Errorf("DisputeVoting refuses it: %s", msg))
		}
	}
	ip := ipfs.New(c.String("ipfs"))
	cs, err := ip.Add(ctx, data)
	if err != nil {
		return fail(what, fmt.Errorf("pinning the evidence to IPFS at %s: %w (is the node running? --ipfs URL)", c.String("ipfs"), err))
	}
	ec, err := cid.Decode(cs)
	if err != nil {
		return fail(what, fmt.Errorf("IPFS answered the CID %q: %w", cs, err))
	}
	fmt.Fprintf(c.App.ErrWriter, "evidence pinned: %s (%d bytes)\n", cs, len(data))
	if err := ch.ensureAllowance(ctx, ch.dv(), total); err != nil {
		return fail(what, err)
	}
	r, err := ch.dvSend(ctx, fmt.Sprintf("%s with a pledge of %s (juror fee %s)", what, formatDOTS(pledge), formatDOTS(fee)),
		dvABI.PackOpenDispute(kind, subject, ec.Bytes(), pledge))
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	o := findEvent(r, ch.dv(), dvABI.UnpackDisputeOpenedEvent)
	if o == nil {
		return fail(what, errors.New("the transaction succeeded but carries no DisputeOpened event"))
	}
	v := openedView{ID: o.DisputeId.String(), Kind: nameOf(kindNames, kind), Subject: subjectString(kind, subject), Evidence: cs,
		Pledge: formatDOTS(pledge), Fee: formatDOTS(fee), Block: r.BlockNumber.Uint64()}
	return printOut(c, v, func() {
		fmt.Fprintf(c.App.Writer, "dispute %s opened on %s (evidence %s)\nnext: dots dispute draw %s (the jurors are drawn once the randomness block has come)\n",
			v.ID, v.Subject, v.Evidence, v.ID)
	})
}

func ptr[T any](v T) *T { return &v }

type jurorSeat struct {
	Juror     common.Address `json:"juror"`
	Seats     uint64         `json:"seats"`
	Locked    string         `json:"locked"`
	Committed bool           `json:"committed"`
	Vote      string         `json:"vote"` // revealed choice, empty until revealed
}

type roundView struct {
	Round          uint64      `json:"round"`
	Seats          uint64      `json:"seats"`
	Drawn          bool        `json:"drawn"`
	SnapshotBlock  uint64      `json:"snapshotBlock"`
	CommitDeadline uint64      `json:"commitDeadline"`
	RevealDeadline uint64      `json:"revealDeadline"`
	AppealDeadline uint64      `json:"appealDeadline"`
	Reject         uint64      `json:"rejectVotes"`
	Uphold         uint64      `json:"upholdVotes"`
	Pledge         string      `json:"pledge"`
	Jurors         []jurorSeat `json:"jurors"`
}

type disputeView struct {
	ID        string      `json:"id"`
	Kind      string      `json:"kind"`
	Subject   string      `json:"subject"`
	Disputer  string      `json:"disputer"`
	Evidence  string      `json:"evidence"`
	Status    string      `json:"status"`
	Outcome   string      `json:"outcome"` // reject or uphold once resolved
	Executed  bool        `json:"executed"`
	RefundAll bool        `json:"refundAll"`
	Pool      string      `json:"pool"`
	MaxRounds uint64      `json:"maxRounds"`
	Rounds    []roundView `json:"rounds"`
	Next      string      `json:"next"`
}

func (ch *chain) disputeView(ctx context.Context, id *big.Int) (*disputeView, error) {
	d, err := ch.getDispute(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &disputeView{ID: id.String(), Kind: nameOf(kindNames, d.Kind), Subject: subjectString(d.Kind, d.Subject), Disputer: d.Disputer.Hex(),
		Status: nameOf(statusNames, d.Status), Outcome: nameOf(choiceNames, d.Outcome), Executed: d.Executed, RefundAll: d.RefundAll,
		Pool: formatDOTS(d.Pool), MaxRounds: d.MaxRounds.Uint64(), Rounds: []roundView{}}
	if o, err := ch.opened(ctx, id); err == nil {
		v.Evidence = cidString(o.EvidenceCid)
	}
	var last disputevoting.GetRoundOutput
	for r := uint64(0); r < d.RoundCount.Uint64(); r++ {
		rd, err := ch.getRound(ctx, id, r)
		if err != nil {
			return nil, err
		}
		last = rd
		rv := roundView{Round: r, Seats: rd.Seats.Uint64(), Drawn: rd.Drawn, SnapshotBlock: rd.SnapshotBlock, CommitDeadline: rd.CommitDeadline,
			RevealDeadline: rd.RevealDeadline, AppealDeadline: rd.AppealDeadline, Reject: rd.RejectVotes.Uint64(), Uphold: rd.UpholdVotes.Uint64(),
			Pledge: formatDOTS(rd.Pledge), Jurors: []jurorSeat{}}
		for _, j := range rd.Jurors {
			vo, err := ch.getVote(ctx, id, r, j)
			if err != nil {
				return nil, err
			}
			rv.Jurors = append(rv.Jurors, jurorSeat{Juror: j, Seats: vo.Seats.Uint64(), Locked: formatDOTS(vo.Locked), Committed: vo.Committed, Vote: nameOf(choiceNames, vo.Choice)})
		}
		v.Rounds = append(v.Rounds, rv)
	}
	_, now, err := ch.head(ctx)
	if err != nil {
		return nil, err
	}
	v.Next = ch.nextStep(ctx, id, d, last, now)
	return v, nil
}

// nextStep says in words what the dispute waits for, at chain time now.
func (ch *chain) nextStep(ctx context.Context, id *big.Int, d disputevoting.GetDisputeOutput, rd disputevoting.GetRoundOutput, now uint64) string {
	if d.Status == statusDone {
		return fmt.Sprintf("resolved (%s): each juror and pledger settles with dots dispute claim %s, then dots dispute withdraw", nameOf(choiceNames, d.Outcome), id)
	}
	switch {
	case !rd.Drawn:
		return fmt.Sprintf("waiting for the draw: dots dispute draw %s", id)
	case now <= rd.CommitDeadline:
		return fmt.Sprintf("jurors commit their votes until %s, reveal until %s", formatTime(rd.CommitDeadline), formatTime(rd.RevealDeadline))
	case now <= rd.RevealDeadline:
		return fmt.Sprintf("jurors reveal their votes until %s", formatTime(rd.RevealDeadline))
	case d.RoundCount.Cmp(d.MaxRounds) < 0 && now <= rd.AppealDeadline:
		cost := ""
		if ac, err := viewAs(ctx, ch, ch.dv(), dvABI.PackAppealCost(id), dvABI.UnpackAppealCost); err == nil {
			cost = fmt.Sprintf(" (pledge %s + juror fee %s)", formatDOTS(ac.Pledge), formatDOTS(ac.Fee))
		}
		return fmt.Sprintf("appeal open until %s: dots dispute appeal %s%s; afterwards dots dispute finalize %s", formatTime(rd.AppealDeadline), id, cost, id)
	default:
		return fmt.Sprintf("ready to resolve: dots dispute finalize %s", id)
	}
}

func disputeShow(c *cli.Context) error {
	id, err := disputeArg(c, "showing a dispute")
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	ch, err := openChain(c, false)
	if err != nil {
		return fail("showing dispute "+id.String(), err)
	}
	defer ch.close()
	v, err := ch.disputeView(c.Context, id)
	if err != nil {
		return fail("showing dispute "+id.String(), err)
	}
	return printOut(c, v, func() {
		w := c.App.Writer
		fmt.Fprintf(w, "dispute   %s\nsubject   %s\ndisputer  %s\nevidence  %s\nstatus    %s", v.ID, v.Subject, v.Disputer, v.Evidence, v.Status)
		if v.Status == "resolved" {
			fmt.Fprintf(w, " (%s; outcome executed: %v; juror pool %s)", v.Outcome, v.Executed, v.Pool)
		}
		fmt.Fprintf(w, "\nnext      %s\n", v.Next)
		for _, r := range v.Rounds {
			fmt.Fprintf(w, "\nround %d: %d seats, pledge %s", r.Round, r.Seats, r.Pledge)
			if !r.Drawn {
				fmt.Fprintln(w, ", not drawn yet")
				continue
			}
			fmt.Fprintf(w, ", commit until %s, reveal until %s, appeal until %s; votes: %d reject, %d uphold\n",
				formatTime(r.CommitDeadline), formatTime(r.RevealDeadline), formatTime(r.AppealDeadline), r.Reject, r.Uphold)
			t := newTable(w, "JUROR", "SEATS", "LOCKED", "COMMITTED", "VOTE")
			for _, j := range r.Jurors {
				vote := j.Vote
				if vote == "" {
					vote = "-"
				}
				t.row(j.Juror.Hex(), fmt.Sprint(j.Seats), j.Locked, fmt.Sprint(j.Committed), vote)
			}
			t.flush()
		}
	})
}

type disputeRow struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Subject  string `json:"subject"`
	Disputer string `json:"disputer"`
	Status   string `json:"status"`
	Outcome  string `json:"outcome"`
	Rounds   uint64 `json:"rounds"`
	Pledge   string `json:"pledge"`
	Evidence string `json:"evidence"`
	Block    uint64 `json:"block"`
}

func disputeList(c *cli.Context) error {
	const what = "listing disputes"
	kind, subject, bySubject, err := subjectFlags(c, false)
	if err != nil {
		return cli.Exit(what+": "+err.Error(), 2)
	}
	var topics [][]common.Hash
	if k := c.String("kind"); k != "" {
		i := indexOf(kindNames, strings.ToLower(k))
		if i < 0 {
			return cli.Exit(fmt.Sprintf("%s: --kind %q: want batch, operator or number", what, k), 2)
		}
		if bySubject && uint8(i) != kind {
			return cli.Exit(what+": --kind contradicts the subject flag", 2)
		}
		kind, topics = uint8(i), [][]common.Hash{{common.BigToHash(big.NewInt(int64(i)))}}
	}
	if bySubject {
		topics = [][]common.Hash{nil, {common.BigToHash(big.NewInt(int64(kind)))}, {subject}}
	} else if topics != nil {
		topics = [][]common.Hash{nil, topics[0]}
	}
	status := strings.ToLower(c.String("status"))
	if status != "" && status != "active" && status != "resolved" {
		return cli.Exit(fmt.Sprintf("%s: --status %q: want active or resolved", what, status), 2)
	}
	var disputer, juror common.Address
	if c.String("disputer") != "" {
		if disputer, err = addrFlagValue(c, "disputer"); err != nil {
			return cli.Exit(what+": "+err.Error(), 2)
		}
	}
	if c.String("juror") != "" {
		if juror, err = addrFlagValue(c, "juror"); err != nil {
			return cli.Exit(what+": "+err.Error(), 2)
		}
	}
	ch, err := openChain(c, false)
	if err != nil {
		return fail(what, err)
	}
	defer ch.close()
	ctx := c.Context
	logs, err := ch.dvLogs(ctx, "DisputeOpened", ch.fromBlock(), nil, topics...)
	if err != nil {
		return fail(what, err)
	}
	var drawnIn map[string]bool
	if juror != (common.Address{}) {
		if drawnIn, err = ch.disputesOfJuror(ctx, juror, ch.fromBlock(), nil); err != nil {
			return fail(what, err)
		}
	}
	rows := []disputeRow{}
	for i := range logs {
		o, err := dvABI.UnpackDisputeOpenedEvent(&logs[i])
		if err != nil {
			return fail(what, fmt.Errorf("decoding a DisputeOpened event: %w", err))
		}
		if disputer != (common.Address{}) && o.Disputer != disputer || drawnIn != nil && !drawnIn[o.DisputeId.String()] {
			continue
		}
		d, err := ch.getDispute(ctx, o.DisputeId)
		if err != nil {
			return fail("reading dispute "+o.DisputeId.String(), err)
		}
		st := nameOf(statusNames, d.Status)
		if status != "" && st != status {
			continue
		}
		rows = append(rows, disputeRow{ID: o.DisputeId.String(), Kind: nameOf(kindNames, o.Kind), Subject: subjectString(o.Kind, o.Subject),
			Disputer: o.Disputer.Hex(), Status: st, Outcome: nameOf(choiceNames, d.Outcome), Rounds: d.RoundCount.Uint64(), Pledge: formatDOTS(o.Pledge),
			Evidence: cidString(o.EvidenceCid), Block: logs[i].BlockNumber})
	}
	sort.Slice(rows, func(i, j int) bool {
		a, _ := strconv.ParseUint(rows[i].ID, 10, 64)
		b, _ := strconv.ParseUint(rows[j].ID, 10, 64)
		return a < b
	})
	return printOut(c, rows, func() {
		t := newTable(c.App.Writer, "ID", "SUBJECT", "STATUS", "OUTCOME", "ROUNDS", "PLEDGE", "DISPUTER")
		for _, r := range rows {
			out := r.Outcome
			if out == "" {
				out = "-"
			}
			t.row(r.ID, r.Subject, r.Status, out, fmt.Sprint(r.Rounds), r.Pledge, r.Disputer)
		}
		t.flush()
	})
}

// disputesOfJuror are the disputes whose JurorsDrawn events in [from, to] name juror.
func (ch *chain) disputesOfJuror(ctx context.Context, juror common.Address, from uint64, to *big.Int) (map[string]bool, error) {
	logs, err := ch.dvLogs(ctx, "JurorsDrawn", from, to)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for i := range logs {
		e, err := dvABI.UnpackJurorsDrawnEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("decoding a JurorsDrawn event: %w", err)
		}
		for _, j := range e.Jurors {
			if j == juror {
				out[e.DisputeId.String()] = true
			}
		}
	}
	return out, nil
}

func disputeDraw(c *cli.Context, ch *chain, id *big.Int) error {
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	what := "drawing the jurors of dispute " + id.String()
	d, err := ch.getDispute(ctx, id)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if d.Status != statusActive {
		return fmt.Errorf("%s: it is resolved", what)
	}
	r := d.RoundCount.Uint64() - 1
	rd, err := ch.getRound(ctx, id, r)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if rd.Drawn {
		return fmt.Errorf("%s: round %d is drawn already (dots dispute show %s)", what, r, id)
	}
	src, req, err := ch.roundRandomness(ctx, id, r)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	for {
		val, err := viewAs(ctx, ch, src, rndABI.PackValueOf(req), rndABI.UnpackValueOf)
		if err != nil {
			return fmt.Errorf("%s: reading the randomness of request %s at %s: %w", what, req, src.Hex(), err)
		}
		if val.Ready {
			break
		}
		target, err := viewAs(ctx, ch, src, rndABI.PackTargetBlockOf(req), rndABI.UnpackTargetBlockOf)
		if err != nil {
			// not a PrevrandaoRandomness: its value comes by itself
			cur, err := ch.client.BlockNumber(ctx)
			if err != nil {
				return fmt.Errorf("%s: reading the block number: %w", what, err)
			}
			if err := ch.waitForBlock(ctx, cur+1); err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
			continue
		}
		// reveal is mined in the block after the newest: wait for block target-1
		if target > 0 {
			if err := ch.waitForBlock(ctx, target-1); err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
		}
		if _, err := ch.send(ctx, txCall{What: fmt.Sprintf("reveal the randomness of dispute %s round %d (request %s)", id, r, req),
			Contract: "PrevrandaoRandomness", To: src, Data: rndABI.PackReveal(req)}); err != nil {
			return err
		}
	}
	rc, err := ch.dvSend(ctx, fmt.Sprintf("draw the jurors of dispute %s round %d", id, r), dvABI.PackDraw(id))
	if err != nil {
		return err
	}
	e := findEvent(rc, ch.dv(), dvABI.UnpackJurorsDrawnEvent)
	if e == nil {
		return fmt.Errorf("%s: the transaction succeeded but carries no JurorsDrawn event", what)
	}
	v := drawView{Dispute: id.String(), Round: r, Seats: rd.Seats.Uint64(), VoidSeats: e.VoidSeats.Uint64(), LockPerSeat: formatDOTS(e.LockPerSeat),
		CommitDeadline: e.CommitDeadline, RevealDeadline: e.RevealDeadline, AppealDeadline: e.AppealDeadline, Jurors: []jurorSeat{}}
	for i, j := range e.Jurors {
		v.Jurors = append(v.Jurors, jurorSeat{Juror: j, Seats: e.Seats[i].Uint64(), Locked: formatDOTS(new(big.Int).Mul(e.LockPerSeat, e.Seats[i]))})
	}
	return printOut(c, v, func() {
		w := c.App.Writer
		fmt.Fprintf(w, "round %d of dispute %s: %d seats drawn (%d void), lock %s per seat\n", r, id, v.Seats-v.VoidSeats, v.VoidSeats, v.LockPerSeat)
		t := newTable(w, "JUROR", "SEATS", "LOCKED")
		for _, j := range v.Jurors {
			t.row(j.Juror.Hex(), fmt.Sprint(j.Seats), j.Locked)
		}
		t.flush()
		fmt.Fprintf(w, "commit until %s, reveal until %s, appeal until %s\n", formatTime(v.CommitDeadline), formatTime(v.RevealDeadline), formatTime(v.AppealDeadline))
	})
}

type drawView struct {
	Dispute        string      `json:"dispute"`
	Round          uint64      `json:"round"`
	Seats          uint64      `json:"seats"`
	VoidSeats      uint64      `json:"voidSeats"`
	LockPerSeat    string      `json:"lockPerSeat"`
	CommitDeadline uint64      `json:"commitDeadline"`
	RevealDeadline uint64      `json:"revealDeadline"`
	AppealDeadline uint64      `json:"appealDeadline"`
	Jurors         []jurorSeat `json:"jurors"`
}

func disputeAppeal(c *cli.Context, ch *chain, id *big.Int) error {
	ctx := c.Context
	ac, err := viewAs(ctx, ch, ch.dv(), dvABI.PackAppealCost(id), dvABI.UnpackAppealCost)
	if err != nil {
		return fmt.Errorf("appealing dispute %s: reading its cost: %w", id, err)
	}
	total := new(big.Int).Add(ac.Pledge, ac.Fee)
	if err := ch.ensureAllowance(ctx, ch.dv(), total); err != nil {
		return fmt.Errorf("appealing dispute %s: %w", id, err)
	}
	r, err := ch.dvSend(ctx, fmt.Sprintf("appeal dispute %s with a pledge of %s (juror fee %s)", id, formatDOTS(ac.Pledge), formatDOTS(ac.Fee)), dvABI.PackAppeal(id))
	if err != nil {
		return err
	}
	if e := findEvent(r, ch.dv(), dvABI.UnpackAppealedEvent); e != nil {
		fmt.Fprintf(c.App.Writer, "round %s of dispute %s opened on %s with %s seats\nnext: dots dispute draw %s\n", e.Round, id, nameOf(choiceNames, e.Side), e.Seats, id)
	}
	return nil
}

type resolvedView struct {
	Dispute       string `json:"dispute"`
	Outcome       string `json:"outcome"`
	FinalRound    uint64 `json:"finalRound"`
	JurorPool     string `json:"jurorPool"`
	Forfeited     string `json:"forfeited"`
	PledgerBounty string `json:"pledgerBounty"`
	RefundAll     bool   `json:"refundAll"`
	Executed      bool   `json:"executed"`
	Slashed       string `json:"slashed"`
}

func disputeFinalize(c *cli.Context, ch *chain, id *big.Int) error {
	r, err := ch.dvSend(c.Context, "resolve dispute "+id.String(), dvABI.PackFinalize(id))
	if err != nil {
		return err
	}
	e := findEvent(r, ch.dv(), dvABI.UnpackDisputeResolvedEvent)
	if e == nil {
		return fmt.Errorf("resolving dispute %s: the transaction succeeded but carries no DisputeResolved event", id)
	}
	v := resolvedView{Dispute: id.String(), Outcome: "reject", FinalRound: e.FinalRound.Uint64(), JurorPool: formatDOTS(e.JurorPool), Forfeited: formatDOTS(e.Forfeited),
		PledgerBounty: formatDOTS(e.PledgerBounty), RefundAll: e.RefundAll, Slashed: formatDOTS(nil)}
	if e.Upheld {
		v.Outcome = "uphold"
	}
	x := findEvent(r, ch.dv(), dvABI.UnpackOutcomeExecutedEvent)
	if x != nil {
		v.Executed, v.Slashed = x.Success, formatDOTS(x.SlashedReceived)
	}
	return printOut(c, v, func() {
		w := c.App.Writer
		if x != nil {
			fmt.Fprintf(w, "outcome executed on %s: success %v, %s slashed to DisputeVoting\n", subjectString(x.Kind, x.Subject), x.Success, v.Slashed)
		}
		out := "rejected"
		if e.Upheld {
			out = "upheld"
		}
		fmt.Fprintf(w, "dispute %s %s after round %d: juror pool %s, forfeited %s, pledger bounty %s\nnext: dots dispute claim %s (each juror and pledger; anyone may settle anyone with --for)\n",
			id, out, v.FinalRound, v.JurorPool, v.Forfeited, v.PledgerBounty, id)
		if e.RefundAll {
			fmt.Fprintln(w, "nobody revealed a vote: no stake is lost, every pledge is refunded minus the no-vote share")
		}
	})
}

func disputeClaim(c *cli.Context, ch *chain, id *big.Int) error {
	acct := ch.from.Address()
	if c.String("for") != "" {
		a, err := addrFlagValue(c, "for")
		if err != nil {
			return fmt.Errorf("settling dispute %s: %w", id, err)
		}
		acct = a
	}
	r, err := ch.dvSend(c.Context, fmt.Sprintf("settle %s's part of dispute %s", acct.Hex(), id), dvABI.PackClaim(id, acct))
	if err != nil {
		return err
	}
	if e := findEvent(r, ch.dv(), dvABI.UnpackDisputeSettledEvent); e != nil {
		fmt.Fprintf(c.App.Writer, "%s: stake unlocked %s, forfeited %s; credited juror reward %s, pledge refund %s (dots dispute withdraw)\n",
			acct.Hex(), formatDOTS(e.Unlocked), formatDOTS(e.Forfeited), formatDOTS(e.JurorReward), formatDOTS(e.PledgeRefund))
	}
	return nil
}
