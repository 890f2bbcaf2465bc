package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/oracle"
	"github.com/dotsnet/dots/oracle/server"
)

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Write(p) }
func (s *syncBuf) String() string              { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// TestOracleAnchorLandsWhenFeesRise10x: the whole oracle, with its default fee limits, has
// an anchor pending when the base fee rises tenfold and stays there; its replacement stays
// under the ceiling (5 x the first attempt's fee cap, 500 gwei) and lands, with the same
// nonce, and the batch goes final.
func TestOracleAnchorLandsWhenFeesRise10x(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := startOracleNet(t, ctx)
	rc := n.ec.Client()
	gwei := big.NewInt(1e9)
	low, high := new(big.Int).Mul(big.NewInt(10), gwei), new(big.Int).Mul(big.NewInt(100), gwei)
	mine := func(base *big.Int) {
		t.Helper()
		if err := rc.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", fmt.Sprintf("0x%x", base)); err != nil {
			t.Fatal(err)
		}
		if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	if err := rc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	mine(low)

	cfg := n.oracleConfig(t.TempDir())
	cfg.BumpAfter = oracle.Duration{Duration: time.Second}
	var logs syncBuf
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	octx, stop := context.WithCancel(ctx)
	go func() {
		done <- oracle.Run(octx, cfg, slog.New(slog.NewTextHandler(&logs, nil)), func(a string) { addrc <- a })
	}()
	defer func() {
		stop()
		<-done
		if t.Failed() {
			t.Logf("oracle log:\n%s", tail(logs.String(), 6000))
		}
	}()
	var base string
	select {
	case a := <-addrc:
		base = "http://" + a
	case err := <-done:
		t.Fatalf("oracle: %v", err)
	}
	var body bytes.Buffer
	for i := range 4 { // one batch (BatchSize 4)
		fmt.Fprintf(&body, `{"id":"fee-%d","callId":"fee-%d@e2e","caller":"+4930901820","callee":"+442079460000",`+
			`"setupTime":1700000000,"answerTime":1700000006,"endTime":1700000150,"sipStatus":200}`+"\n", i, i)
	}
	if code, b := oDo(t, "POST", base+"/v1/cdrs", "tok-pbx", body.Bytes()); code != 200 {
		t.Fatalf("ingest: %d %s", code, b)
	}
	batch := func() server.BatchView {
		t.Helper()
		code, b := oDo(t, "GET", base+"/v1/batches", "", nil)
		var bs []server.BatchView
		if err := json.Unmarshal(b, &bs); code != 200 || err != nil {
			t.Fatalf("batches: %d %s", code, b)
		}
		if len(bs) == 0 {
			return server.BatchView{}
		}
		return bs[len(bs)-1]
	}
	// The first attempt is in the pool (no block is mined meanwhile).
	var first common.Hash
	for {
		if b := batch(); b.State == "sent" && b.TxHash != nil {
			first = *b.TxHash
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no anchor sent: %+v", batch())
		case <-time.After(50 * time.Millisecond):
		}
	}
	ftx, _, err := n.ec.TransactionByHash(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if ftx.GasFeeCap().Cmp(high) >= 0 {
		t.Fatalf("first attempt's fee cap %s already covers the risen base fee %s: the test proves nothing", ftx.GasFeeCap(), high)
	}
	// The base fee rises tenfold and stays there, block after block.
	var b server.BatchView
	for blocks := 0; ; blocks++ {
		mine(high)
		if b = batch(); b.State == "final" {
			break
		}
		if blocks > 200 {
			t.Fatalf("the batch is still %s after %d blocks at %s wei base fee: %+v", b.State, blocks, high, b)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("batch %s: %+v", b.State, b)
		case <-time.After(150 * time.Millisecond):
		}
	}
	r, err := n.ec.TransactionReceipt(ctx, *b.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := n.ec.TransactionByHash(ctx, *b.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := n.ec.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	ceiling := new(big.Int).Mul(ftx.GasFeeCap(), big.NewInt(5))
	if maxCap := new(big.Int).Mul(big.NewInt(500), gwei); maxCap.Cmp(ceiling) < 0 {
		ceiling = maxCap
	}
	switch {
	case *b.TxHash == first:
		t.Fatalf("the first attempt landed: the base fee never rose above its fee cap")
	case tx.Nonce() != ftx.Nonce():
		t.Fatalf("the replacement has nonce %d, the first attempt %d", tx.Nonce(), ftx.Nonce())
	case tx.GasFeeCap().Cmp(ceiling) > 0:
		t.Fatalf("landed with fee cap %s above the ceiling %s", tx.GasFeeCap(), ceiling)
	case blk.BaseFee.Cmp(high) < 0:
		t.Fatalf("landed in a block of base fee %s, below the risen %s", blk.BaseFee, high)
	}
	t.Logf("base fee %s -> %s: first fee cap %s, landed fee cap %s (ceiling %s) in block %d", low, high, ftx.GasFeeCap(), tx.GasFeeCap(), ceiling, r.BlockNumber)
}
