// Package store is the oracle's durable state: the CDRs with their gapless sequence
// numbers and salts, the batches and their anchoring state, and the rewards bookkeeping.
// Ingest goes through a group-commit writer: concurrent Insert calls are committed
// together in one transaction (one fsync) and each caller is answered only after that
// commit.
//
// Two engines hold it, chosen by the database Open is given (sqldb.Parse): SQLite (WAL;
// the default, one process) and PostgreSQL (pgx), which several oracle processes of one
// operator share: every one ingests (sequence numbers are assigned in the commit under an
// advisory lock, so they stay gapless and unique), and one at a time, the one that holds
// Lead's advisory lock, runs the batch pipeline. The SQL is shared (sqlx, rebound to the
// engine's placeholders); what differs is in sqlite.go and postgres.go.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	_ "github.com/mattn/go-sqlite3" // SQLite driver

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/ingest"
	"github.com/dotsnet/dots/sqldb"
)

// migrations are the schema's versioned history, one directory per engine with the same
// version numbers (sqldb.Migrate applies them at Open).
//
//go:embed migrations
var migrations embed.FS

// migrationTable records the applied migrations.
const migrationTable = "oracle_schema_version"

// Options configure a Store.
type Options struct {
	// MaxGroup bounds the CDRs committed in one transaction (default 50,000).
	MaxGroup int
	// Synchronous is SQLite's synchronous setting: FULL (default; fsync at every commit)
	// or NORMAL (survives a process crash but not a power loss). PostgreSQL ignores it
	// (the server's synchronous_commit decides).
	Synchronous string
	// MaxConns bounds a PostgreSQL store's connection pool (default 16).
	MaxConns int
	// LeadPoll is how often a PostgreSQL store that does not hold the batch pipeline's
	// lock tries to take it, and how often the holder checks its lock's session (default 1s).
	LeadPoll time.Duration
	// Log receives the migrations applied and the lock's comings and goings (nil: none).
	Log *slog.Logger
}

// Store is the oracle's database.
type Store struct {
	w, r     *sqlx.DB // the same pool on PostgreSQL
	ckpt     *sqlx.DB // SQLite only
	ckptDone chan struct{}
	engine   sqldb.Engine
	target   sqldb.Target
	nextSeq  uint64 // SQLite: next sequence number; owned by the writer goroutine
	// commitGroup is the engine's group commit.
	commitGroup func(group []*insertReq, n int) error
	seqLockWait atomic.Int64 // ns waited for the sequence lock (PostgreSQL)
	operator    common.Address
	opts        Options
	reqs        chan *insertReq
	stop        chan struct{}
	done        chan struct{}
	closeMu     sync.RWMutex
	closed      bool
	// Committed is called by the writer after each group commit (number of CDRs), for metrics.
	Committed func(cdrs int, d time.Duration)
	// inserts are the prepared INSERTs of a power-of-two number of rows; writer goroutine only.
	inserts map[int]*sql.Stmt
}

// ErrClosed is returned by Insert after Close.
var ErrClosed = errors.New("store closed")

// Open opens (creating when new, and migrating the schema to the newest version) the
// store in db for operator: a SQLite file (a path or sqlite://PATH) or a PostgreSQL
// database (postgres://...). A store belongs to one operator: opening it for another is
// an error.
func Open(ctx context.Context, db string, operator common.Address, opts Options) (*Store, error) {
	t, err := sqldb.Parse(db)
	if err != nil {
		return nil, fmt.Errorf("opening the oracle store: %w", err)
	}
	if opts.MaxGroup <= 0 {
		opts.MaxGroup = 50000
	}
	if opts.LeadPoll <= 0 {
		opts.LeadPoll = time.Second
	}
	s := &Store{operator: operator, opts: opts, engine: t.Engine, target: t,
		reqs: make(chan *insertReq, 4096), stop: make(chan struct{}), done: make(chan struct{}),
		ckptDone: make(chan struct{})}
	if t.Engine == sqldb.Postgres {
		err = s.openPostgres(ctx)
	} else {
		err = s.openSQLite(ctx)
	}
	if err != nil {
		return nil, err
	}
	go s.writer()
	return s, nil
}

// checkOperator records the store's operator when new and refuses another one.
func (s *Store) checkOperator(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, s.q(`INSERT INTO meta (key, value) VALUES ('operator', ?) ON CONFLICT (key) DO NOTHING`),
		s.operator.Hex()); err != nil {
		return fmt.Errorf("recording operator: %w", err)
	}
	var op string
	if err := s.w.GetContext(ctx, &op, `SELECT value FROM meta WHERE key = 'operator'`); err != nil {
		return fmt.Errorf("reading operator: %w", err)
	}
	if common.HexToAddress(op) != s.operator {
		return fmt.Errorf("store belongs to operator %s, not %s", op, s.operator.Hex())
	}
	return nil
}

// q rebinds a query written with ? placeholders to the engine's ($1... on PostgreSQL).
func (s *Store) q(query string) string {
	if s.engine == sqldb.Postgres {
		return sqlx.Rebind(sqlx.DOLLAR, query)
	}
	return query
}

// Engine is the store's database engine.
func (s *Store) Engine() sqldb.Engine { return s.engine }

// Operator is the operator whose CDRs the store holds.
func (s *Store) Operator() common.Address { return s.operator }

// FirstSeq is the sequence number of an operator's first CDR (CDRAnchor starts at 1).
const FirstSeq uint64 = 1

// Close stops the writer (pending inserts fail with ErrClosed) and closes the database.
func (s *Store) Close() error {
	s.closeMu.Lock()
	if !s.closed {
		s.closed = true
		close(s.stop)
	}
	s.closeMu.Unlock()
	<-s.done
	<-s.ckptDone
	if s.engine == sqldb.Postgres {
		return s.w.Close() // r is the same pool
	}
	err0 := s.ckpt.Close()
	err1 := s.w.Close()
	err2 := s.r.Close()
	return errors.Join(err0, err1, err2)
}

// Inserted is the outcome of one Insert: for each call in order, its sequence number and
// whether it was already stored (same source and source id; then Seq is the stored one).
type Inserted struct {
	Seqs      []uint64
	Duplicate []bool
}

// Accepted counts the new CDRs.
func (in Inserted) Accepted() int {
	n := 0
	for _, d := range in.Duplicate {
		if !d {
			n++
		}
	}
	return n
}

type insertReq struct {
	source string
	calls  []ingest.Call
	at     int64
	out    Inserted
	err    error
	done   chan struct{}
}

// Insert stores calls from source durably and returns once they are committed. Calls
// already stored (same source and source id) are not stored again.
func (s *Store) Insert(ctx context.Context, source string, calls []ingest.Call) (Inserted, error) {
	if len(calls) == 0 {
		return Inserted{}, nil
	}
	for i := range calls {
		c := &calls[i]
		if err := cdr.CheckSide(s.operator, c.OrigOperator, c.TermOperator, c.Side); err != nil {
			return Inserted{}, fmt.Errorf("storing call %d (%.40q): %w", i, c.SourceID, err)
		}
	}
	req := &insertReq{source: source, calls: calls, at: time.Now().UnixMilli(), done: make(chan struct{})}
	s.closeMu.RLock()
	if s.closed {
		s.closeMu.RUnlock()
		return Inserted{}, ErrClosed
	}
	select {
	case s.reqs <- req:
	case <-ctx.Done():
		s.closeMu.RUnlock()
		return Inserted{}, ctx.Err()
	}
	s.closeMu.RUnlock()
	// Once queued, the request is committed or failed by the writer; wait for that even if
	// ctx ends, so the caller never reports a failure for a stored CDR.
	<-req.done
	return req.out, req.err
}

func (s *Store) writer() {
	defer close(s.done)
	defer func() {
		for _, st := range s.inserts {
			st.Close()
		}
	}()
	for {
		var first *insertReq
		select {
		case first = <-s.reqs:
		case <-s.stop:
			s.drainClosed()
			return
		}
		group := []*insertReq{first}
		n := len(first.calls)
		yielded := false
	gather:
		for n < s.opts.MaxGroup {
			select {
			case r := <-s.reqs:
				group = append(group, r)
				n += len(r.calls)
			default:
				// Once the queue is empty, let the goroutines that are ready to run (requests
				// being parsed) go first and take what they queued: more requests share the
				// commit's fsync, at the cost of one scheduling round, not a timer.
				if yielded {
					break gather
				}
				yielded = true
				runtime.Gosched()
			}
		}
		start := time.Now()
		err := s.commitGroup(group, n)
		for _, r := range group {
			if err != nil {
				r.err = err
				r.out = Inserted{}
			}
			close(r.done)
		}
		if err == nil && s.Committed != nil {
			s.Committed(n, time.Since(start))
		}
	}
}

func (s *Store) drainClosed() {
	for {
		select {
		case r := <-s.reqs:
			r.err = ErrClosed
			close(r.done)
		default:
			return
		}
	}
}

type cdrRow struct {
	Seq        uint64 `db:"seq"`
	Source     string `db:"source"`
	SourceID   string `db:"source_id"`
	Rec        []byte `db:"rec"`
	Billable   uint32 `db:"billable"`
	ReceivedAt int64  `db:"received_at"`
}

func (s *Store) record(r *cdrRow) (cdr.Record, error) {
	rec, err := decodeRecord(r.Rec)
	if err != nil {
		return rec, fmt.Errorf("CDR %d: %w", r.Seq, err)
	}
	rec.Operator, rec.Seq = s.operator, r.Seq
	return rec, nil
}

// Stored is a CDR as stored, with where it came from.
type Stored struct {
	cdr.Record
	Source     string    `json:"source"`
	SourceID   string    `json:"sourceId"`
	ReceivedAt time.Time `json:"receivedAt"`
}

// Records returns the CDRs with sequence numbers first..last, in order.
func (s *Store) Records(ctx context.Context, first, last uint64) ([]cdr.Record, error) {
	// Only the columns a record is made of, scanned by hand: the batcher reads every sealed
	// batch this way (several times) while ingest runs beside it.
	rs, err := s.r.QueryContext(ctx, s.q(`SELECT seq, rec FROM cdrs WHERE seq BETWEEN ? AND ? ORDER BY seq`), first, last)
	if err != nil {
		return nil, fmt.Errorf("reading CDRs %d-%d: %w", first, last, err)
	}
	defer rs.Close()
	var out []cdr.Record
	if last >= first && last-first < 1<<20 {
		out = make([]cdr.Record, 0, last-first+1)
	}
	var row cdrRow
	for rs.Next() {
		if err := rs.Scan(&row.Seq, &row.Rec); err != nil {
			return nil, fmt.Errorf("reading CDRs %d-%d: %w", first, last, err)
		}
		rec, err := s.record(&row)
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("reading CDRs %d-%d: %w", first, last, err)
	}
	if out == nil {
		out = []cdr.Record{}
	}
	return out, nil
}

// ErrNotFound is returned when a CDR or batch does not exist.
var ErrNotFound = errors.New("not found")

// BySeq returns the CDR with sequence number seq.
func (s *Store) BySeq(ctx context.Context, seq uint64) (*Stored, error) {
	return s.one(ctx, `SELECT * FROM cdrs WHERE seq = ?`, seq)
}

// BySource returns the CDR a source stored under its id.
func (s *Store) BySource(ctx context.Context, source, id string) (*Stored, error) {
	return s.one(ctx, `SELECT * FROM cdrs WHERE source = ? AND source_id = ?`, source, id)
}

func (s *Store) one(ctx context.Context, q string, args ...any) (*Stored, error) {
	var row cdrRow
	if err := s.r.GetContext(ctx, &row, s.q(q), args...); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("reading CDR: %w", err)
	}
	rec, err := s.record(&row)
	if err != nil {
		return nil, err
	}
	return &Stored{Record: rec, Source: row.Source, SourceID: row.SourceID, ReceivedAt: time.UnixMilli(row.ReceivedAt)}, nil
}

// Counts are the store's totals.
type Counts struct {
	CDRs       uint64 // CDRs stored
	NextSeq    uint64 // the next sequence number
	Unbatched  uint64 // CDRs not yet in a batch
	LastSealed uint64 // last sequence number in a batch (FirstSeq-1 when none)
}

// Counts returns the store's totals.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	var max, sealed sql.NullInt64
	var n uint64
	if err := s.r.GetContext(ctx, &n, `SELECT COUNT(*) FROM cdrs`); err != nil {
		return c, fmt.Errorf("counting CDRs: %w", err)
	}
	if err := s.r.GetContext(ctx, &max, `SELECT MAX(seq) FROM cdrs`); err != nil {
		return c, fmt.Errorf("reading last CDR: %w", err)
	}
	if err := s.r.GetContext(ctx, &sealed, `SELECT MAX(last_seq) FROM batches`); err != nil {
		return c, fmt.Errorf("reading last batch: %w", err)
	}
	c.CDRs = n
	c.NextSeq = FirstSeq
	if max.Valid {
		c.NextSeq = uint64(max.Int64) + 1
	}
	c.LastSealed = FirstSeq - 1
	if sealed.Valid {
		c.LastSealed = uint64(sealed.Int64)
	}
	c.Unbatched = c.NextSeq - 1 - c.LastSealed
	return c, nil
}
