package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dotsnet/dots/devnet"
	"github.com/dotsnet/dots/oracle/server"
	"github.com/dotsnet/dots/pgtest"
)

// `dots devnet --db postgres://...` on a throwaway PostgreSQL: operator A runs two oracle
// processes on the one database. CDRs posted to either go final in batches both serve (each
// reads the other's CDRs), exactly one of the two took the batch pipeline lock, the batches'
// sequence ranges follow each other without a gap, and SIGINT stops the devnet and both.
func TestDevnetOnPostgres(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	db := pgtest.Start(t).NewDB(t)
	dir := t.TempDir()
	bin := buildDots(t, dir)
	state := filepath.Join(dir, "state")
	var out lockedBuffer
	cmd := exec.Command(bin, "devnet", "--dir", state, "--rpc-port", "-1", "--ipfs-api", "127.0.0.1:0",
		"--gateway", "127.0.0.1:0", "--oracle", "127.0.0.1:0", "--indexer", "127.0.0.1:0",
		"--rate", "10", "--batch-age", "2s", "--challenge-window", "3s", "--seed", "7", "--db", db)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("devnet output:\n%s", out.String())
			for _, f := range []string{"devnet.log", "oracle-a2.log"} {
				if b, err := os.ReadFile(filepath.Join(state, f)); err == nil {
					t.Logf("%s (tail):\n%s", f, tail(string(b), 4000))
				}
			}
		}
	}()

	var ep devnet.Endpoints
	for {
		b, err := os.ReadFile(filepath.Join(state, "endpoints.json"))
		if err == nil && json.Unmarshal(b, &ep) == nil && ep.SampleCDR != "" {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("devnet exited early: %v", err)
		case <-ctx.Done():
			t.Fatal("no batch went final within the time limit")
		case <-time.After(250 * time.Millisecond):
		}
	}
	if ep.OracleA2 == "" || ep.OracleA2 == ep.Oracle {
		t.Fatalf("endpoints.json: oracle A2 %q beside oracle %q", ep.OracleA2, ep.Oracle)
	}

	// CDRs in through both of A's oracles.
	now := time.Now().Unix()
	var ids []string
	for i, base := range []string{ep.Oracle, ep.OracleA2, ep.Oracle, ep.OracleA2} {
		var body strings.Builder
		for k := range 3 {
			id := fmt.Sprintf("pg-%d-%d", i, k)
			ids = append(ids, id)
			fmt.Fprintf(&body, `{"id":%q,"caller":"+4930901820","callee":"+14155550100","setupTime":%d,"answerTime":%d,"endTime":%d,"sipStatus":200}`+"\n",
				id, now-120, now-117, now-60)
		}
		if code, b := oDo(t, "POST", base+"/v1/cdrs", "devnet-pbx", []byte(body.String())); code != 200 {
			t.Fatalf("POST to %s: %d %s", base, code, b)
		}
	}
	// Each CDR goes final, as both oracles see it.
	deadline := time.Now().Add(90 * time.Second)
	for _, id := range ids {
		for _, base := range []string{ep.Oracle, ep.OracleA2} {
			for {
				code, b := oDo(t, "GET", base+"/v1/sources/pbx/cdrs/"+id, ep.AuditorToken, nil)
				var f server.FullCDR
				if code == 200 && json.Unmarshal(b, &f) == nil && f.BatchState == "final" {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("CDR %s on %s not final: %d %s", id, base, code, b)
				}
				time.Sleep(200 * time.Millisecond)
			}
		}
	}

	// One sequence: the batches (the same list from both) cover consecutive ranges from 1.
	var lists [2][]server.BatchView
	for i, base := range []string{ep.Oracle, ep.OracleA2} {
		code, b := oDo(t, "GET", base+"/v1/batches", "", nil)
		if code != 200 || json.Unmarshal(b, &lists[i]) != nil || len(lists[i]) == 0 {
			t.Fatalf("batches on %s: %d %s", base, code, b)
		}
		slices.SortFunc(lists[i], func(a, b server.BatchView) int { return int(a.ID) - int(b.ID) })
	}
	n := min(len(lists[0]), len(lists[1]))
	for i := range n {
		a, b := lists[0][i], lists[1][i]
		if a.ID != b.ID || a.FirstSeq != b.FirstSeq || a.LastSeq != b.LastSeq {
			t.Errorf("batch %d differs between the oracles: %+v / %+v", i, a.Batch, b.Batch)
		}
	}
	bs := lists[0]
	if bs[0].ID == 1 && bs[0].FirstSeq != 1 {
		t.Errorf("batch 1 starts at seq %d", bs[0].FirstSeq)
	}
	for i := 1; i < len(bs); i++ {
		if bs[i].ID == bs[i-1].ID+1 && bs[i].FirstSeq != bs[i-1].LastSeq+1 {
			t.Errorf("batch %d starts at seq %d after batch %d ended at %d", bs[i].ID, bs[i].FirstSeq, bs[i-1].ID, bs[i-1].LastSeq)
		}
	}

	// Exactly one of the two processes runs the batch pipeline.
	logA, _ := os.ReadFile(filepath.Join(state, "devnet.log"))
	logA2, err := os.ReadFile(filepath.Join(state, "oracle-a2.log"))
	if err != nil {
		t.Fatal(err)
	}
	inA := 0 // lines of A's oracle (B's oracle, on its own SQLite store, takes no lock)
	for _, l := range strings.Split(string(logA)+"\n"+out.String(), "\n") {
		if strings.Contains(l, leadTaken) && !strings.Contains(l, "oracle-b") {
			inA++
		}
	}
	inA2 := strings.Count(string(logA2), leadTaken)
	if (inA > 0) == (inA2 > 0) {
		t.Errorf("lock taken %d times by oracle A and %d times by oracle A2, want by exactly one", inA, inA2)
	}
	t.Logf("%d batches; lock taken by A %d, by A2 %d", len(bs), inA, inA2)

	cmd.Process.Signal(syscall.SIGINT)
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("devnet exited with %v after SIGINT", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("devnet still running 60 s after SIGINT")
	}
}
