package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dotsnet/dots/sqldb"
)

// Advisory lock keys (advisory locks are per database, and a database holds one
// operator's store).
const (
	// seqLock is taken by every ingest commit for its transaction: commits assign
	// sequence numbers one at a time, from MAX(seq)+1 as they see it under the lock.
	seqLock int64 = 0x444f5453_0001 // "DOTS" 1
	// leadLock is held, for its session, by the process that runs the batch pipeline.
	leadLock int64 = 0x444f5453_0002
)

// openPostgres opens the store's PostgreSQL database: one pool for reads, ingest commits
// and batch updates, which several oracle processes may share.
func (s *Store) openPostgres(ctx context.Context) error {
	db, err := sqlx.ConnectContext(ctx, "pgx", s.target.URL)
	if err != nil {
		return fmt.Errorf("opening %s: %w", s.target, err)
	}
	n := s.opts.MaxConns
	if n <= 0 {
		n = 16
	}
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	if err := sqldb.Migrate(ctx, db.DB, sqldb.Postgres, mustSub(migrations, "migrations/postgres"), migrationTable, s.opts.Log); err != nil {
		db.Close()
		return fmt.Errorf("%s: %w", s.target, err)
	}
	s.w, s.r = db, db
	if err := s.checkOperator(ctx); err != nil {
		db.Close()
		return err
	}
	s.commitGroup = s.commitGroupPostgres
	close(s.ckptDone) // no checkpointer
	return nil
}

// commitGroupPostgres stores a group of requests in one transaction. The transaction
// first takes seqLock (pg_advisory_xact_lock, released by its commit or rollback), so the
// ingest commits of every process sharing the database take turns: under the lock it
// finds which CDRs are stored already, reads MAX(seq) (the previous holder's commit is
// visible: READ COMMITTED takes a new snapshot per statement, and a lock is released only
// after its commit is), and numbers the new CDRs from there. A rolled-back group leaves
// no number behind, a duplicate takes none, and a sequence number is visible only once
// every lower one is (commits happen in sequence order), which is what Seal relies on.
func (s *Store) commitGroupPostgres(group []*insertReq, n int) (err error) {
	ctx := context.Background()
	salts := make([]byte, 32*n)
	if _, err := rand.Read(salts); err != nil {
		return fmt.Errorf("drawing salts: %w", err)
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
	locking := time.Now()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, seqLock); err != nil {
		return fmt.Errorf("taking the sequence lock: %w", err)
	}
	s.seqLockWait.Add(int64(time.Since(locking)))
	sources := make([]string, 0, n)
	ids := make([]string, 0, n)
	for _, r := range group {
		for i := range r.calls {
			sources = append(sources, r.source)
			ids = append(ids, r.calls[i].SourceID)
		}
	}
	stored := make(map[sourceKey]uint64)
	rows, err := tx.QueryContext(ctx, `SELECT c.source, c.source_id, c.seq FROM cdrs c
		JOIN unnest($1::text[], $2::text[]) AS k(source, source_id) ON c.source = k.source AND c.source_id = k.source_id`, sources, ids)
	if err != nil {
		return fmt.Errorf("finding stored CDRs: %w", err)
	}
	for rows.Next() {
		var k sourceKey
		var seq uint64
		if err := rows.Scan(&k.source, &k.id, &seq); err != nil {
			rows.Close()
			return fmt.Errorf("finding stored CDRs: %w", err)
		}
		stored[k] = seq
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("finding stored CDRs: %w", err)
	}
	var maxSeq sql.NullInt64
	if err := tx.GetContext(ctx, &maxSeq, `SELECT MAX(seq) FROM cdrs`); err != nil {
		return fmt.Errorf("reading last sequence number: %w", err)
	}
	next := FirstSeq
	if maxSeq.Valid {
		next = uint64(maxSeq.Int64) + 1
	}
	var (
		seqs              []int64
		srcs, sids        []string
		recs              [][]byte
		billable, receive []int64
	)
	k := 0
	for _, r := range group {
		r.out = Inserted{Seqs: make([]uint64, len(r.calls)), Duplicate: make([]bool, len(r.calls))}
		for i := range r.calls {
			c := &r.calls[i]
			key := sourceKey{r.source, c.SourceID}
			salt := salts[32*k : 32*k+32]
			k++
			if seq, ok := stored[key]; ok {
				r.out.Seqs[i], r.out.Duplicate[i] = seq, true
				continue
			}
			stored[key] = next
			r.out.Seqs[i] = next
			seqs = append(seqs, int64(next))
			srcs, sids = append(srcs, r.source), append(sids, c.SourceID)
			recs = append(recs, encodeCall(c, salt))
			billable, receive = append(billable, int64(c.BillableSeconds)), append(receive, r.at)
			next++
		}
	}
	if len(seqs) > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO cdrs (seq, source, source_id, rec, billable, received_at)
			SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bytea[], $5::bigint[], $6::bigint[])`,
			seqs, srcs, sids, recs, billable, receive); err != nil {
			return fmt.Errorf("storing CDRs: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing %d CDRs: %w", n, err)
	}
	return nil
}

// Lead runs run while this process holds the store's lead lock, and returns when ctx
// ends. On SQLite (one process) it just runs run(ctx). On PostgreSQL it takes a session
// advisory lock on a connection of its own (tried every LeadPoll) and runs run with a
// context that ends as soon as that session may be gone: the holder checks its session
// every LeadPoll (a check failing or taking longer than LeadPoll ends run's context), and
// the session itself has idle_session_timeout set to ten checks, so a holder cut off from
// the server loses the lock on the server only after it has stopped itself. A process
// that dies (kill -9) closes its connection and the server drops its lock at once; the
// next try of another process takes it.
//
// Whatever run leaves half done the next holder finds in the store, as a restarted
// process would: the batch states and the journaled anchor transactions (journaled before
// they are broadcast) say what was done.
func (s *Store) Lead(ctx context.Context, run func(ctx context.Context)) error {
	if s.engine != sqldb.Postgres {
		run(ctx)
		return nil
	}
	poll := s.opts.LeadPoll
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		held, err := s.leadOnce(ctx, run)
		if err != nil && ctx.Err() == nil && s.opts.Log != nil {
			s.opts.Log.Warn("batch pipeline lock", "err", err, "held", held)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// leadOnce tries the lock once and, when it gets it, runs run until ctx ends or the
// lock's session fails a check.
func (s *Store) leadOnce(ctx context.Context, run func(ctx context.Context)) (held bool, err error) {
	conn, err := s.w.Connx(ctx)
	if err != nil {
		return false, err
	}
	var got bool
	if err := conn.GetContext(ctx, &got, `SELECT pg_try_advisory_lock($1)`, leadLock); err != nil {
		conn.Close()
		return false, fmt.Errorf("trying the lock: %w", err)
	}
	if !got {
		return false, conn.Close() // back to the pool, unchanged
	}
	defer func() {
		// A connection that held the lock is never handed back to the pool: closing it
		// ends its session, which releases the lock whatever state it is in.
		conn.Raw(func(any) error { return driver.ErrBadConn })
		conn.Close()
	}()
	poll := s.opts.LeadPoll
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`SET idle_session_timeout = %d`, (10*poll).Milliseconds())); err != nil {
		return true, fmt.Errorf("configuring the lock session: %w", err)
	}
	var pid int
	conn.GetContext(ctx, &pid, `SELECT pg_backend_pid()`)
	if s.opts.Log != nil {
		s.opts.Log.Info("batch pipeline lock taken: this process runs the batcher", "session", pid)
	}
	rctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); run(rctx) }()
	defer func() { stop(); <-done }()
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return true, nil
		case <-done:
			return true, errors.New("the batch pipeline stopped")
		case <-t.C:
		}
		cctx, cancel := context.WithTimeout(ctx, poll)
		var one int
		err := conn.GetContext(cctx, &one, `SELECT 1`)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return true, nil
			}
			return true, fmt.Errorf("lock session %d lost, stopping the batcher: %w", pid, err)
		}
	}
}

// SeqLockWait is the time this store's ingest commits have spent waiting for the
// sequence lock (PostgreSQL; zero on SQLite): the cost of sharing the sequence with other
// processes.
func (s *Store) SeqLockWait() time.Duration { return time.Duration(s.seqLockWait.Load()) }
