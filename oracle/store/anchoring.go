package store

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/sqldb"
	"github.com/dotsnet/dots/txmgr"
)

// SaveAttempt records a signed transaction before it is broadcast (txmgr.Journal).
func (s *Store) SaveAttempt(ctx context.Context, a txmgr.Attempt) error {
	_, err := s.w.ExecContext(ctx, s.q(`INSERT INTO tx_attempts (key, nonce, hash, tip_cap, fee_cap, sent_at, raw) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (key, hash) DO UPDATE SET sent_at = excluded.sent_at`),
		a.Key, a.Nonce, a.Hash[:], a.TipCap.String(), a.FeeCap.String(), a.SentAt.UnixMilli(), a.Raw)
	if err != nil {
		return fmt.Errorf("recording transaction %s: %w", a.Hash, err)
	}
	return nil
}

// Attempts returns the transactions sent for key, oldest first (txmgr.Journal).
func (s *Store) Attempts(ctx context.Context, key string) ([]txmgr.Attempt, error) {
	rows := []struct {
		Nonce  uint64 `db:"nonce"`
		Hash   []byte `db:"hash"`
		TipCap string `db:"tip_cap"`
		FeeCap string `db:"fee_cap"`
		SentAt int64  `db:"sent_at"`
		Raw    []byte `db:"raw"`
	}{}
	if err := s.w.SelectContext(ctx, &rows, s.q(`SELECT nonce, hash, tip_cap, fee_cap, sent_at, raw FROM tx_attempts WHERE key = ? ORDER BY sent_at, `+s.attemptOrder()), key); err != nil {
		return nil, fmt.Errorf("reading transactions of %s: %w", key, err)
	}
	out := make([]txmgr.Attempt, len(rows))
	for i, r := range rows {
		tip, ok1 := new(big.Int).SetString(r.TipCap, 10)
		fee, ok2 := new(big.Int).SetString(r.FeeCap, 10)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("reading transactions of %s: bad fees %q/%q", key, r.TipCap, r.FeeCap)
		}
		out[i] = txmgr.Attempt{Key: key, Nonce: r.Nonce, Hash: common.BytesToHash(r.Hash), TipCap: tip, FeeCap: fee,
			SentAt: time.UnixMilli(r.SentAt), Raw: r.Raw}
	}
	return out, nil
}

// ForgetAttempts drops the transactions of key (txmgr.Journal).
func (s *Store) ForgetAttempts(ctx context.Context, key string) error {
	if _, err := s.w.ExecContext(ctx, s.q(`DELETE FROM tx_attempts WHERE key = ?`), key); err != nil {
		return fmt.Errorf("forgetting transactions of %s: %w", key, err)
	}
	return nil
}

// MarkUnanchored puts a batch whose anchor is no longer on the chain (a reorg dropped it,
// or its transaction reverted or lost its nonce) back to stored, to be anchored again with
// the same documents and sequence range.
func (s *Store) MarkUnanchored(ctx context.Context, id uint64, why string) error {
	res, err := s.w.ExecContext(ctx, s.q(`UPDATE batches SET state = ?, tx_hash = NULL, tx_nonce = NULL, chain_batch_id = NULL,
		mined_block = 0, mined_at = 0, last_error = ?, updated_at = ? WHERE id = ? AND state IN (?, ?, ?)`),
		StateStored, why, time.Now().Unix(), id, StateSent, StateMined, StateFinal)
	if err != nil {
		return fmt.Errorf("unanchoring batch %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("unanchoring batch %d: not sent, mined or final", id)
	}
	return nil
}

// Invalidation is an anchor of a batch that the chain invalidated (an upheld dispute, or a
// dispute of an earlier batch of the operator, which cuts every later one).
type Invalidation struct {
	BatchID      uint64 `db:"batch_id" json:"batchId"`
	ChainBatchID uint64 `db:"chain_batch_id" json:"chainBatchId"`
	FirstSeq     uint64 `db:"first_seq" json:"firstSeq"`
	LastSeq      uint64 `db:"last_seq" json:"lastSeq"`
	Root         []byte `db:"root" json:"-"`
	TxHash       []byte `db:"tx_hash" json:"-"`
	MinedBlock   uint64 `db:"mined_block" json:"minedBlock"`
	SeenAt       int64  `db:"seen_at" json:"seenAt"`
}

// MarkInvalidated records that the chain invalidated the batch's anchor (terminal for that
// anchor) and puts the batch back to stored in the same transaction: CDRAnchor rewinds the
// operator's sequence to the batch's first number, so the same range is anchored again.
func (s *Store) MarkInvalidated(ctx context.Context, b *Batch) error {
	tx, err := s.w.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("invalidating batch %d: %w", b.ID, err)
	}
	defer tx.Rollback()
	now := time.Now().Unix()
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO anchor_invalidations (batch_id, chain_batch_id, first_seq, last_seq, root,
		tx_hash, mined_block, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`), b.ID, b.ChainBatchID.Int64, b.FirstSeq, b.LastSeq, b.Root,
		b.TxHash, b.MinedBlock, now); err != nil {
		return fmt.Errorf("invalidating batch %d: %w", b.ID, err)
	}
	res, err := tx.ExecContext(ctx, s.q(`UPDATE batches SET state = ?, tx_hash = NULL, tx_nonce = NULL, chain_batch_id = NULL,
		mined_block = 0, mined_at = 0, last_error = ?, updated_at = ? WHERE id = ? AND state IN (?, ?)`),
		StateStored, fmt.Sprintf("anchor %d invalidated on chain; anchoring the range again", b.ChainBatchID.Int64), now, b.ID,
		StateMined, StateFinal)
	if err != nil {
		return fmt.Errorf("invalidating batch %d: %w", b.ID, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("invalidating batch %d: not mined or final", b.ID)
	}
	return tx.Commit()
}

// Invalidations returns the invalidated anchors, newest first (at most limit).
func (s *Store) Invalidations(ctx context.Context, limit int) ([]Invalidation, error) {
	var out []Invalidation
	if err := s.r.SelectContext(ctx, &out, s.q(`SELECT * FROM anchor_invalidations ORDER BY seen_at DESC, chain_batch_id DESC LIMIT ?`), limit); err != nil {
		return nil, fmt.Errorf("reading invalidations: %w", err)
	}
	return out, nil
}

// Relocate records where a mined or final batch's anchor is now (a reorg re-included it in
// another block, perhaps under another global batch id).
func (s *Store) Relocate(ctx context.Context, id uint64, chainBatchID uint64, block uint64, txHash common.Hash) error {
	res, err := s.w.ExecContext(ctx, s.q(`UPDATE batches SET chain_batch_id = ?, mined_block = ?, tx_hash = ?, updated_at = ?
		WHERE id = ? AND state IN (?, ?)`), chainBatchID, block, txHash[:], time.Now().Unix(), id, StateMined, StateFinal)
	if err != nil {
		return fmt.Errorf("relocating batch %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("relocating batch %d: not mined or final", id)
	}
	return nil
}

// Anchored returns the batches whose anchors are still to be watched, oldest first: every
// mined batch, and final ones mined above block settledBelow (not yet deeper than the
// chain's finality).
func (s *Store) Anchored(ctx context.Context, settledBelow uint64) ([]Batch, error) {
	var bs []Batch
	if err := s.w.SelectContext(ctx, &bs, s.q(`SELECT * FROM batches WHERE state = ? OR (state = ? AND mined_block > ?) ORDER BY id`),
		StateMined, StateFinal, settledBelow); err != nil {
		return nil, fmt.Errorf("reading anchored batches: %w", err)
	}
	return bs, nil
}

// Pending returns the batches not anchored yet (sealed, stored or sent), oldest first.
func (s *Store) Pending(ctx context.Context) ([]Batch, error) {
	var bs []Batch
	if err := s.w.SelectContext(ctx, &bs, s.q(`SELECT * FROM batches WHERE state IN (?, ?, ?) ORDER BY id`),
		StateSealed, StateStored, StateSent); err != nil {
		return nil, fmt.Errorf("reading batches to anchor: %w", err)
	}
	return bs, nil
}

// attemptOrder breaks ties between attempts sent in the same millisecond: in the order
// they were recorded (SQLite's rowid; an identity column on PostgreSQL).
func (s *Store) attemptOrder() string {
	if s.engine == sqldb.Postgres {
		return "id"
	}
	return "rowid"
}
