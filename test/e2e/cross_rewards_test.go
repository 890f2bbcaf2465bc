package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/chainerr"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/devnet"
	"github.com/dotsnet/dots/ipfsnode"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/oracle/server"
)

// TestCrossOperatorRewards runs two operators A and B, each with its own oracle, on one
// anvil. A call from X's number (routed to A) to Y's number (routed to B) is reported by
// both oracles with the same call id (A: originating, B: terminating), and a call inside A
// from X's number to Z's number by A's oracle only. Once every batch is final, every
// account claims from both operators: A's payout, B's payout, X, Y and Z are paid exactly
// the shares CDRAnchor's split and rate give (read from the chain), once; nobody is paid by
// the other side's tree; a second claim reverts NothingToClaim; totalSupply rises by the sum.
func TestCrossOperatorRewards(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	keys := anvil.DefaultKeys()
	admin, opA, opB := keys[0], keys[1], keys[3]
	x, y, z := keys[2], keys[4], keys[7]
	payA, payB := anvil.Address(keys[5]), anvil.Address(keys[6])
	aAddr, bAddr := anvil.Address(opA), anvil.Address(opB)
	xAddr, yAddr, zAddr := anvil.Address(x), anvil.Address(y), anvil.Address(z)
	const numX, numY, numZ = "+14155550141", "+14155550142", "+14155550143"

	an, ec, d := anviltest.Deployed(t, ctx, anvil.Options{}, deploy.Config{Genesis: []deploy.Allocation{
		{Holder: aAddr, Amount: oTokens(2000)}, {Holder: bAddr, Amount: oTokens(2000)}}})
	n := &oracleNet{an: an, ec: ec, d: d, admin: admin, op: opA, user: x, opAddr: aAddr, userAddr: xAddr}
	anchor, token, reg := cdranchor.NewCDRAnchor(), rewardtoken.NewRewardToken(), numberregistry.NewNumberRegistry()
	ac, tk, rg := anchor.Instance(ec, d.CDRAnchor), token.Instance(ec, d.RewardToken), reg.Instance(ec, d.NumberRegistry)
	oSend(t, ctx, n, admin, "challenge window 1s", d.CDRAnchor, anchor.PackSetChallengeWindow(1))
	// Four different shares, so a share paid to the wrong account cannot go unnoticed.
	oSend(t, ctx, n, admin, "reward split", d.CDRAnchor, anchor.PackSetRewardSplit(4000, 3000, 2000, 1000))
	oSend(t, ctx, n, admin, "no number deposit", d.NumberRegistry, reg.PackSetParameters(60, 86400, 365*86400, 30*86400, 7*86400, big.NewInt(0)))
	oSend(t, ctx, n, admin, "no premium", d.NumberRegistry, reg.PackSetPremium(big.NewInt(0), 0, 0, anvil.Address(admin)))
	for _, o := range []struct {
		key    *ecdsa.PrivateKey
		payout common.Address
		name   string
	}{{opA, payA, "A"}, {opB, payB, "B"}} {
		oSend(t, ctx, n, o.key, "approve bond "+o.name, d.RewardToken, token.PackApprove(d.CDRAnchor, oTokens(1000)))
		oSend(t, ctx, n, o.key, "register operator "+o.name, d.CDRAnchor, anchor.PackRegisterOperator(oTokens(1000), o.payout, "operator "+o.name))
	}
	// X, Y and Z claim their numbers by commit-reveal and route them: X's and Z's to A, Y's
	// to B, each with its operator's consent.
	owners := []struct {
		key *ecdsa.PrivateKey
		num string
		op  *ecdsa.PrivateKey
	}{{x, numX, opA}, {y, numY, opB}, {z, numZ, opA}}
	secret := [32]byte{11}
	for _, o := range owners {
		c, err := bind.Call(rg, nil, reg.PackMakeCommitment(o.num, anvil.Address(o.key), secret), reg.UnpackMakeCommitment)
		if err != nil {
			t.Fatal(err)
		}
		oSend(t, ctx, n, o.key, "commit "+o.num, d.NumberRegistry, reg.PackCommit(c))
	}
	rc := ec.Client()
	if err := anvil.IncreaseTime(ctx, rc, 61*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := anvil.Mine(ctx, rc, 1); err != nil {
		t.Fatal(err)
	}
	for _, o := range owners {
		oSend(t, ctx, n, o.key, "claim "+o.num, d.NumberRegistry, reg.PackClaim(o.num, secret))
		data, err := devnet.RouteCall(ctx, ec, d.NumberRegistry, o.num, o.op, "sip:"+strings.TrimPrefix(o.num, "+")+"@127.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		oSend(t, ctx, n, o.key, "route "+o.num, d.NumberRegistry, data)
	}
	ipfsNode, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatalf("starting IPFS node: %v", err)
	}
	defer ipfsNode.Close()
	n.ipfsURL = ipfsNode.APIURL()

	cfgA := n.oracleConfig(t.TempDir())
	cfgB := n.oracleConfig(t.TempDir())
	cfgB.Key = fmt.Sprintf("%x", crypto.FromECDSA(opB))
	baseA, stopA := runOracle(t, ctx, cfgA)
	defer stopA()
	baseB, stopB := runOracle(t, ctx, cfgB)
	defer stopB()

	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	const crossSecs, insideSecs = 90, 45
	rec := func(id, callID, caller, callee string, orig, term common.Address, setup uint64, secs int) string {
		return fmt.Sprintf(`{"id":%q,"callId":%q,"caller":%q,"callee":%q,"setupTime":%d,"answerTime":%d,"endTime":%d,"billableSeconds":%d,"sipStatus":200,"q850Cause":16,"origOperator":%q,"termOperator":%q}`,
			id, callID, caller, callee, setup, setup+2, setup+2+uint64(secs), secs, orig.Hex(), term.Hex())
	}
	setup := head.Time + 1
	cross := func(id string) string {
		return rec(id, "cross-1@a.example", numX, numY, aAddr, bAddr, setup, crossSecs)
	}
	inside := rec("inside-1", "inside-1@a.example", numX, numZ, aAddr, aAddr, setup+5, insideSecs)
	posts := []struct{ base, body string }{{baseA, "[" + cross("a-cross-1") + "," + inside + "]"}, {baseB, cross("b-cross-1")}}
	for _, p := range posts {
		code, b := oDo(t, "POST", p.base+"/v1/cdrs", "tok-pbx", []byte(p.body))
		var out server.IngestResponse
		if code != 200 || json.Unmarshal(b, &out) != nil || out.Accepted != strings.Count(p.body, `"id"`) {
			t.Fatalf("ingest at %s: %d %s", p.base, code, b)
		}
	}
	// The sides the oracles wrote into the leaves.
	for _, c := range []struct {
		base, id string
		side     cdr.Side
	}{{baseA, "a-cross-1", cdr.SideOriginating}, {baseA, "inside-1", cdr.SideOriginating}, {baseB, "b-cross-1", cdr.SideTerminating}} {
		code, b := oDo(t, "GET", c.base+"/v1/sources/pbx/cdrs/"+c.id, "audit", nil)
		var f server.FullCDR
		if code != 200 || json.Unmarshal(b, &f) != nil || f.CDR.Side != c.side {
			t.Fatalf("CDR %s: %d %s, want side %v", c.id, code, b, c.side)
		}
	}

	oWaitAnchored(t, baseA, 60*time.Second, "mined", "final")
	oWaitAnchored(t, baseB, 60*time.Second, "mined", "final")
	if err := anvil.IncreaseTime(ctx, rc, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := anvil.Mine(ctx, rc, 1); err != nil {
		t.Fatal(err)
	}
	batchesA := oWaitAnchored(t, baseA, 30*time.Second, "final")
	batchesB := oWaitAnchored(t, baseB, 30*time.Second, "final")

	// What the chain's parameters give.
	p, err := bind.Call(ac, nil, anchor.PackParameters(), anchor.UnpackParameters)
	if err != nil {
		t.Fatal(err)
	}
	if p.RewardRate.Sign() == 0 || p.SplitOrigOperator != 4000 || p.SplitCalleeOwner != 1000 {
		t.Fatalf("parameters %+v: no rate or not the split set", p)
	}
	rewarded := func(secs uint64) uint64 {
		if secs < uint64(p.MinBillableSeconds) {
			t.Fatalf("the test's call of %d s is below the minimum of %d s", secs, p.MinBillableSeconds)
		}
		if p.MaxCallSeconds > 0 {
			secs = min(secs, uint64(p.MaxCallSeconds))
		}
		return secs
	}
	if p.DailyCapSeconds > 0 && p.DailyCapSeconds < crossSecs+insideSecs {
		t.Fatalf("daily cap %d s: the test's calls of one number would be capped", p.DailyCapSeconds)
	}
	share := func(secs uint64, bps uint16) *big.Int {
		r := new(big.Int).Mul(p.RewardRate, new(big.Int).SetUint64(rewarded(secs)))
		return r.Div(r.Mul(r, big.NewInt(int64(bps))), big.NewInt(10000))
	}
	sum := func(vs ...*big.Int) *big.Int {
		s := new(big.Int)
		for _, v := range vs {
			s.Add(s, v)
		}
		return s
	}
	// want[operator][account]: A pays the cross call's originating half and the whole inside
	// call; B the cross call's terminating half.
	want := map[common.Address]map[common.Address]*big.Int{
		aAddr: {
			payA:  sum(share(crossSecs, p.SplitOrigOperator), share(insideSecs, p.SplitOrigOperator), share(insideSecs, p.SplitTermOperator)),
			xAddr: sum(share(crossSecs, p.SplitCallerOwner), share(insideSecs, p.SplitCallerOwner)),
			zAddr: share(insideSecs, p.SplitCalleeOwner),
		},
		bAddr: {
			payB:  share(crossSecs, p.SplitTermOperator),
			yAddr: share(crossSecs, p.SplitCalleeOwner),
		},
	}
	// The cross call's four shares are the whole of its reward (the split sums to 10,000).
	crossTotal := sum(want[aAddr][payA], want[aAddr][xAddr], want[bAddr][payB], want[bAddr][yAddr])
	crossTotal.Sub(crossTotal, sum(share(insideSecs, p.SplitOrigOperator), share(insideSecs, p.SplitTermOperator), share(insideSecs, p.SplitCallerOwner)))
	if full := new(big.Int).Mul(p.RewardRate, big.NewInt(crossSecs)); crossTotal.Cmp(full) != 0 {
		t.Fatalf("the cross call's four shares sum to %s, want rate x %d s = %s", crossTotal, crossSecs, full)
	}

	// Each operator's latest final rewards document, read from IPFS and checked against the
	// root its oracle anchored.
	ip := ipfs.New(n.ipfsURL)
	docs := map[common.Address]*cdr.RewardsDocument{}
	latest := map[common.Address]*big.Int{}
	for op, bs := range map[common.Address][]server.BatchView{aAddr: batchesA, bAddr: batchesB} {
		id, err := bind.Call(ac, nil, anchor.PackLatestFinalBatch(op), anchor.UnpackLatestFinalBatch)
		if err != nil {
			t.Fatal(err)
		}
		var last *server.BatchView
		for i := range bs {
			if bs[i].ChainBatchID == id.Uint64() {
				last = &bs[i]
			}
		}
		if last == nil || last.RewardsCID == "" || last.RewardsRoot == nil {
			t.Fatalf("operator %s: latest final batch %s has no rewards document in %+v", op, id, bs)
		}
		raw, err := ip.Cat(ctx, last.RewardsCID, 1<<20)
		if err != nil {
			t.Fatalf("rewards document %s: %v", last.RewardsCID, err)
		}
		doc, err := cdr.LoadRewardsDocument(raw)
		if err != nil || doc.Root() != *last.RewardsRoot {
			t.Fatalf("rewards document of %s: %v", op, err)
		}
		// Exactly the expected accounts, nothing else (no share paid twice, none elsewhere).
		if got := len(doc.Tree.Values()); got != len(want[op]) {
			t.Errorf("operator %s's rewards document has %d accounts, want %d: %+v", op, got, len(want[op]), doc.Tree.Values())
		}
		docs[op], latest[op] = doc, id
	}

	supply := func() *big.Int {
		s, err := bind.Call(tk, nil, token.PackTotalSupply(), token.UnpackTotalSupply)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	balance := func(a common.Address) *big.Int {
		b, err := bind.Call(tk, nil, token.PackBalanceOf(a), token.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	supplyBefore := supply()
	paid := new(big.Int)
	accounts := []common.Address{payA, payB, xAddr, yAddr, zAddr}
	for _, op := range []common.Address{aAddr, bAddr} {
		doc := docs[op]
		for _, acct := range accounts {
			w := want[op][acct]
			idx := -1
			for i, r := range doc.Tree.Values() {
				if r.Account == acct {
					idx = i
				}
			}
			if w == nil {
				if idx >= 0 {
					t.Errorf("operator %s's tree pays %s %s, want nothing", op, acct, doc.Tree.Values()[idx].CumulativeAmount)
				}
				continue
			}
			if idx < 0 {
				t.Errorf("operator %s's tree does not pay %s (want %s)", op, acct, w)
				continue
			}
			r := doc.Tree.Values()[idx]
			if r.CumulativeAmount.Cmp(w) != 0 {
				t.Errorf("operator %s's tree pays %s %s, want %s", op, acct, r.CumulativeAmount, w)
			}
			pr, err := doc.Tree.Proof(idx)
			if err != nil {
				t.Fatal(err)
			}
			var proof [][32]byte
			for _, h := range pr {
				proof = append(proof, h)
			}
			before := balance(acct)
			claim := anchor.PackClaim(op, latest[op], acct, r.CumulativeAmount, proof)
			// A relayer (the admin) sends the claim: only the account is paid.
			oSend(t, ctx, n, admin, fmt.Sprintf("claim %s from %s", acct, op), d.CDRAnchor, claim)
			if got := new(big.Int).Sub(balance(acct), before); got.Cmp(w) != 0 {
				t.Errorf("claim of %s from %s paid %s, want %s", acct, op, got, w)
			}
			paid.Add(paid, w)
			if c, err := bind.Call(ac, nil, anchor.PackClaimed(op, acct), anchor.UnpackClaimed); err != nil || c.Cmp(w) != 0 {
				t.Errorf("claimed(%s, %s) = %v (%v), want %s", op, acct, c, err, w)
			}
			// The same claim again pays nothing.
			_, err = ec.CallContract(ctx, ethereum.CallMsg{From: anvil.Address(admin), To: &d.CDRAnchor, Data: claim}, nil)
			if reason, _ := chainerr.Reason(err); err == nil || !strings.Contains(reason, "NothingToClaim") {
				t.Errorf("second claim of %s from %s: %v (%q), want NothingToClaim", acct, op, err, reason)
			}
		}
	}
	// Claims from the other side's tree with this side's amount do not verify either: X
	// against B's root, Y against A's root.
	for _, c := range []struct {
		op, acct common.Address
		amount   *big.Int
	}{{bAddr, xAddr, want[aAddr][xAddr]}, {aAddr, yAddr, want[bAddr][yAddr]}} {
		data := anchor.PackClaim(c.op, latest[c.op], c.acct, c.amount, nil)
		if _, err := ec.CallContract(ctx, ethereum.CallMsg{From: anvil.Address(admin), To: &d.CDRAnchor, Data: data}, nil); err == nil {
			t.Errorf("%s claimed %s from %s's tree without a leaf", c.acct, c.amount, c.op)
		}
	}
	wantPaid := sum(want[aAddr][payA], want[aAddr][xAddr], want[aAddr][zAddr], want[bAddr][payB], want[bAddr][yAddr])
	if paid.Cmp(wantPaid) != 0 {
		t.Errorf("paid %s, want %s", paid, wantPaid)
	}
	if rose := new(big.Int).Sub(supply(), supplyBefore); rose.Cmp(wantPaid) != 0 {
		t.Errorf("totalSupply rose by %s, want %s", rose, wantPaid)
	}
}
