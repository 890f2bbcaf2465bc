package logscan

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// cappedNode answers log queries from a fixed list of logs and, like public providers,
// refuses ranges wider than maxRange blocks or results longer than maxResults.
type cappedNode struct {
	logs                 []types.Log // in block order
	maxRange, maxResults uint64
	calls                int
}

func (n *cappedNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.calls++
	lo, hi := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if hi < lo {
		return nil, fmt.Errorf("invalid block range params")
	}
	if n.maxRange > 0 && hi-lo+1 > n.maxRange {
		return nil, fmt.Errorf("query exceeds max block range %d", n.maxRange)
	}
	i := sort.Search(len(n.logs), func(i int) bool { return n.logs[i].BlockNumber >= lo })
	j := sort.Search(len(n.logs), func(i int) bool { return n.logs[i].BlockNumber > hi })
	out := append([]types.Log(nil), n.logs[i:j]...)
	if n.maxResults > 0 && uint64(len(out)) > n.maxResults {
		return nil, fmt.Errorf("query returned more than %d results", n.maxResults)
	}
	return out, nil
}

func newNode(r *rand.Rand, blocks uint64) *cappedNode {
	n := &cappedNode{}
	for b := uint64(0); b < blocks; b++ {
		for i := r.IntN(3); i > 0; i-- {
			n.logs = append(n.logs, types.Log{BlockNumber: b, Index: uint(len(n.logs))})
		}
		if r.IntN(50) == 0 { // a log of a reorged block, which a node may still report
			n.logs = append(n.logs, types.Log{BlockNumber: b, Index: uint(len(n.logs)), Removed: true})
		}
	}
	return n
}

func want(n *cappedNode, from, to uint64) []uint {
	var out []uint
	for _, l := range n.logs {
		if l.BlockNumber >= from && l.BlockNumber <= to && !l.Removed {
			out = append(out, l.Index)
		}
	}
	return out
}

func TestForwardAndBackwardReadEveryLogOnceUnderProviderCaps(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 60 {
		n := newNode(r, 3000)
		n.maxRange = uint64(r.IntN(600)) // 0: no cap
		if n.maxRange == 0 || r.IntN(2) == 0 {
			n.maxResults = uint64(3 + r.IntN(100))
		}
		from := uint64(r.IntN(3000))
		to := from + uint64(r.IntN(int(3000-from)))
		o := Options{Span: uint64(1 + r.IntN(5000)), MaxSpan: uint64(1 + r.IntN(20000))}
		exp := want(n, from, to)

		var fwd []uint
		err := Forward(context.Background(), n, ethereum.FilterQuery{}, from, to, o, func(ls []types.Log) error {
			for _, l := range ls {
				fwd = append(fwd, l.Index)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("round %d: Forward(%d, %d, %+v) with caps %d blocks / %d results: %v", round, from, to, o, n.maxRange, n.maxResults, err)
		}
		if fmt.Sprint(fwd) != fmt.Sprint(exp) {
			t.Fatalf("round %d: Forward read %d logs, want %d (%v vs %v)", round, len(fwd), len(exp), fwd, exp)
		}

		var pages [][]uint
		err = Backward(context.Background(), n, ethereum.FilterQuery{}, from, to, o, func(ls []types.Log) (bool, error) {
			var p []uint
			for _, l := range ls {
				p = append(p, l.Index)
			}
			pages = append(pages, p)
			return false, nil
		})
		if err != nil {
			t.Fatalf("round %d: Backward: %v", round, err)
		}
		var bwd []uint
		for i := len(pages) - 1; i >= 0; i-- {
			bwd = append(bwd, pages[i]...)
		}
		if fmt.Sprint(bwd) != fmt.Sprint(exp) {
			t.Fatalf("round %d: Backward read %v, want %v", round, bwd, exp)
		}
	}
}

func TestBackwardStopsAtTheNewestMatch(t *testing.T) {
	n := newNode(rand.New(rand.NewPCG(3, 4)), 100_000)
	n.maxRange = 1000
	target := n.logs[len(n.logs)-40] // a log near the head
	var found *types.Log
	err := Backward(context.Background(), n, ethereum.FilterQuery{}, 0, 99_999, Options{Span: 100}, func(ls []types.Log) (bool, error) {
		for i := range ls {
			if ls[i].Index == target.Index {
				found = &ls[i]
				return true, nil
			}
		}
		return false, nil
	})
	if err != nil || found == nil {
		t.Fatalf("Backward: found %v, err %v", found, err)
	}
	if n.calls > 3 {
		t.Fatalf("Backward read %d pages to find a log 40 logs from the head; it should stop at the first match", n.calls)
	}
}

func TestErrorsThatAreNotLimitsAreReturnedWithTheRange(t *testing.T) {
	boom := errors.New("connection refused")
	f := filterFunc(func(context.Context, ethereum.FilterQuery) ([]types.Log, error) { return nil, boom })
	err := Forward(context.Background(), f, ethereum.FilterQuery{}, 10, 20, Options{}, func([]types.Log) error { return nil })
	if !errors.Is(err, boom) || err.Error() != "reading logs of blocks 10-20: connection refused" {
		t.Fatalf("Forward error = %v", err)
	}
	// A node that refuses even one block as too large: the error comes back, no endless loop.
	n := &cappedNode{logs: []types.Log{{BlockNumber: 5}, {BlockNumber: 5}}, maxResults: 1}
	err = Backward(context.Background(), n, ethereum.FilterQuery{}, 0, 9, Options{}, func([]types.Log) (bool, error) { return false, nil })
	if err == nil || !IsLimitErr(err) {
		t.Fatalf("Backward over an unreadable block: %v", err)
	}
	// fn's error ends the scan and comes back as is.
	stop := errors.New("stop")
	n = newNode(rand.New(rand.NewPCG(5, 6)), 100)
	if err := Forward(context.Background(), n, ethereum.FilterQuery{}, 0, 99, Options{Span: 10}, func([]types.Log) error { return stop }); err != stop {
		t.Fatalf("Forward returned %v, want fn's error", err)
	}
	if n.calls != 1 {
		t.Fatalf("Forward read %d pages after fn failed", n.calls)
	}
}

type filterFunc func(context.Context, ethereum.FilterQuery) ([]types.Log, error)

func (f filterFunc) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return f(ctx, q)
}
