// Package devnet runs DOTS on one machine: anvil, the contracts, DOTS's IPFS node, an
// oracle fed with realistic CDRs, and the indexer. Populate also serves tests that need a
// chain with bonded operators, owned numbers and published rates.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dotsnet/dots/anvil"
	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/bindings/rewardtoken"
	"github.com/dotsnet/dots/deploy"
)

// Token is one whole DOTS in wei.
var Token = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole DOTS in wei.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), Token) }

// Roles of anvil's default accounts on a devnet.
const (
	KeyAdmin     = 0 // deployer, admin and governor
	KeyOperatorA = 1 // runs the devnet's oracle
	KeyOperatorB = 2 // the terminating operator of half the calls
	KeyJuror1    = 3
	KeyJuror2    = 4
	KeyJuror3    = 5
	KeyUser1     = 6 // number owners
	KeyUser2     = 7
	KeyUser3     = 8
	KeyUser4     = 9
)

// Number is a claimed number and its owner's key.
type Number struct {
	E164     string
	Owner    *ecdsa.PrivateKey
	Operator common.Address
}

// World is what Populate set up.
type World struct {
	Deployment *deploy.Deployment
	Keys       []*ecdsa.PrivateKey
	Operators  []*ecdsa.PrivateKey // bonded operators A and B
	Numbers    []Number
	Unowned    []string // numbers that appear in traffic but nobody claimed
}

// Options tune Populate.
type Options struct {
	// ChallengeWindow of CDRAnchor; 0 means 20 s (devnet batches turn final quickly).
	ChallengeWindow time.Duration
	// NumbersPerUser claimed for each of the four user accounts; 0 means 3.
	NumbersPerUser int
	// CNAM gives every number a caller-ID name ("User<u> <i>"), shown by the terminating
	// SIP node for a verified caller.
	CNAM bool
}

// Genesis is the devnet's DOTS allocation: bonds for the operators, stakes for the jurors,
// deposits for the users.
func Genesis(keys []*ecdsa.PrivateKey) []deploy.Allocation {
	var g []deploy.Allocation
	for i := KeyOperatorA; i <= KeyUser4; i++ {
		g = append(g, deploy.Allocation{Holder: anvil.Address(keys[i]), Amount: Tokens(100_000)})
	}
	return g
}

// Populate sets short devnet parameters, bonds operators A and B, claims numbers for the
// four users (routed to operator A or B) and publishes rates for both operators. The
// deployment must have been made with Genesis(keys) by keys[KeyAdmin].
func Populate(ctx context.Context, b deploy.Backend, rc *rpc.Client, d *deploy.Deployment, keys []*ecdsa.PrivateKey, o Options) (*World, error) {
	if o.ChallengeWindow == 0 {
		o.ChallengeWindow = 20 * time.Second
	}
	if o.NumbersPerUser == 0 {
		o.NumbersPerUser = 3
	}
	chainID := new(big.Int).SetUint64(d.ChainID)
	sender := func(k *ecdsa.PrivateKey) (*deploy.Sender, error) { return deploy.NewSender(ctx, b, k, chainID, nil) }
	w := &World{Deployment: d, Keys: keys, Operators: []*ecdsa.PrivateKey{keys[KeyOperatorA], keys[KeyOperatorB]}}

	anchor := cdranchor.NewCDRAnchor()
	reg := numberregistry.NewNumberRegistry()
	token := rewardtoken.NewRewardToken()
	rates := rateexchange.NewRateExchange()

	admin, err := sender(keys[KeyAdmin])
	if err != nil {
		return nil, err
	}
	steps := []struct {
		what string
		to   common.Address
		data []byte
	}{
		{"set the challenge window", d.CDRAnchor, anchor.PackSetChallengeWindow(uint64(o.ChallengeWindow / time.Second))},
		// Commitments may be revealed after 1 s on a devnet; a year's term; deposit 10 DOTS.
		{"set number parameters", d.NumberRegistry, reg.PackSetParameters(1, 86400, 365*86400, 30*86400, 3600, Tokens(10))},
		// No premium on freed numbers on a devnet (a deployment defaults to 10,000 DOTS decaying over 21 days).
		{"turn number premiums off", d.NumberRegistry, reg.PackSetPremium(big.NewInt(0), 0, 0, anvil.Address(keys[KeyAdmin]))},
	}
	for _, s := range steps {
		if _, err := admin.Send(ctx, s.what, s.to, s.data); err != nil {
			return nil, err
		}
	}

	for n, k := range w.Operators {
		s, err := sender(k)
		if err != nil {
			return nil, err
		}
		bond := Tokens(10_000)
		if _, err := s.Send(ctx, "approve the bond", d.RewardToken, token.PackApprove(d.CDRAnchor, bond)); err != nil {
			return nil, err
		}
		meta := fmt.Sprintf("sip:operator-%c.devnet.dots", 'a'+n)
		if _, err := s.Send(ctx, "register an operator", d.CDRAnchor, anchor.PackRegisterOperator(bond, s.From(), meta)); err != nil {
			return nil, err
		}
		// Rates: US, UK, London and German destinations, 60/60, 30/6, 1/1 and 60/1 billing, in force from a few seconds
		// after the chain's clock (a rate may not take effect before the block that publishes it).
		head, err := ethclient.NewClient(rc).HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("reading the chain's clock: %w", err)
		}
		now := max(head.Time, uint64(time.Now().Unix())) + 10
		inputs := []rateexchange.RateExchangeRateInput{
			{Prefix: "1", RatePerMinute: milli(5 + int64(n)), ConnectFee: big.NewInt(0), InitialIncrement: 60, SubsequentIncrement: 60, EffectiveTime: now},
			{Prefix: "44", RatePerMinute: milli(8 + int64(n)), ConnectFee: milli(1), InitialIncrement: 30, SubsequentIncrement: 6, EffectiveTime: now},
			{Prefix: "4420", RatePerMinute: milli(6 + int64(n)), ConnectFee: milli(1), InitialIncrement: 1, SubsequentIncrement: 1, EffectiveTime: now},
			{Prefix: "49", RatePerMinute: milli(7 + int64(n)), ConnectFee: big.NewInt(0), InitialIncrement: 60, SubsequentIncrement: 1, EffectiveTime: now},
		}
		if _, err := s.Send(ctx, "publish rates", d.RateExchange, rates.PackPublish(inputs)); err != nil {
			return nil, err
		}
	}

	// Numbers: commit for all, let a second pass, claim, route.
	type pending struct {
		user   *ecdsa.PrivateKey
		e164   string
		secret [32]byte
		op     common.Address
		opKey  *ecdsa.PrivateKey
		cnam   string
	}
	var numbers []pending
	for u := 0; u < 4; u++ {
		user := keys[KeyUser1+u]
		for i := 0; i < o.NumbersPerUser; i++ {
			var secret [32]byte
			if _, err := rand.Read(secret[:]); err != nil {
				return nil, fmt.Errorf("drawing a commitment secret: %w", err)
			}
			e164 := fmt.Sprintf("+1415555%02d%02d", u, i)
			if u%2 == 1 {
				e164 = fmt.Sprintf("+44207946%02d%02d", u, i)
			}
			opKey := w.Operators[(u+i)%2]
			numbers = append(numbers, pending{user, e164, secret, anvil.Address(opKey), opKey, fmt.Sprintf("User%d %d", u+1, i+1)})
		}
	}
	senders := map[common.Address]*deploy.Sender{}
	for _, p := range numbers {
		a := anvil.Address(p.user)
		if senders[a] == nil {
			s, err := sender(p.user)
			if err != nil {
				return nil, err
			}
			if _, err := s.Send(ctx, "approve deposits", d.RewardToken, token.PackApprove(d.NumberRegistry, Tokens(1000))); err != nil {
				return nil, err
			}
			senders[a] = s
		}
		c := reg.PackCommit(numberCommitment(p.e164, a, p.secret))
		if _, err := senders[a].Send(ctx, "commit to "+p.e164, d.NumberRegistry, c); err != nil {
			return nil, err
		}
	}
	if err := anvil.IncreaseTime(ctx, rc, 2*time.Second); err != nil {
		return nil, err
	}
	for _, p := range numbers {
		s := senders[anvil.Address(p.user)]
		if _, err := s.Send(ctx, "claim "+p.e164, d.NumberRegistry, reg.PackClaim(p.e164, p.secret)); err != nil {
			return nil, err
		}
		// The serving operator consents to the route (NumberRegistry requires its signature).
		route, err := RouteCall(ctx, b, d.NumberRegistry, p.e164, p.opKey, "sip:"+p.e164+"@"+p.op.Hex()[2:10]+".devnet.dots")
		if err != nil {
			return nil, err
		}
		if _, err := s.Send(ctx, "route "+p.e164, d.NumberRegistry, route); err != nil {
			return nil, err
		}
		if o.CNAM {
			if _, err := s.Send(ctx, "cnam "+p.e164, d.NumberRegistry, reg.PackSetCnam(p.e164, p.cnam)); err != nil {
				return nil, err
			}
		}
		w.Numbers = append(w.Numbers, Number{E164: p.e164, Owner: p.user, Operator: p.op})
	}
	w.Unowned = []string{"+13125550100", "+442071838750", "+4930901820"}
	return w, nil
}

func milli(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }
