package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/wire"
)

// Batch states (one definition, in oracle/wire).
const (
	StateSealed = wire.StateSealed
	StateStored = wire.StateStored
	StateSent   = wire.StateSent
	StateMined  = wire.StateMined
	StateFinal  = wire.StateFinal
)

// States lists the batch states in order.
var States = wire.States

// Batch is one batch of consecutive CDRs and where its anchoring stands.
type Batch struct {
	ID           uint64        `db:"id" json:"id"`
	FirstSeq     uint64        `db:"first_seq" json:"firstSeq"`
	LastSeq      uint64        `db:"last_seq" json:"lastSeq"`
	State        string        `db:"state" json:"state"`
	SealedAt     int64         `db:"sealed_at" json:"sealedAt"`
	CDRCount     uint64        `db:"cdr_count" json:"cdrCount"`
	Billable     uint64        `db:"billable" json:"billableSeconds"`
	Root         []byte        `db:"root" json:"-"`
	CID          string        `db:"cid" json:"cid,omitempty"`
	RewardsRoot  []byte        `db:"rewards_root" json:"-"`
	RewardsTotal string        `db:"rewards_total" json:"rewardsTotal"`
	RewardsCID   string        `db:"rewards_cid" json:"rewardsCid,omitempty"`
	TxHash       []byte        `db:"tx_hash" json:"-"`
	TxNonce      sql.NullInt64 `db:"tx_nonce" json:"-"`
	TxSentAt     int64         `db:"tx_sent_at" json:"txSentAt,omitempty"`
	ChainBatchID sql.NullInt64 `db:"chain_batch_id" json:"-"`
	MinedBlock   uint64        `db:"mined_block" json:"minedBlock,omitempty"`
	MinedAt      int64         `db:"mined_at" json:"minedAt,omitempty"`
	LastError    string        `db:"last_error" json:"lastError,omitempty"`
	UpdatedAt    int64         `db:"updated_at" json:"updatedAt"`
}

// RootHash is the batch's CDR Merkle root (zero before StateStored).
func (b *Batch) RootHash() common.Hash { return common.BytesToHash(b.Root) }

// RewardsRootHash is the rewards root anchored with the batch.
func (b *Batch) RewardsRootHash() common.Hash { return common.BytesToHash(b.RewardsRoot) }

// Tx is the anchor transaction's hash (zero before StateSent).
func (b *Batch) Tx() common.Hash { return common.BytesToHash(b.TxHash) }

// RewardsTotalInt is the cumulative rewards total the batch declares.
func (b *Batch) RewardsTotalInt() *big.Int {
	v, ok := new(big.Int).SetString(b.RewardsTotal, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

// Seal fixes the next batch when one is due: when at least maxSize CDRs wait, the next
// maxSize of them; otherwise, when the oldest waiting CDR was received more than maxAge
// before now, all waiting CDRs. It returns nil when no batch is due.
func (s *Store) Seal(ctx context.Context, maxSize uint64, maxAge time.Duration, now time.Time) (*Batch, error) {
	if maxSize == 0 {
		return nil, errors.New("sealing: batch size 0")
	}
	tx, err := s.w.BeginTxx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sealing: %w", err)
	}
	defer tx.Rollback()
	var lastSealed, maxSeq sql.NullInt64
	if err := tx.GetContext(ctx, &lastSealed, `SELECT MAX(last_seq) FROM batches`); err != nil {
		return nil, fmt.Errorf("sealing: reading last batch: %w", err)
	}
	if err := tx.GetContext(ctx, &maxSeq, `SELECT MAX(seq) FROM cdrs`); err != nil {
		return nil, fmt.Errorf("sealing: reading last CDR: %w", err)
	}
	first := uint64(FirstSeq)
	if lastSealed.Valid {
		first = uint64(lastSealed.Int64) + 1
	}
	if !maxSeq.Valid || uint64(maxSeq.Int64) < first {
		return nil, nil
	}
	last := uint64(maxSeq.Int64)
	if last-first+1 >= maxSize {
		last = first + maxSize - 1
	} else {
		var received int64
		if err := tx.GetContext(ctx, &received, s.q(`SELECT received_at FROM cdrs WHERE seq = ?`), first); err != nil {
			return nil, fmt.Errorf("sealing: reading CDR %d: %w", first, err)
		}
		if now.Sub(time.UnixMilli(received)) < maxAge {
			return nil, nil
		}
	}
	var billable uint64
	if err := tx.GetContext(ctx, &billable, s.q(`SELECT CAST(COALESCE(SUM(billable), 0) AS BIGINT) FROM cdrs WHERE seq BETWEEN ? AND ?`), first, last); err != nil {
		return nil, fmt.Errorf("sealing: summing billable seconds: %w", err)
	}
	var id uint64
	if err := tx.GetContext(ctx, &id, s.q(`INSERT INTO batches (first_seq, last_seq, state, sealed_at, cdr_count, billable, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`), first, last, StateSealed, now.Unix(), last-first+1, billable, now.Unix()); err != nil {
		return nil, fmt.Errorf("sealing %d-%d: %w", first, last, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sealing %d-%d: %w", first, last, err)
	}
	return s.Batch(ctx, id)
}

// Batch returns a batch by id.
func (s *Store) Batch(ctx context.Context, id uint64) (*Batch, error) {
	var b Batch
	if err := s.w.GetContext(ctx, &b, s.q(`SELECT * FROM batches WHERE id = ?`), id); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("reading batch %d: %w", id, err)
	}
	return &b, nil
}

// BatchOf returns the batch holding sequence number seq.
func (s *Store) BatchOf(ctx context.Context, seq uint64) (*Batch, error) {
	var b Batch
	if err := s.r.GetContext(ctx, &b, s.q(`SELECT * FROM batches WHERE first_seq <= ? AND last_seq >= ?`), seq, seq); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("finding batch of CDR %d: %w", seq, err)
	}
	return &b, nil
}

// OldestUnfinished returns the oldest batch not yet final (nil when every batch is final).
func (s *Store) OldestUnfinished(ctx context.Context) (*Batch, error) {
	var b Batch
	err := s.r.GetContext(ctx, &b, s.q(`SELECT * FROM batches WHERE state != ? ORDER BY id LIMIT 1`), StateFinal)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading oldest unfinished batch: %w", err)
	}
	return &b, nil
}

// Batches returns up to limit batches with id < before (all when before is 0), newest first.
func (s *Store) Batches(ctx context.Context, before uint64, limit int) ([]Batch, error) {
	if before == 0 {
		before = 1 << 62
	}
	var bs []Batch
	if err := s.r.SelectContext(ctx, &bs, s.q(`SELECT * FROM batches WHERE id < ? ORDER BY id DESC LIMIT ?`), before, limit); err != nil {
		return nil, fmt.Errorf("reading batches: %w", err)
	}
	return bs, nil
}

// StateCounts returns the number of batches in each state.
func (s *Store) StateCounts(ctx context.Context) (map[string]int, error) {
	rows := []struct {
		State string `db:"state"`
		N     int    `db:"n"`
	}{}
	if err := s.r.SelectContext(ctx, &rows, `SELECT state, COUNT(*) AS n FROM batches GROUP BY state`); err != nil {
		return nil, fmt.Errorf("counting batches: %w", err)
	}
	out := map[string]int{}
	for _, st := range States {
		out[st] = 0
	}
	for _, r := range rows {
		out[r.State] = r.N
	}
	return out, nil
}

// Stored records that a batch's documents are on IPFS, with their roots, and the rewards
// the batch brings (cumulative amounts per account and the numbers' daily seconds), in one
// transaction; the batch must be sealed.
func (s *Store) MarkStored(ctx context.Context, id uint64, root common.Hash, cid string, rewardsRoot common.Hash,
	rewardsTotal *big.Int, rewardsCID string, cumulative map[common.Address]*big.Int, numberDays map[NumberDay]uint64) error {
	tx, err := s.w.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storing batch %d: %w", id, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, s.q(`UPDATE batches SET state = ?, root = ?, cid = ?, rewards_root = ?, rewards_total = ?,
		rewards_cid = ?, last_error = '', updated_at = ? WHERE id = ? AND state = ?`),
		StateStored, root[:], cid, rewardsRoot[:], rewardsTotal.String(), rewardsCID, time.Now().Unix(), id, StateSealed)
	if err != nil {
		return fmt.Errorf("storing batch %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("storing batch %d: not sealed", id)
	}
	for acct, amt := range cumulative {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO rewards (account, cumulative, batch_id) VALUES (?, ?, ?)
			ON CONFLICT (account) DO UPDATE SET cumulative = excluded.cumulative, batch_id = excluded.batch_id`),
			acct[:], amt.String(), id); err != nil {
			return fmt.Errorf("storing rewards of batch %d: %w", id, err)
		}
	}
	for nd, secs := range numberDays {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO number_days (number, day, seconds) VALUES (?, ?, ?)
			ON CONFLICT (number, day) DO UPDATE SET seconds = excluded.seconds`), nd.Number, nd.Day, secs); err != nil {
			return fmt.Errorf("storing daily seconds of batch %d: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storing batch %d: %w", id, err)
	}
	return nil
}

// MarkSent records the anchor transaction of a stored (or re-sent) batch.
func (s *Store) MarkSent(ctx context.Context, id uint64, txHash common.Hash, nonce uint64) error {
	return s.update(ctx, id, []string{StateStored, StateSent}, `state = ?, tx_hash = ?, tx_nonce = ?, tx_sent_at = ?`,
		StateSent, txHash[:], nonce, time.Now().Unix())
}

// MarkMined records that the batch's anchor is on chain as chainBatchID in block.
func (s *Store) MarkMined(ctx context.Context, id uint64, chainBatchID uint64, block uint64, txHash common.Hash) error {
	return s.update(ctx, id, []string{StateStored, StateSent}, `state = ?, chain_batch_id = ?, mined_block = ?, mined_at = ?, tx_hash = ?`,
		StateMined, chainBatchID, block, time.Now().Unix(), txHash[:])
}

// MarkFinal records that the batch's challenge window is over.
func (s *Store) MarkFinal(ctx context.Context, id uint64) error {
	return s.update(ctx, id, []string{StateMined}, `state = ?`, StateFinal)
}

// SetError records the last error met while moving a batch on (shown by the API).
func (s *Store) SetError(ctx context.Context, id uint64, msg string) error {
	_, err := s.w.ExecContext(ctx, s.q(`UPDATE batches SET last_error = ?, updated_at = ? WHERE id = ?`), msg, time.Now().Unix(), id)
	if err != nil {
		return fmt.Errorf("recording error of batch %d: %w", id, err)
	}
	return nil
}

func (s *Store) update(ctx context.Context, id uint64, from []string, set string, args ...any) error {
	q := `UPDATE batches SET ` + set + `, last_error = '', updated_at = ? WHERE id = ? AND state IN (?` + repeat(",?", len(from)-1) + `)`
	args = append(args, time.Now().Unix(), id)
	for _, f := range from {
		args = append(args, f)
	}
	res, err := s.w.ExecContext(ctx, s.q(q), args...)
	if err != nil {
		return fmt.Errorf("updating batch %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("updating batch %d: not in state %v", id, from)
	}
	return nil
}

func repeat(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}

// NumberDay keys a number's billable seconds on one UTC day (unix seconds / 86400).
type NumberDay struct {
	Number string
	Day    uint64
}

// NumberDaySeconds returns the seconds already counted for a number on a day.
func (s *Store) NumberDaySeconds(ctx context.Context, nd NumberDay) (uint64, error) {
	var secs uint64
	err := s.w.GetContext(ctx, &secs, s.q(`SELECT seconds FROM number_days WHERE number = ? AND day = ?`), nd.Number, nd.Day)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("reading a number's daily seconds: %w", err)
	}
	return secs, nil
}

// Cumulative returns every account's cumulative rewards so far.
func (s *Store) Cumulative(ctx context.Context) (map[common.Address]*big.Int, error) {
	rows := []struct {
		Account    []byte `db:"account"`
		Cumulative string `db:"cumulative"`
	}{}
	if err := s.w.SelectContext(ctx, &rows, `SELECT account, cumulative FROM rewards`); err != nil {
		return nil, fmt.Errorf("reading rewards: %w", err)
	}
	out := make(map[common.Address]*big.Int, len(rows))
	for _, r := range rows {
		v, ok := new(big.Int).SetString(r.Cumulative, 10)
		if !ok {
			return nil, fmt.Errorf("reading rewards: bad amount %q", r.Cumulative)
		}
		out[common.BytesToAddress(r.Account)] = v
	}
	return out, nil
}

// BatchDocument rebuilds a batch's document from the store (records are immutable and the
// creation time is the sealing time, so once the batch is stored it is byte for byte the one
// put on IPFS).
func (s *Store) BatchDocument(ctx context.Context, chainID uint64, b *Batch) (*cdr.BatchDocument, error) {
	recs, err := s.Records(ctx, b.FirstSeq, b.LastSeq)
	if err != nil {
		return nil, err
	}
	if uint64(len(recs)) != b.LastSeq-b.FirstSeq+1 {
		return nil, fmt.Errorf("batch %d: %d records for %d-%d", b.ID, len(recs), b.FirstSeq, b.LastSeq)
	}
	doc, err := cdr.NewBatchDocument(chainID, time.Unix(b.SealedAt, 0), recs)
	if err != nil {
		return nil, err
	}
	doc.RewardsCID = b.RewardsCID // empty until the batch is stored
	return doc, nil
}
