package ratecost_test

import (
	"errors"
	"math/big"
	mrand "math/rand"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/ratecost"
	"github.com/dotsnet/dots/simtest"
)

// contract is RateExchange deployed on a simulated chain; costOf asks it.
type contract struct {
	rx   *rateexchange.RateExchange
	inst *bind.BoundContract
}

func deploy(t testing.TB) *contract {
	t.Helper()
	ch := simtest.New(t)
	rx := rateexchange.NewRateExchange()
	addr := ch.Deploy(t, "RateExchange", rateexchange.RateExchangeMetaData.Bin, rx.PackConstructor(ch.From))
	return &contract{rx: rx, inst: rx.Instance(ch.Client, addr)}
}

// costOf is the contract's answer: the cost, or errZero when it reverts InvalidIncrement(0).
func (c *contract) costOf(t testing.TB, e ratecost.Entry, d uint32) (*big.Int, error) {
	t.Helper()
	re := rateexchange.RateExchangeRateEntry{RatePerMinute: e.RatePerMinute, ConnectFee: e.ConnectFee,
		InitialIncrement: e.InitialIncrement, SubsequentIncrement: e.SubsequentIncrement, EffectiveTime: 0}
	got, err := bind.Call(c.inst, nil, c.rx.PackCostOf(re, d), c.rx.UnpackCostOf)
	if err != nil {
		var de interface{ ErrorData() any }
		if errors.As(err, &de) {
			if s, ok := de.ErrorData().(string); ok {
				if v, uerr := c.rx.UnpackError(common.FromHex(s)); uerr == nil {
					if ie, ok := v.(*rateexchange.RateExchangeInvalidIncrement); ok && ie.Index.Sign() == 0 {
						return nil, ratecost.ErrZeroIncrement
					}
				}
			}
		}
		t.Fatalf("costOf(%+v, %d): %v", e, d, err)
	}
	return got, nil
}

func same(t testing.TB, c *contract, e ratecost.Entry, d uint32) {
	t.Helper()
	want, werr := c.costOf(t, e, d)
	got, gerr := ratecost.Cost(e, d)
	if !errors.Is(gerr, werr) && !(gerr == nil && werr == nil) {
		t.Fatalf("entry %+v, %d s: Go error %v, contract error %v", e, d, gerr, werr)
	}
	if werr == nil && got.Cmp(want) != 0 {
		t.Fatalf("entry %+v, %d s: Go %s, contract %s", e, d, got, want)
	}
}

var maxAmount = new(big.Int).Lsh(big.NewInt(1), 80) // RateExchange.MAX_AMOUNT + 1

// Cost equals the contract's costOf for random entries and durations, zero increments and
// zero durations included (issue 15: the oracle and the indexer used to disagree there).
func TestCostEqualsContract(t *testing.T) {
	c := deploy(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 15))
	r1 := mrand.New(mrand.NewSource(int64(seed)))
	incs := []uint32{0, 1, 6, 30, 59, 60, 61, 65535}
	for range 300 {
		e := ratecost.Entry{RatePerMinute: new(big.Int).Rand(r1, maxAmount), ConnectFee: new(big.Int).Rand(r1, maxAmount),
			InitialIncrement: rng.Uint32N(65536), SubsequentIncrement: rng.Uint32N(65536)}
		if rng.IntN(2) == 0 {
			e.InitialIncrement, e.SubsequentIncrement = incs[rng.IntN(len(incs))], incs[rng.IntN(len(incs))]
		}
		d := []uint32{0, 1, e.InitialIncrement, e.InitialIncrement + 1, rng.Uint32N(7200), rng.Uint32()}[rng.IntN(6)]
		same(t, c, e, d)
	}
}

func TestCostEdges(t *testing.T) {
	e := ratecost.Entry{RatePerMinute: big.NewInt(600), ConnectFee: big.NewInt(5), InitialIncrement: 60, SubsequentIncrement: 60}
	for _, tc := range []struct {
		d    uint32
		want int64
	}{{0, 0}, {1, 605}, {60, 605}, {61, 1205}, {120, 1205}} {
		got, err := ratecost.Cost(e, tc.d)
		if err != nil || got.Int64() != tc.want {
			t.Errorf("%d s: %v, %v; want %d", tc.d, got, err, tc.want)
		}
	}
	e.SubsequentIncrement = 0
	if got, err := ratecost.Cost(e, 0); err != nil || got.Sign() != 0 {
		t.Errorf("0 s under a 0 increment: %v, %v; want 0", got, err)
	}
	if _, err := ratecost.Cost(e, 1); !errors.Is(err, ratecost.ErrZeroIncrement) {
		t.Errorf("1 s under a 0 increment: %v, want ErrZeroIncrement", err)
	}
	if _, err := ratecost.Cost(ratecost.Entry{RatePerMinute: big.NewInt(-1), InitialIncrement: 1, SubsequentIncrement: 1}, 1); !errors.Is(err, ratecost.ErrNegative) {
		t.Errorf("negative rate: %v", err)
	}
	if got, err := ratecost.Cost(ratecost.Entry{InitialIncrement: 1, SubsequentIncrement: 1}, 9); err != nil || got.Sign() != 0 {
		t.Errorf("nil amounts: %v, %v", got, err)
	}
}

// FuzzCostEqualsContract: any entry within the contract's ranges and any duration cost the
// same in Go and on the contract (simulated backend).
func FuzzCostEqualsContract(f *testing.F) {
	f.Add(uint64(600), uint64(5), uint32(60), uint32(60), uint32(61))
	f.Add(uint64(1), uint64(0), uint32(0), uint32(6), uint32(1))
	f.Add(uint64(7), uint64(3), uint32(59), uint32(0), uint32(0))
	f.Add(^uint64(0), ^uint64(0), uint32(65535), uint32(65535), ^uint32(0))
	c := deploy(f)
	f.Fuzz(func(t *testing.T, rate, fee uint64, init, sub, d uint32) {
		// amounts up to 2^80: shift the 64-bit inputs up by their low bits
		r := new(big.Int).Lsh(new(big.Int).SetUint64(rate), uint(rate%17))
		fe := new(big.Int).Lsh(new(big.Int).SetUint64(fee), uint(fee%17))
		same(t, c, ratecost.Entry{RatePerMinute: r, ConnectFee: fe, InitialIncrement: init % 65536, SubsequentIncrement: sub % 65536}, d)
	})
}
