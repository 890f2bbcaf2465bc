package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dotsnet/dots/oracle"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/pgtest"
)

// lockedBuf is one process's log, safe to read while the process writes it.
type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// sharedOracle is one of several `dots oracle` processes on one database.
type sharedOracle struct {
	base string
	p    *oracleProc
	log  *lockedBuf
	dead bool
}

// startSharedOracles starts n `dots oracle` processes of one operator on the database db,
// each with its own API and metrics address.
func startSharedOracles(t *testing.T, bin, dir string, cfg oracle.Config, n int) []*sharedOracle {
	t.Helper()
	var os []*sharedOracle
	for i := range n {
		c := cfg
		c.Listen, c.MetricsListen = freeAddr(t), freeAddr(t)
		path := filepath.Join(dir, fmt.Sprintf("oracle-%d.json", i))
		writeConfig(t, path, c)
		lb := &lockedBuf{}
		o := &sharedOracle{base: "http://" + c.Listen, log: lb, p: startOracleProc(t, bin, path, lb)}
		os = append(os, o)
	}
	for _, o := range os {
		waitHealthy(t, o.base, o.p)
	}
	t.Cleanup(func() {
		for _, o := range os {
			if !o.dead {
				o.p.signal(syscall.SIGTERM)
			}
		}
	})
	return os
}

const leadTaken = "batch pipeline lock taken"

// leaders returns the processes whose logs say they took the batch pipeline's lock more
// often than given in before (the count per process).
func leaders(os []*sharedOracle, before []int) []int {
	var out []int
	for i, o := range os {
		if !o.dead && strings.Count(o.log.String(), leadTaken) > before[i] {
			out = append(out, i)
		}
	}
	return out
}

func leadCounts(os []*sharedOracle) []int {
	out := make([]int, len(os))
	for i, o := range os {
		out[i] = strings.Count(o.log.String(), leadTaken)
	}
	return out
}

// startSpreadLoad posts unique DOTS CDRs like startLoad, each body to the processes in
// turn: a body that fails on one (it was killed) is posted to the next until one answers
// 200, and only then are its ids acknowledged.
func startSpreadLoad(t *testing.T, bases []string, workers int) *loadGen {
	g := &loadGen{acked: map[string]bool{}, stop: make(chan struct{})}
	client := &http.Client{Timeout: 10 * time.Second}
	for w := range workers {
		g.wg.Add(1)
		go func() {
			defer g.wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 17))
			for i, at := 0, w; ; i++ {
				var buf bytes.Buffer
				var ids []string
				for k := range 1 + rng.IntN(20) {
					id := fmt.Sprintf("F-%d-%d-%d", w, i, k)
					ids = append(ids, id)
					setup := 1700000000 + rng.IntN(1000000)
					fmt.Fprintf(&buf, `{"id":%q,"caller":"+4930901%03d","callee":"+1415555%04d","setupTime":%d,"answerTime":%d,"endTime":%d,"sipStatus":200}`+"\n",
						id, rng.IntN(1000), rng.IntN(10000), setup, setup+3, setup+3+rng.IntN(600))
				}
				for {
					select {
					case <-g.stop:
						return
					default:
					}
					at++
					req, _ := http.NewRequest("POST", bases[at%len(bases)]+"/v1/cdrs", bytes.NewReader(buf.Bytes()))
					req.Header.Set("Authorization", "Bearer tok-pbx")
					res, err := client.Do(req)
					if err == nil {
						io.Copy(io.Discard, res.Body)
						res.Body.Close()
						if res.StatusCode == 200 {
							g.mu.Lock()
							for _, id := range ids {
								g.acked[id] = true
							}
							g.mu.Unlock()
							break
						}
					}
					time.Sleep(10 * time.Millisecond)
				}
			}
		}()
	}
	return g
}

// TestOracleFailoverPostgres runs three `dots oracle` processes of one operator on one
// PostgreSQL database under steady ingest spread over all three, and kills the one that
// runs the batch pipeline (SIGKILL) twice: another takes the lock within seconds, and in
// the end every CDR acknowledged with a 2xx is in exactly one anchored batch, the chain
// holds exactly the store's batches (nothing anchored twice), and the sequence numbers are
// gapless and unique (as many CDRs as the last number).
func TestOracleFailoverPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dots and runs three oracles")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	srv := pgtest.Start(t)
	db := srv.NewDB(t)
	n := startOracleNet(t, ctx)
	dir := t.TempDir()
	bin := buildDots(t, dir)
	cfg := n.oracleConfig(dir)
	cfg.DB = db
	cfg.BatchSize = 200
	cfg.BatchAge = oracle.Duration{Duration: 300 * time.Millisecond}
	os := startSharedOracles(t, bin, dir, cfg, 3)
	defer func() {
		if t.Failed() {
			for i, o := range os {
				t.Logf("oracle %d logs:\n%s", i, o.log.String())
			}
		}
	}()
	bases := make([]string, len(os))
	for i, o := range os {
		bases[i] = o.base
	}
	// waitLeader waits for a process (not yet counted in before) to take the lock.
	waitLeader := func(before []int) (int, time.Duration) {
		start := time.Now()
		for time.Since(start) < 30*time.Second {
			if l := leaders(os, before); len(l) > 0 {
				if len(l) > 1 {
					t.Fatalf("processes %v took the lock together", l)
				}
				return l[0], time.Since(start)
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatal("no process took the batch pipeline's lock within 30 s")
		return -1, 0
	}
	leader, _ := waitLeader(make([]int, len(os)))
	load := startSpreadLoad(t, bases, 6)
	rng := rand.New(rand.NewPCG(3, 3))
	for round := range 2 {
		if round == 0 {
			// Kill the runner right after it has sent an anchor (journaled, not yet
			// recorded as mined): the next runner must follow that transaction, not send
			// another.
			sent := strings.Count(os[leader].log.String(), "anchor sent")
			for deadline := time.Now().Add(30 * time.Second); strings.Count(os[leader].log.String(), "anchor sent") == sent; {
				if time.Now().After(deadline) {
					t.Fatal("the batcher sent no anchor within 30 s")
				}
				time.Sleep(5 * time.Millisecond)
			}
		} else {
			// Let the pipeline work and kill its runner at some point of it.
			time.Sleep(time.Duration(1500+rng.IntN(1500)) * time.Millisecond)
		}
		before := leadCounts(os)
		killed := time.Now()
		os[leader].p.signal(syscall.SIGKILL)
		os[leader].dead = true
		next, _ := waitLeader(before)
		t.Logf("round %d: killed oracle %d (the batcher); oracle %d took over %s later", round, leader, next,
			time.Since(killed).Round(time.Millisecond))
		leader = next
	}
	time.Sleep(time.Second)
	acked := load.finish()
	oWaitAnchored(t, os[leader].base, 2*time.Minute, "mined", "final")
	checkAnchored(t, ctx, n, db, acked)
	// Gapless and unique: the CDRs fill 1..last exactly (seq is the primary key).
	c := dbCounts(t, ctx, n, db)
	if c.CDRs != c.NextSeq-1 {
		t.Fatalf("%d CDRs under sequence numbers 1..%d", c.CDRs, c.NextSeq-1)
	}
}

func dbCounts(t *testing.T, ctx context.Context, n *oracleNet, db string) store.Counts {
	t.Helper()
	st, err := store.Open(ctx, db, n.opAddr, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
