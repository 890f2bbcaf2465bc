// Package ratecost is RateExchange's rule for the cost of a call (DESIGN.md: with
// increments I/S a call is billed the first I seconds, then ceil((duration - I) / S)
// blocks of S seconds), the one Go definition the oracle and the indexer share. It equals
// the contract's costOf for every input, including the edge cases: 0 s costs 0 whatever
// the entry, and an entry with a 0 increment is an error for any other duration (the
// contract reverts InvalidIncrement(0); publish never stores one).
package ratecost

import (
	"errors"
	"math/big"
)

// ErrZeroIncrement is returned for a duration > 0 under an entry with a 0 increment.
var ErrZeroIncrement = errors.New("ratecost: billing increment is 0")

// ErrNegative is returned when the rate or the fee is negative.
var ErrNegative = errors.New("ratecost: negative rate or connect fee")

// Entry is what the cost depends on (RateExchange.RateEntry without its effective time).
// Nil amounts count as 0.
type Entry struct {
	RatePerMinute       *big.Int // token wei per minute
	ConnectFee          *big.Int // token wei per answered call
	InitialIncrement    uint32   // seconds
	SubsequentIncrement uint32   // seconds
}

// Billed is the billed seconds of a call of duration seconds: init when duration <= init,
// else init + ceil((duration - init) / sub) * sub; 0 for 0 s.
func Billed(init, sub, duration uint32) (uint64, error) {
	if duration == 0 {
		return 0, nil
	}
	if init == 0 || sub == 0 {
		return 0, ErrZeroIncrement
	}
	i, s, d := uint64(init), uint64(sub), uint64(duration)
	if d <= i {
		return i, nil
	}
	return i + (d-i+s-1)/s*s, nil // < 2^33: no overflow
}

// Cost is connectFee + ceil(billed * ratePerMinute / 60), 0 for 0 s (RateExchange.costOf).
func Cost(e Entry, duration uint32) (*big.Int, error) {
	billed, err := Billed(e.InitialIncrement, e.SubsequentIncrement, duration)
	if err != nil || billed == 0 {
		return new(big.Int), err
	}
	rate, fee := orZero(e.RatePerMinute), orZero(e.ConnectFee)
	if rate.Sign() < 0 || fee.Sign() < 0 {
		return nil, ErrNegative
	}
	c := new(big.Int).Mul(new(big.Int).SetUint64(billed), rate)
	c.Add(c, big.NewInt(59))
	c.Quo(c, big.NewInt(60))
	return c.Add(c, fee), nil
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
