package kamailio_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/oracle/metrics"
	"github.com/dotsnet/dots/oracle/server"
	"github.com/dotsnet/dots/oracle/store"
)

// TestKamailioToOracle runs the real Kamailio with kamailio.cfg posting to a real oracle
// (store and HTTP API), places an answered, a busy, a cancelled and an unanswered call with
// sipp, and checks the CDR the oracle stored for each. The oracle starts only after the
// first call: Kamailio must keep that call's records and deliver them once it is up.
func TestKamailioToOracle(t *testing.T) {
	needTools(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	operator := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "oracle.db"), operator, store.Options{Synchronous: "NORMAL"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// A token-only source: Kamailio sends the token as the Basic password from the URL.
	src := server.Source{Name: "kamailio1", Token: "kamailio-token", Formats: []string{"kamailio"}, Options: ingest.Options{
		Numbering: &ingest.NumberingPlan{CountryCode: 1, NationalPrefix: "1", National: true,
			Extensions: []ingest.ExtensionRange{{From: "1000", To: "1999", E164Prefix: "+1415555"}}},
		MaxAge: ingest.Duration(time.Hour), MaxSkew: ingest.Duration(time.Minute)}}
	api, err := server.New(server.Config{Sources: []server.Source{src}}, st, metrics.New(nil), slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Until the oracle is up, its port drops every connection (an oracle that is down).
	down, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	oracleAddr := down.Addr().String()
	tries := make(chan struct{}, 100)
	go func() {
		for {
			c, err := down.Accept()
			if err != nil {
				return
			}
			c.Close()
			select {
			case tries <- struct{}{}:
			default:
			}
		}
	}()

	kam := kamailio(t, ctx, fmt.Sprintf("http://kamailio1:kamailio-token@%s/v1/cdrs/kamailio", oracleAddr), variants[0])
	uas := callees(t, ctx)
	calls := []placed{call(t, ctx, kam, uas["answered"], "answered", "1001", "4155550101")}

	// Kamailio tries to post the first call's records and fails; then the oracle comes up.
	select {
	case <-tries:
	case <-ctx.Done():
		t.Fatal("Kamailio never tried to post")
	}
	down.Close()
	l, err := net.Listen("tcp", oracleAddr)
	if err != nil {
		t.Fatalf("the oracle's port was taken meanwhile: %v", err)
	}
	srv := &http.Server{Handler: api.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(l)
	defer srv.Close()

	for i, kind := range []string{"busy", "cancelled", "noanswer"} {
		calls = append(calls, call(t, ctx, kam, uas[kind], kind, fmt.Sprintf("10%02d", i+2), fmt.Sprintf("415555010%d", i+2)))
	}
	want := map[string]struct {
		status   uint16
		answered bool
	}{"answered": {200, true}, "busy": {486, false}, "cancelled": {487, false}, "noanswer": {408, false}}
	for _, c := range calls {
		var got *store.Stored
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			if got, err = st.BySource(ctx, "kamailio1", c.sourceID); err == nil {
				break
			} else if !errors.Is(err, store.ErrNotFound) {
				t.Fatal(err)
			}
			time.Sleep(100 * time.Millisecond) // polled: the store has no event for a CDR
		}
		if got == nil {
			t.Fatalf("no CDR stored for the %s call %s", c.kind, c.sourceID)
		}
		w := want[c.kind]
		caller, callee := "+1415555"+c.caller, "+1"+c.callee
		if got.SIPStatus != w.status || got.Caller != caller || got.Callee != callee || (got.AnswerTime != 0) != w.answered {
			t.Errorf("%s call: stored %+v; want status %d, %s -> %s, answered %v", c.kind, got.Record, w.status, caller, callee, w.answered)
		}
		if c.kind == "answered" && (got.BillableSeconds < 1 || got.BillableSeconds > 2) {
			t.Errorf("answered call: %d billable seconds for sipp's 1.2 s", got.BillableSeconds)
		}
		if c.kind != "answered" && got.BillableSeconds != 0 {
			t.Errorf("%s call billed %d s", c.kind, got.BillableSeconds)
		}
		if age := time.Since(time.Unix(int64(got.EndTime), 0)); age < -2*time.Second || age > time.Minute {
			t.Errorf("%s call ended %s ago", c.kind, age)
		}
	}
	n, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n.CDRs != uint64(len(calls)) {
		t.Errorf("%d CDRs stored for %d calls", n.CDRs, len(calls))
	}
}
