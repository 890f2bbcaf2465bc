// Package chain is the oracle's view of the DOTS contracts through the generated bindings:
// the operator's anchored tip, reward parameters, number owners, and the anchor
// transactions (nonces, fee bumps, revert reasons).
package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/logscan"
)

// Chain is one operator's connection to CDRAnchor and NumberRegistry.
type Chain struct {
	ec       *ethclient.Client
	key      *ecdsa.PrivateKey
	from     common.Address
	chainID  *big.Int
	anchor   *cdranchor.CDRAnchor
	anchorC  *bind.BoundContract
	anchorA  common.Address
	registry *numberregistry.NumberRegistry
	regC     *bind.BoundContract
	regA     common.Address
}

// Dial connects to the RPC at url.
func Dial(ctx context.Context, url string, key *ecdsa.PrivateKey, anchor, registry common.Address) (*Chain, error) {
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dialing %s: %w", url, err)
	}
	ec := ethclient.NewClient(rc)
	id, err := ec.ChainID(ctx)
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("reading chain id from %s: %w", url, err)
	}
	a := cdranchor.NewCDRAnchor()
	r := numberregistry.NewNumberRegistry()
	return &Chain{ec: ec, key: key, from: crypto.PubkeyToAddress(key.PublicKey), chainID: id,
		anchor: a, anchorC: a.Instance(ec, anchor), anchorA: anchor, registry: r, regC: r.Instance(ec, registry), regA: registry}, nil
}

// Close closes the connection.
func (c *Chain) Close() { c.ec.Close() }

// Client is the underlying client.
func (c *Chain) Client() *ethclient.Client { return c.ec }

// ChainID is the chain's id.
func (c *Chain) ChainID() uint64 { return c.chainID.Uint64() }

// Operator is the address anchoring (the key's).
func (c *Chain) Operator() common.Address { return c.from }

// OperatorInfo is CDRAnchor's record of the operator.
func (c *Chain) OperatorInfo(ctx context.Context) (cdranchor.CDRAnchorOperatorInfo, error) {
	return bind.Call(c.anchorC, &bind.CallOpts{Context: ctx}, c.anchor.PackOperatorInfo(c.from), c.anchor.UnpackOperatorInfo)
}

// PayoutOf is where an operator's reward share goes: its payout address in CDRAnchor, or
// the operator's own address when it has none (not registered).
func (c *Chain) PayoutOf(ctx context.Context, operator common.Address) (common.Address, error) {
	info, err := bind.Call(c.anchorC, &bind.CallOpts{Context: ctx}, c.anchor.PackOperatorInfo(operator), c.anchor.UnpackOperatorInfo)
	if err != nil {
		return common.Address{}, err
	}
	if info.Payout == (common.Address{}) {
		return operator, nil
	}
	return info.Payout, nil
}

// Parameters are CDRAnchor's parameters (reward rate, split, minimum and cap).
func (c *Chain) Parameters(ctx context.Context) (cdranchor.CDRAnchorParameters, error) {
	return bind.Call(c.anchorC, &bind.CallOpts{Context: ctx}, c.anchor.PackParameters(), c.anchor.UnpackParameters)
}

// Batch is CDRAnchor's record of a batch.
func (c *Chain) Batch(ctx context.Context, id uint64) (cdranchor.CDRAnchorBatchInfo, error) {
	return bind.Call(c.anchorC, &bind.CallOpts{Context: ctx}, c.anchor.PackBatch(new(big.Int).SetUint64(id)), c.anchor.UnpackBatch)
}

// OwnerOf is the owner of a live number (zero when unclaimed).
func (c *Chain) OwnerOf(ctx context.Context, e164 string) (common.Address, error) {
	return bind.Call(c.regC, &bind.CallOpts{Context: ctx}, c.registry.PackOwnerOf(e164), c.registry.UnpackOwnerOf)
}

// OwnersOf resolves many numbers at once: ownerOf calls sent as JSON-RPC batches (one
// round trip per 256 numbers instead of one per number).
func (c *Chain) OwnersOf(ctx context.Context, numbers []string) (map[string]common.Address, error) {
	out := make(map[string]common.Address, len(numbers))
	const chunk = 256
	for start := 0; start < len(numbers); start += chunk {
		part := numbers[start:min(start+chunk, len(numbers))]
		elems := make([]rpc.BatchElem, len(part))
		results := make([]hexutil.Bytes, len(part))
		for i, n := range part {
			elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": c.regA,
				"data": hexutil.Bytes(c.registry.PackOwnerOf(n))}, "latest"}, Result: &results[i]}
		}
		if err := c.ec.Client().BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("resolving %d numbers: %w", len(part), err)
		}
		for i, n := range part {
			if elems[i].Error != nil {
				return nil, fmt.Errorf("owner of number %d of the batch: %w", start+i, elems[i].Error)
			}
			a, err := c.registry.UnpackOwnerOf(results[i])
			if err != nil {
				return nil, fmt.Errorf("owner of number %d of the batch: %w", start+i, err)
			}
			out[n] = a
		}
	}
	return out, nil
}

// Anchor is what one anchor transaction declares.
type Anchor struct {
	Root            common.Hash
	CID             string
	Count           uint64
	BillableSeconds uint64
	FirstSeq        uint64
	LastSeq         uint64
	RewardsRoot     common.Hash
	RewardsTotal    *big.Int
}

func (c *Chain) packAnchor(a Anchor) []byte {
	return c.anchor.PackAnchor(a.Root, []byte(a.CID), a.Count, a.BillableSeconds, a.FirstSeq, a.LastSeq, a.RewardsRoot, a.RewardsTotal)
}

// RevertError is an anchor the contract refuses, with its decoded reason.
type RevertError struct{ Reason string }

func (e *RevertError) Error() string { return "anchor reverts: " + e.Reason }

// revertReason decodes a custom error from an RPC error's data.
func (c *Chain) revertReason(err error) (string, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return "", false
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		data = common.FromHex(d)
	default:
		return fmt.Sprint(d), true
	}
	if len(data) < 4 {
		return de.Error(), true
	}
	if v, uerr := c.anchor.UnpackError(data); uerr == nil {
		return strings.TrimPrefix(fmt.Sprintf("%T%+v", v, v), "*cdranchor.CDRAnchor"), true
	}
	return fmt.Sprintf("%s (data %x)", de.Error(), data), true
}

// Nonce is the account's next nonce counting pending transactions.
func (c *Chain) Nonce(ctx context.Context) (uint64, error) {
	return c.ec.PendingNonceAt(ctx, c.from)
}

// SendAnchor signs and sends an anchor transaction with nonce; bump > 0 multiplies the fees
// by (1 + bump/8) per step, to replace a stuck transaction with the same nonce. A revert
// found while estimating gas is a *RevertError and nothing is sent.
func (c *Chain) SendAnchor(ctx context.Context, a Anchor, nonce uint64, bump int) (*types.Transaction, error) {
	data := c.packAnchor(a)
	// Estimate against the latest block, not the pending state: a replacement of a stuck
	// anchor would otherwise be checked against the very transaction it replaces.
	gas, err := c.ec.EstimateGasAtBlock(ctx, ethereum.CallMsg{From: c.from, To: &c.anchorA, Data: data}, nil)
	if err != nil {
		if reason, ok := c.revertReason(err); ok {
			return nil, &RevertError{Reason: reason}
		}
		return nil, fmt.Errorf("estimating anchor gas: %w", err)
	}
	tip, err := c.ec.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading gas tip: %w", err)
	}
	head, err := c.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading head: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	if tip.Sign() == 0 {
		tip = big.NewInt(1_000_000_000)
	}
	for range bump {
		tip = new(big.Int).Add(tip, new(big.Int).Add(new(big.Int).Div(tip, big.NewInt(4)), big.NewInt(1)))
		base = new(big.Int).Add(base, new(big.Int).Div(base, big.NewInt(4)))
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(base, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/4, To: &c.anchorA, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(c.chainID), c.key)
	if err != nil {
		return nil, fmt.Errorf("signing anchor: %w", err)
	}
	if err := c.ec.SendTransaction(ctx, signed); err != nil {
		return nil, fmt.Errorf("sending anchor (nonce %d): %w", nonce, err)
	}
	return signed, nil
}

// Receipt returns a transaction's receipt, or nil when it is not mined (yet).
func (c *Chain) Receipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	r, err := c.ec.TransactionReceipt(ctx, h)
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading receipt of %s: %w", h, err)
	}
	return r, nil
}

// RevertReasonOf replays a reverted transaction at its block to get the reason.
func (c *Chain) RevertReasonOf(ctx context.Context, tx *types.Transaction, block *big.Int) string {
	_, err := c.ec.CallContract(ctx, ethereum.CallMsg{From: c.from, To: tx.To(), Data: tx.Data(), Gas: tx.Gas()}, block)
	if err == nil {
		return "unknown (replay succeeds)"
	}
	if reason, ok := c.revertReason(err); ok {
		return reason
	}
	return err.Error()
}

// Anchored is a BatchAnchored event of this operator.
type Anchored struct {
	BatchID  uint64
	FirstSeq uint64
	LastSeq  uint64
	Root     common.Hash
	CID      string
	TxHash   common.Hash
	Block    uint64
}

// AnchoredIn returns the operator's BatchAnchored events in a receipt.
func (c *Chain) AnchoredIn(r *types.Receipt) []Anchored {
	var out []Anchored
	for _, l := range r.Logs {
		if l.Address != c.anchorA {
			continue
		}
		ev, err := c.anchor.UnpackBatchAnchoredEvent(l)
		if err != nil || ev.Operator != c.from {
			continue
		}
		out = append(out, Anchored{BatchID: ev.BatchId.Uint64(), FirstSeq: ev.FirstSeq, LastSeq: ev.LastSeq,
			Root: ev.CdrRoot, CID: string(ev.Cid), TxHash: l.TxHash, Block: l.BlockNumber})
	}
	return out
}

// FindAnchored searches the operator's BatchAnchored events from block fromBlock for the
// batch starting at firstSeq (nil when none).
func (c *Chain) FindAnchored(ctx context.Context, fromBlock uint64, firstSeq uint64) (*Anchored, error) {
	ev := c.anchor.GetABI().Events["BatchAnchored"]
	head, err := c.ec.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading head to search BatchAnchored events: %w", err)
	}
	var found *Anchored
	q := ethereum.FilterQuery{Addresses: []common.Address{c.anchorA},
		Topics: [][]common.Hash{{ev.ID}, nil, {common.BytesToHash(c.from.Bytes())}}}
	err = logscan.Backward(ctx, c.ec, q, fromBlock, head, logscan.Options{}, func(logs []types.Log) (bool, error) {
		for i := len(logs) - 1; i >= 0; i-- {
			r := &types.Receipt{Logs: []*types.Log{&logs[i]}}
			for _, a := range c.AnchoredIn(r) {
				if a.FirstSeq == firstSeq {
					found = &a
					return true, nil
				}
			}
		}
		return false, nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading BatchAnchored events: %w", err)
	}
	return found, nil
}
