package store

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/ingest"
)

var operator = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

func call(id string) ingest.Call {
	return ingest.Call{SourceID: id, CallID: ingest.HashCallID(id), Caller: "+4930901820", Callee: "+14155550123",
		SetupTime: 1700000000, AnswerTime: 1700000006, EndTime: 1700000150, BillableSeconds: 144,
		SIPStatus: 200, Q850Cause: 16, OrigOperator: operator, TermOperator: operator, Side: cdr.SideOriginating}
}

func open(t testing.TB, path string, opts Options) *Store {
	t.Helper()
	s, err := Open(context.Background(), path, operator, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConcurrentInsertGaplessAndDeduplicated(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "oracle.db")
	s := open(t, path, Options{Synchronous: "NORMAL"})
	const workers, per = 16, 200
	var mu sync.Mutex
	seqs := map[uint64]string{}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range per {
				// every id is sent twice, by two different workers, to exercise duplicates
				// inside and across group commits
				id := fmt.Sprintf("call-%d-%d", w/2, i)
				out, err := s.Insert(ctx, "pbx", []ingest.Call{call(id)})
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				if prev, ok := seqs[out.Seqs[0]]; ok && prev != id {
					t.Errorf("seq %d given to %s and %s", out.Seqs[0], prev, id)
				}
				seqs[out.Seqs[0]] = id
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(seqs) != workers/2*per {
		t.Fatalf("%d distinct seqs, want %d", len(seqs), workers/2*per)
	}
	keys := make([]uint64, 0, len(seqs))
	for k := range seqs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for i, k := range keys {
		if k != uint64(i+1) {
			t.Fatalf("seq %d at position %d: not gapless from 1", k, i)
		}
	}
	// Same id from another source is another CDR.
	out, err := s.Insert(ctx, "other", []ingest.Call{call("call-0-0")})
	if err != nil || out.Duplicate[0] || out.Seqs[0] != uint64(len(keys)+1) {
		t.Fatalf("other source: %+v %v", out, err)
	}
	// Within one request, a repeated id is stored once.
	out, err = s.Insert(ctx, "pbx", []ingest.Call{call("x"), call("x"), call("y")})
	if err != nil || out.Accepted() != 2 || !out.Duplicate[1] || out.Seqs[1] != out.Seqs[0] {
		t.Fatalf("repeat in one request: %+v %v", out, err)
	}
	next := out.Seqs[2] + 1
	salts := map[common.Hash]bool{}
	recs, err := s.Records(ctx, 1, next-1)
	if err != nil || uint64(len(recs)) != next-1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	for _, r := range recs {
		if err := r.Validate(); err != nil {
			t.Fatalf("stored record %d invalid: %v", r.Seq, err)
		}
		if salts[r.Salt] {
			t.Fatal("salt repeated")
		}
		salts[r.Salt] = true
	}
	// Reopening continues the sequence.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Insert(ctx, "pbx", []ingest.Call{call("late")}); err != ErrClosed {
		t.Fatalf("insert after close: %v", err)
	}
	s = open(t, path, Options{})
	defer s.Close()
	out, err = s.Insert(ctx, "pbx", []ingest.Call{call("after-restart"), call("x")})
	if err != nil || out.Seqs[0] != next || !out.Duplicate[1] {
		t.Fatalf("after reopen: %+v %v, want seq %d", out, err, next)
	}
	got, err := s.BySource(ctx, "pbx", "after-restart")
	if err != nil || got.Seq != next || got.Caller != "+4930901820" {
		t.Fatalf("BySource: %+v %v", got, err)
	}
	if _, err := Open(ctx, path, common.HexToAddress("0x01"), Options{}); err == nil {
		t.Fatal("opened another operator's store")
	}
}

func TestSeal(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "oracle.db"), Options{Synchronous: "NORMAL"})
	defer s.Close()
	now := time.Now()
	if b, err := s.Seal(ctx, 5, time.Minute, now); b != nil || err != nil {
		t.Fatalf("sealed an empty store: %+v %v", b, err)
	}
	var calls []ingest.Call
	for i := range 12 {
		calls = append(calls, call(fmt.Sprint(i)))
	}
	if _, err := s.Insert(ctx, "pbx", calls); err != nil {
		t.Fatal(err)
	}
	// By size: two full batches of 5, then the rest waits for its age.
	for _, want := range [][2]uint64{{1, 5}, {6, 10}} {
		b, err := s.Seal(ctx, 5, time.Minute, now)
		if err != nil || b == nil || b.FirstSeq != want[0] || b.LastSeq != want[1] || b.State != StateSealed ||
			b.CDRCount != 5 || b.Billable != 5*144 {
			t.Fatalf("seal: %+v %v, want %v", b, err, want)
		}
	}
	if b, err := s.Seal(ctx, 5, time.Minute, now); b != nil || err != nil {
		t.Fatalf("sealed 2 young CDRs: %+v %v", b, err)
	}
	b, err := s.Seal(ctx, 5, time.Minute, now.Add(2*time.Minute))
	if err != nil || b == nil || b.FirstSeq != 11 || b.LastSeq != 12 {
		t.Fatalf("seal by age: %+v %v", b, err)
	}
	c, err := s.Counts(ctx)
	if err != nil || c.CDRs != 12 || c.Unbatched != 0 || c.LastSealed != 12 || c.NextSeq != 13 {
		t.Fatalf("counts %+v %v", c, err)
	}
	if b, err := s.BatchOf(ctx, 7); err != nil || b.FirstSeq != 6 {
		t.Fatalf("BatchOf: %+v %v", b, err)
	}
	// The state machine only moves forward.
	if err := s.MarkFinal(ctx, b.ID); err == nil {
		t.Fatal("sealed batch marked final")
	}
	sc, _ := s.StateCounts(ctx)
	if sc[StateSealed] != 3 {
		t.Fatalf("state counts %v", sc)
	}
}

func benchInsert(b *testing.B, per int) {
	ctx := context.Background()
	s := open(b, filepath.Join(b.TempDir(), "oracle.db"), Options{})
	defer s.Close()
	var n int64
	var mu sync.Mutex
	b.SetParallelism(64)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			base := n
			n += int64(per)
			mu.Unlock()
			calls := make([]ingest.Call, per)
			for i := range calls {
				calls[i] = call(fmt.Sprint(base + int64(i)))
			}
			if _, err := s.Insert(ctx, "pbx", calls); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "cdrs/s")
}

// BenchmarkInsertOne: one CDR per Insert, 64 concurrent callers, synchronous=FULL.
func BenchmarkInsertOne(b *testing.B) { benchInsert(b, 1) }

// BenchmarkInsertBatch100: 100 CDRs per Insert.
func BenchmarkInsertBatch100(b *testing.B) { benchInsert(b, 100) }

// BenchmarkInsertBatch100Normal: as BenchmarkInsertBatch100 with synchronous=NORMAL (no
// fsync per commit), to separate fsync time from CPU time.
func BenchmarkInsertBatch100Normal(b *testing.B) {
	ctx := context.Background()
	s := open(b, filepath.Join(b.TempDir(), "oracle.db"), Options{Synchronous: "NORMAL"})
	defer s.Close()
	var commits, rows int
	s.Committed = func(n int, _ time.Duration) { commits++; rows += n }
	var n int64
	var mu sync.Mutex
	b.SetParallelism(64)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			base := n
			n += 100
			mu.Unlock()
			calls := make([]ingest.Call, 100)
			for i := range calls {
				calls[i] = call(fmt.Sprint(base + int64(i)))
			}
			if _, err := s.Insert(ctx, "pbx", calls); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "cdrs/s")
	b.ReportMetric(float64(rows)/float64(max(commits, 1)), "cdrs/commit")
}

func TestCosts(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "o.db"), Options{})
	if _, err := s.Insert(ctx, "pbx", []ingest.Call{call("a"), call("b"), call("c")}); err != nil {
		t.Fatal(err)
	}
	b, err := s.Seal(ctx, 10, 0, time.Now())
	if err != nil || b == nil {
		t.Fatal(b, err)
	}
	if bs, err := s.UnratedBatches(ctx, 10); err != nil || len(bs) != 1 || bs[0].ID != b.ID {
		t.Fatalf("unrated %+v %v", bs, err)
	}
	if _, err := s.CostOf(ctx, 1); err != ErrNotFound {
		t.Fatalf("cost of an unrated CDR: %v", err)
	}
	costs := []Cost{{Seq: 1, Amount: big.NewInt(12345), Prefix: "1415"}, {Seq: 2}, {Seq: 3, Amount: new(big.Int), Prefix: "1"}}
	if err := s.SetCosts(ctx, b.ID, costs); err != nil {
		t.Fatal(err)
	}
	if bs, err := s.UnratedBatches(ctx, 10); err != nil || len(bs) != 0 {
		t.Fatalf("rated batch still unrated: %+v %v", bs, err)
	}
	for _, want := range costs {
		got, err := s.CostOf(ctx, want.Seq)
		if err != nil || got.Prefix != want.Prefix || got.NoRate() != want.NoRate() || (!want.NoRate() && got.Amount.Cmp(want.Amount) != 0) {
			t.Fatalf("seq %d: %+v %v, want %+v", want.Seq, got, err, want)
		}
	}
}

// TestInsertLargeWithDuplicates: one request larger than an INSERT statement's rows (split
// into pieces of prepared statements), with repeats in later pieces of ids from earlier
// ones and from a previous request: sequence numbers stay gapless in body order and every
// repeat gets its first occurrence's number.
func TestInsertLargeWithDuplicates(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "oracle.db"), Options{Synchronous: "OFF"})
	defer s.Close()
	if _, err := s.Insert(ctx, "pbx", []ingest.Call{call("id-5"), call("id-1999")}); err != nil {
		t.Fatal(err)
	}
	var calls []ingest.Call
	for i := range 2700 {
		calls = append(calls, call(fmt.Sprintf("id-%d", i%2000)))
	}
	want := map[string]uint64{"id-5": 1, "id-1999": 2}
	next := uint64(3)
	for _, c := range calls {
		if _, ok := want[c.SourceID]; !ok {
			want[c.SourceID] = next
			next++
		}
	}
	for _, n := range []int{2700, 1025, 3} {
		out, err := s.Insert(ctx, "pbx", calls[:n])
		if err != nil {
			t.Fatal(err)
		}
		accepted := 0
		if n == 2700 {
			accepted = 1998
		}
		if out.Accepted() != accepted {
			t.Fatalf("%d calls: accepted %d, want %d", n, out.Accepted(), accepted)
		}
		seen := map[string]bool{"id-5": true, "id-1999": true}
		for i, c := range calls[:n] {
			dup := n != 2700 || seen[c.SourceID]
			seen[c.SourceID] = true
			if out.Seqs[i] != want[c.SourceID] || out.Duplicate[i] != dup {
				t.Fatalf("%d calls: call %d (%s): seq %d duplicate %v, want %d %v", n, i, c.SourceID, out.Seqs[i], out.Duplicate[i], want[c.SourceID], dup)
			}
		}
	}
	c, err := s.Counts(ctx)
	if err != nil || c.CDRs != 2000 || c.NextSeq != 2001 {
		t.Fatalf("counts %+v %v, want 2000 CDRs", c, err)
	}
	for id, seq := range want {
		got, err := s.BySource(ctx, "pbx", id)
		if err != nil || got.Seq != seq {
			t.Fatalf("%s stored as %+v %v, want seq %d", id, got, err, seq)
		}
	}
}

// A call without its side, or with a side this operator is not on, is never stored.
func TestInsertRefusesAWrongSide(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "side.db"), Options{})
	defer s.Close()
	for _, mutate := range []func(c *ingest.Call){
		func(c *ingest.Call) { c.Side = cdr.SideUnknown },
		func(c *ingest.Call) { c.Side = cdr.SideTerminating },
		func(c *ingest.Call) { c.OrigOperator = common.Address{7} },
	} {
		c := call("side")
		mutate(&c)
		if _, err := s.Insert(context.Background(), "pbx", []ingest.Call{c}); err == nil || !strings.Contains(err.Error(), "side") {
			t.Fatalf("%+v stored: %v", c, err)
		}
	}
	if n, err := s.Records(context.Background(), 1, 1); err == nil && len(n) != 0 {
		t.Fatalf("a refused call was stored: %+v", n)
	}
}
