package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/ethereum/go-ethereum/crypto"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/oracle"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/oracle/server"
	"github.com/dotsnet/dots/oracle/verify"
)

// rateLimiter is an RPC proxy that answers every other request with HTTP 429.
func rateLimiter(t *testing.T, target string) (string, *atomic.Int64) {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(u)
	var n, refused atomic.Int64
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1)%2 == 0 {
			refused.Add(1)
			io.Copy(io.Discard, r.Body)
			http.Error(w, "Too Many Requests", http.StatusTooManyRequests)
			return
		}
		proxy.ServeHTTP(w, r)
	})}
	base, stop := serveLocal(t, srv)
	t.Cleanup(stop)
	return base, &refused
}

func serveLocal(t *testing.T, srv *http.Server) (string, func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }
}

// TestOracleAnvilReorgs runs two operators' oracles on anvil, each behind an RPC that
// answers 429 half the time, and reorganises the chain around their anchors with
// anvil_reorg (which drops the reorganised transactions) at depths 1, 3, 10 and deeper
// than the batches' challenge window. In the end every acknowledged CDR is in exactly one
// final batch of its own operator, which dots verify's checks accept.
func TestOracleAnvilReorgs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	n := startOracleNet(t, ctx)
	rc := n.ec.Client()
	keys := n.an.Keys()
	op2 := keys[3]
	token, anchor := rewardtoken.NewRewardToken(), cdranchor.NewCDRAnchor()
	oSend(t, ctx, n, n.op, "fund operator 2", n.d.RewardToken, token.PackTransfer(anvil.Address(op2), oTokens(2000)))
	oSend(t, ctx, n, op2, "approve bond", n.d.RewardToken, token.PackApprove(n.d.CDRAnchor, oTokens(2000)))
	oSend(t, ctx, n, op2, "register operator 2", n.d.CDRAnchor, anchor.PackRegisterOperator(oTokens(1000), anvil.Address(op2), "op2"))

	rpc1, refused1 := rateLimiter(t, n.an.URL())
	rpc2, _ := rateLimiter(t, n.an.URL())
	cfg1 := n.oracleConfig(t.TempDir())
	cfg1.RPC = rpc1
	cfg2 := n.oracleConfig(t.TempDir())
	cfg2.RPC, cfg2.Key, cfg2.RateExchange = rpc2, fmt.Sprintf("%x", crypto.FromECDSA(op2)), [20]byte{}
	for _, c := range []*oracle.Config{&cfg1, &cfg2} {
		c.Confirmations = 2
		c.FinalityDepth = 30
		c.BumpAfter = oracle.Duration{Duration: time.Second}
	}
	base1, stop1 := runOracle(t, ctx, cfg1)
	base2, stop2 := runOracle(t, ctx, cfg2)
	acked := map[string]int{}
	round := 0
	post := func(base string) {
		t.Helper()
		round++
		var body bytes.Buffer
		for i := range 3 {
			fmt.Fprintf(&body, `{"id":"reorg-%d-%d","callId":"c-%d-%d@e2e","caller":"+4930901820","callee":"+442079460000",`+
				`"setupTime":1700000000,"answerTime":1700000006,"endTime":1700000150,"sipStatus":200}`+"\n", round, i, round, i)
		}
		code, b := oDo(t, "POST", base+"/v1/cdrs", "tok-pbx", body.Bytes())
		var out server.IngestResponse
		if err := json.Unmarshal(b, &out); code != 200 || err != nil || out.Accepted != 3 {
			t.Fatalf("ingest: %d %s", code, b)
		}
		acked[base] += out.Accepted
	}
	ingestBoth := func() {
		post(base1)
		post(base2)
	}
	// Each oracle counts a block of confirmations per poll: keep the chain moving.
	mining := make(chan struct{})
	mctx, stopMining := context.WithCancel(ctx)
	defer stopMining()
	go func() {
		defer close(mining)
		for mctx.Err() == nil {
			anvil.Mine(mctx, rc, 1)
			time.Sleep(200 * time.Millisecond)
		}
	}()
	for _, depth := range []uint64{1, 3, 10, 0} {
		ingestBoth()
		waitStates(t, base1, 90*time.Second, "mined", "final")
		waitStates(t, base2, 90*time.Second, "mined", "final")
		if depth == 0 {
			// Deeper than the challenge window: wait until the batches are final, then
			// reorganise below the newest batch's anchor.
			bs1 := waitStates(t, base1, 90*time.Second, "final")
			waitStates(t, base2, 90*time.Second, "final")
			head, err := n.ec.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			depth = head - bs1[0].MinedBlock + 1
		}
		if err := anvil.Reorg(ctx, rc, depth); err != nil {
			t.Fatal(err)
		}
		t.Logf("reorg of depth %d done", depth)
	}
	v := verify.New(n.ec, ipfs.New(n.ipfsURL), n.d.CDRAnchor)
	v.StartBlock = n.d.StartBlock
	bases := []string{base1, base2}
	ops := []string{n.opAddr.Hex(), anvil.Address(op2).Hex()}
	// settled says why the oracles are not done yet (nil once they are): every batch
	// final, anchored once, of its own operator, accepted by dots verify's checks, and
	// covering every acknowledged CDR.
	settled := func() error {
		for i, base := range bases {
			code, bb := oDo(t, "GET", base+"/v1/batches", "", nil)
			var bs []server.BatchView
			if err := json.Unmarshal(bb, &bs); code != 200 || err != nil {
				return fmt.Errorf("operator %d batches: %d %s", i+1, code, bb)
			}
			var covered uint64
			seen := map[uint64]bool{}
			for _, b := range bs {
				if b.State != "final" {
					return fmt.Errorf("operator %d batch %d is %s (%s)", i+1, b.ID, b.State, b.LastError)
				}
				if seen[b.ChainBatchID] {
					return fmt.Errorf("chain batch %d recorded twice", b.ChainBatchID)
				}
				seen[b.ChainBatchID] = true
				rep, _, err := v.Batch(ctx, b.ChainBatchID)
				if err != nil {
					return fmt.Errorf("operator %d batch %d (chain %d): %v", i+1, b.ID, b.ChainBatchID, err)
				}
				if rep.Operator != ops[i] || rep.FirstSeq != b.FirstSeq || rep.LastSeq != b.LastSeq || rep.State != "final" {
					return fmt.Errorf("operator %d batch %d is chain batch %+v", i+1, b.ID, rep)
				}
				covered += b.CDRCount
			}
			if want := uint64(acked[base]); covered != want {
				return fmt.Errorf("operator %d: batches cover %d CDRs, %d acknowledged", i+1, covered, want)
			}
		}
		return nil
	}
	for deadline := time.Now().Add(2 * time.Minute); ; {
		err := settled()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
	}
	if refused1.Load() == 0 {
		t.Fatal("the RPC never refused a request")
	}
	t.Logf("both operators settled; the RPC refused %d requests", refused1.Load())
	stop2()

	stopMining()
	<-mining
	info, err := bind.Call(anchor.Instance(n.ec, n.d.CDRAnchor), nil, anchor.PackOperatorInfo(n.opAddr), anchor.UnpackOperatorInfo)
	if err != nil || info.LastSeq != uint64(acked[base1]) {
		t.Fatalf("operator 1 at sequence %d, %d CDRs acknowledged (%v)", info.LastSeq, acked[base1], err)
	}
	stop1()
}

// waitStates waits until every CDR is batched and every batch is in one of states.
func waitStates(t *testing.T, base string, timeout time.Duration, states ...string) []server.BatchView {
	t.Helper()
	return oWaitAnchored(t, base, timeout, states...)
}
