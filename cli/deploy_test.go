package main

import (
	"context"
	"encoding/hex"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/deploy"
)

func TestDeployCommandWritesDeploymentForAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node, _ := anviltest.Start(t, ctx, anvil.Options{})
	key := hex.EncodeToString(crypto.FromECDSA(node.Keys()[0]))
	out := filepath.Join(t.TempDir(), "deployment.json")
	holder := anvil.Address(node.Keys()[2]).Hex()
	stdout, msg, code := runDots(t, "", "deploy", "--rpc", node.URL(), "--key", key, "--out", out, "--genesis", holder+"=5000")
	if code != 0 {
		t.Fatalf("dots deploy exited %d: %s\n%s", code, msg, stdout)
	}
	d, err := deploy.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout, d.CDRAnchor.Hex()) {
		t.Fatalf("output does not name CDRAnchor %s:\n%s", d.CDRAnchor, stdout)
	}
	if d.Deployer != anvil.Address(node.Keys()[0]) {
		t.Fatalf("deployer %s", d.Deployer)
	}
	// by default every admin role ends behind the timelock
	if d.Timelock == (common.Address{}) || !strings.Contains(stdout, "Timelock        "+d.Timelock.Hex()) {
		t.Fatalf("no timelock in the deployment or output:\n%s", stdout)
	}
	// a devnet keeps them
	out2 := filepath.Join(t.TempDir(), "devnet.json")
	stdout, msg, code = runDots(t, "", "deploy", "--rpc", node.URL(), "--key", key, "--out", out2, "--keep-admin")
	if code != 0 {
		t.Fatalf("dots deploy --keep-admin exited %d: %s\n%s", code, msg, stdout)
	}
	if d2, err := deploy.Load(out2); err != nil || d2.Timelock != (common.Address{}) {
		t.Fatalf("--keep-admin: %v, timelock %v", err, d2)
	}
}

func TestDeployCommandRejectsBadInput(t *testing.T) {
	for _, args := range [][]string{
		{"deploy", "--rpc", "http://127.0.0.1:1"},                                    // no key
		{"deploy", "--key", "0x1234"},                                                // short key
		{"deploy", "--key", strings.Repeat("ab", 32), "--genesis", "nothex=5"},       // bad genesis
		{"deploy", "--key", strings.Repeat("ab", 32), "--rpc", "http://127.0.0.1:1"}, // unreachable
		{"deploy", "--key", strings.Repeat("ab", 32), "--timelock-delay", "1h"},      // timelock too short
		{"deploy", "--key", strings.Repeat("ab", 32), "--admin", "nothex"},           // bad admin
	} {
		_, msg, code := runDots(t, "", args...)
		if code != 2 || msg == "" {
			t.Errorf("%v: exit %d (%q), want 2 with a message", args, code, msg)
		}
	}
}
