package cdr

import (
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
)

func randHash(rng *rand.Rand) (h common.Hash) {
	for i := range h {
		h[i] = byte(rng.UintN(256))
	}
	return h
}

func randAddr(rng *rand.Rand) (a common.Address) {
	for i := range a {
		a[i] = byte(rng.UintN(256))
	}
	return a
}

func randE164(rng *rand.Rand) string {
	n := 1 + rng.IntN(15)
	b := []byte{'+', byte('1' + rng.IntN(9))}
	for len(b) < n+1 {
		b = append(b, byte('0'+rng.IntN(10)))
	}
	return string(b)
}

// randRecord returns a valid record; extreme values appear often so encoding edges get hit.
func randRecord(rng *rand.Rand) Record {
	pick64 := func() uint64 {
		switch rng.IntN(4) {
		case 0:
			return 1<<64 - 1 - uint64(rng.IntN(1000))
		case 1:
			return uint64(rng.IntN(100))
		default:
			return 1_700_000_000 + uint64(rng.IntN(1e8))
		}
	}
	setup := pick64() & (1<<63 - 1)
	r := Record{
		Operator:     randAddr(rng),
		Seq:          pick64(),
		CallID:       randHash(rng),
		Caller:       randE164(rng),
		Callee:       randE164(rng),
		Salt:         randHash(rng),
		SetupTime:    setup,
		EndTime:      setup + uint64(rng.IntN(100000)),
		SIPStatus:    uint16(100 + rng.IntN(600)),
		Q850Cause:    uint8(rng.IntN(128)),
		OrigOperator: randAddr(rng),
		TermOperator: randAddr(rng),
	}
	if rng.IntN(3) > 0 {
		r.AnswerTime = r.SetupTime + uint64(rng.IntN(int(r.EndTime-r.SetupTime)+1))
		if r.AnswerTime == 0 {
			r.AnswerTime = r.EndTime
		}
		r.BillableSeconds = uint32(r.EndTime - r.AnswerTime)
	}
	if rng.IntN(2) == 0 {
		r.MOS = uint16(100 + rng.IntN(401))
	}
	if r.Salt == (common.Hash{}) {
		r.Salt[0] = 1
	}
	if r.Operator == (common.Address{}) {
		r.Operator[0] = 1
	}
	// The writer's side: originating (it is origOperator; a third of those inside one
	// operator) or terminating (it is termOperator of a call from another operator).
	switch rng.IntN(3) {
	case 0:
		r.Side, r.OrigOperator, r.TermOperator = SideOriginating, r.Operator, r.Operator
	case 1:
		r.Side, r.OrigOperator = SideOriginating, r.Operator
	default:
		r.Side, r.TermOperator = SideTerminating, r.Operator
		if r.OrigOperator == r.Operator {
			r.OrigOperator[0] ^= 1
		}
	}
	return r
}

func randLeaves(rng *rand.Rand, n int) []CDRLeaf {
	out := make([]CDRLeaf, n)
	for i := range out {
		r := randRecord(rng)
		out[i] = r.LeafValue()
	}
	return out
}

func randRewards(rng *rand.Rand, n int) []Reward {
	out := make([]Reward, n)
	for i := range out {
		amt := new(big.Int)
		switch rng.IntN(3) {
		case 0:
			amt.SetUint64(rng.Uint64())
		case 1:
			amt.Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(int64(1+rng.IntN(1000))))
		default:
			amt.SetInt64(int64(rng.IntN(10)))
		}
		out[i] = Reward{Account: randAddr(rng), CumulativeAmount: amt}
	}
	return out
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Sprintf("must: %v", err))
	}
	return v
}

// setOperator makes op the writer of r, keeping r's side consistent (op becomes the
// operator of r's side).
func setOperator(r *Record, op common.Address) {
	internal := r.OrigOperator == r.TermOperator
	r.Operator = op
	if r.Side == SideTerminating {
		r.TermOperator = op
		if r.OrigOperator == op {
			r.OrigOperator[0] ^= 1
		}
		return
	}
	r.OrigOperator = op
	if internal {
		r.TermOperator = op
	}
}
