package ipfsnode

import (
	"bytes"
	"encoding/binary"
	"io"
	"sync/atomic"
	"testing"
)

const benchFileSize = 100 << 20

// BenchmarkAdd100MiB adds a 100 MiB file through the HTTP API with go-ipfs-api (pinned,
// CIDv0, synced to disk). Every iteration's blocks are new, so nothing is deduplicated.
func BenchmarkAdd100MiB(b *testing.B) {
	n := startNode(b, b.TempDir(), nil)
	sh := newShell(n)
	data := randBytes(1, benchFileSize)
	b.SetBytes(benchFileSize)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		for off := 0; off < len(data); off += 262144 {
			binary.LittleEndian.PutUint64(data[off:], uint64(i))
		}
		b.StartTimer()
		if _, err := sh.Add(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCat100MiB reads a stored 100 MiB file through the HTTP API with go-ipfs-api
// (every block is read from leveldb and checked against its hash).
func BenchmarkCat100MiB(b *testing.B) {
	n := startNode(b, b.TempDir(), nil)
	sh := newShell(n)
	data := randBytes(2, benchFileSize)
	c, err := sh.Add(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 256<<10)
	b.SetBytes(benchFileSize)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rc, err := sh.Cat(c)
		if err != nil {
			b.Fatal(err)
		}
		var k int64
		for {
			m, err := rc.Read(buf)
			k += int64(m)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
		rc.Close()
		if err != nil || k != benchFileSize {
			b.Fatalf("cat read %d bytes: %v", k, err)
		}
	}
}

// BenchmarkAdd1KiB adds small distinct files one after another; reports adds/s.
func BenchmarkAdd1KiB(b *testing.B) {
	n := startNode(b, b.TempDir(), nil)
	sh := newShell(n)
	data := randBytes(3, 1024)
	b.SetBytes(1024)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		binary.LittleEndian.PutUint64(data, uint64(i))
		if _, err := sh.Add(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "adds/s")
}

// BenchmarkAdd1KiBParallel is BenchmarkAdd1KiB from several clients at once.
func BenchmarkAdd1KiBParallel(b *testing.B) {
	n := startNode(b, b.TempDir(), nil)
	sh := newShell(n)
	var ctr atomic.Uint64
	b.SetBytes(1024)
	b.SetParallelism(4)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		data := randBytes(ctr.Add(1)<<32, 1024)
		for pb.Next() {
			binary.LittleEndian.PutUint64(data, ctr.Add(1))
			if _, err := sh.Add(bytes.NewReader(data)); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "adds/s")
}
