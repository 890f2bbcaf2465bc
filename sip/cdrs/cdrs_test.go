package cdrs

import (
	"context"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/mattn/go-sqlite3"

	"github.com/dotsnet/dots/oracle/ingest"
)

type memSink struct {
	mu    sync.Mutex
	calls []ingest.Call
}

func (m *memSink) Insert(_ context.Context, c []CDR) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, x := range c {
		m.calls = append(m.calls, x.Call)
	}
	return nil
}

func openDB(t *testing.T) *sqlx.DB {
	db, err := sqlx.Open("sqlite3", "file:"+filepath.Join(t.TempDir(), "c.db")+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

func TestAnsweredCallSurvivesARestartOnce(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	sink := &memSink{}
	tr, err := New(ctx, db, sink, slog.New(slog.DiscardHandler), 0)
	if err != nil {
		t.Fatal(err)
	}
	rctx, stop := context.WithCancel(ctx)
	go tr.Run(rctx)
	setup := time.Unix(1_900_000_000, 0)
	tr.Start(ctx, &Call{SourceID: "c1;t", CallID: "c1", Caller: "+14155550100", Callee: "+14155550101", Setup: setup})
	if err := tr.Answered(ctx, "c1", setup.Add(2*time.Second)); err != nil {
		t.Fatal(err)
	}
	tr.Seen("c1", setup.Add(30*time.Second))
	tr.sweep(ctx) // persists the last-seen time
	stop()
	<-tr.stopped
	// The process "dies" here; a new tracker on the same database closes the call.
	tr2, _ := New(ctx, db, sink, slog.New(slog.DiscardHandler), 0)
	n, err := tr2.Recover(ctx)
	if err != nil || n != 1 {
		t.Fatalf("recovered %d, %v", n, err)
	}
	c := sink.calls[0]
	if c.SIPStatus != 200 || c.Q850Cause != CauseRestart || c.AnswerTime != uint64(setup.Unix()+2) ||
		c.EndTime != uint64(setup.Unix()+30) || c.BillableSeconds != 28 {
		t.Fatalf("CDR %+v", c)
	}
	if n, _ := tr2.Recover(ctx); n != 0 || len(sink.calls) != 1 {
		t.Fatalf("second recovery closed %d more", n)
	}
}

// A call still ringing when the node dies is persisted from its INVITE: the restart closes
// it unanswered (500, cause 41) at its setup time, once; a call that ended before the
// crash leaves no row behind.
func TestRingingCallSurvivesARestartOnce(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	sink := &memSink{}
	tr, err := New(ctx, db, sink, slog.New(slog.DiscardHandler), 0)
	if err != nil {
		t.Fatal(err)
	}
	rctx, stop := context.WithCancel(ctx)
	go tr.Run(rctx)
	setup := time.Unix(1_900_000_000, 0)
	if err := tr.Start(ctx, &Call{SourceID: "r1;t", CallID: "r1", Caller: "+14155550100", Callee: "+14155550101", Setup: setup}); err != nil {
		t.Fatal(err)
	}
	if err := tr.Start(ctx, &Call{SourceID: "b1;t", CallID: "b1", Caller: "+14155550100", Callee: "+14155550102", Setup: setup}); err != nil {
		t.Fatal(err)
	}
	if err := tr.End(ctx, "b1", setup.Add(time.Second), 486, 0); err != nil {
		t.Fatal(err)
	}
	stop()
	<-tr.stopped
	var rows int
	if err := db.Get(&rows, `SELECT COUNT(*) FROM open_calls`); err != nil || rows != 1 {
		t.Fatalf("%d open calls persisted (%v), want the ringing one", rows, err)
	}
	tr2, _ := New(ctx, db, sink, slog.New(slog.DiscardHandler), 0)
	n, err := tr2.Recover(ctx)
	if err != nil || n != 1 || len(sink.calls) != 2 {
		t.Fatalf("recovered %d, %v; CDRs %+v", n, err, sink.calls)
	}
	c := sink.calls[1]
	if c.SourceID != "r1;t" || c.SIPStatus != 500 || c.Q850Cause != CauseRestart || c.AnswerTime != 0 ||
		c.BillableSeconds != 0 || c.EndTime != uint64(setup.Unix()) {
		t.Fatalf("CDR %+v", c)
	}
	if n, _ := tr2.Recover(ctx); n != 0 || len(sink.calls) != 2 {
		t.Fatalf("second recovery closed %d more", n)
	}
}

func TestMaxDialogAndOutcomes(t *testing.T) {
	ctx := context.Background()
	sink := &memSink{}
	tr, _ := New(ctx, openDB(t), sink, slog.New(slog.DiscardHandler), time.Nanosecond)
	go tr.Run(ctx)
	now := time.Now()
	tr.Start(ctx, &Call{SourceID: "x", CallID: "x", Caller: "+1", Callee: "+2", Setup: now})
	tr.Answered(ctx, "x", now)
	tr.sweep(ctx)
	if len(sink.calls) != 1 || sink.calls[0].Q850Cause != CauseMaxAge {
		t.Fatalf("%+v", sink.calls)
	}
	// Ending twice writes one CDR; an unanswered call keeps its status and gets RFC 3398's cause.
	tr.End(ctx, "x", now, 200, 16)
	tr.Start(ctx, &Call{SourceID: "y", CallID: "y", Caller: "+1", Callee: "+2", Setup: now})
	tr.End(ctx, "y", now, 486, 0)
	if len(sink.calls) != 2 || sink.calls[1].SIPStatus != 486 || sink.calls[1].Q850Cause != 17 || sink.calls[1].AnswerTime != 0 {
		t.Fatalf("%+v", sink.calls)
	}
	for status, want := range map[uint16]string{200: "answered", 486: "busy", 603: "declined", 487: "cancelled", 408: "no_answer", 480: "no_answer", 404: "unreachable", 503: "unreachable"} {
		if got := Outcome(status); got != want {
			t.Errorf("Outcome(%d) = %s, want %s", status, got, want)
		}
	}
	for v, want := range map[string]int{`Q.850;cause=16;text="Normal"`: 16, `SIP;cause=200, Q.850 ; cause=17`: 17, `Q.850;cause=300`: -1, `SIP;cause=487`: -1} {
		c, ok := ParseReason(v)
		if (want < 0) == ok || ok && int(c) != want {
			t.Errorf("ParseReason(%q) = %d %v, want %d", v, c, ok, want)
		}
	}
}
