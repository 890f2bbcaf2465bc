// Package cdrs turns the SIP node's calls into the oracle's CDRs (ingest.Call, the type
// every CDR source produces) and hands each to a Sink: in the oracle's process, its durable
// store. Calls are persisted from their INVITE until their CDR is stored (in the node's
// database), so a crash or a stop loses none: at the next start each is closed with cause
// 41 (temporary failure), an answered call as answered (200) and ended at the time of the
// last in-dialog message seen, a call still ringing as unanswered (500) at its last sign
// of life. Dialogs that never see a BYE
// are closed after MaxDialog with cause 102 (recovery on timer expiry).
package cdrs

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/oracle/store"
)

// Source is the source name the node's CDRs are stored under.
const Source = "sip"

// Causes the node puts in CDRs it closes itself.
const (
	CauseRestart = 41  // the node stopped or crashed with the call up
	CauseMaxAge  = 102 // no BYE within MaxDialog
)

// CDR is one call's record as the node hands it on: the oracle's ingest.Call, and the
// SIP Call-ID it was hashed from (an ingest API takes the Call-ID itself).
type CDR struct {
	ingest.Call
	SIPCallID string
}

// Sink stores CDRs durably; it returns once they are stored.
type Sink interface {
	Insert(ctx context.Context, cdrs []CDR) error
}

const schema = `
CREATE TABLE IF NOT EXISTS open_calls (
	source_id TEXT PRIMARY KEY,
	call_id   TEXT    NOT NULL,
	caller    TEXT    NOT NULL,
	callee    TEXT    NOT NULL,
	orig      BLOB    NOT NULL,
	term      BLOB    NOT NULL,
	setup     INTEGER NOT NULL,
	answer    INTEGER NOT NULL,
	last_seen INTEGER NOT NULL
);
`

// Call is one call the node is handling.
type Call struct {
	SourceID     string // Call-ID and From tag: unique per call
	CallID       string // SIP Call-ID
	Caller       string
	Callee       string
	OrigOperator common.Address
	TermOperator common.Address
	Setup        time.Time
	Answer       time.Time
	lastSeen     time.Time
	savedSeen    time.Time // lastSeen as last persisted
	done         bool
}

// Tracker follows calls from INVITE to their CDR.
type Tracker struct {
	db        *sqlx.DB
	sink      Sink
	log       *slog.Logger
	maxDialog time.Duration
	mu        sync.Mutex
	calls     map[string]*Call // by SIP Call-ID
	// Written is called after each CDR is stored (outcome for metrics).
	Written func(outcome string)
	// persist queue: answered calls waiting for their row
	pmu     sync.Mutex
	pending []persistOp
	kick    chan struct{}
	stop    chan struct{}
	stopped chan struct{}
	stmts   []*sqlx.Stmt // prepared once, by the Run goroutine
}

type persistOp struct {
	c    Call // a copy taken under the tracker's lock
	del  bool
	seen bool
	done chan error
}

// New returns a tracker keeping open calls in db and writing CDRs to sink. maxDialog
// bounds a dialog with no BYE (0: 4 hours).
func New(ctx context.Context, db *sqlx.DB, sink Sink, log *slog.Logger, maxDialog time.Duration) (*Tracker, error) {
	if maxDialog <= 0 {
		maxDialog = 4 * time.Hour
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		return nil, fmt.Errorf("creating the open calls table: %w", err)
	}
	return &Tracker{db: db, sink: sink, log: log, maxDialog: maxDialog, calls: map[string]*Call{},
		kick: make(chan struct{}, 1), stop: make(chan struct{}), stopped: make(chan struct{})}, nil
}

// Recover closes the calls a previous run left open (cause 41, ended at the last
// in-dialog message seen) and returns how many it closed.
func (t *Tracker) Recover(ctx context.Context) (int, error) {
	var rows []struct {
		SourceID string `db:"source_id"`
		CallID   string `db:"call_id"`
		Caller   string `db:"caller"`
		Callee   string `db:"callee"`
		Orig     []byte `db:"orig"`
		Term     []byte `db:"term"`
		Setup    int64  `db:"setup"`
		Answer   int64  `db:"answer"`
		LastSeen int64  `db:"last_seen"`
	}
	if err := t.db.SelectContext(ctx, &rows, `SELECT * FROM open_calls`); err != nil {
		return 0, fmt.Errorf("reading open calls: %w", err)
	}
	if len(rows) == 0 {
		return 0, nil
	}
	calls := make([]CDR, 0, len(rows))
	for _, r := range rows {
		c := &Call{SourceID: r.SourceID, CallID: r.CallID, Caller: r.Caller, Callee: r.Callee,
			OrigOperator: common.BytesToAddress(r.Orig), TermOperator: common.BytesToAddress(r.Term),
			Setup: time.Unix(r.Setup, 0)}
		status := uint16(500) // still ringing: never answered, ended by the node's failure
		if r.Answer != 0 {
			c.Answer, status = time.Unix(r.Answer, 0), 200
		}
		calls = append(calls, c.record(time.Unix(max(r.LastSeen, r.Answer, r.Setup), 0), status, CauseRestart))
	}
	if err := t.sink.Insert(ctx, calls); err != nil {
		return 0, fmt.Errorf("storing the CDRs of %d calls left open: %w", len(calls), err)
	}
	if _, err := t.db.ExecContext(ctx, `DELETE FROM open_calls`); err != nil {
		return 0, fmt.Errorf("clearing open calls: %w", err)
	}
	for range calls {
		t.written("restart")
	}
	return len(calls), nil
}

// Run persists calls in groups and closes dialogs older than MaxDialog until ctx
// ends.
func (t *Tracker) Run(ctx context.Context) {
	defer close(t.stopped)
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			t.flush()
			return
		case <-t.kick:
			t.flush()
		case <-tick.C:
			t.sweep(ctx)
			t.flush()
		}
	}
}

func (t *Tracker) flush() {
	t.pmu.Lock()
	ops := t.pending
	t.pending = nil
	t.pmu.Unlock()
	if len(ops) == 0 {
		return
	}
	err := t.apply(ops)
	if err != nil {
		t.log.Error("persisting open calls", "err", err, "ops", len(ops))
	}
	for _, op := range ops {
		if op.done != nil {
			op.done <- err
		}
	}
}

func (t *Tracker) apply(ops []persistOp) error {
	if t.stmts == nil {
		for _, q := range []string{`DELETE FROM open_calls WHERE source_id = ?`,
			`UPDATE open_calls SET last_seen = ? WHERE source_id = ?`,
			`INSERT OR REPLACE INTO open_calls (source_id, call_id, caller, callee, orig, term, setup, answer, last_seen)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`} {
			st, err := t.db.Preparex(q)
			if err != nil {
				return fmt.Errorf("preparing the open calls statements: %w", err)
			}
			t.stmts = append(t.stmts, st)
		}
	}
	tx, err := t.db.Beginx()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	del, seen, ins := tx.Stmtx(t.stmts[0]), tx.Stmtx(t.stmts[1]), tx.Stmtx(t.stmts[2])
	for _, op := range ops {
		c := op.c
		switch {
		case op.del:
			_, err = del.Exec(c.SourceID)
		case op.seen:
			_, err = seen.Exec(c.lastSeen.Unix(), c.SourceID)
		default:
			answer := int64(0) // still ringing
			if !c.Answer.IsZero() {
				answer = c.Answer.Unix()
			}
			_, err = ins.Exec(c.SourceID, c.CallID, c.Caller, c.Callee, c.OrigOperator[:], c.TermOperator[:],
				c.Setup.Unix(), answer, c.lastSeen.Unix())
		}
		if err != nil {
			return err
		}
	}
	return tx.Commit()
}

func (t *Tracker) enqueue(op persistOp) {
	t.pmu.Lock()
	t.pending = append(t.pending, op)
	t.pmu.Unlock()
	select {
	case t.kick <- struct{}{}:
	default:
	}
}

// Start begins tracking a call at INVITE and persists it; it returns once the call's row
// is committed (so a crash while the call rings cannot lose it). Rows of many calls share
// one commit.
func (t *Tracker) Start(ctx context.Context, c *Call) error {
	c.lastSeen = c.Setup
	t.mu.Lock()
	t.calls[c.CallID] = c
	snap := *c
	t.mu.Unlock()
	done := make(chan error, 1)
	t.enqueue(persistOp{c: snap, done: done})
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Answered marks the call answered at at and persists it; it returns once the call's row
// is committed (so a crash after the 200 is forwarded cannot lose the call).
func (t *Tracker) Answered(ctx context.Context, callID string, at time.Time) error {
	t.mu.Lock()
	c := t.calls[callID]
	if c == nil || c.done || !c.Answer.IsZero() {
		t.mu.Unlock()
		return nil
	}
	c.Answer, c.lastSeen = at, at
	snap := *c
	t.mu.Unlock()
	done := make(chan error, 1)
	t.enqueue(persistOp{c: snap, done: done})
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Seen records an in-dialog message of callID at at.
func (t *Tracker) Seen(callID string, at time.Time) {
	t.mu.Lock()
	if c := t.calls[callID]; c != nil && !c.done {
		c.lastSeen = at
	}
	t.mu.Unlock()
}

// Lookup returns the call with SIP Call-ID callID, if tracked.
func (t *Tracker) Lookup(callID string) (Call, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	c := t.calls[callID]
	if c == nil {
		return Call{}, false
	}
	return *c, true
}

// Open counts the calls being tracked.
func (t *Tracker) Open() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.calls)
}

// End closes a call: status is the final SIP status (200 for an answered call ended by
// BYE), cause the Q.850 cause (0: from status by RFC 3398). It writes the CDR and returns
// once it is stored. A call already ended is ignored.
func (t *Tracker) End(ctx context.Context, callID string, at time.Time, status uint16, cause uint8) error {
	t.mu.Lock()
	c := t.calls[callID]
	if c == nil || c.done {
		t.mu.Unlock()
		return nil
	}
	c.done = true
	delete(t.calls, callID)
	t.mu.Unlock()
	if !c.Answer.IsZero() && (status < 200 || status >= 300) {
		status = 200 // an answered call ended by CANCEL race or an error is still answered
	}
	if c.Answer.IsZero() && status >= 200 && status < 300 {
		status = 500
	}
	if cause == 0 {
		cause = cdr.SIPToQ850(status)
	}
	rec := c.record(at, status, cause)
	err := t.sink.Insert(ctx, []CDR{rec})
	if err != nil {
		return fmt.Errorf("storing the CDR of call %s: %w", c.SourceID, err)
	}
	t.enqueue(persistOp{c: Call{SourceID: c.SourceID}, del: true})
	t.written(Outcome(status))
	return nil
}

func (t *Tracker) written(outcome string) {
	if t.Written != nil {
		t.Written(outcome)
	}
}

func (c *Call) record(end time.Time, status uint16, cause uint8) CDR {
	r := ingest.Call{SourceID: c.SourceID, CallID: ingest.HashCallID(c.CallID), Caller: c.Caller, Callee: c.Callee,
		SetupTime: uint64(c.Setup.Unix()), EndTime: uint64(max(end.Unix(), c.Setup.Unix())), SIPStatus: status, Q850Cause: cause,
		OrigOperator: c.OrigOperator, TermOperator: c.TermOperator}
	if !c.Answer.IsZero() {
		r.AnswerTime = uint64(c.Answer.Unix())
		if r.EndTime < r.AnswerTime {
			r.EndTime = r.AnswerTime
		}
		r.BillableSeconds = uint32(r.EndTime - r.AnswerTime)
	}
	return CDR{Call: r, SIPCallID: c.CallID}
}

func (t *Tracker) sweep(ctx context.Context) {
	now := time.Now()
	var old []Call
	t.mu.Lock()
	for _, c := range t.calls {
		if !c.Answer.IsZero() && now.Sub(c.Answer) > t.maxDialog {
			old = append(old, *c)
		}
	}
	t.mu.Unlock()
	for _, c := range old {
		if err := t.End(ctx, c.CallID, c.lastSeen, 200, CauseMaxAge); err != nil {
			t.log.Error("closing a dialog past its maximum age", "call", c.CallID, "err", err)
		}
	}
	// Persist last-seen times of answered calls so a restart ends them near the truth.
	t.mu.Lock()
	for _, c := range t.calls {
		if !c.Answer.IsZero() && c.lastSeen.After(c.Answer) && c.lastSeen.Unix() != c.savedSeen.Unix() {
			c.savedSeen = c.lastSeen
			t.pmu.Lock()
			t.pending = append(t.pending, persistOp{c: *c, seen: true})
			t.pmu.Unlock()
		}
	}
	t.mu.Unlock()
}

// Outcome names a final status for metrics and logs.
func Outcome(status uint16) string {
	switch {
	case status >= 200 && status < 300:
		return "answered"
	case status == 486 || status == 600:
		return "busy"
	case status == 603:
		return "declined"
	case status == 487:
		return "cancelled"
	case status == 408 || status == 480:
		return "no_answer"
	default:
		return "unreachable"
	}
}

// ParseReason reads the Q.850 cause of a Reason header value ("Q.850;cause=16;text=...").
func ParseReason(v string) (uint8, bool) {
	for _, part := range strings.Split(v, ",") {
		fields := strings.Split(part, ";")
		if !strings.EqualFold(strings.TrimSpace(fields[0]), "Q.850") {
			continue
		}
		for _, f := range fields[1:] {
			k, val, ok := strings.Cut(strings.TrimSpace(f), "=")
			if ok && strings.EqualFold(k, "cause") {
				n, err := strconv.Atoi(strings.Trim(val, `"`))
				if err == nil && n >= 0 && n <= 127 {
					return uint8(n), true
				}
			}
		}
	}
	return 0, false
}

// StoreSink writes CDRs into the oracle's store, in the oracle's process: the same group
// commit, gapless sequence and batches as CDRs pushed over HTTP, under source "sip".
// A CDR already stored (same call, after a restart) is not stored twice.
type StoreSink struct{ Store *store.Store }

// Insert implements Sink.
func (s StoreSink) Insert(ctx context.Context, cdrs []CDR) error {
	calls := make([]ingest.Call, len(cdrs))
	for i, c := range cdrs {
		// What the oracle's parsers check of every pushed CDR, checked here too. The side
		// is the one this node's operator is on (originating when it is origOperator,
		// terminating when it is only termOperator), unless the node set it.
		if c.Call.Side == cdr.SideUnknown {
			side, err := cdr.SideOf(s.Store.Operator(), c.Call.OrigOperator, c.Call.TermOperator)
			if err != nil {
				return fmt.Errorf("CDR %s: %w", c.SourceID, err)
			}
			c.Call.Side = side
		}
		rec := c.Call.Record(s.Store.Operator(), store.FirstSeq, common.Hash{1})
		if err := rec.Validate(); err != nil {
			return fmt.Errorf("CDR %s: %w", c.SourceID, err)
		}
		calls[i] = c.Call
	}
	_, err := s.Store.Insert(ctx, Source, calls)
	return err
}
