package txmgr

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// fakeChain is a node with a pool and a fee market the test sets. Mining includes the
// pool's transaction for the next nonce with the highest fee cap.
type fakeChain struct {
	mu       sync.Mutex
	base     *big.Int
	tip      *big.Int
	nonce    uint64 // next nonce to mine
	pool     map[common.Hash]*types.Transaction
	receipts map[common.Hash]*types.Receipt
	headers  map[uint64]*types.Header
	head     uint64
	sent     []*types.Transaction
	estimate error
	// refuseBelowBase: a transaction whose fee cap is below the base fee is refused (geth's
	// and anvil's txpool).
	refuseBelowBase bool
}

func newFake() *fakeChain {
	f := &fakeChain{base: big.NewInt(params.GWei), tip: big.NewInt(params.GWei), pool: map[common.Hash]*types.Transaction{},
		receipts: map[common.Hash]*types.Receipt{}, headers: map[uint64]*types.Header{}}
	f.headers[0] = &types.Header{Number: big.NewInt(0), BaseFee: f.base}
	return f
}

func (f *fakeChain) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error) {
	return 50000, f.estimate
}
func (f *fakeChain) SuggestGasTipCap(context.Context) (*big.Int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return new(big.Int).Set(f.tip), nil
}
func (f *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n == nil {
		return &types.Header{Number: new(big.Int).SetUint64(f.head), BaseFee: new(big.Int).Set(f.base), Extra: []byte{byte(f.head)}}, nil
	}
	h, ok := f.headers[n.Uint64()]
	if !ok {
		return nil, ethereum.NotFound
	}
	return h, nil
}
func (f *fakeChain) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := f.nonce
	for _, tx := range f.pool {
		if tx.Nonce() >= n {
			n = tx.Nonce() + 1
		}
	}
	return n, nil
}
func (f *fakeChain) SendTransaction(_ context.Context, tx *types.Transaction) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if tx.Nonce() < f.nonce {
		return errors.New("nonce too low")
	}
	if _, ok := f.pool[tx.Hash()]; ok {
		return errors.New("already known")
	}
	if f.refuseBelowBase && tx.GasFeeCap().Cmp(f.base) < 0 {
		return errors.New("max fee per gas less than block base fee")
	}
	for h, p := range f.pool {
		if p.Nonce() == tx.Nonce() {
			if tx.GasFeeCap().Cmp(bump10(p.GasFeeCap())) < 0 || tx.GasTipCap().Cmp(bump10(p.GasTipCap())) < 0 {
				return errors.New("replacement transaction underpriced")
			}
			delete(f.pool, h)
		}
	}
	f.pool[tx.Hash()] = tx
	f.sent = append(f.sent, tx)
	return nil
}

func bump10(v *big.Int) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, big.NewInt(110)), big.NewInt(100))
}

func (f *fakeChain) TransactionReceipt(_ context.Context, h common.Hash) (*types.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, ok := f.receipts[h]
	if !ok {
		return nil, ethereum.NotFound
	}
	return r, nil
}
func (f *fakeChain) TransactionByHash(_ context.Context, h common.Hash) (*types.Transaction, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if tx, ok := f.pool[h]; ok {
		return tx, true, nil
	}
	if _, ok := f.receipts[h]; ok {
		return nil, false, nil
	}
	return nil, false, ethereum.NotFound
}

// mine includes the pool's transaction for the next nonce if its fee cap covers the base fee.
func (f *fakeChain) mine() *types.Transaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.head++
	h := &types.Header{Number: new(big.Int).SetUint64(f.head), BaseFee: new(big.Int).Set(f.base), Extra: []byte{byte(f.head)}}
	f.headers[f.head] = h
	for hash, tx := range f.pool {
		if tx.Nonce() == f.nonce && tx.GasFeeCap().Cmp(f.base) >= 0 {
			delete(f.pool, hash)
			f.nonce++
			f.receipts[hash] = &types.Receipt{Status: 1, TxHash: hash, BlockNumber: h.Number, BlockHash: h.Hash()}
			return tx
		}
	}
	return nil
}

// takeNonce: another transaction of the same account uses the next nonce.
func (f *fakeChain) takeNonce() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for h, tx := range f.pool {
		if tx.Nonce() == f.nonce {
			delete(f.pool, h)
		}
	}
	f.nonce++
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func setup(t *testing.T, cfg Config) (*Manager, *fakeChain, *clock, *MemJournal) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Unix(1_800_000_000, 0)}
	cfg.Now = c.now
	f, j := newFake(), &MemJournal{}
	return New(cfg, f, j, key, big.NewInt(1337)), f, c, j
}

var to = common.HexToAddress("0x1234")

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.GWei)) }

func TestSendThenMined(t *testing.T) {
	ctx := context.Background()
	m, f, _, _ := setup(t, Config{})
	a, err := m.Send(ctx, "k", to, []byte{1})
	if err != nil {
		t.Fatal(err)
	}
	// Fee cap = tip + 2 x base.
	if a.FeeCap.Cmp(gwei(3)) != 0 || a.TipCap.Cmp(gwei(1)) != 0 {
		t.Fatalf("fees %s/%s", a.TipCap, a.FeeCap)
	}
	if _, err := m.Send(ctx, "k", to, []byte{1}); !errors.Is(err, ErrPending) {
		t.Fatalf("second Send: %v", err)
	}
	st, err := m.Poll(ctx, "k")
	if err != nil || st.Receipt != nil || st.Attempts != 1 {
		t.Fatalf("before mining: %+v %v", st, err)
	}
	f.mine()
	st, err = m.Poll(ctx, "k")
	if err != nil || st.Receipt == nil || st.Receipt.TxHash != a.Hash {
		t.Fatalf("after mining: %+v %v", st, err)
	}
}

func TestRevertWhileEstimatingSendsNothing(t *testing.T) {
	m, f, _, j := setup(t, Config{})
	f.estimate = errors.New("execution reverted")
	if _, err := m.Send(context.Background(), "k", to, nil); err == nil {
		t.Fatal("no error")
	}
	if as, _ := j.Attempts(context.Background(), "k"); len(as) != 0 || len(f.sent) != 0 {
		t.Fatalf("sent %d, journal %d", len(f.sent), len(as))
	}
}

// ResubmissionTimeout: no replacement before it, one after it, each raising both fees by
// BumpPercent (13%, what the comment on BumpPercent says).
func TestResubmissionTimeoutAndBumpFactor(t *testing.T) {
	ctx := context.Background()
	m, f, c, _ := setup(t, Config{ResubmissionTimeout: time.Minute})
	a, err := m.Send(ctx, "k", to, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.base = gwei(1000) // nothing mines
	c.t = c.t.Add(59 * time.Second)
	if st, err := m.Poll(ctx, "k"); err != nil || st.Attempts != 1 {
		t.Fatalf("replaced before the timeout: %+v %v", st, err)
	}
	c.t = c.t.Add(time.Second)
	f.base = gwei(1) // the market does not ask for more: the bump alone raises the fees
	st, err := m.Poll(ctx, "k")
	if err != nil || st.Attempts != 2 {
		t.Fatalf("not replaced after the timeout: %+v %v", st, err)
	}
	if want := bump(a.FeeCap, 13); st.Last.FeeCap.Cmp(want) != 0 || st.Last.FeeCap.Cmp(new(big.Int).Div(new(big.Int).Mul(a.FeeCap, big.NewInt(113)), big.NewInt(100))) < 0 {
		t.Fatalf("fee cap %s after bump of %s, want %s", st.Last.FeeCap, a.FeeCap, want)
	}
	if st.Last.Nonce != a.Nonce {
		t.Fatalf("replacement nonce %d, want %d", st.Last.Nonce, a.Nonce)
	}
	// The pool accepted it as a replacement (not underpriced): one transaction in the pool.
	if len(f.pool) != 1 || len(f.sent) != 2 {
		t.Fatalf("pool %d, sent %d", len(f.pool), len(f.sent))
	}
	f.mine()
	if st, err := m.Poll(ctx, "k"); err != nil || st.Receipt == nil || st.Receipt.TxHash != st.Last.Hash && st.Receipt.TxHash != a.Hash {
		t.Fatalf("replacement not mined: %+v %v", st, err)
	}
}

func TestMaxBumps(t *testing.T) {
	ctx := context.Background()
	m, f, c, _ := setup(t, Config{MaxBumps: 2, ResubmissionTimeout: time.Second})
	f.base = gwei(1000)
	if _, err := m.Send(ctx, "k", to, nil); err == nil {
		t.Fatal("sent above the 500 gwei cap")
	}
	f.base = gwei(1)
	if _, err := m.Send(ctx, "k", to, nil); err != nil {
		t.Fatal(err)
	}
	f.base = gwei(4) // above the first fee cap: it stays unmined
	for i := 1; i <= 2; i++ {
		c.t = c.t.Add(time.Second)
		if st, err := m.Poll(ctx, "k"); err != nil || st.Attempts != i+1 {
			t.Fatalf("bump %d: %+v %v", i, st, err)
		}
	}
	c.t = c.t.Add(time.Second)
	st, err := m.Poll(ctx, "k")
	if !errors.Is(err, ErrMaxBumps) || st.Attempts != 3 || len(f.sent) != 3 {
		t.Fatalf("third bump: %+v %v (sent %d)", st, err, len(f.sent))
	}
}

func TestFeeLimitMultiplier(t *testing.T) {
	ctx := context.Background()
	m, f, c, _ := setup(t, Config{FeeLimitMultiplier: 2, ResubmissionTimeout: time.Second})
	a, err := m.Send(ctx, "k", to, nil) // fee cap 3 gwei: the ceiling is 6 gwei
	if err != nil {
		t.Fatal(err)
	}
	f.base = gwei(2) // market 5 gwei: allowed
	c.t = c.t.Add(time.Second)
	st, err := m.Poll(ctx, "k")
	if err != nil || st.Attempts != 2 || st.Last.FeeCap.Cmp(gwei(5)) != 0 {
		t.Fatalf("bump within the limit: %+v %v", st, err)
	}
	f.base = gwei(10) // market 21 gwei: above 2 x 3 gwei
	c.t = c.t.Add(time.Second)
	st, err = m.Poll(ctx, "k")
	if !errors.Is(err, ErrFeeLimit) || st.Attempts != 2 {
		t.Fatalf("bump above the multiplier: %+v %v", st, err)
	}
	for _, tx := range f.sent {
		if tx.GasFeeCap().Cmp(new(big.Int).Mul(a.FeeCap, big.NewInt(2))) > 0 {
			t.Fatalf("sent fee cap %s above the ceiling", tx.GasFeeCap())
		}
	}
}

func TestMaxFeeCap(t *testing.T) {
	ctx := context.Background()
	m, f, c, _ := setup(t, Config{MaxFeeCap: gwei(4), ResubmissionTimeout: time.Second})
	if _, err := m.Send(ctx, "k", to, nil); err != nil { // 3 gwei
		t.Fatal(err)
	}
	// The market asks 5 gwei (twice the base fee plus the tip), above the absolute cap; the
	// cap itself covers the base fee and the tip: the replacement goes out at the cap.
	f.base = gwei(2)
	c.t = c.t.Add(time.Second)
	st, err := m.Poll(ctx, "k")
	if err != nil || st.Attempts != 2 || st.Last.FeeCap.Cmp(gwei(4)) != 0 {
		t.Fatalf("bump to the cap: %+v %v", st, err)
	}
	if tx := f.mine(); tx == nil || tx.Hash() != st.Last.Hash {
		t.Fatalf("the replacement at the cap was not mined at base fee %s", f.base)
	}
	// Above what the cap can pay: held back, nothing more is sent.
	m2, f2, c2, _ := setup(t, Config{MaxFeeCap: gwei(4), ResubmissionTimeout: time.Second})
	if _, err := m2.Send(ctx, "k", to, nil); err != nil {
		t.Fatal(err)
	}
	f2.base = gwei(5)
	c2.t = c2.t.Add(time.Second)
	if st, err := m2.Poll(ctx, "k"); !errors.Is(err, ErrFeeLimit) || st.Attempts != 1 || len(f2.sent) != 1 {
		t.Fatalf("bump above what the cap pays: %+v %v (sent %d)", st, err, len(f2.sent))
	}
}

// The base fee rises past a pending attempt's fee cap and the node evicts it, refusing it
// again: Poll replaces it at once (not after the resubmission timeout), under the ceiling,
// and the replacement is mined.
func TestAttemptBelowTheBaseFeeIsReplacedAtOnce(t *testing.T) {
	ctx := context.Background()
	m, f, _, _ := setup(t, Config{ResubmissionTimeout: time.Hour})
	a, err := m.Send(ctx, "k", to, nil) // 3 gwei at base 1 gwei; ceiling 15 gwei
	if err != nil {
		t.Fatal(err)
	}
	f.base = gwei(10)
	f.refuseBelowBase = true
	delete(f.pool, a.Hash) // evicted
	st, err := m.Poll(ctx, "k")
	if err != nil || st.Attempts != 2 {
		t.Fatalf("poll: %+v %v", st, err)
	}
	if st.Last.FeeCap.Cmp(gwei(15)) != 0 || st.Last.Nonce != a.Nonce {
		t.Fatalf("replacement fee cap %s nonce %d, want the 15 gwei ceiling and nonce %d", st.Last.FeeCap, st.Last.Nonce, a.Nonce)
	}
	if tx := f.mine(); tx == nil || tx.Hash() != st.Last.Hash {
		t.Fatal("the replacement was not mined")
	}
}

// Attempts persisted in the journal survive a new manager (a restart): it finds the mined
// attempt instead of sending again.
func TestRestartFindsAttempts(t *testing.T) {
	ctx := context.Background()
	m, f, c, j := setup(t, Config{})
	a, err := m.Send(ctx, "k", to, nil)
	if err != nil {
		t.Fatal(err)
	}
	m2 := New(Config{Now: c.now}, f, j, m.key, big.NewInt(1337))
	if _, err := m2.Send(ctx, "k", to, nil); !errors.Is(err, ErrPending) {
		t.Fatalf("restarted manager sent again: %v", err)
	}
	f.mine()
	st, err := m2.Poll(ctx, "k")
	if err != nil || st.Receipt == nil || st.Receipt.TxHash != a.Hash || len(f.sent) != 1 {
		t.Fatalf("%+v %v, sent %d", st, err, len(f.sent))
	}
}

// An attempt the node lost (a reorg dropped it) is broadcast again, unchanged.
func TestDroppedAttemptRebroadcast(t *testing.T) {
	ctx := context.Background()
	m, f, _, _ := setup(t, Config{})
	a, err := m.Send(ctx, "k", to, nil)
	if err != nil {
		t.Fatal(err)
	}
	delete(f.pool, a.Hash)
	if st, err := m.Poll(ctx, "k"); err != nil || st.Attempts != 1 {
		t.Fatalf("%+v %v", st, err)
	}
	if _, ok := f.pool[a.Hash]; !ok || len(f.sent) != 2 {
		t.Fatalf("not broadcast again (sent %d)", len(f.sent))
	}
}

// Nonce too low: when one of our attempts is mined it is the answer; when another
// transaction took the nonce, ErrNonceTaken and nothing more is sent.
func TestNonceTooLow(t *testing.T) {
	ctx := context.Background()
	t.Run("ours mined", func(t *testing.T) {
		m, f, c, _ := setup(t, Config{ResubmissionTimeout: time.Second})
		a, err := m.Send(ctx, "k", to, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Mined, but the receipt shows only after the replacement is refused.
		tx := f.mine()
		r := f.receipts[tx.Hash()]
		delete(f.receipts, tx.Hash())
		c.t = c.t.Add(time.Second)
		f.mu.Lock()
		f.receipts[a.Hash] = r
		f.mu.Unlock()
		st, err := m.Poll(ctx, "k")
		if err != nil || st.Receipt == nil {
			t.Fatalf("%+v %v", st, err)
		}
	})
	t.Run("taken", func(t *testing.T) {
		m, f, c, _ := setup(t, Config{ResubmissionTimeout: time.Second})
		if _, err := m.Send(ctx, "k", to, nil); err != nil {
			t.Fatal(err)
		}
		f.takeNonce()
		c.t = c.t.Add(time.Second)
		if _, err := m.Poll(ctx, "k"); !errors.Is(err, ErrNonceTaken) {
			t.Fatalf("bump over a taken nonce: %v", err)
		}
		if len(f.sent) != 1 {
			t.Fatalf("sent %d", len(f.sent))
		}
		if err := m.Forget(ctx, "k"); err != nil {
			t.Fatal(err)
		}
		a, err := m.Send(ctx, "k", to, nil)
		if err != nil || a.Nonce != 1 {
			t.Fatalf("fresh send: %+v %v", a, err)
		}
	})
}

// A receipt from a block that is no longer canonical is not an answer.
func TestReceiptOfReorgedBlockIgnored(t *testing.T) {
	ctx := context.Background()
	m, f, _, _ := setup(t, Config{})
	a, err := m.Send(ctx, "k", to, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.mine()
	f.headers[1] = &types.Header{Number: big.NewInt(1), Extra: []byte("other")}
	st, err := m.Poll(ctx, "k")
	if err != nil || st.Receipt != nil {
		t.Fatalf("receipt of %s from a replaced block: %+v %v", a.Hash, st, err)
	}
}
