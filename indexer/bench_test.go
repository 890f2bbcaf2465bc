package indexer

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/indexer/events"
	"github.com/dotsnet/dots/indexer/follow"
	"github.com/dotsnet/dots/indexer/store"
)

// memChain is an in-memory Source: blocks with pre-built logs.
type memChain struct {
	blocks []follow.Block
	logs   [][]types.Log
}

func (m *memChain) ChainID(context.Context) (uint64, error) { return 31337, nil }
func (m *memChain) Head(context.Context) (follow.Block, error) {
	return m.blocks[len(m.blocks)-1], nil
}
func (m *memChain) Blocks(_ context.Context, from, to uint64) ([]follow.Block, error) {
	if to >= uint64(len(m.blocks)) {
		return nil, follow.ErrNotFound
	}
	return append([]follow.Block(nil), m.blocks[from:to+1]...), nil
}
func (m *memChain) Logs(_ context.Context, from, to uint64, _ []common.Address) ([]types.Log, error) {
	var out []types.Log
	for n := from; n <= to; n++ {
		out = append(out, m.logs[n]...)
	}
	return out, nil
}

// synthChain builds nBlocks blocks of perBlock real DOTS events each (BatchAnchored,
// RouteSet, Transfer of the token and RatePublished in turn), ABI-encoded by the bindings.
func synthChain(b *testing.B, dep *deploy.Deployment, nBlocks, perBlock int) *memChain {
	cs := Contracts(dep)
	abis := map[string]events.Contract{}
	for _, c := range cs {
		abis[c.Pkg] = c
	}
	mk := func(pkg, ev string, args ...any) types.Log {
		c := abis[pkg]
		e := c.ABI.Events[ev]
		var topics []common.Hash
		topics = append(topics, e.ID)
		var nonIdx []any
		ai := 0
		for _, in := range e.Inputs {
			if in.Indexed {
				switch v := args[ai].(type) {
				case common.Address:
					topics = append(topics, common.BytesToHash(v.Bytes()))
				case common.Hash:
					topics = append(topics, v)
				case *big.Int:
					topics = append(topics, common.BigToHash(v))
				}
			} else {
				nonIdx = append(nonIdx, args[ai])
			}
			ai++
		}
		data, err := e.Inputs.NonIndexed().Pack(nonIdx...)
		if err != nil {
			b.Fatalf("packing %s: %v", ev, err)
		}
		return types.Log{Address: c.Address, Topics: topics, Data: data}
	}
	m := &memChain{}
	parent := common.Hash{}
	op := common.HexToAddress("0x1000000000000000000000000000000000000001")
	k := 0
	for n := 0; n < nBlocks; n++ {
		h := crypto.Keccak256Hash(big.NewInt(int64(n)).Bytes(), parent.Bytes())
		m.blocks = append(m.blocks, follow.Block{Number: uint64(n), Hash: h, Parent: parent, Time: uint64(1_763_000_000 + n)})
		var ls []types.Log
		for i := 0; i < perBlock; i++ {
			k++
			var l types.Log
			switch k % 4 {
			case 0:
				l = mk("cdranchor", "BatchAnchored", big.NewInt(int64(k)), op, crypto.Keccak256Hash([]byte{byte(k)}), []byte("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"),
					uint64(1000), uint64(60000), uint64(k*1000), uint64(k*1000+999), common.Hash{1}, big.NewInt(1e18), big.NewInt(int64(k-4)), uint64(1_763_003_600))
			case 1:
				l = mk("numberregistry", "RouteSet", crypto.Keccak256Hash([]byte{byte(k)}), "+4930123456", op, "sip:+4930123456@op.example")
			case 2:
				l = mk("rewardtoken", "Transfer", op, common.HexToAddress("0x2"), big.NewInt(int64(k)))
			case 3:
				l = mk("rateexchange", "RatePublished", op, common.Hash{'4', '9'}, "49", big.NewInt(600), big.NewInt(5), uint32(60), uint32(60), uint64(1_763_000_000), big.NewInt(int64(k)))
			}
			l.BlockNumber, l.BlockHash, l.Index, l.TxIndex = uint64(n), h, uint(i), uint(i)
			l.TxHash = crypto.Keccak256Hash(h.Bytes(), []byte{byte(i)})
			ls = append(ls, l)
		}
		m.logs = append(m.logs, ls)
		parent = h
	}
	return m
}

// BenchmarkBackfill measures the follower's backfill (header check, decode with the
// bindings' ABIs, one SQLite transaction per range) over 100,000 synthetic DOTS events
// served from memory: the indexer's own cost, without RPC.
func BenchmarkBackfill(b *testing.B) {
	dep := &deploy.Deployment{ChainID: 31337, StartBlock: 1,
		RewardToken: common.HexToAddress("0x11"), NumberRegistry: common.HexToAddress("0x12"), CDRAnchor: common.HexToAddress("0x13"),
		RateExchange: common.HexToAddress("0x14"), Randomness: common.HexToAddress("0x15"), DisputeVoting: common.HexToAddress("0x16")}
	const blocks, per = 1001, 100
	chain := synthChain(b, dep, blocks, per)
	total := (blocks - 1) * per
	var cpu time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dec, err := events.New(Contracts(dep))
		if err != nil {
			b.Fatal(err)
		}
		db, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), dec.Schema())
		if err != nil {
			b.Fatal(err)
		}
		f, err := follow.New(context.Background(), chain, db, follow.Config{Addresses: dep.Addresses(), StartBlock: 1, Handler: dec, InitialSpan: 50, MaxSpan: 50})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c0 := cpuTime()
		if err := f.SyncToHead(context.Background()); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - c0
		b.StopTimer()
		var n int
		db.W.Get(&n, `SELECT count(*) FROM logs`)
		if n != total {
			b.Fatalf("indexed %d logs, want %d", n, total)
		}
		db.W.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
		db.Close()
		if fi, err := os.Stat(db.Path()); err == nil {
			b.ReportMetric(float64(fi.Size())/float64(total), "dbbytes/event")
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(total*b.N)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(total*b.N)/cpu.Seconds(), "events/cpu-s")
}

// cpuTime is the process's user+system CPU time: on a shared machine events per CPU second
// is steadier than events per wall second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
