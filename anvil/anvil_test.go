package anvil

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

func TestStartServesDefaultAccountsAndStops(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	node, err := Start(ctx, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Stop()
	c, err := node.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id.Uint64() != 31337 {
		t.Fatalf("chain id %d, want anvil's default 31337", id)
	}
	want, _ := new(big.Int).SetString("10000000000000000000000", 10)
	for n, k := range node.Keys() {
		bal, err := c.BalanceAt(ctx, Address(k), nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(want) != 0 {
			t.Fatalf("account %d (%s) holds %s wei, want 10000 ETH: keys do not match anvil's mnemonic", n, Address(k), bal)
		}
	}

	rc, err := rpc.DialContext(ctx, node.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if err := Mine(ctx, rc, 5); err != nil {
		t.Fatal(err)
	}
	before, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if before.Number.Uint64() != 5 {
		t.Fatalf("head %d after mining 5 blocks, want 5", before.Number)
	}
	if err := Reorg(ctx, rc, 3); err != nil {
		t.Fatal(err)
	}
	after, err := c.HeaderByNumber(ctx, big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}
	if after.Hash() == before.Hash() {
		t.Fatal("block 5 kept its hash after a reorg of depth 3")
	}

	node.Stop()
	select {
	case <-node.Done():
	case <-time.After(15 * time.Second):
		t.Fatal("anvil still running after Stop")
	}
}

func TestStartFailsClearlyWithoutBinary(t *testing.T) {
	_, err := Start(context.Background(), Options{Binary: "/nonexistent/anvil"})
	if err == nil {
		t.Fatal("Start with a missing binary succeeded")
	}
}

type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuf) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

// With a Log, anvil is not --silent: its output (the devnet's anvil.log) is there to read.
func TestLogReceivesAnvilsOutput(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var log lockedBuf
	node, err := Start(ctx, Options{Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Stop()
	want := fmt.Sprintf("Listening on %s", strings.TrimPrefix(node.URL(), "http://"))
	for !strings.Contains(log.String(), want) {
		select {
		case <-ctx.Done():
			t.Fatalf("anvil's output lacks %q: %q", want, log.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
