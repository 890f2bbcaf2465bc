package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"
	shell "github.com/ipfs/go-ipfs-api"

	"github.com/dotsnet/dots/cdr"
	"github.com/dotsnet/dots/indexer/follow"
	"github.com/dotsnet/dots/ratecost"
)

// IPFS fetches documents through the Kubo RPC API (go-ipfs-api).
type IPFS struct {
	sh *shell.Shell
	// MaxSize bounds a document (default 512 MiB).
	MaxSize int64
}

// NewIPFS talks to the Kubo RPC API at url (for example http://127.0.0.1:5001).
func NewIPFS(url string, timeout time.Duration) *IPFS {
	c := &http.Client{Timeout: timeout, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	return &IPFS{sh: shell.NewShellWithClient(url, c), MaxSize: 512 << 20}
}

// Cat reads a whole document.
func (i *IPFS) Cat(ctx context.Context, c string) ([]byte, error) {
	resp, err := i.sh.Request("cat", c).Send(ctx)
	if err != nil {
		return nil, fmt.Errorf("fetching %s from IPFS: %w", c, err)
	}
	defer resp.Close()
	if resp.Error != nil {
		return nil, fmt.Errorf("fetching %s from IPFS: %w", c, resp.Error)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Output, i.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s from IPFS: %w", c, err)
	}
	if int64(len(b)) > i.MaxSize {
		return nil, fmt.Errorf("document %s is larger than %d bytes", c, i.MaxSize)
	}
	return b, nil
}

// cidString turns the CID bytes of an event (0x hex) into the CID's text form: binary CID
// bytes, or the text of a CID stored as its string.
func cidString(hexBytes string) string {
	b, err := hexutil.Decode(hexBytes)
	if err != nil || len(b) == 0 {
		return ""
	}
	if c, err := cid.Cast(b); err == nil {
		return c.String()
	}
	if c, err := cid.Decode(string(b)); err == nil {
		return c.String()
	}
	return ""
}

// docCache keeps parsed documents by CID (documents are immutable).
type docCache struct {
	mu    sync.Mutex
	max   int
	order []string
	m     map[string]any
}

func newDocCache(n int) *docCache { return &docCache{max: n, m: map[string]any{}} }

func (c *docCache) get(k string) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *docCache) put(k string, v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[k]; ok {
		return
	}
	if len(c.order) >= c.max {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.order = append(c.order, k)
	c.m[k] = v
}

func (s *Server) fetch(ctx context.Context, c string) ([]byte, error) {
	if s.cfg.Docs == nil {
		return nil, &httpError{http.StatusServiceUnavailable, "no IPFS node configured; proofs are unavailable"}
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	b, err := s.cfg.Docs.Cat(ctx, c)
	if err != nil {
		return nil, &httpError{http.StatusBadGateway, err.Error()}
	}
	return b, nil
}

func (s *Server) batchDoc(ctx context.Context, c string) (*cdr.BatchDocument, error) {
	if v, ok := s.docs.get("b:" + c); ok {
		return v.(*cdr.BatchDocument), nil
	}
	b, err := s.fetch(ctx, c)
	if err != nil {
		return nil, err
	}
	d, err := cdr.LoadBatchDocument(b)
	if err != nil {
		return nil, &httpError{http.StatusBadGateway, fmt.Sprintf("batch document %s is not valid: %v", c, err)}
	}
	s.docs.put("b:"+c, d)
	return d, nil
}

func (s *Server) rewardsDoc(ctx context.Context, c string) (*cdr.RewardsDocument, error) {
	if v, ok := s.docs.get("r:" + c); ok {
		return v.(*cdr.RewardsDocument), nil
	}
	b, err := s.fetch(ctx, c)
	if err != nil {
		return nil, err
	}
	d, err := cdr.LoadRewardsDocument(b)
	if err != nil {
		return nil, &httpError{http.StatusBadGateway, fmt.Sprintf("rewards document %s is not valid: %v", c, err)}
	}
	s.docs.put("r:"+c, d)
	return d, nil
}

// batchProof answers the Merkle proof of the CDR with sequence number seq in a batch.
func (s *Server) batchProof(r *http.Request) (any, error) {
	id, err := parseBatchID(r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	seq, err := parseUint("seq", r.URL.Query().Get("seq"), 0, false)
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	st := s.cfg.Status()
	b, err := s.batchRow(ctx, st, id)
	if err != nil {
		return nil, err
	}
	first, _ := b["first_seq"].(int64)
	last, _ := b["last_seq"].(int64)
	if seq < uint64(first) || seq > uint64(last) {
		return nil, bad("seq %d is outside batch %d's range %d-%d", seq, id, first, last)
	}
	c, _ := b["cidString"].(string)
	if c == "" {
		return nil, &httpError{http.StatusBadGateway, fmt.Sprintf("batch %d's CID %v cannot be read", id, b["cid"])}
	}
	doc, err := s.batchDoc(ctx, c)
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(doc.Root().Hex(), fmt.Sprint(b["cdr_root"])) {
		return nil, &httpError{http.StatusBadGateway, fmt.Sprintf("batch document %s has root %s, the chain says %v", c, doc.Root().Hex(), b["cdr_root"])}
	}
	i := int(seq - doc.FirstSeq)
	if i < 0 || i >= doc.Tree.Len() {
		return nil, &httpError{http.StatusBadGateway, fmt.Sprintf("batch document %s does not hold seq %d", c, seq)}
	}
	proof, err := doc.Tree.Proof(i)
	if err != nil {
		return nil, fmt.Errorf("computing proof: %w", err)
	}
	return s.wrap(st, map[string]any{
		"batchId": id, "seq": seq, "root": doc.Root(), "leaf": doc.Tree.Leaf(i), "value": doc.Tree.At(i),
		"proof": proof, "cid": c, "state": b["state"], "block_number": b["block_number"],
		"confirmations": b["confirmations"], "final": b["final"],
	}, ""), nil
}

func toBig(v any) *big.Int {
	switch x := v.(type) {
	case int64:
		return big.NewInt(x)
	case string:
		if b, ok := new(big.Int).SetString(x, 10); ok {
			return b
		}
	}
	return new(big.Int)
}

// costOf is RateExchange.costOf on an indexed entry (package ratecost, the rule the oracle
// uses too); an entry with a 0 increment is a conflict (publish never stores one).
func costOf(e row, dur uint64) (string, error) {
	init, sub := toBig(e["initial_increment"]), toBig(e["subsequent_increment"])
	if dur > math.MaxUint32 || !init.IsUint64() || !sub.IsUint64() || init.Uint64() > math.MaxUint32 || sub.Uint64() > math.MaxUint32 {
		return "", &httpError{http.StatusConflict, "rate entry or duration out of the contract's range"}
	}
	c, err := ratecost.Cost(ratecost.Entry{RatePerMinute: toBig(e["rate_per_minute"]), ConnectFee: toBig(e["connect_fee"]),
		InitialIncrement: uint32(init.Uint64()), SubsequentIncrement: uint32(sub.Uint64())}, uint32(dur))
	switch {
	case errors.Is(err, ratecost.ErrZeroIncrement):
		return "", &httpError{http.StatusConflict, "rate entry has a zero billing increment"}
	case err != nil:
		return "", &httpError{http.StatusConflict, "rate entry: " + err.Error()}
	}
	return c.String(), nil
}

// newestFinal is the newest final batch of operator op, with its state (nil when none).
// When rewardsRoot is not empty, only batches declaring that rewards root count. Batches
// still in their challenge window come first; the newest 500 cover any window.
func (s *Server) newestFinal(ctx context.Context, st follow.Status, op, rewardsRoot string) (row, error) {
	q, args := `SELECT * FROM `+tbl("cdranchor", "BatchAnchored")+` WHERE operator = ?`, []any{op}
	if rewardsRoot != "" {
		q, args = q+` AND rewards_root = ?`, append(args, rewardsRoot)
	}
	batches, err := s.query(ctx, st, q+` ORDER BY block_number DESC, log_index DESC LIMIT 500`, args...)
	if err != nil {
		return nil, err
	}
	env, err := s.batchEnv(ctx, st, batches)
	if err != nil {
		return nil, err
	}
	for _, b := range batches {
		env.batchState(b)
		if b["state"] == "final" {
			return b, nil
		}
	}
	return nil, nil
}

// newestRewardsDocs finds, for every operator, its newest final batch and, through the batch
// document on IPFS, the rewards document anchored with it. Operators whose document cannot
// be read are answered as items with an error, so one bad operator does not hide the others.
func (s *Server) newestRewardsDocs(ctx context.Context, st follow.Status) (docs []string, failed []map[string]any, err error) {
	ops, err := s.query(ctx, st, `SELECT DISTINCT operator FROM `+tbl("cdranchor", "BatchAnchored")+` ORDER BY operator LIMIT 64`)
	if err != nil {
		return nil, nil, err
	}
	for _, o := range ops {
		op := fmt.Sprint(o["operator"])
		newest, err := s.newestFinal(ctx, st, op, "")
		if err != nil {
			return nil, nil, err
		}
		if newest == nil || toBig(newest["rewards_total"]).Sign() == 0 {
			continue
		}
		c, _ := newest["cidString"].(string)
		doc, err := s.batchDoc(ctx, c)
		if err != nil {
			failed = append(failed, map[string]any{"operator": op, "batchId": newest["batch_id"], "error": "reading the batch document: " + err.Error()})
			continue
		}
		if doc.RewardsCID == "" {
			failed = append(failed, map[string]any{"operator": op, "batchId": newest["batch_id"], "error": "the batch document names no rewards document"})
			continue
		}
		docs = append(docs, doc.RewardsCID)
	}
	return docs, failed, nil
}

// rewards answers what account has claimed (its claims paged with limit and after; the
// amount per operator in full) and, for each rewards document given (?doc=CID, repeatable;
// by default each operator's newest final one), what it can claim with the proof, provided
// the document's root is the rewards root of one of the operator's final batches.
func (s *Server) rewards(r *http.Request) (any, error) {
	acct, err := parseAddr("account", r.PathValue("account"))
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	st := s.cfg.Status()
	p, err := parsePage(r)
	if err != nil {
		return nil, err
	}
	rows, err := s.query(ctx, st, `SELECT * FROM `+tbl("cdranchor", "RewardClaimed")+` WHERE account = ? AND`+pageWhere+`ORDER BY block_number, log_index LIMIT ?`,
		append(append([]any{acct}, p.args()...), p.limit)...)
	if err != nil {
		return nil, err
	}
	// What the account has claimed from each operator is the cumulative amount of its newest
	// claim there (SQLite takes the bare column from the row that has the MAX).
	last, err := s.query(ctx, st, `SELECT operator, cumulative_amount, MAX(block_number * 4294967296 + log_index) AS pos FROM `+
		tbl("cdranchor", "RewardClaimed")+` WHERE account = ? GROUP BY operator`, acct)
	if err != nil {
		return nil, err
	}
	claimed := map[string]*big.Int{}
	claimedOut := map[string]string{}
	for _, c := range last {
		op := fmt.Sprint(c["operator"])
		claimed[op] = toBig(c["cumulative_amount"])
		claimedOut[op] = claimed[op].String()
	}
	docs := r.URL.Query()["doc"]
	if len(docs) > 16 {
		return nil, bad("at most 16 doc parameters")
	}
	var claimable []map[string]any
	if len(docs) == 0 {
		// No documents named: each operator's newest final batch names its rewards document.
		found, failed, err := s.newestRewardsDocs(ctx, st)
		if err != nil {
			return nil, err
		}
		docs, claimable = found, failed
	}
	for _, d := range docs {
		if _, err := cid.Decode(d); err != nil {
			return nil, bad("doc %q is not a CID: %v", d, err)
		}
		doc, err := s.rewardsDoc(ctx, d)
		if err != nil {
			return nil, err
		}
		op := strings.ToLower(doc.Operator.Hex())
		item := map[string]any{"doc": d, "operator": op, "root": doc.Root()}
		anchor, err := s.newestFinal(ctx, st, op, doc.Root().Hex())
		if err != nil {
			return nil, err
		}
		if anchor == nil {
			item["error"] = "no final, valid batch of the operator declares this rewards root"
			claimable = append(claimable, item)
			continue
		}
		item["batchId"] = anchor["batch_id"]
		item["confirmations"], item["final"] = anchor["confirmations"], anchor["final"]
		idx := -1
		want := common.HexToAddress(acct)
		for i, v := range doc.Tree.Values() {
			if v.Account == want {
				idx = i
				break
			}
		}
		if idx < 0 {
			item["cumulativeAmount"], item["claimable"] = "0", "0"
			claimable = append(claimable, item)
			continue
		}
		v := doc.Tree.At(idx)
		proof, err := doc.Tree.Proof(idx)
		if err != nil {
			return nil, fmt.Errorf("computing proof: %w", err)
		}
		got := claimed[op]
		if got == nil {
			got = new(big.Int)
		}
		left := new(big.Int).Sub(v.CumulativeAmount, got)
		if left.Sign() < 0 {
			left.SetInt64(0)
		}
		item["cumulativeAmount"], item["claimed"], item["claimable"], item["proof"] = v.CumulativeAmount.String(), got.String(), left.String(), proof
		claimable = append(claimable, item)
	}
	if claimable == nil {
		claimable = []map[string]any{}
	}
	return s.wrap(st, map[string]any{"account": acct, "claims": rows, "claimedByOperator": claimedOut, "claimable": claimable}, p.next(rows)), nil
}
