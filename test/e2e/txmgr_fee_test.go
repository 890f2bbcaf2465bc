package e2e

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/txmgr"
)

// TestTxmgrFeeRiseOnAnvil: a transaction is pending when the base fee rises tenfold; the
// manager's replacement stays under its fee ceiling and lands, with the same nonce.
func TestTxmgrFeeRiseOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	an, err := anvil.Start(ctx, anvil.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer an.Stop()
	ec, err := an.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rc := ec.Client()
	gwei := big.NewInt(1e9)
	setBase := func(v *big.Int) {
		t.Helper()
		if err := rc.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", fmt.Sprintf("0x%x", v)); err != nil {
			t.Fatal(err)
		}
		if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	if err := rc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	low := new(big.Int).Mul(big.NewInt(10), gwei)
	setBase(low)
	now := time.Now()
	clock := func() time.Time { return now }
	id, _ := ec.ChainID(ctx)
	m := txmgr.New(txmgr.Config{FeeLimitMultiplier: 12, ResubmissionTimeout: time.Second, Now: clock}, ec, &txmgr.MemJournal{}, an.Keys()[5], id)
	to := anvil.Address(an.Keys()[6])
	first, err := m.Send(ctx, "k", to, nil)
	if err != nil {
		t.Fatal(err)
	}
	high := new(big.Int).Mul(low, big.NewInt(10))
	var st *txmgr.Status
	for i := 0; ; i++ {
		setBase(high)
		now = now.Add(time.Second)
		st, err = m.Poll(ctx, "k")
		if err != nil {
			t.Fatalf("poll %d: %v", i, err)
		}
		if st.Receipt != nil {
			break
		}
		if i > 10 {
			h, _ := ec.HeaderByNumber(ctx, nil)
			pn, _ := ec.PendingNonceAt(ctx, m.From())
			nn, _ := ec.NonceAt(ctx, m.From(), nil)
			t.Fatalf("not mined: %d attempts, last fee cap %s, head base fee %s, nonce %d (pending %d, mined %d)", st.Attempts, st.Last.FeeCap, h.BaseFee, st.Last.Nonce, pn, nn)
		}
	}
	tx, _, err := ec.TransactionByHash(ctx, st.Receipt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	ceiling := new(big.Int).Mul(first.FeeCap, big.NewInt(12))
	if tx.GasFeeCap().Cmp(high) < 0 || tx.GasFeeCap().Cmp(ceiling) > 0 || tx.Nonce() != first.Nonce || st.Receipt.TxHash == first.Hash {
		t.Fatalf("landed fee cap %s nonce %d; first %s nonce %d; base %s ceiling %s", tx.GasFeeCap(), tx.Nonce(), first.FeeCap, first.Nonce, high, ceiling)
	}
	t.Logf("base fee %s -> %s: first fee cap %s, landed %s (ceiling %s) after %d attempts", low, high, first.FeeCap, tx.GasFeeCap(), ceiling, st.Attempts)
}
