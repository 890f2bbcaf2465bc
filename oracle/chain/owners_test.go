package chain

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/bindings/numberregistry"
)

// fakeRegistry serves NumberRegistry events for one number, block i at time 1000+10*i,
// and counts the RPCs it answers.
type fakeRegistry struct {
	reg   *numberregistry.NumberRegistry
	head  uint64
	logs  []types.Log
	calls atomic.Int64
}

func (f *fakeRegistry) event(t *testing.T, block uint64, name string, topics []common.Hash, data ...any) {
	ev := f.reg.GetABI().Events[name]
	b, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		t.Fatal(err)
	}
	f.logs = append(f.logs, types.Log{BlockNumber: block, Index: uint(len(f.logs)), Topics: append([]common.Hash{ev.ID}, topics...), Data: b})
	f.head = max(f.head, block)
}

func (f *fakeRegistry) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	f.calls.Add(1)
	var out []types.Log
	for _, l := range f.logs {
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			out = append(out, l)
		}
	}
	return out, nil
}

func (f *fakeRegistry) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	f.calls.Add(1)
	return common.LeftPadBytes(big.NewInt(100).Bytes(), 32), nil // gracePeriod = 100 s
}

func (f *fakeRegistry) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	f.calls.Add(1)
	b := f.head
	if n != nil {
		b = n.Uint64()
	}
	return &types.Header{Number: new(big.Int).SetUint64(b), Time: 1000 + 10*b}, nil
}

func TestOwnerAtFollowsTheHistory(t *testing.T) {
	const num = "+14155550100"
	node := crypto.Keccak256Hash([]byte(num))
	a, b, c := common.HexToAddress("0xa"), common.HexToAddress("0xb"), common.HexToAddress("0xc")
	f := &fakeRegistry{reg: numberregistry.NewNumberRegistry()}
	topic := func(x common.Address) common.Hash { return common.BytesToHash(x.Bytes()) }
	// a claims at block 1 (t=1010) until t=1100, renews to 1200 at block 5 (1050), transfers
	// to b at block 10 (1100), b releases at block 20 (1200), c claims at block 30 (1300)
	// until 1400 and lets it lapse (grace 100: owned until 1500).
	f.event(t, 1, "NumberClaimed", []common.Hash{node, topic(a)}, num, uint64(1100), big.NewInt(0))
	f.event(t, 5, "NumberRenewed", []common.Hash{node, topic(a)}, num, uint64(1200), a)
	f.event(t, 10, "NumberTransferred", []common.Hash{node, topic(a), topic(b)}, num)
	f.event(t, 20, "NumberReleased", []common.Hash{node, topic(b)}, num, big.NewInt(0), false, uint64(1201))
	f.event(t, 30, "NumberClaimed", []common.Hash{node, topic(c)}, num, uint64(1400), big.NewInt(0))
	f.head = 100 // t=2000
	h := NewOwnerHistory(f, common.HexToAddress("0x1"), 0, 0)
	for _, tc := range []struct {
		at   uint64
		want common.Address
	}{
		{1000, common.Address{}}, {1010, a}, {1099, a}, {1150, b}, {1199, b}, {1200, common.Address{}},
		{1250, common.Address{}}, {1300, c}, {1499, c}, {1500, common.Address{}}, {1999, common.Address{}},
	} {
		got, err := h.OwnerAt(context.Background(), num, tc.at)
		if err != nil || got != tc.want {
			t.Errorf("owner at %d: %v %v, want %v", tc.at, got, err, tc.want)
		}
	}
	// Every question about a time the history covers was answered from one read.
	read := f.calls.Load()
	if read == 0 || read > 3+5 { // head, grace, logs, one header per event block
		t.Fatalf("%d RPCs for the first read", read)
	}
	for i := 0; i < 100; i++ {
		h.OwnerAt(context.Background(), num, 1050)
	}
	if f.calls.Load() != read {
		t.Fatalf("%d more RPCs for cached answers", f.calls.Load()-read)
	}
}
