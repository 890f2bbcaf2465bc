package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/disputevoting"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/randomness"
	"github.com/dotsnet/dots/bindings/rateexchange"
	"github.com/dotsnet/dots/bindings/rewardtoken"
)

// Backend is what deploying needs from a chain client (ethclient.Client and the simulated
// backend's client both fit).
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Allocation is a genesis holding of DOTS.
type Allocation struct {
	Holder common.Address
	Amount *big.Int
}

// Config tunes a deployment. The zero value deploys with the contracts' defaults, the
// deployer as admin and no genesis allocation.
type Config struct {
	// Admin receives every admin and governor role; zero means the deployer.
	Admin common.Address
	// Genesis is RewardToken's one-time allocation (bonds, juror stakes, deposits on a
	// devnet); after it only reward claims mint.
	Genesis []Allocation
	// RandomnessDelayBlocks is how many blocks ahead a juror draw's prevrandao is taken;
	// 0 means 2.
	RandomnessDelayBlocks uint64
	// Commit, when set, is called after each transaction is sent (a simulated backend's
	// Commit), before waiting for its receipt.
	Commit func()
}

// Role names as OpenZeppelin AccessControl hashes them.
var (
	MinterRole  = crypto.Keccak256Hash([]byte("MINTER_ROLE"))
	DisputeRole = crypto.Keccak256Hash([]byte("DISPUTE_ROLE"))
)

// Deploy deploys every contract, grants the roles that wire them together and returns
// the deployment:
//
//	RewardToken(admin, genesis)            MINTER_ROLE  -> CDRAnchor (reward claims)
//	NumberRegistry(admin, token)           DISPUTE_ROLE -> DisputeVoting
//	CDRAnchor(admin, token)                DISPUTE_ROLE -> DisputeVoting
//	RateExchange(admin)
//	PrevrandaoRandomness(delayBlocks)
//	DisputeVoting(admin, token, anchor, registry, randomness)
func Deploy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, cfg Config) (*Deployment, error) {
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading chain id: %w", err)
	}
	start, err := b.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading block number: %w", err)
	}
	s, err := NewSender(ctx, b, key, chainID, cfg.Commit)
	if err != nil {
		return nil, err
	}
	admin := cfg.Admin
	if admin == (common.Address{}) {
		admin = s.From()
	}
	delay := cfg.RandomnessDelayBlocks
	if delay == 0 {
		delay = 2
	}
	holders := make([]common.Address, len(cfg.Genesis))
	amounts := make([]*big.Int, len(cfg.Genesis))
	for n, a := range cfg.Genesis {
		holders[n], amounts[n] = a.Holder, a.Amount
	}

	d := &Deployment{ChainID: chainID.Uint64(), StartBlock: start + 1, Deployer: s.From()}
	token := rewardtoken.NewRewardToken()
	if d.RewardToken, err = s.Deploy(ctx, "RewardToken", rewardtoken.RewardTokenMetaData.Bin,
		token.PackConstructor(admin, holders, amounts)); err != nil {
		return nil, err
	}
	if d.NumberRegistry, err = s.Deploy(ctx, "NumberRegistry", numberregistry.NumberRegistryMetaData.Bin,
		numberregistry.NewNumberRegistry().PackConstructor(admin, d.RewardToken)); err != nil {
		return nil, err
	}
	if d.CDRAnchor, err = s.Deploy(ctx, "CDRAnchor", cdranchor.CDRAnchorMetaData.Bin,
		cdranchor.NewCDRAnchor().PackConstructor(admin, d.RewardToken)); err != nil {
		return nil, err
	}
	if d.RateExchange, err = s.Deploy(ctx, "RateExchange", rateexchange.RateExchangeMetaData.Bin,
		rateexchange.NewRateExchange().PackConstructor(admin)); err != nil {
		return nil, err
	}
	if d.Randomness, err = s.Deploy(ctx, "PrevrandaoRandomness", randomness.PrevrandaoRandomnessMetaData.Bin,
		randomness.NewPrevrandaoRandomness().PackConstructor(delay)); err != nil {
		return nil, err
	}
	if d.DisputeVoting, err = s.Deploy(ctx, "DisputeVoting", disputevoting.DisputeVotingMetaData.Bin,
		disputevoting.NewDisputeVoting().PackConstructor(admin, d.RewardToken, d.CDRAnchor, d.NumberRegistry, d.Randomness)); err != nil {
		return nil, err
	}

	// Wiring. The deployer must hold the admin roles for this; with a separate Admin the
	// admin grants them (Deploy reports what is left to do).
	if admin != s.From() {
		return d, fmt.Errorf("%w: grant MINTER_ROLE on %s to %s and DISPUTE_ROLE on %s and %s to %s as %s",
			ErrWiringLeft, d.RewardToken, d.CDRAnchor, d.CDRAnchor, d.NumberRegistry, d.DisputeVoting, admin)
	}
	grants := []struct {
		name     string
		contract common.Address
		data     []byte
	}{
		{"RewardToken MINTER_ROLE to CDRAnchor", d.RewardToken, token.PackGrantRole(MinterRole, d.CDRAnchor)},
		{"CDRAnchor DISPUTE_ROLE to DisputeVoting", d.CDRAnchor, cdranchor.NewCDRAnchor().PackGrantRole(DisputeRole, d.DisputeVoting)},
		{"NumberRegistry DISPUTE_ROLE to DisputeVoting", d.NumberRegistry, numberregistry.NewNumberRegistry().PackGrantRole(DisputeRole, d.DisputeVoting)},
	}
	for _, g := range grants {
		if _, err := s.Send(ctx, g.name, g.contract, g.data); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// ErrWiringLeft says the contracts are deployed but an admin other than the deployer must
// still grant the wiring roles.
var ErrWiringLeft = errors.New("contracts deployed; roles left for the admin to grant")

// Sender sends transactions from one key in order, tracking the nonce itself, and waits
// for each receipt. It is meant for short scripted sequences (deploys, devnet set-up).
type Sender struct {
	b      Backend
	opts   *bind.TransactOpts
	nonce  uint64
	commit func()
}

// NewSender prepares a sender for key on the chain b.
func NewSender(ctx context.Context, b Backend, key *ecdsa.PrivateKey, chainID *big.Int, commit func()) (*Sender, error) {
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = ctx
	nonce, err := b.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("reading nonce of %s: %w", opts.From, err)
	}
	return &Sender{b: b, opts: opts, nonce: nonce, commit: commit}, nil
}

// From is the sending account.
func (s *Sender) From() common.Address { return s.opts.From }

func (s *Sender) next(ctx context.Context) *bind.TransactOpts {
	o := *s.opts
	o.Context = ctx
	o.Nonce = new(big.Int).SetUint64(s.nonce)
	return &o
}

// Deploy sends a contract creation and waits for it.
func (s *Sender) Deploy(ctx context.Context, name, binHex string, ctorArgs []byte) (common.Address, error) {
	code := common.FromHex(binHex)
	if len(code) == 0 {
		return common.Address{}, fmt.Errorf("deploying %s: the binding has no bytecode", name)
	}
	addr, tx, err := bind.DeployContract(s.next(ctx), code, s.b, ctorArgs)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploying %s: %w", name, err)
	}
	if _, err := s.wait(ctx, name, tx); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// Send calls a contract with calldata and waits for a successful receipt.
func (s *Sender) Send(ctx context.Context, what string, to common.Address, data []byte) (*types.Receipt, error) {
	c := bind.NewBoundContract(to, abi.ABI{}, s.b, s.b, s.b)
	tx, err := c.RawTransact(s.next(ctx), data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return s.wait(ctx, what, tx)
}

func (s *Sender) wait(ctx context.Context, what string, tx *types.Transaction) (*types.Receipt, error) {
	s.nonce++
	if s.commit != nil {
		s.commit()
	}
	r, err := waitMined(ctx, s.b, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: waiting for %s: %w", what, tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: transaction %s reverted", what, tx.Hash())
	}
	return r, nil
}

// waitMined polls for a receipt from 25 ms up to 1 s apart: bind.WaitMined's fixed 1 s
// would make each of a deployment's transactions on an automining anvil take a second.
func waitMined(ctx context.Context, b bind.DeployBackend, h common.Hash) (*types.Receipt, error) {
	delay := 25 * time.Millisecond
	for {
		r, err := b.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("fetching the receipt: %w", err)
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
		delay = min(2*delay, time.Second)
	}
}
