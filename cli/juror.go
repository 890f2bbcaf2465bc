package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"
)

// ---------------------------------------------------------------- the juror's local state
//
// One directory per juror and deployment, under --state-dir:
//
//	juror/<chain>-<DisputeVoting>-<juror>/decisions/<dispute>.json  written by dots juror vote
//	juror/<chain>-<DisputeVoting>-<juror>/votes/<dispute>-<round>.json  the salt, written by
//	    dots juror watch before its commitment is sent, read back to reveal (survives restarts)
//	juror/<chain>-<DisputeVoting>-<juror>/watch.json  the watcher's cursor and disputes
//
// Each file has one writer, so vote and watch can run at the same time; every write goes to
// a temporary file that is synced and renamed over the old one.

func jurorStateFlag() cli.Flag {
	def := ".dots"
	if d, err := os.UserConfigDir(); err == nil {
		def = filepath.Join(d, "dots")
	}
	return &cli.StringFlag{Name: "state-dir", Usage: "where the juror's decisions and vote salts are kept (vote and watch must use the same)", Value: def, EnvVars: []string{"DOTS_STATE_DIR"}}
}

type jurorState struct{ dir string }

func newJurorState(stateDir string, chainID uint64, dv, juror common.Address) jurorState {
	return jurorState{filepath.Join(stateDir, "juror", fmt.Sprintf("%d-%s-%s", chainID, dv.Hex(), juror.Hex()))}
}

// decision is what the juror decided about a dispute (dots juror vote).
type decision struct {
	Dispute string    `json:"dispute"`
	Choice  string    `json:"choice"` // uphold or reject
	At      time.Time `json:"at"`
}

// pendingVote is a round's vote with its salt, kept from before the commitment is sent
// until the reveal.
type pendingVote struct {
	Dispute    string        `json:"dispute"`
	Round      uint64        `json:"round"`
	Choice     uint8         `json:"choice"`
	Salt       hexutil.Bytes `json:"salt"`
	Commitment common.Hash   `json:"commitment"`
}

// watchState is the watcher's cursor and the disputes it follows.
type watchState struct {
	Scanned  uint64          `json:"scannedBlock"`
	Disputes map[string]bool `json:"disputes"` // drawn in; true once settled
}

func (s jurorState) decisionFile(id string) string {
	return filepath.Join(s.dir, "decisions", id+".json")
}
func (s jurorState) voteFile(id string, r uint64) string {
	return filepath.Join(s.dir, "votes", fmt.Sprintf("%s-%d.json", id, r))
}
func (s jurorState) watchFile() string { return filepath.Join(s.dir, "watch.json") }

// writeJSON writes v to file atomically: a synced temporary file renamed over it.
func writeJSON(file string, v any) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		return err
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(file), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), file)
}

// readJSON reads file into v; ok is false when it does not exist.
func readJSON(file string, v any) (bool, error) {
	b, err := os.ReadFile(file)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("%s: %w (the file is damaged)", file, err)
	}
	return true, nil
}

func parseChoice(s string) (uint8, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "uphold":
		return choiceUphold, nil
	case "reject":
		return choiceReject, nil
	}
	return 0, fmt.Errorf("the vote %q is neither uphold nor reject", s)
}

// ---------------------------------------------------------------- commands

func jurorCommand() *cli.Command {
	return &cli.Command{
		Name:  "juror",
		Usage: "stake as a juror, decide disputes and let dots juror watch commit and reveal the votes (DisputeVoting)",
		Subcommands: []*cli.Command{
			{
				Name: "stake", Usage: "add DOTS to the sending account's juror stake (counts for disputes opened from the next block)",
				Flags: sendFlags(amountFlag("amount to stake")), Action: func(c *cli.Context) error {
					return jurorTx(c, "stake", true, func(amt *big.Int) (string, []byte) {
						return "stake " + formatDOTS(amt) + " as a juror", dvABI.PackStake(amt)
					})
				},
			},
			{
				Name: "unstake", Usage: "ask to take stake out; dots juror withdraw takes it after the unstake delay",
				Flags: sendFlags(amountFlag("amount to take out")), Action: func(c *cli.Context) error {
					return jurorTx(c, "unstake", false, func(amt *big.Int) (string, []byte) {
						return "ask to unstake " + formatDOTS(amt), dvABI.PackRequestUnstake(amt)
					})
				},
			},
			{
				Name: "withdraw", Usage: "withdraw the unstaked stake once the delay has passed (what is locked in disputes stays)",
				Flags: sendFlags(), Action: func(c *cli.Context) error {
					return jurorTx(c, "withdraw", false, func(*big.Int) (string, []byte) {
						return "withdraw the unstaked juror stake", dvABI.PackWithdraw()
					})
				},
			},
			{
				Name: "show", Usage: "a juror's stake, locked part, unstake request and credits", ArgsUsage: "ADDRESS",
				Flags: append(chainFlags(), jsonFlag()), Action: jurorShow,
			},
			{
				Name:      "vote",
				Usage:     "decide a dispute: recorded in --state-dir for dots juror watch, which commits it when drawn and reveals it",
				ArgsUsage: "ID uphold|reject",
				Flags: append(chainFlags(), append(accountFlags(), jurorStateFlag(),
					&cli.StringFlag{Name: "juror", Usage: "the juror's address (default: --account, or the address of --key)"})...),
				Action: jurorVote,
			},
			{
				Name: "watch",
				Usage: "follow the chain for the sending juror: says when it is drawn, commits the vote recorded with dots juror vote, " +
					"reveals it in time, settles resolved disputes and withdraws what they credited (sends without asking)",
				Flags: sendFlags(jurorStateFlag(),
					&cli.DurationFlag{Name: "poll", Usage: "how often the chain is read", Value: 5 * time.Second},
					&cli.BoolFlag{Name: "once", Usage: "do one pass and exit (for cron)"},
					&cli.BoolFlag{Name: "json", Usage: "log JSON lines instead of text"},
					&cli.Uint64Flag{Name: "scan-blocks", Usage: "most blocks read per event query (RPC providers limit the range)", Value: 5000}),
				Action: jurorWatch,
			},
		},
	}
}

func jurorTx(c *cli.Context, name string, approve bool, pack func(*big.Int) (string, []byte)) error {
	var amt *big.Int
	if c.IsSet("amount") {
		var err error
		if amt, err = parseDOTS(c.String("amount")); err != nil {
			return cli.Exit("juror "+name+": --amount: "+err.Error(), 2)
		}
	}
	what, data := pack(amt)
	ch, err := openChain(c, true)
	if err != nil {
		return fail(what, err)
	}
	defer ch.close()
	if approve {
		if err := ch.ensureAllowance(c.Context, ch.dv(), amt); err != nil {
			return fail(what, err)
		}
	}
	if _, err := ch.dvSend(c.Context, what, data); err != nil {
		return cli.Exit(err.Error(), 2)
	}
	return nil
}

type jurorView struct {
	Juror         common.Address `json:"juror"`
	Staked        string         `json:"staked"`
	Locked        string         `json:"locked"`
	UnstakeAmount string         `json:"unstakeAmount"`
	UnstakeAt     uint64         `json:"unstakeAt"`
	Owed          string         `json:"owed"`
	Slot          uint64         `json:"slot"`
}

func jurorShow(c *cli.Context) error {
	if c.NArg() != 1 || !common.IsHexAddress(c.Args().First()) {
		return cli.Exit("showing a juror: give the juror's address", 2)
	}
	j := common.HexToAddress(c.Args().First())
	ch, err := openChain(c, false)
	if err != nil {
		return fail("showing juror "+j.Hex(), err)
	}
	defer ch.close()
	i, err := viewAs(c.Context, ch, ch.dv(), dvABI.PackJurorInfo(j), dvABI.UnpackJurorInfo)
	if err != nil {
		return fail("reading juror "+j.Hex(), err)
	}
	owed, err := ch.owedOf(c.Context, j)
	if err != nil {
		return fail("reading what is owed to "+j.Hex(), err)
	}
	v := jurorView{Juror: j, Staked: formatDOTS(i.Staked), Locked: formatDOTS(i.Locked), UnstakeAmount: formatDOTS(i.UnstakeAmount), UnstakeAt: i.UnstakeAt,
		Owed: formatDOTS(owed), Slot: i.Slot.Uint64()}
	return printOut(c, v, func() {
		w := c.App.Writer
		fmt.Fprintf(w, "juror      %s\nstaked     %s (locked in disputes %s)\n", v.Juror.Hex(), v.Staked, v.Locked)
		if i.UnstakeAmount.Sign() != 0 {
			fmt.Fprintf(w, "unstaking  %s (withdrawable %s)\n", v.UnstakeAmount, formatTime(v.UnstakeAt))
		}
		fmt.Fprintf(w, "credited   %s (dots dispute withdraw)\n", v.Owed)
	})
}

// jurorAddress is the juror named by --juror or --account, or the address of --key, without
// unlocking a keystore.
func jurorAddress(c *cli.Context) (common.Address, error) {
	for _, f := range []string{"juror", "account"} {
		if s := c.String(f); s != "" {
			if !common.IsHexAddress(s) {
				return common.Address{}, fmt.Errorf("--%s %q is not an address", f, s)
			}
			return common.HexToAddress(s), nil
		}
	}
	k, err := loadKey(c)
	if err != nil {
		return common.Address{}, fmt.Errorf("name the juror: --juror ADDR, --account ADDR or its key (%w)", err)
	}
	return keySigner{k}.Address(), nil
}

func jurorVote(c *cli.Context) error {
	const what = "recording a juror's vote"
	if c.NArg() != 2 {
		return cli.Exit(what+": give the dispute's id and uphold or reject (dots juror vote 7 uphold)", 2)
	}
	id, err := parseID(c.Args().Get(0), "dispute id")
	if err != nil {
		return cli.Exit(what+": "+err.Error(), 2)
	}
	choice, err := parseChoice(c.Args().Get(1))
	if err != nil {
		return cli.Exit(what+": "+err.Error(), 2)
	}
	juror, err := jurorAddress(c)
	if err != nil {
		return cli.Exit(what+": "+err.Error(), 2)
	}
	ch, err := openChain(c, false)
	if err != nil {
		return fail(what, err)
	}
	defer ch.close()
	ctx := c.Context
	d, err := ch.getDispute(ctx, id)
	if err != nil {
		return fail(what, err)
	}
	if d.Status != statusActive {
		return fail(what, fmt.Errorf("dispute %s is resolved", id))
	}
	r := d.RoundCount.Uint64() - 1
	v, err := ch.getVote(ctx, id, r, juror)
	if err != nil {
		return fail(what, err)
	}
	st := newJurorState(c.String("state-dir"), ch.dep.ChainID, ch.dv(), juror)
	var pv pendingVote
	if ok, err := readJSON(st.voteFile(id.String(), r), &pv); err != nil {
		return fail(what, err)
	} else if ok && pv.Choice != choice {
		return fail(what, fmt.Errorf("the watcher has already fixed the vote %s for round %d (its commitment is sent or on its way); it cannot change", nameOf(choiceNames, pv.Choice), r))
	}
	if v.Committed {
		return fail(what, fmt.Errorf("%s has already committed its vote in round %d of dispute %s; it cannot change", juror.Hex(), r, id))
	}
	dec := decision{Dispute: id.String(), Choice: nameOf(choiceNames, choice), At: time.Now().UTC()}
	if err := writeJSON(st.decisionFile(id.String()), dec); err != nil {
		return fail(what, fmt.Errorf("keeping the decision: %w", err))
	}
	w := c.App.Writer
	fmt.Fprintf(w, "%s will vote %s in dispute %s (kept in %s)\n", juror.Hex(), dec.Choice, id, st.decisionFile(id.String()))
	if v.Seats.Sign() == 0 {
		fmt.Fprintf(w, "%s is not drawn in the dispute's round %d (yet); dots juror watch votes if it is drawn\n", juror.Hex(), r)
	} else {
		rd, err := ch.getRound(ctx, id, r)
		if err == nil {
			fmt.Fprintf(w, "dots juror watch commits it before %s and reveals it until %s\n", formatTime(rd.CommitDeadline), formatTime(rd.RevealDeadline))
		}
	}
	return nil
}

// ---------------------------------------------------------------- the watcher

// watcher follows the chain for one juror.
type watcher struct {
	ch    *chain
	st    jurorState
	me    common.Address
	log   *slog.Logger
	state watchState
	told  map[string]bool // reminders already given, by key
	span  uint64          // most blocks per event query
}

func jurorWatch(c *cli.Context) error {
	ch, err := openChain(c, true)
	if err != nil {
		return fail("watching for a juror", err)
	}
	defer ch.close()
	ch.quiet = true // unattended: every transaction is logged instead
	me := ch.from.Address()
	var h slog.Handler = slog.NewTextHandler(c.App.ErrWriter, nil)
	if c.Bool("json") {
		h = slog.NewJSONHandler(c.App.ErrWriter, nil)
	}
	if c.Uint64("scan-blocks") == 0 {
		return cli.Exit("watching for a juror: --scan-blocks must be at least 1", 2)
	}
	w := &watcher{ch: ch, me: me, st: newJurorState(c.String("state-dir"), ch.dep.ChainID, ch.dv(), me),
		log: slog.New(h), told: map[string]bool{}, span: c.Uint64("scan-blocks")}
	if _, err := readJSON(w.st.watchFile(), &w.state); err != nil {
		return fail("reading the watcher's state", err)
	}
	if w.state.Disputes == nil {
		w.state.Disputes = map[string]bool{}
	}
	if w.state.Scanned == 0 {
		w.state.Scanned = ch.fromBlock() - 1
	}
	ctx := c.Context
	w.log.Info("watching", "juror", me.Hex(), "disputeVoting", ch.dv().Hex(), "state", w.st.dir, "fromBlock", w.state.Scanned+1)
	t := time.NewTicker(c.Duration("poll"))
	defer t.Stop()
	for {
		err := w.step(ctx)
		if ctx.Err() != nil {
			w.log.Info("stopped")
			return nil
		}
		if err != nil {
			if c.Bool("once") {
				return cli.Exit("watching for a juror: "+err.Error(), 2)
			}
			w.log.Warn("pass failed; retrying", "err", err)
		}
		if c.Bool("once") {
			return nil
		}
		select {
		case <-ctx.Done():
			w.log.Info("stopped")
			return nil
		case <-t.C:
		}
	}
}

// once logs msg at most once per key.
func (w *watcher) once(key string, level slog.Level, msg string, args ...any) {
	if w.told[key] {
		return
	}
	w.told[key] = true
	w.log.Log(context.Background(), level, msg, args...)
}

// step is one pass: new draws, then every followed dispute, then the credits.
func (w *watcher) step(ctx context.Context) error {
	ch := w.ch
	headN, now, err := ch.head(ctx)
	if err != nil {
		return err
	}
	for headN > w.state.Scanned {
		to := min(headN, w.state.Scanned+w.span)
		logs, err := ch.dvLogs(ctx, "JurorsDrawn", w.state.Scanned+1, new(big.Int).SetUint64(to))
		if err != nil {
			return err
		}
		for i := range logs {
			e, err := dvABI.UnpackJurorsDrawnEvent(&logs[i])
			if err != nil {
				return fmt.Errorf("decoding a JurorsDrawn event: %w", err)
			}
			for k, j := range e.Jurors {
				if j != w.me {
					continue
				}
				id := e.DisputeId.String()
				if _, ok := w.state.Disputes[id]; !ok {
					w.state.Disputes[id] = false
				}
				w.log.Info("drawn", "dispute", id, "round", e.Round, "seats", e.Seats[k], "locked", formatDOTS(new(big.Int).Mul(e.LockPerSeat, e.Seats[k])),
					"commitBy", formatTime(e.CommitDeadline), "revealBy", formatTime(e.RevealDeadline))
			}
		}
		w.state.Scanned = to
		if err := writeJSON(w.st.watchFile(), w.state); err != nil {
			return fmt.Errorf("keeping the watcher's state: %w", err)
		}
	}
	ids := make([]string, 0, len(w.state.Disputes))
	for id, done := range w.state.Disputes {
		if !done {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	var errs []error
	for _, id := range ids {
		if err := w.follow(ctx, id, now); err != nil {
			errs = append(errs, fmt.Errorf("dispute %s: %w", id, err))
		}
	}
	owed, err := ch.owedOf(ctx, w.me)
	if err != nil {
		return err
	}
	if owed.Sign() > 0 {
		if _, err := ch.dvSend(ctx, "withdraw "+formatDOTS(owed), dvABI.PackWithdrawRewards()); err != nil {
			errs = append(errs, err)
		} else {
			w.log.Info("withdrew", "amount", formatDOTS(owed))
		}
	}
	return errors.Join(errs...)
}

// follow does what dispute id needs from the juror now: commit, reveal or settle.
func (w *watcher) follow(ctx context.Context, id string, now uint64) error {
	ch := w.ch
	n, _ := new(big.Int).SetString(id, 10)
	d, err := ch.getDispute(ctx, n)
	if err != nil {
		return err
	}
	if d.Status == statusDone {
		settled, err := viewAs(ctx, ch, ch.dv(), dvABI.PackSettled(n, w.me), dvABI.UnpackSettled)
		if err != nil {
			return err
		}
		if !settled {
			r, err := ch.dvSend(ctx, "settle dispute "+id, dvABI.PackClaim(n, w.me))
			if err != nil {
				return err
			}
			if e := findEvent(r, ch.dv(), dvABI.UnpackDisputeSettledEvent); e != nil {
				w.log.Info("settled", "dispute", id, "outcome", nameOf(choiceNames, d.Outcome), "unlocked", formatDOTS(e.Unlocked),
					"forfeited", formatDOTS(e.Forfeited), "reward", formatDOTS(e.JurorReward), "refund", formatDOTS(e.PledgeRefund))
			}
		}
		w.state.Disputes[id] = true
		return writeJSON(w.st.watchFile(), w.state)
	}
	r := d.RoundCount.Uint64() - 1
	v, err := ch.getVote(ctx, n, r, w.me)
	if err != nil {
		return err
	}
	if v.Seats.Sign() == 0 {
		return nil // not drawn in the current round (an appeal waiting for its draw, or not picked)
	}
	rd, err := ch.getRound(ctx, n, r)
	if err != nil {
		return err
	}
	key := fmt.Sprintf("%s/%d", id, r)
	vf := w.st.voteFile(id, r)
	var pv pendingVote
	have, err := readJSON(vf, &pv)
	if err != nil {
		return err
	}
	switch {
	case !v.Committed && now > rd.CommitDeadline:
		w.once(key+"/missed", slog.LevelWarn, "the commit period ended without a vote: the seats' stake is forfeited unless the outcome is void", "dispute", id, "round", r)
	case !v.Committed:
		if !have {
			var dec decision
			ok, err := readJSON(w.st.decisionFile(id), &dec)
			if err != nil {
				return err
			}
			if !ok {
				w.once(key+"/decide", slog.LevelWarn, "decide: dots juror vote "+id+" uphold|reject", "dispute", id, "round", r, "commitBy", formatTime(rd.CommitDeadline))
				return nil
			}
			choice, err := parseChoice(dec.Choice)
			if err != nil {
				return fmt.Errorf("%s: %w", w.st.decisionFile(id), err)
			}
			salt := make([]byte, 32)
			if _, err := rand.Read(salt); err != nil {
				return err
			}
			cm, err := viewAs(ctx, ch, ch.dv(), dvABI.PackCommitmentOf(choice, [32]byte(salt), w.me, n, new(big.Int).SetUint64(r)), dvABI.UnpackCommitmentOf)
			if err != nil {
				return err
			}
			pv = pendingVote{Dispute: id, Round: r, Choice: choice, Salt: salt, Commitment: cm}
			// the salt is on disk before the commitment is on chain
			if err := writeJSON(vf, pv); err != nil {
				return fmt.Errorf("keeping the vote's salt: %w", err)
			}
		}
		if _, err := ch.dvSend(ctx, fmt.Sprintf("commit the vote in dispute %s round %d", id, r), dvABI.PackCommit(n, pv.Commitment)); err != nil {
			return err
		}
		w.log.Info("committed", "dispute", id, "round", r, "vote", nameOf(choiceNames, pv.Choice), "revealFrom", formatTime(rd.CommitDeadline+1))
	case v.Choice != 0:
		// revealed: nothing to do until the dispute resolves (or an appeal draws again)
	case !have:
		w.once(key+"/lost", slog.LevelError, "committed but the vote's salt is not in the state directory: it cannot be revealed", "dispute", id, "round", r, "file", vf)
	case pv.Commitment != common.Hash(v.Commitment):
		w.once(key+"/mismatch", slog.LevelError, "the kept vote does not match the commitment on chain", "dispute", id, "round", r, "file", vf)
	case now <= rd.CommitDeadline:
		// reveals open after the commit deadline
	case now > rd.RevealDeadline:
		w.once(key+"/late", slog.LevelWarn, "the reveal period ended before the vote was revealed", "dispute", id, "round", r)
	default:
		if _, err := ch.dvSend(ctx, fmt.Sprintf("reveal the vote in dispute %s round %d", id, r), dvABI.PackReveal(n, pv.Choice, [32]byte(pv.Salt))); err != nil {
			return err
		}
		w.log.Info("revealed", "dispute", id, "round", r, "vote", nameOf(choiceNames, pv.Choice))
	}
	return nil
}
