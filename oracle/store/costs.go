package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"time"
)

// Cost is a CDR's rating under the operator's rate deck: Amount in token wei, under the
// deck's Prefix; Amount nil when no rate was in force (NoRate).
type Cost struct {
	Seq    uint64
	Amount *big.Int
	Prefix string
}

// NoRate reports whether no rate was in force for the CDR.
func (c *Cost) NoRate() bool { return c.Amount == nil }

// UnratedBatches returns up to limit batches whose CDRs have no costs yet, oldest first.
func (s *Store) UnratedBatches(ctx context.Context, limit int) ([]Batch, error) {
	var bs []Batch
	if err := s.w.SelectContext(ctx, &bs, s.q(`SELECT * FROM batches WHERE id NOT IN (SELECT batch_id FROM rated_batches)
		ORDER BY id LIMIT ?`), limit); err != nil {
		return nil, fmt.Errorf("reading unrated batches: %w", err)
	}
	return bs, nil
}

// SetCosts records the costs of a batch's CDRs and that the batch is rated, in one
// transaction (a repeated rating replaces the earlier one).
func (s *Store) SetCosts(ctx context.Context, batchID uint64, costs []Cost) error {
	tx, err := s.w.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storing costs of batch %d: %w", batchID, err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, s.q(`INSERT INTO costs (seq, cost, prefix) VALUES (?, ?, ?)
		ON CONFLICT (seq) DO UPDATE SET cost = excluded.cost, prefix = excluded.prefix`))
	if err != nil {
		return fmt.Errorf("storing costs of batch %d: %w", batchID, err)
	}
	defer stmt.Close()
	for _, c := range costs {
		var amount sql.NullString
		if c.Amount != nil {
			amount = sql.NullString{String: c.Amount.String(), Valid: true}
		}
		if _, err := stmt.ExecContext(ctx, c.Seq, amount, c.Prefix); err != nil {
			return fmt.Errorf("storing cost of CDR %d: %w", c.Seq, err)
		}
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO rated_batches (batch_id, rated_at) VALUES (?, ?)
		ON CONFLICT (batch_id) DO UPDATE SET rated_at = excluded.rated_at`),
		batchID, time.Now().Unix()); err != nil {
		return fmt.Errorf("marking batch %d rated: %w", batchID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storing costs of batch %d: %w", batchID, err)
	}
	return nil
}

// CostOf returns a CDR's cost (ErrNotFound when it is not rated yet).
func (s *Store) CostOf(ctx context.Context, seq uint64) (*Cost, error) {
	var row struct {
		Cost   sql.NullString `db:"cost"`
		Prefix string         `db:"prefix"`
	}
	if err := s.r.GetContext(ctx, &row, s.q(`SELECT cost, prefix FROM costs WHERE seq = ?`), seq); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("reading cost of CDR %d: %w", seq, err)
	}
	c := &Cost{Seq: seq, Prefix: row.Prefix}
	if row.Cost.Valid {
		v, ok := new(big.Int).SetString(row.Cost.String, 10)
		if !ok {
			return nil, fmt.Errorf("reading cost of CDR %d: bad amount %q", seq, row.Cost.String)
		}
		c.Amount = v
	}
	return c, nil
}
