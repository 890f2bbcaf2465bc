package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/mattn/go-sqlite3" // SQLite driver

	"github.com/dotsnet/dots/sqldb"
)

// openSQLite opens the store's SQLite file (WAL): one writer connection (ingest groups
// and batch updates take turns), a read-only pool, and a connection that checkpoints.
func (s *Store) openSQLite(ctx context.Context) error {
	path, opts := s.target.Path, &s.opts
	if opts.Synchronous == "" {
		opts.Synchronous = "FULL"
	}
	if err := privateFile(path); err != nil {
		return err
	}
	dsn := func(extra string) string {
		return "file:" + url.PathEscape(path) + "?_journal_mode=WAL&_busy_timeout=10000&_foreign_keys=1&_synchronous=" +
			opts.Synchronous + extra
	}
	// The migrations run on a pool of their own (goose holds a connection while it works).
	m, err := sqlx.ConnectContext(ctx, "sqlite3", dsn("&_txlock=immediate"))
	if err != nil {
		return fmt.Errorf("opening %s: %w", path, err)
	}
	err = sqldb.Migrate(ctx, m.DB, sqldb.SQLite, mustSub(migrations, "migrations/sqlite"), migrationTable, opts.Log)
	m.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	w, err := sqlx.ConnectContext(ctx, "sqlite3", dsn("&_txlock=immediate"))
	if err != nil {
		return fmt.Errorf("opening %s: %w", path, err)
	}
	w.SetMaxOpenConns(1) // one writer: ingest groups and batch updates take turns
	w.SetConnMaxLifetime(0)
	w.SetMaxIdleConns(1)
	r, err := sqlx.ConnectContext(ctx, "sqlite3", dsn("&mode=ro"))
	if err != nil {
		w.Close()
		return fmt.Errorf("opening %s for reading: %w", path, err)
	}
	r.SetMaxOpenConns(8)
	s.w, s.r = w, r
	if err := s.initSQLite(ctx); err != nil {
		w.Close()
		r.Close()
		return err
	}
	c, err := sqlx.ConnectContext(ctx, "sqlite3", dsn(""))
	if err != nil {
		w.Close()
		r.Close()
		return fmt.Errorf("opening %s for checkpoints: %w", path, err)
	}
	c.SetMaxOpenConns(1)
	s.ckpt = c
	s.commitGroup = s.commitGroupSQLite
	go s.checkpointer()
	return nil
}

func (s *Store) initSQLite(ctx context.Context) error {
	// The writer never checkpoints (a checkpoint's writes and fsyncs would stall ingest);
	// checkpointer does, beside it, on its own connection.
	if _, err := s.w.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -65536`); err != nil {
		return fmt.Errorf("configuring writer: %w", err)
	}
	if err := s.checkOperator(ctx); err != nil {
		return err
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

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
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
func (s *Store) commitGroupSQLite(group []*insertReq, n int) (err error) {
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
