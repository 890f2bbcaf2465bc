// Package chain is the oracle's view of the DOTS contracts through the generated bindings:
// the operator's anchored tip, reward parameters, number owners, and the anchor
// transactions (nonces, fee bumps, revert reasons).
package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/bindings/numberregistry"
	"github.com/dotsnet/dots/bindings/stealthregistry"
	"github.com/dotsnet/dots/chainerr"
	"github.com/dotsnet/dots/logscan"
)

// Backend is the part of an Ethereum client the chain view uses (an *ethclient.Client,
// or the simulated backend's client in tests).
type Backend interface {
	bind.ContractBackend
	ethereum.BlockNumberReader
	ethereum.ChainIDReader
	ethereum.TransactionReader
}

// batchCaller sends JSON-RPC batches (ethclient's rpc client has it; the simulated one not).
type batchCaller interface {
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

// Chain is one operator's connection to CDRAnchor and NumberRegistry.
type Chain struct {
	ec       Backend
	rc       batchCaller // nil: resolve owners one call at a time
	closer   func()
	from     common.Address
	chainID  *big.Int
	anchor   *cdranchor.CDRAnchor
	anchorC  *bind.BoundContract
	anchorA  common.Address
	registry *numberregistry.NumberRegistry
	regC     *bind.BoundContract
	regA     common.Address
}

// Dial connects to the RPC at url for operator (over HTTP, 429 answers are waited out).
func Dial(ctx context.Context, url string, operator, anchor, registry common.Address) (*Chain, error) {
	rc, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(RateLimitedClient()))
	if err != nil {
		return nil, fmt.Errorf("dialing %s: %w", url, err)
	}
	ec := ethclient.NewClient(rc)
	c, err := New(ctx, ec, operator, anchor, registry)
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	c.rc, c.closer = rc, ec.Close
	return c, nil
}

// New builds the view over a backend.
func New(ctx context.Context, be Backend, operator, anchor, registry common.Address) (*Chain, error) {
	id, err := be.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading chain id: %w", err)
	}
	a := cdranchor.NewCDRAnchor()
	r := numberregistry.NewNumberRegistry()
	return &Chain{ec: be, closer: func() {}, from: operator, chainID: id,
		anchor: a, anchorC: a.Instance(be, anchor), anchorA: anchor, registry: r, regC: r.Instance(be, registry), regA: registry}, nil
}

// Close closes the connection.
func (c *Chain) Close() { c.closer() }

// Client is the underlying client.
func (c *Chain) Client() Backend { return c.ec }

// ChainID is the chain's id.
func (c *Chain) ChainID() uint64 { return c.chainID.Uint64() }

// ChainIDBig is the chain's id.
func (c *Chain) ChainIDBig() *big.Int { return new(big.Int).Set(c.chainID) }

// Operator is the address anchoring.
func (c *Chain) Operator() common.Address { return c.from }

// AnchorAddress is CDRAnchor's address.
func (c *Chain) AnchorAddress() common.Address { return c.anchorA }

// Head is the newest block number.
func (c *Chain) Head(ctx context.Context) (uint64, error) {
	n, err := c.ec.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("reading head: %w", err)
	}
	return n, nil
}

// HeadBlock is the newest block's number and time (unix seconds).
func (c *Chain) HeadBlock(ctx context.Context) (number, time uint64, err error) {
	h, err := c.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("reading the head block: %w", err)
	}
	return h.Number.Uint64(), h.Time, nil
}

func at(ctx context.Context, block uint64) *bind.CallOpts {
	o := &bind.CallOpts{Context: ctx}
	if block != 0 {
		o.BlockNumber = new(big.Int).SetUint64(block)
	}
	return o
}

// OperatorInfo is CDRAnchor's record of the operator (latest block).
func (c *Chain) OperatorInfo(ctx context.Context) (cdranchor.CDRAnchorOperatorInfo, error) {
	return bind.Call(c.anchorC, &bind.CallOpts{Context: ctx}, c.anchor.PackOperatorInfo(c.from), c.anchor.UnpackOperatorInfo)
}

// PayoutOf is where an operator's reward share goes at block (0: latest): its payout
// address in CDRAnchor, or the operator's own address when it has none (not registered).
func (c *Chain) PayoutOf(ctx context.Context, operator common.Address, block uint64) (common.Address, error) {
	info, err := bind.Call(c.anchorC, at(ctx, block), c.anchor.PackOperatorInfo(operator), c.anchor.UnpackOperatorInfo)
	if err != nil {
		return common.Address{}, err
	}
	if info.Payout == (common.Address{}) {
		return operator, nil
	}
	return info.Payout, nil
}

// Parameters are CDRAnchor's parameters at block (0: latest).
func (c *Chain) Parameters(ctx context.Context, block uint64) (cdranchor.CDRAnchorParameters, error) {
	return bind.Call(c.anchorC, at(ctx, block), c.anchor.PackParameters(), c.anchor.UnpackParameters)
}

// Batch is CDRAnchor's record of a batch.
func (c *Chain) Batch(ctx context.Context, id uint64) (cdranchor.CDRAnchorBatchInfo, error) {
	return bind.Call(c.anchorC, &bind.CallOpts{Context: ctx}, c.anchor.PackBatch(new(big.Int).SetUint64(id)), c.anchor.UnpackBatch)
}

// OwnerOf is the owner of a live number at block (0: latest; zero when unclaimed).
func (c *Chain) OwnerOf(ctx context.Context, e164 string, block uint64) (common.Address, error) {
	return bind.Call(c.regC, at(ctx, block), c.registry.PackOwnerOf(e164), c.registry.UnpackOwnerOf)
}

// OwnersOf resolves many numbers at once at block (0: latest): ownerOf calls sent as
// JSON-RPC batches (one round trip per 256 numbers instead of one per number).
func (c *Chain) OwnersOf(ctx context.Context, numbers []string, block uint64) (map[string]common.Address, error) {
	out := make(map[string]common.Address, len(numbers))
	if c.rc == nil {
		for _, n := range numbers {
			a, err := c.OwnerOf(ctx, n, block)
			if err != nil {
				return nil, fmt.Errorf("owner of %s: %w", n, err)
			}
			out[n] = a
		}
		return out, nil
	}
	tag := "latest"
	if block != 0 {
		tag = hexutil.EncodeUint64(block)
	}
	const chunk = 256
	for start := 0; start < len(numbers); start += chunk {
		part := numbers[start:min(start+chunk, len(numbers))]
		elems := make([]rpc.BatchElem, len(part))
		results := make([]hexutil.Bytes, len(part))
		for i, n := range part {
			elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": c.regA,
				"data": hexutil.Bytes(c.registry.PackOwnerOf(n))}, tag}, Result: &results[i]}
		}
		if err := c.rc.BatchCallContext(ctx, elems); err != nil {
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

// PackAnchor is the calldata of CDRAnchor.anchor for a.
func (c *Chain) PackAnchor(a Anchor) []byte {
	return c.anchor.PackAnchor(a.Root, []byte(a.CID), a.Count, a.BillableSeconds, a.FirstSeq, a.LastSeq, a.RewardsRoot, a.RewardsTotal)
}

// RevertReasonOf replays a reverted transaction at its block to get the decoded reason.
func (c *Chain) RevertReasonOf(ctx context.Context, txHash common.Hash, block *big.Int) string {
	tx, _, err := c.ec.TransactionByHash(ctx, txHash)
	if err != nil {
		return "unknown (transaction not found: " + err.Error() + ")"
	}
	_, err = c.ec.CallContract(ctx, ethereum.CallMsg{From: c.from, To: tx.To(), Data: tx.Data(), Gas: tx.Gas()}, block)
	if err == nil {
		return "unknown (replay succeeds)"
	}
	if reason, ok := chainerr.Reason(err); ok {
		return reason
	}
	return chainerr.Describe(err)
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

// Matches says whether the event anchors exactly a (same range, root and CID).
func (e *Anchored) Matches(a Anchor) bool {
	return e.FirstSeq == a.FirstSeq && e.LastSeq == a.LastSeq && e.Root == a.Root && e.CID == a.CID
}

// FindAnchored searches the operator's BatchAnchored events from block fromBlock for the
// newest one starting at firstSeq (nil when none).
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

// MetaAddresses reads owners' scheme-1 stealth meta-addresses from a StealthRegistry at a
// block (empty: none registered).
func (c *Chain) MetaAddresses(registry common.Address) func(ctx context.Context, owner common.Address, block uint64) ([]byte, error) {
	r := stealthregistry.NewStealthRegistry()
	inst := r.Instance(c.ec, registry)
	return func(ctx context.Context, owner common.Address, block uint64) ([]byte, error) {
		return bind.Call(inst, at(ctx, block), r.PackStealthMetaAddressOf(owner, big.NewInt(1)), r.UnpackStealthMetaAddressOf)
	}
}
