package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	gocid "github.com/ipfs/go-cid"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/bindings/stealthregistry"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/stealth"
)

// TestPrivateRewards (issue 18): three number owners, two of them (A and C) with a stealth
// meta-address, one (B) without. Over three reward epochs of two batches each, the oracle
// pays A and C at a fresh stealth address per epoch and B at its address. An observer who
// reads only public data (the rewards documents on IPFS, CDRAnchor's and NumberRegistry's
// events) recovers B's seconds per epoch and nothing of A's or C's; A scans with its
// viewing key, claims through a relayer and sweeps everything to an address of its choice.
func TestPrivateRewards(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	const numA, numB, numC = "+14155550123", "+14155550124", "+14155550125"
	n := startOracleNet(t, ctx, numA) // A is the harness's user (anvil account 2)
	keys := anvil.DefaultKeys()
	ownerB, ownerC, relayer, dest := keys[3], keys[4], keys[5], common.HexToAddress("0x00000000000000000000000000000000D0751234")
	claimNumbers(t, ctx, n, map[string]*ecdsa.PrivateKey{numB: ownerB, numC: ownerC})
	addrA, addrB, addrC := n.userAddr, anvil.Address(ownerB), anvil.Address(ownerC)

	// A registers with the CLI (keys from its signature, as the page does); C directly.
	dir := t.TempDir()
	bin := buildDots(t, dir)
	depFile := filepath.Join(dir, "deployment.json")
	if err := n.d.Save(depFile); err != nil {
		t.Fatal(err)
	}
	chainArgs := []string{"--rpc", n.an.URL(), "--deployment", depFile}
	// dots runs the CLI: stdout, and stderr after it (warnings, notes).
	dots := func(args ...string) (string, error) {
		var stderr strings.Builder
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return string(out) + stderr.String(), err
		}
		if strings.Contains(stderr.String(), "note:") {
			return string(out) + stderr.String(), nil
		}
		return string(out), nil
	}
	keyA := fmt.Sprintf("%x", crypto.FromECDSA(n.user))
	if out, err := dots(append([]string{"rewards", "register", "--yes", "--key", keyA}, chainArgs...)...); err != nil {
		t.Fatalf("dots rewards register: %v: %s", err, out)
	}
	out, err := dots("rewards", "keys", "--json", "--key", keyA)
	if err != nil {
		t.Fatalf("dots rewards keys: %v: %s", err, out)
	}
	var kA struct{ MetaAddress, ViewingKey, SpendingKey string }
	if err := json.Unmarshal([]byte(out), &kA); err != nil {
		t.Fatalf("dots rewards keys: %v: %s", err, out)
	}
	stealthA, err := stealth.KeysFromWallet(n.user)
	if err != nil || stealthA.Meta().String() != kA.MetaAddress {
		t.Fatalf("CLI meta-address %s, Go %s (%v)", kA.MetaAddress, stealthA.Meta(), err)
	}
	stealthC, _ := stealth.KeysFromWallet(ownerC)
	sr := stealthregistry.NewStealthRegistry()
	oSend(t, ctx, n, ownerC, "register C's meta-address", n.d.StealthRegistry, sr.PackRegisterKeys(big.NewInt(1), stealthC.Meta().Bytes()))

	const epoch = 6 * time.Second
	cfg := n.oracleConfig(t.TempDir())
	cfg.StealthRegistry, cfg.RewardsEpoch.Duration = n.d.StealthRegistry, epoch
	base, stop := runOracle(t, ctx, cfg)
	defer stop()

	// secs[owner][d] is what each owner's calls in the batches of rewards document d were
	// worth, in seconds (callee share).
	secs := map[common.Address][]uint64{addrA: make([]uint64, 4), addrB: make([]uint64, 4), addrC: make([]uint64, 4)}
	call := 0
	post := func(e int) {
		t.Helper()
		var body strings.Builder
		for _, o := range []struct {
			num  string
			addr common.Address
		}{{numA, addrA}, {numB, addrB}, {numC, addrC}} {
			call++
			s := uint64(60 + 7*call) // each call another length, on another day (no daily cap)
			at := 1700000000 + int64(call)*86400
			fmt.Fprintf(&body, `{"id":"st-%d","callId":"st-%d@pbx","caller":"+4930901820","callee":"%s","setupTime":%d,"answerTime":%d,"endTime":%d,"billableSeconds":%d,"sipStatus":200}`+"\n",
				call, call, o.num, at-3, at, at+int64(s), s)
			secs[o.addr][e] += s
		}
		if code, b := oDo(t, "POST", base+"/v1/cdrs", "tok-pbx", []byte(body.String())); code != 200 {
			t.Fatalf("posting CDRs: %d %s", code, b)
		}
		oWaitAnchored(t, base, time.Minute, "stored", "sent", "mined", "final")
	}
	// Batches: two per epoch; the first batch of the next epoch closes an epoch (its calls
	// count in the epoch it closes). The operator's very first batch publishes at once (so
	// a new operator's first rewards need not wait), without closing its epoch. Documents:
	// d0 = b1 (epoch 1), d1 = b2+b3 (epoch 1), d2 = b4+b5 (epoch 2), d3 = b6+b7 (epoch 3).
	waitEpoch := func() {
		t.Helper()
		now := time.Now()
		next := now.Truncate(epoch).Add(epoch + 200*time.Millisecond)
		// The clock is the event: nothing to await but the epoch's start.
		time.Sleep(time.Until(next))
	}
	waitEpoch()
	post(0)
	post(1)
	for e := 1; e <= 3; e++ {
		waitEpoch()
		post(e) // closes epoch e (counted there)
		if e < 3 {
			post(e + 1)
		}
	}
	oWaitAnchored(t, base, time.Minute, "mined", "final")
	if err := anvil.IncreaseTime(ctx, n.ec.Client(), 5*time.Second); err != nil {
		t.Fatal(err)
	}
	anvil.Mine(ctx, n.ec.Client(), 1)
	oWaitAnchored(t, base, time.Minute, "final")

	// ---- the observer: public data only.
	obs := observe(t, ctx, n)
	if obs.batches != 7 || len(obs.docs) != 4 {
		t.Fatalf("observer sees %d batches and %d rewards documents, want 7 batches and 4 documents (the first batch's, then one per epoch)", obs.batches, len(obs.docs))
	}
	rate := big.NewInt(1e15)
	perSec := new(big.Int).Div(new(big.Int).Mul(rate, big.NewInt(2500)), big.NewInt(10000)) // callee owner's 25%
	recovered := map[common.Address][]uint64{}
	for _, owner := range obs.owners {
		prev := new(big.Int)
		for _, d := range obs.docs {
			cur := d[owner]
			if cur == nil {
				continue
			}
			inc := new(big.Int).Sub(cur, prev)
			prev = cur
			recovered[owner] = append(recovered[owner], new(big.Int).Div(inc, perSec).Uint64())
		}
	}
	t.Logf("observer: owners in NumberRegistry %d; recovered per-epoch seconds: B %v (true %v), A %v, C %v",
		len(obs.owners), recovered[addrB], secs[addrB], recovered[addrA], recovered[addrC])
	if fmt.Sprint(recovered[addrB]) != fmt.Sprint(secs[addrB]) {
		t.Fatalf("observer recovers B's seconds %v, true %v: the observer is broken (the test would be vacuous)", recovered[addrB], secs[addrB])
	}
	if len(recovered[addrA]) != 0 || len(recovered[addrC]) != 0 {
		t.Fatalf("observer recovers seconds of owners with a meta-address: A %v, C %v", recovered[addrA], recovered[addrC])
	}
	// No leaf is A's or C's wallet, and the stealth leaves are six fresh accounts.
	last := obs.lastDoc
	var stealthLeaves []common.Address
	for _, a := range last.Announcements {
		stealthLeaves = append(stealthLeaves, a.Account)
	}
	if len(stealthLeaves) != 6 || len(obs.firstDoc.Announcements) != 2 {
		t.Fatalf("%d announcements in the last rewards document, want 6 (2 owners x 3 epochs)", len(stealthLeaves))
	}
	// A's view: exactly its three, one per epoch (d0 and d1 share epoch 1's), and C's keys
	// find the other three.
	mine := map[uint64]common.Address{}
	for _, a := range last.Announcements {
		ann := stealth.Announcement{Stealth: a.Account, EphemeralPub: a.EphemeralPubKey, ViewTag: a.ViewTag}
		isA := stealth.Check(ann, stealthA.Viewing, &stealthA.Spending.PublicKey)
		isC := stealth.Check(ann, stealthC.Viewing, &stealthC.Spending.PublicKey)
		if isA == isC {
			t.Fatalf("announcement %s: A finds it %v, C finds it %v", a.Account, isA, isC)
		}
		if isA {
			mine[a.Epoch] = a.Account
		}
	}
	if len(mine) != 3 {
		t.Fatalf("A's stealth addresses by epoch: %v, want three different epochs", mine)
	}

	// ---- A scans, a relayer claims and sweeps to dest.
	want := new(big.Int)
	for _, s := range secs[addrA] {
		want.Add(want, new(big.Int).Mul(perSec, new(big.Int).SetUint64(s)))
	}
	relayerKey := fmt.Sprintf("%x", crypto.FromECDSA(relayer))
	ethBefore, _ := n.ec.BalanceAt(ctx, anvil.Address(relayer), nil)
	out, err = dots(append([]string{"rewards", "scan", "--json", "--yes", "--key", relayerKey, "--ipfs", n.ipfsURL,
		"--viewing-key", kA.ViewingKey, "--spending-key", kA.SpendingKey, "--sweep-to", dest.Hex()}, chainArgs...)...)
	if err != nil {
		t.Fatalf("dots rewards scan: %v: %s", err, out)
	}
	token := rewardtoken.NewRewardToken()
	bal := func(a common.Address) *big.Int {
		v, err := bind.Call(token.Instance(n.ec, n.d.RewardToken), nil, token.PackBalanceOf(a), token.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if got := bal(dest); got.Cmp(want) != 0 {
		t.Fatalf("chosen address holds %s DOTS wei, want A's whole reward %s (scan said %s)", got, want, out)
	}
	for e, a := range mine {
		if b := bal(a); b.Sign() != 0 {
			t.Fatalf("stealth address of epoch %d still holds %s", e, b)
		}
		if eth, _ := n.ec.BalanceAt(ctx, a, nil); eth.Sign() != 0 {
			t.Fatalf("stealth address %s was given ETH", a)
		}
	}
	if ethAfter, _ := n.ec.BalanceAt(ctx, anvil.Address(relayer), nil); ethAfter.Cmp(ethBefore) >= 0 {
		t.Fatal("the relayer paid no gas")
	}
	// A wrong viewing key finds nothing.
	wrong, _ := crypto.GenerateKey()
	out, err = dots(append([]string{"rewards", "scan", "--json", "--ipfs", n.ipfsURL, "--viewing-key", fmt.Sprintf("%x", crypto.FromECDSA(wrong)),
		"--meta-address", kA.MetaAddress}, chainArgs...)...)
	if err != nil || strings.TrimSpace(out) != "[]" {
		t.Fatalf("scan with a wrong viewing key: %v: %s", err, out)
	}
	// B's show says its rewards are public.
	out, _ = dots(append([]string{"rewards", "show", "--no-indexer", "--ipfs", n.ipfsURL, addrB.Hex()}, chainArgs...)...)
	if !strings.Contains(out, "are public") {
		t.Fatalf("dots rewards show for an owner without a meta-address does not say it is public: %s", out)
	}
}

// claimNumbers claims numbers for their owners by commit-reveal.
func claimNumbers(t *testing.T, ctx context.Context, n *oracleNet, owners map[string]*ecdsa.PrivateKey) {
	t.Helper()
	reg := numberregistry.NewNumberRegistry()
	secret := [32]byte{9}
	for num, k := range owners {
		c, err := bind.Call(reg.Instance(n.ec, n.d.NumberRegistry), nil, reg.PackMakeCommitment(num, anvil.Address(k), secret), reg.UnpackMakeCommitment)
		if err != nil {
			t.Fatal(err)
		}
		oSend(t, ctx, n, k, "commit "+num, n.d.NumberRegistry, reg.PackCommit(c))
	}
	if err := anvil.IncreaseTime(ctx, n.ec.Client(), 61*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := anvil.Mine(ctx, n.ec.Client(), 1); err != nil {
		t.Fatal(err)
	}
	for num, k := range owners {
		oSend(t, ctx, n, k, "claim "+num, n.d.NumberRegistry, reg.PackClaim(num, secret))
	}
}

type observation struct {
	owners            []common.Address              // NumberRegistry's owners
	docs              []map[common.Address]*big.Int // each distinct rewards document, in anchor order
	lastDoc, firstDoc *cdr.RewardsDocument
	batches           int
}

// observe reads what anyone can: NumberRegistry's NumberClaimed events, CDRAnchor's
// BatchAnchored events, and the batch and rewards documents on IPFS.
func observe(t *testing.T, ctx context.Context, n *oracleNet) observation {
	t.Helper()
	var o observation
	reg := numberregistry.NewNumberRegistry()
	logs, err := n.ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(n.d.StartBlock), Addresses: []common.Address{n.d.NumberRegistry},
		Topics: [][]common.Hash{{reg.GetABI().Events["NumberClaimed"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Address]bool{}
	for i := range logs {
		ev, err := reg.UnpackNumberClaimedEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		if !seen[ev.Owner] {
			seen[ev.Owner] = true
			o.owners = append(o.owners, ev.Owner)
		}
	}
	an := cdranchor.NewCDRAnchor()
	logs, err = n.ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(n.d.StartBlock), Addresses: []common.Address{n.d.CDRAnchor},
		Topics: [][]common.Hash{{an.GetABI().Events["BatchAnchored"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	ip := ipfs.New(n.ipfsURL)
	lastCID := ""
	for i := range logs {
		ev, err := an.UnpackBatchAnchoredEvent(&logs[i])
		if err != nil {
			t.Fatal(err)
		}
		o.batches++
		cs := string(ev.Cid) // the oracle anchors the CID's text; binary CIDs are allowed too
		if c, err := gocid.Cast(ev.Cid); err == nil {
			cs = c.String()
		}
		raw, err := ip.Cat(ctx, cs, 1<<24)
		if err != nil {
			t.Fatal(err)
		}
		bd, err := cdr.LoadBatchDocument(raw)
		if err != nil {
			t.Fatal(err)
		}
		if bd.RewardsCID == "" || bd.RewardsCID == lastCID {
			continue
		}
		lastCID = bd.RewardsCID
		rraw, err := ip.Cat(ctx, bd.RewardsCID, 1<<24)
		if err != nil {
			t.Fatal(err)
		}
		rd, err := cdr.LoadRewardsDocument(rraw)
		if err != nil {
			t.Fatal(err)
		}
		if rd.Root() != common.Hash(ev.RewardsRoot) {
			t.Fatalf("batch %s: rewards document root %s, anchored %s", ev.BatchId, rd.Root(), common.Hash(ev.RewardsRoot))
		}
		m := map[common.Address]*big.Int{}
		for _, v := range rd.Tree.Values() {
			m[v.Account] = v.CumulativeAmount
		}
		o.docs = append(o.docs, m)
		o.lastDoc = rd
		if o.firstDoc == nil {
			o.firstDoc = rd
		}
	}
	return o
}
