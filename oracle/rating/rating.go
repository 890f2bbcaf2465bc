// Package rating gives each CDR its cost under the operator's rate deck on RateExchange:
// the cost `quote` answers for the callee, the call's answer time and its billable seconds.
//
// Quotes are cached. The operator's RatePublished events say which prefixes have entries
// and from when, so the entry `quote` finds for a call is known locally as (prefix, index
// in the prefix's history: an event's index is where the entry was inserted, the scheduled
// entries from there move up one); the first call under an entry asks `quote`, later ones
// reuse its entry with the contract's own costOf rule (package ratecost). New RatePublished events (looked for
// before every batch) refresh the deck and empty the cache.
package rating

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/logscan"
	"github.com/dotsnet/dots/ratecost"
)

// Backend is what the rater needs of a chain client (ethclient.Client and go-ethereum's
// simulated client both are one).
type Backend interface {
	bind.ContractBackend
	BlockNumber(ctx context.Context) (uint64, error)
}

// Cost is a CDR's rating: its cost in token wei under the entry of Prefix, or NoRate when
// the operator has no entry in force for the callee at the call's time.
type Cost struct {
	Seq    uint64
	Amount *big.Int // nil when NoRate
	Prefix string   // matching prefix (digits)
	NoRate bool
}

// Rater rates CDRs for one seller (the operator).
type Rater struct {
	be         Backend
	rx         *rateexchange.RateExchange
	c          *bind.BoundContract
	addr       common.Address
	seller     common.Address
	startBlock uint64

	mu         sync.Mutex
	scanned    uint64 // last block whose events are in deck
	scannedAny bool
	deck       map[string][]uint64 // prefix -> effective times by history index
	cache      map[entryKey]rateexchange.RateExchangeRateEntry
	// Quotes counts the calls of `quote` (a cache miss each).
	Quotes int
}

type entryKey struct {
	prefix string
	index  int
}

// New returns a rater of seller's deck on the RateExchange at addr; events are searched
// from startBlock (the deployment block).
func New(be Backend, addr, seller common.Address, startBlock uint64) *Rater {
	rx := rateexchange.NewRateExchange()
	return &Rater{be: be, rx: rx, c: rx.Instance(be, addr), addr: addr, seller: seller, startBlock: startBlock,
		deck: map[string][]uint64{}, cache: map[entryKey]rateexchange.RateExchangeRateEntry{}}
}

// Refresh reads the seller's RatePublished events since the last refresh. When there are
// new ones the cached quotes are dropped. It returns the number of new events.
func (r *Rater) Refresh(ctx context.Context) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.refresh(ctx)
}

func (r *Rater) refresh(ctx context.Context) (int, error) {
	head, err := r.be.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("reading head for rate events: %w", err)
	}
	from := r.startBlock
	if r.scannedAny {
		from = max(from, r.scanned+1)
	}
	if from > head {
		return 0, nil
	}
	ev := r.rx.GetABI().Events["RatePublished"]
	n := 0
	q := ethereum.FilterQuery{Addresses: []common.Address{r.addr},
		Topics: [][]common.Hash{{ev.ID}, {common.BytesToHash(r.seller.Bytes())}}}
	err = logscan.Forward(ctx, r.be, q, from, head, logscan.Options{}, func(logs []types.Log) error {
		for i := range logs {
			e, err := r.rx.UnpackRatePublishedEvent(&logs[i])
			if err != nil {
				return fmt.Errorf("decoding RatePublished: %w", err)
			}
			h := r.deck[e.Prefix]
			idx := int(e.Index.Int64())
			if !e.Index.IsInt64() || idx < 0 || idx > len(h) {
				return fmt.Errorf("RatePublished index %s out of range (history of %q has %d entries)", e.Index, e.Prefix, len(h))
			}
			// The entry is inserted at idx; the (scheduled) entries from there move up one.
			r.deck[e.Prefix] = slices.Insert(h, idx, e.EffectiveTime)
			n++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("reading RatePublished events: %w", err)
	}
	r.scanned, r.scannedAny = head, true
	if n > 0 {
		clear(r.cache)
	}
	return n, nil
}

// match is the prefix and history index `quote` would use for destination digits at time t:
// the longest prefix with an entry in force (the last entry with effectiveTime <= t).
func (r *Rater) match(digits string, t uint64) (entryKey, bool) {
	for l := min(len(digits), 15); l > 0; l-- {
		h, ok := r.deck[digits[:l]]
		if !ok || len(h) == 0 || h[0] > t {
			continue
		}
		// Last index with h[i] <= t (effective times never decrease along a history; of
		// equal times the later published is at the higher index).
		i := sort.Search(len(h), func(i int) bool { return h[i] > t }) - 1
		return entryKey{digits[:l], i}, true
	}
	return entryKey{}, false
}

// Rate refreshes the deck and rates records. An answered call costs what `quote` says for
// its callee at its answer time and billable seconds; an unanswered call costs 0 (under
// the entry it would have had). Records with no entry in force get NoRate.
func (r *Rater) Rate(ctx context.Context, records []cdr.Record) ([]Cost, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, err := r.refresh(ctx); err != nil {
		return nil, err
	}
	out := make([]Cost, len(records))
	for i := range records {
		rec := &records[i]
		out[i].Seq = rec.Seq
		t := rec.AnswerTime
		if t == 0 {
			t = rec.SetupTime
		}
		digits := strings.TrimPrefix(rec.Callee, "+")
		k, ok := r.match(digits, t)
		if !ok {
			out[i].NoRate = true
			continue
		}
		out[i].Prefix = k.prefix
		if rec.AnswerTime == 0 || rec.BillableSeconds == 0 {
			out[i].Amount = new(big.Int)
			continue
		}
		if e, ok := r.cache[k]; ok {
			c, err := CostOf(e, rec.BillableSeconds)
			if err != nil {
				return nil, fmt.Errorf("rating CDR %d under %s entry %d: %w", rec.Seq, k.prefix, k.index, err)
			}
			out[i].Amount = c
			continue
		}
		q, err := r.quote(ctx, rec.Callee, t, rec.BillableSeconds)
		var nr noRateError
		switch {
		case errors.As(err, &nr):
			// The deck changed under us (events not seen yet): no rate as of now.
			out[i].NoRate, out[i].Prefix = true, ""
			continue
		case err != nil:
			return nil, err
		}
		out[i].Amount, out[i].Prefix = q.Cost, q.Prefix
		if q.Prefix == k.prefix && q.Entry.EffectiveTime == r.deck[k.prefix][k.index] {
			r.cache[k] = q.Entry
		}
	}
	return out, nil
}

type noRateError struct{ reason string }

func (e noRateError) Error() string { return e.reason }

func (r *Rater) quote(ctx context.Context, dest string, t uint64, secs uint32) (rateexchange.QuoteOutput, error) {
	r.Quotes++
	q, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.rx.PackQuote(r.seller, dest, t, secs), r.rx.UnpackQuote)
	if err != nil {
		var de interface{ ErrorData() any }
		if errors.As(err, &de) {
			if s, ok := de.ErrorData().(string); ok && len(common.FromHex(s)) >= 4 {
				if v, uerr := r.rx.UnpackError(common.FromHex(s)); uerr == nil {
					if _, isNoRate := v.(*rateexchange.RateExchangeNoRate); isNoRate {
						return q, noRateError{fmt.Sprintf("%T%+v", v, v)}
					}
				}
			}
		}
		return q, fmt.Errorf("quoting %s at %d for %ds: %w", dest, t, secs, err)
	}
	return q, nil
}

// CostOf is RateExchange.costOf (package ratecost, the rule the indexer uses too): 0 for
// 0 s, ratecost.ErrZeroIncrement for an entry with a 0 increment.
func CostOf(e rateexchange.RateExchangeRateEntry, duration uint32) (*big.Int, error) {
	return ratecost.Cost(ratecost.Entry{RatePerMinute: e.RatePerMinute, ConnectFee: e.ConnectFee,
		InitialIncrement: e.InitialIncrement, SubsequentIncrement: e.SubsequentIncrement}, duration)
}
