package api

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dotsnet/dots/indexer/apitypes"
	"github.com/dotsnet/dots/reconcile"
)

// maxReconcileBatches bounds the batch documents one reconciliation reads per operator.
const maxReconcileBatches = 1000

// ReconcileAnswer is GET /v1/reconcile: the reconciliation report of two operators' anchored
// CDRs (package reconcile, what `dots reconcile` prints without salts).
type ReconcileAnswer = reconcile.Report

// reconcileRoute answers GET /v1/reconcile?operator=A&with=B&from=T1&to=T2[&tolerance=S]:
// the calls between A and B set up in [from, to) (unix seconds), matched by call id in
// their valid anchored batch documents. Public leaves only: no number is revealed.
func (s *Server) reconcileRoute(r *http.Request, snap *Snapshot) (any, error) {
	q := r.URL.Query()
	a, err := parseAddr("operator", q.Get("operator"))
	if err != nil {
		return nil, err
	}
	b, err := parseAddr("with", q.Get("with"))
	if err != nil {
		return nil, err
	}
	if a == b {
		return nil, bad("operator and with are the same operator %s", a)
	}
	from, err := parseUint("from", q.Get("from"), 0, false)
	if err != nil {
		return nil, err
	}
	to, err := parseUint("to", q.Get("to"), 0, false)
	if err != nil {
		return nil, err
	}
	if to <= from {
		return nil, bad("to %d must be after from %d", to, from)
	}
	tol, err := parseUint("tolerance", q.Get("tolerance"), 1, true)
	if err != nil {
		return nil, err
	}
	if tol > 1<<31 {
		return nil, bad("tolerance %d is too large", tol)
	}
	if s.cfg.Docs == nil {
		return nil, &httpError{http.StatusServiceUnavailable, "no IPFS configured: batch documents cannot be read"}
	}
	src := &indexerSource{s: s, q: snap}
	rep, err := reconcile.Run(r.Context(), src, common.HexToAddress(a), common.HexToAddress(b), from, to, reconcile.Options{Tolerance: uint32(tol)})
	if err != nil {
		if src.err != nil {
			return nil, src.err // an HTTP error of the index or of a document
		}
		return nil, err
	}
	return snap.Answer(rep, ""), nil
}

// indexerSource reads an operator's valid batches from the index and their documents
// through the server's document cache.
type indexerSource struct {
	s   *Server
	q   *Snapshot // the request's read transaction
	err error
}

func (src *indexerSource) Leaves(ctx context.Context, op common.Address, from, _ uint64) ([]reconcile.Located, error) {
	s := src.s
	addr := strings.ToLower(op.Hex())
	rows, err := src.q.Query(ctx, `SELECT * FROM `+tbl("cdranchor", "BatchAnchored")+` WHERE operator = ? AND time >= ? ORDER BY block_number, log_index LIMIT ?`,
		addr, int64(from), maxReconcileBatches+1)
	if err != nil {
		src.err = err
		return nil, err
	}
	if len(rows) > maxReconcileBatches {
		src.err = bad("operator %s anchored more than %d batches since %d: narrow the range", addr, maxReconcileBatches, from)
		return nil, src.err
	}
	env, err := s.batchEnv(ctx, src.q, rows)
	if err != nil {
		src.err = err
		return nil, err
	}
	var out []reconcile.Located
	for _, row := range rows {
		b := env.batch(src.q, row)
		if b.State == apitypes.StateInvalidated {
			continue
		}
		c, id := b.CID, b.BatchID
		if c == "" {
			src.err = &httpError{http.StatusBadGateway, fmt.Sprintf("batch %d's CID %v cannot be read", id, row["cid"])}
			return nil, src.err
		}
		doc, err := s.batchDoc(ctx, c, int64(b.CDRCount))
		if err != nil {
			src.err = err
			return nil, err
		}
		if !strings.EqualFold(doc.Root().Hex(), b.CDRRoot) || doc.Operator != op {
			src.err = &httpError{http.StatusBadGateway, fmt.Sprintf("batch document %s has root %s, the chain says %s", c, doc.Root().Hex(), b.CDRRoot)}
			return nil, src.err
		}
		for _, v := range doc.Tree.Values() {
			out = append(out, reconcile.Located{Leaf: v, BatchID: id, CID: c})
		}
	}
	return out, nil
}
