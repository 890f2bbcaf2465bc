package cdr

import (
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	benchOnce   sync.Once
	benchLeaves []CDRLeaf
)

// millionLeaves: 1,000,000 random CDR leaves, made once per test binary.
func millionLeaves() []CDRLeaf {
	benchOnce.Do(func() { benchLeaves = randLeaves(rand.New(rand.NewPCG(1, 1)), 1_000_000) })
	return benchLeaves
}

// BenchmarkRoot1M: StandardMerkleTree of 1,000,000 CDR leaves (abi encoding, leaf hashes,
// sort, inner nodes) on one core. Target: <= 1 s/op.
func BenchmarkRoot1M(b *testing.B) {
	values := millionLeaves()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuNanos()
	for b.Loop() {
		if _, err := NewTree[CDRLeaf](CDRCodec{}, values); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuNanos()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/leaf")
}

// BenchmarkRoot1MParallel: the same on all cores (GOMAXPROCS).
func BenchmarkRoot1MParallel(b *testing.B) {
	values := millionLeaves()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuNanos()
	for b.Loop() {
		if _, err := NewTreeParallel[CDRLeaf](CDRCodec{}, values, 0); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
	b.ReportMetric(float64(cpuNanos()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/leaf")
}

// BenchmarkBatchDocument100k: from 100,000 full records (validation, number commitments,
// leaves, tree, all cores) to the JSON document.
func BenchmarkBatchDocument100k(b *testing.B) {
	rng := rand.New(rand.NewPCG(2, 2))
	records := make([]Record, 100_000)
	for i := range records {
		records[i] = randRecord(rng)
		setOperator(&records[i], records[0].Operator)
		records[i].Seq = uint64(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		doc, err := NewBatchDocument(1, time.Unix(0, 0), records)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := doc.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProof: one proof from a 1,000,000-leaf tree.
func BenchmarkProof(b *testing.B) {
	tree := must(NewTreeParallel[CDRLeaf](CDRCodec{}, millionLeaves(), 0))
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, err := tree.Proof(i % tree.Len()); err != nil {
			b.Fatal(err)
		}
		i += 7919
	}
}

// BenchmarkVerify: verify one 20-step proof.
func BenchmarkVerify(b *testing.B) {
	tree := must(NewTreeParallel[CDRLeaf](CDRCodec{}, millionLeaves(), 0))
	p := must(tree.Proof(12345))
	leaf := tree.Leaf(12345)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if !VerifyProof(tree.Root(), leaf, p) {
			b.Fatal("does not verify")
		}
	}
}

// BenchmarkMemoryPerLeaf reports the bytes a 1,000,000-leaf tree keeps per leaf (nodes,
// tree indices; the values slice is the caller's) and the bytes allocated while building.
func BenchmarkMemoryPerLeaf(b *testing.B) {
	values := millionLeaves()
	var before, after runtime.MemStats
	var tree *Tree[CDRLeaf]
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		tree = must(NewTree[CDRLeaf](CDRCodec{}, values))
		runtime.ReadMemStats(&after)
	}
	n := float64(len(values))
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/n, "alloc-B/leaf")
	runtime.GC()
	var live runtime.MemStats
	runtime.ReadMemStats(&live)
	b.ReportMetric(float64(len(tree.nodes)*32+len(tree.treeIndex)*4)/n, "kept-B/leaf")
	runtime.KeepAlive(tree)
}

// BenchmarkVsOpenZeppelin builds the same CDR tree (DOTS_OZ_BENCH_N leaves, default
// 100,000) with @openzeppelin/merkle-tree in node and with Go in one run, checks the roots
// are equal, and reports both times and their ratio. Skipped unless DOTS_OZ_BENCH=1 (the
// library needs minutes for 100,000 leaves). Run:
//
//	DOTS_OZ_BENCH=1 go test -run '^$' -bench VsOpenZeppelin -benchtime 1x ./cdr/
func BenchmarkVsOpenZeppelin(b *testing.B) {
	if os.Getenv("DOTS_OZ_BENCH") != "1" {
		b.Skip("set DOTS_OZ_BENCH=1 to time the npm library (takes minutes)")
	}
	n := 100_000
	if s := os.Getenv("DOTS_OZ_BENCH_N"); s != "" {
		n = must(strconv.Atoi(s))
	}
	values := randLeaves(rand.New(rand.NewPCG(3, 3)), n)
	resp := runOZ(b, ozRequest{LeafEncoding: CDRLeafEncoding, Values: valuesJSON[CDRLeaf](CDRCodec{}, values), Bench: true})
	b.ResetTimer()
	var tree *Tree[CDRLeaf]
	for b.Loop() {
		tree = must(NewTree[CDRLeaf](CDRCodec{}, values))
	}
	goMillis := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / 1e6
	if tree.Root() != resp.Root {
		b.Fatalf("roots differ: library %s, Go %s", resp.Root.Hex(), tree.Root().Hex())
	}
	b.ReportMetric(resp.BuildMillis, "oz-ms")
	b.ReportMetric(goMillis, "go-ms")
	b.ReportMetric(resp.BuildMillis/goMillis, "oz/go")
}

// cpuNanos is the process's user+system CPU time: on a shared machine it tells the work
// done apart from the time spent waiting for a core.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
