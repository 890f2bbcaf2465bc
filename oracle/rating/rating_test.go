package rating

import (
	"context"
	"math/big"
	mrand "math/rand"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/simtest"
)

type net struct {
	*simtest.Chain
	seller common.Address
	addr   common.Address
	rx     *rateexchange.RateExchange
	inst   *bind.BoundContract
}

func deploy(t *testing.T) *net {
	t.Helper()
	ch := simtest.New(t)
	n := &net{Chain: ch, seller: ch.From, rx: rateexchange.NewRateExchange()}
	n.addr = ch.Deploy(t, "RateExchange", rateexchange.RateExchangeMetaData.Bin, n.rx.PackConstructor(ch.From))
	n.inst = n.rx.Instance(ch.Client, n.addr)
	return n
}

func (n *net) now(t *testing.T) uint64 {
	h, err := n.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

func (n *net) publish(t *testing.T, entries ...rateexchange.RateExchangeRateInput) {
	t.Helper()
	tx, err := n.inst.RawTransact(n.Opts, n.rx.PackPublish(entries))
	if err != nil {
		t.Fatalf("publishing: %v", err)
	}
	n.Mine(t, tx)
}

func (n *net) quote(t *testing.T, dest string, at uint64, secs uint32) rateexchange.QuoteOutput {
	t.Helper()
	q, err := bind.Call(n.inst, nil, n.rx.PackQuote(n.seller, dest, at, secs), n.rx.UnpackQuote)
	if err != nil {
		t.Fatalf("quote %s: %v", dest, err)
	}
	return q
}

func answered(seq uint64, callee string, at uint64, secs uint32) cdr.Record {
	return cdr.Record{Seq: seq, Caller: "+4930901820", Callee: callee, SetupTime: at - 3, AnswerTime: at, EndTime: at + uint64(secs),
		BillableSeconds: secs, SIPStatus: 200, Q850Cause: 16}
}

// Every rated cost is what RateExchange.quote answers for the same call; one quote per
// entry in force, and a newly published entry is picked up.
func TestRateEqualsQuote(t *testing.T) {
	n := deploy(t)
	ctx := context.Background()
	r := New(n.Client, n.addr, n.seller, 0)

	// No deck yet: nothing is rated, and no quote is asked.
	costs, err := r.Rate(ctx, []cdr.Record{answered(1, "+14155550123", n.now(t)+100, 60)})
	if err != nil || !costs[0].NoRate || r.Quotes != 0 {
		t.Fatalf("without rates: %+v %v (%d quotes)", costs, err, r.Quotes)
	}

	t0 := n.now(t) + 10
	n.publish(t,
		rateexchange.RateExchangeRateInput{Prefix: "1", RatePerMinute: big.NewInt(600_000), ConnectFee: big.NewInt(100), InitialIncrement: 60, SubsequentIncrement: 60, EffectiveTime: t0},
		rateexchange.RateExchangeRateInput{Prefix: "1415", RatePerMinute: big.NewInt(1_200_007), ConnectFee: big.NewInt(0), InitialIncrement: 30, SubsequentIncrement: 6, EffectiveTime: t0},
		rateexchange.RateExchangeRateInput{Prefix: "44", RatePerMinute: big.NewInt(333_333), ConnectFee: big.NewInt(7), InitialIncrement: 1, SubsequentIncrement: 1, EffectiveTime: t0 + 50},
	)
	at := t0 + 100
	var recs []cdr.Record
	for i, secs := range []uint32{1, 29, 30, 31, 36, 37, 61, 3599} {
		recs = append(recs, answered(uint64(10+i), "+14155550123", at+uint64(i), secs))
		recs = append(recs, answered(uint64(20+i), "+12125550100", at+uint64(i), secs))
		recs = append(recs, answered(uint64(30+i), "+442079460000", at+uint64(i), secs))
	}
	recs = append(recs,
		answered(40, "+4930901820", at, 60),      // no prefix of the deck
		answered(41, "+442079460001", t0+20, 60), // 44 not yet in force; no shorter prefix
		cdr.Record{Seq: 42, Caller: "+4930901820", Callee: "+14155550199", SetupTime: at, EndTime: at + 20, SIPStatus: 486, Q850Cause: 17},
	)
	costs, err = r.Rate(ctx, recs)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range costs {
		rec := recs[i]
		if c.Seq != rec.Seq {
			t.Fatalf("cost %d is for seq %d, record is %d", i, c.Seq, rec.Seq)
		}
		switch rec.Seq {
		case 40, 41:
			if !c.NoRate || c.Amount != nil {
				t.Errorf("seq %d: %+v, want no rate", rec.Seq, c)
			}
			continue
		case 42:
			if c.NoRate || c.Amount.Sign() != 0 || c.Prefix != "1415" {
				t.Errorf("unanswered call: %+v, want cost 0 under 1415", c)
			}
			continue
		}
		q := n.quote(t, rec.Callee, rec.AnswerTime, rec.BillableSeconds)
		if c.NoRate || c.Amount.Cmp(q.Cost) != 0 || c.Prefix != q.Prefix {
			t.Errorf("seq %d %s %ds: rated %+v, quote says %s under %s", rec.Seq, rec.Callee, rec.BillableSeconds, c, q.Cost, q.Prefix)
		}
	}
	if r.Quotes != 3 {
		t.Errorf("%d quotes for 3 entries in force", r.Quotes)
	}

	// A decrease for 1415 from t1: calls after it are rated under the new entry, calls
	// before under the old one, and the cache was refreshed by the event.
	t1 := n.now(t) + 1000
	n.publish(t, rateexchange.RateExchangeRateInput{Prefix: "1415", RatePerMinute: big.NewInt(600_001), ConnectFee: big.NewInt(0),
		InitialIncrement: 30, SubsequentIncrement: 6, EffectiveTime: t1})
	before, after := answered(50, "+14155550123", at, 95), answered(51, "+14155550123", t1+5, 95)
	costs, err = r.Rate(ctx, []cdr.Record{before, after})
	if err != nil {
		t.Fatal(err)
	}
	for i, rec := range []cdr.Record{before, after} {
		q := n.quote(t, rec.Callee, rec.AnswerTime, rec.BillableSeconds)
		if costs[i].Amount.Cmp(q.Cost) != 0 {
			t.Errorf("seq %d: rated %s, quote says %s", rec.Seq, costs[i].Amount, q.Cost)
		}
	}
	if costs[0].Amount.Cmp(costs[1].Amount) <= 0 {
		t.Errorf("the decrease did not lower the cost: %s then %s", costs[0].Amount, costs[1].Amount)
	}
	if r.Quotes != 5 {
		t.Errorf("%d quotes in all, want 5 (3, then old and new 1415 entries after the refresh)", r.Quotes)
	}
}

// CostOf equals the contract's costOf for random entries and durations.
func TestCostOfEqualsContract(t *testing.T) {
	n := deploy(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 11))
	r1 := mrand.New(mrand.NewSource(int64(seed)))
	maxAmount := new(big.Int).Lsh(big.NewInt(1), 80)
	for range 200 {
		e := rateexchange.RateExchangeRateEntry{
			RatePerMinute: new(big.Int).Rand(r1, maxAmount), ConnectFee: new(big.Int).Rand(r1, maxAmount),
			InitialIncrement: 1 + rng.Uint32N(65535), SubsequentIncrement: 1 + rng.Uint32N(65535),
		}
		if rng.IntN(2) == 0 {
			e.InitialIncrement, e.SubsequentIncrement = []uint32{1, 6, 30, 60}[rng.IntN(4)], []uint32{1, 6, 30, 60}[rng.IntN(4)]
		}
		d := rng.Uint32N(7200)
		if rng.IntN(10) == 0 {
			d = rng.Uint32()
		}
		want, err := bind.Call(n.inst, nil, n.rx.PackCostOf(e, d), n.rx.UnpackCostOf)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := CostOf(e, d); err != nil || got.Cmp(want) != 0 {
			t.Fatalf("entry %+v, %d s: Go %s, contract %s", e, d, got, want)
		}
	}
}

// An entry published before scheduled ones is inserted under them (issue 13 item 8): the
// rater's deck follows the moved indexes, and every rated cost still equals quote.
func TestRateAfterInsertedEntry(t *testing.T) {
	n := deploy(t)
	ctx := context.Background()
	t0 := n.now(t) + 10
	in := func(rate int64, at uint64) rateexchange.RateExchangeRateInput {
		return rateexchange.RateExchangeRateInput{Prefix: "44", RatePerMinute: big.NewInt(rate), ConnectFee: big.NewInt(0),
			InitialIncrement: 60, SubsequentIncrement: 60, EffectiveTime: at}
	}
	n.publish(t, in(1000, t0), in(3000, t0+8*86400), in(2000, t0+9*86400))
	r := New(n.Client, n.addr, n.seller, 0)
	check := func(wantRates ...int64) {
		t.Helper()
		times := []uint64{t0 + 1, t0 + 3600, t0 + 8*86400, t0 + 9*86400}
		var recs []cdr.Record
		for i, at := range times {
			recs = append(recs, answered(uint64(i), "+447700900123", at, 60))
		}
		costs, err := r.Rate(ctx, recs)
		if err != nil {
			t.Fatal(err)
		}
		for i, at := range times {
			q := n.quote(t, "+447700900123", at, 60)
			if costs[i].NoRate || costs[i].Amount.Cmp(q.Cost) != 0 || q.Cost.Int64() != wantRates[i] {
				t.Errorf("at +%d s: rated %+v, quote %s, want %d", at-t0, costs[i], q.Cost, wantRates[i])
			}
		}
	}
	check(1000, 1000, 3000, 2000)
	// a decrease from an hour on, inserted before the two scheduled entries
	n.publish(t, in(500, t0+3600))
	if _, err := r.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	if h := r.deck["44"]; len(h) != 4 || h[1] != t0+3600 || h[3] != t0+9*86400 {
		t.Fatalf("deck %v", h)
	}
	check(1000, 500, 3000, 2000)
}
