package main

import (
	"context"
	"math/big"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/indexer"
)

// dots rewards show and claim read the indexer by default: the same lines as the documents on
// IPFS (--no-indexer), a claim through the indexer's proof pays the account, and the indexer
// then shows it claimed.
func TestRewardsShowAndClaimWithIndexer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	rw := setupRewards(t, ctx, tc)
	ix, err := indexer.Open(ctx, indexer.Options{RPC: tc.node.URL(), Deployment: tc.dep, DB: filepath.Join(tc.dir, "indexer.db"),
		IPFS: rw.ip.APIURL(), FinalityDepth: 1, PollInterval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ictx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- ix.Serve(ictx, ln) }()
	defer func() { stop(); <-served }()
	ixURL := "http://" + ln.Addr().String()
	withIndexer := func(a ...string) []string { return append(a, "--indexer", ixURL) }
	if err := anvil.IncreaseTime(ctx, rw.client.Client(), 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := anvil.Mine(ctx, rw.client.Client(), 2); err != nil {
		t.Fatal(err)
	}

	// poll the indexer until it has followed the chain to what is awaited
	await := func(what string, ok func([]rewardLine) bool) []rewardLine {
		t.Helper()
		var lines []rewardLine
		for {
			out, msg, code := runDots(t, "", withIndexer(tc.args(-1, "rewards", "show", rw.user.Hex(), "--json")...)...)
			if code == 0 {
				lines = nil
				jsonTail(t, out, &lines)
				if ok(lines) {
					return lines
				}
			}
			select {
			case <-ctx.Done():
				t.Fatalf("%s: the indexer's last answer: exit %d %q %+v", what, code, msg, lines)
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	got := await("the batch's rewards", func(l []rewardLine) bool { return len(l) == 1 && l[0].ClaimWei == rw.owed.String() })
	var direct []rewardLine
	jsonTail(t, mustRun(t, tc.args(-1, "rewards", "show", rw.user.Hex(), "--json", "--no-indexer", "--ipfs", rw.ip.APIURL())...), &direct)
	if len(direct) != 1 || got[0].Operator != rw.op || got[0].Operator != direct[0].Operator || got[0].BatchID != direct[0].BatchID ||
		got[0].Cumulative != direct[0].Cumulative || got[0].Claimed != direct[0].Claimed || got[0].Claimable != direct[0].Claimable {
		t.Fatalf("indexer %+v, IPFS %+v", got, direct)
	}
	out := mustRun(t, withIndexer(tc.args(-1, "rewards", "show", rw.user.Hex())...)...)
	if !strings.Contains(out, rw.op.Hex()) || !strings.Contains(out, "0.1234 DOTS") {
		t.Fatalf("rewards show:\n%s", out)
	}

	bal := func() *big.Int {
		b, err := viewAsTest(ctx, rw.client, tc.dep.RewardToken, tokABI.PackBalanceOf(rw.user), tokABI.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	before := bal()
	mustRun(t, withIndexer(tc.args(5, "rewards", "claim", "--for", rw.user.Hex())...)...) // a relayer, with the indexer's proof
	if paid := new(big.Int).Sub(bal(), before); paid.Cmp(rw.owed) != 0 {
		t.Fatalf("the account received %s, want %s", paid, rw.owed)
	}
	// the chain, not the indexer's lagging copy, says what is left
	if _, msg, code := runDots(t, "", withIndexer(tc.args(1, "rewards", "claim")...)...); code != 1 || !strings.Contains(msg, "nothing to claim") {
		t.Fatalf("claiming again: exit %d %q", code, msg)
	}
	await("the claim indexed", func(l []rewardLine) bool {
		return len(l) == 1 && l[0].ClaimWei == "0" && l[0].Claimed == "0.1234 DOTS"
	})

	// no indexer there: says so and what to do
	if _, msg, code := runDots(t, "", tc.args(-1, "rewards", "show", rw.user.Hex(), "--indexer", "http://127.0.0.1:1")...); code != 2 || !strings.Contains(msg, "--no-indexer") {
		t.Fatalf("no indexer: exit %d %q", code, msg)
	}
}
