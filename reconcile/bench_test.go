package reconcile

import (
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/cdr"
)

// BenchmarkCompare100k matches 100,000 calls anchored by both operators (leaves only).
func BenchmarkCompare100k(b *testing.B) {
	const n = 100_000
	la, lb := make([]Located, n), make([]Located, n)
	for i := range n {
		l := cdr.CDRLeaf{Operator: opA, Seq: uint64(i + 1), CallID: crypto.Keccak256Hash([]byte(fmt.Sprint(i))), SetupTime: t0 + uint64(i),
			AnswerTime: t0 + uint64(i) + 1, EndTime: t0 + uint64(i) + 61, BillableSeconds: 60, SIPStatus: 200, Q850Cause: 16,
			OrigOperator: opA, TermOperator: opB, Side: cdr.SideOriginating}
		la[i].Leaf = l
		l.Operator, l.Side = opB, cdr.SideTerminating
		lb[i].Leaf = l
	}
	b.ResetTimer()
	for range b.N {
		rep, err := Compare(context.Background(), opA, opB, t0, t0+n, la, lb, Options{Tolerance: 1})
		if err != nil || rep.Totals.Matched != n {
			b.Fatal(err, rep.Totals)
		}
	}
}
