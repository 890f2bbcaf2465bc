// Package batcher seals CDRs into batches and moves each batch through its persisted
// states: sealed -> stored (batch and rewards documents on IPFS) -> sent (anchor
// transaction in flight, its attempts journaled by the transaction manager) -> mined (the
// anchor has Confirmations blocks on top) -> final (CDRAnchor says final, and the chain's
// batch is this operator's with this root, CID and range).
//
// The chain may reorganise at any time. The batcher never trusts a global batch id: it
// finds its anchors by its own BatchAnchored events and checks operator, root, CID and
// range each time it reads one. A mined or final batch whose anchor left the chain goes
// back to stored and is anchored again with the same documents and sequence range; final
// batches are watched until their anchor is FinalityDepth blocks deep.
//
// An anchor that the chain invalidates (an upheld dispute, or a dispute of an earlier
// batch, which cuts every later one) is terminal: it is recorded (anchor_invalidations,
// /healthz, the metrics) and never looked at again. CDRAnchor rewinds the operator's
// sequence to the first invalidated number, and sequence numbers once handed to a source
// never change, so the batch's range is anchored again under the same sequence numbers
// with the same documents (the contract's own dispute test re-anchors the range the same
// way). Anchoring the same root again is the operator's answer to a dispute about
// availability; an operator who accepts the dispute's verdict on the content stops the
// oracle and settles with the parties instead.
package batcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/chainerr"
	"github.com/dotsnet/dots/oracle/chain"
	"github.com/dotsnet/dots/oracle/metrics"
	"github.com/dotsnet/dots/oracle/rating"
	"github.com/dotsnet/dots/oracle/rewards"
	"github.com/dotsnet/dots/oracle/store"
	"github.com/dotsnet/dots/txmgr"
)

// Store is the part of the oracle's store the batcher uses.
type Store interface {
	Operator() common.Address
	Seal(ctx context.Context, maxSize uint64, maxAge time.Duration, now time.Time) (*store.Batch, error)
	Batch(ctx context.Context, id uint64) (*store.Batch, error)
	Pending(ctx context.Context) ([]store.Batch, error)
	Anchored(ctx context.Context, settledBelow uint64) ([]store.Batch, error)
	UnratedBatches(ctx context.Context, limit int) ([]store.Batch, error)
	Records(ctx context.Context, first, last uint64) ([]cdr.Record, error)
	SetCosts(ctx context.Context, batchID uint64, costs []store.Cost) error
	BatchDocument(ctx context.Context, chainID uint64, b *store.Batch) (*cdr.BatchDocument, error)
	NumberDaySeconds(ctx context.Context, nd store.NumberDay) (uint64, error)
	Cumulative(ctx context.Context) (map[common.Address]*big.Int, error)
	Batches(ctx context.Context, before uint64, limit int) ([]store.Batch, error)
	SaveAnnouncements(ctx context.Context, as []store.Announcement) error
	Announcements(ctx context.Context) ([]store.Announcement, error)
	MarkStored(ctx context.Context, id uint64, root common.Hash, cid string, rewardsRoot common.Hash,
		rewardsTotal *big.Int, rewardsCID string, cumulative map[common.Address]*big.Int, numberDays map[store.NumberDay]uint64) error
	MarkSent(ctx context.Context, id uint64, txHash common.Hash, nonce uint64) error
	MarkMined(ctx context.Context, id uint64, chainBatchID uint64, block uint64, txHash common.Hash) error
	MarkFinal(ctx context.Context, id uint64) error
	MarkUnanchored(ctx context.Context, id uint64, why string) error
	MarkInvalidated(ctx context.Context, b *store.Batch) error
	Relocate(ctx context.Context, id uint64, chainBatchID uint64, block uint64, txHash common.Hash) error
	SetError(ctx context.Context, id uint64, msg string) error
}

// IPFS stores documents.
type IPFS interface {
	Add(ctx context.Context, data []byte) (string, error)
}

// Chain is the oracle's view of CDRAnchor and NumberRegistry.
type Chain interface {
	ChainID() uint64
	AnchorAddress() common.Address
	Head(ctx context.Context) (uint64, error)
	HeadBlock(ctx context.Context) (number, time uint64, err error)
	Parameters(ctx context.Context, block uint64) (cdranchor.CDRAnchorParameters, error)
	OwnersOf(ctx context.Context, numbers []string, block uint64) (map[string]common.Address, error)
	OwnerOf(ctx context.Context, number string, block uint64) (common.Address, error)
	PayoutOf(ctx context.Context, operator common.Address, block uint64) (common.Address, error)
	OperatorInfo(ctx context.Context) (cdranchor.CDRAnchorOperatorInfo, error)
	Batch(ctx context.Context, id uint64) (cdranchor.CDRAnchorBatchInfo, error)
	FindAnchored(ctx context.Context, fromBlock, firstSeq uint64) (*chain.Anchored, error)
	AnchoredIn(r *types.Receipt) []chain.Anchored
	PackAnchor(a chain.Anchor) []byte
	RevertReasonOf(ctx context.Context, txHash common.Hash, block *big.Int) string
}

// TxManager sends the anchor transactions (txmgr.Manager).
type TxManager interface {
	Send(ctx context.Context, key string, to common.Address, data []byte) (*txmgr.Attempt, error)
	Poll(ctx context.Context, key string) (*txmgr.Status, error)
	Forget(ctx context.Context, key string) error
}

// Config tunes the batcher.
type Config struct {
	MaxSize  uint64        // seal when this many CDRs wait (default 10,000)
	MaxAge   time.Duration // or when the oldest waiting CDR is this old (default 30s)
	Interval time.Duration // how often to look (default 1s)
	// StepTimeout bounds the IPFS and chain calls of one batch step (default 60s), so an
	// endpoint that hangs instead of failing cannot stall the pipeline.
	StepTimeout time.Duration
	// StartBlock is where to search for the operator's BatchAnchored events (the deployment block).
	StartBlock uint64
	// Confirmations is how many blocks (the anchor's included) must hold an anchor before
	// its batch counts as mined (default 3; 1 on a devnet that mines on demand).
	Confirmations uint64
	// FinalityDepth is how deep an anchor must be before a final batch is no longer
	// re-checked against the chain (default 64 blocks, two Ethereum epochs).
	FinalityDepth uint64
	// StuckAfter: /healthz reports the pipeline unhealthy when the oldest batch not yet
	// anchored has not moved for this long (default 5m).
	StuckAfter time.Duration
	// Rater, when set, gives every sealed batch's CDRs their cost under the operator's
	// rates on RateExchange. Rating runs beside anchoring: a quote that fails is retried
	// and never holds a batch back (a quote for a past call never changes).
	Rater *rating.Rater
	// Now is the clock (default time.Now).
	Now func() time.Time
	// RewardsEpoch is the reward epoch (issue 18): the rewards root moves forward at most
	// once per epoch, with one rewards document for all of its batches (see
	// rewards.PlanEpoch). 0: a root per batch.
	RewardsEpoch time.Duration
	// MetaAddresses, when set, reads an owner's stealth meta-address (StealthRegistry) at a
	// block: owners with one are paid at a fresh stealth address per epoch.
	MetaAddresses func(ctx context.Context, owner common.Address, block uint64) ([]byte, error)
	// StealthSeed keys the ephemeral keys of the stealth addresses (the operator's secret).
	StealthSeed []byte
}

// Batcher runs the batch pipeline.
type Batcher struct {
	cfg  Config
	st   Store
	ipfs IPFS
	ch   Chain
	tx   TxManager
	m    *metrics.Metrics
	log  *slog.Logger

	mu          sync.Mutex
	head        headOfLine // the oldest batch not yet anchored, and since when it stands still
	invalidated int        // anchors invalidated seen by this process
	waitingDay  uint64     // the batch waiting for the next UTC day's billable seconds (0: none)
}

type headOfLine struct {
	id    uint64
	state string
	since time.Time
	err   string
}

// New builds a batcher.
func New(cfg Config, st Store, ip IPFS, ch Chain, tx TxManager, m *metrics.Metrics, log *slog.Logger) *Batcher {
	if cfg.MaxSize == 0 {
		cfg.MaxSize = 10000
	}
	if cfg.MaxAge == 0 {
		cfg.MaxAge = 30 * time.Second
	}
	if cfg.Interval == 0 {
		cfg.Interval = time.Second
	}
	if cfg.StepTimeout == 0 {
		cfg.StepTimeout = 60 * time.Second
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 3
	}
	if cfg.FinalityDepth == 0 {
		cfg.FinalityDepth = 64
	}
	if cfg.StuckAfter == 0 {
		cfg.StuckAfter = 5 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if m == nil {
		m = metrics.New(nil)
	}
	return &Batcher{cfg: cfg, st: st, ipfs: ip, ch: ch, tx: tx, m: m, log: log}
}

// Run works until ctx ends. Sealing runs on its own, so batches keep being sealed on
// time while a slow IPFS or chain step holds up the rest of the pipeline.
func (b *Batcher) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		b.every(ctx, func() error { return b.SealDue(ctx) })
	}()
	go func() {
		defer wg.Done()
		b.every(ctx, func() error { return b.RateDue(ctx) })
	}()
	b.every(ctx, func() error { return b.Advance(ctx) })
	wg.Wait()
	return nil
}

func (b *Batcher) every(ctx context.Context, f func() error) {
	t := time.NewTicker(b.cfg.Interval)
	defer t.Stop()
	for {
		if err := f(); err != nil && ctx.Err() == nil {
			b.log.Warn("batch pipeline", "err", chainerr.Describe(err))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Step seals what is due, rates it and moves every unfinished batch as far as it can go now.
func (b *Batcher) Step(ctx context.Context) error {
	if err := b.SealDue(ctx); err != nil {
		return err
	}
	if err := b.RateDue(ctx); err != nil {
		return err
	}
	return b.Advance(ctx)
}

// SealDue seals every batch that is due.
func (b *Batcher) SealDue(ctx context.Context) error {
	for {
		bt, err := b.st.Seal(ctx, b.cfg.MaxSize, b.cfg.MaxAge, b.cfg.Now())
		if err != nil {
			return err
		}
		if bt == nil {
			break
		}
		b.log.Info("batch sealed", "batch", bt.ID, "firstSeq", bt.FirstSeq, "lastSeq", bt.LastSeq, "cdrs", bt.CDRCount)
	}
	return nil
}

// RateDue rates the CDRs of every sealed batch not rated yet (nothing without a Rater).
func (b *Batcher) RateDue(ctx context.Context) error {
	if b.cfg.Rater == nil {
		return nil
	}
	for {
		bs, err := b.st.UnratedBatches(ctx, 16)
		if err != nil || len(bs) == 0 {
			return err
		}
		for i := range bs {
			bt := &bs[i]
			rctx, cancel := context.WithTimeout(ctx, b.cfg.StepTimeout)
			err := b.rate(rctx, bt)
			cancel()
			if err != nil {
				return fmt.Errorf("rating batch %d: %w", bt.ID, err)
			}
		}
	}
}

func (b *Batcher) rate(ctx context.Context, bt *store.Batch) error {
	recs, err := b.st.Records(ctx, bt.FirstSeq, bt.LastSeq)
	if err != nil {
		return err
	}
	costs, err := b.cfg.Rater.Rate(ctx, recs)
	if err != nil {
		b.m.RPCErrors.Inc()
		return err
	}
	out := make([]store.Cost, len(costs))
	total, noRate := new(big.Int), 0
	for i, c := range costs {
		out[i] = store.Cost{Seq: c.Seq, Amount: c.Amount, Prefix: c.Prefix}
		if c.NoRate {
			noRate++
		} else {
			total.Add(total, c.Amount)
		}
	}
	if err := b.st.SetCosts(ctx, bt.ID, out); err != nil {
		return err
	}
	b.m.Rated.WithLabelValues("rated").Add(float64(len(costs) - noRate))
	b.m.Rated.WithLabelValues("no_rate").Add(float64(noRate))
	b.log.Info("batch rated", "batch", bt.ID, "cdrs", len(costs), "noRate", noRate, "cost", total)
	return nil
}

// Advance first re-checks the anchors on chain (mined batches, and final ones not yet
// FinalityDepth deep), newest first, sending back to stored those the chain lost, then
// moves the batches not anchored yet on, strictly in order (each chains on the last).
func (b *Batcher) Advance(ctx context.Context) error {
	actx, cancel := context.WithTimeout(ctx, b.cfg.StepTimeout)
	err := b.watch(actx)
	cancel()
	if err != nil {
		return fmt.Errorf("checking anchors: %w", err)
	}
	bs, err := b.st.Pending(ctx)
	if err != nil {
		return err
	}
	if len(bs) == 0 {
		b.noteHead(nil, "")
		return nil
	}
	bt := &bs[0]
	actx, cancel = context.WithTimeout(ctx, b.cfg.StepTimeout)
	err = b.advance(actx, bt)
	cancel()
	if err != nil {
		msg := chainerr.Describe(err)
		if serr := b.st.SetError(ctx, bt.ID, msg); serr != nil {
			b.log.Warn("recording batch error", "batch", bt.ID, "err", serr)
		}
		b.noteHead(bt, msg)
		return fmt.Errorf("batch %d (%s): %w", bt.ID, bt.State, err)
	}
	b.noteHead(bt, "")
	return nil
}

// noteHead tracks how long the oldest batch not yet anchored stands in one state.
func (b *Batcher) noteHead(bt *store.Batch, errMsg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if bt == nil {
		b.head = headOfLine{}
		return
	}
	if b.head.id != bt.ID || b.head.state != bt.State {
		b.head = headOfLine{id: bt.ID, state: bt.State, since: b.cfg.Now()}
	}
	if errMsg != "" {
		b.head.err = errMsg
	}
}

// noteWaiting records which batch waits for the next UTC day (0: none) and says whether
// that changed.
func (b *Batcher) noteWaiting(id uint64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	changed := b.waitingDay != id
	b.waitingDay = id
	return changed
}

// WaitingForDay is the batch waiting for the next UTC day because the operator's billable
// seconds for today (CDRAnchor's maxDailySeconds) cannot hold it, or 0.
func (b *Batcher) WaitingForDay() uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.waitingDay
}

// Health is nil while the pipeline moves (or waits for the next UTC day's billable
// seconds, which is CDRAnchor's rule, not a fault); an error saying why when the oldest
// batch not yet anchored has stood in one state for longer than StuckAfter.
func (b *Batcher) Health() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	h := b.head
	if h.id == 0 || h.id == b.waitingDay {
		return nil
	}
	if d := b.cfg.Now().Sub(h.since); d > b.cfg.StuckAfter {
		msg := fmt.Sprintf("batch pipeline stuck: batch %d has been %s for %s", h.id, h.state, d.Round(time.Second))
		if h.err != "" {
			msg += ": " + h.err
		}
		return errors.New(msg)
	}
	return nil
}

// Invalidated is the number of invalidated anchors this process has seen.
func (b *Batcher) Invalidated() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.invalidated
}

// advance moves one batch on as far as possible, updating bt.
func (b *Batcher) advance(ctx context.Context, bt *store.Batch) error {
	for {
		var err error
		before := bt.State
		switch bt.State {
		case store.StateSealed:
			err = b.store(ctx, bt)
		case store.StateStored:
			err = b.send(ctx, bt)
		case store.StateSent:
			err = b.check(ctx, bt)
		default:
			return nil
		}
		if err != nil {
			return err
		}
		nb, err := b.st.Batch(ctx, bt.ID)
		if err != nil {
			return err
		}
		*bt = *nb
		if bt.State == before {
			return nil
		}
	}
}

// store builds the batch and rewards documents, puts them on IPFS and records them. The
// reward inputs are all read at one block, recorded in the rewards document.
func (b *Batcher) store(ctx context.Context, bt *store.Batch) error {
	doc, err := b.st.BatchDocument(ctx, b.ch.ChainID(), bt)
	if err != nil {
		return fmt.Errorf("building batch document: %w", err)
	}
	block, err := b.ch.Head(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return err
	}
	p, err := b.ch.Parameters(ctx, block)
	if err != nil {
		b.m.RPCErrors.Inc()
		return fmt.Errorf("reading reward parameters at block %d: %w", block, err)
	}
	recs, err := b.st.Records(ctx, bt.FirstSeq, bt.LastSeq)
	if err != nil {
		return err
	}
	// Resolve the owners of every number that can earn in one go (JSON-RPC batches).
	var numbers []string
	seen := map[string]bool{}
	for i := range recs {
		r := &recs[i]
		if r.AnswerTime == 0 || r.BillableSeconds == 0 || r.BillableSeconds < p.MinBillableSeconds {
			continue
		}
		for _, n := range []string{r.Caller, r.Callee} {
			if !seen[n] {
				seen[n] = true
				numbers = append(numbers, n)
			}
		}
	}
	owners := map[string]common.Address{}
	if p.RewardRate != nil && p.RewardRate.Sign() > 0 && len(numbers) > 0 {
		if owners, err = b.ch.OwnersOf(ctx, numbers, block); err != nil {
			b.m.RPCErrors.Inc()
			return fmt.Errorf("resolving number owners at block %d: %w", block, err)
		}
	}
	ownerOf := func(ctx context.Context, n string) (common.Address, error) {
		if a, ok := owners[n]; ok {
			return a, nil
		}
		return b.ch.OwnerOf(ctx, n, block)
	}
	payoutOf := func(ctx context.Context, op common.Address) (common.Address, error) {
		return b.ch.PayoutOf(ctx, op, block)
	}
	plan, prevBatch, err := b.epochPlan(ctx, bt)
	if err != nil {
		return err
	}
	rec := &rewards.Recipients{Seed: b.cfg.StealthSeed, ChainID: b.ch.ChainID(), Operator: b.st.Operator(), Epoch: plan.Epoch}
	if b.cfg.MetaAddresses != nil {
		rec.Meta = func(ctx context.Context, owner common.Address) ([]byte, error) {
			return b.cfg.MetaAddresses(ctx, owner, block)
		}
	}
	added, err := rewards.Compute(ctx, rewards.Params{Rate: p.RewardRate, OrigBps: p.SplitOrigOperator, TermBps: p.SplitTermOperator,
		CallerBps: p.SplitCallerOwner, CalleeBps: p.SplitCalleeOwner, MinBillableSeconds: p.MinBillableSeconds,
		DailyCapSeconds: p.DailyCapSeconds, MaxCallSeconds: p.MaxCallSeconds}, recs, rec.Owners(ownerOf), payoutOf, b.st.NumberDaySeconds)
	if err != nil {
		b.m.RPCErrors.Inc()
		return fmt.Errorf("computing rewards: %w", err)
	}
	if err := b.st.SaveAnnouncements(ctx, storeAnnouncements(rec.New)); err != nil {
		return err
	}
	prev, err := b.st.Cumulative(ctx)
	if err != nil {
		return err
	}
	cum := rewards.Cumulative(prev, added.Added)
	var rewardsRoot common.Hash
	rewardsTotal := new(big.Int)
	rewardsCID := ""
	changed := map[common.Address]*big.Int{}
	for a := range added.Added {
		changed[a] = cum[a]
	}
	if len(cum) > 0 && !plan.Close {
		// Within an epoch: the total grows with the batch (CDRAnchor's cap holds per
		// anchor), the root and document stay the previous epoch's.
		for _, v := range cum {
			rewardsTotal.Add(rewardsTotal, v)
		}
		rewardsRoot = rewards.PendingRoot
		if prevBatch != nil && prevBatch.RewardsRootHash() != (common.Hash{}) {
			rewardsRoot, rewardsCID = prevBatch.RewardsRootHash(), prevBatch.RewardsCID
		}
	}
	if len(cum) > 0 && plan.Close {
		rdoc, err := cdr.NewRewardsDocument(b.st.Operator(), b.ch.ChainID(), bt.LastSeq, time.Unix(bt.SealedAt, 0), cum)
		if err != nil {
			return fmt.Errorf("building rewards document: %w", err)
		}
		rdoc.InputsBlock = block
		if b.cfg.RewardsEpoch > 0 {
			rdoc.Epoch = plan.Epoch
		}
		if rdoc.Announcements, err = b.announcements(ctx, cum); err != nil {
			return err
		}
		rdata, err := rdoc.MarshalJSON()
		if err != nil {
			return fmt.Errorf("encoding rewards document: %w", err)
		}
		if rewardsCID, err = b.ipfs.Add(ctx, rdata); err != nil {
			b.m.IPFSErrors.Inc()
			return err
		}
		rewardsRoot, rewardsTotal = rdoc.Root(), rdoc.TotalAmount
	}
	// The batch document names its rewards document, so the batch's CID on chain leads to both.
	doc.RewardsCID = rewardsCID
	data, err := doc.MarshalJSON()
	if err != nil {
		return fmt.Errorf("encoding batch document: %w", err)
	}
	cid, err := b.ipfs.Add(ctx, data)
	if err != nil {
		b.m.IPFSErrors.Inc()
		return err
	}
	if err := b.st.MarkStored(ctx, bt.ID, doc.Root(), cid, rewardsRoot, rewardsTotal, rewardsCID, changed, added.NumberDays); err != nil {
		return err
	}
	b.log.Info("batch on IPFS", "batch", bt.ID, "cid", cid, "root", doc.Root(), "rewardsCid", rewardsCID, "rewardsTotal", rewardsTotal,
		"inputsBlock", block, "rewardsEpoch", plan.Epoch, "closesEpoch", plan.Close, "stealthPayments", len(rec.New))
	return nil
}

// epochPlan decides what bt does to the rewards root, from the batch sealed before it.
func (b *Batcher) epochPlan(ctx context.Context, bt *store.Batch) (rewards.EpochPlan, *store.Batch, error) {
	prevs, err := b.st.Batches(ctx, bt.ID, 1)
	if err != nil {
		return rewards.EpochPlan{}, nil, err
	}
	var prev *store.Batch
	if len(prevs) == 1 {
		prev = &prevs[0]
	}
	var prevSealed int64
	if prev != nil {
		prevSealed = prev.SealedAt
	}
	plan := rewards.PlanEpoch(bt.SealedAt, prev != nil, prevSealed, prev != nil && prev.RewardsCID != "", b.cfg.RewardsEpoch)
	return plan, prev, nil
}

// announcements are the stored announcements of the stealth accounts among cum's leaves.
func (b *Batcher) announcements(ctx context.Context, cum map[common.Address]*big.Int) ([]cdr.StealthAnnouncement, error) {
	as, err := b.st.Announcements(ctx)
	if err != nil {
		return nil, err
	}
	var out []cdr.StealthAnnouncement
	for i := range as {
		a := &as[i]
		if v := cum[a.AccountAddress()]; v == nil || v.Sign() == 0 {
			continue
		}
		out = append(out, cdr.StealthAnnouncement{Account: a.AccountAddress(), SchemeID: 1, EphemeralPubKey: a.Ephemeral, ViewTag: a.ViewTag, Epoch: a.Epoch})
	}
	return out, nil
}

func storeAnnouncements(as []rewards.Announcement) []store.Announcement {
	out := make([]store.Announcement, len(as))
	for i, a := range as {
		out[i] = store.Announcement{Account: a.Account.Bytes(), Ephemeral: a.EphemeralPub, ViewTag: a.ViewTag, Epoch: a.Epoch}
	}
	return out
}

// anchorOf is the anchor of bt declaring billable seconds (what its event is matched on,
// range, root and CID, does not depend on them).
func anchorOf(bt *store.Batch, billable uint64) chain.Anchor {
	return chain.Anchor{Root: bt.RootHash(), CID: bt.CID, Count: bt.CDRCount, BillableSeconds: billable,
		FirstSeq: bt.FirstSeq, LastSeq: bt.LastSeq, RewardsRoot: bt.RewardsRootHash(), RewardsTotal: bt.RewardsTotalInt()}
}

// errWaitForDay says the operator's billable seconds for today (CDRAnchor's maxDailySeconds)
// cannot hold the batch's rewards: it is anchored on the next UTC day (block time).
var errWaitForDay = errors.New("the operator's daily billable seconds are used up")

// declare reads what CDRAnchor's seconds bounds depend on (the operator's tip info, read
// by the caller, and the parameters and UTC day at the head block) and returns the billable
// seconds the anchor of bt declares (see DeclaredSeconds). The anchor is sent once with
// them: the transaction manager's replacements carry the same data, which stays
// acceptable (the operator's day only grows through its own anchors, which go in order,
// and a new day starts from zero).
func (b *Batcher) declare(ctx context.Context, bt *store.Batch, info cdranchor.CDRAnchorOperatorInfo) (uint64, error) {
	block, at, err := b.ch.HeadBlock(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return 0, err
	}
	p, err := b.ch.Parameters(ctx, block)
	if err != nil {
		b.m.RPCErrors.Inc()
		return 0, fmt.Errorf("reading parameters at block %d: %w", block, err)
	}
	growth := new(big.Int).Sub(bt.RewardsTotalInt(), info.RewardsTotal)
	return DeclaredSeconds(SecondsBounds{Billable: bt.Billable, Count: bt.CDRCount, Growth: growth, Rate: p.RewardRate,
		MaxCallSeconds: uint64(p.MaxCallSeconds), MaxDailySeconds: p.MaxDailySeconds,
		Day: info.Day, DaySeconds: info.DaySeconds, Today: at / 86400})
}

// SecondsBounds is what the billable seconds of an anchor must fit (CDRAnchor.anchor).
type SecondsBounds struct {
	Billable, Count        uint64   // the batch's billable seconds and CDR count
	Growth, Rate           *big.Int // rewards total increase over the chain tip, reward rate
	MaxCallSeconds         uint64
	MaxDailySeconds        uint64
	Day, DaySeconds, Today uint64 // the operator's day on chain and its seconds, today (block time)
}

// DeclaredSeconds is the billable seconds an anchor declares so that CDRAnchor accepts it:
// the batch's billable seconds, at most Count x MaxCallSeconds, and at most what is left of
// the operator's seconds for the day, but never fewer than the rewards growth needs
// (growth <= rate x seconds). errWaitForDay when today's seconds cannot hold that growth.
func DeclaredSeconds(s SecondsBounds) (uint64, error) {
	need := uint64(0)
	if s.Growth.Sign() > 0 {
		if s.Rate == nil || s.Rate.Sign() == 0 {
			return 0, fmt.Errorf("rewards grow by %s at a zero reward rate", s.Growth)
		}
		q, r := new(big.Int).QuoRem(s.Growth, s.Rate, new(big.Int))
		if r.Sign() > 0 {
			q.Add(q, big.NewInt(1))
		}
		if !q.IsUint64() {
			return 0, fmt.Errorf("rewards growth %s needs more seconds than fit a batch", s.Growth)
		}
		need = q.Uint64()
	}
	secs := s.Billable
	if s.MaxCallSeconds > 0 && s.Count <= math.MaxUint64/s.MaxCallSeconds {
		secs = min(secs, s.Count*s.MaxCallSeconds)
	}
	if need > secs {
		return 0, fmt.Errorf("rewards growth %s needs %d s, more than the batch's %d billable seconds allow", s.Growth, need, secs)
	}
	if need > s.MaxDailySeconds {
		return 0, fmt.Errorf("rewards growth %s needs %d s, more than an operator may anchor in a day (%d)", s.Growth, need, s.MaxDailySeconds)
	}
	used := uint64(0)
	if s.Day == s.Today {
		used = s.DaySeconds
	}
	left := uint64(0)
	if used < s.MaxDailySeconds {
		left = s.MaxDailySeconds - used
	}
	if need > left {
		return 0, errWaitForDay
	}
	return min(secs, left), nil
}

// txKey names a batch's anchor transaction in the transaction manager's journal.
func txKey(bt *store.Batch) string { return fmt.Sprintf("anchor:%d:%d", bt.FirstSeq, bt.LastSeq) }

// findOnChain looks for this batch's anchor among the operator's BatchAnchored events:
// same range, root and CID (an earlier process sent it and died, or a replacement of it
// was mined). Nil when the chain has none.
func (b *Batcher) findOnChain(ctx context.Context, bt *store.Batch) (*chain.Anchored, error) {
	a, err := b.ch.FindAnchored(ctx, b.cfg.StartBlock, bt.FirstSeq)
	if err != nil {
		b.m.RPCErrors.Inc()
		return nil, err
	}
	if a == nil || !a.Matches(anchorOf(bt, bt.Billable)) {
		return nil, nil
	}
	return a, nil
}

// send anchors a stored batch, unless the chain has it already.
func (b *Batcher) send(ctx context.Context, bt *store.Batch) error {
	info, err := b.ch.OperatorInfo(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return fmt.Errorf("reading operator's last sequence: %w", err)
	}
	if info.LastSeq >= bt.LastSeq {
		a, err := b.findOnChain(ctx, bt)
		if err != nil {
			return err
		}
		if a == nil {
			return fmt.Errorf("chain has the operator at sequence %d but no anchor of %d-%d with root %s: store and chain disagree",
				info.LastSeq, bt.FirstSeq, bt.LastSeq, bt.RootHash())
		}
		return b.mined(ctx, bt, a)
	}
	if info.LastSeq+1 != bt.FirstSeq {
		return fmt.Errorf("chain expects sequence %d next, batch starts at %d", info.LastSeq+1, bt.FirstSeq)
	}
	secs, err := b.declare(ctx, bt, info)
	if errors.Is(err, errWaitForDay) {
		if b.noteWaiting(bt.ID) {
			b.log.Warn("anchor waits for the next UTC day: the operator's daily billable seconds are used up", "batch", bt.ID)
		}
		return nil
	}
	b.noteWaiting(0)
	if err != nil {
		return err
	}
	key := txKey(bt)
	att, err := b.tx.Send(ctx, key, b.ch.AnchorAddress(), b.ch.PackAnchor(anchorOf(bt, secs)))
	if errors.Is(err, txmgr.ErrPending) {
		// A previous process sent it: follow those attempts.
		st, perr := b.tx.Poll(ctx, key)
		if perr != nil && st == nil {
			return perr
		}
		if st.Last != nil {
			return b.st.MarkSent(ctx, bt.ID, st.Last.Hash, st.Last.Nonce)
		}
		return perr
	}
	if err != nil {
		var re *txmgr.RevertError
		if errors.As(err, &re) {
			b.m.Reverts.Inc()
			b.log.Error("anchor refused by CDRAnchor", "batch", bt.ID, "reason", re.Reason)
		} else {
			b.m.RPCErrors.Inc()
		}
		if att == nil {
			return err
		}
		// Signed and journaled but the broadcast failed: it is sent again by Poll.
		b.log.Warn("anchor broadcast failed; will retry", "batch", bt.ID, "err", err)
	}
	if err := b.st.MarkSent(ctx, bt.ID, att.Hash, att.Nonce); err != nil {
		return err
	}
	b.log.Info("anchor sent", "batch", bt.ID, "tx", att.Hash, "nonce", att.Nonce, "feeCap", att.FeeCap)
	return nil
}

// check follows a sent batch's anchor transaction.
func (b *Batcher) check(ctx context.Context, bt *store.Batch) error {
	key := txKey(bt)
	st, err := b.tx.Poll(ctx, key)
	if errors.Is(err, txmgr.ErrNonceTaken) {
		// Another transaction of ours used the nonce: perhaps an older process's anchor.
		a, ferr := b.findOnChain(ctx, bt)
		if ferr != nil {
			return ferr
		}
		if a != nil {
			return b.mined(ctx, bt, a)
		}
		if err := b.tx.Forget(ctx, key); err != nil {
			return err
		}
		return b.st.MarkUnanchored(ctx, bt.ID, "anchor's nonce used by another transaction; sending again")
	}
	if err != nil && (st == nil || st.Receipt == nil) {
		if errors.Is(err, txmgr.ErrFeeLimit) || errors.Is(err, txmgr.ErrMaxBumps) {
			b.log.Warn("anchor not mined and held back by a limit", "batch", bt.ID, "err", err)
		}
		b.m.RPCErrors.Inc()
		return err
	}
	if st.Attempts == 0 {
		// The journal lost it (an older version's batch): start over.
		return b.st.MarkUnanchored(ctx, bt.ID, "no anchor transaction on record; sending again")
	}
	if st.Last != nil && st.Last.Hash != bt.Tx() && st.Receipt == nil {
		if err := b.st.MarkSent(ctx, bt.ID, st.Last.Hash, st.Last.Nonce); err != nil {
			return err
		}
		b.log.Warn("anchor not mined; sent again with higher fees", "batch", bt.ID, "tx", st.Last.Hash, "attempts", st.Attempts,
			"feeCap", st.Last.FeeCap)
	}
	r := st.Receipt
	if r == nil {
		return nil
	}
	if r.Status != types.ReceiptStatusSuccessful {
		b.m.Reverts.Inc()
		reason := b.ch.RevertReasonOf(ctx, r.TxHash, r.BlockNumber)
		b.log.Error("anchor reverted", "batch", bt.ID, "tx", r.TxHash, "reason", reason)
		if err := b.tx.Forget(ctx, key); err != nil {
			return err
		}
		return b.st.MarkUnanchored(ctx, bt.ID, "anchor reverted: "+reason)
	}
	for _, a := range b.ch.AnchoredIn(r) {
		if a.Matches(anchorOf(bt, bt.Billable)) {
			return b.mined(ctx, bt, &a)
		}
	}
	return fmt.Errorf("anchor %s mined without this batch's BatchAnchored event", r.TxHash)
}

// mined records the anchor once it has Confirmations blocks.
func (b *Batcher) mined(ctx context.Context, bt *store.Batch, a *chain.Anchored) error {
	head, err := b.ch.Head(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return err
	}
	if head+1 < a.Block+b.cfg.Confirmations {
		return nil // not deep enough yet
	}
	if err := b.st.MarkMined(ctx, bt.ID, a.BatchID, a.Block, a.TxHash); err != nil {
		return err
	}
	if err := b.tx.Forget(ctx, txKey(bt)); err != nil {
		return err
	}
	b.m.AnchorLatency.Observe(time.Since(time.Unix(bt.SealedAt, 0)).Seconds())
	b.log.Info("anchor mined", "batch", bt.ID, "chainBatch", a.BatchID, "block", a.Block, "tx", a.TxHash, "confirmations", head+1-a.Block)
	return nil
}

// watch re-checks the anchored batches (mined, and final ones not yet FinalityDepth deep),
// newest first.
func (b *Batcher) watch(ctx context.Context) error {
	head, err := b.ch.Head(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return err
	}
	var settled uint64
	if head > b.cfg.FinalityDepth {
		settled = head - b.cfg.FinalityDepth
	}
	bs, err := b.st.Anchored(ctx, settled)
	if err != nil || len(bs) == 0 {
		return err
	}
	// The operator's tip on chain says at once whether the newest anchor is still there
	// (anchors chain gaplessly, so the rest are then too, under ids checked below).
	info, err := b.ch.OperatorInfo(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return fmt.Errorf("reading operator's tip: %w", err)
	}
	oldestMined := -1
	for i := len(bs) - 1; i >= 0; i-- {
		bt := &bs[i]
		if bt.LastSeq > info.LastSeq || (bt.LastSeq == info.LastSeq && bt.RootHash() != info.LastRoot) {
			// The chain's tip is below this batch: its anchor left the chain or was
			// invalidated. Look at it alone.
			if err := b.recheck(ctx, bt); err != nil {
				return err
			}
			continue
		}
		if bt.State == store.StateMined {
			oldestMined = i
		}
	}
	// Batches become final in chain order: read the oldest mined one.
	if oldestMined >= 0 {
		return b.finalize(ctx, &bs[oldestMined])
	}
	return nil
}

// locate finds a batch's anchor on chain now: by its recorded transaction's receipt when
// that is still canonical, else among the operator's events. Nil when the chain has none.
func (b *Batcher) locate(ctx context.Context, bt *store.Batch) (*chain.Anchored, *cdranchor.CDRAnchorBatchInfo, error) {
	a, err := b.findOnChain(ctx, bt)
	if err != nil || a == nil {
		return nil, nil, err
	}
	info, err := b.ch.Batch(ctx, a.BatchID)
	if err != nil {
		b.m.RPCErrors.Inc()
		return nil, nil, fmt.Errorf("reading chain batch %d: %w", a.BatchID, err)
	}
	if info.Operator != b.st.Operator() || info.CdrRoot != bt.RootHash() || info.FirstSeq != bt.FirstSeq || info.LastSeq != bt.LastSeq {
		// The event is ours, but the id names another batch: the RPC answered from two
		// different chains. Try again next time.
		return nil, nil, fmt.Errorf("chain batch %d is operator %s's %d-%d with root %s, not this batch's anchor (event in block %d)",
			a.BatchID, info.Operator, info.FirstSeq, info.LastSeq, common.Hash(info.CdrRoot), a.Block)
	}
	return a, &info, nil
}

// recheck looks at one anchored batch the operator's tip no longer covers.
func (b *Batcher) recheck(ctx context.Context, bt *store.Batch) error {
	a, info, err := b.locate(ctx, bt)
	if err != nil {
		return err
	}
	if a == nil {
		why := fmt.Sprintf("anchor (chain batch %d, block %d, tx %s) left the chain in a reorg; anchoring again", bt.ChainBatchID.Int64,
			bt.MinedBlock, bt.Tx())
		b.log.Warn("anchor lost", "batch", bt.ID, "state", bt.State, "why", why)
		return b.st.MarkUnanchored(ctx, bt.ID, why)
	}
	if info.State == 3 { // Invalidated
		return b.invalidate(ctx, bt, a)
	}
	return b.relocate(ctx, bt, a)
}

func (b *Batcher) relocate(ctx context.Context, bt *store.Batch, a *chain.Anchored) error {
	if uint64(bt.ChainBatchID.Int64) == a.BatchID && bt.MinedBlock == a.Block && bt.Tx() == a.TxHash {
		return nil
	}
	b.log.Warn("anchor moved by a reorg", "batch", bt.ID, "chainBatch", a.BatchID, "was", bt.ChainBatchID.Int64, "block", a.Block)
	if err := b.st.Relocate(ctx, bt.ID, a.BatchID, a.Block, a.TxHash); err != nil {
		return err
	}
	bt.ChainBatchID.Int64, bt.ChainBatchID.Valid, bt.MinedBlock, bt.TxHash = int64(a.BatchID), true, a.Block, a.TxHash[:]
	return nil
}

func (b *Batcher) invalidate(ctx context.Context, bt *store.Batch, a *chain.Anchored) error {
	bt.ChainBatchID.Int64, bt.ChainBatchID.Valid, bt.MinedBlock, bt.TxHash = int64(a.BatchID), true, a.Block, a.TxHash[:]
	if err := b.st.MarkInvalidated(ctx, bt); err != nil {
		return err
	}
	b.m.Reverts.Inc()
	b.mu.Lock()
	b.invalidated++
	b.mu.Unlock()
	b.log.Error("anchor invalidated on chain; the range is anchored again", "batch", bt.ID, "chainBatch", a.BatchID,
		"firstSeq", bt.FirstSeq, "lastSeq", bt.LastSeq)
	return nil
}

// finalize marks the oldest mined batch final once CDRAnchor says so, after checking that
// the chain's batch is this one (operator, root, CID, range), wherever a reorg moved it.
func (b *Batcher) finalize(ctx context.Context, bt *store.Batch) error {
	a, info, err := b.locate(ctx, bt)
	if err != nil {
		return err
	}
	if a == nil {
		return b.st.MarkUnanchored(ctx, bt.ID, "anchor not found on chain; anchoring again")
	}
	if err := b.relocate(ctx, bt, a); err != nil {
		return err
	}
	switch info.State {
	case 2: // Final
		b.log.Info("batch final", "batch", bt.ID, "chainBatch", a.BatchID)
		return b.st.MarkFinal(ctx, bt.ID)
	case 3:
		return b.invalidate(ctx, bt, a)
	}
	return nil
}
