package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/ipfsnode"
)

// Rewards from a final batch's rewards document on IPFS: shown, then claimed by a relayer
// for the account, which alone is paid; a second claim has nothing left.
func TestRewardsShowAndClaimWithoutIndexer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	rw := setupRewards(t, ctx, tc)
	ip, op, user, owed, client := rw.ip, rw.op, rw.user, rw.owed, rw.client
	ipfsArgs := func(a ...string) []string { return append(a, "--ipfs", ip.APIURL(), "--no-indexer") }
	// pending: nothing to show yet
	var lines []rewardLine
	jsonTail(t, mustRun(t, ipfsArgs(tc.args(-1, "rewards", "show", user.Hex(), "--json")...)...), &lines)
	if len(lines) != 0 {
		t.Fatalf("rewards of a pending batch: %+v", lines)
	}
	if err := anvil.IncreaseTime(ctx, client.Client(), 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	jsonTail(t, mustRun(t, ipfsArgs(tc.args(-1, "rewards", "show", user.Hex(), "--json")...)...), &lines)
	if len(lines) != 1 || lines[0].Operator != op || lines[0].ClaimWei != owed.String() || lines[0].Claimable != "0.1234 DOTS" {
		t.Fatalf("rewards: %+v", lines)
	}
	bal := func() *big.Int {
		b, err := viewAsTest(ctx, client, tc.dep.RewardToken, tokABI.PackBalanceOf(user), tokABI.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	before := bal()
	mustRun(t, ipfsArgs(tc.args(5, "rewards", "claim", "--for", user.Hex(), "--operator", op.Hex())...)...) // a relayer
	if got := new(big.Int).Sub(bal(), before); got.Cmp(owed) != 0 {
		t.Fatalf("the account received %s, want %s", got, owed)
	}
	jsonTail(t, mustRun(t, ipfsArgs(tc.args(-1, "rewards", "show", user.Hex(), "--json")...)...), &lines)
	if len(lines) != 1 || lines[0].ClaimWei != "0" || lines[0].Claimed != "0.1234 DOTS" {
		t.Fatalf("after the claim: %+v", lines)
	}
	if _, msg, code := runDots(t, "", ipfsArgs(tc.args(1, "rewards", "claim")...)...); code != 1 || msg == "" {
		t.Fatalf("claiming again: exit %d %q", code, msg)
	}
}

// rewardsSetup is an operator with one anchored batch whose rewards document owes user owed.
type rewardsSetup struct {
	ip     *ipfsnode.Node
	op     common.Address
	user   common.Address
	owed   *big.Int
	client *ethclient.Client
}

func setupRewards(t *testing.T, ctx context.Context, tc *testChain) rewardsSetup {
	t.Helper()
	ip, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ip.Close() })
	opKey := tc.node.Keys()[3]
	op := anvil.Address(opKey)
	user := common.HexToAddress(tc.addr(1))
	mustRun(t, tc.args(3, "operator", "register", "--amount", "1000", "--payout", op.Hex())...)

	client, err := tc.node.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	rs := make([]cdr.Record, 3)
	for i := range rs {
		seq := uint64(i + 1)
		rs[i] = cdr.Record{Operator: op, Seq: seq, CallID: crypto.Keccak256Hash([]byte(fmt.Sprint("call", seq))),
			Caller: "+442079460001", Callee: fmt.Sprintf("+1415555%04d", seq), Salt: crypto.Keccak256Hash([]byte(fmt.Sprint("salt", seq))),
			SetupTime: 1_763_000_000, AnswerTime: 1_763_000_002, EndTime: 1_763_000_062, BillableSeconds: 60, SIPStatus: 200, Q850Cause: 16,
			OrigOperator: op, TermOperator: op}
	}
	owed := big.NewInt(123_400_000_000_000_000) // 0.1234 DOTS
	rdoc, err := cdr.NewRewardsDocument(op, tc.dep.ChainID, 3, time.Unix(1_763_000_100, 0), map[common.Address]*big.Int{user: owed, op: big.NewInt(1e16)})
	if err != nil {
		t.Fatal(err)
	}
	rraw, _ := rdoc.MarshalJSON()
	rc, err := ip.Add(ctx, bytes.NewReader(rraw), ipfsnode.DefaultAddOptions())
	if err != nil {
		t.Fatal(err)
	}
	doc, err := cdr.NewBatchDocument(tc.dep.ChainID, time.Unix(1_763_000_100, 0), rs)
	if err != nil {
		t.Fatal(err)
	}
	doc.RewardsCID = rc.String()
	raw, _ := doc.MarshalJSON()
	c, err := ip.Add(ctx, bytes.NewReader(raw), ipfsnode.DefaultAddOptions())
	if err != nil {
		t.Fatal(err)
	}
	id, _ := client.ChainID(ctx)
	s, err := deploy.NewSender(ctx, client, opKey, id, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Send(ctx, "anchor", tc.dep.CDRAnchor, cdranchor.NewCDRAnchor().PackAnchor(doc.Root(), c.Bytes(), doc.CDRCount, doc.BillableSeconds, doc.FirstSeq, doc.LastSeq, rdoc.Root(), rdoc.TotalAmount)); err != nil {
		t.Fatal(err)
	}
	return rewardsSetup{ip: ip, op: op, user: user, owed: owed, client: client}
}
