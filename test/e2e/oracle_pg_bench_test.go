package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dotsnet/dots/oracle"
	"github.com/dotsnet/dots/pgtest"
)

// BenchmarkOracleIngestBackends measures durable ingest on both engines in one run:
// `dots oracle` processes (the batcher sealing and anchoring beside them on anvil, the
// example configuration's batch settings) loaded by one wrk per process (5 s, 48
// connections in all, testdata/oracle_ingest.lua, every CDR unique): SQLite (one process,
// synchronous=FULL), PostgreSQL with one process and with three processes sharing the
// database (their ingest commits take turns on the sequence lock). Per-request modes: one
// CDR, and 100 CDRs as NDJSON. Reports CDRs/s acknowledged (2xx answers times CDRs per
// request) and checks that the database holds at least that many. The PostgreSQL server
// is pgtest's (fsync off: the figures are the oracle's and the lock's cost, not a disk's).
// Skipped without wrk.
func BenchmarkOracleIngestBackends(b *testing.B) {
	wrk, err := exec.LookPath("wrk")
	if err != nil {
		b.Skip("wrk is not installed")
	}
	script, err := filepath.Abs(filepath.Join("testdata", "oracle_ingest.lua"))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	n := startOracleNetTB(b, ctx)
	dir := b.TempDir()
	bin := filepath.Join(dir, "dots")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cli").CombinedOutput(); err != nil {
		b.Fatalf("building dots: %v\n%s", err, out)
	}
	srv := pgtest.Start(b)
	run := 0
	for _, c := range []struct {
		name  string
		procs int
		pg    bool
	}{{"sqlite/procs=1", 1, false}, {"postgres/procs=1", 1, true}, {"postgres/procs=3", 3, true}} {
		b.Run(c.name, func(b *testing.B) {
			cfg := n.oracleConfig(b.TempDir())
			cfg.BatchSize = 10000
			cfg.BatchAge = oracle.Duration{Duration: 30 * time.Second}
			cfg.Interval = oracle.Duration{Duration: time.Second}
			if c.pg {
				cfg.DB = srv.NewDB(b)
			}
			procs := startBenchOracles(b, bin, cfg, c.procs)
			for _, per := range []int{1, 100} {
				b.Run(fmt.Sprintf("per=%d", per), func(b *testing.B) {
					for i := 0; i < b.N; i++ {
						run++
						before := oibCounts(b, procs[0].base, procs[0].metrics).db
						var wg sync.WaitGroup
						outs := make([]string, len(procs))
						errs := make([]error, len(procs))
						for j, p := range procs {
							wg.Add(1)
							go func() {
								defer wg.Done()
								tag := fmt.Sprintf("b%d-%d-%d", run, j, time.Now().UnixNano())
								out, err := exec.Command(wrk, "-t1", fmt.Sprintf("-c%d", 48/len(procs)), "-d5s", "--timeout", "10s",
									"-s", script, p.base+"/v1/cdrs", "--", tag, strconv.Itoa(per), "tok-pbx").CombinedOutput()
								outs[j], errs[j] = string(out), err
							}()
						}
						wg.Wait()
						acked, secs := 0, 0.0
						for j, out := range outs {
							if errs[j] != nil || strings.Contains(out, "Non-2xx") || strings.Contains(out, "Socket errors") {
								b.Fatalf("wrk on process %d: %v\n%s", j, errs[j], out)
							}
							m := regexp.MustCompile(`(\d+) requests in ([0-9.]+)(ms|s|m)`).FindStringSubmatch(out)
							if m == nil {
								b.Fatalf("no request count in wrk's output:\n%s", out)
							}
							ok, _ := strconv.Atoi(m[1])
							s, _ := strconv.ParseFloat(m[2], 64)
							acked += ok * per
							secs = max(secs, s*map[string]float64{"ms": 0.001, "s": 1, "m": 60}[m[3]])
						}
						time.Sleep(500 * time.Millisecond) // requests wrk abandoned may still commit
						stored := oibCounts(b, procs[0].base, procs[0].metrics).db - before
						if stored < uint64(acked) {
							b.Fatalf("%d CDRs acknowledged, the database holds %d more", acked, stored)
						}
						b.ReportMetric(float64(acked)/secs, "cdrs/s")
					}
				})
			}
		})
	}
}

type benchOracle struct {
	base, metrics string
	p             *oracleProc
}

func startBenchOracles(b *testing.B, bin string, cfg oracle.Config, n int) []*benchOracle {
	b.Helper()
	var out []*benchOracle
	dir := b.TempDir()
	for i := range n {
		c := cfg
		c.Listen, c.MetricsListen = freeAddrTB(b), freeAddrTB(b)
		path := filepath.Join(dir, fmt.Sprintf("oracle-%d.json", i))
		writeConfigTB(b, path, c)
		cmd := exec.Command(bin, "oracle", "--config", path)
		lb := &lockedBuf{}
		cmd.Stdout, cmd.Stderr = lb, lb
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		p := &oracleProc{cmd: cmd, done: make(chan struct{})}
		go func() { cmd.Wait(); close(p.done) }()
		o := &benchOracle{base: "http://" + c.Listen, metrics: "http://" + c.MetricsListen, p: p}
		out = append(out, o)
		b.Cleanup(func() {
			p.signal(syscall.SIGTERM)
			if b.Failed() {
				b.Logf("oracle %d logs:\n%s", i, lb.String())
			}
		})
	}
	for _, o := range out {
		for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
			if code, _ := oDo(b, "GET", o.base+"/healthz", "", nil); code == 200 {
				break
			}
			if time.Since(start) > 30*time.Second {
				b.Fatal("oracle not healthy after 30 s")
			}
		}
	}
	return out
}

func freeAddrTB(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func writeConfigTB(t testing.TB, path string, cfg oracle.Config) {
	b, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
