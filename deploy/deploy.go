package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
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
	"github.com/dotsnet/dots/bindings/stealthregistry"
	"github.com/dotsnet/dots/bindings/stealthsweeper"
	"github.com/dotsnet/dots/bindings/timelock"
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
// deployer as admin (kept: a devnet's choice) and no genesis allocation.
type Config struct {
	// Admin receives every admin and governor role; zero means the deployer. With a
	// TimelockDelay it is the timelock's proposer and executor instead.
	Admin common.Address
	// TimelockDelay, when not zero, ends the deployment with every admin and governor role
	// moved from the deployer to a new DotsTimelock (OpenZeppelin TimelockController) with
	// this delay, which must be at least MinTimelockDelay; the deployer keeps no role. Zero
	// keeps the admin powers with the deployer (devnets). `dots deploy` uses
	// DefaultTimelockDelay unless told --keep-admin.
	TimelockDelay time.Duration
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
	DisputeRole = crypto.Keccak256Hash([]byte("DISPUTE_ROLE"))
	AdminRole   = common.Hash{} // DEFAULT_ADMIN_ROLE
)

// Timelock delays. The minimum is longer than CDRAnchor's default unbonding delay (7 days)
// plus a day, so that anyone who disagrees with a scheduled change can leave before it applies.
const (
	MinTimelockDelay     = 8 * 24 * time.Hour
	DefaultTimelockDelay = 9 * 24 * time.Hour
)

// Deploy deploys every contract, grants the roles that wire them together and returns
// the deployment:
//
//	RewardToken(minter = CDRAnchor's address, genesis)  no admin; only CDRAnchor mints
//	CDRAnchor(admin, token)                DISPUTE_ROLE -> DisputeVoting
//	NumberRegistry(admin, token)           DISPUTE_ROLE -> DisputeVoting
//	RateExchange(admin)
//	PrevrandaoRandomness(delayBlocks)
//	DisputeVoting(admin, token, anchor, registry, randomness)
//	StealthRegistry(), StealthSweeper(token)  no admin (private rewards)
//	DotsTimelock(delay, admin)             with a TimelockDelay: every admin role moves here
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

	if cfg.TimelockDelay != 0 && cfg.TimelockDelay < MinTimelockDelay {
		return nil, fmt.Errorf("timelock delay %s is shorter than the minimum %s (the unbonding delay plus a day)", cfg.TimelockDelay, MinTimelockDelay)
	}
	// With a timelock the deployer wires and then hands every role over; Admin proposes.
	proposer := admin
	if cfg.TimelockDelay != 0 {
		admin = s.From()
	}

	d := &Deployment{ChainID: chainID.Uint64(), StartBlock: start + 1, Deployer: s.From()}
	// RewardToken's immutable minter is CDRAnchor, deployed right after it: its address
	// follows from the deployer's next nonce (CDRAnchor's constructor checks it).
	minter := crypto.CreateAddress(s.From(), s.Nonce()+1)
	if d.RewardToken, err = s.Deploy(ctx, "RewardToken", rewardtoken.RewardTokenMetaData.Bin,
		rewardtoken.NewRewardToken().PackConstructor(minter, holders, amounts)); err != nil {
		return nil, err
	}
	if d.CDRAnchor, err = s.Deploy(ctx, "CDRAnchor", cdranchor.CDRAnchorMetaData.Bin,
		cdranchor.NewCDRAnchor().PackConstructor(admin, d.RewardToken)); err != nil {
		return nil, err
	}
	if d.CDRAnchor != minter {
		return nil, fmt.Errorf("CDRAnchor landed at %s, not at the token's minter %s (was another transaction sent from %s meanwhile?)", d.CDRAnchor, minter, s.From())
	}
	if d.NumberRegistry, err = s.Deploy(ctx, "NumberRegistry", numberregistry.NumberRegistryMetaData.Bin,
		numberregistry.NewNumberRegistry().PackConstructor(admin, d.RewardToken)); err != nil {
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
	// Private rewards (issue 18): the meta-address registry and the gasless sweeper. Neither
	// has an admin, so they need no wiring and no hand-over.
	if d.StealthRegistry, err = s.Deploy(ctx, "StealthRegistry", stealthregistry.StealthRegistryMetaData.Bin,
		nil); err != nil {
		return nil, err
	}
	if d.StealthSweeper, err = s.Deploy(ctx, "StealthSweeper", stealthsweeper.StealthSweeperMetaData.Bin,
		stealthsweeper.NewStealthSweeper().PackConstructor(d.RewardToken)); err != nil {
		return nil, err
	}

	// Wiring. The deployer must hold the admin roles for this; with a separate Admin the
	// admin grants them (Deploy reports what is left to do).
	if admin != s.From() {
		return d, fmt.Errorf("%w: grant DISPUTE_ROLE on %s and %s to %s as %s",
			ErrWiringLeft, d.CDRAnchor, d.NumberRegistry, d.DisputeVoting, admin)
	}
	grants := []struct {
		name     string
		contract common.Address
		data     []byte
	}{
		{"CDRAnchor DISPUTE_ROLE to DisputeVoting", d.CDRAnchor, cdranchor.NewCDRAnchor().PackGrantRole(DisputeRole, d.DisputeVoting)},
		{"NumberRegistry DISPUTE_ROLE to DisputeVoting", d.NumberRegistry, numberregistry.NewNumberRegistry().PackGrantRole(DisputeRole, d.DisputeVoting)},
	}
	for _, g := range grants {
		if _, err := s.Send(ctx, g.name, g.contract, g.data); err != nil {
			return nil, err
		}
	}
	if cfg.TimelockDelay != 0 {
		if err := handOver(ctx, b, s, d, cfg.TimelockDelay, proposer); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// handOver deploys a DotsTimelock (proposer and executor: proposer) and moves every role the
// deployer holds on each AccessControl contract to it (DEFAULT_ADMIN_ROLE last), then
// renounces them: afterwards only the timelock, after its delay, can change parameters or
// roles. Roles are found from each contract's ABI (its *_ROLE constants), so a role added
// later is moved too.
func handOver(ctx context.Context, b Backend, s *Sender, d *Deployment, delay time.Duration, proposer common.Address) error {
	var err error
	if d.Timelock, err = s.Deploy(ctx, "DotsTimelock", timelock.DotsTimelockMetaData.Bin,
		timelock.NewDotsTimelock().PackConstructor(big.NewInt(int64(delay/time.Second)),
			[]common.Address{proposer}, []common.Address{proposer})); err != nil {
		return err
	}
	contracts := []struct {
		name string
		addr common.Address
		abi  abi.ABI
	}{
		{"CDRAnchor", d.CDRAnchor, cdranchor.NewCDRAnchor().GetABI()},
		{"NumberRegistry", d.NumberRegistry, numberregistry.NewNumberRegistry().GetABI()},
		{"RateExchange", d.RateExchange, rateexchange.NewRateExchange().GetABI()},
		{"DisputeVoting", d.DisputeVoting, disputevoting.NewDisputeVoting().GetABI()},
	}
	for _, c := range contracts {
		roles, err := heldRoles(ctx, b, c.addr, c.abi, s.From())
		if err != nil {
			return fmt.Errorf("reading the roles on %s: %w", c.name, err)
		}
		for _, r := range roles {
			data, err := c.abi.Pack("grantRole", r.hash, d.Timelock)
			if err != nil {
				return fmt.Errorf("encoding grantRole: %w", err)
			}
			if _, err := s.Send(ctx, fmt.Sprintf("%s %s to the timelock", c.name, r.name), c.addr, data); err != nil {
				return err
			}
		}
		for _, r := range roles {
			data, err := c.abi.Pack("renounceRole", r.hash, s.From())
			if err != nil {
				return fmt.Errorf("encoding renounceRole: %w", err)
			}
			if _, err := s.Send(ctx, fmt.Sprintf("%s: the deployer renounces %s", c.name, r.name), c.addr, data); err != nil {
				return err
			}
		}
	}
	return nil
}

type role struct {
	name string
	hash common.Hash
}

// heldRoles lists the roles of a contract's ABI (constants named *_ROLE) that who holds,
// DEFAULT_ADMIN_ROLE last.
func heldRoles(ctx context.Context, b Backend, addr common.Address, a abi.ABI, who common.Address) ([]role, error) {
	c := bind.NewBoundContract(addr, a, b, b, b)
	var out []role
	var admin *role
	for name, m := range a.Methods {
		if !strings.HasSuffix(name, "_ROLE") || len(m.Inputs) != 0 || len(m.Outputs) != 1 {
			continue
		}
		res, err := c.CallRaw(&bind.CallOpts{Context: ctx}, mustPack(a, name))
		if err != nil {
			return nil, fmt.Errorf("calling %s: %w", name, err)
		}
		h := common.BytesToHash(res)
		held, err := c.CallRaw(&bind.CallOpts{Context: ctx}, mustPack(a, "hasRole", h, who))
		if err != nil {
			return nil, fmt.Errorf("calling hasRole(%s): %w", name, err)
		}
		if new(big.Int).SetBytes(held).Sign() == 0 {
			continue
		}
		if h == AdminRole {
			admin = &role{name, h}
			continue
		}
		out = append(out, role{name, h})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	if admin != nil {
		out = append(out, *admin)
	}
	return out, nil
}

func mustPack(a abi.ABI, name string, args ...any) []byte {
	data, err := a.Pack(name, args...)
	if err != nil {
		panic(fmt.Sprintf("packing %s: %v", name, err)) // the method comes from the same ABI
	}
	return data
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

// Nonce is the nonce of the next transaction the sender sends.
func (s *Sender) Nonce() uint64 { return s.nonce }

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
