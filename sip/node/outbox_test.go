package node_test

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/metrics"
	"github.com/dotsnet/dots/oracle/server"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/sip/cdrs"
	"github.com/dotsnet/dots/sip/sipptest"
)

// A node beside the oracle posts its CDRs to the oracle's ingest API as an authenticated
// source; while the oracle is down they wait on disk, and arrive once it is up.
func TestBesideTheOracle(t *testing.T) {
	// A TCP port nobody listens on (yet).
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	oracleAddr := l.Addr().String()
	l.Close()
	e := setupWith(t, func(e *env) {
		e.cfg.OracleURL, e.cfg.OracleToken = "http://"+oracleAddr, "sip-token"
		e.sink = nil // the node's own outbox
	})
	alice, bob := e.number(e.opA, 0), e.number(e.opA, 1)
	if err := e.provision(alice, "pa", 1); err != nil {
		t.Fatal(err)
	}
	if err := e.provision(bob, "pb", 1); err != nil {
		t.Fatal(err)
	}
	addr, wait := e.callee("busy-uas", sipptest.Callee{Answer: 486})
	e.register(t, bob, "pb", addr, 300)
	c := sipptest.Caller{From: alice.E164, To: bob.E164, Auth: true, Expect: 486, CallID: "beside", FromTag: "t-beside"}
	if out, err := e.sipp("beside-uac", c.XML(), append(c.Args(), "-au", alice.E164, "-ap", "pa")...); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if err := wait(); err != nil {
		t.Fatal(err)
	}
	// The oracle is down: the CDR is not in its store.
	if _, err := e.st.BySource(e.ctx, "sipnode", "beside-1;t-beside"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("CDR stored while the oracle was down: %v", err)
	}
	// The oracle comes up (its API over the same store); the CDR arrives.
	srv, err := server.New(server.Config{Sources: []server.Source{{Name: "sipnode", Token: "sip-token", Formats: []string{"dots"}}}},
		e.st, metrics.New(e.st.StateCounts), slog.New(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", oracleAddr)
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv.Handler()}
	go hs.Serve(ln)
	defer hs.Shutdown(context.Background())
	deadline := time.Now().Add(45 * time.Second)
	for {
		s, err := e.st.BySource(e.ctx, "sipnode", "beside-1;t-beside")
		if err == nil {
			if s.Record.SIPStatus != 486 || s.Record.Caller != alice.E164 || s.Record.CallID != cdrsCallID("beside-1") ||
				s.Record.Side != cdr.SideOriginating {
				t.Fatalf("CDR %+v", s.Record)
			}
			break
		}
		if time.Now().After(deadline) {
			_, serr := e.st.BySource(e.ctx, cdrs.Source, "beside-1;t-beside")
			t.Fatalf("CDR never reached the oracle: %v (in the store as source sip: %v)", err, serr)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
