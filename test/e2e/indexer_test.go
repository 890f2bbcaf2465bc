package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jmoiron/sqlx"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/indexer"
	"github.com/dotsnet/dots/ipfsnode"
	"github.com/dotsnet/dots/pgtest"
)

var ixEther = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func ixTokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ixEther) }

// ixDevnet is an anvil with DOTS deployed.
type ixDevnet struct {
	t      testing.TB
	node   *anvil.Instance
	client *ethclient.Client
	rpc    *rpc.Client
	dep    *deploy.Deployment
	keys   []*ecdsa.PrivateKey
	send   map[common.Address]*deploy.Sender
}

func ixStartDevnet(t testing.TB, port int) *ixDevnet {
	t.Helper()
	ctx := context.Background()
	keys := anvil.DefaultKeys()
	var genesis []deploy.Allocation
	for _, k := range keys[:4] {
		genesis = append(genesis, deploy.Allocation{Holder: anvil.Address(k), Amount: ixTokens(1_000_000)})
	}
	node, client, dep := anviltest.Deployed(t, ctx, anvil.Options{Port: port}, deploy.Config{Genesis: genesis})
	d := &ixDevnet{t: t, node: node, client: client, rpc: client.Client(), dep: dep, keys: keys, send: map[common.Address]*deploy.Sender{}}
	return d
}

func (d *ixDevnet) tx(k *ecdsa.PrivateKey, what string, to common.Address, data []byte) {
	d.t.Helper()
	ctx := context.Background()
	from := anvil.Address(k)
	s := d.send[from]
	if s == nil {
		var err error
		s, err = deploy.NewSender(ctx, d.client, k, new(big.Int).SetUint64(d.dep.ChainID), nil)
		if err != nil {
			d.t.Fatal(err)
		}
		d.send[from] = s
	}
	if _, err := s.Send(ctx, what, to, data); err != nil {
		d.t.Fatalf("%s: %v", what, err)
	}
}

func (d *ixDevnet) open(t testing.TB, dbPath, ipfsURL string) *indexer.Indexer {
	t.Helper()
	ix, err := indexer.Open(context.Background(), indexer.Options{RPC: d.node.URL(), Deployment: d.dep, DB: dbPath, IPFS: ipfsURL, FinalityDepth: 5, MaxSpan: 500})
	if err != nil {
		t.Fatalf("opening indexer: %v", err)
	}
	return ix
}

func ixSync(t testing.TB, ix *indexer.Indexer) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := ix.Follower.SyncToHead(ctx); err != nil {
		t.Fatalf("syncing: %v", err)
	}
}

func ixDump(t *testing.T, ix *indexer.Indexer) map[string][]string {
	t.Helper()
	m, err := ix.DB.Dump(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// freshDump indexes the chain as it is into a new database and dumps it.
func ixFreshDump(t *testing.T, d *ixDevnet) map[string][]string {
	t.Helper()
	ix := d.open(t, filepath.Join(t.TempDir(), "fresh.db"), "")
	defer ix.Close()
	ixSync(t, ix)
	return ixDump(t, ix)
}

func ixSameDump(t *testing.T, got, want map[string][]string, what string) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	for tb, rows := range want {
		if !reflect.DeepEqual(rows, got[tb]) {
			t.Errorf("%s: table %s differs: %d rows vs %d in a fresh index", what, tb, len(got[tb]), len(rows))
		}
	}
	t.FailNow()
}

func ixGet(t *testing.T, srv http.Handler, path string) (int, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	var m map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
		t.Fatalf("GET %s: %d %q is not JSON: %v", path, rec.Code, rec.Body.String(), err)
	}
	return rec.Code, m
}

func ixData(t *testing.T, srv http.Handler, path string) map[string]any {
	t.Helper()
	code, m := ixGet(t, srv, path)
	if code != 200 {
		t.Fatalf("GET %s: %d %v", path, code, m)
	}
	if _, ok := m["head"]; !ok {
		t.Fatalf("GET %s: no head in %v", path, m)
	}
	d, _ := m["data"].(map[string]any)
	if d == nil {
		t.Fatalf("GET %s: data is not an object: %v", path, m)
	}
	return d
}

func ixRecords(op common.Address, n int) []cdr.Record {
	var rs []cdr.Record
	base := uint64(1_763_000_000)
	for i := range n {
		rs = append(rs, cdr.Record{
			Operator: op, Seq: uint64(i + 1), CallID: crypto.Keccak256Hash([]byte(fmt.Sprint("call", i))),
			Caller: "+4930123456", Callee: fmt.Sprintf("+4930999%03d", i), Salt: crypto.Keccak256Hash([]byte(fmt.Sprint("salt", i))),
			SetupTime: base, AnswerTime: base + 2, EndTime: base + 62, BillableSeconds: 60, SIPStatus: 200, Q850Cause: 16,
			OrigOperator: op, TermOperator: op, Side: cdr.SideOriginating,
		})
	}
	return rs
}

// TestIndexerOnAnvil drives every contract that emits events the API serves, then checks
// the API answers, reorgs of depth 1, 3 and 10 against fresh indexes, and a new genesis.
func TestIndexerOnAnvil(t *testing.T) {
	ctx := context.Background()
	d := ixStartDevnet(t, 0)
	owner, op, buyer := d.keys[1], d.keys[2], d.keys[3]
	ownerA, opA := anvil.Address(owner), anvil.Address(op)

	ipfs, err := ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatalf("starting IPFS node: %v", err)
	}
	defer ipfs.Close()

	tok, reg, anc, rx := rewardtoken.NewRewardToken(), numberregistry.NewNumberRegistry(), cdranchor.NewCDRAnchor(), rateexchange.NewRateExchange()
	max := new(big.Int).Lsh(big.NewInt(1), 255)
	for _, k := range []*ecdsa.PrivateKey{owner, op} {
		d.tx(k, "approve registry", d.dep.RewardToken, tok.PackApprove(d.dep.NumberRegistry, max))
		d.tx(k, "approve anchor", d.dep.RewardToken, tok.PackApprove(d.dep.CDRAnchor, max))
	}
	// A number: commit, wait, claim, records, transfer.
	const e164 = "+4930123456"
	secret := crypto.Keccak256Hash([]byte("secret"))
	var commitment [32]byte
	out, err := d.client.CallContract(ctx, ethereum.CallMsg{To: &d.dep.NumberRegistry, Data: reg.PackMakeCommitment(e164, ownerA, secret)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	copy(commitment[:], out)
	d.tx(owner, "commit", d.dep.NumberRegistry, reg.PackCommit(commitment))
	if err := anvil.IncreaseTime(ctx, d.rpc, 2*time.Minute); err != nil {
		t.Fatal(err)
	}
	d.tx(owner, "claim", d.dep.NumberRegistry, reg.PackClaim(e164, secret))
	ixRoute(t, d, owner, e164, op, "sip:+4930123456@op.example")
	d.tx(owner, "cnam", d.dep.NumberRegistry, reg.PackSetCnam(e164, "ALICE"))
	d.tx(owner, "features", d.dep.NumberRegistry, reg.PackSetFeatures(e164, 3))
	d.tx(owner, "transfer", d.dep.NumberRegistry, reg.PackTransfer(e164, anvil.Address(buyer)))

	// An operator and a batch whose document is on IPFS.
	d.tx(op, "register", d.dep.CDRAnchor, anc.PackRegisterOperator(ixTokens(1000), opA, "op.example"))
	doc, err := cdr.NewBatchDocument(d.dep.ChainID, time.Unix(1_763_000_100, 0), ixRecords(opA, 5))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := doc.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	c, err := ipfs.Add(ctx, bytes.NewReader(raw), ipfsnode.DefaultAddOptions())
	if err != nil {
		t.Fatal(err)
	}
	rdoc, err := cdr.NewRewardsDocument(opA, d.dep.ChainID, 5, time.Unix(1_763_000_100, 0), map[common.Address]*big.Int{ownerA: big.NewInt(1000), opA: big.NewInt(2000)})
	if err != nil {
		t.Fatal(err)
	}
	rraw, _ := rdoc.MarshalJSON()
	rc, err := ipfs.Add(ctx, bytes.NewReader(rraw), ipfsnode.DefaultAddOptions())
	if err != nil {
		t.Fatal(err)
	}
	d.tx(op, "anchor", d.dep.CDRAnchor, anc.PackAnchor(doc.Root(), c.Bytes(), 5, 300, 1, 5, rdoc.Root(), rdoc.TotalAmount))
	// A rate deck.
	hdr, err := d.client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	now := hdr.Time + 60
	d.tx(op, "publish", d.dep.RateExchange, rx.PackPublish([]rateexchange.RateExchangeRateInput{
		{Prefix: "49", RatePerMinute: big.NewInt(600), ConnectFee: big.NewInt(5), InitialIncrement: 60, SubsequentIncrement: 60, EffectiveTime: now},
		{Prefix: "4930", RatePerMinute: big.NewInt(120), ConnectFee: big.NewInt(0), InitialIncrement: 30, SubsequentIncrement: 6, EffectiveTime: now},
	}))

	ix := d.open(t, filepath.Join(t.TempDir(), "idx.db"), ipfs.APIURL())
	defer ix.Close()
	ixSync(t, ix)
	srv := ix.API

	// Every decoded event row matches a raw log, and the contracts' events landed.
	var raw1, decoded int
	ix.DB.W.Get(&raw1, `SELECT count(*) FROM logs`)
	for _, tb := range ix.DB.Tables() {
		if strings.HasPrefix(tb, "ev_") {
			var n int
			ix.DB.W.Get(&n, `SELECT count(*) FROM `+tb)
			decoded += n
		}
	}
	if raw1 == 0 || decoded != raw1 {
		t.Fatalf("%d raw logs, %d decoded rows", raw1, decoded)
	}

	num := ixData(t, srv, "/v1/numbers/"+strings.ReplaceAll(e164, "+", "%2B"))
	if num["owner"] != strings.ToLower(anvil.Address(buyer).Hex()) || num["cnam"] != "ALICE" || num["features"] != float64(3) {
		t.Fatalf("number: %v", num)
	}
	if rt, _ := num["route"].(map[string]any); rt == nil || rt["operator"] != strings.ToLower(opA.Hex()) {
		t.Fatalf("number route: %v", num["route"])
	}
	if num["confirmations"].(float64) < 1 {
		t.Fatalf("number confirmations: %v", num)
	}
	_, hist := ixGet(t, srv, "/v1/numbers/%2B4930123456/history?limit=1")
	if rows, _ := hist["data"].([]any); len(rows) != 1 || hist["next"] == nil {
		t.Fatalf("history page: %v", hist)
	}
	_, hist2 := ixGet(t, srv, "/v1/numbers/%2B4930123456/history?limit=10&after="+hist["next"].(string))
	if rows, _ := hist2["data"].([]any); len(rows) != 1 || rows[0].(map[string]any)["event"] != "NumberTransferred" {
		t.Fatalf("history second page: %v", hist2)
	}

	opd := ixData(t, srv, "/v1/operators/"+opA.Hex())
	if opd["status"] != "active" || opd["batchCount"] != float64(1) || opd["bond"] == nil {
		t.Fatalf("operator: %v", opd)
	}
	b := ixData(t, srv, "/v1/batches/1")
	if b["cid"] != c.String() || b["state"] != "pending" || b["cdrCount"] != float64(5) {
		t.Fatalf("batch: %v", b)
	}
	pr := ixData(t, srv, "/v1/batches/1/proof?seq=3")
	var proof []common.Hash
	pb, _ := json.Marshal(pr["proof"])
	json.Unmarshal(pb, &proof)
	leaf := common.HexToHash(pr["leaf"].(string))
	if !cdr.VerifyProof(doc.Root(), leaf, proof) || leaf != doc.Tree.Leaf(2) {
		t.Fatalf("proof does not verify: %v", pr)
	}
	// The batch is pending: its rewards are not claimable yet.
	rw := ixData(t, srv, "/v1/rewards/"+ownerA.Hex()+"?doc="+rc.String())
	if cl := rw["claimable"].([]any)[0].(map[string]any); cl["error"] == nil {
		t.Fatalf("rewards of a pending batch offered: %v", cl)
	}
	if err := anvil.IncreaseTime(ctx, d.rpc, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	ixSync(t, ix)
	if b := ixData(t, srv, "/v1/batches/1"); b["state"] != "final" {
		t.Fatalf("batch after the window: %v", b["state"])
	}
	rw = ixData(t, srv, "/v1/rewards/"+ownerA.Hex()+"?doc="+rc.String())
	cl := rw["claimable"].([]any)[0].(map[string]any)
	if cl["claimable"] != "1000" || cl["proof"] == nil {
		t.Fatalf("rewards: %v", cl)
	}
	pb, _ = json.Marshal(cl["proof"])
	var rhashes []common.Hash
	if err := json.Unmarshal(pb, &rhashes); err != nil || len(rhashes) == 0 {
		t.Fatalf("reward proof %s: %v", pb, err)
	}
	rproof := make([][32]byte, len(rhashes))
	for i, h := range rhashes {
		rproof[i] = h
	}
	d.tx(owner, "claim reward", d.dep.CDRAnchor, anc.PackClaim(opA, big.NewInt(1), ownerA, big.NewInt(1000), rproof))
	ixSync(t, ix)
	rw = ixData(t, srv, "/v1/rewards/"+ownerA.Hex()+"?doc="+rc.String())
	if cl := rw["claimable"].([]any)[0].(map[string]any); cl["claimable"] != "0" || cl["claimed"] != "1000" {
		t.Fatalf("rewards after the claim: %v", cl)
	}

	q := ixData(t, srv, "/v1/rates/"+opA.Hex()+"/quote?destination=%2B4930555&seconds=61")
	// 4930: 30/6 at 120/min: billed 30+ceil(31/6)*6 = 66 s -> ceil(66*120/60) = 132.
	if q["prefix"] != "4930" || q["cost"] != "132" {
		t.Fatalf("quote: %v", q)
	}
	rates := ixData(t, srv, "/v1/rates/"+opA.Hex())
	if len(rates["entries"].([]any)) != 2 {
		t.Fatalf("rates: %v", rates)
	}
	for _, p := range []string{"/v1/numbers/123", "/v1/operators/0x12", "/v1/batches/x", "/v1/batches/1/proof?seq=99",
		"/v1/rates/" + opA.Hex() + "/quote?destination=abc&seconds=1", "/v1/batches?limit=0", "/v1/rewards/" + ownerA.Hex() + "?doc=notacid"} {
		if code, m := ixGet(t, srv, p); code != 400 || m["error"] == nil {
			t.Errorf("GET %s: %d %v, want 400 with a reason", p, code, m)
		}
	}
	chainHead, err := d.client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if code, h := ixGet(t, srv, "/healthz"); code != 200 || h["head"] != float64(chainHead) || h["indexedHead"] != float64(chainHead) || h["lag"] != float64(0) {
		t.Fatalf("healthz with chain head %d: %d %v", chainHead, code, h)
	}
	metrics := ixMetrics(t, srv)
	for _, want := range []string{fmt.Sprintf("dots_indexer_indexed_head %d\n", chainHead), `dots_indexer_http_seconds_count{code="400",route="GET /v1/batches"} 1`,
		`dots_indexer_http_seconds_count{code="200",route="GET /v1/numbers/{e164}"}`, "go_goroutines "} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics has no %q", want)
		}
	}

	// The same chain indexed into PostgreSQL: the same rows and the same answers, and through
	// the reorgs below the same rows again.
	pg := pgtest.Start(t)
	pix := d.open(t, pg.NewDB(t), ipfs.APIURL())
	defer pix.Close()
	ixSync(t, pix)
	ixSameDump(t, ixDump(t, pix), ixDump(t, ix), "PostgreSQL against SQLite")
	for _, p := range []string{"/v1/numbers/%2B4930123456", "/v1/numbers/%2B4930123456/history", "/v1/operators/" + opA.Hex(),
		"/v1/operators/" + opA.Hex() + "/batches", "/v1/batches", "/v1/batches/1", "/v1/batches/1/proof?seq=3",
		"/v1/rewards/" + ownerA.Hex() + "?doc=" + rc.String(), "/v1/rates/" + opA.Hex(), "/v1/rates/" + opA.Hex() + "/quote?destination=4930555&seconds=61",
		"/v1/disputes", "/v1/numbers/123"} {
		c1, m1 := ixGet(t, srv, p)
		c2, m2 := ixGet(t, pix.API, p)
		if c1 != c2 || !reflect.DeepEqual(m1, m2) {
			t.Errorf("GET %s: SQLite %d %v, PostgreSQL %d %v", p, c1, m1, c2, m2)
		}
	}

	// Reorgs of depth 1, 3 and 10 leave the index equal to a fresh index.
	for i, depth := range []uint64{1, 3, 10} {
		for j := range 12 {
			d.tx(buyer, "cnam", d.dep.NumberRegistry, reg.PackSetCnam(e164, fmt.Sprintf("R%dX%d", i, j)))
		}
		ixSync(t, ix)
		var before, after int
		ix.DB.W.Get(&before, `SELECT count(*) FROM ev_numberregistry_cnam_set`)
		if err := anvil.Reorg(ctx, d.rpc, depth); err != nil {
			t.Fatal(err)
		}
		// The reorg dropped transactions: senders read their nonces again.
		d.send = map[common.Address]*deploy.Sender{}
		ixSync(t, ix)
		ix.DB.W.Get(&after, `SELECT count(*) FROM ev_numberregistry_cnam_set`)
		if after != before-int(depth) {
			t.Fatalf("reorg depth %d: %d CNAM rows before, %d after", depth, before, after)
		}
		ixSameDump(t, ixDump(t, ix), ixFreshDump(t, d), fmt.Sprintf("reorg depth %d", depth))
		ixSync(t, pix)
		ixSameDump(t, ixDump(t, pix), ixDump(t, ix), fmt.Sprintf("reorg depth %d on PostgreSQL", depth))
	}
	if m := ixMetrics(t, srv); !strings.Contains(m, "dots_indexer_reorgs_total 3\n") {
		t.Errorf("/metrics does not count 3 reorgs:\n%s", m)
	}
}

// ixMetrics is the text of GET /metrics.
func ixMetrics(t *testing.T, srv http.Handler) string {
	t.Helper()
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("/metrics: %d %s", rec.Code, rec.Body.String())
	}
	return rec.Body.String()
}

// TestIndexerChild runs a follower in a child process for TestIndexerKillAndNewGenesis.
func TestIndexerChild(t *testing.T) {
	rpcURL, dbPath, depPath := os.Getenv("DOTS_IX_CHILD_RPC"), os.Getenv("DOTS_IX_CHILD_DB"), os.Getenv("DOTS_IX_CHILD_DEP")
	if rpcURL == "" {
		t.Skip("only run as TestIndexerKillAndNewGenesis's child")
	}
	dep, err := deploy.Load(depPath)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := indexer.Open(context.Background(), indexer.Options{RPC: rpcURL, Deployment: dep, DB: dbPath, MaxSpan: 4})
	if err != nil {
		t.Fatal(err)
	}
	ix.Follower.Run(context.Background()) // until killed
}

// TestIndexerKillAndNewGenesis kills a backfilling indexer with SIGKILL, restarts it on the
// same database and checks it equals a fresh index; then replaces anvil by a new one (new
// genesis) behind the same URL and checks the index starts over.
func TestIndexerKillAndNewGenesis(t *testing.T) {
	ctx := context.Background()
	d := ixStartDevnet(t, 0)
	reg := numberregistry.NewNumberRegistry()
	// Some events spread over a few thousand blocks.
	for i := range 10 {
		secret := crypto.Keccak256Hash([]byte(fmt.Sprint("s", i)))
		out, err := d.client.CallContract(ctx, ethereum.CallMsg{To: &d.dep.NumberRegistry, Data: reg.PackMakeCommitment(fmt.Sprint("+4930", i), anvil.Address(d.keys[1]), secret)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var c [32]byte
		copy(c[:], out)
		d.tx(d.keys[1], "commit", d.dep.NumberRegistry, reg.PackCommit(c))
		if err := anvil.Mine(ctx, d.rpc, 300); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	depPath, dbPath := filepath.Join(dir, "deployment.json"), filepath.Join(dir, "idx.db")
	if err := d.dep.Save(depPath); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestIndexerChild$", "-test.v")
	cmd.Env = append(os.Environ(), "DOTS_IX_CHILD_RPC="+d.node.URL(), "DOTS_IX_CHILD_DB="+dbPath, "DOTS_IX_CHILD_DEP="+depPath)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	head, _ := d.client.BlockNumber(ctx)
	// Kill it mid-backfill.
	deadline := time.Now().Add(60 * time.Second)
	var next uint64
	for {
		next = readNext(dbPath)
		if next > d.dep.StartBlock+200 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("child made no progress: %s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if next >= head {
		t.Fatalf("the child finished (%d of %d) before it was killed", next, head)
	}
	ix := d.open(t, dbPath, "")
	defer ix.Close()
	if st := ix.Follower.Status(); !st.HasIndexed || st.Indexed+1 < next {
		t.Fatalf("restart resumed at %d, the child had reached %d", st.Indexed, next)
	}
	ixSync(t, ix)
	ixSameDump(t, ixDump(t, ix), ixFreshDump(t, d), "after kill -9 and restart")

	// A new anvil (new genesis) behind the same URL, with the same deployment replayed.
	port := d.node.Port()
	oldGenesis := ix.Follower.Status().Genesis
	d.node.Stop()
	d2 := ixStartDevnet(t, port)
	if d2.dep.CDRAnchor != d.dep.CDRAnchor || d2.dep.StartBlock != d.dep.StartBlock {
		t.Fatalf("redeployment differs: %+v vs %+v", d2.dep, d.dep)
	}
	ixSync(t, ix)
	st := ix.Follower.Status()
	if st.Genesis == oldGenesis {
		t.Fatal("a new genesis went unnoticed")
	}
	var commits int
	ix.DB.W.Get(&commits, `SELECT count(*) FROM ev_numberregistry_number_committed`)
	if commits != 0 {
		t.Fatalf("%d commitments of the old chain survived the new genesis", commits)
	}
	ixSameDump(t, ixDump(t, ix), ixFreshDump(t, d2), "after a new genesis")
}

// readNext reads the cursor of a database another process writes (0 when unreadable).
func readNext(path string) uint64 {
	db, err := sqlx.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=1000")
	if err != nil {
		return 0
	}
	defer db.Close()
	var v string
	if db.Get(&v, `SELECT value FROM meta WHERE key='next_block'`) != nil {
		return 0
	}
	n, _ := strconv.ParseUint(v, 10, 64)
	return n
}
