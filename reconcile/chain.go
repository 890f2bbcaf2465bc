package reconcile

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gocid "github.com/ipfs/go-cid"

	"github.com/dotsnet/dots/bindings/cdranchor"
	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/logscan"
)

// cidOf reads an anchored CID: its binary form or its string (the oracle anchors the string).
func cidOf(b []byte) (string, bool) {
	if c, err := gocid.Cast(b); err == nil {
		return c.String(), true
	}
	if c, err := gocid.Decode(string(b)); err == nil {
		return c.String(), true
	}
	return "", false
}

// Cat reads a document from IPFS (ipfs.Client is one).
type Cat interface {
	Cat(ctx context.Context, cid string, max int64) ([]byte, error)
}

// ChainSource reads an operator's batches from CDRAnchor's BatchAnchored events and their
// documents from IPFS; a document whose root, operator or range is not the chain's is an
// error, an invalidated batch is skipped.
type ChainSource struct {
	EC         *ethclient.Client
	IPFS       Cat
	Anchor     common.Address
	StartBlock uint64
	// MaxDocBytes bounds one document (default 1 GiB).
	MaxDocBytes int64
}

// Leaves implements Source. Batches anchored in blocks older than from are skipped (they
// cannot hold a call set up later).
func (s *ChainSource) Leaves(ctx context.Context, op common.Address, from, _ uint64) ([]Located, error) {
	a := cdranchor.NewCDRAnchor()
	inst := a.Instance(s.EC, s.Anchor)
	head, err := s.EC.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the head block: %w", err)
	}
	max := s.MaxDocBytes
	if max <= 0 {
		max = 1 << 30
	}
	ev := a.GetABI().Events["BatchAnchored"]
	q := ethereum.FilterQuery{Addresses: []common.Address{s.Anchor},
		Topics: [][]common.Hash{{ev.ID}, nil, {common.BytesToHash(op[:])}}}
	var logs []types.Log
	if err := logscan.Forward(ctx, s.EC, q, s.StartBlock, head, logscan.Options{}, func(l []types.Log) error {
		logs = append(logs, l...)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("reading %s's BatchAnchored events: %w", op.Hex(), err)
	}
	var out []Located
	for i := range logs {
		e, err := a.UnpackBatchAnchoredEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("decoding BatchAnchored: %w", err)
		}
		id := e.BatchId.Uint64()
		h, err := s.EC.HeaderByNumber(ctx, new(big.Int).SetUint64(logs[i].BlockNumber))
		if err != nil {
			return nil, fmt.Errorf("reading block %d: %w", logs[i].BlockNumber, err)
		}
		if h.Time < from {
			continue
		}
		info, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, a.PackBatch(e.BatchId), a.UnpackBatch)
		if err != nil {
			return nil, fmt.Errorf("reading batch %d: %w", id, err)
		}
		if info.State == 3 { // invalidated by a dispute
			continue
		}
		c, ok := cidOf(e.Cid)
		if !ok {
			return nil, fmt.Errorf("batch %d's CID %x is not a CID", id, e.Cid)
		}
		data, err := s.IPFS.Cat(ctx, c, max)
		if err != nil {
			return nil, fmt.Errorf("batch %d's document %s: %w", id, c, err)
		}
		doc, err := cdr.LoadBatchDocument(data)
		if err != nil {
			return nil, fmt.Errorf("batch %d's document %s: %w", id, c, err)
		}
		if doc.Root() != e.CdrRoot || doc.Operator != op || doc.FirstSeq != e.FirstSeq || doc.LastSeq != e.LastSeq {
			return nil, fmt.Errorf("batch %d's document %s is not the anchored batch (root %s, chain %s)", id, c, doc.Root(), common.Hash(e.CdrRoot))
		}
		for _, v := range doc.Tree.Values() {
			out = append(out, Located{Leaf: v, BatchID: id, CID: c})
		}
	}
	return out, nil
}
