package reconcile

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/rating"
)

var (
	opA, opB, opC = common.HexToAddress("0xA1"), common.HexToAddress("0xB1"), common.HexToAddress("0xC1")
	t0            = uint64(1764633600)
)

// docSource serves leaves from batch documents as they come back from IPFS (marshalled
// and loaded again).
type docSource map[common.Address][]*cdr.BatchDocument

func (s docSource) Leaves(_ context.Context, op common.Address, _, _ uint64) ([]Located, error) {
	var out []Located
	for i, d := range s[op] {
		for _, v := range d.Tree.Values() {
			out = append(out, Located{Leaf: v, BatchID: uint64(i + 1), CID: fmt.Sprintf("cid-%s-%d", op.Hex()[:6], i)})
		}
	}
	return out, nil
}

// side writes call i as op: originating for A's callers, terminating for B's.
func record(t *testing.T, op, orig, term common.Address, i int, secs uint32, status uint16) cdr.Record {
	t.Helper()
	setup := t0 + uint64(i)*100
	r := cdr.Record{Operator: op, CallID: crypto.Keccak256Hash([]byte(fmt.Sprintf("call-%d@a.example", i))),
		Caller: fmt.Sprintf("+1415555%04d", i), Callee: fmt.Sprintf("+4420790%04d", i), SetupTime: setup, EndTime: setup + 2 + uint64(secs),
		SIPStatus: status, Q850Cause: cdr.SIPToQ850(status), OrigOperator: orig, TermOperator: term}
	if status == 200 {
		r.AnswerTime, r.BillableSeconds = setup+2, secs
	} else {
		r.EndTime = setup + 2
	}
	r.Side = must(cdr.SideOf(op, orig, term))
	r, err := cdr.New(r)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func batches(t *testing.T, recs []cdr.Record, size int) []*cdr.BatchDocument {
	t.Helper()
	for i := range recs {
		recs[i].Seq = uint64(i + 1)
	}
	var docs []*cdr.BatchDocument
	for lo := 0; lo < len(recs); lo += size {
		d, err := cdr.NewBatchDocument(31337, time.Unix(int64(t0), 0), recs[lo:min(lo+size, len(recs))])
		if err != nil {
			t.Fatal(err)
		}
		data, err := d.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		back, err := cdr.LoadBatchDocument(data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, back)
	}
	return docs
}

// fakeDeck prices a call at its seconds x rate (a Pricer for the unit test; the real one
// is rating.Rater on RateExchange).
type fakeDeck struct{ rate int64 }

func (f fakeDeck) Rate(_ context.Context, recs []cdr.Record) ([]rating.Cost, error) {
	out := make([]rating.Cost, len(recs))
	for i, r := range recs {
		out[i] = rating.Cost{Seq: r.Seq, Amount: big.NewInt(f.rate * int64(r.BillableSeconds)), Prefix: "44"}
	}
	return out, nil
}

// A run of 60 calls between A and B, A -> B and B -> A, where B dropped some CDRs, A
// dropped others, B's durations differ on some calls (beyond and within the tolerance)
// and one status differs: the report finds exactly those, and ignores A's own calls and
// calls with a third operator.
func TestReconcileFindsDroppedAndChanged(t *testing.T) {
	const n = 60
	droppedByB := map[int]bool{3: true, 17: true, 41: true}
	droppedByA := map[int]bool{8: true, 52: true}
	longerAtB := map[int]uint32{5: 7, 22: 30, 58: 2} // 58 within the tolerance of 3 s
	statusAtB := map[int]bool{33: true}
	var recA, recB []cdr.Record
	for i := range n {
		orig, term := opA, opB
		if i%2 == 1 {
			orig, term = opB, opA
		}
		status := uint16(200)
		if i%10 == 9 {
			status = 486
		}
		secs := uint32(30 + i)
		if !droppedByA[i] {
			recA = append(recA, record(t, opA, orig, term, i, secs, status))
		}
		if !droppedByB[i] {
			sb := status
			if statusAtB[i] {
				sb = 487
			}
			recB = append(recB, record(t, opB, orig, term, i, secs+longerAtB[i], sb))
		}
		if i%7 == 0 { // noise: A's own call, and A's call to C
			recA = append(recA, record(t, opA, opA, opA, 1000+i, 10, 200), record(t, opA, opA, opC, 2000+i, 10, 200))
		}
	}
	src := docSource{opA: batches(t, recA, 16), opB: batches(t, recB, 25)}
	opts := Options{Tolerance: 3, Full: recA, Prices: map[common.Address]Pricer{opA: fakeDeck{2}, opB: fakeDeck{3}}}
	rep, err := Run(context.Background(), src, opA, opB, t0, t0+n*100, opts)
	if err != nil {
		t.Fatal(err)
	}
	ids := func(calls []Call) []int {
		var out []int
		for _, c := range calls {
			for i := range 3000 {
				if c.CallID == crypto.Keccak256Hash([]byte(fmt.Sprintf("call-%d@a.example", i))) {
					out = append(out, i)
				}
			}
		}
		return out
	}
	if got := ids(rep.OnlyA); !slices.Equal(got, []int{3, 17, 41}) {
		t.Errorf("only at A: %v, want the CDRs B dropped", got)
	}
	if got := ids(rep.OnlyB); !slices.Equal(got, []int{8, 52}) {
		t.Errorf("only at B: %v, want the CDRs A dropped", got)
	}
	if got := ids(rep.Mismatched); !slices.Equal(got, []int{5, 22, 33}) {
		t.Errorf("mismatched: %v, want 5, 22 (seconds) and 33 (status)", got)
	}
	for _, c := range rep.Mismatched {
		want := []string{ReasonSeconds}
		if ids([]Call{c})[0] == 33 { // B says 487 (unanswered, 0 s), A 200
			want = []string{ReasonSeconds, ReasonStatus}
		}
		if !slices.Equal(c.Reasons, want) {
			t.Errorf("call %v: reasons %v, want %v", ids([]Call{c}), c.Reasons, want)
		}
	}
	if rep.Totals.Matched != n-3-2-3 || len(rep.Matched) != rep.Totals.Matched || rep.Totals.Duplicates != 0 {
		t.Errorf("totals %+v", rep.Totals)
	}
	if rep.Totals.CDRsA != n-2 || rep.Totals.CDRsB != n-3 {
		t.Errorf("counted %d CDRs at A, %d at B: A's own calls and calls with C must be ignored", rep.Totals.CDRsA, rep.Totals.CDRsB)
	}
	var secsA uint64
	for i := range n {
		if !droppedByA[i] && i%10 != 9 {
			secsA += uint64(30 + i)
		}
	}
	if rep.Totals.BillableSecondsA != secsA {
		t.Errorf("A's seconds %d, want %d", rep.Totals.BillableSecondsA, secsA)
	}
	// A holds its salts: its calls are shown in full and priced under both decks.
	if rep.Totals.Priced != n-2 || rep.Totals.CostA.Int64() != 2*int64(secsA) || rep.Totals.CostB.Int64() != 3*int64(secsA) {
		t.Errorf("priced %d, cost A %v, B %v (want %d, %d)", rep.Totals.Priced, rep.Totals.CostA, rep.Totals.CostB, 2*secsA, 3*secsA)
	}
	for _, c := range rep.OnlyB {
		if c.B.Record != nil || len(c.Costs) != 0 {
			t.Error("a call of B's shown in full without B's salt")
		}
	}
	for _, c := range rep.Matched {
		if c.A.Record == nil || c.A.Record.Leaf() != c.A.Leaf || c.A.Side == c.B.Side {
			t.Errorf("matched call %v: record %v, sides %v %v", c.CallID, c.A.Record, c.A.Side, c.B.Side)
		}
	}
	// Without salts and decks the same matching comes out of the public leaves alone.
	pub, err := Run(context.Background(), src, opA, opB, t0, t0+n*100, Options{Tolerance: 3})
	if err != nil {
		t.Fatal(err)
	}
	if pub.Totals.Matched != rep.Totals.Matched || pub.Totals.OnlyA != 3 || pub.Totals.OnlyB != 2 || pub.Totals.Mismatched != 3 || pub.Totals.Priced != 0 {
		t.Errorf("public totals %+v", pub.Totals)
	}
	// A narrower window only sees its calls.
	part, err := Run(context.Background(), src, opA, opB, t0, t0+10*100, Options{Tolerance: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(part.OnlyA); !slices.Equal(got, []int{3}) || part.Totals.CDRsA != 9 || ids(part.OnlyB)[0] != 8 {
		t.Errorf("window [0,10): only A %v, totals %+v", got, part.Totals)
	}
	// Tolerance 0 also flags call 58.
	strict, _ := Run(context.Background(), src, opA, opB, t0, t0+n*100, Options{})
	if got := ids(strict.Mismatched); !slices.Equal(got, []int{5, 22, 33, 58}) {
		t.Errorf("tolerance 0: mismatched %v", got)
	}
}

// Two CDRs on the same side of a call are a mismatch; a call id anchored twice by one
// side is reported as a duplicate, not matched twice.
func TestReconcileSidesAndDuplicates(t *testing.T) {
	a := record(t, opA, opA, opB, 1, 60, 200)
	b := record(t, opB, opA, opB, 1, 60, 200)
	b2 := record(t, opB, opA, opB, 1, 60, 200) // a second CDR of call 1 at B
	la := []Located{{Leaf: a.LeafValue()}}
	lb := []Located{{Leaf: b.LeafValue()}, {Leaf: b2.LeafValue()}}
	rep, err := Compare(context.Background(), opA, opB, 0, 1<<40, la, lb, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals.Matched != 1 || rep.Totals.Duplicates != 1 || rep.Duplicates[0].B == nil {
		t.Fatalf("totals %+v", rep.Totals)
	}
	// B's CDR forged as originating (a leaf of a record Validate would refuse) mismatches.
	bad := b.LeafValue()
	bad.Side = cdr.SideOriginating
	rep, _ = Compare(context.Background(), opA, opB, 0, 1<<40, la, []Located{{Leaf: bad}}, Options{})
	if rep.Totals.Mismatched != 1 || !slices.Contains(rep.Mismatched[0].Reasons, ReasonSides) {
		t.Fatalf("same side on both: %+v", rep.Totals)
	}
	if _, err := Run(context.Background(), docSource{}, opA, opA, 0, 1, Options{}); err == nil {
		t.Error("an operator reconciled with itself")
	}
	if _, err := Run(context.Background(), docSource{}, opA, opB, 5, 5, Options{}); err == nil {
		t.Error("an empty range accepted")
	}
}
