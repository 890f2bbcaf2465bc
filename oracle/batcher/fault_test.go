package batcher

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/txmgr"
)

var errCrash = errors.New("injected crash")

// faults fails the call of one method, once, after `after` successful calls of it: the
// process "dies" there (the test then starts a new batcher on the same store).
type faults struct {
	mu     sync.Mutex
	method string
	after  int
	calls  int
	fired  bool
}

func (f *faults) hit(method string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if method != f.method || f.fired {
		return nil
	}
	if f.calls < f.after {
		f.calls++
		return nil
	}
	f.fired = true
	return errCrash
}

type faultStore struct {
	*store.Store
	f *faults
}

func (s faultStore) MarkStored(ctx context.Context, id uint64, root common.Hash, cid string, rr common.Hash, rt *big.Int, rc string,
	cum map[common.Address]*big.Int, nd map[store.NumberDay]uint64) error {
	if err := s.f.hit("MarkStored"); err != nil {
		return err
	}
	return s.Store.MarkStored(ctx, id, root, cid, rr, rt, rc, cum, nd)
}

func (s faultStore) MarkSent(ctx context.Context, id uint64, h common.Hash, nonce uint64) error {
	if err := s.f.hit("MarkSent"); err != nil {
		return err
	}
	return s.Store.MarkSent(ctx, id, h, nonce)
}

func (s faultStore) MarkMined(ctx context.Context, id, cb, block uint64, h common.Hash) error {
	if err := s.f.hit("MarkMined"); err != nil {
		return err
	}
	return s.Store.MarkMined(ctx, id, cb, block, h)
}

func (s faultStore) MarkFinal(ctx context.Context, id uint64) error {
	if err := s.f.hit("MarkFinal"); err != nil {
		return err
	}
	return s.Store.MarkFinal(ctx, id)
}

func (s faultStore) MarkUnanchored(ctx context.Context, id uint64, why string) error {
	if err := s.f.hit("MarkUnanchored"); err != nil {
		return err
	}
	return s.Store.MarkUnanchored(ctx, id, why)
}

func (s faultStore) SaveAttempt(ctx context.Context, a txmgr.Attempt) error {
	if err := s.f.hit("SaveAttempt"); err != nil {
		return err
	}
	return s.Store.SaveAttempt(ctx, a)
}

func (s faultStore) ForgetAttempts(ctx context.Context, key string) error {
	if err := s.f.hit("ForgetAttempts"); err != nil {
		return err
	}
	return s.Store.ForgetAttempts(ctx, key)
}

type faultIPFS struct {
	IPFS
	f *faults
}

func (p faultIPFS) Add(ctx context.Context, data []byte) (string, error) {
	if err := p.f.hit("Add"); err != nil {
		return "", err
	}
	return p.IPFS.Add(ctx, data)
}

// A crash (or an error) at each state transition of the pipeline: after a restart on the
// same store, every CDR ends up in exactly one final batch, anchored exactly once, and
// the operator sent exactly one anchor transaction per batch.
func TestCrashAtEachTransition(t *testing.T) { bothEngines(t, testCrashAtEachTransition) }

func testCrashAtEachTransition(t *testing.T, engine string) {
	for _, c := range []struct {
		method string
		after  int
	}{
		{"Add", 0}, {"Add", 1}, // the rewards document / the batch document
		{"MarkStored", 0},
		{"SaveAttempt", 0}, // signed, not yet journaled nor broadcast
		{"MarkSent", 0},    // broadcast, not recorded as sent
		{"MarkMined", 0},   // mined and deep enough, not recorded
		{"ForgetAttempts", 0},
		{"MarkFinal", 0},
		{"MarkSent", 1}, // the second batch
	} {
		t.Run(c.method+"/"+string(rune('0'+c.after)), func(t *testing.T) {
			n := newNet(t, engine)
			o := n.oracle(0)
			f := &faults{method: c.method, after: c.after}
			o.wrap = func(s Store, ip IPFS) (Store, IPFS) { return faultStore{Store: o.st, f: f}, faultIPFS{IPFS: ip, f: f} }
			o.journal = func() txmgr.Journal { return faultStore{Store: o.st, f: f} }
			o.restart()
			ctx := context.Background()
			nonce0, err := n.ec.NonceAt(ctx, o.op, nil)
			if err != nil {
				t.Fatal(err)
			}
			crashed := false
			for batch := 0; batch < 2; batch++ {
				o.ingest(3)
				for round := 0; ; round++ {
					if round > 30 {
						t.Fatalf("batch %d not final after 30 rounds", batch+1)
					}
					err := o.step()
					if errors.Is(err, errCrash) {
						crashed = true
						o.restart()
						continue
					}
					if err != nil {
						t.Fatal(err)
					}
					b := o.batch(uint64(batch + 1))
					if b.State == store.StateFinal {
						break
					}
					if b.State == store.StateMined {
						if err := n.sim.AdjustTime(window * time.Second); err != nil {
							t.Fatal(err)
						}
					} else {
						n.sim.Commit()
					}
				}
			}
			if !crashed {
				t.Fatalf("no crash injected at %s", c.method)
			}
			o.checkExactlyOnce()
			nonce, err := n.ec.NonceAt(ctx, o.op, nil)
			if err != nil {
				t.Fatal(err)
			}
			if nonce-nonce0 != 2 {
				t.Fatalf("operator sent %d transactions for 2 batches", nonce-nonce0)
			}
		})
	}
}

type downIPFS struct{}

func (downIPFS) Add(context.Context, []byte) (string, error) {
	return "", errors.New("ipfs: connection refused")
}

// Health turns to an error naming the batch, its state and the last error once the oldest
// batch has stood still longer than StuckAfter, and back to nil once it moves.
func TestHealthReportsStuckPipeline(t *testing.T) { bothEngines(t, testHealthReportsStuckPipeline) }

func testHealthReportsStuckPipeline(t *testing.T, engine string) {
	n := newNet(t, engine)
	o := n.oracle(0)
	o.wrap = func(s Store, _ IPFS) (Store, IPFS) { return s, downIPFS{} }
	o.restart()
	o.ingest(3)
	if err := o.step(); err == nil {
		t.Fatal("no error with IPFS down")
	}
	if err := o.b.Health(); err != nil {
		t.Fatalf("unhealthy at once: %v", err)
	}
	o.now = o.now.Add(2 * time.Minute)
	o.step()
	err := o.b.Health()
	if err == nil || !strings.Contains(err.Error(), "batch 1 has been sealed for 2m0s") || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("Health = %v", err)
	}
	if b := o.batch(1); !strings.Contains(b.LastError, "connection refused") {
		t.Fatalf("batch record's error %q", b.LastError)
	}
	o.wrap = nil
	o.restart()
	o.mustStep()
	if err := o.b.Health(); err != nil {
		t.Fatalf("still unhealthy after moving on: %v", err)
	}
}
