package web_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/bindings/stealthregistry"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/indexer"
	"github.com/dotsnet/dots/ipfsnode"
	"github.com/dotsnet/dots/stealth"
	"github.com/dotsnet/dots/web"
)

// TestBrowserPrivateRewards drives the Private rewards tab (web/test/stealth.mjs) in headless
// Chromium: an operator paid the user's stealth addresses over three epochs (rewards
// documents with ERC-5564 announcements, as the oracle writes them); the page registers the
// user's meta-address from a wallet signature, finds the three payments, claims them and
// sweeps them to a chosen address. Checked here on chain: the registered meta-address is
// the one Go derives from the same wallet, the chosen address holds the whole amount and
// the stealth addresses hold nothing.
func TestBrowserPrivateRewards(t *testing.T) {
	chromium := "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Fatalf("Debian's chromium is needed (scripts/setup.sh installs it): %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	keys := anvil.DefaultKeys()
	op, user := keys[1], keys[2]
	opA, userA := anvil.Address(op), anvil.Address(user)
	dest := common.HexToAddress("0x000000000000000000000000000000000000dE57")
	node, client, dep := anviltest.Deployed(t, ctx, anvil.Options{}, deploy.Config{Genesis: []deploy.Allocation{{Holder: opA, Amount: tokens(10_000)}}})
	ipfs, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer ipfs.Close()
	w := &world{t: t, ctx: ctx, node: node, client: client, dep: dep, ipfs: ipfs, send: map[common.Address]*deploy.Sender{}}
	anc, tok := cdranchor.NewCDRAnchor(), rewardtoken.NewRewardToken()
	w.tx(op, "approve", dep.RewardToken, tok.PackApprove(dep.CDRAnchor, tokens(1000)))
	w.tx(op, "register", dep.CDRAnchor, anc.PackRegisterOperator(tokens(1000), opA, "Operator A"))

	// Three epochs, each paying the user's stealth address of that epoch (and the operator).
	sk, err := stealth.KeysFromWallet(user)
	if err != nil {
		t.Fatal(err)
	}
	cum := map[common.Address]*big.Int{}
	var anns []cdr.StealthAnnouncement
	var stealthAddrs []common.Address
	want := new(big.Int)
	for e := 1; e <= 3; e++ {
		eph, _ := crypto.GenerateKey()
		a, err := stealth.Generate(sk.Meta(), eph)
		if err != nil {
			t.Fatal(err)
		}
		amt := new(big.Int).Mul(big.NewInt(int64(e)), big.NewInt(10_000_000_000_000_000)) // 0.01, 0.02, 0.03 DOTS
		cum[a.Stealth] = amt
		want.Add(want, amt)
		cum[opA] = new(big.Int).Mul(big.NewInt(int64(e)), big.NewInt(1_000_000_000_000_000))
		stealthAddrs = append(stealthAddrs, a.Stealth)
		anns = append(anns, cdr.StealthAnnouncement{Account: a.Stealth, SchemeID: 1, EphemeralPubKey: a.EphemeralPub, ViewTag: a.ViewTag, Epoch: uint64(e)})
		anchorStealthBatch(w, op, records(opA, e, 1), cum, anns, uint64(e))
	}
	if err := anvil.IncreaseTime(ctx, client.Client(), 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := anvil.Mine(ctx, client.Client(), 1); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	ix, err := indexer.Open(ctx, indexer.Options{RPC: node.URL(), Deployment: dep, DB: filepath.Join(dir, "idx.db"), IPFS: ipfs.APIURL(),
		FinalityDepth: 1, Page: web.Handler(web.ConfigFor(dep, node.URL(), ipfs.GatewayURL()))})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Follower.SyncToHead(ctx); err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- ix.Serve(sctx, ln) }()
	defer func() { stop(); <-served }()

	shots := filepath.Join("test", "screenshots")
	os.MkdirAll(shots, 0o755)
	cmd := exec.CommandContext(ctx, "node", "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", filepath.Join("test", "stealth.mjs"))
	cmd.Env = append(os.Environ(), "PAGE_URL=http://"+ln.Addr().String()+"/", "RPC_URL="+node.URL(), "ACCOUNT="+userA.Hex(),
		"CHAIN_ID=31337", "DEST="+dest.Hex(), "WANT_TOTAL=0.06 DOTS", "SHOTS="+shots, "CHROMIUM="+chromium)
	out, err := cmd.CombinedOutput()
	t.Logf("browser:\n%s", out)
	if err != nil {
		t.Fatalf("browser test: %v", err)
	}
	sr := stealthregistry.NewStealthRegistry()
	meta, err := sr.UnpackStealthMetaAddressOf(w.call(dep.StealthRegistry, sr.PackStealthMetaAddressOf(userA, big.NewInt(1))))
	if err != nil || !bytes.Equal(meta, sk.Meta().Bytes()) {
		t.Fatalf("registered meta-address %x (%v), Go derives %x from the same wallet", meta, err, sk.Meta().Bytes())
	}
	if got := w.balance(dest); got.Cmp(want) != 0 {
		t.Fatalf("chosen address holds %s, want %s", got, want)
	}
	for _, a := range stealthAddrs {
		if b := w.balance(a); b.Sign() != 0 {
			t.Fatalf("stealth address %s still holds %s", a, b)
		}
	}
	if b := w.balance(userA); b.Sign() != 0 {
		t.Fatalf("the wallet received %s: the sweep went to the wallet, not the chosen address", b)
	}
}

// anchorStealthBatch anchors a batch whose rewards document carries announcements.
func anchorStealthBatch(w *world, k *ecdsa.PrivateKey, rs []cdr.Record, cum map[common.Address]*big.Int, anns []cdr.StealthAnnouncement, epoch uint64) {
	w.t.Helper()
	op := anvil.Address(k)
	rdoc, err := cdr.NewRewardsDocument(op, w.dep.ChainID, rs[len(rs)-1].Seq, time.Unix(1_763_000_100, 0), cum)
	if err != nil {
		w.t.Fatal(err)
	}
	rdoc.Epoch, rdoc.Announcements = epoch, anns
	rraw, _ := rdoc.MarshalJSON()
	doc, err := cdr.NewBatchDocument(w.dep.ChainID, time.Unix(1_763_000_100, 0), rs)
	if err != nil {
		w.t.Fatal(err)
	}
	doc.RewardsCID = w.add(rraw).String()
	raw, _ := doc.MarshalJSON()
	c := w.add(raw)
	anc := cdranchor.NewCDRAnchor()
	w.tx(k, "anchor", w.dep.CDRAnchor, anc.PackAnchor(doc.Root(), c.Bytes(), doc.CDRCount, doc.BillableSeconds, doc.FirstSeq, doc.LastSeq, rdoc.Root(), rdoc.TotalAmount))
}
