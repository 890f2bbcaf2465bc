package e2e

import (
	"bytes"
	"context"
	"fmt"
	"github.com/ethereum/go-ethereum/crypto"
	"strings"
	"testing"
	"time"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/oracle/server"
)

// TestOracleRevertLoggedThenResumes runs an oracle for an operator that has not bonded:
// CDRAnchor refuses its anchor, the oracle records the decoded reason on the batch and
// counts the revert, ingest keeps answering, and once the operator bonds the same batch
// is anchored (once).
func TestOracleRevertLoggedThenResumes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := startOracleNet(t, ctx)
	// A second operator, funded but not registered.
	op2 := n.an.Keys()[3]
	op2Addr := anvil.Address(op2)
	token, anchor := rewardtoken.NewRewardToken(), cdranchor.NewCDRAnchor()
	oSend(t, ctx, n, n.op, "fund operator 2", n.d.RewardToken, token.PackTransfer(op2Addr, oTokens(1000)))

	cfg := n.oracleConfig(t.TempDir())
	cfg.Key = fmt.Sprintf("%x", crypto.FromECDSA(op2))
	base, stop := runOracle(t, ctx, cfg)
	defer stop()
	// The fixture's call to another operator names anvil account 1 as its originating
	// operator; here operator 2 writes it (the oracle refuses a record it is on neither side of).
	records := bytes.ReplaceAll(oFixture(t, "dots/array.json"), []byte(anvil.Address(n.an.Keys()[1]).Hex()), []byte(op2Addr.Hex()))
	if code, b := oDo(t, "POST", base+"/v1/cdrs", "tok-pbx", records); code != 200 {
		t.Fatalf("%d %s", code, b)
	}
	// The batch waits in "stored" with the contract's reason.
	var bs []server.BatchView
	for deadline := time.Now().Add(30 * time.Second); ; {
		bs = oWaitAnchored(t, base, 30*time.Second, "stored")
		if strings.Contains(bs[0].LastError, "OperatorNotActive") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no revert reason recorded: %+v", bs[0])
		}
		time.Sleep(100 * time.Millisecond)
	}
	if _, m := oDo(t, "GET", oMetricsURL(t, base)+"/metrics", "", nil); !bytes.Contains(m, []byte("dots_oracle_anchor_reverts_total")) ||
		bytes.Contains(m, []byte("dots_oracle_anchor_reverts_total 0\n")) {
		t.Fatalf("reverts not counted:\n%s", grepLines(m, "reverts"))
	}
	// Ingest is unaffected.
	if code, b := oDo(t, "POST", base+"/v1/cdrs", "tok-pbx", oFixture(t, "dots/one.json")); code != 200 {
		t.Fatalf("ingest while anchors revert: %d %s", code, b)
	}
	nonceBefore, err := n.ec.NonceAt(ctx, op2Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The operator bonds; anchoring resumes.
	oSend(t, ctx, n, op2, "approve bond", n.d.RewardToken, token.PackApprove(n.d.CDRAnchor, oTokens(1000)))
	oSend(t, ctx, n, op2, "register operator 2", n.d.CDRAnchor, anchor.PackRegisterOperator(oTokens(1000), op2Addr, "operator 2"))
	bs = oWaitAnchored(t, base, time.Minute, "mined", "final")
	var covered uint64
	for _, b := range bs {
		covered += b.CDRCount
	}
	if covered != 4 {
		t.Fatalf("batches cover %d CDRs, want 4", covered)
	}
	nonceAfter, err := n.ec.NonceAt(ctx, op2Addr, nil)
	if err != nil || nonceAfter-nonceBefore != 2+uint64(len(bs)) {
		t.Fatalf("operator 2 sent %d transactions for 2 setup calls and %d batches (%v)", nonceAfter-nonceBefore, len(bs), err)
	}
}

func grepLines(b []byte, s string) string {
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, s) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
