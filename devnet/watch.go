package devnet

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/dotsnet/dots/oracle/server"
	"github.com/dotsnet/dots/oracle/wire"
)

// The watcher prints every transition of every batch. It keeps a cursor, the lowest batch id
// not yet final, and each sweep reads every batch from the cursor up (and the newest page),
// paging back from the newest with ?before= as far as it takes: a backlog longer than a page never pushes a batch
// out of sight. A step that lasted less than a sweep (sealed and stored often do) is printed
// from what the batch record holds, in pipeline order, before the batch's current state; a
// batch that moves back (a reorg dropped its anchor) is printed as such.

func (w *watcher) run(ctx context.Context) {
	every := w.interval
	if every == 0 {
		every = time.Second
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if err := w.sweep(ctx); err != nil {
			w.log.Warn("watching batches", "oracle", w.oracle, "err", err)
			continue
		}
		if w.label == "" && w.feeder != nil && time.Since(w.lastReport) > 30*time.Second {
			w.lastReport = time.Now()
			sent, stored, failed := w.feeder.counts()
			var h map[string]any
			if err := w.get(ctx, w.indexer+"/healthz", "", &h); err != nil {
				w.log.Warn("reading the indexer's health", "err", err)
			}
			w.say("traffic         %d calls sent, %d records stored, %d requests failed; indexer at block %v (lag %v)",
				sent, stored, failed, h["indexedHead"], h["lag"])
		}
	}
}

// sweep reads every batch from the cursor up, and the newest page whatever it holds (a final
// batch the oracle still re-checks may move back), prints what changed, oldest batch first,
// and moves the cursor to the lowest batch not final.
func (w *watcher) sweep(ctx context.Context) error {
	if w.printed == nil {
		w.printed, w.other = map[uint64]int{}, map[uint64]string{}
	}
	var unseen []server.BatchView
	url := w.oracle + "/v1/batches"
	for first := true; ; first = false {
		var page []server.BatchView // newest first
		if err := w.get(ctx, url, "", &page); err != nil {
			return err
		}
		more := len(page) > 0
		for _, b := range page {
			if b.ID < w.low {
				more = false
				if !first {
					break
				}
			}
			unseen = append(unseen, b)
		}
		if !more {
			break
		}
		url = fmt.Sprintf("%s/v1/batches?before=%d", w.oracle, page[len(page)-1].ID)
	}
	slices.Reverse(unseen)
	low := w.low
	if len(unseen) > 0 {
		low = max(low, unseen[len(unseen)-1].ID+1)
	}
	for _, b := range unseen {
		w.batch(ctx, b)
		if b.State != wire.StateFinal && b.ID < low {
			low = b.ID
		}
	}
	w.low = low
	for id := range w.printed { // what no sweep reads again
		if id+1000 < w.low {
			delete(w.printed, id)
			delete(w.other, id)
		}
	}
	return nil
}

// batch prints the steps of b not printed yet, up to its state.
func (w *watcher) batch(ctx context.Context, b server.BatchView) {
	cur := slices.Index(wire.States, b.State)
	if cur < 0 { // a state off the pipeline (invalidated, failed...): once per change
		if w.other[b.ID] != b.State {
			w.other[b.ID] = b.State
			w.step(ctx, b, b.State)
		}
		return
	}
	delete(w.other, b.ID)
	done := w.printed[b.ID]
	if cur+1 < done { // moved back: a reorg dropped its anchor, it is anchored again
		w.say("%sbatch %-4d      back to %s (its anchor left the chain; it is sent again) %s", w.label, b.ID, b.State, b.LastError)
		w.printed[b.ID] = cur + 1
		return
	}
	for i := done; i <= cur; i++ {
		w.step(ctx, b, wire.States[i])
	}
	w.printed[b.ID] = max(done, cur+1)
}

// step prints one state of batch b.
func (w *watcher) step(ctx context.Context, b server.BatchView, state string) {
	p := w.label
	switch state {
	case wire.StateSealed:
		w.say("%sbatch %-4d      sealed: %d CDRs (seq %d-%d), %d billable seconds", p, b.ID, b.CDRCount, b.FirstSeq, b.LastSeq, b.Billable)
	case wire.StateStored:
		w.say("%sbatch %-4d      on IPFS: %s, rewards %s", p, b.ID, b.CID, b.RewardsCID)
	case wire.StateSent:
		tx := "?"
		if b.TxHash != nil {
			tx = b.TxHash.Hex()
		}
		w.say("%sbatch %-4d      anchor sent: tx %s", p, b.ID, tx)
	case wire.StateMined:
		w.say("%sbatch %-4d      anchored in block %d as CDRAnchor batch %d (root %s), %s DOTS of rewards declared",
			p, b.ID, b.MinedBlock, b.ChainBatchID, short(b.Root), tokens(b.RewardsTotal))
	case wire.StateFinal:
		w.say("%sbatch %-4d      final (challenge window over)", p, b.ID)
		if w.label != "" {
			return
		}
		if !w.wroteCDR {
			w.sample(ctx, b)
		}
		w.rewards(ctx, b)
	default:
		w.say("%sbatch %-4d      %s %s", p, b.ID, state, b.LastError)
	}
}
