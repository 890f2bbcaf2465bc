package batcher

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/oracle/chain"
	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/pgtest"
	"github.com/dotsnet/dots/txmgr"
)

// memIPFS is a content-addressed map (the CID is a hash of the bytes, as IPFS's is).
type memIPFS struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (f *memIPFS) Add(_ context.Context, data []byte) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = map[string][]byte{}
	}
	cid := "bafk" + crypto.Keccak256Hash(data).Hex()[2:42]
	f.m[cid] = append([]byte(nil), data...)
	return cid, nil
}

// net is a simulated chain with the DOTS contracts, an admin (deployer, dispute role),
// and two registered operators.
type net struct {
	t      *testing.T
	engine string
	sim    *simulated.Backend
	ec     simulated.Client
	admin  *ecdsa.PrivateKey
	ops    [2]*ecdsa.PrivateKey
	d      *deploy.Deployment
	anchor *cdranchor.CDRAnchor
}

const window = 600 // challenge window, seconds

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// TestMain stops the PostgreSQL server the tests share (pgtest.Shared).
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// bothEngines runs test on each store engine: subtests sqlite (a file) and postgres (a fresh
// database on the test binary's one PostgreSQL server).
func bothEngines(t *testing.T, test func(t *testing.T, engine string)) {
	for _, engine := range []string{"sqlite", "postgres"} {
		t.Run(engine, func(t *testing.T) { test(t, engine) })
	}
}

// newNet is a simulated chain whose oracles keep their stores on engine ("sqlite" or
// "postgres").
func newNet(t *testing.T, engine string) *net {
	t.Helper()
	n := &net{t: t, engine: engine, anchor: cdranchor.NewCDRAnchor()}
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, 3)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}
	}
	n.admin, n.ops[0], n.ops[1] = keys[0], keys[1], keys[2]
	n.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { n.sim.Close() })
	n.ec = n.sim.Client()
	ctx := context.Background()
	var err error
	n.d, err = deploy.Deploy(ctx, n.ec, n.admin, deploy.Config{Commit: func() { n.sim.Commit() },
		Genesis: []deploy.Allocation{{Holder: crypto.PubkeyToAddress(n.admin.PublicKey), Amount: tokens(100000)}}})
	if err != nil {
		t.Fatal(err)
	}
	n.send(n.admin, n.d.CDRAnchor, n.anchor.PackGrantRole(deploy.DisputeRole, crypto.PubkeyToAddress(n.admin.PublicKey)))
	n.send(n.admin, n.d.CDRAnchor, n.anchor.PackSetChallengeWindow(window))
	token := rewardtoken.NewRewardToken()
	for _, op := range n.ops {
		addr := crypto.PubkeyToAddress(op.PublicKey)
		n.send(n.admin, n.d.RewardToken, token.PackTransfer(addr, tokens(10000)))
		n.send(op, n.d.RewardToken, token.PackApprove(n.d.CDRAnchor, tokens(10000)))
		n.send(op, n.d.CDRAnchor, n.anchor.PackRegisterOperator(tokens(1000), addr, "op"))
	}
	return n
}

// send sends and mines a transaction from key (a fresh sender each time: forks move nonces).
func (n *net) send(key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	n.t.Helper()
	ctx := context.Background()
	s, err := deploy.NewSender(ctx, n.ec, key, big.NewInt(1337), func() { n.sim.Commit() })
	if err != nil {
		n.t.Fatal(err)
	}
	r, err := s.Send(ctx, "test transaction", to, data)
	if err != nil {
		n.t.Fatal(err)
	}
	return r
}

func (n *net) blockHash(num uint64) common.Hash {
	h, err := n.ec.HeaderByNumber(context.Background(), new(big.Int).SetUint64(num))
	if err != nil {
		n.t.Fatal(err)
	}
	return h.Hash()
}

// fork makes the chain continue from block num's parent, with an empty pool (anvil_reorg
// drops the reorganised transactions the same way).
func (n *net) fork(num uint64) {
	n.t.Helper()
	n.sim.Rollback()
	if err := n.sim.Fork(n.blockHash(num - 1)); err != nil {
		n.t.Fatal(err)
	}
	n.sim.Rollback()
}

// anchors returns the operator's BatchAnchored events on the canonical chain.
func (n *net) anchors(op common.Address) []*cdranchor.CDRAnchorBatchAnchored {
	n.t.Helper()
	ev := n.anchor.GetABI().Events["BatchAnchored"]
	logs, err := n.ec.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{n.d.CDRAnchor},
		Topics: [][]common.Hash{{ev.ID}, nil, {common.BytesToHash(op.Bytes())}}})
	if err != nil {
		n.t.Fatal(err)
	}
	var out []*cdranchor.CDRAnchorBatchAnchored
	for i := range logs {
		a, err := n.anchor.UnpackBatchAnchoredEvent(&logs[i])
		if err != nil {
			n.t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// oracle is one operator's store and batcher over the simulated chain.
type oracle struct {
	n       *net
	key     *ecdsa.PrivateKey
	op      common.Address
	st      *store.Store
	ch      *chain.Chain
	ipfs    *memIPFS
	b       *Batcher
	now     time.Time
	wrap    func(Store, IPFS) (Store, IPFS) // fault injection
	journal func() txmgr.Journal
	seq     int
}

func (n *net) oracle(i int) *oracle {
	n.t.Helper()
	o := &oracle{n: n, key: n.ops[i], op: crypto.PubkeyToAddress(n.ops[i].PublicKey), ipfs: &memIPFS{}, now: time.Now()}
	db := filepath.Join(n.t.TempDir(), "oracle.db")
	if n.engine == "postgres" {
		db = pgtest.Shared(n.t).NewDB(n.t)
	}
	st, err := store.Open(context.Background(), db, o.op, store.Options{})
	if err != nil {
		n.t.Fatal(err)
	}
	n.t.Cleanup(func() { st.Close() })
	o.st = st
	if o.ch, err = chain.New(context.Background(), n.ec, o.op, n.d.CDRAnchor, n.d.NumberRegistry); err != nil {
		n.t.Fatal(err)
	}
	o.restart()
	return o
}

// restart builds a new batcher (and transaction manager) on the same store: a new process.
func (o *oracle) restart() {
	var st Store = o.st
	var ip IPFS = o.ipfs
	if o.wrap != nil {
		st, ip = o.wrap(st, ip)
	}
	var j txmgr.Journal = o.st
	if o.journal != nil {
		j = o.journal()
	}
	tm := txmgr.New(txmgr.Config{ResubmissionTimeout: time.Hour, Now: func() time.Time { return o.now }}, o.n.ec, j, o.key, big.NewInt(1337))
	o.b = New(Config{MaxSize: 3, MaxAge: time.Nanosecond, StartBlock: o.n.d.StartBlock, Confirmations: 2, FinalityDepth: 20,
		StuckAfter: time.Minute, Now: func() time.Time { return o.now }}, st, ip, o.ch, tm, nil,
		slog.New(slog.NewTextHandler(io.Discard, nil)))
}

func (o *oracle) ingest(k int) {
	o.n.t.Helper()
	calls := make([]ingest.Call, k)
	for i := range calls {
		o.seq++
		id := fmt.Sprintf("%s-%d", o.op.Hex()[:8], o.seq)
		calls[i] = ingest.Call{SourceID: id, CallID: ingest.HashCallID(id), Caller: "+4930901820", Callee: "+14155550123",
			SetupTime: 1700000000, AnswerTime: 1700000006, EndTime: 1700000150, BillableSeconds: 144,
			SIPStatus: 200, Q850Cause: 16, OrigOperator: o.op, TermOperator: o.op, Side: cdr.SideOriginating}
	}
	if _, err := o.st.Insert(context.Background(), "pbx", calls); err != nil {
		o.n.t.Fatal(err)
	}
}

func (o *oracle) step() error { return o.b.Step(context.Background()) }

func (o *oracle) mustStep() {
	o.n.t.Helper()
	if err := o.step(); err != nil {
		o.n.t.Fatal(err)
	}
}

func (o *oracle) batch(id uint64) *store.Batch {
	o.n.t.Helper()
	b, err := o.st.Batch(context.Background(), id)
	if err != nil {
		o.n.t.Fatal(err)
	}
	return b
}

func (o *oracle) wantState(id uint64, state string) *store.Batch {
	o.n.t.Helper()
	b := o.batch(id)
	if b.State != state {
		o.n.t.Fatalf("batch %d is %s (error %q), want %s", id, b.State, b.LastError, state)
	}
	return b
}

// settle steps and mines until every batch is final (at most rounds rounds), moving time
// past the challenge window when every batch waits for it.
func (o *oracle) settle(rounds int) {
	o.n.t.Helper()
	for range rounds {
		o.mustStep()
		bs, err := o.st.Batches(context.Background(), 0, 1000)
		if err != nil {
			o.n.t.Fatal(err)
		}
		allFinal, allMined := true, true
		for _, b := range bs {
			allFinal = allFinal && b.State == store.StateFinal
			allMined = allMined && (b.State == store.StateMined || b.State == store.StateFinal)
		}
		if allFinal {
			return
		}
		if allMined {
			if err := o.n.sim.AdjustTime(window * time.Second); err != nil {
				o.n.t.Fatal(err)
			}
		} else {
			o.n.sim.Commit()
		}
	}
	o.n.t.Fatalf("batches not final after %d rounds", rounds)
}

// checkExactlyOnce: every batch is final, anchored on the canonical chain exactly once by
// its operator with its root, CID and range, under the chain batch id it records.
func (o *oracle) checkExactlyOnce() {
	o.n.t.Helper()
	ctx := context.Background()
	bs, err := o.st.Batches(ctx, 0, 1000)
	if err != nil {
		o.n.t.Fatal(err)
	}
	evs := o.n.anchors(o.op)
	byFirst := map[uint64]int{}
	var covered uint64
	for _, e := range evs {
		byFirst[e.FirstSeq]++
	}
	for _, b := range bs {
		if b.State != store.StateFinal {
			o.n.t.Fatalf("batch %d is %s", b.ID, b.State)
		}
		covered += b.CDRCount
		info, err := o.ch.Batch(ctx, uint64(b.ChainBatchID.Int64))
		if err != nil {
			o.n.t.Fatal(err)
		}
		if info.Operator != o.op || info.CdrRoot != b.RootHash() || info.FirstSeq != b.FirstSeq || info.LastSeq != b.LastSeq || info.State != 2 {
			o.n.t.Fatalf("batch %d records chain batch %d, which is %+v", b.ID, b.ChainBatchID.Int64, info)
		}
	}
	if uint64(o.seq) != covered {
		o.n.t.Fatalf("batches cover %d CDRs, %d ingested", covered, o.seq)
	}
	// Anchors that stand (not invalidated): one per batch.
	valid := map[uint64]int{}
	for _, e := range evs {
		if st, _ := o.ch.Batch(ctx, e.BatchId.Uint64()); st.State != 3 {
			valid[e.FirstSeq]++
		}
	}
	for _, b := range bs {
		if valid[b.FirstSeq] != 1 {
			o.n.t.Fatalf("range %d-%d has %d valid anchors on chain (%d events)", b.FirstSeq, b.LastSeq, valid[b.FirstSeq], byFirst[b.FirstSeq])
		}
	}
}

// A batch is mined only after Confirmations blocks; a reorg that drops its anchor puts it
// back to stored and it is anchored again with the same range; the final check looks at
// this operator's own batch; a final batch whose anchor a deep reorg removed is anchored
// again too.
func TestReorgDropsAnchor(t *testing.T) { bothEngines(t, testReorgDropsAnchor) }

func testReorgDropsAnchor(t *testing.T, engine string) {
	n := newNet(t, engine)
	o := n.oracle(0)
	o.ingest(3)
	o.mustStep() // sealed -> stored -> sent
	o.wantState(1, store.StateSent)
	n.sim.Commit()
	o.mustStep()
	o.wantState(1, store.StateSent) // one confirmation of two
	n.sim.Commit()
	o.mustStep()
	anchoredIn := o.wantState(1, store.StateMined).MinedBlock

	n.fork(anchoredIn)
	n.sim.Commit()
	n.sim.Commit()
	o.mustStep() // the tip is gone: back to stored, then sent again
	o.wantState(1, store.StateSent)
	if len(n.anchors(o.op)) != 0 {
		t.Fatal("anchor still on chain after the fork")
	}
	o.settle(10)
	o.checkExactlyOnce()
	b := o.batch(1)
	if b.FirstSeq != 1 || b.LastSeq != 3 {
		t.Fatalf("re-anchored as %d-%d", b.FirstSeq, b.LastSeq)
	}

	// Deeper than the challenge window: the final batch's anchor goes too.
	n.fork(b.MinedBlock)
	n.sim.Commit()
	o.mustStep()
	o.wantState(1, store.StateSent)
	o.settle(10)
	o.checkExactlyOnce()
}

// After a reorg another operator's anchor takes the global batch id this operator's
// anchor had, and this operator's is re-included under another id: the oracle follows its
// own anchor and marks the batch final off its own batch, never the other's.
func TestReorgSwapsBatchIDs(t *testing.T) { bothEngines(t, testReorgSwapsBatchIDs) }

func testReorgSwapsBatchIDs(t *testing.T, engine string) {
	n := newNet(t, engine)
	o := n.oracle(0)
	o.ingest(3)
	o.mustStep()
	n.sim.Commit()
	n.sim.Commit()
	o.mustStep()
	b := o.wantState(1, store.StateMined)
	ctx := context.Background()
	ours, _, err := n.ec.TransactionByHash(ctx, b.Tx())
	if err != nil {
		t.Fatal(err)
	}
	oldID := uint64(b.ChainBatchID.Int64)

	n.fork(b.MinedBlock)
	// Operator 2 anchors first in the new chain, then ours is re-included.
	op2 := crypto.PubkeyToAddress(n.ops[1].PublicKey)
	n.send(n.ops[1], n.d.CDRAnchor, n.anchor.PackAnchor(crypto.Keccak256Hash([]byte("op2")), []byte("bafkop2"), 1, 0, 1, 1,
		crypto.Keccak256Hash([]byte("r2")), big.NewInt(0)))
	if err := n.ec.SendTransaction(ctx, ours); err != nil {
		t.Fatal(err)
	}
	n.sim.Commit()
	n.sim.Commit()
	if info, err := o.ch.Batch(ctx, oldID); err != nil || info.Operator != op2 {
		t.Fatalf("chain batch %d after the swap: %+v %v", oldID, info, err)
	}
	o.settle(10)
	o.checkExactlyOnce()
	if got := uint64(o.batch(1).ChainBatchID.Int64); got == oldID {
		t.Fatalf("batch still records chain batch %d (operator 2's)", got)
	}
}

// An invalidated anchor is terminal: recorded, reported, and the range (with every later
// batch the cut took along) is anchored again under the same sequence numbers.
func TestInvalidatedAnchorReanchored(t *testing.T) { bothEngines(t, testInvalidatedAnchorReanchored) }

func testInvalidatedAnchorReanchored(t *testing.T, engine string) {
	n := newNet(t, engine)
	o := n.oracle(0)
	o.ingest(3)
	o.mustStep()
	n.sim.Commit()
	n.sim.Commit()
	o.mustStep()
	o.ingest(3)
	o.mustStep()
	n.sim.Commit()
	n.sim.Commit()
	o.mustStep()
	b1, b2 := o.wantState(1, store.StateMined), o.wantState(2, store.StateMined)
	treasury := crypto.PubkeyToAddress(n.admin.PublicKey)
	n.send(n.admin, n.d.CDRAnchor, n.anchor.PackInvalidateBatch(big.NewInt(b1.ChainBatchID.Int64), treasury))
	// The slash took the bond below the minimum: the operator tops it up.
	n.send(o.key, n.d.CDRAnchor, n.anchor.PackAddBond(tokens(2000)))
	o.mustStep()
	if o.b.Invalidated() != 2 {
		t.Fatalf("%d invalidations seen, want 2 (the disputed batch and the one after it)", o.b.Invalidated())
	}
	inv, err := o.st.Invalidations(context.Background(), 10)
	if err != nil || len(inv) != 2 {
		t.Fatalf("invalidations %+v %v", inv, err)
	}
	o.settle(20)
	o.checkExactlyOnce()
	if a, b := o.batch(1), o.batch(2); a.FirstSeq != b1.FirstSeq || b.FirstSeq != b2.FirstSeq || a.ChainBatchID == b1.ChainBatchID {
		t.Fatalf("re-anchored %+v %+v", a, b)
	}
}
