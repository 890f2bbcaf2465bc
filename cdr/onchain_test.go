package cdr

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/simtest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// deployAnchor deploys RewardToken and CDRAnchor on go-ethereum's simulated backend (only the
// pure leaf functions are called, but CDRAnchor's constructor checks that the token names it as
// its minter, so the token is deployed first with CDRAnchor's predicted address).
func deployAnchor(t *testing.T) (*bind.BoundContract, *cdranchor.CDRAnchor) {
	t.Helper()
	ch := simtest.New(t)
	minter := crypto.CreateAddress(ch.From, 1) // the token is the account's transaction 0, CDRAnchor 1
	token := ch.Deploy(t, "RewardToken", rewardtoken.RewardTokenMetaData.Bin,
		rewardtoken.NewRewardToken().PackConstructor(minter, nil, nil))
	c := cdranchor.NewCDRAnchor()
	addr := ch.Deploy(t, "CDRAnchor", cdranchor.CDRAnchorMetaData.Bin, c.PackConstructor(ch.From, token))
	if addr != minter {
		t.Fatalf("CDRAnchor deployed at %s, the token's minter is %s", addr, minter)
	}
	return c.Instance(ch.Client, addr), c
}

// The contract's cdrLeaf and rewardLeaf equal the Go leaves for random records and rewards.
func TestLeafEqualsContract(t *testing.T) {
	inst, c := deployAnchor(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 5))
	for i := range 100 {
		r := randRecord(rng)
		if i == 0 { // all-zero-ish and all-max corners
			r.SetupTime, r.AnswerTime, r.EndTime, r.BillableSeconds = 0, 0, 0, 0
		}
		l := r.LeafValue()
		onchain, err := bind.Call(inst, nil, c.PackCdrLeaf(cdranchor.CDRLeafCDR{
			Operator: l.Operator, Seq: l.Seq, CallId: l.CallID, CallerCommit: l.CallerCommit,
			CalleeCommit: l.CalleeCommit, SetupTime: l.SetupTime, AnswerTime: l.AnswerTime,
			EndTime: l.EndTime, BillableSeconds: l.BillableSeconds, SipStatus: l.SIPStatus,
			Q850Cause: l.Q850Cause, OrigOperator: l.OrigOperator, TermOperator: l.TermOperator, Mos: l.MOS, Side: uint8(l.Side),
		}), c.UnpackCdrLeaf)
		if err != nil {
			t.Fatalf("cdrLeaf: %v", err)
		}
		if common.Hash(onchain) != r.Leaf() {
			t.Fatalf("record %d: contract leaf %x, Go %s (%+v)", i, onchain, r.Leaf().Hex(), r)
		}
	}
	for _, rw := range randRewards(rng, 30) {
		onchain, err := bind.Call(inst, nil, c.PackRewardLeaf(rw.Account, rw.CumulativeAmount), c.UnpackRewardLeaf)
		if err != nil {
			t.Fatalf("rewardLeaf: %v", err)
		}
		if want := must(RewardLeaf(rw.Account, rw.CumulativeAmount)); common.Hash(onchain) != want {
			t.Fatalf("reward leaf: contract %x, Go %s", onchain, want.Hex())
		}
	}
}
