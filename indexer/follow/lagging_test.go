package follow

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// lagging answers eth_getLogs with nothing, once, for every range holding a block that
// has logs: a node whose log index lags its headers.
type lagging struct {
	Source
	mu    sync.Mutex
	lied  map[uint64]bool
	empty int
}

func (l *lagging) Logs(ctx context.Context, from, to uint64, addrs []common.Address) ([]types.Log, error) {
	logs, err := l.Source.Logs(ctx, from, to, addrs)
	if err != nil || len(logs) == 0 {
		return logs, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.lied[logs[0].BlockNumber] {
		l.lied[logs[0].BlockNumber] = true
		l.empty++
		return nil, nil
	}
	return logs, nil
}

// An empty logs answer for a block whose bloom names the watched address is retried,
// never committed: the index equals a fresh one.
func testEmptyLogsAgainstBloomRetried(t *testing.T, newDB func(t *testing.T) string) {
	ctx := context.Background()
	c := newChain(t, 100)
	c.blocks(12, 2, "main")
	db := openDB(t, newDB(t))
	src := &lagging{Source: Client{c.sim.Client()}, lied: map[uint64]bool{}}
	f := follower(t, src, db, c, 4)
	if err := f.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	if src.empty == 0 {
		t.Fatal("the node never lied")
	}
	if !reflect.DeepEqual(dump(t, db), freshDump(t, c, newDB)) {
		t.Fatal("index differs from a fresh index")
	}
}

// rateLimited answers every other logs query with HTTP 429.
type rateLimited struct {
	Source
	n, refused int
}

func (r *rateLimited) Logs(ctx context.Context, from, to uint64, addrs []common.Address) ([]types.Log, error) {
	r.n++
	if r.n%2 == 1 {
		r.refused++
		return nil, errors.New("429 Too Many Requests: rate limit exceeded")
	}
	return r.Source.Logs(ctx, from, to, addrs)
}

// A rate limit is waited out (an error for Run's jittered backoff), and never shrinks the range.
func testRateLimitDoesNotShrinkRange(t *testing.T, newDB func(t *testing.T) string) {
	ctx := context.Background()
	c := newChain(t, 100)
	c.blocks(20, 1, "r")
	db := openDB(t, newDB(t))
	src := &rateLimited{Source: Client{c.sim.Client()}}
	f := follower(t, src, db, c, 64)
	span := f.span
	errs := 0
	for i := 0; i < 100; i++ {
		advanced, err := f.Step(ctx)
		if err != nil {
			if !IsRateLimit(err) {
				t.Fatal(err)
			}
			errs++
			if f.span < span {
				t.Fatalf("span shrank from %d to %d on a rate limit", span, f.span)
			}
			continue
		}
		span = f.span
		if !advanced && f.Status().Indexed == c.head().Number.Uint64() {
			break
		}
	}
	if errs == 0 || src.refused == 0 {
		t.Fatal("no rate limit met")
	}
	if !reflect.DeepEqual(dump(t, db), freshDump(t, c, newDB)) {
		t.Fatal("index differs from a fresh index")
	}
}

// Status may be read while the follower starts over on a new genesis (run with -race).
func testStatusDuringRebuild(t *testing.T, newDB func(t *testing.T) string) {
	ctx := context.Background()
	a := newChain(t, 100)
	a.blocks(3, 1, "a")
	b := newChain(t, 200)
	b.blocks(2, 1, "b")
	db := openDB(t, newDB(t))
	src := &switchable{Source: Client{a.sim.Client()}}
	f, err := New(ctx, src, db, Config{Addresses: []common.Address{a.addr, b.addr}, StartBlock: 1, InitialSpan: 2, MaxSpan: 100})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
				_ = f.Status()
			}
		}
	}()
	src.Source = Client{b.sim.Client()}
	// The first step back on the new chain finds the new genesis and starts over.
	if _, err := f.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Step(ctx); err != nil {
		t.Fatal(err)
	}
	rebuilding := f.Status().Rebuilding
	if err := f.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	f.Step(ctx) // caught up: the rebuild is over
	close(stop)
	wg.Wait()
	if !rebuilding {
		t.Fatal("Status did not say rebuilding during the rebuild")
	}
	if f.Status().Rebuilding {
		t.Fatal("still rebuilding after catching up")
	}
}
