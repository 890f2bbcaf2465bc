// Package reconcile matches two operators' anchored CDRs of the calls between them by call
// id, from their batch documents: calls both reported (matched), calls only one side
// reported, and calls whose two CDRs disagree (billable seconds beyond a tolerance, SIP
// status, or the sides). It works on public leaves alone (commitments and call ids); the
// full records an operator holds (with their salts) reveal its own calls, and with them the
// cost each side's rate deck gives on RateExchange. The CLI (`dots reconcile`) and the
// indexer (GET /v1/reconcile) share it.
package reconcile

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/rating"
)

// Located is a leaf of an anchored batch document and where it is.
type Located struct {
	Leaf    cdr.CDRLeaf
	BatchID uint64 // CDRAnchor's batch id
	CID     string // the batch document's CID
}

// Source gives an operator's anchored leaves (from valid batches) that may hold calls set up
// in [from, to) unix seconds.
type Source interface {
	Leaves(ctx context.Context, operator common.Address, from, to uint64) ([]Located, error)
}

// Pricer rates full records under one seller's rate deck (rating.Rater is one).
type Pricer interface {
	Rate(ctx context.Context, records []cdr.Record) ([]rating.Cost, error)
}

// Options tune a reconciliation.
type Options struct {
	// Tolerance is how many billable seconds the two CDRs of a call may differ by.
	Tolerance uint32
	// Full are full records (numbers and salts) the caller holds: a leaf one of them hashes
	// to is shown in full, and priced.
	Full []cdr.Record
	// Prices, by operator, give the cost of a full record under that operator's rate deck.
	Prices map[common.Address]Pricer
}

// Mismatch reasons.
const (
	ReasonSeconds = "billableSeconds" // billable seconds differ by more than the tolerance
	ReasonStatus  = "sipStatus"       // final SIP status differs
	ReasonSides   = "side"            // both CDRs claim the same side, or name other operators
)

// CDR is one operator's CDR of a call in a report.
type CDR struct {
	Operator        common.Address `json:"operator"`
	Seq             uint64         `json:"seq"`
	Side            cdr.Side       `json:"side"`
	Leaf            common.Hash    `json:"leaf"`
	BatchID         uint64         `json:"batchId"`
	CID             string         `json:"cid"`
	SetupTime       uint64         `json:"setupTime"`
	BillableSeconds uint32         `json:"billableSeconds"`
	SIPStatus       uint16         `json:"sipStatus"`
	// Record is the full CDR when the caller holds its salt.
	Record *cdr.Record `json:"record,omitempty"`
}

// Cost is a call's cost under one operator's rate deck (token wei), or NoRate.
type Cost struct {
	Operator common.Address `json:"operator"`
	Amount   string         `json:"amount,omitempty"`
	Prefix   string         `json:"prefix,omitempty"`
	NoRate   bool           `json:"noRate,omitempty"`
}

// Call is one call of the report: its CDR on each side (nil when that side has none).
type Call struct {
	CallID  common.Hash `json:"callId"`
	A       *CDR        `json:"a,omitempty"`
	B       *CDR        `json:"b,omitempty"`
	Reasons []string    `json:"reasons,omitempty"`
	// Costs are the call's cost under each side's rate deck, when a full record is known
	// and a deck was given (the seconds of the side whose record it is).
	Costs []Cost `json:"costs,omitempty"`
}

// Totals sum up a report.
type Totals struct {
	CDRsA            int      `json:"cdrsA"`
	CDRsB            int      `json:"cdrsB"`
	Matched          int      `json:"matched"`
	OnlyA            int      `json:"onlyA"`
	OnlyB            int      `json:"onlyB"`
	Mismatched       int      `json:"mismatched"`
	Duplicates       int      `json:"duplicates"`
	BillableSecondsA uint64   `json:"billableSecondsA"`
	BillableSecondsB uint64   `json:"billableSecondsB"`
	CostA            *big.Int `json:"costA,omitempty"` // priced calls under A's deck
	CostB            *big.Int `json:"costB,omitempty"` // priced calls under B's deck
	Priced           int      `json:"priced"`
}

// Report is the result of reconciling operator A with operator B over [From, To).
type Report struct {
	Kind      string         `json:"kind"` // KindReport
	Operator  common.Address `json:"operator"`
	With      common.Address `json:"with"`
	From      uint64         `json:"from"`
	To        uint64         `json:"to"`
	Tolerance uint32         `json:"tolerance"`
	Totals    Totals         `json:"totals"`
	// Matched calls agree; Mismatched disagree (Reasons); OnlyA and OnlyB are calls only
	// one side anchored; Duplicates are further CDRs of a call id one side anchored twice.
	Matched    []Call `json:"matched"`
	Mismatched []Call `json:"mismatched"`
	OnlyA      []Call `json:"onlyA"`
	OnlyB      []Call `json:"onlyB"`
	Duplicates []Call `json:"duplicates"`
}

// KindReport is a report's "kind" (so a dispute's evidence names what it is).
const KindReport = "dots-reconciliation"

// between reports whether l is a CDR of a call between a and b, set up in [from, to).
func between(l *cdr.CDRLeaf, a, b common.Address, from, to uint64) bool {
	if l.SetupTime < from || l.SetupTime >= to {
		return false
	}
	return (l.OrigOperator == a && l.TermOperator == b) || (l.OrigOperator == b && l.TermOperator == a)
}

// Run gathers both operators' leaves from src and compares them.
func Run(ctx context.Context, src Source, a, b common.Address, from, to uint64, opts Options) (*Report, error) {
	if a == b {
		return nil, fmt.Errorf("reconcile: operator and the other operator are both %s", a.Hex())
	}
	if to <= from {
		return nil, fmt.Errorf("reconcile: empty time range [%d, %d)", from, to)
	}
	la, err := src.Leaves(ctx, a, from, to)
	if err != nil {
		return nil, fmt.Errorf("reading %s's anchored CDRs: %w", a.Hex(), err)
	}
	lb, err := src.Leaves(ctx, b, from, to)
	if err != nil {
		return nil, fmt.Errorf("reading %s's anchored CDRs: %w", b.Hex(), err)
	}
	return Compare(ctx, a, b, from, to, la, lb, opts)
}

// Compare matches A's leaves with B's (leaves of other operators, of other calls or
// outside [from, to) are ignored).
func Compare(ctx context.Context, a, b common.Address, from, to uint64, la, lb []Located, opts Options) (*Report, error) {
	full := make(map[common.Hash]*cdr.Record, len(opts.Full))
	for i := range opts.Full {
		r := &opts.Full[i]
		full[r.Leaf()] = r
	}
	rep := &Report{Kind: KindReport, Operator: a, With: b, From: from, To: to, Tolerance: opts.Tolerance,
		Matched: []Call{}, Mismatched: []Call{}, OnlyA: []Call{}, OnlyB: []Call{}, Duplicates: []Call{}}
	index := func(ls []Located, op common.Address, count *int, secs *uint64) (map[common.Hash]*CDR, []common.Hash) {
		m := map[common.Hash]*CDR{}
		var order []common.Hash
		for i := range ls {
			l := &ls[i].Leaf
			if l.Operator != op || !between(l, a, b, from, to) {
				continue
			}
			h := l.Hash()
			c := &CDR{Operator: l.Operator, Seq: l.Seq, Side: l.Side, Leaf: h, BatchID: ls[i].BatchID, CID: ls[i].CID,
				SetupTime: l.SetupTime, BillableSeconds: l.BillableSeconds, SIPStatus: l.SIPStatus, Record: full[h]}
			*count++
			*secs += uint64(l.BillableSeconds)
			if _, dup := m[l.CallID]; dup {
				if op == a {
					rep.Duplicates = append(rep.Duplicates, Call{CallID: l.CallID, A: c})
				} else {
					rep.Duplicates = append(rep.Duplicates, Call{CallID: l.CallID, B: c})
				}
				continue
			}
			m[l.CallID] = c
			order = append(order, l.CallID)
		}
		return m, order
	}
	ma, orderA := index(la, a, &rep.Totals.CDRsA, &rep.Totals.BillableSecondsA)
	mb, orderB := index(lb, b, &rep.Totals.CDRsB, &rep.Totals.BillableSecondsB)
	for _, id := range orderA {
		ca, cb := ma[id], mb[id]
		call := Call{CallID: id, A: ca, B: cb}
		if cb == nil {
			rep.OnlyA = append(rep.OnlyA, call)
			continue
		}
		call.Reasons = reasons(ca, cb, opts.Tolerance)
		if len(call.Reasons) > 0 {
			rep.Mismatched = append(rep.Mismatched, call)
		} else {
			rep.Matched = append(rep.Matched, call)
		}
	}
	for _, id := range orderB {
		if ma[id] == nil {
			rep.OnlyB = append(rep.OnlyB, Call{CallID: id, B: mb[id]})
		}
	}
	byCall := func(x, y Call) int {
		sx, sy := x.setup(), y.setup()
		if sx != sy {
			return cmpU(sx, sy)
		}
		return x.CallID.Cmp(y.CallID)
	}
	for _, l := range [][]Call{rep.Matched, rep.Mismatched, rep.OnlyA, rep.OnlyB, rep.Duplicates} {
		slices.SortFunc(l, byCall)
	}
	rep.Totals.Matched, rep.Totals.Mismatched = len(rep.Matched), len(rep.Mismatched)
	rep.Totals.OnlyA, rep.Totals.OnlyB, rep.Totals.Duplicates = len(rep.OnlyA), len(rep.OnlyB), len(rep.Duplicates)
	if len(opts.Prices) > 0 {
		if err := rep.price(ctx, opts.Prices); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

func cmpU(x, y uint64) int {
	if x < y {
		return -1
	}
	if x > y {
		return 1
	}
	return 0
}

func (c *Call) setup() uint64 {
	if c.A != nil {
		return c.A.SetupTime
	}
	if c.B != nil {
		return c.B.SetupTime
	}
	return 0
}

// reasons are why two CDRs of one call disagree (none: they match).
func reasons(x, y *CDR, tol uint32) []string {
	var out []string
	d := int64(x.BillableSeconds) - int64(y.BillableSeconds)
	if d < 0 {
		d = -d
	}
	if d > int64(tol) {
		out = append(out, ReasonSeconds)
	}
	if x.SIPStatus != y.SIPStatus {
		out = append(out, ReasonStatus)
	}
	if x.Side == y.Side {
		out = append(out, ReasonSides)
	}
	return out
}

// price gives each call with a known full record its cost under each side's deck (at the
// seconds of the side the record belongs to), and sums them.
func (rep *Report) price(ctx context.Context, prices map[common.Address]Pricer) error {
	type job struct {
		call *Call
		rec  cdr.Record
	}
	var jobs []job
	for _, l := range [][]Call{rep.Matched, rep.Mismatched, rep.OnlyA, rep.OnlyB} {
		for i := range l {
			c := &l[i]
			switch {
			case c.A != nil && c.A.Record != nil:
				jobs = append(jobs, job{c, *c.A.Record})
			case c.B != nil && c.B.Record != nil:
				jobs = append(jobs, job{c, *c.B.Record})
			}
		}
	}
	if len(jobs) == 0 {
		return nil
	}
	recs := make([]cdr.Record, len(jobs))
	for i := range jobs {
		recs[i] = jobs[i].rec
	}
	for _, op := range []common.Address{rep.Operator, rep.With} {
		p := prices[op]
		if p == nil {
			continue
		}
		costs, err := p.Rate(ctx, recs)
		if err != nil {
			return fmt.Errorf("pricing under %s's rate deck: %w", op.Hex(), err)
		}
		if len(costs) != len(recs) {
			return fmt.Errorf("pricing under %s's rate deck: %d costs for %d calls", op.Hex(), len(costs), len(recs))
		}
		sum := new(big.Int)
		for i, c := range costs {
			v := Cost{Operator: op, Prefix: c.Prefix, NoRate: c.NoRate}
			if c.Amount != nil {
				v.Amount = c.Amount.String()
				sum.Add(sum, c.Amount)
			}
			jobs[i].call.Costs = append(jobs[i].call.Costs, v)
		}
		if op == rep.Operator {
			rep.Totals.CostA = sum
		} else {
			rep.Totals.CostB = sum
		}
	}
	rep.Totals.Priced = len(jobs)
	return nil
}
