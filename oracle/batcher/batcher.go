// Package batcher seals CDRs into batches and moves each batch through its persisted
// states: sealed -> stored (batch and rewards documents on IPFS, pinned) -> sent (anchor
// transaction) -> mined -> final. Every step is idempotent and checked against the chain,
// so a restart resumes each batch where it stood and never anchors a range twice.
package batcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/oracle/chain"
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/oracle/metrics"
	"github.com/dotsnet/dots/oracle/rating"
	"github.com/dotsnet/dots/oracle/rewards"
	"github.com/dotsnet/dots/oracle/store"
)

// Config tunes the batcher.
type Config struct {
	MaxSize   uint64        // seal when this many CDRs wait (default 10,000)
	MaxAge    time.Duration // or when the oldest waiting CDR is this old (default 30s)
	Interval  time.Duration // how often to look (default 1s)
	BumpAfter time.Duration // re-send an unmined anchor with higher fees after this (default 60s)
	// StepTimeout bounds the IPFS and chain calls of one batch step (default 60s), so an
	// endpoint that hangs instead of failing cannot stall the pipeline.
	StepTimeout time.Duration
	// StartBlock is where to search for the operator's BatchAnchored events (the deployment block).
	StartBlock uint64
	// Rater, when set, gives every sealed batch's CDRs their cost under the operator's
	// rates on RateExchange. Rating runs beside anchoring: a quote that fails is retried
	// and never holds a batch back (a quote for a past call never changes).
	Rater *rating.Rater
}

// Batcher runs the batch pipeline.
type Batcher struct {
	cfg   Config
	st    *store.Store
	ipfs  *ipfs.Client
	ch    *chain.Chain
	m     *metrics.Metrics
	log   *slog.Logger
	bumps map[uint64]int
}

// New builds a batcher.
func New(cfg Config, st *store.Store, ip *ipfs.Client, ch *chain.Chain, m *metrics.Metrics, log *slog.Logger) *Batcher {
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
	if cfg.BumpAfter == 0 {
		cfg.BumpAfter = 60 * time.Second
	}
	return &Batcher{cfg: cfg, st: st, ipfs: ip, ch: ch, m: m, log: log, bumps: map[uint64]int{}}
}

// Run works until ctx ends. Sealing runs on its own, so batches keep being sealed on
// time while a slow IPFS or chain step holds up the rest of the pipeline.
func (b *Batcher) Run(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		defer close(done)
		b.every(ctx, func() error { return b.SealDue(ctx) })
	}()
	rated := make(chan struct{})
	go func() {
		defer close(rated)
		b.every(ctx, func() error { return b.RateDue(ctx) })
	}()
	b.every(ctx, func() error { return b.Advance(ctx) })
	<-done
	<-rated
	return nil
}

func (b *Batcher) every(ctx context.Context, f func() error) {
	t := time.NewTicker(b.cfg.Interval)
	defer t.Stop()
	for {
		if err := f(); err != nil && ctx.Err() == nil {
			b.log.Warn("batch pipeline", "err", err)
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
		bt, err := b.st.Seal(ctx, b.cfg.MaxSize, b.cfg.MaxAge, time.Now())
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

// Advance moves every unfinished batch as far as it can go now, in order.
func (b *Batcher) Advance(ctx context.Context) error {
	bs, err := b.st.Unfinished(ctx)
	if err != nil {
		return err
	}
	finalChecked := false
	for i := range bs {
		bt := &bs[i]
		if bt.State == store.StateMined {
			// Batches become final in chain order: look only at the oldest mined one.
			if finalChecked {
				continue
			}
			finalChecked = true
		}
		actx, cancel := context.WithTimeout(ctx, b.cfg.StepTimeout)
		err := b.advance(actx, bt)
		cancel()
		if err != nil {
			b.st.SetError(ctx, bt.ID, err.Error())
			return fmt.Errorf("batch %d (%s): %w", bt.ID, bt.State, err)
		}
		if bt.State != store.StateMined && bt.State != store.StateFinal {
			// Later batches chain on this one: anchor strictly in order.
			return nil
		}
	}
	return nil
}

// advance moves one batch on as far as possible, updating bt.State.
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
		case store.StateMined:
			err = b.finalize(ctx, bt)
		default:
			return nil
		}
		if err != nil {
			return err
		}
		if bt.State == before {
			return nil
		}
		nb, err := b.st.Batch(ctx, bt.ID)
		if err != nil {
			return err
		}
		*bt = *nb
	}
}

// store builds the batch and rewards documents, puts them on IPFS and records them.
func (b *Batcher) store(ctx context.Context, bt *store.Batch) error {
	doc, err := b.st.BatchDocument(ctx, b.ch.ChainID(), bt)
	if err != nil {
		return fmt.Errorf("building batch document: %w", err)
	}
	p, err := b.ch.Parameters(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return fmt.Errorf("reading reward parameters: %w", err)
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
		if owners, err = b.ch.OwnersOf(ctx, numbers); err != nil {
			b.m.RPCErrors.Inc()
			return fmt.Errorf("resolving number owners: %w", err)
		}
	}
	ownerOf := func(ctx context.Context, n string) (common.Address, error) {
		if a, ok := owners[n]; ok {
			return a, nil
		}
		return b.ch.OwnerOf(ctx, n)
	}
	added, err := rewards.Compute(ctx, rewards.Params{Rate: p.RewardRate, OrigBps: p.SplitOrigOperator, TermBps: p.SplitTermOperator,
		CallerBps: p.SplitCallerOwner, CalleeBps: p.SplitCalleeOwner, MinBillableSeconds: p.MinBillableSeconds,
		DailyCapSeconds: p.DailyCapSeconds, MaxCallSeconds: p.MaxCallSeconds}, recs, ownerOf, b.ch.PayoutOf, b.st.NumberDaySeconds)
	if err != nil {
		b.m.RPCErrors.Inc()
		return fmt.Errorf("computing rewards: %w", err)
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
	if len(cum) > 0 {
		rdoc, err := cdr.NewRewardsDocument(b.st.Operator(), b.ch.ChainID(), bt.LastSeq, time.Unix(bt.SealedAt, 0), cum)
		if err != nil {
			return fmt.Errorf("building rewards document: %w", err)
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
	b.log.Info("batch on IPFS", "batch", bt.ID, "cid", cid, "root", doc.Root(), "rewardsCid", rewardsCID, "rewardsTotal", rewardsTotal)
	return nil
}

func (b *Batcher) anchorOf(bt *store.Batch, billable uint64) chain.Anchor {
	return chain.Anchor{Root: bt.RootHash(), CID: bt.CID, Count: bt.CDRCount, BillableSeconds: billable,
		FirstSeq: bt.FirstSeq, LastSeq: bt.LastSeq, RewardsRoot: bt.RewardsRootHash(), RewardsTotal: bt.RewardsTotalInt()}
}

// errWaitForDay says the operator's billable seconds for today (CDRAnchor's maxDailySeconds)
// cannot hold the batch's rewards: it is anchored on the next UTC day (block time).
var errWaitForDay = errors.New("the operator's daily billable seconds are used up")

// declare reads what CDRAnchor's seconds bounds depend on and returns the billable seconds
// the anchor of bt declares (see DeclaredSeconds).
func (b *Batcher) declare(ctx context.Context, bt *store.Batch) (uint64, error) {
	p, err := b.ch.Parameters(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return 0, fmt.Errorf("reading parameters: %w", err)
	}
	info, err := b.ch.OperatorInfo(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return 0, fmt.Errorf("reading operator: %w", err)
	}
	head, err := b.ch.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		b.m.RPCErrors.Inc()
		return 0, fmt.Errorf("reading the head block: %w", err)
	}
	growth := new(big.Int).Sub(bt.RewardsTotalInt(), info.RewardsTotal)
	return DeclaredSeconds(SecondsBounds{Billable: bt.Billable, Count: bt.CDRCount, Growth: growth, Rate: p.RewardRate,
		MaxCallSeconds: uint64(p.MaxCallSeconds), MaxDailySeconds: p.MaxDailySeconds,
		Day: info.Day, DaySeconds: info.DaySeconds, Today: head.Time / 86400})
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

// alreadyAnchored checks the operator's tip on chain: when the range is anchored already
// (an earlier process sent it and died), it records it as mined and returns true.
func (b *Batcher) alreadyAnchored(ctx context.Context, bt *store.Batch) (bool, uint64, error) {
	info, err := b.ch.OperatorInfo(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return false, 0, fmt.Errorf("reading operator's last sequence: %w", err)
	}
	if info.LastSeq < bt.LastSeq {
		return false, info.LastSeq, nil
	}
	a, err := b.ch.FindAnchored(ctx, b.cfg.StartBlock, bt.FirstSeq)
	if err != nil {
		b.m.RPCErrors.Inc()
		return false, 0, err
	}
	if a == nil || a.LastSeq != bt.LastSeq || a.Root != bt.RootHash() {
		return false, 0, fmt.Errorf("chain has the operator at sequence %d but no matching anchor of %d-%d: store and chain disagree",
			info.LastSeq, bt.FirstSeq, bt.LastSeq)
	}
	if err := b.st.MarkMined(ctx, bt.ID, a.BatchID, a.Block, a.TxHash); err != nil {
		return false, 0, err
	}
	b.m.AnchorLatency.Observe(time.Since(time.Unix(bt.SealedAt, 0)).Seconds())
	b.log.Info("batch found anchored", "batch", bt.ID, "chainBatch", a.BatchID, "tx", a.TxHash)
	return true, info.LastSeq, nil
}

func (b *Batcher) send(ctx context.Context, bt *store.Batch) error {
	done, last, err := b.alreadyAnchored(ctx, bt)
	if err != nil || done {
		return err
	}
	if last+1 != bt.FirstSeq {
		return fmt.Errorf("chain expects sequence %d next, batch starts at %d", last+1, bt.FirstSeq)
	}
	secs, err := b.declare(ctx, bt)
	if errors.Is(err, errWaitForDay) {
		b.log.Warn("anchor waits for the next UTC day: the operator's daily billable seconds are used up", "batch", bt.ID)
		return nil
	}
	if err != nil {
		return err
	}
	nonce, err := b.ch.Nonce(ctx)
	if err != nil {
		b.m.RPCErrors.Inc()
		return fmt.Errorf("reading nonce: %w", err)
	}
	tx, err := b.ch.SendAnchor(ctx, b.anchorOf(bt, secs), nonce, 0)
	if err != nil {
		var re *chain.RevertError
		if errors.As(err, &re) {
			b.m.Reverts.Inc()
			b.log.Error("anchor refused by CDRAnchor", "batch", bt.ID, "reason", re.Reason)
		} else {
			b.m.RPCErrors.Inc()
		}
		return err
	}
	if err := b.st.MarkSent(ctx, bt.ID, tx.Hash(), nonce); err != nil {
		return err
	}
	b.log.Info("anchor sent", "batch", bt.ID, "tx", tx.Hash(), "nonce", nonce)
	return nil
}

func (b *Batcher) check(ctx context.Context, bt *store.Batch) error {
	r, err := b.ch.Receipt(ctx, bt.Tx())
	if err != nil {
		b.m.RPCErrors.Inc()
		return err
	}
	if r != nil {
		if r.Status == 1 {
			for _, a := range b.ch.AnchoredIn(r) {
				if a.FirstSeq == bt.FirstSeq {
					if err := b.st.MarkMined(ctx, bt.ID, a.BatchID, r.BlockNumber.Uint64(), r.TxHash); err != nil {
						return err
					}
					b.m.AnchorLatency.Observe(time.Since(time.Unix(bt.SealedAt, 0)).Seconds())
					b.log.Info("anchor mined", "batch", bt.ID, "chainBatch", a.BatchID, "block", r.BlockNumber, "gas", r.GasUsed)
					delete(b.bumps, bt.ID)
					return nil
				}
			}
			return fmt.Errorf("anchor %s mined without a BatchAnchored event", r.TxHash)
		}
		b.m.Reverts.Inc()
		reason := "unknown"
		if tx, _, err := b.ch.Client().TransactionByHash(ctx, r.TxHash); err == nil {
			reason = b.ch.RevertReasonOf(ctx, tx, r.BlockNumber)
		}
		b.log.Error("anchor reverted", "batch", bt.ID, "tx", r.TxHash, "reason", reason)
		return b.st.MarkUnsent(ctx, bt.ID, "reverted: "+reason)
	}
	// Not mined: perhaps a replacement was, or an earlier process's transaction.
	done, _, err := b.alreadyAnchored(ctx, bt)
	if err != nil || done {
		return err
	}
	if time.Since(time.Unix(bt.TxSentAt, 0)) < b.cfg.BumpAfter {
		return nil
	}
	secs, err := b.declare(ctx, bt)
	if errors.Is(err, errWaitForDay) {
		return nil
	}
	if err != nil {
		return err
	}
	b.bumps[bt.ID]++
	nonce := uint64(bt.TxNonce.Int64)
	tx, err := b.ch.SendAnchor(ctx, b.anchorOf(bt, secs), nonce, b.bumps[bt.ID])
	if err != nil {
		var re *chain.RevertError
		if errors.As(err, &re) {
			b.m.Reverts.Inc()
			return b.st.MarkUnsent(ctx, bt.ID, re.Reason)
		}
		b.m.RPCErrors.Inc()
		return err
	}
	b.log.Warn("anchor not mined; sent again with higher fees", "batch", bt.ID, "tx", tx.Hash(), "nonce", nonce, "bump", b.bumps[bt.ID])
	return b.st.MarkSent(ctx, bt.ID, tx.Hash(), nonce)
}

func (b *Batcher) finalize(ctx context.Context, bt *store.Batch) error {
	info, err := b.ch.Batch(ctx, uint64(bt.ChainBatchID.Int64))
	if err != nil {
		b.m.RPCErrors.Inc()
		return fmt.Errorf("reading chain batch %d: %w", bt.ChainBatchID.Int64, err)
	}
	if info.State == 2 { // Final
		b.log.Info("batch final", "batch", bt.ID, "chainBatch", bt.ChainBatchID.Int64)
		return b.st.MarkFinal(ctx, bt.ID)
	}
	if info.State == 3 {
		b.log.Error("batch invalidated on chain", "batch", bt.ID, "chainBatch", bt.ChainBatchID.Int64)
	}
	return nil
}
