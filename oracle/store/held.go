package store

import (
	"context"
	"fmt"
	"time"
)

// The held table (migrations) keeps the records that wait for the rest of their call
// (Kamailio posts a call's INVITE reply, BYE and dialog CDR separately; ingest decides the
// call when the records that decide it are all in).

// Hold keeps rec durably as the record of kind of the call key of source, unless one is
// kept already, and returns the kept record of that kind and all the call's records by
// kind (ingest.Held).
func (s *Store) Hold(ctx context.Context, source, key, kind string, rec []byte) (kept []byte, all map[string][]byte, err error) {
	tx, err := s.w.BeginTxx(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("keeping a record: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO held (source, call_key, kind, rec, received_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (source, call_key, kind) DO NOTHING`), source, key, kind, rec, time.Now().UnixMilli()); err != nil {
		return nil, nil, fmt.Errorf("keeping a record: %w", err)
	}
	rows, err := tx.QueryContext(ctx, s.q(`SELECT kind, rec FROM held WHERE source = ? AND call_key = ?`), source, key)
	if err != nil {
		return nil, nil, fmt.Errorf("reading kept records: %w", err)
	}
	all = map[string][]byte{}
	for rows.Next() {
		var k string
		var b []byte
		if err := rows.Scan(&k, &b); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("reading kept records: %w", err)
		}
		all[k] = b
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("reading kept records: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, nil, fmt.Errorf("keeping a record: %w", err)
	}
	return all[kind], all, nil
}
