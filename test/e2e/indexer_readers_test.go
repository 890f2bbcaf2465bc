package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/indexer"
	"github.com/dotsnet/dots/indexer/apitypes"
	"github.com/dotsnet/dots/pgtest"
)

// TestIndexerReaderChild serves the API only (dots indexer --api-only) in a child process
// for TestIndexerReadersSurviveAKilledReader; it writes its address to DOTS_IX_READER_ADDR.
func TestIndexerReaderChild(t *testing.T) {
	db, depPath, addrFile := os.Getenv("DOTS_IX_READER_DB"), os.Getenv("DOTS_IX_READER_DEP"), os.Getenv("DOTS_IX_READER_ADDR")
	if db == "" {
		t.Skip("only run as TestIndexerReadersSurviveAKilledReader's child")
	}
	dep, err := deploy.Load(depPath)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := indexer.Open(context.Background(), indexer.Options{Deployment: dep, DB: db, APIOnly: true, FinalityDepth: 5, PollInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(addrFile+".tmp", []byte(ln.Addr().String()), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Rename(addrFile+".tmp", addrFile)
	ix.Serve(context.Background(), ln) // until killed
}

// ixCommits makes n NumberRegistry commitments (NumberCommitted events), mining gap blocks after each.
func ixCommits(t testing.TB, d *ixDevnet, from, n, gap int) {
	t.Helper()
	ctx := context.Background()
	reg := numberregistry.NewNumberRegistry()
	for i := from; i < from+n; i++ {
		secret := crypto.Keccak256Hash([]byte(fmt.Sprint("s", i)))
		out, err := d.client.CallContract(ctx, ethereum.CallMsg{To: &d.dep.NumberRegistry, Data: reg.PackMakeCommitment(fmt.Sprint("+4930", i), anvil.Address(d.keys[1]), secret)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var c [32]byte
		copy(c[:], out)
		d.tx(d.keys[1], "commit", d.dep.NumberRegistry, reg.PackCommit(c))
		if gap > 0 {
			if err := anvil.Mine(ctx, d.rpc, uint64(gap)); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func ixHealth(c *http.Client, base string) (apitypes.Health, error) {
	var h apitypes.Health
	resp, err := c.Get(base + "/healthz")
	if err != nil {
		return h, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return h, fmt.Errorf("healthz: %d", resp.StatusCode)
	}
	return h, json.NewDecoder(resp.Body).Decode(&h)
}

// One follower writes a PostgreSQL index; three API-only processes read it. Under steady
// requests to all three, one reader is killed with SIGKILL: every request to the other two
// keeps being answered, and they keep seeing the follower's new blocks.
func TestIndexerReadersSurviveAKilledReader(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := pgtest.Start(t)
	dbURL := srv.NewDB(t)
	d := ixStartDevnet(t, 0)
	ixCommits(t, d, 0, 3, 5)
	dir := t.TempDir()
	depPath := filepath.Join(dir, "deployment.json")
	if err := d.dep.Save(depPath); err != nil {
		t.Fatal(err)
	}
	// The follower (in this process), serving too.
	ix, err := indexer.Open(ctx, indexer.Options{RPC: d.node.URL(), Deployment: d.dep, DB: dbURL, FinalityDepth: 5, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ixSync(t, ix)
	fln, _ := net.Listen("tcp", "127.0.0.1:0")
	served := make(chan error, 1)
	go func() { served <- ix.Serve(ctx, fln) }()
	defer func() { cancel(); <-served }()

	var readers []string
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for i := range 3 {
		addrFile := filepath.Join(dir, fmt.Sprintf("reader%d.addr", i))
		cmd := exec.Command(os.Args[0], "-test.run=^TestIndexerReaderChild$", "-test.v")
		cmd.Env = append(os.Environ(), "DOTS_IX_READER_DB="+dbURL, "DOTS_IX_READER_DEP="+depPath, "DOTS_IX_READER_ADDR="+addrFile)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer cmd.Process.Kill()
		cmds, outs = append(cmds, cmd), append(outs, &out)
		deadline := time.Now().Add(60 * time.Second)
		for {
			if b, err := os.ReadFile(addrFile); err == nil {
				readers = append(readers, "http://"+string(b))
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("reader %d did not start: %s", i, out.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	client := &http.Client{Timeout: 5 * time.Second}
	head, _ := d.client.BlockNumber(ctx)
	for i, r := range readers {
		deadline := time.Now().Add(30 * time.Second)
		for {
			h, err := ixHealth(client, r)
			if err == nil && h.IndexedHead == head && h.ChainID == d.dep.ChainID {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("reader %d: %+v %v\n%s", i, h, err, outs[i].String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}

	// Steady load on every reader; reader 0 is killed mid-load.
	var killed atomic.Bool
	var ok, failedLive, failedKilled [3]atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for i, r := range readers {
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := &http.Client{Timeout: 5 * time.Second}
				for n := 0; ; n++ {
					select {
					case <-stop:
						return
					default:
					}
					path := []string{"/v1/batches", "/v1/disputes", "/healthz", "/v1"}[n%4]
					resp, err := c.Get(r + path)
					good := err == nil && resp.StatusCode == 200
					if resp != nil {
						resp.Body.Close()
					}
					switch {
					case good:
						ok[i].Add(1)
					case i == 0 && killed.Load():
						failedKilled[i].Add(1)
					default:
						failedLive[i].Add(1)
					}
				}
			}()
		}
	}
	waitCount := func(want int64) {
		deadline := time.Now().Add(30 * time.Second)
		for ok[1].Load() < want || ok[2].Load() < want {
			if time.Now().After(deadline) {
				t.Fatalf("readers 1 and 2 answered %d and %d requests, want %d each", ok[1].Load(), ok[2].Load(), want)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	waitCount(200)
	killed.Store(true)
	if err := cmds[0].Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmds[0].Wait()
	before := [3]int64{ok[0].Load(), ok[1].Load(), ok[2].Load()}
	// The follower indexes new events meanwhile; the live readers see them at once (they poll
	// hourly: LISTEN/NOTIFY tells them of each commit).
	ixCommits(t, d, 3, 2, 1)
	head, _ = d.client.BlockNumber(ctx)
	for _, i := range []int{1, 2} {
		deadline := time.Now().Add(30 * time.Second)
		for {
			h, err := ixHealth(client, readers[i])
			if err == nil && h.IndexedHead >= head {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("reader %d does not see block %d: %+v %v", i, head, h, err)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	waitCount(before[1] + 200)
	close(stop)
	wg.Wait()
	if failedLive[1].Load()+failedLive[2].Load() > 0 || failedLive[0].Load() > 0 {
		t.Fatalf("failed requests before the kill or to live readers: %d %d %d", failedLive[0].Load(), failedLive[1].Load(), failedLive[2].Load())
	}
	if failedKilled[0].Load() == 0 {
		t.Fatal("the killed reader still answered")
	}
	t.Logf("answered: reader 0 %d (then killed; %d refused after), reader 1 %d, reader 2 %d (%d and %d after the kill)",
		ok[0].Load(), failedKilled[0].Load(), ok[1].Load(), ok[2].Load(), ok[1].Load()-before[1], ok[2].Load()-before[2])
	var list apitypes.Answer[[]apitypes.Batch]
	if err := tryJSON(readers[1]+"/v1/batches", &list); err != nil || list.IndexedHead < head || strings.Contains(fmt.Sprint(list.Data), "error") {
		t.Fatalf("reader 1 after the kill: %+v %v", list, err)
	}
}

// BenchmarkIndexerAPITwoReaders serves GET /v1/disputes (a read transaction, the snapshot's
// cursor and one indexed query: the per-request floor) from two API-only readers of one index
// that a follower wrote, on each engine, 4 client goroutines per core.
func BenchmarkIndexerAPITwoReaders(b *testing.B) {
	ctx := context.Background()
	d := ixStartDevnet(b, 0)
	ixCommits(b, d, 0, 20, 0)
	for _, engine := range []string{"sqlite", "postgres"} {
		b.Run(engine, func(b *testing.B) {
			db := filepath.Join(b.TempDir(), "ix.db")
			if engine == "postgres" {
				db = pgtest.Start(b).NewDB(b)
			}
			ix, err := indexer.Open(ctx, indexer.Options{RPC: d.node.URL(), Deployment: d.dep, DB: db, FinalityDepth: 5})
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			ixSync(b, ix)
			var bases []string
			rctx, cancel := context.WithCancel(ctx)
			var wg sync.WaitGroup
			defer func() { cancel(); wg.Wait() }()
			for range 2 {
				r, err := indexer.Open(ctx, indexer.Options{Deployment: d.dep, DB: db, APIOnly: true, FinalityDepth: 5})
				if err != nil {
					b.Fatal(err)
				}
				defer r.Close()
				ln, _ := net.Listen("tcp", "127.0.0.1:0")
				bases = append(bases, "http://"+ln.Addr().String())
				wg.Add(1)
				go func() { defer wg.Done(); r.Serve(rctx, ln) }()
			}
			path := "/v1/disputes"
			var n atomic.Int64
			b.SetParallelism(4)
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				c := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
				for pb.Next() {
					base := bases[n.Add(1)%2]
					resp, err := c.Get(base + path)
					if err != nil {
						b.Error(err)
						return
					}
					resp.Body.Close()
					if resp.StatusCode != 200 {
						b.Errorf("%s: %d", path, resp.StatusCode)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
		})
	}
}
