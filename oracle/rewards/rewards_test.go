package rewards

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/store"
)

var (
	opA, opB   = common.HexToAddress("0xA1"), common.HexToAddress("0xB1")
	payA       = common.HexToAddress("0xA2")
	alice, bob = common.HexToAddress("0xC1"), common.HexToAddress("0xD1")
	day0       = uint64(1700000000 / 86400 * 86400)
	owners     = map[string]common.Address{"+111": alice, "+222": bob}
	ownerOf    = func(_ context.Context, n string) (common.Address, error) { return owners[n], nil }
	payoutOf   = func(_ context.Context, op common.Address) (common.Address, error) {
		if op == opA {
			return payA, nil
		}
		return op, nil
	}
)

// call is a call from opA's subscriber to opB's, as opA (originating side) writes it.
func call(caller, callee string, answer uint64, secs uint32) cdr.Record {
	return cdr.Record{Operator: opA, Caller: caller, Callee: callee, SetupTime: answer, AnswerTime: answer, EndTime: answer + uint64(secs),
		BillableSeconds: secs, SIPStatus: 200, OrigOperator: opA, TermOperator: opB, Side: cdr.SideOriginating}
}

// internal is call inside opA: one CDR, which pays all four shares.
func internal(caller, callee string, answer uint64, secs uint32) cdr.Record {
	r := call(caller, callee, answer, secs)
	r.TermOperator = opA
	return r
}

// terminating is the same call as opB (terminating side) writes it.
func terminating(r cdr.Record) cdr.Record {
	r.Operator, r.Side = r.TermOperator, cdr.SideTerminating
	return r
}

func TestCompute(t *testing.T) {
	p := Params{Rate: big.NewInt(1000), OrigBps: 1000, TermBps: 2000, CallerBps: 3000, CalleeBps: 4000,
		MinBillableSeconds: 6, DailyCapSeconds: 100}
	prior := map[store.NumberDay]uint64{{Number: "+222", Day: day0 / 86400}: 30}
	days := func(_ context.Context, nd store.NumberDay) (uint64, error) { return prior[nd], nil }
	recs := []cdr.Record{
		internal("+111", "+222", day0+10, 50),    // bob has 70 s left today: all 50 count
		internal("+111", "+333", day0+100, 5),    // below the minimum: nothing
		internal("+111", "+222", day0+200, 40),   // bob has 20 s left: 20 count
		internal("+111", "+222", day0+300, 40),   // bob capped: nothing
		internal("+333", "+111", day0+86400, 10), // next day, alice fresh (caller +333 unowned)
		{Operator: opA, Caller: "+111", Callee: "+222", SetupTime: day0, EndTime: day0 + 9, SIPStatus: 486, OrigOperator: opA, TermOperator: opA, Side: cdr.SideOriginating},
	}
	res, err := Compute(context.Background(), p, recs, ownerOf, payoutOf, days)
	if err != nil {
		t.Fatal(err)
	}
	// Counted seconds: 50 + 20 on day 0 (alice and bob), 10 on day 1 (alice as callee).
	// Calls inside opA: opA's payout gets both operator shares.
	want := map[common.Address]int64{
		payA:  (70 + 10) * 1000 * (1000 + 2000) / 10000,
		alice: 70*1000*3000/10000 + 10*1000*4000/10000,
		bob:   70 * 1000 * 4000 / 10000,
	}
	total := int64(0)
	for a, v := range want {
		if res.Added[a] == nil || res.Added[a].Int64() != v {
			t.Errorf("%s: %v, want %d", a, res.Added[a], v)
		}
		total += v
	}
	if len(res.Added) != len(want) || res.Total.Int64() != total {
		t.Errorf("added %v total %v, want %d", res.Added, res.Total, total)
	}
	if res.Total.Cmp(new(big.Int).Mul(p.Rate, big.NewInt(50+5+40+40+10))) > 0 {
		t.Error("total above rate x billable seconds (CDRAnchor would refuse it)")
	}
	if got := res.NumberDays[store.NumberDay{Number: "+222", Day: day0 / 86400}]; got != 30+50+40+40 {
		t.Errorf("bob's day seconds %d", got)
	}
	cum := Cumulative(map[common.Address]*big.Int{alice: big.NewInt(5)}, res.Added)
	if cum[alice].Int64() != 5+want[alice] {
		t.Errorf("cumulative %v", cum[alice])
	}
}

// TestComputeCutsCallsToMaxCallSeconds: a call longer than CDRAnchor's longest call earns only
// that long, so a batch's rewards never exceed rate x its CDR count x MaxCallSeconds (what
// anchor accepts).
func TestComputeCutsCallsToMaxCallSeconds(t *testing.T) {
	p := Params{Rate: big.NewInt(1000), OrigBps: 2500, TermBps: 2500, CallerBps: 2500, CalleeBps: 2500, MaxCallSeconds: 3600}
	days := func(context.Context, store.NumberDay) (uint64, error) { return 0, nil }
	recs := []cdr.Record{internal("+111", "+222", day0+10, 86400), internal("+111", "+222", day0+100, 60)}
	res, err := Compute(context.Background(), p, recs, ownerOf, payoutOf, days)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64((3600 + 60) * 1000); res.Total.Int64() != want {
		t.Fatalf("total %s, want %d", res.Total, want)
	}
	if max := int64(len(recs)) * 3600 * 1000; res.Total.Int64() > max {
		t.Fatalf("total %s above what anchor accepts (%d)", res.Total, max)
	}
}

// One reward per call: a call from opA's alice to opB's bob is written by both operators
// (same call id); opA's oracle pays only the originating half (opA's share, alice), opB's
// only the terminating half (opB's share, bob). Over both sides' batches each of the four
// accounts is paid exactly once, and the sum is the call's reward once, never twice.
func TestCrossOperatorCallPaysEachShareOnce(t *testing.T) {
	p := Params{Rate: big.NewInt(1000), OrigBps: 1000, TermBps: 2000, CallerBps: 3000, CalleeBps: 4000}
	days := func(context.Context, store.NumberDay) (uint64, error) { return 0, nil }
	ctx := context.Background()
	orig := call("+111", "+222", day0+10, 60)
	orig.CallID = common.Hash{1}
	term := terminating(orig)
	// each oracle's batch holds its own side's CDR
	resA, err := Compute(ctx, p, []cdr.Record{orig}, ownerOf, payoutOf, days)
	if err != nil {
		t.Fatal(err)
	}
	resB, err := Compute(ctx, p, []cdr.Record{term}, ownerOf, payoutOf, days)
	if err != nil {
		t.Fatal(err)
	}
	reward := int64(60 * 1000)
	want := map[common.Address]int64{payA: reward * 1000 / 10000, opB: reward * 2000 / 10000, alice: reward * 3000 / 10000, bob: reward * 4000 / 10000}
	paidBy := map[common.Address]int{}
	for _, res := range []*Result{resA, resB} {
		for a, v := range res.Added {
			paidBy[a]++
			if v.Int64() != want[a] {
				t.Errorf("%s paid %s, want %d", a, v, want[a])
			}
		}
	}
	for a := range want {
		if paidBy[a] != 1 {
			t.Errorf("%s paid by %d oracles, want exactly 1", a, paidBy[a])
		}
	}
	if len(paidBy) != 4 || resA.Added[opB] != nil || resB.Added[payA] != nil || resA.Added[bob] != nil || resB.Added[alice] != nil {
		t.Errorf("a share paid by the wrong side: A %v, B %v", resA.Added, resB.Added)
	}
	if sum := new(big.Int).Add(resA.Total, resB.Total); sum.Int64() != reward {
		t.Errorf("both sides pay %s in all, the call's reward is %d", sum, reward)
	}
	// The same call inside one operator is one CDR and pays all four shares.
	in := internal("+111", "+222", day0+10, 60)
	res, err := Compute(ctx, p, []cdr.Record{in}, ownerOf, payoutOf, days)
	if err != nil {
		t.Fatal(err)
	}
	if res.Total.Int64() != reward || res.Added[payA].Int64() != reward*3000/10000 || res.Added[alice].Int64() != want[alice] || res.Added[bob].Int64() != want[bob] {
		t.Errorf("a call inside one operator pays %v, want the whole reward %d", res.Added, reward)
	}
}

// Whatever the split and the call, the two sides' CDRs of a call together pay exactly what
// the call's single CDR pays inside one operator: no share twice, none lost.
func FuzzHalvesPayTheRewardOnce(f *testing.F) {
	f.Add(uint16(1000), uint16(2000), uint16(3000), uint16(4000), uint32(60))
	f.Add(uint16(10000), uint16(0), uint16(0), uint16(0), uint32(1))
	f.Fuzz(func(t *testing.T, o, te, cr, ce uint16, secs uint32) {
		o, te, cr, ce = o%10001, te%10001, cr%10001, ce%10001
		if int(o)+int(te)+int(cr)+int(ce) > 10000 || secs == 0 || secs > 86400*7 {
			t.Skip()
		}
		p := Params{Rate: big.NewInt(7), OrigBps: o, TermBps: te, CallerBps: cr, CalleeBps: ce}
		days := func(context.Context, store.NumberDay) (uint64, error) { return 0, nil }
		ctx := context.Background()
		orig := call("+111", "+222", day0, secs)
		a, err := Compute(ctx, p, []cdr.Record{orig}, ownerOf, payoutOf, days)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Compute(ctx, p, []cdr.Record{terminating(orig)}, ownerOf, payoutOf, days)
		if err != nil {
			t.Fatal(err)
		}
		one, err := Compute(ctx, p, []cdr.Record{internal("+111", "+222", day0, secs)}, ownerOf, payoutOf, days)
		if err != nil {
			t.Fatal(err)
		}
		if sum := new(big.Int).Add(a.Total, b.Total); sum.Cmp(one.Total) != 0 {
			t.Fatalf("two sides pay %s, one CDR %s", sum, one.Total)
		}
		for acct, v := range a.Added {
			if b.Added[acct] != nil {
				t.Fatalf("%s paid by both sides (%s and %s)", acct, v, b.Added[acct])
			}
		}
	})
}

// A CDR whose side its operator is not on pays nothing and stops the computation.
func TestComputeRefusesAWrongSide(t *testing.T) {
	p := Params{Rate: big.NewInt(1000), OrigBps: 2500, TermBps: 2500, CallerBps: 2500, CalleeBps: 2500}
	days := func(context.Context, store.NumberDay) (uint64, error) { return 0, nil }
	for _, mutate := range []func(r *cdr.Record){
		func(r *cdr.Record) { r.Side = cdr.SideUnknown },
		func(r *cdr.Record) { r.Side = cdr.SideTerminating }, // opA is not termOperator
		func(r *cdr.Record) { r.Operator = opB },             // opB is not origOperator
	} {
		r := call("+111", "+222", day0, 60)
		mutate(&r)
		if res, err := Compute(context.Background(), p, []cdr.Record{r}, ownerOf, payoutOf, days); err == nil {
			t.Errorf("%+v: paid %v", r, res.Added)
		}
	}
}
