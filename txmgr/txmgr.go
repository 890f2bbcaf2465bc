// Package txmgr sends one kind of transaction at a time and sees it mined, within limits
// written down in one Config, after Optimism's op-service/txmgr: a fee ceiling (a multiple
// of the first attempt's fee cap and an absolute cap), a resubmission timeout, a bump
// count, every signed attempt persisted before it is broadcast (so a restart finds its
// transactions again) and "nonce too low" handled without sending anything twice.
//
// The manager does not block: Send signs and broadcasts the first attempt, and Poll,
// called as often as the caller likes, reports a receipt once an attempt is mined,
// re-broadcasts an attempt the node lost (after a reorg) and replaces a stuck attempt
// with higher fees when the resubmission timeout has passed.
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/dotsnet/dots/chainerr"
)

// Config holds every limit of the manager. Zero fields take the defaults.
type Config struct {
	// FeeLimitMultiplier bounds every attempt's fee cap to this multiple of the first
	// attempt's (default 5): a fee spike cannot drain the account.
	FeeLimitMultiplier uint64
	// MaxFeeCap is an absolute ceiling on the fee cap per gas, in wei (default 500 gwei).
	MaxFeeCap *big.Int
	// ResubmissionTimeout is how long an attempt may stay unmined before it is replaced
	// with higher fees (default 60s).
	ResubmissionTimeout time.Duration
	// MaxBumps is how many replacements one transaction may get (default 10); after that
	// Poll reports ErrMaxBumps and keeps waiting for the attempts already sent.
	MaxBumps int
	// BumpPercent is by how much each replacement raises both the tip and the fee cap, in
	// percent (default 13; geth's pool refuses a replacement below +10%).
	BumpPercent uint64
	// MinTip is the tip used when the node suggests none (default 1 gwei).
	MinTip *big.Int
	// Now is the clock (default time.Now); tests move it.
	Now func() time.Time
}

func (c *Config) defaults() {
	if c.FeeLimitMultiplier == 0 {
		c.FeeLimitMultiplier = 5
	}
	if c.MaxFeeCap == nil {
		c.MaxFeeCap = new(big.Int).Mul(big.NewInt(500), big.NewInt(params.GWei))
	}
	if c.ResubmissionTimeout == 0 {
		c.ResubmissionTimeout = 60 * time.Second
	}
	if c.MaxBumps == 0 {
		c.MaxBumps = 10
	}
	if c.BumpPercent == 0 {
		c.BumpPercent = 13
	}
	if c.MinTip == nil {
		c.MinTip = big.NewInt(params.GWei)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
}

// Backend is the part of an Ethereum client the manager uses.
type Backend interface {
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// Attempt is one signed transaction sent for a key.
type Attempt struct {
	Key    string
	Nonce  uint64
	Hash   common.Hash
	TipCap *big.Int
	FeeCap *big.Int
	SentAt time.Time
	Raw    []byte // the signed transaction (binary encoding), to broadcast it again
}

// Tx decodes the attempt's signed transaction.
func (a *Attempt) Tx() (*types.Transaction, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(a.Raw); err != nil {
		return nil, fmt.Errorf("decoding attempt %s: %w", a.Hash, err)
	}
	return tx, nil
}

// Journal persists the attempts, oldest first, per key.
type Journal interface {
	SaveAttempt(ctx context.Context, a Attempt) error
	Attempts(ctx context.Context, key string) ([]Attempt, error)
	ForgetAttempts(ctx context.Context, key string) error
}

var (
	// ErrMaxBumps: the transaction has had MaxBumps replacements and is still not mined.
	ErrMaxBumps = errors.New("txmgr: bump limit reached")
	// ErrFeeLimit: a replacement would need a fee cap above the ceiling.
	ErrFeeLimit = errors.New("txmgr: fee ceiling reached")
	// ErrNonceTaken: the attempts' nonce is used by a transaction that is none of them.
	// The caller checks whether what it wanted happened anyway, then calls Forget and Send.
	ErrNonceTaken = errors.New("txmgr: nonce used by another transaction")
	// ErrPending: Send was called for a key that has attempts in flight.
	ErrPending = errors.New("txmgr: attempts in flight for this key")
)

// RevertError is a transaction the chain refuses while estimating its gas; nothing is sent.
type RevertError struct{ Reason string }

func (e *RevertError) Error() string { return "transaction reverts: " + e.Reason }

// Manager sends transactions signed with one key.
type Manager struct {
	cfg     Config
	b       Backend
	j       Journal
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
}

// New builds a manager for key on chain chainID.
func New(cfg Config, b Backend, j Journal, key *ecdsa.PrivateKey, chainID *big.Int) *Manager {
	cfg.defaults()
	return &Manager{cfg: cfg, b: b, j: j, key: key, from: crypto.PubkeyToAddress(key.PublicKey), chainID: chainID,
		signer: types.LatestSignerForChainID(chainID)}
}

// From is the sending address.
func (m *Manager) From() common.Address { return m.from }

// Send signs and broadcasts the first attempt of a transaction to `to` with `data`,
// recorded under key. A revert found while estimating gas is a *RevertError.
func (m *Manager) Send(ctx context.Context, key string, to common.Address, data []byte) (*Attempt, error) {
	prev, err := m.j.Attempts(ctx, key)
	if err != nil {
		return nil, err
	}
	if len(prev) > 0 {
		return nil, ErrPending
	}
	// Estimate against the latest block, not the pending state.
	gas, err := m.b.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &to, Data: data})
	if err != nil {
		if reason, ok := chainerr.Reason(err); ok {
			return nil, &RevertError{Reason: reason}
		}
		return nil, fmt.Errorf("estimating gas: %w", err)
	}
	tip, feeCap, _, err := m.market(ctx)
	if err != nil {
		return nil, err
	}
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		return nil, fmt.Errorf("%w: the market's fee cap %s wei is above the %s wei ceiling", ErrFeeLimit, feeCap, m.cfg.MaxFeeCap)
	}
	nonce, err := m.b.PendingNonceAt(ctx, m.from)
	if err != nil {
		return nil, fmt.Errorf("reading nonce: %w", err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: m.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/4, To: &to, Data: data})
	return m.sign(ctx, key, tx)
}

// market is the tip and fee cap the chain asks for now: the suggested tip (MinTip when
// none) and twice the head's base fee plus the tip; and the head's base fee.
func (m *Manager) market(ctx context.Context) (tip, feeCap, base *big.Int, err error) {
	tip, err = m.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("reading gas tip: %w", err)
	}
	if tip.Sign() == 0 {
		tip = new(big.Int).Set(m.cfg.MinTip)
	}
	head, err := m.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("reading head: %w", err)
	}
	base = head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	return tip, new(big.Int).Add(tip, new(big.Int).Mul(base, big.NewInt(2))), base, nil
}

// sign signs tx, persists the attempt, then broadcasts it (persisted first: a crash after
// the broadcast must not lose the hash).
func (m *Manager) sign(ctx context.Context, key string, tx *types.Transaction) (*Attempt, error) {
	signed, err := types.SignTx(tx, m.signer, m.key)
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encoding: %w", err)
	}
	a := Attempt{Key: key, Nonce: signed.Nonce(), Hash: signed.Hash(), TipCap: signed.GasTipCap(), FeeCap: signed.GasFeeCap(),
		SentAt: m.cfg.Now(), Raw: raw}
	if err := m.j.SaveAttempt(ctx, a); err != nil {
		return nil, err
	}
	if err := m.broadcast(ctx, signed); err != nil {
		return &a, err
	}
	return &a, nil
}

func (m *Manager) broadcast(ctx context.Context, tx *types.Transaction) error {
	err := m.b.SendTransaction(ctx, tx)
	if err == nil || isErr(err, "already known") {
		return nil
	}
	if isErr(err, "nonce too low") {
		return errNonceTooLow
	}
	if isErr(err, "less than block base fee") || isErr(err, "below block base fee") || isErr(err, "fee cap less than") {
		return fmt.Errorf("%w (nonce %d, fee cap %s wei): %v", errBelowBaseFee, tx.Nonce(), tx.GasFeeCap(), err)
	}
	return fmt.Errorf("sending transaction (nonce %d): %w", tx.Nonce(), err)
}

var (
	errNonceTooLow = errors.New("nonce too low")
	// errBelowBaseFee: the node refuses an attempt whose fee cap is below the head's base
	// fee (and evicts it from its pool when the base fee rises past it): only a replacement
	// can be mined, so Poll replaces it without waiting for the resubmission timeout.
	errBelowBaseFee = errors.New("the attempt's fee cap is below the base fee")
)

func isErr(err error, s string) bool { return strings.Contains(strings.ToLower(err.Error()), s) }

// Status is where a key's transaction stands.
type Status struct {
	Attempts int            // attempts sent (0: nothing in flight)
	Receipt  *types.Receipt // the mined attempt's receipt (canonical now), nil while none is
	Last     *Attempt       // the newest attempt
}

// Poll reports the key's transaction: the receipt of a mined attempt, or nothing yet. An
// attempt the node no longer knows (dropped by a reorg or evicted) is broadcast again;
// when the newest attempt is older than the resubmission timeout it is replaced with
// higher fees, within the limits (ErrMaxBumps, ErrFeeLimit say a limit holds it back;
// the attempts sent keep their chance). ErrNonceTaken says none of them can be mined.
func (m *Manager) Poll(ctx context.Context, key string) (*Status, error) {
	as, err := m.j.Attempts(ctx, key)
	if err != nil {
		return nil, err
	}
	st := &Status{Attempts: len(as)}
	if len(as) == 0 {
		return st, nil
	}
	st.Last = &as[len(as)-1]
	if st.Receipt, err = m.mined(ctx, as); err != nil || st.Receipt != nil {
		return st, err
	}
	last := st.Last
	if m.cfg.Now().Sub(last.SentAt) < m.cfg.ResubmissionTimeout {
		// Give it time, but make sure the node still has it; one the node refuses at
		// today's base fee is replaced now.
		if err := m.rebroadcast(ctx, as); !errors.Is(err, errBelowBaseFee) {
			return st, err
		}
	}
	if len(as)-1 >= m.cfg.MaxBumps {
		return st, m.orRebroadcast(ctx, as, fmt.Errorf("%w: %d replacements sent", ErrMaxBumps, len(as)-1))
	}
	tx, err := last.Tx()
	if err != nil {
		return st, err
	}
	tip, feeCap, base, err := m.market(ctx)
	if err != nil {
		return st, err
	}
	// Both fees rise by BumpPercent at least (what the pool needs to take a replacement),
	// and to the market's when it asks more.
	tip = maxBig(bump(last.TipCap, m.cfg.BumpPercent), tip)
	feeCap = maxBig(bump(last.FeeCap, m.cfg.BumpPercent), feeCap)
	if feeCap.Cmp(tip) < 0 {
		feeCap = new(big.Int).Set(tip)
	}
	limit := new(big.Int).Mul(as[0].FeeCap, new(big.Int).SetUint64(m.cfg.FeeLimitMultiplier))
	if m.cfg.MaxFeeCap.Cmp(limit) < 0 {
		limit = m.cfg.MaxFeeCap
	}
	if feeCap.Cmp(limit) > 0 {
		// The market's fee cap (twice the base fee, for headroom) is above the ceiling. The
		// ceiling itself is enough to be mined now when it is above the base fee and still a
		// valid replacement: send that, or the anchor waits for ever while the fees stay up.
		// (the base fee plus the whole tip: the tip is paid in full at today's base fee).
		floor := maxBig(bump(last.FeeCap, m.cfg.BumpPercent), new(big.Int).Add(base, tip))
		if limit.Cmp(floor) < 0 {
			return st, m.orRebroadcast(ctx, as, fmt.Errorf("%w: a replacement needs a fee cap of %s wei, the ceiling is %s wei (base fee %s wei)", ErrFeeLimit, floor, limit, base))
		}
		feeCap = new(big.Int).Set(limit)
	}
	next := types.NewTx(&types.DynamicFeeTx{ChainID: m.chainID, Nonce: tx.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
		Gas: tx.Gas(), To: tx.To(), Data: tx.Data()})
	a, err := m.sign(ctx, key, next)
	if errors.Is(err, errNonceTooLow) {
		return st, m.nonceTooLow(ctx, st, key)
	}
	if a != nil {
		st.Attempts, st.Last = st.Attempts+1, a
	}
	return st, err
}

// nonceTooLow: the nonce is used. By one of our attempts (mined meanwhile: its receipt is
// the answer) or by another transaction (ErrNonceTaken).
func (m *Manager) nonceTooLow(ctx context.Context, st *Status, key string) error {
	as, err := m.j.Attempts(ctx, key)
	if err != nil {
		return err
	}
	r, err := m.mined(ctx, as)
	if err != nil {
		return err
	}
	if r != nil {
		st.Receipt = r
		return nil
	}
	return ErrNonceTaken
}

func (m *Manager) orRebroadcast(ctx context.Context, as []Attempt, limit error) error {
	if err := m.rebroadcast(ctx, as); err != nil && !errors.Is(err, errBelowBaseFee) {
		return err
	}
	return limit
}

// rebroadcast sends the newest attempt again when the node does not know it.
func (m *Manager) rebroadcast(ctx context.Context, as []Attempt) error {
	last := &as[len(as)-1]
	_, _, err := m.b.TransactionByHash(ctx, last.Hash)
	if err == nil {
		return nil
	}
	if !errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("looking up transaction %s: %w", last.Hash, err)
	}
	tx, err := last.Tx()
	if err != nil {
		return err
	}
	if err := m.broadcast(ctx, tx); err != nil {
		if errors.Is(err, errNonceTooLow) {
			// Mined in the meantime (Poll finds the receipt next time) or taken.
			r, merr := m.mined(ctx, as)
			if merr != nil || r != nil {
				return merr
			}
			return ErrNonceTaken
		}
		return err
	}
	return nil
}

// mined is the receipt of the attempt that is mined, when one is, on the canonical chain.
func (m *Manager) mined(ctx context.Context, as []Attempt) (*types.Receipt, error) {
	for i := len(as) - 1; i >= 0; i-- {
		r, err := m.b.TransactionReceipt(ctx, as[i].Hash)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("reading receipt of %s: %w", as[i].Hash, err)
		}
		// A node's receipt index may lag a reorg: the block must still be canonical.
		h, err := m.b.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil {
			return nil, fmt.Errorf("reading block %s: %w", r.BlockNumber, err)
		}
		if h.Hash() != r.BlockHash {
			continue
		}
		return r, nil
	}
	return nil, nil
}

// Forget drops the key's attempts (once the caller has settled its outcome).
func (m *Manager) Forget(ctx context.Context, key string) error { return m.j.ForgetAttempts(ctx, key) }

// bump raises v by pct percent, rounding up, and by at least 1 wei.
func bump(v *big.Int, pct uint64) *big.Int {
	out := new(big.Int).Mul(v, new(big.Int).SetUint64(100+pct))
	out.Add(out, big.NewInt(99))
	out.Div(out, big.NewInt(100))
	if out.Cmp(v) <= 0 {
		out.Add(v, big.NewInt(1))
	}
	return out
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return new(big.Int).Set(b)
}
