package rewards

import (
	"context"
	"crypto/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/stealth"
)

func TestPlanEpoch(t *testing.T) {
	const h = int64(3600)
	for _, c := range []struct {
		name         string
		at, prev     int64
		hasPrev, pub bool
		length       time.Duration
		wantEpoch    uint64
		wantClose    bool
	}{
		{"no epochs: every batch closes", 100, 50, true, true, 0, 100, true},
		{"first batch publishes", 5*h + 10, 0, false, false, time.Hour, 5, true},
		{"nothing published yet", 5*h + 20, 5*h + 10, true, false, time.Hour, 5, true},
		{"same epoch: root stays", 5*h + 20, 5*h + 10, true, true, time.Hour, 5, false},
		{"first of a new epoch closes the previous one", 6*h + 1, 5*h + 10, true, true, time.Hour, 5, true},
		{"after a gap it closes the last batch's epoch", 9*h + 1, 5*h + 10, true, true, time.Hour, 5, true},
		{"edge: the epoch's first second", 6 * h, 6*h - 1, true, true, time.Hour, 5, true},
	} {
		p := PlanEpoch(c.at, c.hasPrev, c.prev, c.pub, c.length)
		if p.Epoch != c.wantEpoch || p.Close != c.wantClose {
			t.Errorf("%s: %+v, want epoch %d close %v", c.name, p, c.wantEpoch, c.wantClose)
		}
	}
}

func TestRecipients(t *testing.T) {
	ctx := context.Background()
	w, _ := crypto.GenerateKey()
	keys, _ := stealth.KeysFromWallet(w)
	owner, public := crypto.PubkeyToAddress(w.PublicKey), common.HexToAddress("0xB0B")
	metas := map[common.Address][]byte{owner: keys.Meta().Bytes(), common.HexToAddress("0xBAD"): make([]byte, 66)}
	meta := func(_ context.Context, a common.Address) ([]byte, error) { return metas[a], nil }
	seed := make([]byte, 32)
	rand.Read(seed)
	r := func(epoch uint64) *Recipients {
		return &Recipients{Seed: seed, ChainID: 31337, Operator: common.HexToAddress("0x0FE"), Epoch: epoch, Meta: meta}
	}
	r1, r1again, r2 := r(1), r(1), r(2)
	a1, _ := r1.Recipient(ctx, owner)
	a1b, _ := r1.Recipient(ctx, owner)
	a1c, _ := r1again.Recipient(ctx, owner)
	a2, _ := r2.Recipient(ctx, owner)
	if a1 == owner || a1 != a1b || a1 != a1c || a2 == a1 {
		t.Fatalf("stealth recipients: epoch 1 %s %s %s, epoch 2 %s, owner %s", a1, a1b, a1c, a2, owner)
	}
	if len(r1.New) != 1 || r1.New[0].Account != a1 || r1.New[0].Epoch != 1 {
		t.Fatalf("announcements %+v", r1.New)
	}
	ann := stealth.Announcement{Stealth: a1, EphemeralPub: r1.New[0].EphemeralPub, ViewTag: r1.New[0].ViewTag}
	if !stealth.Check(ann, keys.Viewing, &keys.Spending.PublicKey) {
		t.Fatal("the owner's keys do not find the oracle's announcement")
	}
	if p, _ := r1.Recipient(ctx, public); p != public {
		t.Fatalf("an owner without a meta-address is paid at %s", p)
	}
	if p, _ := r1.Recipient(ctx, common.HexToAddress("0xBAD")); p != common.HexToAddress("0xBAD") {
		t.Fatalf("an owner with a meta-address that is not two keys is paid at %s", p)
	}
	if p, _ := r1.Recipient(ctx, common.Address{}); p != (common.Address{}) {
		t.Fatal("nobody's number got a recipient")
	}
}
