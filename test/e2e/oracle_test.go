// Package e2e runs DOTS's parts together: a real anvil, the real contracts, DOTS's IPFS
// node and the oracle.
package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/mattn/go-sqlite3"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/deploy"
	"github.com/dotsnet/dots/ipfsnode"
	"github.com/dotsnet/dots/oracle"
	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/oracle/server"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/oracle/verify"
	"github.com/dotsnet/dots/pgtest"
)

var oEther = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func oTokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oEther) }

// net is a devnet: anvil with the contracts deployed, a bonded operator, an IPFS node.
type oracleNet struct {
	an               *anvil.Instance
	ec               *ethclient.Client
	d                *deploy.Deployment
	admin, op, user  *ecdsa.PrivateKey
	opAddr, userAddr common.Address
	ipfsNode         *ipfsnode.Node
	ipfsURL          string
}

func oSend(t testing.TB, ctx context.Context, n *oracleNet, key *ecdsa.PrivateKey, what string, to common.Address, data []byte) {
	t.Helper()
	s, err := deploy.NewSender(ctx, n.ec, key, big.NewInt(int64(n.d.ChainID)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Send(ctx, what, to, data); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func startOracleNet(t *testing.T, ctx context.Context, numbers ...string) *oracleNet {
	return startOracleNetTB(t, ctx, numbers...)
}

func startOracleNetTB(t testing.TB, ctx context.Context, numbers ...string) *oracleNet {
	t.Helper()
	keys := anvil.DefaultKeys()
	an, ec, d := anviltest.Deployed(t, ctx, anvil.Options{}, deploy.Config{Genesis: []deploy.Allocation{{Holder: anvil.Address(keys[1]), Amount: oTokens(10000)}}})
	n := &oracleNet{an: an, ec: ec, d: d, admin: keys[0], op: keys[1], user: keys[2], opAddr: anvil.Address(keys[1]), userAddr: anvil.Address(keys[2])}
	anchor, token, reg := cdranchor.NewCDRAnchor(), rewardtoken.NewRewardToken(), numberregistry.NewNumberRegistry()
	oSend(t, ctx, n, n.admin, "challenge window 1s", n.d.CDRAnchor, anchor.PackSetChallengeWindow(1))
	// The user holds no DOTS: numbers without a deposit here (a deployment's default is 50 DOTS).
	oSend(t, ctx, n, n.admin, "no number deposit", n.d.NumberRegistry, reg.PackSetParameters(60, 86400, 365*86400, 30*86400, 7*86400, big.NewInt(0)))
	oSend(t, ctx, n, n.op, "approve bond", n.d.RewardToken, token.PackApprove(n.d.CDRAnchor, oTokens(1000)))
	oSend(t, ctx, n, n.op, "register operator", n.d.CDRAnchor, anchor.PackRegisterOperator(oTokens(1000), n.opAddr, "e2e operator"))
	// The user claims numbers by commit-reveal.
	secret := [32]byte{7}
	for _, num := range numbers {
		c, err := bind.Call(reg.Instance(ec, n.d.NumberRegistry), nil, reg.PackMakeCommitment(num, n.userAddr, secret), reg.UnpackMakeCommitment)
		if err != nil {
			t.Fatal(err)
		}
		oSend(t, ctx, n, n.user, "commit "+num, n.d.NumberRegistry, reg.PackCommit(c))
	}
	rc := ec.Client()
	if err := anvil.IncreaseTime(ctx, rc, 61*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := anvil.Mine(ctx, rc, 1); err != nil {
		t.Fatal(err)
	}
	for _, num := range numbers {
		oSend(t, ctx, n, n.user, "claim "+num, n.d.NumberRegistry, reg.PackClaim(num, secret))
	}
	var err error
	n.ipfsNode, err = ipfsnode.Open(ctx, ipfsnode.Config{RepoDir: t.TempDir(), APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatalf("starting IPFS node: %v", err)
	}
	t.Cleanup(func() { n.ipfsNode.Close() })
	n.ipfsURL = n.ipfsNode.APIURL()
	return n
}

func (n *oracleNet) oracleConfig(dir string) oracle.Config {
	return oracle.Config{
		DB: filepath.Join(dir, "oracle.db"), Listen: "127.0.0.1:0", RPC: n.an.URL(), IPFS: n.ipfsURL,
		Key: fmt.Sprintf("%x", crypto.FromECDSA(n.op)), CDRAnchor: n.d.CDRAnchor, NumberRegistry: n.d.NumberRegistry,
		RateExchange: n.d.RateExchange, StartBlock: n.d.StartBlock, BatchSize: 4, BatchAge: oracle.Duration{Duration: 500 * time.Millisecond},
		Interval: oracle.Duration{Duration: 100 * time.Millisecond}, BumpAfter: oracle.Duration{Duration: 5 * time.Second},
		Sources: []server.Source{
			{Name: "fs1", Password: "s3cret", Formats: []string{"freeswitch"}, Options: e164Plan},
			{Name: "pbx", Token: "tok-pbx", Options: e164Plan},
			{Name: "kam", Token: "tok-kam", Formats: []string{"kamailio"}, Options: ingest.Options{
				Numbering: &ingest.NumberingPlan{CountryCode: 1, NationalPrefix: "1", National: true,
					Extensions: []ingest.ExtensionRange{{From: "1000", To: "1999", E164Prefix: "+1415555"}}}}},
		},
		AuditorTokens: []string{"audit"},
	}
}

// e164Plan is the numbering plan of the fixtures' numbers: E.164 with or without "+", or
// after "00".
var e164Plan = ingest.Options{Numbering: &ingest.NumberingPlan{InternationalPrefix: "00", E164WithoutPlus: true}}

func oFixture(t testing.TB, name string) []byte {
	b, err := os.ReadFile(filepath.Join("..", "..", "oracle", "ingest", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func oDo(t testing.TB, method, url, auth string, body []byte, rawAuth ...string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, url, bytes.NewReader(body))
	if len(rawAuth) > 0 {
		req.Header.Set("Authorization", rawAuth[0])
	} else if u, p, ok := strings.Cut(auth, ":"); ok {
		req.SetBasicAuth(u, p)
	} else if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, []byte(err.Error())
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}

// oWaitAnchored waits until every CDR is in a batch and every batch has reached one of states.
func oWaitAnchored(t *testing.T, base string, timeout time.Duration, states ...string) []server.BatchView {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		code, hb := oDo(t, "GET", base+"/healthz", "", nil)
		var h struct{ Unbatched uint64 }
		json.Unmarshal(hb, &h)
		code2, bb := oDo(t, "GET", base+"/v1/batches", "", nil)
		var bs []server.BatchView
		json.Unmarshal(bb, &bs)
		ok := code == 200 && code2 == 200 && h.Unbatched == 0 && len(bs) > 0
		for _, b := range bs {
			in := false
			for _, s := range states {
				in = in || b.State == s
			}
			ok = ok && in
		}
		if ok {
			return bs
		}
		if time.Now().After(deadline) {
			t.Fatalf("batches not %v after %s: health %s batches %s", states, timeout, hb, bb)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestOracleEndToEnd runs the oracle from ingest to claimed rewards on both store engines: a
// SQLite file, and a fresh database on a PostgreSQL server started for the test.
func TestOracleEndToEnd(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testOracleEndToEnd(t, "") })
	t.Run("postgres", func(t *testing.T) { testOracleEndToEnd(t, pgtest.Start(t).NewDB(t)) })
}

// testOracleEndToEnd is TestOracleEndToEnd on the store db (a SQLite file in a temporary
// directory when empty).
func testOracleEndToEnd(t *testing.T, db string) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	const userNumber = "+14155550123"
	n := startOracleNet(t, ctx, userNumber)

	// The operator's rate deck on RateExchange: calls to +1 and, dearer, +1212, from a
	// minute from now (entries cannot start in the past).
	head, err := n.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	rateFrom := head.Time + 60
	rx := rateexchange.NewRateExchange()
	oSend(t, ctx, n, n.op, "publish rates", n.d.RateExchange, rx.PackPublish([]rateexchange.RateExchangeRateInput{
		{Prefix: "1", RatePerMinute: big.NewInt(600_000), ConnectFee: big.NewInt(1_000), InitialIncrement: 60, SubsequentIncrement: 60, EffectiveTime: rateFrom},
		{Prefix: "1212", RatePerMinute: big.NewInt(1_200_000), ConnectFee: big.NewInt(0), InitialIncrement: 30, SubsequentIncrement: 6, EffectiveTime: rateFrom},
	}))
	ratedCDR := fmt.Sprintf(`{"id":"rated-1","callId":"rated-1@pbx","caller":"+4930901820","callee":"+12125550100","setupTime":%d,"answerTime":%d,"endTime":%d,"sipStatus":200}`,
		rateFrom+100, rateFrom+103, rateFrom+103+67)

	cfg := n.oracleConfig(t.TempDir())
	if db != "" {
		cfg.DB = db
	}
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	octx, stop := context.WithCancel(ctx)
	go func() {
		done <- oracle.Run(octx, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), func(a string) { addrc <- a })
	}()
	var base string
	select {
	case a := <-addrc:
		base = "http://" + a
	case err := <-done:
		t.Fatalf("oracle: %v", err)
	}
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("oracle: %v", err)
		}
	}()

	// Every format in.
	posts := []struct{ path, auth, file string }{
		{"/v1/cdrs/freeswitch", "fs1:s3cret", "freeswitch/a_leg.urlencoded"},
		{"/v1/cdrs/freeswitch", "fs1:s3cret", "freeswitch/b_leg.json"},
		{"/v1/cdrs/freeswitch", "fs1:s3cret", "freeswitch/busy.json"},
		{"/v1/cdrs/freeswitch", "fs1:s3cret", "freeswitch/a_leg.base64"}, // duplicate
		{"/v1/cdrs", "tok-pbx", "dots/one.json"},
		{"/v1/cdrs", "tok-pbx", "dots/array.json"},
		{"/v1/cdrs", "tok-pbx", "dots/stream.ndjson"},
		{"/v1/cdrs/kamailio", "tok-kam", "kamailio/default.ndjson"}, // real Kamailio output: 4 calls
		{"/v1/cdrs/asterisk", "tok-pbx", "asterisk/cdr.json"},
		{"/v1/cdrs/asterisk", "tok-pbx", "asterisk/cdr.form"},
		{"/v1/cdrs/opensips", "tok-pbx", "opensips/e_acc_cdr.ndjson"},
		{"/v1/cdrs/opensips", "tok-pbx", "opensips/e_acc_cdr_params.json"},
	}
	stored := 0
	if code, body := oDo(t, "POST", base+"/v1/cdrs", "tok-pbx", []byte(ratedCDR)); code != 200 {
		t.Fatalf("rated CDR: %d %s", code, body)
	} else {
		stored++
	}
	for _, p := range posts {
		code, body := oDo(t, "POST", base+p.path, p.auth, oFixture(t, p.file))
		var r server.IngestResponse
		if code != 200 || json.Unmarshal(body, &r) != nil {
			t.Fatalf("%s: %d %s", p.file, code, body)
		}
		stored += r.Accepted
	}
	if stored != 21 {
		t.Fatalf("%d CDRs stored, want 21", stored)
	}
	oWaitAnchored(t, base, 90*time.Second, "mined", "final")
	// Let the 1 s challenge window pass.
	if err := anvil.IncreaseTime(ctx, n.ec.Client(), 5*time.Second); err != nil {
		t.Fatal(err)
	}
	anvil.Mine(ctx, n.ec.Client(), 1)
	bs := oWaitAnchored(t, base, 30*time.Second, "final")
	var covered uint64
	for _, b := range bs {
		covered += b.CDRCount
	}
	if covered != 21 {
		t.Fatalf("batches cover %d CDRs, want 21", covered)
	}

	// Rating: the new call costs what RateExchange.quote says; the 2023 fixture calls
	// predate the deck and have no rate.
	q, err := bind.Call(rx.Instance(n.ec, n.d.RateExchange), nil, rx.PackQuote(n.opAddr, "+12125550100", rateFrom+103, 67), rx.UnpackQuote)
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); ; {
		_, rb := oDo(t, "GET", base+"/v1/sources/pbx/cdrs/rated-1", "audit", nil)
		_, ob := oDo(t, "GET", base+"/v1/sources/pbx/cdrs/pbx1-000001", "audit", nil)
		var rf, of server.FullCDR
		json.Unmarshal(rb, &rf)
		json.Unmarshal(ob, &of)
		if rf.Cost != nil && of.Cost != nil {
			if rf.Cost.Amount != q.Cost.String() || rf.Cost.Prefix != "1212" || q.Prefix != "1212" || !of.Cost.NoRate {
				t.Fatalf("costs: rated %+v (quote %s under %s), fixture %+v", rf.Cost, q.Cost, q.Prefix, of.Cost)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("CDRs not rated: %s %s", rb, ob)
		}
		time.Sleep(100 * time.Millisecond)
	}

	ip := ipfs.New(n.ipfsURL)
	v := verify.New(n.ec, ip, n.d.CDRAnchor)
	for _, b := range bs {
		rep, _, err := v.Batch(ctx, b.ChainBatchID)
		if err != nil || rep.State != "final" || rep.Root != *b.Root || !rep.CIDRecomputed {
			t.Fatalf("batch %d: %+v %v", b.ChainBatchID, rep, err)
		}
	}
	// An IPFS node that serves other bytes for the CID is caught by the recomputed CID.
	lying := httptest.NewServer(&httputil.ReverseProxy{
		Rewrite: func(r *httputil.ProxyRequest) { r.SetURL(mustParseURL(t, n.ipfsURL)) },
		ModifyResponse: func(res *http.Response) error {
			if !strings.HasSuffix(res.Request.URL.Path, "/cat") {
				return nil
			}
			b, err := io.ReadAll(res.Body)
			res.Body.Close()
			if err != nil {
				return err
			}
			b = bytes.Replace(b, []byte(`"chainId"`), []byte(`"chainID"`), 1)
			res.Body = io.NopCloser(bytes.NewReader(b))
			res.ContentLength = int64(len(b))
			res.Header.Del("Content-Length")
			return nil
		},
	})
	defer lying.Close()
	_, _, err = verify.New(n.ec, ipfs.New(lying.URL), n.d.CDRAnchor).Batch(ctx, bs[0].ChainBatchID)
	if inv := (*verify.Invalid)(nil); !errors.As(err, &inv) || !strings.Contains(inv.Reason, "has CID") {
		t.Fatalf("document altered by the IPFS node: %v, want invalid by CID", err)
	}
	// A party's full CDR verifies; a tampered one does not.
	code, body := oDo(t, "GET", base+"/v1/sources/pbx/cdrs/pbx1-000001", "audit", nil)
	if code != 200 {
		t.Fatalf("full CDR: %d %s", code, body)
	}
	if rep, err := v.CDR(ctx, body); err != nil {
		t.Fatalf("real CDR does not verify: %v (%+v)", err, rep)
	}
	var full server.FullCDR
	json.Unmarshal(body, &full)
	// The fixture's call (2023) predates the user's claim of its callee number: the user is
	// not a party of it, and neither is the operator's key (no number). Parties who owned
	// the number at the call's time read it: TestPartyIsOwnerAtCallTime.
	partyGet := func(key *ecdsa.PrivateKey) (int, []byte) {
		now := time.Now().Unix()
		sig, err := crypto.Sign(accounts.TextHash([]byte(server.PartyMessage(full.CDR.Seq, now))), key)
		if err != nil {
			t.Fatal(err)
		}
		return oDo(t, "GET", fmt.Sprintf("%s/v1/cdrs/%d", base, full.CDR.Seq), "", nil, server.PartyAuth(now, sig))
	}
	if code, pb := partyGet(n.user); code != 401 {
		t.Fatalf("a later owner of the number read an earlier call: %d %s", code, pb)
	}
	if code, _ := partyGet(n.op); code != 401 {
		t.Fatalf("a wallet owning neither number read the CDR: %d", code)
	}
	for name, tamper := range map[string]func(*server.FullCDR){
		"billable": func(f *server.FullCDR) { f.CDR.BillableSeconds++; f.CDR.EndTime++ },
		"callee":   func(f *server.FullCDR) { f.CDR.Callee = "+14155550999" },
		"salt":     func(f *server.FullCDR) { f.CDR.Salt[0] ^= 1 },
	} {
		f := full
		tamper(&f)
		b, _ := json.Marshal(f)
		_, err := v.CDR(ctx, b)
		var inv *verify.Invalid
		if !errors.As(err, &inv) {
			t.Errorf("tampered %s: %v, want invalid", name, err)
		}
	}

	// The same through the command line: exit 0 valid, 1 invalid, 2 could not check.
	dir := t.TempDir()
	bin := buildDots(t, dir)
	good := filepath.Join(dir, "cdr.json")
	os.WriteFile(good, body, 0o600)
	bad := filepath.Join(dir, "tampered.json")
	tf := full
	tf.CDR.Callee = "+14155550999"
	tb, _ := json.Marshal(tf)
	os.WriteFile(bad, tb, 0o600)
	verifyArgs := []string{"verify", "--rpc", n.an.URL(), "--ipfs", n.ipfsURL, "--cdr-anchor", n.d.CDRAnchor.Hex()}
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"--cdr", good}, 0},
		{[]string{"--batch", fmt.Sprint(full.ChainBatch)}, 0},
		{[]string{"--cdr", bad}, 1},
		{[]string{"--batch", "999"}, 2},
		// The batch's event lies before the block the search starts from: could not check.
		{[]string{"--batch", fmt.Sprint(full.ChainBatch), "--from-block", "99999999"}, 2},
		{[]string{"--cdr", filepath.Join(dir, "missing.json")}, 2},
		{[]string{"--batch", fmt.Sprint(full.ChainBatch), "--progress", "sometimes"}, 2},
	} {
		cmd := exec.CommandContext(ctx, bin, append(append([]string{}, verifyArgs...), c.args...)...)
		out, _ := cmd.CombinedOutput()
		if got := cmd.ProcessState.ExitCode(); got != c.code {
			t.Errorf("dots verify %v: exit %d, want %d: %s", c.args, got, c.code, out)
		}
	}
	// The file the oracle serves is what dots cdr leaf reads, and dots verify --cdr names the
	// CDR's own sequence number and leaf (not only its batch's range).
	if out, err := exec.CommandContext(ctx, bin, "cdr", "leaf", good).CombinedOutput(); err != nil || strings.TrimSpace(string(out)) != full.Leaf.Hex() {
		t.Errorf("dots cdr leaf on the oracle's CDR file: %v %q, want %s", err, out, full.Leaf.Hex())
	}
	vout, err := exec.CommandContext(ctx, bin, append(append([]string{}, verifyArgs...), "--cdr", good)...).CombinedOutput()
	if want := fmt.Sprintf("VALID (seq %d, leaf %s, in batch %d", full.CDR.Seq, full.Leaf.Hex(), full.ChainBatch); err != nil || !strings.Contains(string(vout), want) {
		t.Errorf("dots verify --cdr: %v %q, want %q", err, vout, want)
	}
	// A progress bar on stderr while the document downloads: asked for, and not by default
	// when stderr is not a terminal.
	for _, c := range []struct {
		progress string
		bar      bool
	}{{"always", true}, {"auto", false}} {
		cmd := exec.CommandContext(ctx, bin, append(append([]string{}, verifyArgs...), "--batch", fmt.Sprint(full.ChainBatch), "--progress", c.progress)...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("dots verify --progress %s: %v: %s %s", c.progress, err, stdout.String(), stderr.String())
		}
		bar := strings.Contains(stderr.String(), "fetching batch document "+full.CID) && strings.Contains(stderr.String(), " B")
		if bar != c.bar || !strings.Contains(stdout.String(), "VALID") {
			t.Errorf("dots verify --progress %s: bar shown %v, want %v; stdout %q stderr %q", c.progress, bar, c.bar, stdout.String(), stderr.String())
		}
	}

	// The user's rewards: 25% of rate x billable seconds of the two answered calls to the
	// user's number (FreeSWITCH a-leg and DOTS one.json, 144 s each, calls inside this
	// operator: all four shares). dots/array.json's first call (691 s) is this operator's
	// originating record of a call to another operator: one reward per call (issue 11) pays
	// only the originating half here, so no terminating share is in this document.
	anchor := cdranchor.NewCDRAnchor()
	ac := anchor.Instance(n.ec, n.d.CDRAnchor)
	latest, err := bind.Call(ac, nil, anchor.PackLatestFinalBatch(n.opAddr), anchor.UnpackLatestFinalBatch)
	if err != nil {
		t.Fatal(err)
	}
	var last server.BatchView
	for _, b := range bs {
		if b.ChainBatchID == latest.Uint64() {
			last = b
		}
	}
	data, err := ip.Cat(ctx, last.RewardsCID, 1<<20)
	if err != nil {
		t.Fatalf("rewards document %q: %v", last.RewardsCID, err)
	}
	rdoc, err := cdr.LoadRewardsDocument(data)
	if err != nil || rdoc.Root() != *last.RewardsRoot {
		t.Fatalf("rewards document: %v", err)
	}
	want := new(big.Int).Div(new(big.Int).Mul(big.NewInt(1e15), big.NewInt(288*2500)), big.NewInt(10000))
	var proof [][32]byte
	found := false
	for i, r := range rdoc.Tree.Values() {
		if r.Account == n.userAddr {
			if r.CumulativeAmount.Cmp(want) != 0 {
				t.Fatalf("user's cumulative reward %s, want %s", r.CumulativeAmount, want)
			}
			p, _ := rdoc.Tree.Proof(i)
			for _, h := range p {
				proof = append(proof, h)
			}
			found = true
		}
	}
	if !found {
		t.Fatal("user not in the rewards document")
	}
	oSend(t, ctx, n, n.user, "claim rewards", n.d.CDRAnchor, anchor.PackClaim(n.opAddr, latest, n.userAddr, want, proof))
	token := rewardtoken.NewRewardToken()
	bal, err := bind.Call(token.Instance(n.ec, n.d.RewardToken), nil, token.PackBalanceOf(n.userAddr), token.UnpackBalanceOf)
	if err != nil || bal.Cmp(want) != 0 {
		t.Fatalf("user balance %v (%v), want %s", bal, err, want)
	}
}

func mustParseURL(t *testing.T, s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// buildDots builds the dots command into dir.
func buildDots(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "dots")
	cmd := exec.Command("go", "build", "-o", bin, "../../cli")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building dots: %v\n%s", err, out)
	}
	return bin
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// oracleProc is `dots oracle` running as its own process.
type oracleProc struct {
	cmd  *exec.Cmd
	done chan struct{}
}

func startOracleProc(t *testing.T, bin, cfgPath string, logw io.Writer) *oracleProc {
	t.Helper()
	cmd := exec.Command(bin, "oracle", "--config", cfgPath)
	cmd.Stdout, cmd.Stderr = logw, logw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &oracleProc{cmd: cmd, done: make(chan struct{})}
	go func() { cmd.Wait(); close(p.done) }()
	return p
}

func (p *oracleProc) signal(sig syscall.Signal) {
	p.cmd.Process.Signal(sig)
	select {
	case <-p.done:
	case <-time.After(20 * time.Second):
		p.cmd.Process.Kill()
		<-p.done
	}
}

func waitHealthy(t *testing.T, base string, p *oracleProc) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if code, _ := oDo(t, "GET", base+"/healthz", "", nil); code == 200 {
			return
		}
		select {
		case <-p.done:
			t.Fatal("oracle exited at start")
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatal("oracle not healthy after 30s")
}

// loadGen posts DOTS CDRs with unique ids from several goroutines until stopped, retrying
// a body until it is answered 200, and records every id that got a 200.
type loadGen struct {
	mu    sync.Mutex
	acked map[string]bool
	stop  chan struct{}
	wg    sync.WaitGroup
}

func startLoad(t *testing.T, base string, workers int) *loadGen {
	g := &loadGen{acked: map[string]bool{}, stop: make(chan struct{})}
	client := &http.Client{Timeout: 10 * time.Second}
	for w := range workers {
		g.wg.Add(1)
		go func() {
			defer g.wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 42))
			for i := 0; ; i++ {
				var buf bytes.Buffer
				var ids []string
				for k := range 1 + rng.IntN(20) {
					id := fmt.Sprintf("L-%d-%d-%d", w, i, k)
					ids = append(ids, id)
					setup := 1700000000 + rng.IntN(1000000)
					fmt.Fprintf(&buf, `{"id":%q,"caller":"+4930901%03d","callee":"+1415555%04d","setupTime":%d,"answerTime":%d,"endTime":%d,"sipStatus":200}`+"\n",
						id, rng.IntN(1000), rng.IntN(10000), setup, setup+3, setup+3+rng.IntN(600))
				}
				for {
					select {
					case <-g.stop:
						return
					default:
					}
					req, _ := http.NewRequest("POST", base+"/v1/cdrs", bytes.NewReader(buf.Bytes()))
					req.Header.Set("Authorization", "Bearer tok-pbx")
					res, err := client.Do(req)
					if err == nil {
						io.Copy(io.Discard, res.Body)
						res.Body.Close()
						if res.StatusCode == 200 {
							g.mu.Lock()
							for _, id := range ids {
								g.acked[id] = true
							}
							g.mu.Unlock()
							break
						}
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
		}()
	}
	return g
}

func (g *loadGen) finish() map[string]bool {
	close(g.stop)
	g.wg.Wait()
	return g.acked
}

// checkAnchored checks that every acknowledged CDR is in exactly one anchored batch: its
// leaf is at its place in the batch document on IPFS, whose root is the one on chain, and
// the chain holds exactly the oracle's batches (nothing anchored twice, nothing missing).
func checkAnchored(t *testing.T, ctx context.Context, n *oracleNet, dbPath string, acked map[string]bool) {
	t.Helper()
	st, err := store.Open(ctx, dbPath, n.opAddr, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := st.Counts(ctx)
	if err != nil || c.Unbatched != 0 {
		t.Fatalf("counts %+v %v", c, err)
	}
	anchor := cdranchor.NewCDRAnchor()
	info, err := bind.Call(anchor.Instance(n.ec, n.d.CDRAnchor), nil, anchor.PackOperatorInfo(n.opAddr), anchor.UnpackOperatorInfo)
	if err != nil {
		t.Fatal(err)
	}
	local, err := st.Batches(ctx, 0, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	// the operator's chain of batches, tip to first
	chainBatches := 0
	for id := info.LastBatchId; id.Sign() > 0; chainBatches++ {
		bi, err := bind.Call(anchor.Instance(n.ec, n.d.CDRAnchor), nil, anchor.PackBatch(id), anchor.UnpackBatch)
		if err != nil {
			t.Fatal(err)
		}
		id = bi.PrevBatchId
	}
	if info.LastSeq != c.NextSeq-1 || chainBatches != len(local) {
		t.Fatalf("chain: last seq %d, %d batches; oracle: last seq %d, %d batches", info.LastSeq, chainBatches, c.NextSeq-1, len(local))
	}
	v := verify.New(n.ec, ipfs.New(n.ipfsURL), n.d.CDRAnchor)
	docs := map[uint64]*cdr.BatchDocument{}
	for _, b := range local {
		if !b.ChainBatchID.Valid {
			t.Fatalf("batch %d (%s) not anchored", b.ID, b.State)
		}
		id := uint64(b.ChainBatchID.Int64)
		if _, dup := docs[id]; dup {
			t.Fatalf("chain batch %d recorded twice", id)
		}
		_, doc, err := v.Batch(ctx, id)
		if err != nil {
			t.Fatalf("chain batch %d: %v", id, err)
		}
		docs[id] = doc
	}
	for id := range acked {
		rec, err := st.BySource(ctx, "pbx", id)
		if err != nil {
			t.Fatalf("acknowledged CDR %s: %v", id, err)
		}
		b, err := st.BatchOf(ctx, rec.Seq)
		if err != nil {
			t.Fatal(err)
		}
		doc := docs[uint64(b.ChainBatchID.Int64)]
		if doc.Tree.Leaf(int(rec.Seq-doc.FirstSeq)) != rec.Leaf() {
			t.Fatalf("CDR %s (seq %d) is not in its anchored batch", id, rec.Seq)
		}
	}
	t.Logf("%d acknowledged CDRs (%d stored) in %d anchored batches", len(acked), c.CDRs, len(local))
}

func writeConfig(t *testing.T, path string, cfg oracle.Config) {
	b, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestOracleCrashSafety kills `dots oracle` with SIGKILL under ingest load several times;
// every CDR that got a 2xx must end up in exactly one anchored batch.
func TestOracleCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dots and runs for a while")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	n := startOracleNet(t, ctx)
	dir := t.TempDir()
	bin := buildDots(t, dir)
	cfg := n.oracleConfig(dir)
	cfg.Listen = freeAddr(t)
	cfg.BatchSize = 300
	cfg.BatchAge = oracle.Duration{Duration: 300 * time.Millisecond}
	cfgPath := filepath.Join(dir, "oracle.json")
	writeConfig(t, cfgPath, cfg)
	base := "http://" + cfg.Listen
	var logs bytes.Buffer
	logw := &syncWriter{w: &logs}
	defer func() {
		if t.Failed() {
			t.Logf("oracle logs:\n%s", logs.String())
		}
	}()

	p := startOracleProc(t, bin, cfgPath, logw)
	waitHealthy(t, base, p)
	load := startLoad(t, base, 8)
	rng := rand.New(rand.NewPCG(7, 7))
	for round := range 4 {
		time.Sleep(time.Duration(300+rng.IntN(1500)) * time.Millisecond)
		p.signal(syscall.SIGKILL)
		t.Logf("round %d: killed", round)
		p = startOracleProc(t, bin, cfgPath, logw)
		waitHealthy(t, base, p)
	}
	time.Sleep(500 * time.Millisecond)
	acked := load.finish()
	oWaitAnchored(t, base, 2*time.Minute, "mined", "final")
	p.signal(syscall.SIGTERM)
	checkAnchored(t, ctx, n, cfg.DB, acked)
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(b []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(b)
}

// flakyProxy forwards TCP to target; while down it refuses service (accepts and closes) and
// cuts open connections, as a stopped IPFS node or RPC endpoint looks to a client.
type flakyProxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	down   bool
	conns  map[net.Conn]bool
}

func newFlakyProxy(t *testing.T, target string) *flakyProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &flakyProxy{ln: ln, target: target, conns: map[net.Conn]bool{}}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.mu.Lock()
			down := p.down
			if !down {
				p.conns[c] = true
			}
			p.mu.Unlock()
			if down {
				c.Close()
				continue
			}
			go p.pipe(c)
		}
	}()
	return p
}

func (p *flakyProxy) pipe(c net.Conn) {
	u, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.conns[u] = true
	p.mu.Unlock()
	go func() { io.Copy(u, c); u.Close() }()
	io.Copy(c, u)
	c.Close()
}

func (p *flakyProxy) setDown(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = down
	if down {
		for c := range p.conns {
			c.Close()
		}
		p.conns = map[net.Conn]bool{}
	}
}

func (p *flakyProxy) url() string { return "http://" + p.ln.Addr().String() }

// TestOracleOutages stops IPFS for a while, then the RPC: ingest keeps answering,
// anchoring resumes, nothing is lost or anchored twice.
func TestOracleOutages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for a while")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	n := startOracleNet(t, ctx)
	ipfsProxy := newFlakyProxy(t, strings.TrimPrefix(n.ipfsURL, "http://"))
	rpcProxy := newFlakyProxy(t, strings.TrimPrefix(n.an.URL(), "http://"))
	dir := t.TempDir()
	cfg := n.oracleConfig(dir)
	cfg.IPFS, cfg.RPC = ipfsProxy.url(), rpcProxy.url()
	cfg.BatchSize = 1000
	cfg.BatchAge = oracle.Duration{Duration: 200 * time.Millisecond}
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	octx, stop := context.WithCancel(ctx)
	defer stop()
	mc := make(chan string, 1)
	cfg.MetricsReady = func(a string) { mc <- a }
	go func() {
		done <- oracle.Run(octx, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), func(a string) { addrc <- a })
	}()
	base := "http://" + <-addrc
	metricsBase := "http://" + <-mc
	load := startLoad(t, base, 4)
	ackedNow := func() int {
		load.mu.Lock()
		defer load.mu.Unlock()
		return len(load.acked)
	}
	batchesIn := func(state string) int {
		_, b := oDo(t, "GET", metricsBase+"/metrics", "", nil)
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, `dots_oracle_batches{state="`+state+`"} `) {
				var v int
				fmt.Sscan(strings.Fields(line)[1], &v)
				return v
			}
		}
		return -1
	}
	counter := func(name string) int {
		_, b := oDo(t, "GET", metricsBase+"/metrics", "", nil)
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, name+" ") {
				var v int
				fmt.Sscan(strings.Fields(line)[1], &v)
				return v
			}
		}
		return 0
	}
	time.Sleep(time.Second)
	for _, o := range []struct {
		name, errors string
		p            *flakyProxy
	}{{"ipfs", "dots_oracle_ipfs_errors_total", ipfsProxy}, {"rpc", "dots_oracle_rpc_errors_total", rpcProxy}} {
		errsBefore := counter(o.errors)
		o.p.setDown(true)
		start, before := time.Now(), ackedNow()
		// At least 3 s, and until the oracle has met the outage (a loaded machine may take
		// longer to reach its next IPFS or chain call).
		time.Sleep(3 * time.Second)
		for deadline := time.Now().Add(30 * time.Second); counter(o.errors) == errsBefore && time.Now().Before(deadline); {
			time.Sleep(100 * time.Millisecond)
		}
		during := ackedNow() - before
		if during == 0 {
			t.Fatalf("%s down: ingest stopped answering", o.name)
		}
		stuck := batchesIn(store.StateSealed) + batchesIn(store.StateStored)
		t.Logf("%s down %s: %d CDRs acknowledged meanwhile, %d batches waiting", o.name, time.Since(start).Round(time.Millisecond), during, stuck)
		if stuck == 0 {
			t.Errorf("%s down: no batch waiting; was the outage seen?", o.name)
		}
		o.p.setDown(false)
	}
	acked := load.finish()
	oWaitAnchored(t, base, 2*time.Minute, "mined", "final")
	_, m := oDo(t, "GET", metricsBase+"/metrics", "", nil)
	for _, want := range []string{"dots_oracle_ipfs_errors_total", "dots_oracle_rpc_errors_total"} {
		if !bytes.Contains(m, []byte(want+" ")) || bytes.Contains(m, []byte(want+" 0\n")) {
			t.Errorf("%s not counted", want)
		}
	}
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	checkAnchored(t, ctx, n, cfg.DB, acked)
}

// BenchmarkOracleAnchorLatency measures the time from a CDR's 2xx to its batch's anchor
// being mined (anvil automining; batches sealed 50 ms after their first CDR).
func BenchmarkOracleAnchorLatency(b *testing.B) {
	ctx := context.Background()
	n := startOracleNetTB(b, ctx)
	cfg := n.oracleConfig(b.TempDir())
	cfg.BatchAge = oracle.Duration{Duration: 50 * time.Millisecond}
	cfg.Interval = oracle.Duration{Duration: 20 * time.Millisecond}
	addrc := make(chan string, 1)
	octx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- oracle.Run(octx, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), func(a string) { addrc <- a })
	}()
	base := "http://" + <-addrc
	defer func() { stop(); <-done }()
	var lats []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		body := fmt.Sprintf(`{"id":"lat-%d","caller":"+4930901820","callee":"+14155550123","setupTime":1700000000,"answerTime":1700000006,"endTime":1700000150,"sipStatus":200}`, i)
		code, rb := oDo(b, "POST", base+"/v1/cdrs", "tok-pbx", []byte(body))
		var r server.IngestResponse
		if code != 200 || json.Unmarshal(rb, &r) != nil {
			b.Fatalf("%d %s", code, rb)
		}
		acked := time.Now()
		for {
			_, fb := oDo(b, "GET", fmt.Sprintf("%s/v1/cdrs/%d", base, r.Seqs[0]), "audit", nil)
			var f server.FullCDR
			json.Unmarshal(fb, &f)
			if f.ChainBatch != 0 {
				break
			}
			time.Sleep(2 * time.Millisecond)
		}
		lats = append(lats, time.Since(acked))
	}
	// From the 2xx to the full CDR naming its mined batch: median and 90th percentile.
	slices.Sort(lats)
	b.ReportMetric(float64(lats[len(lats)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(lats[len(lats)*9/10].Microseconds())/1000, "p90-ms")
}

// oracleMetrics maps the base URL of an oracle started by runOracle to its metrics URL.
var oracleMetrics sync.Map

// oMetricsURL is the metrics base URL of the oracle runOracle started at base.
func oMetricsURL(t testing.TB, base string) string {
	v, ok := oracleMetrics.Load(base)
	if !ok {
		t.Fatalf("no metrics listener known for %s", base)
	}
	return v.(string)
}

// runOracle runs the oracle in-process until the returned stop function is called.
func runOracle(t *testing.T, ctx context.Context, cfg oracle.Config) (string, func()) {
	t.Helper()
	addrc := make(chan string, 1)
	mc := make(chan string, 1)
	cfg.MetricsReady = func(a string) { mc <- a }
	done := make(chan error, 1)
	octx, cancel := context.WithCancel(ctx)
	go func() {
		done <- oracle.Run(octx, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), func(a string) { addrc <- a })
	}()
	select {
	case a := <-addrc:
		oracleMetrics.Store("http://"+a, "http://"+<-mc)
		return "http://" + a, func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("oracle: %v", err)
			}
		}
	case err := <-done:
		cancel()
		t.Fatalf("oracle: %v", err)
	}
	return "", nil
}

// TestOracleResumeNeverAnchorsTwice makes the oracle forget that its last batch was
// anchored (as if it died between sending the transaction and recording it): on restart
// it must find the anchor on chain and not send another.
func TestOracleResumeNeverAnchorsTwice(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := startOracleNet(t, ctx)
	cfg := n.oracleConfig(t.TempDir())
	base, stop := runOracle(t, ctx, cfg)
	for _, f := range []string{"dots/array.json", "dots/stream.ndjson"} {
		if code, b := oDo(t, "POST", base+"/v1/cdrs", "tok-pbx", oFixture(t, f)); code != 200 {
			t.Fatalf("%s: %d %s", f, code, b)
		}
	}
	bs := oWaitAnchored(t, base, time.Minute, "mined", "final")
	stop()
	last := bs[0] // newest first
	db, err := sql.Open("sqlite3", cfg.DB)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE batches SET state = 'stored', tx_hash = NULL, tx_nonce = NULL, chain_batch_id = NULL WHERE id = ?`, last.ID); err != nil {
		t.Fatal(err)
	}
	db.Close()
	nonceBefore, err := n.ec.NonceAt(ctx, n.opAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	base, stop = runOracle(t, ctx, cfg)
	defer stop()
	bs = oWaitAnchored(t, base, time.Minute, "mined", "final")
	if bs[0].ChainBatchID != last.ChainBatchID {
		t.Fatalf("batch %d now anchored as %d, was %d", bs[0].ID, bs[0].ChainBatchID, last.ChainBatchID)
	}
	nonceAfter, err := n.ec.NonceAt(ctx, n.opAddr, nil)
	if err != nil || nonceAfter != nonceBefore {
		t.Fatalf("operator sent %d transactions after restart (%v)", nonceAfter-nonceBefore, err)
	}
}

// TestOracleBumpsStuckAnchor stops mining so the anchor transaction sits in the pool: the
// oracle must replace it (same nonce, higher fees), and once mining resumes exactly one
// anchor lands.
func TestOracleBumpsStuckAnchor(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := startOracleNet(t, ctx)
	rc := n.ec.Client()
	if err := rc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	cfg := n.oracleConfig(t.TempDir())
	cfg.BumpAfter = oracle.Duration{Duration: 500 * time.Millisecond}
	base, stop := runOracle(t, ctx, cfg)
	defer stop()
	nonceBefore, _ := n.ec.NonceAt(ctx, n.opAddr, nil)
	if code, b := oDo(t, "POST", base+"/v1/cdrs", "tok-pbx", oFixture(t, "dots/array.json")); code != 200 {
		t.Fatalf("%d %s", code, b)
	}
	bs := oWaitAnchored(t, base, 30*time.Second, "sent")
	first := *bs[0].TxHash
	deadline := time.Now().Add(30 * time.Second)
	for {
		bs = oWaitAnchored(t, base, 30*time.Second, "sent")
		if *bs[0].TxHash != first {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("stuck anchor never replaced")
		}
		time.Sleep(100 * time.Millisecond)
	}
	replacement := *bs[0].TxHash
	if err := rc.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		t.Fatal(err)
	}
	anvil.Mine(ctx, rc, 1)
	bs = oWaitAnchored(t, base, 30*time.Second, "mined", "final")
	nonceAfter, _ := n.ec.NonceAt(ctx, n.opAddr, nil)
	if nonceAfter != nonceBefore+1 {
		t.Fatalf("%d transactions mined, want 1", nonceAfter-nonceBefore)
	}
	r, err := n.ec.TransactionReceipt(ctx, *bs[0].TxHash)
	if err != nil || r.Status != 1 {
		t.Fatalf("anchor receipt %v %v", r, err)
	}
	t.Logf("first tx %s replaced; mined %s (replacement seen: %s)", first, r.TxHash, replacement)
}
