// Package follow is the indexer's chain follower: one loop for backfill and live that
// fetches headers, checks each parent hash against the stored chain, fetches the logs of
// DOTS's contracts in adaptive block ranges, and commits blocks, logs, decoded events and
// the cursor in one SQLite transaction. On a reorg it walks back to the common ancestor
// and deletes everything above it in one transaction; a different chain (chain id,
// genesis hash or deployment) starts a fresh index.
package follow

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cenkalti/backoff/v5"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dotsnet/dots/indexer/store"
	"github.com/dotsnet/dots/logscan"
)

// Handler decodes logs into per-event tables inside the follower's transaction. Blocks
// are the blocks being committed (ascending) and logs their logs in chain order.
type Handler interface {
	HandleLogs(ctx context.Context, tx *sqlx.Tx, blocks []Block, logs []types.Log) error
}

// Config configures a Follower.
type Config struct {
	// Addresses whose logs are indexed.
	Addresses []common.Address
	// StartBlock is the first block indexed (the deployment's block).
	StartBlock uint64
	// FinalityDepth is the number of confirmations after which a block counts as final.
	FinalityDepth uint64
	// PollInterval is the wait between head polls once caught up (default 100ms).
	PollInterval time.Duration
	// InitialSpan and MaxSpan bound the adaptive block range (defaults 100 and 5000).
	InitialSpan, MaxSpan uint64
	// Handler decodes events; nil keeps raw logs only.
	Handler Handler
	// Logger; nil discards.
	Logger *slog.Logger
	// Registerer receives the follower's metrics; nil registers nothing.
	Registerer prometheus.Registerer
	// OnCommit, when set, is called after each commit with the new indexed head.
	OnCommit func(indexed uint64)
}

// Status is what the follower knows about its progress.
type Status struct {
	Head          uint64 // newest chain head seen
	Indexed       uint64 // newest block indexed
	HasIndexed    bool   // false before the first block (or anchor) is stored
	FinalityDepth uint64
	ChainID       uint64
	Genesis       common.Hash
	// Rebuilding is true while the index is rebuilt from scratch (no common ancestor
	// with the chain, or a new genesis) and has not caught up with the head yet: answers
	// come from a partial index meanwhile.
	Rebuilding bool
}

// Confirmations of a block at number n: head-n+1 (0 when n is above the head).
func (s Status) Confirmations(n uint64) uint64 {
	if n > s.Head {
		return 0
	}
	return s.Head - n + 1
}

// Final tells whether a block at number n has at least FinalityDepth confirmations.
func (s Status) Final(n uint64) bool { return s.Confirmations(n) >= max(s.FinalityDepth, 1) }

// Follower follows one chain into one store.
type Follower struct {
	src Source
	db  *store.DB
	cfg Config
	log *slog.Logger
	m   *metrics

	span     uint64
	next     uint64       // first block not indexed
	prev     common.Hash  // hash of block next-1
	identMu  sync.RWMutex // guards chainID and genesis (reconcile writes them, Status reads)
	chainID  uint64
	genesis  common.Hash
	identity string

	rebuilding atomic.Bool
	lagRetries int // consecutive retries of a range whose logs contradict the blooms

	head    atomic.Uint64
	indexed atomic.Int64 // -1 when nothing stored

	ahead *fetched // the next range, being fetched while the current one commits
}

// fetched is one range's headers and logs. The fields are written by fetch before done is
// closed and read only after.
type fetched struct {
	from, to  uint64
	blocks    []Block
	blocksErr error
	logs      []types.Log
	logsErr   error
	done      chan struct{}
}

// fetch fills r with the headers and then the logs of its range, and closes r.done.
func (f *Follower) fetch(ctx context.Context, r *fetched) {
	defer close(r.done)
	r.blocks, r.blocksErr = f.src.Blocks(ctx, r.from, r.to)
	if r.blocksErr == nil {
		r.logs, r.logsErr = f.src.Logs(ctx, r.from, r.to, f.cfg.Addresses)
	}
}

type metrics struct {
	head, indexed, span prometheus.Gauge
	blocks, logs        prometheus.Counter
	reorgs, fresh, errs prometheus.Counter
	reorgDepth          prometheus.Histogram
	commit              prometheus.Histogram
}

func newMetrics(r prometheus.Registerer) *metrics {
	m := &metrics{
		head:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "dots_indexer_chain_head", Help: "Newest chain head seen."}),
		indexed:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "dots_indexer_indexed_head", Help: "Newest block indexed."}),
		span:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "dots_indexer_range_blocks", Help: "Current adaptive block range."}),
		blocks:     prometheus.NewCounter(prometheus.CounterOpts{Name: "dots_indexer_blocks_total", Help: "Blocks committed."}),
		logs:       prometheus.NewCounter(prometheus.CounterOpts{Name: "dots_indexer_logs_total", Help: "Logs committed."}),
		reorgs:     prometheus.NewCounter(prometheus.CounterOpts{Name: "dots_indexer_reorgs_total", Help: "Reorgs rolled back."}),
		fresh:      prometheus.NewCounter(prometheus.CounterOpts{Name: "dots_indexer_fresh_index_total", Help: "Times the index started over (new chain or deployment)."}),
		errs:       prometheus.NewCounter(prometheus.CounterOpts{Name: "dots_indexer_errors_total", Help: "Failed follower steps."}),
		reorgDepth: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "dots_indexer_reorg_depth", Help: "Blocks rolled back per reorg.", Buckets: prometheus.ExponentialBuckets(1, 2, 10)}),
		commit:     prometheus.NewHistogram(prometheus.HistogramOpts{Name: "dots_indexer_commit_seconds", Help: "Time to commit one range.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}),
	}
	if r != nil {
		r.MustRegister(m.head, m.indexed, m.span, m.blocks, m.logs, m.reorgs, m.fresh, m.errs, m.reorgDepth, m.commit)
	}
	return m
}

// New opens the follower on db: it checks the chain's identity against the stored one
// (starting a fresh index when it differs) and resumes from the stored cursor.
func New(ctx context.Context, src Source, db *store.DB, cfg Config) (*Follower, error) {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 100 * time.Millisecond
	}
	if cfg.InitialSpan == 0 {
		cfg.InitialSpan = 100
	}
	if cfg.MaxSpan == 0 {
		cfg.MaxSpan = 5000
	}
	cfg.InitialSpan = min(cfg.InitialSpan, cfg.MaxSpan)
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	f := &Follower{src: src, db: db, cfg: cfg, log: log, m: newMetrics(cfg.Registerer), span: cfg.InitialSpan}
	f.indexed.Store(-1)
	f.identity = identity(cfg)
	if err := f.checkChain(ctx); err != nil {
		return nil, err
	}
	return f, nil
}

// identity names the deployment being indexed: a change starts a fresh index.
func identity(cfg Config) string {
	b := []byte(strconv.FormatUint(cfg.StartBlock, 10))
	for _, a := range cfg.Addresses {
		b = append(b, a.Bytes()...)
	}
	return crypto.Keccak256Hash(b).Hex()
}

const metaIdentity = "deployment"

// checkChain compares the chain's id and genesis and the deployment with the stored ones
// and loads the cursor, or starts afresh.
func (f *Follower) checkChain(ctx context.Context) error {
	id, err := f.src.ChainID(ctx)
	if err != nil {
		return err
	}
	g, err := f.src.Blocks(ctx, 0, 0)
	if err != nil {
		return fmt.Errorf("fetching genesis: %w", err)
	}
	f.identMu.Lock()
	f.chainID, f.genesis = id, g[0].Hash
	f.identMu.Unlock()
	sid, err := store.Meta(ctx, f.db.W, store.MetaChainID)
	if err != nil {
		return err
	}
	sg, err := store.Meta(ctx, f.db.W, store.MetaGenesis)
	if err != nil {
		return err
	}
	sdep, err := store.Meta(ctx, f.db.W, metaIdentity)
	if err != nil {
		return err
	}
	if sid != strconv.FormatUint(id, 10) || sg != f.genesis.Hex() || sdep != f.identity {
		if sid != "" {
			f.log.Warn("index belongs to another chain or deployment; starting a fresh index",
				"stored_chain_id", sid, "chain_id", id, "stored_genesis", sg, "genesis", f.genesis.Hex())
		}
		return f.fresh(ctx)
	}
	next, ok, err := store.MetaUint(ctx, f.db.W, store.MetaNextBlock)
	if err != nil {
		return err
	}
	prev, err := store.Meta(ctx, f.db.W, store.MetaPrevHash)
	if err != nil {
		return err
	}
	if !ok {
		return f.fresh(ctx)
	}
	f.next, f.prev = next, common.HexToHash(prev)
	if next > 0 {
		f.indexed.Store(int64(next - 1))
		f.m.indexed.Set(float64(next - 1))
	}
	f.log.Info("resuming index", "chain_id", id, "next_block", next)
	return nil
}

// fresh wipes the index and anchors it at StartBlock-1.
func (f *Follower) fresh(ctx context.Context) error {
	var anchor []Block
	if f.cfg.StartBlock > 0 {
		var err error
		anchor, err = f.src.Blocks(ctx, f.cfg.StartBlock-1, f.cfg.StartBlock-1)
		if err != nil {
			return fmt.Errorf("fetching anchor block %d: %w", f.cfg.StartBlock-1, err)
		}
	}
	tx, err := f.db.W.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("starting fresh index: %w", err)
	}
	defer tx.Rollback()
	if err := f.db.Wipe(ctx, tx); err != nil {
		return err
	}
	for k, v := range map[string]string{
		store.MetaChainID:   strconv.FormatUint(f.chainID, 10),
		store.MetaGenesis:   f.genesis.Hex(),
		metaIdentity:        f.identity,
		store.MetaNextBlock: strconv.FormatUint(f.cfg.StartBlock, 10),
		store.MetaPrevHash:  "",
	} {
		if err := store.SetMeta(ctx, tx, k, v); err != nil {
			return err
		}
	}
	if len(anchor) == 1 {
		if err := insertBlocks(ctx, tx, anchor); err != nil {
			return err
		}
		if err := store.SetMeta(ctx, tx, store.MetaPrevHash, anchor[0].Hash.Hex()); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing fresh index: %w", err)
	}
	f.next, f.prev = f.cfg.StartBlock, common.Hash{}
	f.indexed.Store(-1)
	if len(anchor) == 1 {
		f.prev = anchor[0].Hash
		f.indexed.Store(int64(anchor[0].Number))
	}
	f.span = f.cfg.InitialSpan
	f.m.fresh.Inc()
	f.log.Info("fresh index", "chain_id", f.chainID, "genesis", f.genesis.Hex(), "start_block", f.cfg.StartBlock)
	return nil
}

// Status reports progress; safe from any goroutine.
func (f *Follower) Status() Status {
	ix := f.indexed.Load()
	f.identMu.RLock()
	defer f.identMu.RUnlock()
	return Status{
		Rebuilding:    f.rebuilding.Load(),
		Head:          f.head.Load(),
		Indexed:       uint64(max(ix, 0)),
		HasIndexed:    ix >= 0,
		FinalityDepth: f.cfg.FinalityDepth,
		ChainID:       f.chainID,
		Genesis:       f.genesis,
	}
}

// Run follows the chain until ctx ends, retrying failed steps with a growing pause.
func (f *Follower) Run(ctx context.Context) error {
	bo := backoff.NewExponentialBackOff()
	bo.InitialInterval, bo.MaxInterval, bo.RandomizationFactor = max(f.cfg.PollInterval, 50*time.Millisecond), 5*time.Second, 0.5
	for {
		advanced, err := f.Step(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		wait := time.Duration(0)
		switch {
		case err != nil:
			f.m.errs.Inc()
			// Exponential with jitter, so followers rate-limited together do not retry together.
			wait = bo.NextBackOff()
			f.log.Warn("follower step failed", "err", err, "retry_in", wait, "rateLimited", IsRateLimit(err))
		case !advanced:
			bo.Reset()
			wait = f.cfg.PollInterval
		default:
			bo.Reset()
		}
		if wait > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(wait):
			}
		}
	}
}

// SyncToHead steps until the index has reached the chain head seen at the time of the call
// (or a later one). For tests and one-shot use.
func (f *Follower) SyncToHead(ctx context.Context) error {
	for {
		head, err := f.src.Head(ctx)
		if err != nil {
			return err
		}
		st := f.Status()
		if st.HasIndexed && st.Indexed == head.Number && f.prev == head.Hash {
			f.head.Store(head.Number)
			return nil
		}
		if _, err := f.Step(ctx); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// Step does one unit of work: index a range, or handle a reorg. advanced is false when
// there was nothing to do (caught up) or the chain moved under the step.
func (f *Follower) Step(ctx context.Context) (advanced bool, err error) {
	head, err := f.src.Head(ctx)
	if err != nil {
		return false, err
	}
	f.head.Store(head.Number)
	f.m.head.Set(float64(head.Number))
	if f.next > head.Number {
		if f.next == head.Number+1 && head.Hash == f.prev {
			f.rebuilding.Store(false) // caught up
		}
		// Caught up, or the chain got shorter / changed at its tip.
		if a := f.ahead; a != nil {
			f.ahead = nil
			<-a.done
		}
		if f.next == 0 {
			return false, nil
		}
		if head.Number < f.next-1 || (head.Number == f.next-1 && head.Hash != f.prev) {
			return true, f.reconcile(ctx, head.Number)
		}
		return false, nil
	}
	from := f.next
	to := min(head.Number, from+f.span-1)
	var got *fetched
	if a := f.ahead; a != nil {
		f.ahead = nil
		<-a.done // never more than one fetch at a time
		if a.from == from && a.to <= head.Number {
			got, to = a, a.to
		}
	}
	if got == nil {
		got = &fetched{from: from, to: to, done: make(chan struct{})}
		f.fetch(ctx, got)
	}
	blocks, err := got.blocks, got.blocksErr
	if errors.Is(err, ErrNotFound) {
		return false, nil // the chain shrank after we saw its head; look again
	}
	if err != nil {
		return false, err
	}
	if from > 0 && f.prev != (common.Hash{}) && blocks[0].Parent != f.prev {
		return true, f.reconcile(ctx, from-1)
	}
	for i := 1; i < len(blocks); i++ {
		if blocks[i].Parent != blocks[i-1].Hash || blocks[i].Number != blocks[i-1].Number+1 {
			return false, nil // the chain changed while we fetched it; fetch again
		}
	}
	logs, err := got.logs, got.logsErr
	if err != nil {
		if IsRateLimit(err) {
			return false, err // back off (Run waits, with jitter); the range is not the problem
		}
		if logscan.IsLimitErr(err) && f.span > 1 {
			f.span = max(1, min(f.span, to-from+1)/2)
			f.m.span.Set(float64(f.span))
			f.log.Debug("log range too large; shrinking", "span", f.span, "err", err)
			return true, nil
		}
		return false, err
	}
	kept := logs[:0]
	for _, l := range logs {
		if l.Removed {
			continue
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return false, fmt.Errorf("node returned a log of block %d for range %d-%d", l.BlockNumber, from, to)
		}
		if l.BlockHash != blocks[l.BlockNumber-from].Hash {
			return false, nil // a log of another fork: the chain changed; fetch again
		}
		kept = append(kept, l)
	}
	if n, ok := f.bloomContradicts(blocks, kept); !ok {
		f.lagRetries++
		if f.lagRetries <= maxLagRetries {
			f.log.Debug("no logs for a block whose bloom names a watched address; asking again", "block", n, "try", f.lagRetries)
			return false, nil
		}
		// A bloom matches by chance now and then: after asking again it is believed.
		f.log.Warn("no logs for a block whose bloom names a watched address, after retries; taking it as a bloom false positive",
			"block", n, "tries", f.lagRetries)
	}
	f.lagRetries = 0
	next := f.span
	if next < f.cfg.MaxSpan {
		next = min(f.cfg.MaxSpan, next*2)
	}
	if to < head.Number {
		// Backfilling: fetch the next range while this one commits.
		f.ahead = &fetched{from: to + 1, to: min(head.Number, to+next), done: make(chan struct{})}
		go f.fetch(ctx, f.ahead)
	}
	if err := f.commit(ctx, blocks, kept); err != nil {
		return false, err
	}
	if f.span != next {
		f.span = next
		f.m.span.Set(float64(f.span))
	}
	return true, nil
}

// maxLagRetries is how often a range is asked again when its logs contradict its blooms.
const maxLagRetries = 5

// bloomContradicts checks that every block whose logsBloom names a watched address has at
// least one log in the answer; it returns the first block that has none and false.
func (f *Follower) bloomContradicts(blocks []Block, logs []types.Log) (uint64, bool) {
	has := make(map[uint64]bool, len(logs))
	for _, l := range logs {
		has[l.BlockNumber] = true
	}
	for _, b := range blocks {
		if has[b.Number] || b.Bloom == (types.Bloom{}) {
			continue
		}
		for _, a := range f.cfg.Addresses {
			if types.BloomLookup(b.Bloom, a) {
				return b.Number, false
			}
		}
	}
	return 0, true
}

// IsRateLimit tells a rate limit (HTTP 429, "too many requests", "rate limit") from a
// range or size limit: a rate limit calls for waiting, not for a smaller range.
func IsRateLimit(err error) bool {
	var he rpc.HTTPError
	if errors.As(err, &he) && he.StatusCode == 429 {
		return true
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "429") || strings.Contains(s, "too many requests") || strings.Contains(s, "rate limit") ||
		strings.Contains(s, "rate-limit")
}

func (f *Follower) commit(ctx context.Context, blocks []Block, logs []types.Log) error {
	start := time.Now()
	tx, err := f.db.W.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("starting commit: %w", err)
	}
	defer tx.Rollback()
	if err := insertBlocks(ctx, tx, blocks); err != nil {
		return err
	}
	if err := insertLogs(ctx, tx, logs); err != nil {
		return err
	}
	if f.cfg.Handler != nil {
		if err := f.cfg.Handler.HandleLogs(ctx, tx, blocks, logs); err != nil {
			return fmt.Errorf("decoding logs of blocks %d-%d: %w", blocks[0].Number, blocks[len(blocks)-1].Number, err)
		}
	}
	last := blocks[len(blocks)-1]
	if err := store.SetMeta(ctx, tx, store.MetaNextBlock, strconv.FormatUint(last.Number+1, 10)); err != nil {
		return err
	}
	if err := store.SetMeta(ctx, tx, store.MetaPrevHash, last.Hash.Hex()); err != nil {
		return err
	}
	// What an API-only process answers as the follower's progress (it reads the database only).
	rebuilding := "0"
	if f.rebuilding.Load() {
		rebuilding = "1"
	}
	if err := store.SetMeta(ctx, tx, store.MetaHead, strconv.FormatUint(max(f.head.Load(), last.Number), 10)); err != nil {
		return err
	}
	if err := store.SetMeta(ctx, tx, store.MetaRebuild, rebuilding); err != nil {
		return err
	}
	if err := f.db.NotifyCommit(ctx, tx, last.Number+1); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing blocks %d-%d: %w", blocks[0].Number, last.Number, err)
	}
	f.next, f.prev = last.Number+1, last.Hash
	f.indexed.Store(int64(last.Number))
	f.m.indexed.Set(float64(last.Number))
	f.m.blocks.Add(float64(len(blocks)))
	f.m.logs.Add(float64(len(logs)))
	f.m.commit.Observe(time.Since(start).Seconds())
	if f.cfg.OnCommit != nil {
		f.cfg.OnCommit(last.Number)
	}
	return nil
}

func insertBlocks(ctx context.Context, tx *sqlx.Tx, blocks []Block) error {
	st, err := tx.PrepareContext(ctx, tx.Rebind(`INSERT INTO blocks(block_number, hash, parent_hash, time) VALUES(?,?,?,?)`))
	if err != nil {
		return fmt.Errorf("preparing block insert: %w", err)
	}
	defer st.Close()
	for _, b := range blocks {
		if _, err := st.ExecContext(ctx, b.Number, b.Hash.Hex(), b.Parent.Hex(), b.Time); err != nil {
			return fmt.Errorf("storing block %d: %w", b.Number, err)
		}
	}
	return nil
}

// insertLogs stores the raw logs in multi-row INSERTs (up to 500 rows each).
func insertLogs(ctx context.Context, tx *sqlx.Tx, logs []types.Log) error {
	const per = 500
	args := make([]any, 0, 7*min(len(logs), per))
	for start := 0; start < len(logs); start += per {
		chunk := logs[start:min(len(logs), start+per)]
		args = args[:0]
		for _, l := range chunk {
			topics := make([]byte, 0, 32*len(l.Topics))
			for _, t := range l.Topics {
				topics = append(topics, t[:]...)
			}
			data := l.Data
			if data == nil {
				data = []byte{}
			}
			args = append(args, l.BlockNumber, l.Index, l.TxHash[:], l.TxIndex, l.Address[:], topics, data)
		}
		q := `INSERT INTO logs(block_number, log_index, tx_hash, tx_index, address, topics, data) VALUES (?,?,?,?,?,?,?)` +
			strings.Repeat(`,(?,?,?,?,?,?,?)`, len(chunk)-1)
		if _, err := tx.ExecContext(ctx, tx.Rebind(q), args...); err != nil {
			return fmt.Errorf("storing logs %d/%d-%d/%d: %w", chunk[0].BlockNumber, chunk[0].Index,
				chunk[len(chunk)-1].BlockNumber, chunk[len(chunk)-1].Index, err)
		}
	}
	return nil
}

// reconcile finds the newest block at or below n that the chain and the index agree on,
// and deletes everything above it; with no such block (or another genesis) it starts a
// fresh index.
func (f *Follower) reconcile(ctx context.Context, n uint64) error {
	g, err := f.src.Blocks(ctx, 0, 0)
	if err != nil {
		return fmt.Errorf("checking genesis: %w", err)
	}
	if g[0].Hash != f.genesis {
		f.log.Warn("chain has a new genesis; rebuilding the index from scratch", "old", f.genesis.Hex(), "new", g[0].Hash.Hex())
		id, idErr := f.src.ChainID(ctx)
		f.identMu.Lock()
		f.genesis = g[0].Hash
		if idErr == nil {
			f.chainID = id
		}
		f.identMu.Unlock()
		f.rebuilding.Store(true)
		return f.fresh(ctx)
	}
	var low uint64
	if err := f.db.W.GetContext(ctx, &low, `SELECT COALESCE(MIN(block_number), 0) FROM blocks`); err != nil {
		return fmt.Errorf("finding oldest stored block: %w", err)
	}
	if f.next > 0 {
		n = min(n, f.next-1)
	}
	for hi := n; ; {
		if hi < low {
			break
		}
		lo := low
		if hi >= low+63 {
			lo = hi - 63
		}
		chain, err := f.src.Blocks(ctx, lo, hi)
		if err != nil {
			return fmt.Errorf("walking back for a common ancestor: %w", err)
		}
		var stored []struct {
			N uint64 `db:"block_number"`
			H string `db:"hash"`
		}
		if err := f.db.W.SelectContext(ctx, &stored,
			f.db.W.Rebind(`SELECT block_number, hash FROM blocks WHERE block_number BETWEEN ? AND ? ORDER BY block_number DESC`), lo, hi); err != nil {
			return fmt.Errorf("reading stored blocks %d-%d: %w", lo, hi, err)
		}
		for _, s := range stored {
			if chain[s.N-lo].Hash.Hex() == s.H {
				return f.rollback(ctx, s.N, chain[s.N-lo].Hash)
			}
		}
		if lo == low {
			break
		}
		hi = lo - 1
	}
	f.log.Warn("no common ancestor in the index (a reorg below the start block?); rebuilding the index from scratch")
	f.rebuilding.Store(true)
	return f.fresh(ctx)
}

func (f *Follower) rollback(ctx context.Context, ancestor uint64, hash common.Hash) error {
	depth := f.next - 1 - ancestor
	if f.next == 0 || depth == 0 {
		return nil
	}
	tx, err := f.db.W.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("starting rollback: %w", err)
	}
	defer tx.Rollback()
	if err := f.db.RollbackAbove(ctx, tx, ancestor); err != nil {
		return err
	}
	if err := store.SetMeta(ctx, tx, store.MetaNextBlock, strconv.FormatUint(ancestor+1, 10)); err != nil {
		return err
	}
	if err := store.SetMeta(ctx, tx, store.MetaPrevHash, hash.Hex()); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing rollback to block %d: %w", ancestor, err)
	}
	f.log.Info("reorg rolled back", "ancestor", ancestor, "depth", depth)
	f.next, f.prev = ancestor+1, hash
	f.indexed.Store(int64(ancestor))
	f.m.indexed.Set(float64(ancestor))
	f.m.reorgs.Inc()
	f.m.reorgDepth.Observe(float64(depth))
	f.span = f.cfg.InitialSpan
	return nil
}
