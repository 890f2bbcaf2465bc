package main

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/ipfsnode"
)

// A number dispute that is appealed and that nobody votes in: the number is held meanwhile
// and released at the end, no juror stake is lost, every pledge comes back minus noVoteBps and
// the treasury gets those parts and every juror fee (DisputeVoting's no-vote rule).
func TestDisputeNumberAppealNoVotes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	client, err := tc.node.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	ip, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer ip.Close()
	dv := tc.dep.DisputeVoting
	view := func(data []byte) []byte {
		t.Helper()
		out, err := client.CallContract(ctx, ethereum.CallMsg{To: &dv, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	params, err := dvABI.UnpackParams(view(dvABI.PackParams()))
	if err != nil {
		t.Fatal(err)
	}
	const juror, owner, appellant, disputer = 1, 2, 3, 5
	const num = "+14155550142"
	mustRun(t, tc.args(juror, "juror", "stake", "--amount", "1000")...)
	mustRun(t, tc.args(owner, "number", "claim", num, "--state-dir", filepath.Join(tc.dir, "state"))...)
	evidence := filepath.Join(tc.dir, "evidence.txt")
	os.WriteFile(evidence, []byte("this number is used for robocalls\n"), 0o600)
	bal := func(i int) *big.Int {
		b, err := viewAsTest(ctx, client, tc.dep.RewardToken, tokABI.PackBalanceOf(common.HexToAddress(tc.addr(i))), tokABI.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	burn := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	burnBal := func() *big.Int {
		b, err := viewAsTest(ctx, client, tc.dep.RewardToken, tokABI.PackBalanceOf(burn), tokABI.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	before := map[int]*big.Int{disputer: bal(disputer), appellant: bal(appellant), juror: bal(juror)}
	burnBefore := burnBal()

	// the default pledge is the minimum
	mustRun(t, tc.args(disputer, "dispute", "open", "--number", num, "--evidence", evidence, "--ipfs", ip.APIURL())...)
	if _, msg, code := runDots(t, "", tc.args(owner, "number", "release", num)...); code != 2 || msg == "" {
		t.Fatalf("releasing a number under dispute: exit %d %q", code, msg)
	}
	if err := anvil.Mine(ctx, client.Client(), 2); err != nil {
		t.Fatal(err)
	}
	mustRun(t, tc.args(-1, "dispute", "draw", "1", "--key", tc.key(4), "--yes")...) // anyone draws
	if _, msg, code := runDots(t, "", tc.args(appellant, "dispute", "appeal", "1")...); code != 2 || !strings.Contains(msg, "AppealNotOpen") {
		t.Fatalf("appeal during the commit period: exit %d %q", code, msg)
	}
	rd, err := dvABI.UnpackGetRound(view(dvABI.PackGetRound(big.NewInt(1), common.Big0)))
	if err != nil {
		t.Fatal(err)
	}
	_, now, err := headTime(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	if err := anvil.IncreaseTime(ctx, client.Client(), time.Duration(rd.RevealDeadline-now+1)*time.Second); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, tc.args(appellant, "dispute", "appeal", "1")...)
	if !strings.Contains(out, "round 1 of dispute 1 opened on uphold with 7 seats") {
		t.Fatalf("appeal:\n%s", out)
	}
	if !strings.Contains(mustRun(t, tc.args(-1, "dispute", "show", "1")...), "waiting for the draw: dots dispute draw 1") {
		t.Fatal("show does not say the appeal round waits for its draw")
	}
	if _, msg, code := runDots(t, "", tc.args(disputer, "dispute", "finalize", "1")...); code != 2 || !strings.Contains(msg, "NotDrawn") {
		t.Fatalf("finalize before the appeal round's draw: exit %d %q", code, msg)
	}
	if err := anvil.Mine(ctx, client.Client(), 2); err != nil {
		t.Fatal(err)
	}
	mustRun(t, tc.args(disputer, "dispute", "draw", "1")...)
	rd1, err := dvABI.UnpackGetRound(view(dvABI.PackGetRound(big.NewInt(1), common.Big1)))
	if err != nil {
		t.Fatal(err)
	}
	if _, now, err = headTime(ctx, client); err != nil {
		t.Fatal(err)
	}
	if err := anvil.IncreaseTime(ctx, client.Client(), time.Duration(rd1.AppealDeadline-now+1)*time.Second); err != nil {
		t.Fatal(err)
	}
	var res resolvedView
	jsonTail(t, mustRun(t, tc.args(disputer, "dispute", "finalize", "1", "--json")...), &res)
	if res.Outcome != "reject" || res.FinalRound != 1 || !res.RefundAll || res.Executed {
		t.Fatalf("finalize: %+v", res)
	}
	mustRun(t, tc.args(disputer, "dispute", "claim", "1")...)
	mustRun(t, tc.args(disputer, "dispute", "claim", "1", "--for", tc.addr(appellant))...) // a relayer
	mustRun(t, tc.args(disputer, "dispute", "claim", "1", "--for", tc.addr(juror))...)
	if _, msg, code := runDots(t, "", tc.args(disputer, "dispute", "claim", "1")...); code != 2 || !strings.Contains(msg, "AlreadySettled") {
		t.Fatalf("settling twice: exit %d %q", code, msg)
	}
	mustRun(t, tc.args(disputer, "dispute", "withdraw")...)
	mustRun(t, tc.args(appellant, "dispute", "withdraw")...)

	// the rule: pledge p costs p*noVoteBps/10000 plus its round's juror fee; the treasury gets those
	cut := func(p *big.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(p, big.NewInt(int64(params.NoVoteBps))), big.NewInt(10_000))
	}
	fee := func(seats int64) *big.Int { return new(big.Int).Mul(big.NewInt(seats), params.JurorFee) }
	p0, p1 := params.MinPledge, new(big.Int).Lsh(params.MinPledge, 1)
	seats0, seats1 := int64(params.JurorsPerDispute), 2*int64(params.JurorsPerDispute)+1
	cost := map[int]*big.Int{disputer: new(big.Int).Add(cut(p0), fee(seats0)), appellant: new(big.Int).Add(cut(p1), fee(seats1)), juror: new(big.Int)}
	for i, c := range cost {
		if got := new(big.Int).Sub(before[i], bal(i)); got.Cmp(c) != 0 {
			t.Errorf("account %d paid %s, want %s", i, formatDOTS(got), formatDOTS(c))
		}
	}
	want := new(big.Int).Add(cost[disputer], cost[appellant])
	if got := new(big.Int).Sub(burnBal(), burnBefore); got.Cmp(want) != 0 {
		t.Errorf("the treasury received %s, want %s", formatDOTS(got), formatDOTS(want))
	}
	var j jurorView
	jsonTail(t, mustRun(t, tc.args(-1, "juror", "show", tc.addr(juror), "--json")...), &j)
	if j.Staked != "1000 DOTS" || j.Locked != "0 DOTS" {
		t.Errorf("the juror after a no-vote dispute: %+v", j)
	}
	var v disputeView
	jsonTail(t, mustRun(t, tc.args(-1, "dispute", "show", "1", "--json")...), &v)
	if v.Kind != "number" || v.Status != "resolved" || v.Outcome != "reject" || !v.RefundAll || len(v.Rounds) != 2 {
		t.Errorf("show: %+v", v)
	}
	// the hold is gone: the owner may release the number again
	mustRun(t, tc.args(owner, "number", "release", num)...)
	var rows []disputeRow
	jsonTail(t, mustRun(t, tc.args(-1, "dispute", "list", "--number", num, "--json")...), &rows)
	if len(rows) != 1 || rows[0].Kind != "number" {
		t.Errorf("list --number: %+v", rows)
	}
}
