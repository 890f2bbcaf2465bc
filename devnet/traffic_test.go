package devnet

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/ingest"
)

// Every body the devnet sends must parse, in the oracle's own parsers, to the call it was
// generated from: numbers, times, billable seconds, SIP status and Q.850 cause.
func TestTrafficBodiesParseToTheirCalls(t *testing.T) {
	nums := []string{"+14155550000", "+14155550001", "+442079460100", "+442079460101", "+13125550100", "+4930901820"}
	end := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			g := NewTraffic(nums, 42, "t-"+format)
			parse, ok := ingest.Lookup(format)
			if !ok {
				t.Fatalf("the oracle has no parser for %q", format)
			}
			answered, failed := 0, 0
			for round := 0; round < 60; round++ {
				var calls []Call
				n := 5
				if format == "freeswitch" {
					n = 1
				}
				for i := 0; i < n; i++ {
					calls = append(calls, g.Next(end.Add(time.Duration(round*n+i)*time.Second)))
				}
				body, ctype, err := Body(format, calls)
				if err != nil {
					t.Fatal(err)
				}
				opts := SourceOptions(format)
				opts.MaxAge = 0 // the calls are of 2026-11-23
				if err := opts.Check(); err != nil {
					t.Fatal(err)
				}
				res, err := parse(context.Background(), body, ctype, ingest.Defaults{Operator: common.Address{1}, OrigOperator: common.Address{1}, Options: &opts})
				if err != nil {
					t.Fatalf("body %s: %v", body, err)
				}
				if len(res.Calls) != len(calls) {
					t.Fatalf("%d calls parsed from %d: %s", len(res.Calls), len(calls), body)
				}
				for i, got := range res.Calls {
					want := calls[i]
					setup := want.Setup.Unix()
					if format == "kamailio" && want.Answer.IsZero() {
						setup = want.End.Unix() // a failed INVITE's record says only when it failed
					}
					status, cause := want.SIPStatus, want.Q850Cause
					switch format {
					case "kamailio", "opensips":
						// They report the SIP status only; the cause follows RFC 3398.
						cause = cdr.SIPToQ850(status)
					case "asterisk":
						// Asterisk reports the Q.850 cause and a disposition, not the SIP status.
						if status != 200 {
							status = map[string]uint16{"BUSY": 486, "NO ANSWER": 480, "FAILED": 503, "CONGESTION": 503}[AsteriskDisposition[status]]
							if s := cdr.Q850ToSIP(cause); s >= 300 {
								status = s
							}
						}
					}
					if got.Caller != want.Caller || got.Callee != want.Callee || got.SetupTime != uint64(setup) ||
						got.AnswerTime != uint64(unix(want.Answer)) || got.EndTime != uint64(want.End.Unix()) ||
						got.BillableSeconds != want.Billable() || got.SIPStatus != status || got.Q850Cause != cause {
						t.Fatalf("parsed %+v\nfrom %+v\nbody %s", got, want, body)
					}
					if got.CallID != ingest.HashCallID(want.SIPCallID) {
						t.Fatalf("call id %s, want keccak of %q", got.CallID, want.SIPCallID)
					}
					if want.Answer.IsZero() {
						failed++
					} else {
						answered++
					}
				}
				if format == "freeswitch" && !calls[0].Answer.IsZero() {
					b, ctype, err := BodyB(calls[0])
					if err != nil {
						t.Fatal(err)
					}
					res, err := parse(context.Background(), b, ctype, ingest.Defaults{})
					if err != nil || len(res.Calls) != 0 || res.Skipped != 1 {
						t.Fatalf("b-leg: %+v %v, want one skipped record", res, err)
					}
				}
			}
			if answered == 0 || failed == 0 {
				t.Fatalf("%d answered and %d failed calls: the mix is wrong", answered, failed)
			}
		})
	}
}

func TestTrafficIDsAreUniqueAndCallsAreBetweenDifferentNumbers(t *testing.T) {
	g := NewTraffic([]string{"+14155550000", "+14155550001"}, 1, "u")
	seen := map[string]bool{}
	now := time.Now()
	for i := 0; i < 1000; i++ {
		c := g.Next(now)
		if seen[c.ID] || seen[c.SIPCallID] {
			t.Fatalf("repeated id %s / %s", c.ID, c.SIPCallID)
		}
		seen[c.ID], seen[c.SIPCallID] = true, true
		if c.Caller == c.Callee {
			t.Fatalf("call from %s to itself", c.Caller)
		}
		if c.Setup.After(c.End) || (!c.Answer.IsZero() && (c.Answer.Before(c.Setup) || c.Answer.After(c.End))) {
			t.Fatalf("times out of order: %+v", c)
		}
	}
}

func TestBodyRejectsUnknownFormatAndSeveralFreeSWITCHCalls(t *testing.T) {
	g := NewTraffic([]string{"+14155550000", "+14155550001"}, 1, "u")
	c := g.Next(time.Now())
	if _, _, err := Body("sms", []Call{c}); err == nil {
		t.Fatal("unknown format accepted")
	}
	if _, _, err := Body("freeswitch", []Call{c, c}); err == nil {
		t.Fatal("two calls in one FreeSWITCH body accepted")
	}
}
