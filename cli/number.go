package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/rewardtoken"
)

// ---------------------------------------------------------------- NumberRegistry calls
// Every NumberRegistry call the CLI makes is here, so an ABI change is a small edit.

var nrABI = numberregistry.NewNumberRegistry()
var tokABI = rewardtoken.NewRewardToken()

func nodeOf(e164 string) [32]byte { return crypto.Keccak256Hash([]byte(e164)) }

func (ch *chain) reg() common.Address { return ch.dep.NumberRegistry }

func (ch *chain) numberInfo(ctx context.Context, e164 string) (numberregistry.NumberInfoOutput, error) {
	return viewAs(ctx, ch, ch.reg(), nrABI.PackNumberInfo(nodeOf(e164)), nrABI.UnpackNumberInfo)
}

// ensureAllowance approves spender for amount DOTS when the allowance is short.
func (ch *chain) ensureAllowance(ctx context.Context, spender common.Address, amount *big.Int) error {
	if amount.Sign() == 0 {
		return nil
	}
	have, err := viewAs(ctx, ch, ch.dep.RewardToken, tokABI.PackAllowance(ch.from.Address(), spender), tokABI.UnpackAllowance)
	if err != nil {
		return fmt.Errorf("reading the DOTS allowance: %w", err)
	}
	if have.Cmp(amount) >= 0 {
		return nil
	}
	_, err = ch.send(ctx, txCall{What: "approve " + formatDOTS(amount), Contract: "RewardToken", To: ch.dep.RewardToken, Data: tokABI.PackApprove(spender, amount)})
	return err
}

func (ch *chain) nrSend(ctx context.Context, what string, data []byte) error {
	_, err := ch.send(ctx, txCall{What: what, Contract: "NumberRegistry", To: ch.reg(), Data: data})
	return err
}

// ---------------------------------------------------------------- commands

var e164Re = regexp.MustCompile(`^\+[1-9][0-9]{1,14}$`)

// parseE164 normalises spaces, dashes, dots and brackets away and checks the E.164 form.
func parseE164(s string) (string, error) {
	n := strings.NewReplacer(" ", "", "-", "", ".", "", "(", "", ")", "").Replace(strings.TrimSpace(s))
	if !e164Re.MatchString(n) {
		return "", fmt.Errorf("%q is not an E.164 number (a + and 2 to 15 digits, e.g. +14155550123)", s)
	}
	return n, nil
}

// numberArg is the command's one E.164 argument.
func numberArg(c *cli.Context, what string) (string, error) {
	if c.NArg() < 1 {
		return "", fmt.Errorf("%s: give the number (e.g. +14155550123)", what)
	}
	e, err := parseE164(c.Args().First())
	if err != nil {
		return "", fmt.Errorf("%s: %w", what, err)
	}
	return e, nil
}

var featureBits = []string{"voice", "sms", "mms", "video", "fax", "rcs"}

func parseFeatures(s string) (uint8, error) {
	var f uint8
	for _, p := range strings.Split(s, ",") {
		p = strings.ToLower(strings.TrimSpace(p))
		if p == "" || p == "none" {
			continue
		}
		i := indexOf(featureBits, p)
		if i < 0 {
			return 0, fmt.Errorf("unknown feature %q (known: %s, or none)", p, strings.Join(featureBits, ","))
		}
		f |= 1 << i
	}
	return f, nil
}

func featureNames(f uint8) []string {
	out := []string{}
	for i, n := range featureBits {
		if f&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func numberCommand() *cli.Command {
	return &cli.Command{
		Name:  "number",
		Usage: "claim, route and manage phone numbers (NumberRegistry); see dots help numbers",
		Subcommands: []*cli.Command{
			numberClaimCommand(),
			{
				Name: "show", Usage: "show a number's owner, expiry, deposit, route, CNAM and features", ArgsUsage: "NUMBER",
				Flags: append(chainFlags(), jsonFlag()), Action: numberShow,
			},
			{
				Name: "list", Usage: "list the numbers an account owns",
				Flags: append(chainFlags(), jsonFlag(), &cli.StringFlag{Name: "owner", Usage: "owner address", Required: true}), Action: numberList,
			},
			ownerTx("renew", "extend a live number by one term (anyone may renew)", func(e string, _ *cli.Context) ([]byte, error) { return nrABI.PackRenew(e), nil }),
			ownerTx("release", "give a number up; its deposit is refunded", func(e string, _ *cli.Context) ([]byte, error) { return nrABI.PackRelease(e), nil }),
			ownerTx("transfer", "give a number to another account", func(e string, c *cli.Context) ([]byte, error) {
				to := c.String("to")
				if !common.IsHexAddress(to) {
					return nil, fmt.Errorf("--to %q is not an address", to)
				}
				return nrABI.PackTransfer(e, common.HexToAddress(to)), nil
			}, &cli.StringFlag{Name: "to", Usage: "new owner", Required: true}),
			numberRouteCommand(),
			ownerTx("cnam", "set the caller-ID name (at most 15 printable ASCII characters; empty clears it)", func(e string, c *cli.Context) ([]byte, error) {
				return nrABI.PackSetCnam(e, c.String("name")), nil
			}, &cli.StringFlag{Name: "name", Usage: "caller-ID name"}),
			ownerTx("features", "set the features: voice,sms,mms,video,fax,rcs (or none)", func(e string, c *cli.Context) ([]byte, error) {
				if c.NArg() != 2 {
					return nil, errors.New("give the features after the number, e.g. voice,sms")
				}
				f, err := parseFeatures(c.Args().Get(1))
				if err != nil {
					return nil, err
				}
				return nrABI.PackSetFeatures(e, f), nil
			}),
			ownerTx("block", "block a caller (dots number block OWN CALLER)", func(e string, c *cli.Context) ([]byte, error) {
				caller, err := parseE164(c.Args().Get(1))
				if err != nil {
					return nil, fmt.Errorf("caller to block: %w", err)
				}
				return nrABI.PackBlockCaller(e, nodeOf(caller)), nil
			}),
			ownerTx("unblock", "unblock a caller (dots number unblock OWN CALLER)", func(e string, c *cli.Context) ([]byte, error) {
				caller, err := parseE164(c.Args().Get(1))
				if err != nil {
					return nil, fmt.Errorf("caller to unblock: %w", err)
				}
				return nrABI.PackUnblockCaller(e, nodeOf(caller)), nil
			}),
			numberPortCommand(),
		},
	}
}

// ownerTx is a command that sends one NumberRegistry transaction about NUMBER.
func ownerTx(name, usage string, pack func(e164 string, c *cli.Context) ([]byte, error), extra ...cli.Flag) *cli.Command {
	return &cli.Command{
		Name: name, Usage: usage, ArgsUsage: "NUMBER", Flags: sendFlags(extra...),
		Action: func(c *cli.Context) error {
			what := name + " a number"
			e, err := numberArg(c, what)
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			data, err := pack(e, c)
			if err != nil {
				return fail(name+" "+e, err)
			}
			ch, err := openChain(c, true)
			if err != nil {
				return fail(name+" "+e, err)
			}
			defer ch.close()
			if err := ch.nrSend(c.Context, name+" "+e, data); err != nil {
				return cli.Exit(err.Error(), 2)
			}
			return nil
		},
	}
}

type numberView struct {
	Number      string         `json:"number"`
	Owner       common.Address `json:"owner"`
	Live        bool           `json:"live"`
	Expires     uint64         `json:"expires"`
	Deposit     string         `json:"deposit"`
	AvailableAt uint64         `json:"availableAt,omitempty"`
	Operator    common.Address `json:"operator"`
	SipURI      string         `json:"sipUri"`
	Cnam        string         `json:"cnam"`
	Features    []string       `json:"features"`
}

func (ch *chain) readNumber(ctx context.Context, e string) (numberView, error) {
	info, err := ch.numberInfo(ctx, e)
	if err != nil {
		return numberView{}, err
	}
	route, err := viewAs(ctx, ch, ch.reg(), nrABI.PackRouteOf(e), nrABI.UnpackRouteOf)
	if err != nil {
		return numberView{}, err
	}
	cnam, err := viewAs(ctx, ch, ch.reg(), nrABI.PackCnamOf(e), nrABI.UnpackCnamOf)
	if err != nil {
		return numberView{}, err
	}
	f, err := viewAs(ctx, ch, ch.reg(), nrABI.PackFeaturesOf(e), nrABI.UnpackFeaturesOf)
	if err != nil {
		return numberView{}, err
	}
	return numberView{Number: e, Owner: info.Registrant, Live: info.Live, Expires: info.Expires, Deposit: formatDOTS(info.Deposit),
		AvailableAt: info.AvailableAt, Operator: route.Operator, SipURI: route.SipUri, Cnam: cnam, Features: featureNames(f)}, nil
}

func numberShow(c *cli.Context) error {
	e, err := numberArg(c, "showing a number")
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	ch, err := openChain(c, false)
	if err != nil {
		return fail("showing "+e, err)
	}
	defer ch.close()
	v, err := ch.readNumber(c.Context, e)
	if err != nil {
		return fail("reading "+e, err)
	}
	return printOut(c, v, func() {
		w := c.App.Writer
		state := "unclaimed"
		if v.Owner != (common.Address{}) {
			state = "lapsed"
			if v.Live {
				state = "live"
			}
		}
		fmt.Fprintf(w, "number    %s (%s)\n", v.Number, state)
		if v.Owner != (common.Address{}) {
			fmt.Fprintf(w, "owner     %s\nexpires   %s\ndeposit   %s\n", v.Owner.Hex(), formatTime(v.Expires), v.Deposit)
		}
		if v.AvailableAt != 0 && !v.Live {
			fmt.Fprintf(w, "claimable %s\n", formatTime(v.AvailableAt))
		}
		op := "-"
		if v.Operator != (common.Address{}) {
			op = v.Operator.Hex()
		}
		fmt.Fprintf(w, "operator  %s\nsip uri   %s\ncnam      %s\nfeatures  %s\n", op, dash(v.SipURI), dash(v.Cnam), dash(strings.Join(v.Features, ",")))
	})
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func numberList(c *cli.Context) error {
	owner := c.String("owner")
	if !common.IsHexAddress(owner) {
		return cli.Exit(fmt.Sprintf("listing numbers: --owner %q is not an address", owner), 2)
	}
	ch, err := openChain(c, false)
	if err != nil {
		return fail("listing numbers", err)
	}
	defer ch.close()
	ctx := c.Context
	a := nrABI.GetABI()
	// every number that was ever claimed, transferred or ported to anyone: then ask who owns it now
	topics := [][]common.Hash{{a.Events["NumberClaimed"].ID, a.Events["NumberTransferred"].ID}}
	logs, err := ch.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(ch.fromBlock()), Addresses: []common.Address{ch.reg()}, Topics: topics})
	if err != nil {
		return fail("reading NumberRegistry's events", err)
	}
	seen := map[string]bool{}
	for _, l := range logs {
		ev := a.Events["NumberClaimed"]
		if l.Topics[0] == a.Events["NumberTransferred"].ID {
			ev = a.Events["NumberTransferred"]
		}
		vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err == nil && len(vals) > 0 {
			if s, ok := vals[0].(string); ok {
				seen[s] = true
			}
		}
	}
	var rows []numberView
	for e := range seen {
		v, err := ch.readNumber(ctx, e)
		if err != nil {
			return fail("reading "+e, err)
		}
		if v.Live && v.Owner == common.HexToAddress(owner) {
			rows = append(rows, v)
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Number < rows[j].Number })
	if rows == nil {
		rows = []numberView{}
	}
	return printOut(c, rows, func() {
		t := newTable(c.App.Writer, "NUMBER", "EXPIRES", "DEPOSIT", "SIP URI", "CNAM")
		for _, v := range rows {
			t.row(v.Number, formatTime(v.Expires), v.Deposit, dash(v.SipURI), dash(v.Cnam))
		}
		t.flush()
	})
}

// ---------------------------------------------------------------- claim

// pendingClaim is the local file that keeps a claim's secret from commit to reveal.
type pendingClaim struct {
	ChainID    uint64         `json:"chainId"`
	Registry   common.Address `json:"registry"`
	Number     string         `json:"number"`
	Owner      common.Address `json:"owner"`
	Secret     hexutil.Bytes  `json:"secret"`
	Commitment common.Hash    `json:"commitment"`
}

func stateDirFlag() cli.Flag {
	def := ".dots"
	if d, err := os.UserConfigDir(); err == nil {
		def = filepath.Join(d, "dots")
	}
	return &cli.StringFlag{Name: "state-dir", Usage: "where pending claims keep their secret until the reveal", Value: def, EnvVars: []string{"DOTS_STATE_DIR"}}
}

func claimFile(c *cli.Context, ch *chain, e string) string {
	return filepath.Join(c.String("state-dir"), "claims", fmt.Sprintf("%d-%s-%s-%s.json", ch.dep.ChainID, ch.reg().Hex(), strings.TrimPrefix(e, "+"), ch.from.Address().Hex()))
}

func numberClaimCommand() *cli.Command {
	return &cli.Command{
		Name:      "claim",
		Usage:     "claim a number: commit, wait the minimum age, reveal (resumes after an interruption)",
		ArgsUsage: "NUMBER",
		Flags:     sendFlags(stateDirFlag(), jsonFlag()),
		Action: func(c *cli.Context) error {
			e, err := numberArg(c, "claiming a number")
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			ch, err := openChain(c, true)
			if err != nil {
				return fail("claiming "+e, err)
			}
			defer ch.close()
			if err := claimNumber(c, ch, e); err != nil {
				return fail("claiming "+e, err)
			}
			v, err := ch.readNumber(c.Context, e)
			if err != nil {
				return fail("reading "+e, err)
			}
			return printOut(c, v, func() {
				fmt.Fprintf(c.App.Writer, "%s is yours until %s (deposit %s)\n", e, formatTime(v.Expires), v.Deposit)
			})
		},
	}
}

func claimNumber(c *cli.Context, ch *chain, e string) (err error) {
	ctx := c.Context
	w := c.App.ErrWriter
	ok, err := viewAs(ctx, ch, ch.reg(), nrABI.PackIsAvailable(e), nrABI.UnpackIsAvailable)
	if err != nil {
		return err
	}
	file := claimFile(c, ch, e)
	var p pendingClaim
	b, rerr := os.ReadFile(file)
	switch {
	case rerr == nil:
		if err := json.Unmarshal(b, &p); err != nil {
			return fmt.Errorf("reading the pending claim %s: %w (delete it to start over)", file, err)
		}
		fmt.Fprintf(w, "resuming the claim kept in %s\n", file)
	case errors.Is(rerr, os.ErrNotExist):
		if !ok {
			return errors.New("it is not available (dots number show to see who holds it)")
		}
		secret := make([]byte, 32)
		if _, err := rand.Read(secret); err != nil {
			return err
		}
		p = pendingClaim{ChainID: ch.dep.ChainID, Registry: ch.reg(), Number: e, Owner: ch.from.Address(), Secret: secret}
		if p.Commitment, err = viewAs(ctx, ch, ch.reg(), nrABI.PackMakeCommitment(e, p.Owner, [32]byte(secret)), nrABI.UnpackMakeCommitment); err != nil {
			return err
		}
		// the secret is on disk before the commitment is on chain
		if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
			return fmt.Errorf("keeping the claim's secret: %w", err)
		}
		b, _ := json.MarshalIndent(p, "", "  ")
		if err := os.WriteFile(file, b, 0o600); err != nil {
			return fmt.Errorf("keeping the claim's secret: %w", err)
		}
	default:
		return fmt.Errorf("reading the pending claim: %w", rerr)
	}
	// from here on the secret is on disk: any failure can be resumed
	defer func() {
		if err != nil && !strings.Contains(err.Error(), "run the same command again") {
			err = fmt.Errorf("%w (run the same command again to resume; the secret stays in %s)", err, file)
		}
	}()
	at, err := viewAs(ctx, ch, ch.reg(), nrABI.PackCommitmentTime(p.Commitment), nrABI.UnpackCommitmentTime)
	if err != nil {
		return err
	}
	if at.Sign() == 0 {
		if err := ch.nrSend(ctx, "commit to claiming "+e, nrABI.PackCommit(p.Commitment)); err != nil {
			return err
		}
		if at, err = viewAs(ctx, ch, ch.reg(), nrABI.PackCommitmentTime(p.Commitment), nrABI.UnpackCommitmentTime); err != nil {
			return err
		}
	}
	minAge, err := viewAs(ctx, ch, ch.reg(), nrABI.PackMinCommitAge(), nrABI.UnpackMinCommitAge)
	if err != nil {
		return err
	}
	ready := time.Unix(at.Int64()+int64(minAge), 0)
	if err := countdown(ctx, w, ready, "revealing in"); err != nil {
		return fmt.Errorf("waiting to reveal: %w", err)
	}
	dep, err := viewAs(ctx, ch, ch.reg(), nrABI.PackDepositAmount(), nrABI.UnpackDepositAmount)
	if err != nil {
		return err
	}
	prem, err := viewAs(ctx, ch, ch.reg(), nrABI.PackPremiumOf(e), nrABI.UnpackPremiumOf)
	if err != nil {
		return err
	}
	if err := ch.ensureAllowance(ctx, ch.reg(), new(big.Int).Add(dep, prem)); err != nil {
		return err
	}
	// the chain's clock may lag the local one by a block: retry while the commitment is too new
	for try := 0; ; try++ {
		err := ch.nrSend(ctx, fmt.Sprintf("claim %s (deposit %s, premium %s)", e, formatDOTS(dep), formatDOTS(prem)), nrABI.PackClaim(e, [32]byte(p.Secret)))
		if err == nil {
			break
		}
		if try < 30 && strings.Contains(err.Error(), "CommitmentTooNew") {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Second):
			}
			continue
		}
		return err
	}
	return os.Remove(file)
}

// countdown prints the seconds left until t on w, then returns; ctx ends it early.
func countdown(ctx context.Context, w interface{ Write([]byte) (int, error) }, t time.Time, label string) error {
	for {
		left := time.Until(t)
		if left <= 0 {
			fmt.Fprintln(w)
			return nil
		}
		fmt.Fprintf(w, "\r%s %3ds ", label, int(left.Seconds()+0.999))
		step := left % time.Second
		if step == 0 {
			step = time.Second
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(w)
			return ctx.Err()
		case <-time.After(step):
		}
	}
}
