package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dotsnet/dots/oracle"
)

// BenchmarkOracleIngestWrk measures durable ingest as an operator sees it: a `dots oracle`
// process (SQLite WAL, synchronous=FULL, group commit; the batcher sealing and anchoring
// beside it on anvil and the in-process IPFS node, with the example configuration's batch
// settings) loaded from a second process by wrk (2 threads, 5 s per run) with
// testdata/oracle_ingest.lua, which makes every CDR unique. Sub-benchmarks: one DOTS JSON
// CDR per request ("one") and 250 CDRs per request as NDJSON ("batch250"), at 16, 64 and
// 256 connections. Reports CDRs/s (stored CDRs per second of the run), requests/s, wrk's
// p50/p99 latency and CDRs per group commit (one fsync each).
//
// After every run the CDRs the oracle counts as stored (dots_oracle_cdrs_ingested_total)
// must equal its database's count (/healthz), no request may have failed, and the stored
// CDRs must equal the 2xx answers wrk counted times the CDRs per request, plus at most the
// requests still in flight when wrk stopped (one per connection: wrk abandons them, the
// oracle may still commit them). Skipped without wrk on PATH.
func BenchmarkOracleIngestWrk(b *testing.B) {
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
	cfg := n.oracleConfig(dir)
	// What oracle/example-config.json sets (and the batcher's defaults).
	cfg.BatchSize = 10000
	cfg.BatchAge = oracle.Duration{Duration: 30 * time.Second}
	cfg.Interval = oracle.Duration{Duration: time.Second}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	cfg.Listen = ln.Addr().String()
	ln.Close()
	mln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	cfg.MetricsListen = mln.Addr().String()
	mln.Close()
	metricsBase := "http://" + cfg.MetricsListen
	cfgJSON, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		b.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "oracle.json")
	if err := os.WriteFile(cfgPath, cfgJSON, 0o600); err != nil {
		b.Fatal(err)
	}
	var logs lockedBuffer
	cmd := exec.Command(bin, "oracle", "--config", cfgPath)
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		if b.Failed() {
			b.Logf("oracle logs:\n%s", logs.String())
		}
	}()
	base := "http://" + cfg.Listen
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		select {
		case <-exited:
			b.Fatalf("dots oracle exited at start:\n%s", logs.String())
		default:
		}
		if time.Since(start) > 30*time.Second {
			b.Fatalf("dots oracle not healthy after 30 s:\n%s", logs.String())
		}
	}

	run := 0
	for _, mode := range []struct {
		name string
		per  int
	}{{"one", 1}, {"batch250", 250}} {
		for _, conns := range []int{16, 64, 256} {
			b.Run(fmt.Sprintf("%s/conns=%d", mode.name, conns), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					run++
					before := oibCounts(b, base, metricsBase)
					cpu0 := oibProcCPU(cmd.Process.Pid)
					tag := fmt.Sprintf("w%d-%d", run, time.Now().UnixNano())
					out, err := exec.Command(wrk, "-t2", fmt.Sprintf("-c%d", conns), "-d5s", "--timeout", "10s", "--latency",
						"-s", script, base+"/v1/cdrs", "--", tag, strconv.Itoa(mode.per), "tok-pbx").CombinedOutput()
					if err != nil {
						b.Fatalf("wrk: %v\n%s", err, out)
					}
					cpu := oibProcCPU(cmd.Process.Pid) - cpu0
					text := string(out)
					if strings.Contains(text, "Non-2xx") || strings.Contains(text, "Socket errors") {
						b.Fatalf("wrk saw errors:\n%s", text)
					}
					m := regexp.MustCompile(`(\d+) requests in ([0-9.]+)(ms|s|m)`).FindStringSubmatch(text)
					if m == nil {
						b.Fatalf("no request count in wrk's output:\n%s", text)
					}
					ok, _ := strconv.Atoi(m[1]) // every answer was 2xx (checked above)
					secs, _ := strconv.ParseFloat(m[2], 64)
					secs *= map[string]float64{"ms": 0.001, "s": 1, "m": 60}[m[3]]
					// Requests wrk abandoned at the end may still be committing: wait for quiet.
					var after oibCountsT
					for prev := -1.0; ; prev = after.ingested {
						time.Sleep(300 * time.Millisecond)
						after = oibCounts(b, base, metricsBase)
						if after.ingested == prev {
							break
						}
					}
					stored := int(after.ingested - before.ingested)
					if int(after.db-before.db) != stored {
						b.Fatalf("the oracle counts %d CDRs stored, its database %d", stored, after.db-before.db)
					}
					if d := after.duplicates - before.duplicates; d != 0 {
						b.Fatalf("%v CDRs were answered as duplicates: the load is not unique", d)
					}
					acked := ok * mode.per
					if stored < acked || stored > acked+conns*mode.per {
						b.Fatalf("wrk got %d 2xx answers (%d CDRs) but the oracle stored %d CDRs", ok, acked, stored)
					}
					for _, l := range regexp.MustCompile(`(?m)^\s+(50|99)%\s+([0-9.]+)(us|ms|s)\s*$`).FindAllStringSubmatch(text, -1) {
						v, _ := strconv.ParseFloat(l[2], 64)
						v *= map[string]float64{"us": 0.001, "ms": 1, "s": 1000}[l[3]]
						b.ReportMetric(v, "p"+l[1]+"-ms")
					}
					b.ReportMetric(float64(acked)/secs, "cdrs/s")
					b.ReportMetric(float64(ok)/secs, "req/s")
					if cpu > 0 {
						// The oracle process's CPU (user + system, batcher included) per CDR
						// it stored: what the rate would be on cores of its own.
						b.ReportMetric(float64(cpu.Microseconds())/float64(stored), "oracle-cpu-us/cdr")
					}
					if c := after.commits - before.commits; c > 0 {
						b.ReportMetric(float64(stored)/c, "cdrs/commit")
					}
					b.Logf("%d 2xx answers (%d CDRs), %d CDRs stored (%d in flight when wrk stopped); wrk:\n%s",
						ok, acked, stored, stored-acked, text)
				}
			})
		}
	}
}

// oibProcCPU is a process's user + system CPU time so far (from /proc; 0 when unknown).
func oibProcCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the command name (which is in parentheses): utime and stime are 14 and 15.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ
}

type oibCountsT struct {
	ingested, duplicates, commits float64
	db                            uint64
}

// oibCounts reads the oracle's stored-CDR counters from /metrics and its database's count
// from /healthz.
func oibCounts(b *testing.B, base, metricsBase string) oibCountsT {
	b.Helper()
	var c oibCountsT
	resp, err := http.Get(metricsBase + "/metrics")
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		name, val, ok := strings.Cut(sc.Text(), " ")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		v, _ := strconv.ParseFloat(val, 64)
		switch {
		case strings.HasPrefix(name, "dots_oracle_cdrs_ingested_total"):
			c.ingested += v
		case strings.HasPrefix(name, "dots_oracle_cdrs_duplicate_total"):
			c.duplicates += v
		case name == "dots_oracle_commit_seconds_count":
			c.commits = v
		}
	}
	resp.Body.Close()
	resp, err = http.Get(base + "/healthz")
	if err != nil {
		b.Fatal(err)
	}
	var h struct {
		CDRs uint64 `json:"cdrs"`
	}
	err = json.NewDecoder(resp.Body).Decode(&h)
	resp.Body.Close()
	if err != nil {
		b.Fatal(err)
	}
	c.db = h.CDRs
	return c
}
