package node_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/devnet"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/node"
	"github.com/dotsnet/dots/sip/sipptest"
)

// Two operators' nodes: a call from A's phone to B's number crosses both (Record-Route,
// ACK and BYE along the route set), each side stores a CDR; then a number of A is ported
// to B while a call to it is up: that call ends normally, A's credential for the number
// dies, and the next call to it goes through B's node.
func TestTwoOperators(t *testing.T) {
	keys := anvil.DefaultKeys()
	opB := anvil.Address(keys[devnet.KeyOperatorB])
	udpB := "127.0.0.1:" + strconv.Itoa(freePort(t))
	var udpA string
	e := setupWith(t, func(e *env) {
		udpA = e.cfg.UDP
		e.cfg.Peers = map[string]string{opB.Hex(): "sip:" + udpB}
	})
	// Node B beside A, with its own databases.
	stB, err := store.Open(e.ctx, filepath.Join(e.dir, "oracle-b.db"), opB, store.Options{Synchronous: "NORMAL"})
	if err != nil {
		t.Fatal(err)
	}
	defer stB.Close()
	cfgB := e.cfg
	cfgB.Operator, cfgB.UDP, cfgB.DB, cfgB.HTTP = opB, udpB, filepath.Join(e.dir, "sip-b.db"), "127.0.0.1:0"
	cfgB.Key = keyHex(keys[devnet.KeyOperatorB])
	cfgB.Peers = map[string]string{e.opA.Hex(): "sip:" + udpA}
	ctxB, stopB := context.WithCancel(e.ctx)
	readyB := make(chan node.Ready, 1)
	doneB := make(chan error, 1)
	var logB bytes.Buffer
	go func() {
		doneB <- node.Run(ctxB, cfgB, cdrs.StoreSink{Store: stB}, slog.New(slog.NewTextHandler(&lockedWriter{w: &logB}, nil)),
			func(r node.Ready) { readyB <- r })
	}()
	rb := <-readyB
	defer func() { stopB(); <-doneB }()
	nodeB := &env{t: t, ctx: e.ctx, dir: e.dir, ready: rb, hc: e.hc, st: stB}

	alice := e.number(e.opA, 0)
	bob := e.number(e.opA, 1)
	dave := e.number(opB, 0)
	if err := e.provision(alice, "pa", 1); err != nil {
		t.Fatal(err)
	}
	if err := e.provision(bob, "pb", 1); err != nil {
		t.Fatal(err)
	}
	if err := nodeB.provision(dave, "pd", 1); err != nil {
		t.Fatal(err)
	}

	t.Run("A's phone calls B's number through both nodes", func(t *testing.T) {
		addr, wait := nodeB.callee("dave-uas", sipptest.Callee{Answer: 200, Ring: true, Hold: 500})
		nodeB.register(t, dave, "pd", addr, 300)
		s := e.call(t, "a2b", sipptest.Caller{From: alice.E164, To: dave.E164, Auth: true, Expect: 200, Hold: -1}, "-au", alice.E164, "-ap", "pa")
		if err := wait(); err != nil {
			t.Fatal(err)
		}
		sb := nodeB.cdr("a2b-call-1", "t-a2b")
		for _, x := range []*store.Stored{s, sb} {
			r := x.Record
			if r.SIPStatus != 200 || r.AnswerTime == 0 || r.Caller != alice.E164 || r.Callee != dave.E164 ||
				r.OrigOperator != e.opA || r.TermOperator != opB {
				t.Errorf("CDR %+v", r)
			}
		}
		if s.Record.CallID != sb.Record.CallID {
			t.Error("the two operators' CDRs do not share the call id")
		}
	})

	t.Run("a port takes effect while a call is up", func(t *testing.T) {
		// A long call to bob at A, up while the port goes through.
		addr, wait := e.callee("bob-uas", sipptest.Callee{Answer: 200, Hold: -1})
		e.register(t, bob, "pb", addr, 300)
		xml := sipptest.Caller{From: alice.E164, To: bob.E164, Auth: true, Expect: 200, Hold: 2500, CallID: "during", FromTag: "t-during"}
		p, _ := sipptest.Write(e.dir, "during-uac", xml.XML())
		var out bytes.Buffer
		uac, err := sipptest.Start(e.ctx, e.dir, &out, append([]string{udpA, "-sf", p, "-i", "127.0.0.1", "-p", strconv.Itoa(freePort(t)),
			"-m", "1", "-timeout", "15s", "-timeout_error", "-nostdin", "-au", alice.E164, "-ap", "pa"}, xml.Args()...)...)
		if err != nil {
			t.Fatal(err)
		}
		// Wait until the call is up at A.
		deadline := time.Now().Add(10 * time.Second)
		for health(t, e).OpenCalls == 0 {
			if time.Now().After(deadline) {
				t.Fatal("the call never came up")
			}
			time.Sleep(20 * time.Millisecond)
		}
		before := health(t, e).RegistryEvents
		portTo(t, e, bob, keys[devnet.KeyOperatorB], "sip:"+udpB)
		for health(t, e).RegistryEvents == before {
			if time.Now().After(deadline) {
				t.Fatal("the port event never reached node A")
			}
			time.Sleep(20 * time.Millisecond)
		}
		if err := uac.Wait(); err != nil {
			t.Fatalf("the call up during the port: %v\n%s", err, out.String())
		}
		if err := wait(); err != nil {
			t.Fatal(err)
		}
		s := e.cdr("during-1", "t-during")
		if s.Record.SIPStatus != 200 || s.Record.BillableSeconds < 2 || s.Record.TermOperator != e.opA {
			t.Errorf("CDR of the call up during the port: %+v", s.Record)
		}
		// A no longer serves bob: its REGISTER is refused before any challenge.
		e.registerExpect(t, sipptest.Register{User: bob.E164, Contact: addr, Expires: 60, Unauth: 403}, "pb")
		// The owner provisions bob at B; alice's next call to bob goes through B.
		if err := nodeB.provision(bob, "pb2", 2); err != nil {
			t.Fatal(err)
		}
		addr2, wait2 := nodeB.callee("bob-at-b", sipptest.Callee{Answer: 486})
		nodeB.register(t, bob, "pb2", addr2, 300)
		s2 := e.call(t, "afterport", sipptest.Caller{From: alice.E164, To: bob.E164, Auth: true, Expect: 486}, "-au", alice.E164, "-ap", "pa")
		if err := wait2(); err != nil {
			t.Fatal(err)
		}
		if s2.Record.SIPStatus != 486 || s2.Record.TermOperator != opB {
			t.Errorf("CDR after the port: %+v", s2.Record)
		}
	})
}

// portTo ports n to the operator of opKey at uri with the owner's and the operator's
// EIP-712 signatures (NumberRegistry.portDigest).
func portTo(t *testing.T, e *env, n devnet.Number, key *ecdsa.PrivateKey, uri string) {
	t.Helper()
	reg := numberregistry.NewNumberRegistry()
	inst := reg.Instance(e.client, e.d.NumberRegistry)
	deadline := big.NewInt(time.Now().Add(time.Hour).Unix())
	to := anvil.Address(key)
	digest, err := bind.Call(inst, &bind.CallOpts{Context: e.ctx}, reg.PackPortDigest(crypto.Keccak256Hash([]byte(n.E164)), to, uri, deadline), reg.UnpackPortDigest)
	if err != nil {
		t.Fatal(err)
	}
	sign := func(k *ecdsa.PrivateKey) []byte {
		sig, err := crypto.Sign(digest[:], k)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		return sig
	}
	ownerSig, opSig := sign(n.Owner), sign(key)
	e.send(key, "port "+n.E164, reg.PackPort(n.E164, to, uri, deadline, ownerSig, opSig))
}
