package node_test

import (
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/dotsnet/dots/pgtest"
	"github.com/dotsnet/dots/sip/sipptest"
)

// TestTwoNodesShareRegistrations: two SIP nodes of operator A on one PostgreSQL database
// (real sipp on every side). Credentials provisioned through one node authenticate on the
// other, and a phone registered on one node is reachable through the other, both ways;
// the CDRs are the calls'.
func TestTwoNodesShareRegistrations(t *testing.T) {
	db := pgtest.Start(t).NewDB(t)
	e1 := setupWith(t, func(e *env) { e.cfg.DB, e.cfg.Name = db, "node-1" })
	e2 := *e1
	e2.cfg.UDP, e2.cfg.Name = "127.0.0.1:"+strconv.Itoa(freePort(t)), "node-2"
	e2.start()
	alice, bob := e1.number(e1.opA, 0), e1.number(e1.opA, 1)
	if err := e1.provision(alice, "alice-pw", 1); err != nil {
		t.Fatal(err)
	}
	if err := e2.provision(bob, "bob-pw", 1); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name         string
		reg, call    *env
		from, to     string
		pw, calleePw string
	}{
		{"registered-on-1-called-through-2", e1, &e2, alice.E164, bob.E164, "alice-pw", "bob-pw"},
		{"registered-on-2-called-through-1", &e2, e1, bob.E164, alice.E164, "bob-pw", "alice-pw"},
	} {
		t.Run(c.name, func(t *testing.T) {
			addr, wait := c.reg.callee(c.name+"-uas", sipptest.Callee{Answer: 200, Ring: true, Hold: -1})
			if out, err := c.reg.sipp(c.name+"-reg", sipptest.Register{User: c.to, Contact: addr, Expires: 300}.XML(),
				"-au", c.to, "-ap", c.calleePw); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			caller := sipptest.Caller{From: c.from, To: strings.TrimPrefix(c.to, "+"), Auth: true, Expect: 200, Hold: 500,
				CallID: c.name + "-call", FromTag: "t-" + c.name}
			if out, err := c.call.sipp(c.name+"-uac", caller.XML(), append(caller.Args(), "-au", c.from, "-ap", c.pw)...); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if err := wait(); err != nil {
				t.Fatal(err)
			}
			r := c.call.cdr(caller.CallID+"-1", caller.FromTag).Record
			if r.Caller != c.from || r.Callee != c.to || r.SIPStatus != 200 || r.AnswerTime == 0 {
				t.Fatalf("CDR %+v", r)
			}
		})
	}
	// Each node counts the registrations in the shared database (both phones).
	for _, e := range []*env{e1, &e2} {
		res, err := http.Get("http://" + e.ready.HTTP + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if !strings.Contains(string(body), "dots_sip_registrations 2") {
			t.Errorf("node %s: /metrics lacks dots_sip_registrations 2", e.cfg.Name)
		}
	}
}
