package follow

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/dotsnet/dots/indexer/store"
	"github.com/dotsnet/dots/indexer/store/storetest"
)

// emitterCode deploys a contract whose every call emits LOG1(topic = first calldata word,
// data = the calldata):
//
//	init:    PUSH1 10 PUSH1 10 PUSH0 CODECOPY PUSH1 10 PUSH0 RETURN
//	runtime: CALLDATASIZE PUSH0 PUSH0 CALLDATACOPY PUSH0 CALLDATALOAD CALLDATASIZE PUSH0 LOG1 STOP
var emitterCode = common.FromHex("600a600a5f39600a5ff3" + "365f5f375f35365fa100")

type chain struct {
	t      *testing.T
	sim    *simulated.Backend
	key    *ecdsa.PrivateKey
	from   common.Address
	signer types.Signer
	addr   common.Address
	sent   int
	nonce  uint64
}

func newChain(t *testing.T, balance int64) *chain {
	t.Helper()
	key, _ := crypto.GenerateKey()
	return newChainWith(t, balance, key)
}

// newChainWith is a chain whose emitter key is key: two chains with the same key have
// their emitters at the same address.
func newChainWith(t *testing.T, balance int64, key *ecdsa.PrivateKey) *chain {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(balance), big.NewInt(params.Ether))}})
	t.Cleanup(func() { sim.Close() })
	c := &chain{t: t, sim: sim, key: key, from: from}
	id, err := sim.Client().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.signer = types.LatestSignerForChainID(id)
	tx := c.send(nil, emitterCode)
	sim.Commit()
	rc, err := sim.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil || rc.Status != 1 {
		t.Fatalf("deploying emitter: %v %v", err, rc)
	}
	c.addr = rc.ContractAddress
	return c
}

func (c *chain) send(to *common.Address, data []byte) *types.Transaction {
	c.t.Helper()
	ctx := context.Background()
	nonce := c.nonce
	c.nonce++
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: c.signer.ChainID(), Nonce: nonce, To: to, Data: data,
		Gas: 200_000, GasFeeCap: big.NewInt(10 * params.GWei), GasTipCap: big.NewInt(params.GWei),
	}), c.signer, c.key)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.sim.Client().SendTransaction(ctx, tx); err != nil {
		c.t.Fatal(err)
	}
	return tx
}

// blocks mines n blocks with k events each; tag makes the events of one fork differ from another's.
func (c *chain) blocks(n, k int, tag string) {
	c.t.Helper()
	for range n {
		for range k {
			c.sent++
			word := crypto.Keccak256([]byte(fmt.Sprintf("%s-%d", tag, c.sent)))
			c.send(&c.addr, append(word, []byte(tag)...))
		}
		c.sim.Commit()
	}
	// The pool may take a transaction after a Commit; mine until all are in.
	for i := 0; ; i++ {
		n, err := c.sim.Client().NonceAt(context.Background(), c.from, nil)
		if err != nil {
			c.t.Fatal(err)
		}
		if n == c.nonce {
			return
		}
		if i > 100 {
			c.t.Fatalf("transactions not mined: nonce %d of %d", n, c.nonce)
		}
		c.sim.Commit()
	}
}

func (c *chain) head() *types.Header {
	h, err := c.sim.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h
}

// matrix are the follower's tests, run on both engines.
var matrix = []storetest.Test{
	{Name: "BackfillThenLive", FnNew: testBackfillThenLive},
	{Name: "Reorgs", FnNew: testReorgs},
	{Name: "ShorterChainAndRestart", FnNew: testShorterChainAndRestart},
	{Name: "NewGenesisStartsFresh", FnNew: testNewGenesisStartsFresh},
	{Name: "AdaptiveRange", FnNew: testAdaptiveRange},
	{Name: "ReorgUnderPrefetch", FnNew: testReorgUnderPrefetch},
	{Name: "EmptyLogsAgainstBloomRetried", FnNew: testEmptyLogsAgainstBloomRetried},
	{Name: "RateLimitDoesNotShrinkRange", FnNew: testRateLimitDoesNotShrinkRange},
	{Name: "StatusDuringRebuild", FnNew: testStatusDuringRebuild},
}

func TestSQLite(t *testing.T)   { storetest.Run(t, "sqlite", matrix) }
func TestPostgres(t *testing.T) { storetest.Run(t, "postgres", matrix) }

func openDB(t *testing.T, dbURL string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), dbURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func follower(t *testing.T, src Source, db *store.DB, c *chain, maxSpan uint64) *Follower {
	t.Helper()
	f, err := New(context.Background(), src, db, Config{Addresses: []common.Address{c.addr}, StartBlock: 1, MaxSpan: maxSpan, InitialSpan: 2})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func dump(t *testing.T, db *store.DB) map[string][]string {
	t.Helper()
	d, err := db.Dump(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// freshDump indexes the chain as it is now into a new database.
func freshDump(t *testing.T, c *chain, newDB func(t *testing.T) string) map[string][]string {
	t.Helper()
	db := openDB(t, newDB(t))
	f := follower(t, Client{c.sim.Client()}, db, c, 1000)
	if err := f.SyncToHead(context.Background()); err != nil {
		t.Fatal(err)
	}
	return dump(t, db)
}

func countLogs(t *testing.T, db *store.DB) int {
	var n int
	if err := db.W.Get(&n, `SELECT count(*) FROM logs`); err != nil {
		t.Fatal(err)
	}
	return n
}

func testBackfillThenLive(t *testing.T, newDB func(t *testing.T) string) {
	ctx := context.Background()
	c := newChain(t, 100)
	c.blocks(30, 3, "a")
	db := openDB(t, newDB(t))
	f := follower(t, Client{c.sim.Client()}, db, c, 8)
	if err := f.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	if got := countLogs(t, db); got != 90 {
		t.Fatalf("indexed %d logs, want 90", got)
	}
	c.blocks(5, 2, "b")
	if err := f.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	if got := countLogs(t, db); got != 100 {
		t.Fatalf("indexed %d logs, want 100", got)
	}
	st := f.Status()
	if st.Indexed != c.head().Number.Uint64() || st.Head != st.Indexed {
		t.Fatalf("status %+v, head %d", st, c.head().Number)
	}
	// Stored hashes are the chain's.
	var h string
	if err := db.W.Get(&h, db.W.Rebind(`SELECT hash FROM blocks WHERE block_number=?`), st.Indexed); err != nil {
		t.Fatal(err)
	}
	if h != c.head().Hash().Hex() {
		t.Fatalf("stored hash %s, chain %s", h, c.head().Hash())
	}
	if !reflect.DeepEqual(dump(t, db), freshDump(t, c, newDB)) {
		t.Fatal("incremental index differs from a fresh index")
	}
}

func testReorgs(t *testing.T, newDB func(t *testing.T) string) {
	for _, depth := range []int{1, 3, 10} {
		t.Run(fmt.Sprint("depth", depth), func(t *testing.T) {
			ctx := context.Background()
			c := newChain(t, 100)
			c.blocks(15, 2, "main")
			db := openDB(t, newDB(t))
			f := follower(t, Client{c.sim.Client()}, db, c, 4)
			if err := f.SyncToHead(ctx); err != nil {
				t.Fatal(err)
			}
			before := countLogs(t, db)
			head := c.head().Number.Uint64()
			anc, err := c.sim.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(head-uint64(depth)))
			if err != nil {
				t.Fatal(err)
			}
			if err := c.sim.Fork(anc.Hash()); err != nil {
				t.Fatal(err)
			}
			// The new fork is longer by one block and its events differ.
			c.blocks(depth+1, 1, "fork")
			if err := f.SyncToHead(ctx); err != nil {
				t.Fatal(err)
			}
			// The dropped blocks' transactions go back to the pool and land in the new
			// fork too, so count what the chain has now.
			onChain, err := c.sim.Client().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{c.addr}, FromBlock: big.NewInt(1)})
			if err != nil {
				t.Fatal(err)
			}
			if got := countLogs(t, db); got != len(onChain) || got == before {
				t.Fatalf("after reorg %d logs, chain has %d (before %d)", got, len(onChain), before)
			}
			var forkLogs int
			hexData := `hex(data)`
			if db.Engine() == store.Postgres {
				hexData = `upper(encode(data, 'hex'))`
			}
			db.W.Get(&forkLogs, db.W.Rebind(`SELECT count(*) FROM logs WHERE block_number > ? AND `+hexData+` LIKE ?`), anc.Number.Uint64(), "%"+fmt.Sprintf("%X", "fork"))
			if forkLogs != depth+1 {
				t.Fatalf("%d fork logs above the ancestor, want %d", forkLogs, depth+1)
			}
			if !reflect.DeepEqual(dump(t, db), freshDump(t, c, newDB)) {
				t.Fatal("index after the reorg differs from a fresh index")
			}
		})
	}
}

func testShorterChainAndRestart(t *testing.T, newDB func(t *testing.T) string) {
	ctx := context.Background()
	c := newChain(t, 100)
	c.blocks(12, 1, "x")
	path := newDB(t)
	db, err := store.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := follower(t, Client{c.sim.Client()}, db, c, 3)
	for range 3 { // part of the chain only
		if _, err := f.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	part := f.Status().Indexed
	if part == 0 || part >= c.head().Number.Uint64() {
		t.Fatalf("partial index reached %d of %d", part, c.head().Number)
	}
	db.Close()

	db, err = store.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f = follower(t, Client{c.sim.Client()}, db, c, 3)
	if got := f.Status().Indexed; got != part {
		t.Fatalf("restart resumed at %d, want %d", got, part)
	}
	if err := f.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	// The chain gets shorter (the tip is dropped, nothing replaces it).
	anc, _ := c.sim.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(c.head().Number.Uint64()-4))
	if err := c.sim.Fork(anc.Hash()); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if got := f.Status().Indexed; got != anc.Number.Uint64() {
		t.Fatalf("after the chain shrank indexed head is %d, want %d", got, anc.Number)
	}
	if !reflect.DeepEqual(dump(t, db), freshDump(t, c, newDB)) {
		t.Fatal("index after restart and shrink differs from a fresh index")
	}
}

func testNewGenesisStartsFresh(t *testing.T, newDB func(t *testing.T) string) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	a := newChainWith(t, 100, key)
	a.blocks(5, 2, "a")
	b := newChainWith(t, 200, key) // another alloc: another genesis; same emitter address
	b.blocks(3, 1, "b")
	if a.addr != b.addr {
		t.Fatalf("emitters at %s and %s: the test needs one address", a.addr, b.addr)
	}
	path := newDB(t)
	db, err := store.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	src := &switchable{Source: Client{a.sim.Client()}}
	f := follower(t, src, db, a, 100)
	if err := f.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	if countLogs(t, db) != 10 {
		t.Fatal("chain a not indexed")
	}
	// The node behind the URL is replaced while the follower runs.
	src.Source = Client{b.sim.Client()}
	if err := f.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	if got := countLogs(t, db); got != 3 {
		t.Fatalf("after a genesis change %d logs, want 3 (chain b only)", got)
	}
	if f.Status().Genesis == (common.Hash{}) {
		t.Fatal("no genesis")
	}
	g, _ := store.Meta(ctx, db.W, store.MetaGenesis)
	bg, _ := b.sim.Client().HeaderByNumber(ctx, big.NewInt(0))
	if g != bg.Hash().Hex() {
		t.Fatalf("stored genesis %s, want %s", g, bg.Hash())
	}
	// A new follower on chain a notices the stored index is chain b's.
	f2 := follower(t, Client{a.sim.Client()}, db, a, 100)
	if err := f2.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	if got := countLogs(t, db); got != 10 {
		t.Fatalf("back on chain a %d logs, want 10", got)
	}
}

type switchable struct{ Source }

// limited refuses log queries over more than max blocks, like a node with a result cap.
type limited struct {
	Source
	max     uint64
	refused int
}

func (l *limited) Logs(ctx context.Context, from, to uint64, addrs []common.Address) ([]types.Log, error) {
	if to-from+1 > l.max {
		l.refused++
		return nil, errors.New("query returned more than 10000 results")
	}
	return l.Source.Logs(ctx, from, to, addrs)
}

func testAdaptiveRange(t *testing.T, newDB func(t *testing.T) string) {
	ctx := context.Background()
	c := newChain(t, 100)
	c.blocks(40, 1, "r")
	db := openDB(t, newDB(t))
	src := &limited{Source: Client{c.sim.Client()}, max: 5}
	f := follower(t, src, db, c, 64)
	if err := f.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	if src.refused == 0 {
		t.Fatal("the range never grew past the node's limit")
	}
	if got := countLogs(t, db); got != 40 {
		t.Fatalf("indexed %d logs, want 40", got)
	}
	// A failure that is not about size is returned, not hidden.
	src.max = 0
	c.blocks(1, 1, "s")
	for range 20 {
		if _, err := f.Step(ctx); err != nil {
			return
		}
	}
	t.Fatal("a node refusing every query never surfaced an error")
}

// TestReorgUnderPrefetch reorgs the chain while the follower holds a range it fetched
// ahead during backfill: the stale range may be committed, but the next step notices the
// parent mismatch and the index ends equal to a fresh one.
func testReorgUnderPrefetch(t *testing.T, newDB func(t *testing.T) string) {
	ctx := context.Background()
	c := newChain(t, 100)
	c.blocks(20, 1, "main")
	db := openDB(t, newDB(t))
	f := follower(t, Client{c.sim.Client()}, db, c, 4)
	if _, err := f.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if f.ahead == nil {
		t.Fatal("a backfill step fetched nothing ahead")
	}
	<-f.ahead.done
	ahead := f.ahead.to
	// Fork below the end of the range fetched ahead.
	anc, err := c.sim.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(f.ahead.from))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.sim.Fork(anc.Hash()); err != nil {
		t.Fatal(err)
	}
	c.blocks(int(c.head().Number.Uint64()-anc.Number.Uint64())+3, 1, "fork")
	if err := f.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(dump(t, db), freshDump(t, c, newDB)) {
		t.Fatalf("index after a reorg under a range fetched ahead (%d-%d) differs from a fresh index", anc.Number, ahead)
	}
}
