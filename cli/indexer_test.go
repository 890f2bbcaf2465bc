package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/deploy"
)

func TestIndexerCommandRejectsBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "deployment.json")
	d := &deploy.Deployment{ChainID: 31337, RewardToken: common.Address{1}, NumberRegistry: common.Address{2}, CDRAnchor: common.Address{3},
		RateExchange: common.Address{4}, Randomness: common.Address{5}, DisputeVoting: common.Address{6}}
	if err := d.Save(good); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.json")
	if err := os.WriteFile(empty, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "idx.db")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"indexer", "--bogus"}, "bogus"},
		{[]string{"indexer", "extra"}, "no arguments"},
		{[]string{"indexer", "--finality", "many"}, "finality"},
		{[]string{"indexer", "--deployment", filepath.Join(dir, "missing.json"), "--db", db}, "missing.json"},
		{[]string{"indexer", "--deployment", empty, "--db", db}, "address is missing"},
		{[]string{"indexer", "--deployment", good, "--db", db, "--listen", "not an address"}, "listening"},
		{[]string{"indexer", "--deployment", good, "--db", db, "--listen", "127.0.0.1:0", "--rpc", "http://127.0.0.1:1"}, "127.0.0.1:1"},
		{[]string{"indexer", "--deployment", good, "--db", db, "--listen", "127.0.0.1:0", "--rpc", "ftp://example"}, "ftp"},
	} {
		_, msg, code := runDots(t, "", c.args...)
		if code == 0 || !strings.Contains(msg, c.want) {
			t.Errorf("%v: exit %d %q, want non-zero with %q", c.args, code, msg, c.want)
		}
	}
}

// TestIndexerCommandServes runs `dots indexer` against anvil with DOTS deployed and asks
// its API for the chain head.
func TestIndexerCommandServes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node, client, dep := anviltest.Deployed(t, ctx, anvil.Options{}, deploy.Config{})
	dir := t.TempDir()
	depPath := filepath.Join(dir, "deployment.json")
	if err := dep.Save(depPath); err != nil {
		t.Fatal(err)
	}
	// A deployment for another chain is refused.
	other := *dep
	other.ChainID = 5
	otherPath := filepath.Join(dir, "other.json")
	if err := other.Save(otherPath); err != nil {
		t.Fatal(err)
	}
	if _, msg, code := runDots(t, "", "indexer", "--rpc", node.URL(), "--deployment", otherPath, "--db", filepath.Join(dir, "other.db"),
		"--ipfs", "", "--listen", "127.0.0.1:0"); code == 0 || !strings.Contains(msg, "chain 5") {
		t.Errorf("a deployment for chain 5 on chain %d: exit %d %q", dep.ChainID, code, msg)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	app := newApp()
	var out bytes.Buffer
	app.Writer, app.ErrWriter = &out, &out
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- app.RunContext(runCtx, []string{"dots", "indexer", "--rpc", node.URL(), "--deployment", depPath,
			"--db", filepath.Join(dir, "idx.db"), "--ipfs", "", "--listen", addr, "--poll", "20ms"})
	}()
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var h map[string]any
	for {
		select {
		case err := <-done:
			t.Fatalf("dots indexer stopped: %v\n%s", err, out.String())
		case <-ctx.Done():
			t.Fatalf("no healthy answer from dots indexer: %v\n%s", h, out.String())
		case <-time.After(50 * time.Millisecond):
		}
		resp, err := http.Get("http://" + addr + "/healthz")
		if err != nil {
			continue
		}
		h = nil
		json.NewDecoder(resp.Body).Decode(&h)
		resp.Body.Close()
		if h["indexedHead"] == float64(head) && h["chainId"] == float64(dep.ChainID) {
			break
		}
	}
	resp, err := http.Get("http://" + addr + "/v1/batches/1")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("an unanchored batch: %d, want 404", resp.StatusCode)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatalf("dots indexer did not stop cleanly: %v\n%s", err, out.String())
	}
}
