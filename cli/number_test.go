package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/anvil/anviltest"
	"github.com/dotsnet/dots/deploy"
)

// testChain is a real anvil with DOTS deployed (the deployer keeps admin), a short minimum
// commit age, and the deployment file the CLI reads.
type testChain struct {
	node    *anvil.Instance
	dep     *deploy.Deployment
	depFile string
	dir     string
}

func startTestChain(t *testing.T, ctx context.Context) *testChain {
	t.Helper()
	cfg := deploy.Config{}
	node, _ := anviltest.Start(t, ctx, anvil.Options{})
	for _, k := range node.Keys()[1:6] {
		cfg.Genesis = append(cfg.Genesis, deploy.Allocation{Holder: anvil.Address(k), Amount: new(big.Int).Mul(big.NewInt(100_000), tokenUnit)})
	}
	client, err := node.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	d, err := deploy.Deploy(ctx, client, node.Keys()[0], cfg)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := client.ChainID(ctx)
	s, err := deploy.NewSender(ctx, client, node.Keys()[0], id, nil)
	if err != nil {
		t.Fatal(err)
	}
	// minimum commit age 2 s so a claim's countdown is short
	if _, err := s.Send(ctx, "setParameters", d.NumberRegistry, nrABI.PackSetParameters(2, 86400, 365*86400, 30*86400, 7*86400, new(big.Int).Mul(big.NewInt(50), tokenUnit))); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tc := &testChain{node: node, dep: d, depFile: filepath.Join(dir, "deployment.json"), dir: dir}
	if err := d.Save(tc.depFile); err != nil {
		t.Fatal(err)
	}
	return tc
}

func (tc *testChain) key(i int) string {
	return hex.EncodeToString(crypto.FromECDSA(tc.node.Keys()[i]))
}
func (tc *testChain) addr(i int) string {
	return anvil.Address(tc.node.Keys()[i]).Hex()
}

// args are the chain flags plus the sending account key i (-1: none).
func (tc *testChain) args(i int, a ...string) []string {
	out := append([]string{}, a...)
	out = append(out, "--rpc", tc.node.URL(), "--deployment", tc.depFile)
	if i >= 0 {
		out = append(out, "--key", tc.key(i), "--yes")
	}
	return out
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, msg, code := runDots(t, "", args...)
	if code != 0 {
		t.Fatalf("dots %s: exit %d: %s\n%s", strings.Join(args, " "), code, msg, out)
	}
	return out
}

// jsonTail decodes the last JSON value of out (summaries go to the same buffer in tests).
func jsonTail(t *testing.T, out string, v any) {
	t.Helper()
	i := strings.LastIndex(out, "\n{")
	if j := strings.LastIndex(out, "\n["); j > i {
		i = j
	}
	if err := json.Unmarshal([]byte(out[i+1:]), v); err != nil {
		t.Fatalf("no JSON at the end of:\n%s\n%v", out, err)
	}
}

func TestNumberLife(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	tc := startTestChain(t, ctx)
	const num = "+14155550123"

	// the owner's key lives in an encrypted keystore
	ks := filepath.Join(tc.dir, "keystore")
	keyFile := filepath.Join(tc.dir, "owner.key")
	pw := filepath.Join(tc.dir, "pw")
	os.WriteFile(keyFile, []byte(tc.key(1)), 0o600)
	os.WriteFile(pw, []byte("correct horse\n"), 0o600)
	out := mustRun(t, "account", "import", keyFile, "--keystore", ks, "--password-file", pw, "--light-kdf")
	if !strings.Contains(out, tc.addr(1)) {
		t.Fatalf("import printed %q, want %s", out, tc.addr(1))
	}
	out = mustRun(t, "account", "list", "--keystore", ks, "--json")
	if !strings.Contains(out, tc.addr(1)) {
		t.Fatalf("list: %s", out)
	}
	owner := func(a ...string) []string {
		return append(tc.args(-1, a...), "--keystore", ks, "--account", tc.addr(1), "--password-file", pw, "--yes")
	}
	// a wrong password is refused with a message
	os.WriteFile(filepath.Join(tc.dir, "bad"), []byte("nope"), 0o600)
	bad := append(tc.args(-1, "number", "cnam", num, "--name", "X"), "--keystore", ks, "--account", tc.addr(1), "--password-file", filepath.Join(tc.dir, "bad"))
	if _, msg, code := runDots(t, "", bad...); code != 2 || !strings.Contains(msg, "unlocking") {
		t.Fatalf("wrong password: exit %d %q", code, msg)
	}

	state := filepath.Join(tc.dir, "state")
	out = mustRun(t, owner("number", "claim", num, "--state-dir", state, "--json")...)
	var v numberView
	jsonTail(t, out, &v)
	if v.Owner.Hex() != tc.addr(1) || !v.Live || v.Deposit != "50 DOTS" {
		t.Fatalf("after claim: %+v\n%s", v, out)
	}
	if !strings.Contains(out, "commit to claiming "+num) || !strings.Contains(out, "gas ") || !strings.Contains(out, "  tx      0x") {
		t.Fatalf("no transaction summary:\n%s", out)
	}
	if files, _ := filepath.Glob(filepath.Join(state, "claims", "*")); len(files) != 0 {
		t.Fatalf("pending claim files left after the reveal: %v", files)
	}
	// someone else cannot claim it, and the message says why
	if _, msg, code := runDots(t, "", tc.args(2, "number", "claim", num, "--state-dir", state)...); code != 2 || !strings.Contains(msg, "not available") {
		t.Fatalf("second claim: exit %d %q", code, msg)
	}
	// a non-owner's change is refused with the contract's error in words
	if _, msg, code := runDots(t, "", tc.args(2, "number", "cnam", num, "--name", "Mallory")...); code != 2 || !strings.Contains(msg, "NotNumberOwner") {
		t.Fatalf("cnam by a stranger: exit %d %q", code, msg)
	}

	mustRun(t, owner("number", "cnam", num, "--name", "ACME Corp")...)
	mustRun(t, owner("number", "features", num, "voice,sms")...)
	mustRun(t, owner("number", "block", num, "+442071838750")...)
	if _, msg, code := runDots(t, "", owner("number", "block", num, "+442071838750")...); code != 2 || !strings.Contains(msg, "CallerAlreadyBlocked") {
		t.Fatalf("blocking twice: exit %d %q", code, msg)
	}
	mustRun(t, owner("number", "unblock", num, "+442071838750")...)
	mustRun(t, owner("number", "route", num, "--uri", "sip:alice@example.org")...)
	jsonTail(t, mustRun(t, tc.args(-1, "number", "show", num, "--json")...), &v)
	if v.Cnam != "ACME Corp" || strings.Join(v.Features, ",") != "voice,sms" || v.SipURI != "sip:alice@example.org" {
		t.Fatalf("show: %+v", v)
	}

	// route to operator 3 with its consent, then port to operator 4
	consent := filepath.Join(tc.dir, "consent.json")
	mustRun(t, owner("number", "port", num, "--to-operator", tc.addr(3), "--uri", "sip:alice@op3.example", "--out", consent)...)
	if _, msg, code := runDots(t, "", owner("number", "route", num, "--operator", tc.addr(3), "--uri", "sip:alice@op3.example", "--consent", consent)...); code != 2 || !strings.Contains(msg, "not signed") {
		t.Fatalf("route with an unsigned consent: exit %d %q", code, msg)
	}
	mustRun(t, tc.args(3, "number", "port", "sign", consent)...)
	mustRun(t, owner("number", "route", num, "--operator", tc.addr(3), "--uri", "sip:alice@op3.example", "--consent", consent)...)
	jsonTail(t, mustRun(t, tc.args(-1, "number", "show", num, "--json")...), &v)
	if v.Operator.Hex() != tc.addr(3) {
		t.Fatalf("route: operator %s", v.Operator.Hex())
	}

	req := filepath.Join(tc.dir, "port.json")
	mustRun(t, owner("number", "port", num, "--to-operator", tc.addr(4), "--uri", "sip:alice@op4.example", "--out", req)...)
	if _, msg, code := runDots(t, "", tc.args(3, "number", "port", "sign", req)...); code != 2 || !strings.Contains(msg, "for operator") {
		t.Fatalf("port signed by the wrong operator: exit %d %q", code, msg)
	}
	if _, _, code := runDots(t, "", tc.args(5, "number", "port", "send", req)...); code != 2 {
		t.Fatalf("port without the operator's signature: exit %d", code)
	}
	mustRun(t, tc.args(4, "number", "port", "sign", req)...)
	mustRun(t, tc.args(5, "number", "port", "send", req)...) // anyone may send it
	jsonTail(t, mustRun(t, tc.args(-1, "number", "show", num, "--json")...), &v)
	if v.Operator.Hex() != tc.addr(4) || v.SipURI != "sip:alice@op4.example" {
		t.Fatalf("after port: %+v", v)
	}
	// a used request is stale
	if _, msg, code := runDots(t, "", tc.args(5, "number", "port", "send", req)...); code != 2 || !strings.Contains(msg, "stale") {
		t.Fatalf("port sent twice: exit %d %q", code, msg)
	}

	mustRun(t, tc.args(2, "number", "renew", num)...) // anyone may renew... once it is within a term
	var list []numberView
	jsonTail(t, mustRun(t, tc.args(-1, "number", "list", "--owner", tc.addr(1), "--json")...), &list)
	if len(list) != 1 || list[0].Number != num {
		t.Fatalf("list: %+v", list)
	}
	out = mustRun(t, tc.args(-1, "number", "list", "--owner", tc.addr(1))...)
	if !strings.Contains(out, "NUMBER") || !strings.Contains(out, num) {
		t.Fatalf("list columns:\n%s", out)
	}
	mustRun(t, owner("number", "transfer", num, "--to", tc.addr(2))...)
	mustRun(t, tc.args(2, "number", "release", num)...)
	jsonTail(t, mustRun(t, tc.args(-1, "number", "show", num, "--json")...), &v)
	if v.Live {
		t.Fatalf("after release: %+v", v)
	}
}

func viewAsTest[T any](ctx context.Context, client interface {
	CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error)
}, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

func mustSender(t *testing.T, ctx context.Context, tc *testChain, i int) *deploy.Sender {
	t.Helper()
	client, err := tc.node.Dial(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	id, _ := client.ChainID(ctx)
	s, err := deploy.NewSender(ctx, client, tc.node.Keys()[i], id, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
