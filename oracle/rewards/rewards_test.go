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

func call(caller, callee string, answer uint64, secs uint32) cdr.Record {
	return cdr.Record{Caller: caller, Callee: callee, SetupTime: answer, AnswerTime: answer, EndTime: answer + uint64(secs),
		BillableSeconds: secs, SIPStatus: 200, OrigOperator: opA, TermOperator: opB}
}

func TestCompute(t *testing.T) {
	p := Params{Rate: big.NewInt(1000), OrigBps: 1000, TermBps: 2000, CallerBps: 3000, CalleeBps: 4000,
		MinBillableSeconds: 6, DailyCapSeconds: 100}
	prior := map[store.NumberDay]uint64{{Number: "+222", Day: day0 / 86400}: 30}
	days := func(_ context.Context, nd store.NumberDay) (uint64, error) { return prior[nd], nil }
	recs := []cdr.Record{
		call("+111", "+222", day0+10, 50),    // bob has 70 s left today: all 50 count
		call("+111", "+333", day0+100, 5),    // below the minimum: nothing
		call("+111", "+222", day0+200, 40),   // bob has 20 s left: 20 count
		call("+111", "+222", day0+300, 40),   // bob capped: nothing
		call("+333", "+111", day0+86400, 10), // next day, alice fresh (caller +333 unowned)
		{Caller: "+111", Callee: "+222", SetupTime: day0, EndTime: day0 + 9, SIPStatus: 486, OrigOperator: opA, TermOperator: opB},
	}
	res, err := Compute(context.Background(), p, recs, ownerOf, payoutOf, days)
	if err != nil {
		t.Fatal(err)
	}
	// Counted seconds: 50 + 20 on day 0 (alice and bob), 10 on day 1 (alice as callee).
	want := map[common.Address]int64{
		payA:  (70 + 10) * 1000 * 1000 / 10000,
		opB:   (70 + 10) * 1000 * 2000 / 10000,
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
	recs := []cdr.Record{call("+111", "+222", day0+10, 86400), call("+111", "+222", day0+100, 60)}
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
