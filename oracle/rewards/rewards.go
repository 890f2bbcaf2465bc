// Package rewards computes the rewards a batch of CDRs earns under CDRAnchor's parameters:
// billable seconds (at most the longest call CDRAnchor accepts) x reward rate for answered
// calls of at least the minimum billable seconds, capped per number per UTC day, split in basis points between the originating
// and terminating operators and the owners (in NumberRegistry) of the caller's and the
// callee's numbers. Numbers nobody owns earn nothing. Each CDR pays only the half of its
// side (Halves), so a call between two operators, written by both, pays every share once.
package rewards

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/store"
)

// Params are the on-chain reward parameters.
type Params struct {
	Rate                 *big.Int // per billable second
	OrigBps, TermBps     uint16
	CallerBps, CalleeBps uint16
	MinBillableSeconds   uint32
	DailyCapSeconds      uint32 // 0: no cap
	// MaxCallSeconds is the longest call CDRAnchor accepts (a batch declares at most its CDR
	// count times this): a call's rewarded seconds are cut to it. 0: no cut.
	MaxCallSeconds uint32
}

// Owners resolves a number to its owner (zero when none).
type Owners func(ctx context.Context, e164 string) (common.Address, error)

// Payouts resolves an operator to the address its reward share is paid to.
type Payouts func(ctx context.Context, operator common.Address) (common.Address, error)

// DaySeconds returns the seconds already counted for a number on a day.
type DaySeconds func(ctx context.Context, nd store.NumberDay) (uint64, error)

// Result is what a batch adds.
type Result struct {
	Added      map[common.Address]*big.Int // new amounts per account
	NumberDays map[store.NumberDay]uint64  // new totals of daily seconds per number
	Total      *big.Int                    // sum of Added
}

// Compute the rewards of records (in sequence order).
func Compute(ctx context.Context, p Params, records []cdr.Record, owners Owners, payouts Payouts, days DaySeconds) (*Result, error) {
	res := &Result{Added: map[common.Address]*big.Int{}, NumberDays: map[store.NumberDay]uint64{}, Total: new(big.Int)}
	ownerCache := map[string]common.Address{}
	owner := func(n string) (common.Address, error) {
		if a, ok := ownerCache[n]; ok {
			return a, nil
		}
		a, err := owners(ctx, n)
		if err != nil {
			return a, fmt.Errorf("resolving the owner of a number: %w", err)
		}
		ownerCache[n] = a
		return a, nil
	}
	payoutCache := map[common.Address]common.Address{}
	payout := func(op common.Address) (common.Address, error) {
		if op == (common.Address{}) {
			return op, nil
		}
		if a, ok := payoutCache[op]; ok {
			return a, nil
		}
		a, err := payouts(ctx, op)
		if err != nil {
			return a, fmt.Errorf("payout of operator %s: %w", op, err)
		}
		payoutCache[op] = a
		return a, nil
	}
	used := func(nd store.NumberDay) (uint64, error) {
		if v, ok := res.NumberDays[nd]; ok {
			return v, nil
		}
		v, err := days(ctx, nd)
		if err != nil {
			return 0, err
		}
		res.NumberDays[nd] = v
		return v, nil
	}
	add := func(a common.Address, v *big.Int) {
		if a == (common.Address{}) || v.Sign() == 0 {
			return
		}
		if res.Added[a] == nil {
			res.Added[a] = new(big.Int)
		}
		res.Added[a].Add(res.Added[a], v)
		res.Total.Add(res.Total, v)
	}
	if p.Rate == nil || p.Rate.Sign() == 0 {
		return res, nil
	}
	for i := range records {
		r := &records[i]
		if r.AnswerTime == 0 || r.BillableSeconds == 0 || r.BillableSeconds < p.MinBillableSeconds {
			continue
		}
		secs := uint64(r.BillableSeconds)
		if p.MaxCallSeconds > 0 {
			secs = min(secs, uint64(p.MaxCallSeconds))
		}
		day := r.AnswerTime / 86400
		cr, ce := store.NumberDay{Number: r.Caller, Day: day}, store.NumberDay{Number: r.Callee, Day: day}
		if p.DailyCapSeconds > 0 {
			for _, nd := range []store.NumberDay{cr, ce} {
				u, err := used(nd)
				if err != nil {
					return nil, err
				}
				left := uint64(0)
				if u < uint64(p.DailyCapSeconds) {
					left = uint64(p.DailyCapSeconds) - u
				}
				secs = min(secs, left)
			}
		}
		for _, nd := range []store.NumberDay{cr, ce} {
			u, err := used(nd)
			if err != nil {
				return nil, err
			}
			res.NumberDays[nd] = u + uint64(r.BillableSeconds)
		}
		if secs == 0 {
			continue
		}
		reward := new(big.Int).Mul(p.Rate, new(big.Int).SetUint64(secs))
		share := func(bps uint16) *big.Int {
			return new(big.Int).Div(new(big.Int).Mul(reward, big.NewInt(int64(bps))), big.NewInt(10000))
		}
		callerOwner, err := owner(r.Caller)
		if err != nil {
			return nil, err
		}
		calleeOwner, err := owner(r.Callee)
		if err != nil {
			return nil, err
		}
		origHalf, termHalf, err := Halves(r)
		if err != nil {
			return nil, err
		}
		if origHalf {
			origPayout, err := payout(r.OrigOperator)
			if err != nil {
				return nil, err
			}
			add(origPayout, share(p.OrigBps))
			add(callerOwner, share(p.CallerBps))
		}
		if termHalf {
			termPayout, err := payout(r.TermOperator)
			if err != nil {
				return nil, err
			}
			add(termPayout, share(p.TermBps))
			add(calleeOwner, share(p.CalleeBps))
		}
	}
	return res, nil
}

// Halves says which halves of a call's rewards the CDR r pays, so that a call pays each
// share once: for a call between two operators both write a CDR with the same call id,
// and the originating side's pays the originating half (its operator share and the
// caller's owner), the terminating side's the terminating half (its operator share and
// the callee's owner); the single CDR of a call inside one operator (originating side,
// origOperator == termOperator) pays both. A record whose side is not one its operator is
// on (cdr.CheckSide) pays nothing and is an error.
func Halves(r *cdr.Record) (orig, term bool, err error) {
	if err := cdr.CheckSide(r.Operator, r.OrigOperator, r.TermOperator, r.Side); err != nil {
		return false, false, fmt.Errorf("rewards of CDR seq %d: %w", r.Seq, err)
	}
	if r.Side == cdr.SideTerminating {
		return false, true, nil
	}
	return true, r.OrigOperator == r.TermOperator, nil
}

// Cumulative adds a batch's amounts to the previous cumulative amounts (a new map).
func Cumulative(prev, added map[common.Address]*big.Int) map[common.Address]*big.Int {
	out := make(map[common.Address]*big.Int, len(prev)+len(added))
	for a, v := range prev {
		out[a] = new(big.Int).Set(v)
	}
	for a, v := range added {
		if out[a] == nil {
			out[a] = new(big.Int)
		}
		out[a].Add(out[a], v)
	}
	return out
}
