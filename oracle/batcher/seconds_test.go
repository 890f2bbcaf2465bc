package batcher

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/oracle/store"
)

// On the simulated chain, under CDRAnchor's seconds bounds (maxCallSeconds 100,
// maxDailySeconds 500), every anchor the batcher sends is accepted and declares at most
// count x maxCallSeconds and what is left of the operator's day; a batch whose rewards
// need more than the day has left waits, healthy, for the next UTC day, which starts
// afresh. (Each CDR bills 144 s, a batch of three 432 s.)
func TestAnchorsDeclareSecondsWithinBounds(t *testing.T) {
	bothEngines(t, testAnchorsDeclareSecondsWithinBounds)
}

func testAnchorsDeclareSecondsWithinBounds(t *testing.T, engine string) {
	n := newNet(t, engine)
	governor := crypto.Keccak256Hash([]byte("GOVERNOR_ROLE"))
	n.send(n.admin, n.d.CDRAnchor, n.anchor.PackGrantRole(governor, crypto.PubkeyToAddress(n.admin.PublicKey)))
	n.send(n.admin, n.d.CDRAnchor, n.anchor.PackSetMaxCallSeconds(100))
	n.send(n.admin, n.d.CDRAnchor, n.anchor.PackSetMaxDailySeconds(500))
	o := n.oracle(0)
	ctx := context.Background()

	mineAll := func(batches int) {
		t.Helper()
		for range 20 {
			o.mustStep()
			bs, err := o.st.Batches(ctx, 0, 1000)
			if err != nil {
				t.Fatal(err)
			}
			done := len(bs) == batches
			for _, b := range bs {
				if b.LastError != "" {
					t.Fatalf("batch %d (%s): %s", b.ID, b.State, b.LastError)
				}
				done = done && (b.State == store.StateMined || b.State == store.StateFinal)
			}
			if done {
				return
			}
			n.sim.Commit()
		}
		bs, _ := o.st.Batches(ctx, 0, 1000)
		for _, b := range bs {
			t.Logf("batch %d %s %q", b.ID, b.State, b.LastError)
		}
		t.Fatalf("%d batches not mined", batches)
	}
	dayOf := func() uint64 {
		h, err := n.ec.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Time / 86400
	}

	day := dayOf()
	o.ingest(9)
	for range 20 { // far more rounds than two batches need to be mined
		o.mustStep()
		n.sim.Commit()
	}
	if dayOf() != day {
		t.Skip("the UTC day changed during the test")
	}
	o.wantState(1, store.StateMined)
	o.wantState(2, store.StateMined)
	if b := o.wantState(3, store.StateStored); b.LastError != "" {
		t.Fatalf("batch 3: %s", b.LastError)
	}
	evs := n.anchors(o.op)
	if len(evs) != 2 {
		t.Fatalf("%d anchors, want 2", len(evs))
	}
	// 300 s (three calls cut to 100 s), then the 200 s left of the day; the third batch's
	// rewards need seconds the day no longer has: it waits, and that is not a fault.
	for i, want := range []uint64{300, 200} {
		if evs[i].BillableSeconds != want {
			t.Errorf("anchor %d declares %d s, want %d", i+1, evs[i].BillableSeconds, want)
		}
	}
	if w := o.b.WaitingForDay(); w != 3 {
		t.Errorf("WaitingForDay = %d, want 3", w)
	}
	o.now = o.now.Add(time.Hour) // well past StuckAfter
	if err := o.b.Health(); err != nil {
		t.Errorf("Health while waiting for the next day: %v", err)
	}

	// The next UTC day: the operator's seconds start from zero again.
	if err := n.sim.AdjustTime(24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	n.sim.Commit()
	mineAll(3)
	evs = n.anchors(o.op)
	if len(evs) != 3 || evs[2].BillableSeconds != 300 {
		t.Fatalf("after a day: %d anchors, the last declaring %d s; want 3, 300 s", len(evs), evs[len(evs)-1].BillableSeconds)
	}
	if w := o.b.WaitingForDay(); w != 0 {
		t.Errorf("WaitingForDay = %d after anchoring, want 0", w)
	}
}
