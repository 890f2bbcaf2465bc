// Package verify checks CDRs and batches against CDRAnchor and IPFS, for `dots verify`.
package verify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
	"github.com/dotsnet/dots/oracle/ipfs"
	"github.com/dotsnet/dots/oracle/wire"
)

// Invalid is a failed check (exit 1); any other error means the check could not be done (exit 2).
type Invalid struct{ Reason string }

func (e *Invalid) Error() string { return "invalid: " + e.Reason }

func invalid(format string, a ...any) error { return &Invalid{Reason: fmt.Sprintf(format, a...)} }

// Verifier reads CDRAnchor and IPFS.
type Verifier struct {
	ec     *ethclient.Client
	ip     *ipfs.Client
	anchor *cdranchor.CDRAnchor
	c      *bind.BoundContract
	addr   common.Address
	// MaxDocBytes bounds a batch document read from IPFS (default 1 GiB).
	MaxDocBytes int64
	// Progress, when set, is called before a document is read from IPFS; the bytes read are
	// written to the writer it returns as they arrive, and done is called at the end (a
	// progress bar for `dots verify`).
	Progress func(what string) (w io.Writer, done func())
	// StartBlock is where the search for a batch's BatchAnchored event ends (the
	// deployment's start block; default 0). The search pages back from the head.
	StartBlock uint64
}

// New builds a verifier.
func New(ec *ethclient.Client, ip *ipfs.Client, anchor common.Address) *Verifier {
	a := cdranchor.NewCDRAnchor()
	return &Verifier{ec: ec, ip: ip, anchor: a, c: a.Instance(ec, anchor), addr: anchor, MaxDocBytes: 1 << 30}
}

// Report says what was checked.
type Report struct {
	BatchID  uint64      `json:"batchId"`
	Operator string      `json:"operator"`
	Root     common.Hash `json:"root"`
	CID      string      `json:"cid"`
	State    string      `json:"state"`
	FirstSeq uint64      `json:"firstSeq"`
	LastSeq  uint64      `json:"lastSeq"`
	Seq      uint64      `json:"seq,omitempty"`
	Leaf     common.Hash `json:"leaf,omitempty"`
	CDRs     uint64      `json:"cdrs"`
	// CIDRecomputed says the document's CID was recomputed from its bytes and matched.
	CIDRecomputed bool `json:"cidRecomputed"`
}

var states = []string{"none", "pending", "final", "invalidated"}

// batch reads a batch's on-chain record and the CID from its BatchAnchored event.
func (v *Verifier) batch(ctx context.Context, id uint64) (cdranchor.CDRAnchorBatchInfo, string, error) {
	info, err := bind.Call(v.c, &bind.CallOpts{Context: ctx}, v.anchor.PackBatch(new(big.Int).SetUint64(id)), v.anchor.UnpackBatch)
	if err != nil {
		return info, "", fmt.Errorf("reading batch %d from CDRAnchor: %w", id, err)
	}
	ev := v.anchor.GetABI().Events["BatchAnchored"]
	head, err := v.ec.BlockNumber(ctx)
	if err != nil {
		return info, "", fmt.Errorf("reading head to search BatchAnchored of batch %d: %w", id, err)
	}
	var found *types.Log
	q := ethereum.FilterQuery{Addresses: []common.Address{v.addr},
		Topics: [][]common.Hash{{ev.ID}, {common.BigToHash(new(big.Int).SetUint64(id))}}}
	err = logscan.Backward(ctx, v.ec, q, v.StartBlock, head, logscan.Options{}, func(logs []types.Log) (bool, error) {
		if len(logs) > 0 {
			found = &logs[len(logs)-1]
		}
		return found != nil, nil
	})
	if err != nil {
		return info, "", fmt.Errorf("reading BatchAnchored of batch %d: %w", id, err)
	}
	if found == nil {
		return info, "", fmt.Errorf("no BatchAnchored event for batch %d since block %d", id, v.StartBlock)
	}
	a, err := v.anchor.UnpackBatchAnchoredEvent(found)
	if err != nil {
		return info, "", fmt.Errorf("decoding BatchAnchored of batch %d: %w", id, err)
	}
	return info, string(a.Cid), nil
}

// Batch checks a whole batch document on IPFS against its on-chain root, count, range and
// operator.
func (v *Verifier) Batch(ctx context.Context, id uint64) (*Report, *cdr.BatchDocument, error) {
	info, cid, err := v.batch(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	rep := &Report{BatchID: id, Operator: info.Operator.Hex(), Root: info.CdrRoot, CID: cid, FirstSeq: info.FirstSeq,
		LastSeq: info.LastSeq, CDRs: info.CdrCount}
	if int(info.State) < len(states) {
		rep.State = states[info.State]
	}
	var w io.Writer
	if v.Progress != nil {
		var done func()
		w, done = v.Progress("fetching batch document " + cid)
		defer done()
	}
	data, err := v.ip.CatTee(ctx, cid, v.MaxDocBytes, w)
	if err != nil {
		return rep, nil, err
	}
	// The bytes must be the ones the CID names: recompute it here rather than trust the
	// IPFS node (DOTS oracles add documents as CIDv1 with raw leaves; other forms are not
	// recomputed).
	if c, err := gocid.Decode(cid); err == nil && c.Version() == 1 {
		got, err := ipfs.CID(data)
		if err != nil {
			return rep, nil, err
		}
		if got != c.String() {
			return rep, nil, invalid("the document served for %s has CID %s", cid, got)
		}
		rep.CIDRecomputed = true
	}
	doc, err := cdr.LoadBatchDocument(data)
	if err != nil {
		return rep, nil, invalid("batch document %s: %v", cid, err)
	}
	switch {
	case doc.Root() != info.CdrRoot:
		return rep, doc, invalid("document root %s, on-chain root %s", doc.Root(), common.Hash(info.CdrRoot))
	case doc.Operator != info.Operator:
		return rep, doc, invalid("document operator %s, on chain %s", doc.Operator, info.Operator)
	case doc.FirstSeq != info.FirstSeq || doc.LastSeq != info.LastSeq || doc.CDRCount != info.CdrCount:
		return rep, doc, invalid("document covers %d-%d (%d CDRs), chain %d-%d (%d)", doc.FirstSeq, doc.LastSeq,
			doc.CDRCount, info.FirstSeq, info.LastSeq, info.CdrCount)
	case info.State == 3:
		return rep, doc, invalid("batch %d was invalidated by a dispute", id)
	}
	return rep, doc, nil
}

// CDR checks a full CDR (as the oracle's /v1/cdrs endpoint gives it): its fields, its
// batch on chain and on IPFS, and its leaf and proof against the on-chain root.
func (v *Verifier) CDR(ctx context.Context, data []byte) (*Report, error) {
	var full wire.FullCDR
	if err := json.Unmarshal(data, &full); err != nil {
		return nil, fmt.Errorf("reading CDR file: %w", err)
	}
	if full.ChainBatch == 0 {
		return nil, errors.New("the CDR file names no on-chain batch (chainBatchId): its batch is not anchored yet")
	}
	rec := full.CDR
	if err := rec.Validate(); err != nil {
		return nil, invalid("CDR: %v", err)
	}
	leaf := rec.Leaf()
	rep, doc, err := v.Batch(ctx, full.ChainBatch)
	if err != nil {
		return rep, err
	}
	rep.Seq, rep.Leaf = rec.Seq, leaf
	if rec.Operator.Hex() != rep.Operator {
		return rep, invalid("CDR operator %s, batch operator %s", rec.Operator, rep.Operator)
	}
	if rec.Seq < rep.FirstSeq || rec.Seq > rep.LastSeq {
		return rep, invalid("seq %d outside batch %d-%d", rec.Seq, rep.FirstSeq, rep.LastSeq)
	}
	i := int(rec.Seq - rep.FirstSeq)
	if doc.Tree.Leaf(i) != leaf {
		return rep, invalid("the batch's leaf for seq %d is %s, this CDR's leaf is %s", rec.Seq, doc.Tree.Leaf(i), leaf)
	}
	proof, err := doc.Tree.Proof(i)
	if err != nil {
		return rep, err
	}
	if !cdr.VerifyProof(rep.Root, leaf, proof) {
		return rep, invalid("proof from the batch document does not reach the on-chain root")
	}
	if len(full.Proof) > 0 && !cdr.VerifyProof(rep.Root, leaf, full.Proof) {
		return rep, invalid("the proof in the file does not reach the on-chain root")
	}
	return rep, nil
}
