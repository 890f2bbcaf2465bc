package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// A claim interrupted during its countdown keeps its secret on disk; the same command
// resumes with the same commitment (no second commit) and claims.
func TestNumberClaimSurvivesInterruption(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	client, err := tc.node.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	// a longer minimum age, so the countdown is still running when it is interrupted
	s := mustSender(t, ctx, tc, 0)
	if _, err := s.Send(ctx, "setParameters", tc.dep.NumberRegistry, nrABI.PackSetParameters(6, 86400, 365*86400, 30*86400, 7*86400, tokenUnit)); err != nil {
		t.Fatal(err)
	}
	const num = "+14155550199"
	state := filepath.Join(tc.dir, "state")
	args := append([]string{"dots"}, tc.args(1, "number", "claim", num, "--state-dir", state)...)
	committed := func() int {
		logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{tc.dep.NumberRegistry}, Topics: [][]common.Hash{{nrABI.GetABI().Events["NumberCommitted"].ID}}})
		if err != nil {
			t.Fatal(err)
		}
		return len(logs)
	}

	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	var out bytes.Buffer
	go func() {
		app := newApp()
		app.Writer, app.ErrWriter, app.Reader = &out, &out, strings.NewReader("")
		done <- app.RunContext(runCtx, reorderArgs(app, args))
	}()
	for deadline := time.Now().Add(30 * time.Second); committed() == 0; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no commitment on chain after 30 s")
		}
	}
	stop() // Ctrl-C during the countdown
	err = <-done
	var ec cli.ExitCoder
	if !errors.As(err, &ec) || ec.ExitCode() != 2 || !strings.Contains(err.Error(), "run the same command again") {
		t.Fatalf("interrupted claim: %v\n%s", err, out.String())
	}
	if files, _ := filepath.Glob(filepath.Join(state, "claims", "*.json")); len(files) != 1 {
		t.Fatalf("pending claim files after the interruption: %v", files)
	}
	out2 := mustRun(t, args[1:]...)
	if !strings.Contains(out2, "resuming the claim") || strings.Contains(out2, "commit to claiming") {
		t.Fatalf("resumed claim:\n%s", out2)
	}
	if n := committed(); n != 1 {
		t.Fatalf("%d commitments, want the one from before the interruption", n)
	}
	var v numberView
	jsonTail(t, mustRun(t, tc.args(-1, "number", "show", num, "--json")...), &v)
	if v.Owner.Hex() != tc.addr(1) || !v.Live {
		t.Fatalf("after the resumed claim: %+v", v)
	}
}
