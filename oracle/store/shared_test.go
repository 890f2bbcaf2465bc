package store

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"

	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/pgtest"
	"github.com/dotsnet/dots/txmgr"
)

func testAttempts(t *testing.T, newDB func() string) {
	ctx := context.Background()
	s := open(t, newDB(), Options{Synchronous: "OFF"})
	defer s.Close()
	at := time.UnixMilli(1700000000000)
	for i, h := range []string{"0x03", "0x01", "0x02"} {
		a := txmgr.Attempt{Key: "anchor:1:5", Nonce: 7, Hash: common.HexToHash(h), TipCap: big.NewInt(int64(i + 1)),
			FeeCap: big.NewInt(100), SentAt: at, Raw: []byte{byte(i)}}
		if err := s.SaveAttempt(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	// Saving an attempt again only moves its time.
	if err := s.SaveAttempt(ctx, txmgr.Attempt{Key: "anchor:1:5", Nonce: 7, Hash: common.HexToHash("0x01"), TipCap: big.NewInt(9),
		FeeCap: big.NewInt(9), SentAt: at.Add(time.Second), Raw: []byte{1}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Attempts(ctx, "anchor:1:5")
	if err != nil || len(got) != 3 {
		t.Fatalf("attempts %+v %v", got, err)
	}
	// Same millisecond: in the order recorded; the re-saved one last.
	for i, want := range []string{"0x03", "0x02", "0x01"} {
		if got[i].Hash != common.HexToHash(want) {
			t.Fatalf("attempt %d is %s, want %s", i, got[i].Hash, want)
		}
	}
	if got[2].TipCap.Int64() != 2 || !got[2].SentAt.Equal(at.Add(time.Second)) {
		t.Fatalf("re-saved attempt %+v", got[2])
	}
	if err := s.ForgetAttempts(ctx, "anchor:1:5"); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Attempts(ctx, "anchor:1:5"); err != nil || len(got) != 0 {
		t.Fatalf("after forget: %+v %v", got, err)
	}
}

func testHold(t *testing.T, newDB func() string) {
	ctx := context.Background()
	s := open(t, newDB(), Options{Synchronous: "OFF"})
	defer s.Close()
	kept, all, err := s.Hold(ctx, "kam", "c1", "reply", []byte("r1"))
	if err != nil || string(kept) != "r1" || len(all) != 1 {
		t.Fatalf("hold: %q %v %v", kept, all, err)
	}
	kept, all, err = s.Hold(ctx, "kam", "c1", "reply", []byte("r2"))
	if err != nil || string(kept) != "r1" || len(all) != 1 {
		t.Fatalf("hold again: %q %v %v", kept, all, err)
	}
	if _, all, err = s.Hold(ctx, "kam", "c1", "bye", []byte("b")); err != nil || len(all) != 2 || string(all["bye"]) != "b" {
		t.Fatalf("hold bye: %v %v", all, err)
	}
}

// testMigrations: a new store records its schema version; reopening applies nothing again.
func testMigrations(t *testing.T, newDB func() string) {
	ctx := context.Background()
	db := newDB()
	s := open(t, db, Options{})
	if _, err := s.Insert(ctx, "pbx", []ingest.Call{call("a")}); err != nil {
		t.Fatal(err)
	}
	var versions []int64
	if err := s.w.SelectContext(ctx, &versions, `SELECT version_id FROM `+migrationTable+` WHERE is_applied ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, db, Options{})
	defer s.Close()
	var again []int64
	if err := s.w.SelectContext(ctx, &again, `SELECT version_id FROM `+migrationTable+` WHERE is_applied ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	// goose records version 0 (its own table) and then each migration, once.
	if len(versions) < 2 || versions[len(versions)-1] < 1 || len(again) != len(versions) {
		t.Fatalf("versions %v, after reopening %v", versions, again)
	}
	if c, err := s.Counts(ctx); err != nil || c.CDRs != 1 {
		t.Fatalf("counts after reopening: %+v %v", c, err)
	}
}

// TestSQLiteStoreFromBeforeMigrations: a store created by the schema of before versioned
// migrations (no history table) opens, takes migration 1 as done, and keeps its CDRs.
func TestSQLiteStoreFromBeforeMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	b, err := migrations.ReadFile("migrations/sqlite/00001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	old, err := sqlx.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(string(b)); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(`INSERT INTO meta (key, value) VALUES ('operator', ?)`, operator.Hex()); err != nil {
		t.Fatal(err)
	}
	old.Close()
	s := open(t, path, Options{})
	defer s.Close()
	out, err := s.Insert(ctx, "pbx", []ingest.Call{call("a")})
	if err != nil || out.Seqs[0] != FirstSeq {
		t.Fatalf("insert: %+v %v", out, err)
	}
}

func TestOpenRefusesUnknownScheme(t *testing.T) {
	for _, db := range []string{"mysql://x/y", "", "sqlite://"} {
		if _, err := Open(context.Background(), db, operator, Options{}); err == nil {
			t.Fatalf("opened %q", db)
		}
	}
}

// TestPostgresSharedIngest: several stores (as several oracle processes) on one
// PostgreSQL database ingest at once, with the same CDRs posted to more than one of them:
// every CDR gets one sequence number, the same whichever store answered, and the numbers
// are gapless from 1.
func TestPostgresSharedIngest(t *testing.T) {
	ctx := context.Background()
	db := pgtest.Start(t).NewDB(t)
	const stores, workers, per = 3, 8, 150
	var ss []*Store
	for range stores {
		s := open(t, db, Options{MaxConns: 4})
		defer s.Close()
		ss = append(ss, s)
	}
	var mu sync.Mutex
	seqOf := map[string]uint64{}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range per {
				// Each id is posted by two workers, to two different stores.
				id := fmt.Sprintf("call-%d-%d", w/2, i)
				s := ss[(w+i)%stores]
				out, err := s.Insert(ctx, "pbx", []ingest.Call{call(id), call(id + "-b")})
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				for j, k := range []string{id, id + "-b"} {
					if prev, ok := seqOf[k]; ok && prev != out.Seqs[j] {
						t.Errorf("%s stored as %d and %d", k, prev, out.Seqs[j])
					}
					seqOf[k] = out.Seqs[j]
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	seqs := make([]uint64, 0, len(seqOf))
	ids := map[uint64]string{}
	for id, seq := range seqOf {
		if prev, ok := ids[seq]; ok {
			t.Fatalf("seq %d given to %s and %s", seq, prev, id)
		}
		ids[seq] = id
		seqs = append(seqs, seq)
	}
	sort.Slice(seqs, func(i, j int) bool { return seqs[i] < seqs[j] })
	if len(seqs) != workers/2*per*2 {
		t.Fatalf("%d CDRs, want %d", len(seqs), workers/2*per*2)
	}
	for i, s := range seqs {
		if s != uint64(i+1) {
			t.Fatalf("seq %d at position %d: not gapless from 1", s, i)
		}
	}
	c, err := ss[0].Counts(ctx)
	if err != nil || c.CDRs != uint64(len(seqs)) || c.NextSeq != uint64(len(seqs)+1) {
		t.Fatalf("counts %+v %v", c, err)
	}
}

// TestPostgresLead: of several stores on one database, one at a time runs the lead
// function; when it closes its lock's session (as a process dies), another takes over
// within a few polls.
func TestPostgresLead(t *testing.T) {
	db := pgtest.Start(t).NewDB(t)
	const n = 3
	var running atomic.Int32
	var maxRunning atomic.Int32
	leader := make(chan int, n)
	ctxs := make([]context.CancelFunc, n)
	done := make([]chan struct{}, n)
	for i := range n {
		s := open(t, db, Options{LeadPoll: 100 * time.Millisecond})
		defer s.Close()
		ctx, cancel := context.WithCancel(context.Background())
		ctxs[i], done[i] = cancel, make(chan struct{})
		go func() {
			defer close(done[i])
			s.Lead(ctx, func(ctx context.Context) {
				r := running.Add(1)
				for {
					m := maxRunning.Load()
					if r <= m || maxRunning.CompareAndSwap(m, r) {
						break
					}
				}
				leader <- i
				<-ctx.Done()
				running.Add(-1)
			})
		}()
	}
	seen := map[int]bool{}
	for range n {
		var who int
		select {
		case who = <-leader:
		case <-time.After(10 * time.Second):
			t.Fatal("no leader within 10s")
		}
		if seen[who] {
			t.Fatalf("store %d led twice", who)
		}
		seen[who] = true
		ctxs[who]() // the leader stops: its session closes, its lock goes
		<-done[who]
	}
	if m := maxRunning.Load(); m != 1 {
		t.Fatalf("%d stores led at once", m)
	}
}

// BenchmarkPostgresSharedInsert: 100 CDRs per Insert from 48 callers spread over 1 or 3
// stores (as oracle processes) on one PostgreSQL database (pgtest's: fsync off). Reports
// CDRs/s and the share of commit time spent waiting for the sequence lock, which is what
// sharing the gapless sequence costs.
func BenchmarkPostgresSharedInsert(b *testing.B) {
	srv := pgtest.Start(b)
	for _, stores := range []int{1, 3} {
		b.Run(fmt.Sprintf("stores=%d", stores), func(b *testing.B) {
			db := srv.NewDB(b)
			var ss []*Store
			var commitNs atomic.Int64
			for range stores {
				s := open(b, db, Options{MaxConns: 4})
				defer s.Close()
				s.Committed = func(_ int, d time.Duration) { commitNs.Add(int64(d)) }
				ss = append(ss, s)
			}
			ctx := context.Background()
			var n atomic.Int64
			b.SetParallelism(24)
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					base := n.Add(100) - 100
					calls := make([]ingest.Call, 100)
					for i := range calls {
						calls[i] = call(fmt.Sprint(base + int64(i)))
					}
					if _, err := ss[base/100%int64(stores)].Insert(ctx, "pbx", calls); err != nil {
						b.Error(err)
						return
					}
				}
			})
			var wait time.Duration
			for _, s := range ss {
				wait += s.SeqLockWait()
			}
			b.ReportMetric(float64(n.Load())/b.Elapsed().Seconds(), "cdrs/s")
			b.ReportMetric(100*float64(wait)/float64(max(commitNs.Load(), 1)), "%lock-wait")
		})
	}
}
