// Package logscan reads Ethereum logs over a block range in pages, as providers that cap
// eth_getLogs by block range or result size require: pages grow while the node answers and
// shrink when it refuses a page as too large.
package logscan

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// Filterer is what reads logs (ethclient.Client, the simulated backend's client).
type Filterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Options size the pages.
type Options struct {
	// Span is the first page's number of blocks (default 2,000).
	Span uint64
	// MaxSpan bounds a page's number of blocks (default 50,000).
	MaxSpan uint64
}

func (o Options) spans() (uint64, uint64) {
	span, maxSpan := o.Span, o.MaxSpan
	if maxSpan == 0 {
		maxSpan = 50_000
	}
	if span == 0 {
		span = min(2_000, maxSpan)
	}
	return min(span, maxSpan), maxSpan
}

// IsLimitErr tells whether a log query failed because its range or its result was too large
// (the messages of geth, Erigon, Infura, Alchemy, QuickNode and others), or timed out.
func IsLimitErr(err error) bool {
	s := strings.ToLower(err.Error())
	for _, w := range []string{"too many", "limit", "exceed", "range", "too large", "response size", "more than", "timeout", "timed out"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// page reads the logs of blocks [lo, hi] for q (q's block range and hash are ignored). When
// the node refuses the page as too large, it halves *span and says retry.
func page(ctx context.Context, f Filterer, q ethereum.FilterQuery, lo, hi uint64, span *uint64) (logs []types.Log, retry bool, err error) {
	q.BlockHash = nil
	q.FromBlock, q.ToBlock = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi)
	logs, err = f.FilterLogs(ctx, q)
	if err != nil {
		if IsLimitErr(err) && hi > lo && ctx.Err() == nil {
			*span = max(1, (hi-lo+1)/2)
			return nil, true, nil
		}
		return nil, false, fmt.Errorf("reading logs of blocks %d-%d: %w", lo, hi, err)
	}
	kept := logs[:0]
	for _, l := range logs {
		if !l.Removed {
			kept = append(kept, l)
		}
	}
	return kept, false, nil
}

// Forward calls fn with the logs matching q in blocks [from, to], oldest page first, each
// page in the node's order. A page the node refuses as too large is halved and read again;
// after a success the next page doubles, up to MaxSpan. It stops at fn's first error.
func Forward(ctx context.Context, f Filterer, q ethereum.FilterQuery, from, to uint64, o Options, fn func([]types.Log) error) error {
	span, maxSpan := o.spans()
	for lo := from; lo <= to; {
		hi := to
		if to-lo >= span {
			hi = lo + span - 1
		}
		logs, retry, err := page(ctx, f, q, lo, hi, &span)
		if retry {
			continue
		}
		if err != nil {
			return err
		}
		if err := fn(logs); err != nil {
			return err
		}
		if hi == to {
			return nil
		}
		lo, span = hi+1, min(maxSpan, span*2)
	}
	return nil
}

// Backward calls fn with the logs matching q in blocks [from, to], newest page first, each
// page in the node's order, until fn says stop. Pages are sized as in Forward.
func Backward(ctx context.Context, f Filterer, q ethereum.FilterQuery, from, to uint64, o Options, fn func([]types.Log) (stop bool, err error)) error {
	span, maxSpan := o.spans()
	for hi := to; hi >= from; {
		lo := from
		if hi-from >= span {
			lo = hi - span + 1
		}
		logs, retry, err := page(ctx, f, q, lo, hi, &span)
		if retry {
			continue
		}
		if err != nil {
			return err
		}
		stop, err := fn(logs)
		if err != nil || stop || lo == from {
			return err
		}
		hi, span = lo-1, min(maxSpan, span*2)
	}
	return nil
}
