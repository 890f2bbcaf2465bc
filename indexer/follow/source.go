package follow

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Block is what the follower keeps of a block header.
type Block struct {
	Number uint64
	Hash   common.Hash
	Parent common.Hash
	Time   uint64
	// Bloom is the header's logsBloom: a block whose bloom names a watched address but
	// for which the node answers no logs is a lagging node's answer, not an empty block.
	Bloom types.Bloom
}

// ErrNotFound is returned by a Source for a block beyond the chain's head.
var ErrNotFound = errors.New("block not found")

// Source is the chain as the follower sees it.
type Source interface {
	ChainID(ctx context.Context) (uint64, error)
	// Head is the newest block.
	Head(ctx context.Context) (Block, error)
	// Blocks returns blocks from..to inclusive; ErrNotFound (possibly wrapped) when one of
	// them does not exist (any more).
	Blocks(ctx context.Context, from, to uint64) ([]Block, error)
	// Logs returns the logs emitted by addrs in blocks from..to inclusive.
	Logs(ctx context.Context, from, to uint64, addrs []common.Address) ([]types.Log, error)
}

// RPC is a Source on a JSON-RPC endpoint; it fetches headers in batch requests and takes
// block hashes as the node reports them.
type RPC struct {
	c *rpc.Client
	// BatchSize is the number of headers per batch request.
	BatchSize int
}

// NewRPC wraps a connected client.
func NewRPC(c *rpc.Client) *RPC { return &RPC{c: c, BatchSize: 200} }

type rpcHeader struct {
	Number     hexutil.Uint64 `json:"number"`
	Hash       common.Hash    `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Timestamp  hexutil.Uint64 `json:"timestamp"`
	LogsBloom  types.Bloom    `json:"logsBloom"`
}

func (h *rpcHeader) block() Block {
	return Block{Number: uint64(h.Number), Hash: h.Hash, Parent: h.ParentHash, Time: uint64(h.Timestamp), Bloom: h.LogsBloom}
}

// ChainID asks eth_chainId.
func (r *RPC) ChainID(ctx context.Context) (uint64, error) {
	var id hexutil.Uint64
	if err := r.c.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return 0, fmt.Errorf("asking chain id: %w", err)
	}
	return uint64(id), nil
}

// Head asks for the latest block.
func (r *RPC) Head(ctx context.Context) (Block, error) {
	var h *rpcHeader
	if err := r.c.CallContext(ctx, &h, "eth_getBlockByNumber", "latest", false); err != nil {
		return Block{}, fmt.Errorf("asking head block: %w", err)
	}
	if h == nil {
		return Block{}, fmt.Errorf("asking head block: %w", ErrNotFound)
	}
	return h.block(), nil
}

// Blocks fetches headers from..to in batch requests of BatchSize.
func (r *RPC) Blocks(ctx context.Context, from, to uint64) ([]Block, error) {
	if to < from {
		return nil, nil
	}
	out := make([]Block, 0, to-from+1)
	bs := uint64(max(r.BatchSize, 1))
	for lo := from; lo <= to; lo += bs {
		hi := min(to, lo+bs-1)
		hs := make([]*rpcHeader, hi-lo+1)
		batch := make([]rpc.BatchElem, hi-lo+1)
		for i := range batch {
			batch[i] = rpc.BatchElem{
				Method: "eth_getBlockByNumber",
				Args:   []any{hexutil.Uint64(lo + uint64(i)), false},
				Result: &hs[i],
			}
		}
		if err := r.c.BatchCallContext(ctx, batch); err != nil {
			return nil, fmt.Errorf("fetching blocks %d-%d: %w", lo, hi, err)
		}
		for i, el := range batch {
			if el.Error != nil {
				return nil, fmt.Errorf("fetching block %d: %w", lo+uint64(i), el.Error)
			}
			if hs[i] == nil {
				return nil, fmt.Errorf("fetching block %d: %w", lo+uint64(i), ErrNotFound)
			}
			out = append(out, hs[i].block())
		}
	}
	return out, nil
}

// rpcLog is the part of an eth_getLogs entry the follower uses. Decoding into it directly
// is much cheaper than types.Log's own JSON decoding (which re-parses every log).
type rpcLog struct {
	Address     common.Address `json:"address"`
	Topics      []common.Hash  `json:"topics"`
	Data        hexutil.Bytes  `json:"data"`
	BlockNumber hexutil.Uint64 `json:"blockNumber"`
	TxHash      common.Hash    `json:"transactionHash"`
	TxIndex     hexutil.Uint   `json:"transactionIndex"`
	BlockHash   common.Hash    `json:"blockHash"`
	Index       hexutil.Uint   `json:"logIndex"`
	Removed     bool           `json:"removed"`
}

// Logs calls eth_getLogs.
func (r *RPC) Logs(ctx context.Context, from, to uint64, addrs []common.Address) ([]types.Log, error) {
	arg := map[string]any{
		"fromBlock": hexutil.Uint64(from),
		"toBlock":   hexutil.Uint64(to),
		"address":   addrs,
	}
	var raw []rpcLog
	if err := r.c.CallContext(ctx, &raw, "eth_getLogs", arg); err != nil {
		return nil, fmt.Errorf("fetching logs of blocks %d-%d: %w", from, to, err)
	}
	logs := make([]types.Log, len(raw))
	for i, l := range raw {
		logs[i] = types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data, BlockNumber: uint64(l.BlockNumber),
			TxHash: l.TxHash, TxIndex: uint(l.TxIndex), BlockHash: l.BlockHash, Index: uint(l.Index), Removed: l.Removed}
	}
	return logs, nil
}

// ChainClient is the part of ethclient.Client (and the simulated backend's client) that
// Client needs.
type ChainClient interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Client is a Source on an ethclient-like client (one request per header). Block hashes
// are computed from the headers, which is right for go-ethereum's own chains.
type Client struct{ C ChainClient }

// ChainID asks the chain id.
func (c Client) ChainID(ctx context.Context) (uint64, error) {
	id, err := c.C.ChainID(ctx)
	if err != nil {
		return 0, fmt.Errorf("asking chain id: %w", err)
	}
	return id.Uint64(), nil
}

func headerBlock(h *types.Header) Block {
	return Block{Number: h.Number.Uint64(), Hash: h.Hash(), Parent: h.ParentHash, Time: h.Time, Bloom: h.Bloom}
}

// Head asks for the latest header.
func (c Client) Head(ctx context.Context) (Block, error) {
	h, err := c.C.HeaderByNumber(ctx, nil)
	if err != nil {
		return Block{}, fmt.Errorf("asking head block: %w", err)
	}
	return headerBlock(h), nil
}

// Blocks asks for each header in turn.
func (c Client) Blocks(ctx context.Context, from, to uint64) ([]Block, error) {
	var out []Block
	for n := from; n <= to && to >= from; n++ {
		h, err := c.C.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if errors.Is(err, ethereum.NotFound) || (err == nil && h == nil) {
			return nil, fmt.Errorf("fetching block %d: %w", n, ErrNotFound)
		}
		if err != nil {
			return nil, fmt.Errorf("fetching block %d: %w", n, err)
		}
		out = append(out, headerBlock(h))
	}
	return out, nil
}

// Logs filters logs.
func (c Client) Logs(ctx context.Context, from, to uint64, addrs []common.Address) ([]types.Log, error) {
	logs, err := c.C.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: addrs,
	})
	if err != nil {
		return nil, fmt.Errorf("fetching logs of blocks %d-%d: %w", from, to, err)
	}
	return logs, nil
}
