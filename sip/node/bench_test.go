package node_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/devnet"
	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/node"
	"github.com/dotsnet/dots/sip/sipptest"
)

// stepResult is one rate of the ramp.
type stepResult struct {
	rate                 int
	ok, failed, retrans  int
	cdrs                 int // CDRs the step stored (node only)
	cpuPerCall           time.Duration
	heapPerConcurrentKiB float64
}

func (r stepResult) clean(wantCDRs bool) bool {
	return r.failed == 0 && r.retrans == 0 && r.ok > 0 && (!wantCDRs || r.cdrs == r.ok)
}

// readStats reads the cumulative successful, failed and retransmission counts of a sipp
// -trace_stat file's last line.
func readStats(path string) (ok, failed, retrans int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, 0, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = ';'
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil || len(rows) < 2 {
		return 0, 0, 0, fmt.Errorf("reading %s: %v (%d rows)", path, err, len(rows))
	}
	head, last := rows[0], rows[len(rows)-1]
	get := func(name string) int {
		for i, h := range head {
			if h == name && i < len(last) {
				n, _ := strconv.Atoi(strings.TrimSpace(last[i]))
				return n
			}
		}
		return -1
	}
	return get("SuccessfulCall(C)"), get("FailedCall(C)"), get("Retransmissions(C)"), nil
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestBenchSIP is make bench-sip (skipped unless DOTS_BENCH_SIP is set): sipp uac -> proxy
// -> sipp uas over UDP on loopback, a ramp of call rates, through the DOTS node (durable
// CDRs, FULL fsync) and through Kamailio 5.6 with ../shared/peers/kamailio-relay.cfg, in
// the same run. Each step reports successful, failed and retransmitted calls (sipp's
// counters, both sides), CDRs stored, CPU per call and heap per concurrent call; the
// highest clean rate of each and their ratio end the report.
func TestBenchSIP(t *testing.T) {
	if os.Getenv("DOTS_BENCH_SIP") == "" {
		t.Skip("set DOTS_BENCH_SIP=1 (make bench-sip)")
	}
	rates := []int{250, 500, 750, 1000, 1250, 1500, 2000, 2500, 3000, 3500, 4000}
	if s := os.Getenv("DOTS_BENCH_SIP_RATES"); s != "" {
		rates = nil
		for _, f := range strings.Split(s, ",") {
			n, _ := strconv.Atoi(f)
			rates = append(rates, n)
		}
	}
	stepFor := 5 * time.Second
	hold := 1000 // ms each call stays up
	e := setup(t)
	e.stop()
	e.stop = nil
	// The node with quiet logs.
	cfg := e.cfg
	ctx, cancel := context.WithCancel(e.ctx)
	readyc := make(chan node.Ready, 1)
	done := make(chan error, 1)
	go func() {
		done <- node.Run(ctx, cfg, cdrs.StoreSink{Store: e.st}, slog.New(slog.DiscardHandler), func(r node.Ready) { readyc <- r })
	}()
	e.ready = <-readyc
	defer func() { cancel(); <-done }()
	callee := e.number(e.opA, 1)
	if err := e.provision(callee, "pw", 1); err != nil {
		t.Fatal(err)
	}
	caller := e.number(anvil.Address(anvil.DefaultKeys()[devnet.KeyOperatorB]), 0) // an incoming call from operator B's number
	dir := e.dir
	uasXML, _ := sipptest.Write(dir, "bench-uas", sipptest.Callee{Answer: 200, Hold: -1}.XML())
	uacXML, _ := sipptest.Write(dir, "bench-uac", sipptest.Caller{From: caller.E164, To: callee.E164, Expect: 200, Hold: hold}.XML())

	// run ramps the rate through one proxy; prepare gets the step's callee port and returns
	// where the caller sends and what to undo after the step.
	run := func(name string, prepare func(uasPort int) (string, func()), countCDRs func() int) []stepResult {
		var out []stepResult
		for _, rate := range rates {
			uasPort := freePort(t)
			target, undo := prepare(uasPort)
			uasStat := filepath.Join(dir, fmt.Sprintf("%s-uas-%d.csv", name, rate))
			uas := exec.Command("sipp", "-sf", uasXML, "-i", "127.0.0.1", "-p", strconv.Itoa(uasPort), "-nostdin",
				"-trace_stat", "-stf", uasStat, "-fd", "1", "-timeout", strconv.Itoa(int(stepFor/time.Second)+20)+"s")
			var uo bytes.Buffer
			uas.Stdout, uas.Stderr = &uo, &uo
			if err := uas.Start(); err != nil {
				t.Fatal(err)
			}
			dest := target
			before := 0
			if countCDRs != nil {
				before = countCDRs()
			}
			runtime.GC()
			var ms0 runtime.MemStats
			runtime.ReadMemStats(&ms0)
			cpu0 := cpuTime()
			calls := rate * int(stepFor/time.Second)
			uacStat := filepath.Join(dir, fmt.Sprintf("%s-uac-%d.csv", name, rate))
			uac := exec.Command("sipp", dest, "-sf", uacXML, "-i", "127.0.0.1", "-p", strconv.Itoa(freePort(t)), "-nostdin",
				"-r", strconv.Itoa(rate), "-m", strconv.Itoa(calls), "-trace_stat", "-stf", uacStat, "-fd", "1",
				"-timeout", strconv.Itoa(int(stepFor/time.Second)+30)+"s", "-recv_timeout", "10000")
			var co bytes.Buffer
			uac.Stdout, uac.Stderr = &co, &co
			// Heap while calls are up: sample in the middle of the step.
			var heapMid uint64
			mid := time.AfterFunc(stepFor/2+time.Duration(hold)*time.Millisecond/2, func() {
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				heapMid = ms.HeapInuse
			})
			uac.Run()
			mid.Stop()
			cpu := cpuTime() - cpu0
			// sipp's soft exit (SIGUSR1) waits for open calls; a failed one may never end.
			uas.Process.Signal(syscall.SIGUSR1)
			waited := make(chan struct{})
			go func() { uas.Wait(); close(waited) }()
			select {
			case <-waited:
			case <-time.After(3 * time.Second):
				uas.Process.Kill()
				<-waited
			}
			undo()
			ok, failed, retrans, err := readStats(uacStat)
			if err != nil {
				t.Logf("%s %d: %v\n%s", name, rate, err, co.String())
			}
			_, uf, ur, _ := readStats(uasStat)
			r := stepResult{rate: rate, ok: ok, failed: failed + max(uf, 0), retrans: retrans + max(ur, 0)}
			if countCDRs != nil {
				deadline := time.Now().Add(10 * time.Second)
				for r.cdrs = countCDRs() - before; r.cdrs < ok && time.Now().Before(deadline); r.cdrs = countCDRs() - before {
					time.Sleep(50 * time.Millisecond)
				}
				if ok > 0 {
					r.cpuPerCall = cpu / time.Duration(ok)
				}
				concurrent := float64(rate) * float64(hold) / 1000
				if heapMid > ms0.HeapInuse && concurrent > 0 {
					r.heapPerConcurrentKiB = float64(heapMid-ms0.HeapInuse) / 1024 / concurrent
				}
			}
			t.Logf("%-8s %5d calls/s: %6d ok %5d failed %5d retransmissions %6d CDRs  CPU/call %v  heap/concurrent call %.1f KiB",
				name, rate, r.ok, r.failed, r.retrans, r.cdrs, r.cpuPerCall.Round(time.Microsecond), r.heapPerConcurrentKiB)
			out = append(out, r)
			if !r.clean(countCDRs != nil) {
				break
			}
		}
		return out
	}
	best := func(rs []stepResult, cdrs bool) int {
		b := 0
		for _, r := range rs {
			if r.clean(cdrs) {
				b = r.rate
			}
		}
		return b
	}
	countCDRs := func() int {
		c, err := e.st.Counts(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		return int(c.CDRs)
	}
	prof := filepath.Join(os.TempDir(), "dots-sip.pprof")
	if p := os.Getenv("DOTS_BENCH_SIP_PROFILE"); p != "" {
		prof = p
	}
	pf, err := os.Create(prof)
	if err != nil {
		t.Fatal(err)
	}
	pprof.StartCPUProfile(pf)
	dots := run("dots", func(uasPort int) (string, func()) {
		e.register(t, callee, "pw", "127.0.0.1:"+strconv.Itoa(uasPort), 3600)
		return e.ready.UDP, func() {}
	}, countCDRs)
	pprof.StopCPUProfile()
	pf.Close()
	t.Logf("CPU profile of the node's ramp: %s (go tool pprof -top %s)", prof, prof)

	// Kamailio with the peer configuration, on free ports, restarted for each step (its
	// destination is the step's callee).
	peerCfg, err := os.ReadFile("/work/shared/peers/kamailio-relay.cfg")
	if p := os.Getenv("DOTS_KAMAILIO_CFG"); p != "" {
		peerCfg, err = os.ReadFile(p)
	}
	if err != nil {
		t.Fatalf("reading the Kamailio peer configuration (DOTS_KAMAILIO_CFG): %v", err)
	}
	kam := run("kamailio", func(uasPort int) (string, func()) {
		kport := freePort(t)
		c := strings.ReplaceAll(string(peerCfg), "127.0.0.1:25060", "127.0.0.1:"+strconv.Itoa(kport))
		c = strings.ReplaceAll(c, "sip:127.0.0.1:25070", "sip:127.0.0.1:"+strconv.Itoa(uasPort))
		cp := filepath.Join(dir, "kamailio.cfg")
		os.WriteFile(cp, []byte(c), 0o644)
		kcmd := exec.Command("kamailio", "-DD", "-E", "-m", "512", "-M", "32", "-f", cp, "-P", filepath.Join(dir, "kamailio.pid"))
		// Its children inherit stdout: a file, so that Wait does not wait for them to close a pipe.
		kout, _ := os.Create(filepath.Join(dir, "kamailio.log"))
		kcmd.Stdout, kcmd.Stderr = kout, kout
		kcmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		if err := kcmd.Start(); err != nil {
			t.Fatalf("starting kamailio: %v", err)
		}
		waitListening(t, kport, kcmd, filepath.Join(dir, "kamailio.log"))
		return "127.0.0.1:" + strconv.Itoa(kport), func() {
			syscall.Kill(-kcmd.Process.Pid, syscall.SIGTERM) // the group this test started
			kcmd.Wait()
			kout.Close()
		}
	}, nil)
	bd, bk := best(dots, true), best(kam, false)
	ratio := 0.0
	if bk > 0 {
		ratio = float64(bd) / float64(bk)
	}
	t.Logf("highest clean rate: DOTS node %d calls/s (every CDR stored durably), Kamailio 5.6 %d calls/s; ratio %.2f", bd, bk, ratio)
	fmt.Printf("bench-sip: dots %d calls/s, kamailio %d calls/s, ratio %.2f\n", bd, bk, ratio)
}

// waitListening waits until a UDP socket on port is bound (/proc/net/udp).
func waitListening(t *testing.T, port int, cmd *exec.Cmd, logPath string) {
	t.Helper()
	hex := fmt.Sprintf(":%04X ", port)
	deadline := time.Now().Add(20 * time.Second)
	for {
		b, _ := os.ReadFile("/proc/net/udp")
		if bytes.Contains(b, []byte(hex)) {
			return
		}
		if cmd.ProcessState != nil || time.Now().After(deadline) {
			b, _ := os.ReadFile(logPath)
			t.Fatalf("kamailio did not listen on %d: %s", port, b)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
