package web_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-cid"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/indexer"
	"github.com/dotsnet/dots/ipfsnode"
	"github.com/dotsnet/dots/sip/cdrs"
	snode "github.com/dotsnet/dots/sip/node"
	"github.com/dotsnet/dots/sip/sipptest"
	"github.com/dotsnet/dots/web"
)

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// world is anvil with DOTS deployed, a trustless IPFS gateway and the indexer serving the
// page.
type world struct {
	t      *testing.T
	ctx    context.Context
	node   *anvil.Instance
	client *ethclient.Client
	dep    *deploy.Deployment
	ipfs   *ipfsnode.Node
	send   map[common.Address]*deploy.Sender
}

func (w *world) tx(k *ecdsa.PrivateKey, what string, to common.Address, data []byte) {
	w.t.Helper()
	from := anvil.Address(k)
	s := w.send[from]
	if s == nil {
		var err error
		if s, err = deploy.NewSender(w.ctx, w.client, k, new(big.Int).SetUint64(w.dep.ChainID), nil); err != nil {
			w.t.Fatal(err)
		}
		w.send[from] = s
	}
	if _, err := s.Send(w.ctx, what, to, data); err != nil {
		w.t.Fatalf("%s: %v", what, err)
	}
}

func (w *world) call(to common.Address, data []byte) []byte {
	w.t.Helper()
	out, err := w.client.CallContract(w.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return out
}

func (w *world) balance(a common.Address) *big.Int {
	tok := rewardtoken.NewRewardToken()
	v, err := tok.UnpackBalanceOf(w.call(w.dep.RewardToken, tok.PackBalanceOf(a)))
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

func (w *world) add(b []byte) cid.Cid {
	w.t.Helper()
	c, err := w.ipfs.Add(w.ctx, bytes.NewReader(b), ipfsnode.DefaultAddOptions())
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

func records(op common.Address, first, n int) []cdr.Record {
	var rs []cdr.Record
	base := uint64(1_763_000_000)
	for i := range n {
		seq := first + i
		rs = append(rs, cdr.Record{
			Operator: op, Seq: uint64(seq), CallID: crypto.Keccak256Hash([]byte(fmt.Sprint("call", op, seq))),
			Caller: "+442079460001", Callee: fmt.Sprintf("+14155550%03d", seq), Salt: crypto.Keccak256Hash([]byte(fmt.Sprint("salt", op, seq))),
			SetupTime: base, AnswerTime: base + 2, EndTime: base + 62, BillableSeconds: 60, SIPStatus: 200, Q850Cause: 16,
			OrigOperator: op, TermOperator: op, Side: cdr.SideOriginating,
		})
	}
	return rs
}

// anchorBatch puts a batch document (and its rewards document) on IPFS and anchors it.
// tamper, when set, edits the document's JSON after the root was computed.
func (w *world) anchorBatch(k *ecdsa.PrivateKey, rs []cdr.Record, rewards map[common.Address]*big.Int, tamper func(map[string]any)) *cdr.BatchDocument {
	w.t.Helper()
	op := anvil.Address(k)
	rdoc, err := cdr.NewRewardsDocument(op, w.dep.ChainID, rs[len(rs)-1].Seq, time.Unix(1_763_000_100, 0), rewards)
	if err != nil {
		w.t.Fatal(err)
	}
	rraw, _ := rdoc.MarshalJSON()
	doc, err := cdr.NewBatchDocument(w.dep.ChainID, time.Unix(1_763_000_100, 0), rs)
	if err != nil {
		w.t.Fatal(err)
	}
	doc.RewardsCID = w.add(rraw).String()
	raw, _ := doc.MarshalJSON()
	if tamper != nil {
		var m map[string]any
		json.Unmarshal(raw, &m)
		tamper(m)
		raw, _ = json.Marshal(m)
	}
	c := w.add(raw)
	anc := cdranchor.NewCDRAnchor()
	w.tx(k, "anchor", w.dep.CDRAnchor, anc.PackAnchor(doc.Root(), c.Bytes(), doc.CDRCount, doc.BillableSeconds, doc.FirstSeq, doc.LastSeq, rdoc.Root(), rdoc.TotalAmount))
	return doc
}

// TestBrowser drives the wallet page in headless Chromium (web/test/browser.mjs) against a
// real indexer on a real anvil: connect, switch chain, reject, claim rewards (checked on
// chain here), claim a number by commit-reveal, port it, verify a good and a tampered batch
// and CDR files, on a desktop and a phone viewport, with no console errors.
func TestBrowser(t *testing.T) {
	chromium := "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Fatalf("Debian's chromium is needed (scripts/setup.sh installs it): %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	keys := anvil.DefaultKeys()
	var genesis []deploy.Allocation
	for _, k := range keys[:5] {
		genesis = append(genesis, deploy.Allocation{Holder: anvil.Address(k), Amount: tokens(100_000)})
	}
	node, client, dep := anviltest.Deployed(t, ctx, anvil.Options{}, deploy.Config{Genesis: genesis})
	ipfs, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer ipfs.Close()
	w := &world{t: t, ctx: ctx, node: node, client: client, dep: dep, ipfs: ipfs, send: map[common.Address]*deploy.Sender{}}
	admin, opA, user, opB, opC := keys[0], keys[1], keys[2], keys[3], keys[4]
	userA, opAA, opBA, opCA := anvil.Address(user), anvil.Address(opA), anvil.Address(opB), anvil.Address(opC)

	// Short commit age so the page's countdown runs in seconds; a deposit so it approves.
	reg, anc, tok := numberregistry.NewNumberRegistry(), cdranchor.NewCDRAnchor(), rewardtoken.NewRewardToken()
	deposit := tokens(10)
	w.tx(admin, "parameters", dep.NumberRegistry, reg.PackSetParameters(3, 86400, 365*86400, 30*86400, 7*86400, deposit))
	for i, k := range []*ecdsa.PrivateKey{opA, opB, opC} {
		w.tx(k, "approve", dep.RewardToken, tok.PackApprove(dep.CDRAnchor, tokens(1000)))
		w.tx(k, "register", dep.CDRAnchor, anc.PackRegisterOperator(tokens(1000), anvil.Address(k), []string{"Operator A", "Operator B", "Operator C"}[i]))
	}
	// Two numbers the user already owns, for the page to transfer and release.
	for i, e164 := range []string{"+442079460101", "+442079460102"} {
		secret := crypto.Keccak256Hash([]byte(fmt.Sprint("secret", i)))
		c, err := reg.UnpackMakeCommitment(w.call(dep.NumberRegistry, reg.PackMakeCommitment(e164, userA, secret)))
		if err != nil {
			t.Fatal(err)
		}
		w.tx(user, "commit", dep.NumberRegistry, reg.PackCommit(c))
		if err := anvil.IncreaseTime(ctx, client.Client(), 5*time.Second); err != nil {
			t.Fatal(err)
		}
		w.tx(user, "approve", dep.RewardToken, tok.PackApprove(dep.NumberRegistry, deposit))
		w.tx(user, "claim "+e164, dep.NumberRegistry, reg.PackClaim(e164, secret))
	}

	// Batch 1 (operator A): rewards for the user. Batch 2 (operator B): its document on
	// IPFS was edited after anchoring.
	owed := big.NewInt(123_400_000_000_000_000) // 0.1234 DOTS (batch 1)
	good := records(opAA, 1, 1200)              // about 1 MB: a document of several blocks on IPFS
	w.anchorBatch(opA, good, map[common.Address]*big.Int{userA: owed, opAA: big.NewInt(50_000_000_000_000_000)}, nil)
	w.anchorBatch(opB, records(opBA, 1, 3), map[common.Address]*big.Int{opBA: big.NewInt(1000)}, func(m map[string]any) {
		v := m["values"].([]any)[1].(map[string]any)["value"].([]any)
		v[8] = "3600" // billable seconds
	})
	// Batch 3 (operator C) owes the user too, so "claim all" is one claimMany of two claims.
	owedC := big.NewInt(50_000_000_000_000_000) // 0.05 DOTS
	w.anchorBatch(opC, records(opCA, 1, 2), map[common.Address]*big.Int{userA: owedC}, nil)
	if err := anvil.IncreaseTime(ctx, client.Client(), 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	// Batch 4 (operator A) owes the user more; it is pending when the page loads, and the
	// browser script makes it final (by moving anvil's clock) after the page built its claim
	// from batch 1, so the page claims batch 1's amount, then the rest with batch 4's proof.
	owed3 := big.NewInt(200_000_000_000_000_000) // 0.2 DOTS in all
	w.anchorBatch(opA, records(opAA, 1201, 5), map[common.Address]*big.Int{userA: owed3, opAA: big.NewInt(100_000_000_000_000_000)}, nil)

	// CDR files as the oracle's /v1/cdrs gives them: one true, one with another callee.
	dir := t.TempDir()
	cdrFile := func(name string, r cdr.Record) string {
		b, _ := json.Marshal(map[string]any{"cdr": r, "chainBatchId": 1})
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	goodCDR := cdrFile("good.json", good[2])
	bad := good[2]
	bad.Callee = "+14155550999"
	badCDR := cdrFile("tampered.json", bad)

	// Operator B's SIP node, where the page sets the ported number's SIP password; the
	// page's configuration names it.
	sipNode, sipPort := startSIPNode(t, ctx, node.URL(), dep.NumberRegistry, opBA, dir)
	pageCfg := web.ConfigFor(dep, node.URL(), ipfs.GatewayURL())
	pageCfg.SIPNodes = map[common.Address]string{opBA: "http://" + sipNode}
	ix, err := indexer.Open(ctx, indexer.Options{RPC: node.URL(), Deployment: dep, DB: filepath.Join(dir, "idx.db"), IPFS: ipfs.APIURL(),
		FinalityDepth: 1, Page: web.Handler(pageCfg)})
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

	if res, err := http.Get("http://" + ln.Addr().String() + "/v1/rewards/" + userA.Hex()); err == nil {
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		t.Logf("rewards: %s", b)
	}
	before := w.balance(userA)
	shots := filepath.Join("test", "screenshots")
	os.MkdirAll(shots, 0o755)
	cmd := exec.CommandContext(ctx, "node", "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", filepath.Join("test", "browser.mjs"))
	cmd.Env = append(os.Environ(),
		"PAGE_URL=http://"+ln.Addr().String()+"/", "FIRST_CLAIMABLE=0.1734 DOTS", "RETRIED_CLAIM=0.0766 DOTS", "RPC_URL="+node.URL(), "ACCOUNT="+userA.Hex(),
		fmt.Sprintf("CHAIN_ID=%d", dep.ChainID), "PORT_OPERATOR="+opBA.Hex(), "ROUTE_OPERATOR="+opCA.Hex(), "TRANSFER_TO="+opCA.Hex(), "GOOD_BATCH=1", "BAD_BATCH=2",
		"GOOD_CDR="+goodCDR, "BAD_CDR="+badCDR, "SIP_NODE_URL=http://"+sipNode, "SIP_PASSWORD="+sipPassword, "SHOTS="+shots, "CHROMIUM="+chromium)
	out, err := cmd.CombinedOutput()
	t.Logf("browser:\n%s", out)
	if err != nil {
		t.Fatalf("browser test: %v", err)
	}

	// What the page did, read from the chain: the claim paid exactly what was owed (the
	// number's deposit went to the registry), the number is the user's and was ported.
	// The released number's deposit came back.
	want := new(big.Int).Add(before, new(big.Int).Add(owed3, owedC))
	if got := w.balance(userA); got.Cmp(want) != 0 {
		t.Errorf("user's DOTS after the page: %s, want %s (before %s + claimable %s + %s - deposit %s + refund %s)", got, want, before, owed3, owedC, deposit, deposit)
	}
	if o, _ := reg.UnpackOwnerOf(w.call(dep.NumberRegistry, reg.PackOwnerOf("+442079460101"))); o != opCA {
		t.Errorf("+442079460101 is owned by %s after the transfer, want %s", o, opCA)
	}
	if o, _ := reg.UnpackOwnerOf(w.call(dep.NumberRegistry, reg.PackOwnerOf("+442079460102"))); o != (common.Address{}) {
		t.Errorf("+442079460102 is owned by %s after the release, want nobody", o)
	}
	if c, _ := anc.UnpackClaimed(w.call(dep.CDRAnchor, anc.PackClaimed(opCA, userA))); c == nil || c.Cmp(owedC) != 0 {
		t.Errorf("claimed from operator C: %v, want %s", c, owedC)
	}
	claimed, _ := anc.UnpackClaimed(w.call(dep.CDRAnchor, anc.PackClaimed(opAA, userA)))
	if claimed == nil || claimed.Cmp(owed3) != 0 {
		t.Errorf("claimed on chain: %v, want %s (batch 4's amount: the page retried with the new root)", claimed, owed3)
	}
	owner, _ := reg.UnpackOwnerOf(w.call(dep.NumberRegistry, reg.PackOwnerOf("+442079460100")))
	if owner != userA {
		t.Errorf("+442079460100 is owned by %s, want %s", owner, userA)
	}
	route, _ := reg.UnpackRouteOf(w.call(dep.NumberRegistry, reg.PackRouteOf("+442079460100")))
	if route.Operator != opBA || route.SipUri != "sip:+442079460100@b.example" {
		t.Errorf("route after the port: %+v", route)
	}
	// Blocked, then unblocked (by the racing copy; the page's own unblock was mined and reverted).
	blocked, _ := reg.UnpackIsBlocked(w.call(dep.NumberRegistry, reg.PackIsBlocked("+442079460100", crypto.Keccak256Hash([]byte("+14155550123")))))
	if blocked {
		t.Errorf("+14155550123 is still blocked by +442079460100")
	}
	if i := strings.Index(string(out), "reverted-tx: "); i < 0 {
		t.Errorf("the browser script printed no reverted transaction")
	} else if rc, err := client.TransactionReceipt(ctx, common.HexToHash(string(out[i+13:i+13+66]))); err != nil || rc.Status != 0 {
		t.Errorf("the page's reverted unblock: receipt %+v, %v; want a mined transaction with status 0", rc, err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if exp, _ := reg.UnpackExpiresOf(w.call(dep.NumberRegistry, reg.PackExpiresOf("+442079460100"))); exp <= head.Time+365*86400 {
		t.Errorf("expiry %d is not past a term from now (%d): the renewal did not happen", exp, head.Time)
	}
	if f, _ := reg.UnpackFeaturesOf(w.call(dep.NumberRegistry, reg.PackFeaturesOf("+442079460100"))); f != 3 {
		t.Errorf("features %d, want 3 (Voice, SMS)", f)
	}
	cnam, _ := reg.UnpackCnamOf(w.call(dep.NumberRegistry, reg.PackCnamOf("+442079460100")))
	if cnam != "ALICE" {
		t.Errorf("CNAM %q, want ALICE", cnam)
	}
	// The SIP node accepted the credential the page signed: an ordinary digest REGISTER
	// with the password typed in the page succeeds, and the contact is registered.
	sippRegister(t, ctx, dir, sipPort, "+442079460100", sipPassword)
	res, err := http.Get("http://" + sipNode + "/v1/registrations/+442079460100")
	if err != nil {
		t.Fatal(err)
	}
	var regs snode.Registrations
	json.NewDecoder(res.Body).Decode(&regs)
	res.Body.Close()
	if len(regs.Contacts) != 1 {
		t.Errorf("registrations of +442079460100 on operator B's node: %+v, want one contact", regs)
	}
	if !strings.Contains(string(out), "\nok\n") {
		t.Errorf("the browser script did not finish")
	}
}

const sipPassword = "correct horse battery"

// noCalls is the SIP node's CDR sink; the test makes no calls.
type noCalls struct{}

func (noCalls) Insert(context.Context, []cdrs.CDR) error { return nil }

// lockedBuffer is the SIP node's log.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// startSIPNode runs operator op's SIP node (sip/node) until the test ends and returns its
// HTTP and UDP addresses.
func startSIPNode(t *testing.T, ctx context.Context, rpc string, registry, op common.Address, dir string) (httpAddr, udpAddr string) {
	t.Helper()
	cfg := snode.Config{Operator: op, RPC: rpc, NumberRegistry: registry, DB: filepath.Join(dir, "sip.db"),
		UDP: "127.0.0.1:0", HTTP: "127.0.0.1:0", Realm: "dots.browser", MinExpires: 1,
		PollInterval: snode.Duration{Duration: 200 * time.Millisecond}}
	logs := &lockedBuffer{}
	nctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	readyc := make(chan snode.Ready, 1)
	go func() {
		done <- snode.Run(nctx, cfg, noCalls{}, slog.New(slog.NewTextHandler(logs, nil)), func(r snode.Ready) { readyc <- r })
	}()
	var rd snode.Ready
	select {
	case rd = <-readyc:
	case err := <-done:
		cancel()
		t.Fatalf("SIP node: %v\n%s", err, logs.b.String())
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("SIP node: %v", err)
		}
		if t.Failed() {
			t.Logf("SIP node log:\n%s", logs.b.String())
		}
	})
	return rd.HTTP, rd.UDP
}

// sippRegister registers user on the node at udpAddr with a digest REGISTER (sipp).
func sippRegister(t *testing.T, ctx context.Context, dir, udpAddr, user, password string) {
	t.Helper()
	c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := c.LocalAddr().(*net.UDPAddr).Port
	c.Close()
	reg := sipptest.Register{User: user, Contact: fmt.Sprintf("127.0.0.1:%d", port), Expires: 600}
	p, err := sipptest.Write(dir, "reg", reg.XML())
	if err != nil {
		t.Fatal(err)
	}
	if out, err := sipptest.Run(ctx, dir, udpAddr, "-sf", p, "-i", "127.0.0.1", "-p", fmt.Sprint(port), "-m", "1",
		"-timeout", "15s", "-timeout_error", "-nostdin", "-au", user, "-ap", password); err != nil {
		t.Fatalf("digest REGISTER of %s with the password set in the page: %v\n%s", user, err, out)
	}
}
