package node_test

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/devnet"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/identity"
	"github.com/dotsnet/dots/sip/node"
	"github.com/dotsnet/dots/sip/numbers"
	"github.com/dotsnet/dots/sip/sipptest"
)

// peer starts operator B's node beside e's (A's), each listing the other as its peer, B
// with its own databases and the identity policy policyB.
func peer(t *testing.T, e *env, udpB, policyB string) *env {
	t.Helper()
	keys := anvil.DefaultKeys()
	opB := anvil.Address(keys[devnet.KeyOperatorB])
	stB, err := store.Open(e.ctx, filepath.Join(e.dir, "oracle-b.db"), opB, store.Options{Synchronous: "NORMAL"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stB.Close() })
	cfgB := e.cfg
	cfgB.Operator, cfgB.Key, cfgB.UDP, cfgB.DB, cfgB.HTTP = opB, keyHex(keys[devnet.KeyOperatorB]), udpB, filepath.Join(e.dir, "sip-b.db"), "127.0.0.1:0"
	cfgB.Peers = map[string]string{e.opA.Hex(): "sip:" + e.cfg.UDP}
	cfgB.IdentityPolicy = policyB
	ctxB, stopB := context.WithCancel(e.ctx)
	readyB := make(chan node.Ready, 1)
	doneB := make(chan error, 1)
	logs := &lockedWriter{w: &bytes.Buffer{}}
	go func() {
		doneB <- node.Run(ctxB, cfgB, cdrs.StoreSink{Store: stB}, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
			func(r node.Ready) { readyB <- r })
	}()
	var rb node.Ready
	select {
	case rb = <-readyB:
	case err := <-doneB:
		t.Fatalf("node B: %v", err)
	}
	t.Cleanup(func() { stopB(); <-doneB })
	return &env{t: t, ctx: e.ctx, an: e.an, client: e.client, d: e.d, w: e.w, opA: opB, dir: e.dir, ready: rb, hc: e.hc, st: stB, cfg: cfgB, logs: logs}
}

// waitEvents waits until every node has applied an event more than before.
func waitEvents(t *testing.T, before map[*env]uint64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for n, b := range before {
		for health(t, n).RegistryEvents <= b {
			if time.Now().After(deadline) {
				t.Fatal("a registry event never reached a node")
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

func eventsNow(t *testing.T, nodes ...*env) map[*env]uint64 {
	m := map[*env]uint64{}
	for _, n := range nodes {
		m[n] = health(t, n).RegistryEvents
	}
	return m
}

// Two operators' nodes on anvil with real sipp on every side. A passes unverified calls
// marked; B rejects them. What each callee's UAS receives is asserted by the UAS itself
// (sipp regexp checks on the INVITE or MESSAGE: a failed check fails its scenario).
func TestIdentityBetweenOperators(t *testing.T) {
	keys := anvil.DefaultKeys()
	opB := anvil.Address(keys[devnet.KeyOperatorB])
	udpB := "127.0.0.1:" + strconv.Itoa(freePort(t))
	e := setupWith(t, func(e *env) { e.cfg.Peers = map[string]string{opB.Hex(): "sip:" + udpB} })
	b := peer(t, e, udpB, "reject")
	chainID := e.d.ChainID
	signerA, signerB := identity.NewSigner(keys[devnet.KeyOperatorA], chainID), identity.NewSigner(keys[devnet.KeyOperatorB], chainID)
	stranger := identity.NewSigner(keys[9], chainID) // a funded account, not an operator

	alice, bob, carol := e.number(e.opA, 0), e.number(e.opA, 1), e.number(e.opA, 2)
	dave := e.number(opB, 0)
	reg := numberregistry.NewNumberRegistry()
	before := eventsNow(t, e, b)
	e.send(alice.Owner, "cnam alice", reg.PackSetCnam(alice.E164, "Alice Anders"))
	e.send(dave.Owner, `cnam dave`, reg.PackSetCnam(dave.E164, `Dave "D"`))
	e.send(carol.Owner, "cnam carol", reg.PackSetCnam(carol.E164, "Carol"))
	waitEvents(t, before)
	for _, x := range []struct {
		at *env
		n  devnet.Number
	}{{e, alice}, {b, dave}} {
		if err := x.at.provision(x.n, "pw-"+x.n.E164, 1); err != nil {
			t.Fatal(err)
		}
	}
	auth := func(n devnet.Number) []string { return []string{"-au", n.E164, "-ap", "pw-" + n.E164} }
	q := regexp.QuoteMeta
	verified := func(cnam, number string) []sipptest.Check {
		return []sipptest.Check{
			{Header: "From", Regexp: `^ *"` + cnam + `" <sip:` + q(number) + `@[^>]*;verstat=TN-Validation-Passed`},
			{Header: "P-Asserted-Identity", Regexp: `"` + cnam + `" <sip:` + q(number) + `@[^>]*verstat=TN-Validation-Passed`},
			{Header: "Identity", Regexp: "eyJ", Absent: true}, // sipp finds "Identity:" in P-Asserted-Identity too: look for the JWS
		}
	}
	unverified := func(verstat string) []sipptest.Check {
		return []sipptest.Check{
			{Header: "From", Regexp: `"`, Absent: true}, // no display name at all
			{Header: "From", Regexp: "verstat=" + verstat},
			{Header: "P-Asserted-Identity", Regexp: ".", Absent: true},
		}
	}

	t.Run("A to B: signed by A, verified by B, CNAM shown", func(t *testing.T) {
		addr, wait := b.callee("ab-uas", sipptest.Callee{Answer: 200, Ring: true, Hold: 300, Checks: verified("Alice Anders", alice.E164)})
		b.register(t, dave, "pw-"+dave.E164, addr, 300)
		sa := e.call(t, "ab", sipptest.Caller{From: alice.E164, To: dave.E164, Auth: true, Expect: 200, Hold: -1}, auth(alice)...)
		if err := wait(); err != nil {
			t.Fatal(err)
		}
		sb := b.cdr("ab-call-1", "t-ab")
		for i, s := range []*store.Stored{sa, sb} {
			if r := s.Record; r.SIPStatus != 200 || r.Caller != alice.E164 || r.OrigOperator != e.opA || r.TermOperator != opB ||
				r.Side != []cdr.Side{cdr.SideOriginating, cdr.SideTerminating}[i] {
				t.Errorf("CDR %+v", r)
			}
		}
	})
	t.Run("B to A: signed by B, verified by A, CNAM shown (quoted)", func(t *testing.T) {
		addr, wait := e.callee("ba-uas", sipptest.Callee{Answer: 486, Checks: verified(`Dave ."D."`, dave.E164)})
		e.register(t, alice, "pw-"+alice.E164, addr, 300)
		b.call(t, "ba", sipptest.Caller{From: dave.E164, To: alice.E164, Auth: true, Expect: 486}, auth(dave)...)
		if err := wait(); err != nil {
			t.Fatal(err)
		}
		if s := e.cdr("ba-call-1", "t-ba"); s.Record.OrigOperator != opB || s.Record.Caller != dave.E164 {
			t.Errorf("CDR at A %+v", s.Record)
		}
	})

	// Forged calls straight to B's node (as if from A's), policy reject.
	forge := func(s *identity.Signer, caller, callee, callID string, iat time.Time) []string {
		h, err := s.Sign(caller, callee, callID, iat.Unix())
		if err != nil {
			t.Fatal(err)
		}
		return []string{"Identity: " + h}
	}
	direct := func(t *testing.T, at *env, name string, c sipptest.Caller, want int) {
		t.Helper()
		c.CallID, c.FromTag, c.Expect = name+"-call", "t-"+name, want
		if out, err := at.sipp(name+"-uac", c.XML(), c.Args()...); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
	}
	now := time.Now()
	for _, f := range []struct {
		name  string
		hdrs  []string
		want  int
		cause string
	}{
		{"unsigned", nil, 438, "no Identity header"},
		{"wrong-key", forge(stranger, alice.E164, dave.E164, "wrong-key-call-1", now), 438, "not a bonded"},
		{"b-key-for-a-number", forge(signerB, alice.E164, dave.E164, "b-key-for-a-number-call-1", now), 438, "does not route"},
		{"other-number", forge(signerA, carol.E164, dave.E164, "other-number-call-1", now), 438, "signed for caller"},
		{"replayed-old", forge(signerA, alice.E164, dave.E164, "replayed-old-call-1", now.Add(-5*time.Minute)), 438, "stale"},
		{"replayed-other-call", forge(signerA, alice.E164, dave.E164, "ab-call-1", now), 438, "another Call-ID"},
	} {
		t.Run("forged at B: "+f.name, func(t *testing.T) {
			direct(t, b, f.name, sipptest.Caller{From: alice.E164, To: dave.E164, Headers: f.hdrs}, f.want)
			if !strings.Contains(b.logs.String(), f.cause) {
				t.Errorf("node B's log does not say %q", f.cause)
			}
		})
	}
	t.Run("control: a good signature sent straight to B verifies", func(t *testing.T) {
		addr, wait := b.callee("ok-uas", sipptest.Callee{Answer: 486, Checks: verified("Alice Anders", alice.E164)})
		b.register(t, dave, "pw-"+dave.E164, addr, 300)
		direct(t, b, "good", sipptest.Caller{From: alice.E164, To: dave.E164, Headers: forge(signerA, alice.E164, dave.E164, "good-call-1", time.Now())}, 486)
		if err := wait(); err != nil {
			t.Fatal(err)
		}
	})

	// Forged and unsigned calls straight to A's node, policy mark: they pass, without
	// CNAM (even the display name the caller sent is gone), crediting no operator.
	for _, f := range []struct {
		name, verstat string
		hdrs          []string
	}{
		{"unsigned", "No-TN-Validation", nil},
		{"wrong-key", "TN-Validation-Failed", forge(stranger, dave.E164, alice.E164, "mark-wrong-key-call-1", time.Now())},
		{"replayed", "TN-Validation-Failed", forge(signerB, dave.E164, alice.E164, "ba-call-1", time.Now())},
	} {
		t.Run("marked at A: "+f.name, func(t *testing.T) {
			addr, wait := e.callee("mark-"+f.name+"-uas", sipptest.Callee{Answer: 486, Checks: unverified(f.verstat)})
			e.register(t, alice, "pw-"+alice.E164, addr, 300)
			name := "mark-" + f.name
			hdrs := append([]string{`P-Asserted-Identity: "Dave D" <sip:` + dave.E164 + `@b.test>`}, f.hdrs...)
			c := sipptest.Caller{From: dave.E164, To: alice.E164, Headers: hdrs, CallID: name + "-call", FromTag: "t-" + name, Expect: 486}
			xml := strings.Replace(c.XML(), "From: <sip:", `From: "Dave D" <sip:`, -1)
			if out, err := e.sipp(name+"-uac", xml, c.Args()...); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if err := wait(); err != nil {
				t.Fatal(err)
			}
			if s := e.cdr(name+"-call-1", "t-"+name); s.Record.OrigOperator != (common.Address{}) || s.Record.Caller != dave.E164 ||
				s.Record.Side != cdr.SideTerminating {
				t.Errorf("CDR of an unverified call %+v", s.Record)
			}
		})
	}

	t.Run("a port from A to B changes who may sign for the number", func(t *testing.T) {
		// Before: bob is A's; B takes A's signature for bob and refuses B's own.
		addr, wait := b.callee("preport-uas", sipptest.Callee{Answer: 486, Checks: []sipptest.Check{
			{Header: "From", Regexp: "verstat=TN-Validation-Passed"}, {Header: "P-Asserted-Identity", Regexp: q(bob.E164)}}})
		b.register(t, dave, "pw-"+dave.E164, addr, 300)
		direct(t, b, "preport-a", sipptest.Caller{From: bob.E164, To: dave.E164, Headers: forge(signerA, bob.E164, dave.E164, "preport-a-call-1", time.Now())}, 486)
		if err := wait(); err != nil {
			t.Fatal(err)
		}
		direct(t, b, "preport-b", sipptest.Caller{From: bob.E164, To: dave.E164, Headers: forge(signerB, bob.E164, dave.E164, "preport-b-call-1", time.Now())}, 438)
		before := eventsNow(t, e, b)
		portTo(t, e, bob, keys[devnet.KeyOperatorB], "sip:"+udpB)
		waitEvents(t, before)
		// After: bob is B's; A marks A's own signature for bob failed and verifies B's.
		for _, x := range []struct {
			name, verstat string
			s             *identity.Signer
			orig          common.Address
		}{{"postport-a", "TN-Validation-Failed", signerA, common.Address{}}, {"postport-b", "TN-Validation-Passed", signerB, opB}} {
			addr, wait := e.callee(x.name+"-uas", sipptest.Callee{Answer: 486, Checks: []sipptest.Check{{Header: "From", Regexp: "verstat=" + x.verstat}}})
			e.register(t, alice, "pw-"+alice.E164, addr, 300)
			direct(t, e, x.name, sipptest.Caller{From: bob.E164, To: alice.E164, Headers: forge(x.s, bob.E164, alice.E164, x.name+"-call-1", time.Now())}, 486)
			if err := wait(); err != nil {
				t.Fatal(err)
			}
			if s := e.cdr(x.name+"-call-1", "t-"+x.name); s.Record.OrigOperator != x.orig {
				t.Errorf("%s: CDR at A after the port %+v", x.name, s.Record)
			}
		}
	})

	t.Run("MESSAGE: refused without SMS, routed with it, CDR of 0 seconds", func(t *testing.T) {
		m := sipptest.Message{From: alice.E164, To: dave.E164, Auth: true, Expect: 606, CallID: "sms-no", FromTag: "t-sms-no"}
		if out, err := e.sipp("sms-no-uac", m.XML(), append(m.Args(), auth(alice)...)...); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if s := e.cdr("sms-no-1", "t-sms-no"); s.Record.SIPStatus != 606 || s.Record.BillableSeconds != 0 {
			t.Errorf("CDR of a refused MESSAGE %+v", s.Record)
		}
		before := eventsNow(t, e, b)
		e.send(dave.Owner, "sms dave", reg.PackSetFeatures(dave.E164, numbers.FeatureVoice|numbers.FeatureSMS))
		waitEvents(t, before)
		addr := b.receiver("sms-uas", sipptest.Receiver{Checks: append(verified("Alice Anders", alice.E164),
			sipptest.Check{Header: "Content-Type", Regexp: "text/plain"})})
		b.register(t, dave, "pw-"+dave.E164, addr.addr, 300)
		m = sipptest.Message{From: alice.E164, To: dave.E164, Auth: true, Expect: 200, CallID: "sms", FromTag: "t-sms", Body: "hi dave"}
		if out, err := e.sipp("sms-uac", m.XML(), append(m.Args(), auth(alice)...)...); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if err := addr.wait(); err != nil {
			t.Fatal(err)
		}
		for i, s := range []*store.Stored{e.cdr("sms-1", "t-sms"), b.cdr("sms-1", "t-sms")} {
			if r := s.Record; r.SIPStatus != 200 || r.BillableSeconds != 0 || r.AnswerTime == 0 || r.OrigOperator != e.opA || r.TermOperator != opB ||
				r.Side != []cdr.Side{cdr.SideOriginating, cdr.SideTerminating}[i] {
				t.Errorf("CDR of a delivered MESSAGE %+v", r)
			}
		}
	})
}

type waiter struct {
	addr string
	wait func() error
}

// receiver starts a sipp MESSAGE receiver.
func (e *env) receiver(name string, r sipptest.Receiver) waiter {
	a, w := e.uas(name, r.XML())
	return waiter{a, w}
}
