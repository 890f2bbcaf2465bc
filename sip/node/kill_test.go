package node_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/node"
	"github.com/dotsnet/dots/sip/sipptest"
)

// helperEnv names the configuration a re-executed test binary runs a node with.
const helperEnv = "DOTS_SIP_NODE_HELPER"

func TestMain(m *testing.M) {
	if p := os.Getenv(helperEnv); p != "" {
		os.Exit(helperNode(p))
	}
	os.Exit(m.Run())
}

// helperNode runs a node in this process (a child of the test) until SIGTERM, writing
// into the oracle store named by the configuration, and prints its addresses as JSON.
func helperNode(path string) int {
	cfg, err := node.LoadConfig(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	if err := cfg.Check(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	st, err := store.Open(ctx, cfg.OracleDB, cfg.Operator, store.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer st.Close()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	err = node.Run(ctx, cfg, cdrs.StoreSink{Store: st}, log, func(r node.Ready) {
		json.NewEncoder(os.Stdout).Encode(r)
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	return 0
}

// startHelper starts a node process and returns it with its addresses.
func startHelper(t *testing.T, cfgPath string) (*exec.Cmd, node.Ready) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+cfgPath)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	var r node.Ready
	line, err := bufio.NewReader(out).ReadBytes('\n')
	if err != nil || json.Unmarshal(line, &r) != nil {
		t.Fatalf("node process did not start: %v %q", err, line)
	}
	return cmd, r
}

// kill -9 the node with answered calls up and calls still ringing: after a restart every
// call has exactly one CDR (cause 41; an answered call 200, ended at the last in-dialog
// message seen; a ringing one 500, unanswered), and another restart adds none.
func TestKillNineWithCallsUp(t *testing.T) {
	e := setup(t)
	e.stop() // this test runs its nodes as processes
	e.stop = nil
	alice, bob, carol := e.number(e.opA, 0), e.number(e.opA, 1), e.number(e.opA, 2)
	cfg := e.cfg
	cfg.RingTimeout = node.Duration{Duration: time.Minute} // carol's calls ring until the kill
	cfg.OracleDB = filepath.Join(e.dir, "kill-oracle.db")
	cfg.DB = filepath.Join(e.dir, "kill-sip.db")
	cfgPath := filepath.Join(e.dir, "node.json")
	b, _ := json.Marshal(cfg)
	os.WriteFile(cfgPath, b, 0o644)
	cmd, r := startHelper(t, cfgPath)
	e.ready = r
	for _, n := range []struct {
		num  int
		pass string
	}{{0, "a"}, {1, "b"}, {2, "c"}} {
		if err := e.provision(e.number(e.opA, n.num), n.pass, 1); err != nil {
			t.Fatal(err)
		}
	}
	const calls = 4
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	uas, _ := sipptest.Write(e.dir, "long-uas", sipptest.Callee{Answer: 200, Hold: -1}.XML())
	port := freePort(t)
	uasCmd := exec.CommandContext(ctx, "sipp", "-sf", uas, "-i", "127.0.0.1", "-p", strconv.Itoa(port), "-m", strconv.Itoa(calls), "-nostdin")
	if err := uasCmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { uasCmd.Process.Kill(); uasCmd.Wait() }()
	e.register(t, bob, "b", "127.0.0.1:"+strconv.Itoa(port), 300)
	caller := sipptest.Caller{From: alice.E164, To: bob.E164, Auth: true, Expect: 200, Hold: 600000, CallID: "kill", FromTag: "t-kill"}
	uac, _ := sipptest.Write(e.dir, "long-uac", caller.XML())
	uacArgs := append([]string{r.UDP, "-sf", uac, "-i", "127.0.0.1", "-p", strconv.Itoa(freePort(t)), "-m", strconv.Itoa(calls),
		"-r", "20", "-nostdin", "-au", alice.E164, "-ap", "a"}, caller.Args()...)
	uacCmd := exec.CommandContext(ctx, "sipp", uacArgs...)
	if err := uacCmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { uacCmd.Process.Kill(); uacCmd.Wait() }()
	// Calls to carol ring and are never answered.
	ringUAS, _ := sipptest.Write(e.dir, "ring-uas", sipptest.Callee{Ring: true}.XML())
	ringPort := freePort(t)
	ringUASCmd := exec.CommandContext(ctx, "sipp", "-sf", ringUAS, "-i", "127.0.0.1", "-p", strconv.Itoa(ringPort), "-m", strconv.Itoa(calls), "-nostdin")
	if err := ringUASCmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { ringUASCmd.Process.Kill(); ringUASCmd.Wait() }()
	e.register(t, carol, "c", "127.0.0.1:"+strconv.Itoa(ringPort), 300)
	ringer := sipptest.Caller{From: alice.E164, To: carol.E164, Auth: true, Expect: 200, Ring: true, Hold: 1000, CallID: "ring", FromTag: "t-ring"}
	ringUAC, _ := sipptest.Write(e.dir, "ring-uac", ringer.XML())
	ringCmd := exec.CommandContext(ctx, "sipp", append([]string{r.UDP, "-sf", ringUAC, "-i", "127.0.0.1", "-p", strconv.Itoa(freePort(t)),
		"-m", strconv.Itoa(calls), "-r", "20", "-nostdin", "-au", alice.E164, "-ap", "a"}, ringer.Args()...)...)
	if err := ringCmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { ringCmd.Process.Kill(); ringCmd.Wait() }()

	// Wait until every call is persisted as open: bob's answered, carol's ringing.
	db, err := sqlx.Open("sqlite3", "file:"+cfg.DB+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var n, answered int
		db.Get(&n, `SELECT COUNT(*) FROM open_calls`)
		db.Get(&answered, `SELECT COUNT(*) FROM open_calls WHERE answer > 0`)
		if n == 2*calls && answered == calls {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d calls open (%d answered), want %d (%d)", n, answered, 2*calls, calls)
		}
		time.Sleep(50 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	uacCmd.Process.Kill()
	uasCmd.Process.Kill()
	ringCmd.Process.Kill()
	ringUASCmd.Process.Kill()

	for restart := 0; restart < 2; restart++ {
		c2, _ := startHelper(t, cfgPath)
		c2.Process.Signal(syscall.SIGTERM)
		if err := c2.Wait(); err != nil {
			t.Fatalf("node exit: %v", err)
		}
	}
	st, err := store.Open(e.ctx, cfg.OracleDB, e.opA, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	counts, err := st.Counts(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts.CDRs != 2*calls {
		t.Fatalf("%d CDRs stored, want exactly %d", counts.CDRs, 2*calls)
	}
	for i := 1; i <= calls; i++ {
		s, err := st.BySource(e.ctx, cdrs.Source, "kill-"+strconv.Itoa(i)+";t-kill")
		if err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
		r := s.Record
		if r.SIPStatus != 200 || r.Q850Cause != cdrs.CauseRestart || r.AnswerTime == 0 || r.EndTime < r.AnswerTime ||
			r.BillableSeconds != uint32(r.EndTime-r.AnswerTime) || r.Caller != alice.E164 {
			t.Errorf("call %d: CDR %+v", i, r)
		}
		s, err = st.BySource(e.ctx, cdrs.Source, "ring-"+strconv.Itoa(i)+";t-ring")
		if err != nil {
			t.Fatalf("ringing call %d: %v", i, err)
		}
		r = s.Record
		if r.SIPStatus != 500 || r.Q850Cause != cdrs.CauseRestart || r.AnswerTime != 0 || r.BillableSeconds != 0 ||
			r.EndTime < r.SetupTime || r.Caller != alice.E164 || r.Callee != carol.E164 {
			t.Errorf("ringing call %d: CDR %+v", i, r)
		}
	}
}
