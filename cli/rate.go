package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/dotsnet/dots/bindings/rateexchange"
)

// ---------------------------------------------------------------- RateExchange calls

var rxABI = rateexchange.NewRateExchange()

func (ch *chain) rates() common.Address { return ch.dep.RateExchange }

func (ch *chain) sellerTerms(ctx context.Context, s common.Address) (rateexchange.SellerTermsOutput, error) {
	return viewAs(ctx, ch, ch.rates(), rxABI.PackSellerTerms(s), rxABI.UnpackSellerTerms)
}

func (ch *chain) quote(ctx context.Context, s common.Address, dest string, at uint64, secs uint32) (rateexchange.QuoteOutput, error) {
	return viewAs(ctx, ch, ch.rates(), rxABI.PackQuote(s, dest, at, secs), rxABI.UnpackQuote)
}

// entryAt is the seller's entry for prefix in force at t; ok is false when there is none.
func (ch *chain) entryAt(ctx context.Context, s common.Address, prefix string, t uint64) (rateexchange.RateExchangeRateEntry, bool, error) {
	out, err := ch.view(ctx, ch.rates(), rxABI.PackEntryAt(s, prefix, t))
	if err != nil {
		if strings.Contains(err.Error(), "NoRate") {
			return rateexchange.RateExchangeRateEntry{}, false, nil
		}
		return rateexchange.RateExchangeRateEntry{}, false, err
	}
	e, err := rxABI.UnpackEntryAt(out)
	return e.Entry, err == nil, err
}

func (ch *chain) publishRates(ctx context.Context, what string, in []rateexchange.RateExchangeRateInput) (uint64, error) {
	r, err := ch.send(ctx, txCall{What: what, Contract: "RateExchange", To: ch.rates(), Data: rxABI.PackPublish(in)})
	if err != nil {
		return 0, err
	}
	return r.GasUsed, nil
}

// ---------------------------------------------------------------- commands

func rateCommand() *cli.Command {
	return &cli.Command{
		Name:  "rate",
		Usage: "publish and quote wholesale rate decks (RateExchange); see dots help rates",
		Subcommands: []*cli.Command{
			{
				Name:  "publish",
				Usage: "publish an A-Z deck (CSV with a header row) in as many transactions as it takes; resumable",
				Flags: sendFlags(stateDirFlag(),
					&cli.StringFlag{Name: "deck", Usage: "CSV deck file", Required: true},
					&cli.StringFlag{Name: "effective", Usage: "effective time of rows without one (default: as soon as the notice rules allow)"},
					&cli.IntFlag{Name: "per-tx", Usage: "entries per transaction", Value: 100},
					&cli.BoolFlag{Name: "check", Usage: "check the deck against the notice rules and stop"},
				),
				Action: ratePublish,
			},
			rateShowCommand(),
			rateAgreementCommand(),
			{
				Name: "quote", Usage: "price a call under a seller's deck",
				Flags: append(chainFlags(), jsonFlag(),
					&cli.StringFlag{Name: "seller", Usage: "seller address", Required: true},
					&cli.StringFlag{Name: "to", Usage: "destination number (E.164)", Required: true},
					&cli.UintFlag{Name: "seconds", Usage: "billable seconds", Required: true},
					&cli.StringFlag{Name: "at", Usage: "time of the call (default: now)"}),
				Action: rateQuote,
			},
		},
	}
}

// publishState is what a resumed publish of the same deck skips.
type publishState struct {
	Deck      string `json:"deckSha256"`
	Effective uint64 `json:"effective"`
	Sent      int    `json:"sent"` // rows published so far, in file order
}

var indexInErr = regexp.MustCompile(`\(index=(\d+)`)

func ratePublish(c *cli.Context) error {
	ctx := c.Context
	path := c.String("deck")
	raw, err := os.ReadFile(path)
	if err != nil {
		return cli.Exit("reading the deck: "+err.Error(), 2)
	}
	rows, err := parseDeck(strings.NewReader(string(raw)))
	if err != nil {
		return cli.Exit(path+": "+err.Error(), 2)
	}
	per := c.Int("per-tx")
	if per < 1 || per > 500 {
		return cli.Exit(fmt.Sprintf("--per-tx %d: want 1 to 500 entries per transaction", per), 2)
	}
	ch, err := openChain(c, true)
	if err != nil {
		return fail("publishing "+path, err)
	}
	defer ch.close()
	seller := ch.from.Address()
	sum := sha256.Sum256(raw)
	stateFile := filepath.Join(c.String("state-dir"), "rates", fmt.Sprintf("%d-%s-%s.json", ch.dep.ChainID, seller.Hex(), hex.EncodeToString(sum[:8])))
	st := publishState{Deck: hex.EncodeToString(sum[:])}
	if b, err := os.ReadFile(stateFile); err == nil {
		if err := json.Unmarshal(b, &st); err != nil {
			return cli.Exit(fmt.Sprintf("reading %s: %v (delete it to start over)", stateFile, err), 2)
		}
		fmt.Fprintf(c.App.ErrWriter, "resuming: %d of %d rows already published (%s)\n", st.Sent, len(rows), stateFile)
	}
	head, err := ch.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fail("reading the latest block", err)
	}
	terms, err := ch.sellerTerms(ctx, seller)
	if err != nil {
		return fail("reading the notice rules", err)
	}
	now := max(head.Time, uint64(time.Now().Unix()))
	if st.Effective == 0 {
		st.Effective = now + terms.NoticeForDecrease.Uint64() + 120 // two minutes to mine
		if s := c.String("effective"); s != "" {
			t, err := parseWhen(s)
			if err != nil {
				return cli.Exit("--effective "+err.Error(), 2)
			}
			st.Effective = uint64(t.Unix())
		}
	}
	// the notice rules, before anything is sent
	var late []string
	for i := st.Sent; i < len(rows); i++ {
		r := &rows[i]
		eff := r.Effective
		if eff == 0 {
			eff = st.Effective
		}
		soonest := now + terms.NoticeForDecrease.Uint64()
		why := "changes"
		if cur, ok, err := ch.entryAt(ctx, seller, r.Prefix, eff); err != nil {
			return fail("reading the deck in force", err)
		} else if ok && (r.Rate.Cmp(cur.RatePerMinute) > 0 || r.ConnectFee.Cmp(cur.ConnectFee) > 0) {
			soonest, why = now+terms.NoticeForIncrease.Uint64(), "an increase"
		}
		if eff < soonest {
			late = append(late, fmt.Sprintf("line %d (prefix %s): effective %s, but %s needs notice until at least %s", r.Line, r.Prefix, formatTime(eff), why, formatTime(soonest)))
		}
	}
	if len(late) > 0 {
		if len(late) > 20 {
			late = append(late[:20], fmt.Sprintf("... and %d more", len(late)-20))
		}
		return cli.Exit(fmt.Sprintf("%s breaks the notice rules; nothing was sent:\n  %s", path, strings.Join(late, "\n  ")), 1)
	}
	if c.Bool("check") {
		fmt.Fprintf(c.App.Writer, "%s: %d rows meet the notice rules\n", path, len(rows)-st.Sent)
		return nil
	}
	left := len(rows) - st.Sent
	fmt.Fprintf(c.App.ErrWriter, "publishing %d rows of %s as seller %s in %d transactions\n", left, path, seller.Hex(), (left+per-1)/per)
	if err := os.MkdirAll(filepath.Dir(stateFile), 0o700); err != nil {
		return fail("keeping the publish's progress", err)
	}
	bar := progressbar.NewOptions(len(rows), progressbar.OptionSetWriter(c.App.ErrWriter), progressbar.OptionSetDescription("rows"),
		progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(false), progressbar.OptionClearOnFinish())
	_ = bar.Set(st.Sent)
	var gasTotal uint64
	first := true
	for st.Sent < len(rows) {
		end := min(st.Sent+per, len(rows))
		in := make([]rateexchange.RateExchangeRateInput, 0, end-st.Sent)
		for _, r := range rows[st.Sent:end] {
			eff := r.Effective
			if eff == 0 {
				eff = st.Effective
			}
			in = append(in, rateexchange.RateExchangeRateInput{Prefix: r.Prefix, RatePerMinute: r.Rate, ConnectFee: r.ConnectFee,
				InitialIncrement: r.Initial, SubsequentIncrement: r.Subsequent, EffectiveTime: eff})
		}
		ch.quiet = !first // the first transaction is summarised (and confirmed on a terminal)
		gas, err := ch.publishRates(ctx, fmt.Sprintf("publish rows %d-%d of %d", st.Sent+1, end, len(rows)), in)
		if err != nil {
			msg := err.Error()
			if m := indexInErr.FindStringSubmatch(msg); m != nil {
				if k, e := strconv.Atoi(m[1]); e == nil && k < len(in) {
					msg += fmt.Sprintf(" (line %d of the deck, prefix %s)", rows[st.Sent+k].Line, rows[st.Sent+k].Prefix)
				}
			}
			return cli.Exit(fmt.Sprintf("%s; %d rows published so far, run the same command again to resume", msg, st.Sent), 2)
		}
		first = false
		gasTotal += gas
		st.Sent = end
		b, _ := json.Marshal(st)
		if err := os.WriteFile(stateFile, b, 0o600); err != nil {
			return fail("keeping the publish's progress", err)
		}
		_ = bar.Set(st.Sent)
	}
	_ = bar.Finish()
	_ = os.Remove(stateFile)
	fmt.Fprintf(c.App.Writer, "published %d rows, %d gas (%d per entry), effective from %s\n", left, gasTotal, gasTotal/uint64(max(left, 1)), formatTime(st.Effective))
	return nil
}

type quoteView struct {
	Seller     common.Address `json:"seller"`
	To         string         `json:"to"`
	Seconds    uint32         `json:"seconds"`
	At         uint64         `json:"at"`
	Prefix     string         `json:"prefix"`
	Rate       string         `json:"ratePerMinute"`
	ConnectFee string         `json:"connectFee"`
	Increments string         `json:"increments"`
	Cost       string         `json:"cost"`
	CostWei    string         `json:"costWei"`
}

func rateQuote(c *cli.Context) error {
	seller, err := addrFlagValue(c, "seller")
	if err != nil {
		return cli.Exit("quoting: "+err.Error(), 2)
	}
	to, err := parseE164(c.String("to"))
	if err != nil {
		return cli.Exit("quoting: --to "+err.Error(), 2)
	}
	secs := c.Uint("seconds")
	if secs > 1<<32-1 {
		return cli.Exit("quoting: --seconds is too large", 2)
	}
	at := uint64(time.Now().Unix())
	if s := c.String("at"); s != "" {
		t, err := parseWhen(s)
		if err != nil {
			return cli.Exit("quoting: --at "+err.Error(), 2)
		}
		at = uint64(t.Unix())
	}
	ch, err := openChain(c, false)
	if err != nil {
		return fail("quoting", err)
	}
	defer ch.close()
	q, err := ch.quote(c.Context, seller, to, at, uint32(secs))
	if err != nil {
		if strings.Contains(err.Error(), "NoRate") {
			return cli.Exit(fmt.Sprintf("quoting %s: seller %s has no rate for it at %s", to, seller.Hex(), formatTime(at)), 1)
		}
		return fail("quoting "+to, err)
	}
	v := quoteView{Seller: seller, To: to, Seconds: uint32(secs), At: at, Prefix: q.Prefix, Rate: formatDOTS(q.Entry.RatePerMinute),
		ConnectFee: formatDOTS(q.Entry.ConnectFee), Increments: fmt.Sprintf("%d/%d", q.Entry.InitialIncrement, q.Entry.SubsequentIncrement),
		Cost: formatDOTS(q.Cost), CostWei: q.Cost.String()}
	return printOut(c, v, func() {
		fmt.Fprintf(c.App.Writer, "%s for %ds at %s: %s (prefix %s, %s/min, connect %s, increments %s)\n",
			to, secs, formatTime(at), v.Cost, v.Prefix, v.Rate, v.ConnectFee, v.Increments)
	})
}

// rateEntryView is one published entry.
type rateEntryView struct {
	Prefix     string `json:"prefix"`
	Rate       string `json:"ratePerMinute"`
	ConnectFee string `json:"connectFee"`
	Increments string `json:"increments"`
	Effective  uint64 `json:"effective"`
}

// publishedRates lists every entry seller published (RatePublished events), in order.
func (ch *chain) publishedRates(ctx context.Context, seller common.Address) ([]rateEntryView, error) {
	ev := rxABI.GetABI().Events["RatePublished"]
	logs, err := ch.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(ch.fromBlock()), Addresses: []common.Address{ch.rates()},
		Topics: [][]common.Hash{{ev.ID}, {common.BytesToHash(seller.Bytes())}}})
	if err != nil {
		return nil, fmt.Errorf("reading RateExchange's RatePublished events: %w", err)
	}
	out := make([]rateEntryView, 0, len(logs))
	for _, l := range logs {
		v, err := ev.Inputs.NonIndexed().Unpack(l.Data)
		if err != nil || len(v) < 6 {
			return nil, fmt.Errorf("reading a RatePublished event: %v", err)
		}
		p, _ := v[0].(string)
		rate, _ := v[1].(*big.Int)
		fee, _ := v[2].(*big.Int)
		ini, _ := v[3].(uint32)
		sub, _ := v[4].(uint32)
		eff, _ := v[5].(uint64)
		out = append(out, rateEntryView{Prefix: p, Rate: formatDOTS(rate), ConnectFee: formatDOTS(fee), Increments: fmt.Sprintf("%d/%d", ini, sub), Effective: eff})
	}
	return out, nil
}

func rateShowCommand() *cli.Command {
	return &cli.Command{
		Name: "show", Usage: "list a seller's published entries (every prefix, every effective time)",
		Flags: append(chainFlags(), jsonFlag(), &cli.StringFlag{Name: "seller", Usage: "seller address", Required: true},
			&cli.StringFlag{Name: "prefix", Usage: "only this prefix"}),
		Action: func(c *cli.Context) error {
			seller, err := addrFlagValue(c, "seller")
			if err != nil {
				return cli.Exit("showing rates: "+err.Error(), 2)
			}
			ch, err := openChain(c, false)
			if err != nil {
				return fail("showing rates", err)
			}
			defer ch.close()
			all, err := ch.publishedRates(c.Context, seller)
			if err != nil {
				return fail("showing the rates of "+seller.Hex(), err)
			}
			rows := []rateEntryView{}
			for _, r := range all {
				if p := strings.TrimPrefix(c.String("prefix"), "+"); p == "" || p == r.Prefix {
					rows = append(rows, r)
				}
			}
			return printOut(c, rows, func() {
				t := newTable(c.App.Writer, "PREFIX", "RATE/MIN", "CONNECT", "INCREMENTS", "EFFECTIVE")
				for _, r := range rows {
					t.row("+"+r.Prefix, r.Rate, r.ConnectFee, r.Increments, formatTime(r.Effective))
				}
				t.flush()
			})
		},
	}
}
