package node_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/dotsnet/dots/sip/sipptest"
)

// Every call case through the node with real sipp on both sides; each checks the CDR
// the call left in the oracle's store.
func TestCallsThroughTheNode(t *testing.T) {
	e := setup(t)
	alice, bob := e.number(e.opA, 0), e.number(e.opA, 1)
	if err := e.provision(alice, "alice-pw", 1); err != nil {
		t.Fatal(err)
	}
	if err := e.provision(bob, "bob-pw", 1); err != nil {
		t.Fatal(err)
	}
	type tc struct {
		name     string
		callee   sipptest.Callee
		caller   sipptest.Caller
		status   uint16
		cause    uint8
		answered bool
	}
	cases := []tc{
		{name: "answered-caller-bye", callee: sipptest.Callee{Answer: 200, Ring: true, Hold: -1},
			caller: sipptest.Caller{Expect: 200, Hold: 1200}, status: 200, cause: 16, answered: true},
		{name: "answered-callee-bye", callee: sipptest.Callee{Answer: 200, Ring: true, Hold: 1200},
			caller: sipptest.Caller{Expect: 200, Hold: -1}, status: 200, cause: 16, answered: true},
		{name: "busy", callee: sipptest.Callee{Answer: 486}, caller: sipptest.Caller{Expect: 486}, status: 486, cause: 17},
		{name: "declined-by-callee", callee: sipptest.Callee{Answer: 603}, caller: sipptest.Caller{Expect: 603}, status: 603, cause: 21},
		{name: "cancelled", callee: sipptest.Callee{Ring: true, Cancel: true}, caller: sipptest.Caller{Expect: 487, Ring: true, CancelAt: 300},
			status: 487, cause: 16},
		{name: "no-answer", callee: sipptest.Callee{Ring: true}, caller: sipptest.Caller{Expect: 408, Ring: true}, status: 408, cause: 19},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			addr, wait := e.callee(c.name+"-uas", c.callee)
			e.register(t, bob, "bob-pw", addr, 300)
			c.caller.From, c.caller.To, c.caller.Auth = alice.E164, strings.TrimPrefix(bob.E164, "+"), true
			c.caller.CallID, c.caller.FromTag = c.name+"-call", "t-"+c.name
			start := time.Now().Unix()
			if out, err := e.sipp(c.name+"-uac", c.caller.XML(), append(c.caller.Args(), "-au", alice.E164, "-ap", "alice-pw")...); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if err := wait(); err != nil {
				t.Fatal(err)
			}
			s := e.cdr(c.caller.CallID+"-1", c.caller.FromTag)
			r := s.Record
			if r.Caller != alice.E164 || r.Callee != bob.E164 {
				t.Errorf("caller %s callee %s, want %s %s", r.Caller, r.Callee, alice.E164, bob.E164)
			}
			if r.SIPStatus != c.status || r.Q850Cause != c.cause {
				t.Errorf("status %d cause %d, want %d %d", r.SIPStatus, r.Q850Cause, c.status, c.cause)
			}
			if r.OrigOperator != e.opA || r.TermOperator != e.opA {
				t.Errorf("operators %s %s, want A twice", r.OrigOperator, r.TermOperator)
			}
			if r.SetupTime < uint64(start) || r.EndTime > uint64(time.Now().Unix()) || r.EndTime < r.SetupTime {
				t.Errorf("times setup %d end %d outside the test's [%d, now]", r.SetupTime, r.EndTime, start)
			}
			if c.answered {
				if r.AnswerTime == 0 || r.BillableSeconds != uint32(r.EndTime-r.AnswerTime) || r.EndTime-r.AnswerTime > 3 {
					t.Errorf("answered %d end %d billable %d", r.AnswerTime, r.EndTime, r.BillableSeconds)
				}
			} else if r.AnswerTime != 0 || r.BillableSeconds != 0 {
				t.Errorf("unanswered call with answer %d billable %d", r.AnswerTime, r.BillableSeconds)
			}
		})
	}
	// /metrics counts the CDRs by outcome and the routed INVITEs.
	res, err := http.Get("http://" + e.ready.HTTP + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, want := range []string{`dots_sip_cdrs_written_total{outcome="answered"} 2`, `dots_sip_cdrs_written_total{outcome="busy"} 1`,
		`dots_sip_cdrs_written_total{outcome="cancelled"} 1`, `dots_sip_invites_total 6`, `dots_sip_registrations `} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}
