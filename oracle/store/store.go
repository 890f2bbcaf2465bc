// Package store is the oracle's durable state in SQLite (WAL): the CDRs with their
// gapless sequence numbers and salts, the batches and their anchoring state, and the
// rewards bookkeeping. Ingest goes through a group-commit writer: concurrent Insert calls
// are committed together in one transaction (one fsync) and each caller is answered only
// after that commit.
package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	_ "github.com/mattn/go-sqlite3" // SQLite driver

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/ingest"
)

const schema = `
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cdrs (
	seq         INTEGER PRIMARY KEY,
	source      TEXT    NOT NULL,
	source_id   TEXT    NOT NULL,
	rec         BLOB    NOT NULL,
	billable    INTEGER NOT NULL,
	received_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS cdrs_source ON cdrs (source, source_id);
CREATE TABLE IF NOT EXISTS batches (
	id             INTEGER PRIMARY KEY,
	first_seq      INTEGER NOT NULL UNIQUE,
	last_seq       INTEGER NOT NULL UNIQUE,
	state          TEXT    NOT NULL,
	sealed_at      INTEGER NOT NULL,
	cdr_count      INTEGER NOT NULL DEFAULT 0,
	billable       INTEGER NOT NULL DEFAULT 0,
	root           BLOB,
	cid            TEXT    NOT NULL DEFAULT '',
	rewards_root   BLOB,
	rewards_total  TEXT    NOT NULL DEFAULT '0',
	rewards_cid    TEXT    NOT NULL DEFAULT '',
	tx_hash        BLOB,
	tx_nonce       INTEGER,
	tx_sent_at     INTEGER NOT NULL DEFAULT 0,
	chain_batch_id INTEGER,
	mined_block    INTEGER NOT NULL DEFAULT 0,
	mined_at       INTEGER NOT NULL DEFAULT 0,
	last_error     TEXT    NOT NULL DEFAULT '',
	updated_at     INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS batches_state ON batches (state);
CREATE TABLE IF NOT EXISTS rewards (
	account    BLOB PRIMARY KEY,
	cumulative TEXT NOT NULL,
	batch_id   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS costs (
	seq    INTEGER PRIMARY KEY,
	cost   TEXT,
	prefix TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS rated_batches (
	batch_id INTEGER PRIMARY KEY,
	rated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tx_attempts (
	key     TEXT    NOT NULL,
	nonce   INTEGER NOT NULL,
	hash    BLOB    NOT NULL,
	tip_cap TEXT    NOT NULL,
	fee_cap TEXT    NOT NULL,
	sent_at INTEGER NOT NULL,
	raw     BLOB    NOT NULL,
	PRIMARY KEY (key, hash)
);
CREATE TABLE IF NOT EXISTS anchor_invalidations (
	batch_id       INTEGER NOT NULL,
	chain_batch_id INTEGER NOT NULL,
	first_seq      INTEGER NOT NULL,
	last_seq       INTEGER NOT NULL,
	root           BLOB,
	tx_hash        BLOB,
	mined_block    INTEGER NOT NULL,
	seen_at        INTEGER NOT NULL,
	PRIMARY KEY (batch_id, chain_batch_id)
);
CREATE TABLE IF NOT EXISTS number_days (
	number  TEXT    NOT NULL,
	day     INTEGER NOT NULL,
	seconds INTEGER NOT NULL,
	PRIMARY KEY (number, day)
);
`

// Options configure a Store.
type Options struct {
	// MaxGroup bounds the CDRs committed in one transaction (default 50,000).
	MaxGroup int
	// Synchronous is SQLite's synchronous setting: FULL (default; fsync at every commit)
	// or NORMAL (survives a process crash but not a power loss).
	Synchronous string
}

// Store is the oracle's database.
type Store struct {
	w, r     *sqlx.DB
	ckpt     *sqlx.DB
	ckptDone chan struct{}
	nextSeq  uint64 // next sequence number; owned by the writer goroutine
	operator common.Address
	opts     Options
	reqs     chan *insertReq
	stop     chan struct{}
	done     chan struct{}
	closeMu  sync.RWMutex
	closed   bool
	// Committed is called by the writer after each group commit (number of CDRs), for metrics.
	Committed func(cdrs int, d time.Duration)
	// inserts are the prepared INSERTs of a power-of-two number of rows; writer goroutine only.
	inserts map[int]*sql.Stmt
}

// ErrClosed is returned by Insert after Close.
var ErrClosed = errors.New("store closed")

// Open opens (creating when new) the store at path for operator. A store belongs to one
// operator: opening it for another is an error.
func Open(ctx context.Context, path string, operator common.Address, opts Options) (*Store, error) {
	if opts.MaxGroup <= 0 {
		opts.MaxGroup = 50000
	}
	if opts.Synchronous == "" {
		opts.Synchronous = "FULL"
	}
	if err := privateFile(path); err != nil {
		return nil, err
	}
	dsn := func(extra string) string {
		return "file:" + url.PathEscape(path) + "?_journal_mode=WAL&_busy_timeout=10000&_foreign_keys=1&_synchronous=" +
			opts.Synchronous + extra
	}
	w, err := sqlx.ConnectContext(ctx, "sqlite3", dsn("&_txlock=immediate"))
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	w.SetMaxOpenConns(1) // one writer: ingest groups and batch updates take turns
	w.SetConnMaxLifetime(0)
	w.SetMaxIdleConns(1)
	r, err := sqlx.ConnectContext(ctx, "sqlite3", dsn("&mode=ro"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("opening %s for reading: %w", path, err)
	}
	r.SetMaxOpenConns(8)
	s := &Store{w: w, r: r, operator: operator, opts: opts,
		reqs: make(chan *insertReq, 4096), stop: make(chan struct{}), done: make(chan struct{}),
		ckptDone: make(chan struct{})}
	if err := s.init(ctx); err != nil {
		w.Close()
		r.Close()
		return nil, err
	}
	c, err := sqlx.ConnectContext(ctx, "sqlite3", dsn(""))
	if err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("opening %s for checkpoints: %w", path, err)
	}
	c.SetMaxOpenConns(1)
	s.ckpt = c
	go s.writer()
	go s.checkpointer()
	return s, nil
}

func (s *Store) init(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, schema+heldSchema); err != nil {
		return fmt.Errorf("creating schema: %w", err)
	}
	// The writer never checkpoints (a checkpoint's writes and fsyncs would stall ingest);
	// checkpointer does, beside it, on its own connection.
	if _, err := s.w.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -65536`); err != nil {
		return fmt.Errorf("configuring writer: %w", err)
	}
	var op string
	err := s.w.GetContext(ctx, &op, `SELECT value FROM meta WHERE key = 'operator'`)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := s.w.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('operator', ?)`, s.operator.Hex()); err != nil {
			return fmt.Errorf("recording operator: %w", err)
		}
	case err != nil:
		return fmt.Errorf("reading operator: %w", err)
	case common.HexToAddress(op) != s.operator:
		return fmt.Errorf("store belongs to operator %s, not %s", op, s.operator.Hex())
	}
	var maxSeq sql.NullInt64
	if err := s.w.GetContext(ctx, &maxSeq, `SELECT MAX(seq) FROM cdrs`); err != nil {
		return fmt.Errorf("reading last sequence number: %w", err)
	}
	s.nextSeq = FirstSeq
	if maxSeq.Valid {
		s.nextSeq = uint64(maxSeq.Int64) + 1
	}
	return nil
}

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

// checkpointer copies the WAL into the database file every half second without blocking
// the writer (PASSIVE), and truncates the WAL when it can.
func (s *Store) checkpointer() {
	defer close(s.ckptDone)
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for i := 0; ; i++ {
		select {
		case <-s.stop:
			s.ckpt.Exec(`PRAGMA wal_checkpoint(PASSIVE)`)
			return
		case <-t.C:
			mode := "PASSIVE"
			if i%20 == 19 {
				mode = "TRUNCATE" // waits for the writer briefly, keeps the WAL file small
			}
			s.ckpt.Exec(`PRAGMA wal_checkpoint(` + mode + `)`)
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

const (
	insertCols = 5
	insertHead = `INSERT INTO cdrs (source, source_id, rec, billable, received_at) VALUES `
	insertRow  = `(?,?,?,?,?)`
	insertTail = ` ON CONFLICT (source, source_id) DO NOTHING`
	chunkRows  = 1024 // rows per INSERT statement at most (5,120 parameters)
)

func insertSQL(rows int) string {
	var b strings.Builder
	b.WriteString(insertHead)
	for i := range rows {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(insertRow)
	}
	b.WriteString(insertTail)
	return b.String()
}

type sourceKey struct{ source, id string }

// insertStmt returns the prepared INSERT of rows rows (a power of two up to chunkRows),
// preparing it on the writer connection the first time (never inside a transaction: the
// writer pool has one connection). Only the writer goroutine calls it.
func (s *Store) insertStmt(ctx context.Context, rows int) (*sql.Stmt, error) {
	if st := s.inserts[rows]; st != nil {
		return st, nil
	}
	st, err := s.w.PrepareContext(ctx, insertSQL(rows))
	if err != nil {
		return nil, fmt.Errorf("preparing insert of %d rows: %w", rows, err)
	}
	if s.inserts == nil {
		s.inserts = map[int]*sql.Stmt{}
	}
	s.inserts[rows] = st
	return st, nil
}

// commitGroup stores a group of requests in one transaction. Sequence numbers are SQLite's
// rowids: a table that is never deleted from gives max(rowid)+1 to every new row, so the
// sequence is gapless from 1 (as CDRAnchor wants), duplicates (ignored by ON CONFLICT)
// take no number, and a rolled-back group leaves none behind.
func (s *Store) commitGroup(group []*insertReq, n int) (err error) {
	ctx := context.Background()
	salts := make([]byte, 32*n)
	if _, err := rand.Read(salts); err != nil {
		return fmt.Errorf("drawing salts: %w", err)
	}
	// The INSERTs this group will use (full chunks, then the rest in powers of two) are
	// prepared before the transaction takes the writer's only connection.
	if n >= chunkRows {
		if _, err := s.insertStmt(ctx, chunkRows); err != nil {
			return err
		}
	}
	for p := 1; p < chunkRows; p *= 2 {
		if n%chunkRows&p != 0 {
			if _, err := s.insertStmt(ctx, p); err != nil {
				return err
			}
		}
	}
	tx, err := s.w.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("beginning ingest transaction: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	inserted := make(map[sourceKey]uint64, n)
	args := make([]any, 0, insertCols*min(n, chunkRows))
	keys := make([]sourceKey, 0, min(n, chunkRows))
	next := s.nextSeq
	txStmts := map[int]*sql.Stmt{}
	// insert stores rows (a power of two) with one prepared statement (prepared once per
	// store, reused by every group). Rows get rowids max+1, in VALUES order: when nothing
	// was a duplicate, their sequence numbers are next, next+1, ...; otherwise read back
	// which rows went in.
	insert := func(args []any, keys []sourceKey) error {
		rows := len(keys)
		st := txStmts[rows]
		if st == nil {
			ps := s.inserts[rows] // prepared above
			if ps == nil {
				return fmt.Errorf("no prepared insert of %d rows", rows)
			}
			st = tx.StmtContext(ctx, ps)
			txStmts[rows] = st
		}
		res, err := st.ExecContext(ctx, args...)
		if err != nil {
			return fmt.Errorf("storing CDRs: %w", err)
		}
		affected, err := res.RowsAffected()
		if err != nil {
			return fmt.Errorf("storing CDRs: %w", err)
		}
		if int(affected) == rows {
			for i, k := range keys {
				inserted[k] = next + uint64(i)
			}
		} else {
			rs, err := tx.QueryContext(ctx, `SELECT seq, source, source_id FROM cdrs WHERE seq >= ?`, next)
			if err != nil {
				return fmt.Errorf("reading stored CDRs: %w", err)
			}
			defer rs.Close()
			for rs.Next() {
				var seq uint64
				var k sourceKey
				if err := rs.Scan(&seq, &k.source, &k.id); err != nil {
					return fmt.Errorf("reading stored CDRs: %w", err)
				}
				inserted[k] = seq
			}
			if err := rs.Err(); err != nil {
				return fmt.Errorf("reading stored CDRs: %w", err)
			}
		}
		next += uint64(affected)
		return nil
	}
	// flush stores the pending rows in pieces of decreasing powers of two.
	flush := func() error {
		for off := 0; off < len(keys); {
			p := 1
			for p*2 <= len(keys)-off {
				p *= 2
			}
			if err := insert(args[insertCols*off:insertCols*(off+p)], keys[off:off+p]); err != nil {
				return err
			}
			off += p
		}
		args, keys = args[:0], keys[:0]
		return nil
	}
	defer func() {
		for _, st := range txStmts {
			st.Close()
		}
	}()
	k := 0
	for _, r := range group {
		for i := range r.calls {
			c := &r.calls[i]
			args = append(args, r.source, c.SourceID, encodeCall(c, salts[32*k:32*k+32]), c.BillableSeconds, r.at)
			keys = append(keys, sourceKey{r.source, c.SourceID})
			k++
			if len(keys) == chunkRows {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	claimed := make(map[sourceKey]bool, len(inserted))
	for _, r := range group {
		r.out = Inserted{Seqs: make([]uint64, len(r.calls)), Duplicate: make([]bool, len(r.calls))}
		for i := range r.calls {
			key := sourceKey{r.source, r.calls[i].SourceID}
			seq, ok := inserted[key]
			if ok && !claimed[key] {
				claimed[key] = true
				r.out.Seqs[i] = seq
				continue
			}
			if !ok {
				if err := tx.GetContext(ctx, &seq, `SELECT seq FROM cdrs WHERE source = ? AND source_id = ?`, key.source, key.id); err != nil {
					return fmt.Errorf("finding duplicate CDR %q: %w", key.id, err)
				}
			}
			r.out.Seqs[i], r.out.Duplicate[i] = seq, true
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing %d CDRs: %w", n, err)
	}
	s.nextSeq = next
	return nil
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
	rs, err := s.r.QueryContext(ctx, `SELECT seq, rec FROM cdrs WHERE seq BETWEEN ? AND ? ORDER BY seq`, first, last)
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
	if err := s.r.GetContext(ctx, &row, q, args...); err != nil {
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

// privateFile makes the database file (numbers and salts) readable by its owner only: its
// directory is created 0700 when missing, the file 0600 (SQLite gives its -wal and -shm
// files the database's mode), and an existing file or companion with wider permissions is
// narrowed to 0600.
func privateFile(path string) error {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("creating the database's directory: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	f.Close()
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if fi.Mode().Perm()&0o077 != 0 {
			if err := os.Chmod(p, 0o600); err != nil {
				return fmt.Errorf("making %s private: %w", p, err)
			}
		}
	}
	return nil
}
